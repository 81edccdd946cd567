package pl.dobrepraktyki.competition;

import java.util.List;

import pl.dobrepraktyki.catalog.Award;
import pl.dobrepraktyki.localgov.SizeCategory;

/** The public results of an edition, per category (empty until the results are published). */
public record EditionResults(long editionId, String name, int year, boolean published, List<CategoryResults> categories) {

    /** Laureates, distinctions and finalists of one category. */
    public record CategoryResults(SizeCategory category, List<AwardedEntry> laureates,
            List<AwardedEntry> distinctions, List<AwardedEntry> finalists) {

        public boolean isEmpty() {
            return laureates.isEmpty() && distinctions.isEmpty() && finalists.isEmpty();
        }
    }

    /**
     * An awarded entry: its title, unit and the practice it became ({@code practiceId}; {@code null} until
     * the results were published; {@code practicePublic} once an editor published it).
     */
    public record AwardedEntry(long entryId, String title, String unitTeryt, String unitName, Award award,
            Long practiceId, boolean practicePublic) {
    }
}
