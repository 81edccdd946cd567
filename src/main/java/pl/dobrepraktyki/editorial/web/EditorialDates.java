package pl.dobrepraktyki.editorial.web;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/** Formats moments for the editorial pages in the platform's time zone: {@code ${@editorialDates.format(t)}}. */
@Component("editorialDates")
class EditorialDates {

    private final DateTimeFormatter format;

    EditorialDates(Clock clock) {
        this.format = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(clock.getZone());
    }

    public String format(Instant instant) {
        return instant == null ? "" : format.format(instant);
    }
}
