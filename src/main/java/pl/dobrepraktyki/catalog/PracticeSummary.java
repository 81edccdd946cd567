package pl.dobrepraktyki.catalog;

import java.time.Instant;
import java.time.LocalDate;

/** A practice in a list: enough for a line or a card. */
public record PracticeSummary(long id, String title, String summary, String leadUnitTeryt, String leadUnitName,
        String sectionCode, PracticeStatus status, LocalDate lastVerified, Instant updatedAt) {
}
