package pl.dobrepraktyki.exchange;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * iCalendar (RFC 5545) text for meetings: CRLF line ends, TEXT values escaped (backslash, semicolon,
 * comma, new line), lines folded at 75 octets without splitting a UTF-8 character, times in UTC.
 */
public final class ICalendar {

    static final String PRODID = "-//Baza Dobrych Praktyk//Spotkania//PL";
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private ICalendar() {
    }

    /** One event: what the calendar shows of a meeting. {@code url} is the meeting's page. */
    public record Event(String uid, Instant start, Instant end, String summary, String location, String description,
            String url) {
    }

    public static String calendar(String name, List<Event> events, Instant stamp) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:" + PRODID);
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        if (name != null) {
            line(out, "X-WR-CALNAME:" + escape(name));
        }
        for (Event e : events) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + e.uid());
            line(out, "DTSTAMP:" + UTC.format(stamp));
            line(out, "DTSTART:" + UTC.format(e.start()));
            line(out, "DTEND:" + UTC.format(e.end()));
            line(out, "SUMMARY:" + escape(e.summary()));
            if (e.location() != null) {
                line(out, "LOCATION:" + escape(e.location()));
            }
            if (e.description() != null) {
                line(out, "DESCRIPTION:" + escape(e.description()));
            }
            if (e.url() != null) {
                line(out, "URL:" + e.url());
            }
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** Escapes a TEXT value (RFC 5545 §3.3.11). */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\n")
                .replace("\r", "\n").replace("\n", "\\n");
    }

    /** Appends a content line folded at 75 octets (RFC 5545 §3.1), ended with CRLF. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int i = 0;
        while (i < content.length()) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > 75) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
