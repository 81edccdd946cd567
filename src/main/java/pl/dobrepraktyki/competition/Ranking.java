package pl.dobrepraktyki.competition;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The ranking of one category: the accepted entries ordered by the average of the jury members'
 * weighted scores (each submitted scorecard gives Σ weight × score / Σ weight).
 * <p>
 * Tie-break, in this order: (1) the higher average score of the first criterion, then of the
 * second, and so on in the edition's order of criteria (by default innowacyjność first);
 * (2) more submitted scorecards; (3) the earlier submission of the entry; (4) the lower entry id.
 * Entries without a submitted scorecard come last.
 */
public final class Ranking {

    private Ranking() {
    }

    /** One line of the ranking. */
    public record Line(int position, long entryId, String title, String unitTeryt, double weightedAverage,
            List<Double> criterionAverages, int scorecards, Instant submittedAt) {

        /** The weighted average rounded to two decimals, for display. */
        public String display() {
            return scorecards == 0 ? "–" : String.format(java.util.Locale.ROOT, "%.2f", weightedAverage);
        }
    }

    /**
     * Ranks the entries.
     *
     * @param cards the submitted scorecards' values (one list of scores per card) by entry id
     */
    static List<Line> rank(Edition edition, List<Entry> entries, Map<Long, List<List<Integer>>> cards) {
        int criteria = edition.getCriteria().size();
        List<Line> unordered = new ArrayList<>();
        for (Entry entry : entries) {
            List<List<Integer>> own = cards.getOrDefault(entry.getId(), List.of());
            double weighted = own.stream().mapToDouble(edition::weighted).average().orElse(0);
            List<Double> perCriterion = new ArrayList<>();
            for (int i = 0; i < criteria; i++) {
                int c = i;
                perCriterion.add(own.stream().mapToInt(s -> s.get(c)).average().orElse(0));
            }
            unordered.add(new Line(0, entry.getId(), entry.getTitle(), entry.getUnitTeryt(), weighted,
                    List.copyOf(perCriterion), own.size(), entry.getSubmittedAt()));
        }
        Comparator<Line> order = Comparator.comparing((Line l) -> l.scorecards() == 0)
                .thenComparing(Line::weightedAverage, Comparator.reverseOrder());
        for (int i = 0; i < criteria; i++) {
            int c = i;
            order = order.thenComparing(l -> l.criterionAverages().get(c), Comparator.reverseOrder());
        }
        order = order.thenComparing(Line::scorecards, Comparator.reverseOrder())
                .thenComparing(Line::submittedAt, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Line::entryId);
        List<Line> sorted = unordered.stream().sorted(order).toList();
        List<Line> ranked = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Line l = sorted.get(i);
            ranked.add(new Line(i + 1, l.entryId(), l.title(), l.unitTeryt(), l.weightedAverage(),
                    l.criterionAverages(), l.scorecards(), l.submittedAt()));
        }
        return ranked;
    }
}
