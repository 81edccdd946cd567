package pl.dobrepraktyki.competition;

import pl.dobrepraktyki.catalog.Award;

/** The results of an edition were published: the entry won the award and went to the editors as a practice. */
public record EntryAwarded(long editionId, long entryId, long practiceId, Award award) {
}
