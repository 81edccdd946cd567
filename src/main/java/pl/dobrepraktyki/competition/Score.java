package pl.dobrepraktyki.competition;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One criterion's score (0 to the edition's maximum) with the jury member's justification. */
@Embeddable
public record Score(@Column(name = "score") Integer score, @Column(name = "justification") String justification) {

    public Score {
        justification = justification == null || justification.isBlank() ? null : justification.strip();
    }
}
