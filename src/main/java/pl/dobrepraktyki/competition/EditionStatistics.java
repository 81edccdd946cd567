package pl.dobrepraktyki.competition;

import java.util.List;
import java.util.Map;

import pl.dobrepraktyki.localgov.SizeCategory;

/**
 * How many entries an edition got (sent ones: submitted, accepted or rejected) per category, area
 * and voivodeship, and the jury's progress per category.
 */
public record EditionStatistics(long editionId, int drafts, int sent, Map<SizeCategory, Integer> byCategory,
        Map<String, Integer> byArea, Map<String, Integer> byVoivodeship, List<Progress> progress) {

    /**
     * The jury's progress in one category: accepted entries, assigned jury members, the scorecards
     * expected (each accepted entry times each jury member who may score it) and those submitted.
     */
    public record Progress(SizeCategory category, int accepted, int jurors, int expected, int submitted) {

        public int percent() {
            return expected == 0 ? 0 : submitted * 100 / expected;
        }
    }
}
