package pl.dobrepraktyki.catalog;

import java.time.LocalDate;

/** What an official records about their unit taking over a practice. */
public record AdoptionRequest(AdoptionKind kind, String note, LocalDate adoptedOn) {
}
