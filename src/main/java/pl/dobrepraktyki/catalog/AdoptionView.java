package pl.dobrepraktyki.catalog;

import java.time.LocalDate;

/** A recorded adoption as pages show it: which practice, which unit, how, when. */
public record AdoptionView(long practiceId, String practiceTitle, String unitTeryt, String unitName,
        AdoptionKind kind, String note, LocalDate adoptedOn) {
}
