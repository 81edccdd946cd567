package pl.dobrepraktyki.exchange;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The iCalendar text follows RFC 5545: CRLF, escaped TEXT, lines folded at 75 octets, UTC times. */
class ICalendarTests {

    private static final Instant START = Instant.parse("2026-03-10T09:00:00Z");

    private static String calendar(String summary, String location) {
        return ICalendar.calendar("Spotkania", List.of(new ICalendar.Event("spotkanie-7@dobrepraktyki", START,
                START.plusSeconds(3600), summary, location, "Opis\ndrugi wiersz", "https://example.pl/spotkania/7")),
                Instant.parse("2026-01-01T00:00:00Z"));
    }

    @Test
    void everyLineEndsWithCrLfAndTheCalendarHasOneEvent() {
        String ics = calendar("Spotkanie grupy", "Urząd Gminy");
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        assertThat(ics).contains("\r\nBEGIN:VEVENT\r\n", "\r\nUID:spotkanie-7@dobrepraktyki\r\n",
                "\r\nDTSTART:20260310T090000Z\r\n", "\r\nDTEND:20260310T100000Z\r\n",
                "\r\nDTSTAMP:20260101T000000Z\r\n", "\r\nDESCRIPTION:Opis\\ndrugi wiersz\r\n");
    }

    @Test
    void escapesBackslashSemicolonAndComma() {
        assertThat(ICalendar.escape("a\\b;c,d")).isEqualTo("a\\\\b\\;c\\,d");
        assertThat(calendar("Koszty; usługi, opieka", "x")).contains("SUMMARY:Koszty\\; usługi\\, opieka\r\n");
    }

    @Test
    void foldsLongLinesAt75OctetsWithoutSplittingPolishLetters() {
        String title = "Zażółć gęślą jaźń ".repeat(10);
        String ics = calendar(title, "x");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded).contains("SUMMARY:" + title + "\r\n");
    }
}
