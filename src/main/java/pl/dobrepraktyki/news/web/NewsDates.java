package pl.dobrepraktyki.news.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/** Dates of articles as pages show them, in Polish time: {@code @newsDates.day(a.publishedAt)}. */
@Component("newsDates")
class NewsDates {

    static final ZoneId ZONE = ZoneId.of("Europe/Warsaw");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.MM.yyyy");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("d.MM.yyyy HH:mm");

    public String day(Instant instant) {
        return instant == null ? "" : DAY.format(instant.atZone(ZONE));
    }

    public String minute(Instant instant) {
        return instant == null ? "" : MINUTE.format(instant.atZone(ZONE));
    }

    public String iso(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ISO_LOCAL_DATE.format(instant.atZone(ZONE));
    }
}
