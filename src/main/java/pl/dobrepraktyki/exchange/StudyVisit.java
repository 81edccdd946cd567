package pl.dobrepraktyki.exchange;

import jakarta.persistence.Embeddable;

/** A visit to an institution that delivers a service (wizyta studyjna), part of a meeting. */
@Embeddable
public record StudyVisit(String institution, String description) {

    public StudyVisit {
        institution = ExchangeTexts.clean(institution);
        description = ExchangeTexts.clean(description);
    }
}
