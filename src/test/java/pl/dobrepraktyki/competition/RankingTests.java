package pl.dobrepraktyki.competition;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** The ranking of a category: weighted averages and the documented tie-break. */
class RankingTests {

    private final Edition edition = new Edition(CompetitionFixtures.openEdition("Test", Clock.systemUTC()), "admin",
            Instant.now(), false);

    private Entry entry(long id, String title, Instant submittedAt) {
        Entry entry = new Entry(1, "1020092", pl.dobrepraktyki.localgov.SizeCategory.RURAL,
                CompetitionFixtures.entry(title).content(), List.of(), "a@example.pl", submittedAt);
        ReflectionTestUtils.setField(entry, "id", id);
        ReflectionTestUtils.setField(entry, "submittedAt", submittedAt);
        return entry;
    }

    @Test
    void ranksByTheWeightedAverageNotThePlainOne() {
        Entry a = entry(1, "A", Instant.parse("2026-01-01T10:00:00Z"));
        Entry b = entry(2, "B", Instant.parse("2026-01-01T09:00:00Z"));
        List<Ranking.Line> ranking = Ranking.rank(edition, List.of(b, a),
                Map.of(1L, List.of(List.of(5, 2, 2, 2, 2)), 2L, List.of(List.of(1, 3, 3, 3, 3))));
        // innowacyjność weighs 2: A = (2*5+2+2+2+2)/6 = 3.0, B = (2*1+3+3+3+3)/6 = 2.33; both average 2.6 plainly
        assertThat(ranking).extracting(Ranking.Line::title).containsExactly("A", "B");
        assertThat(ranking.get(0).weightedAverage()).isEqualTo(3.0);
        assertThat(ranking.get(0).display()).isEqualTo("3.00");
    }

    @Test
    void averagesTheJuryMembersWeightedScores() {
        Entry a = entry(1, "A", Instant.parse("2026-01-01T10:00:00Z"));
        List<Ranking.Line> ranking = Ranking.rank(edition, List.of(a),
                Map.of(1L, List.of(List.of(5, 5, 5, 5, 5), List.of(3, 3, 3, 3, 3))));
        assertThat(ranking.get(0).weightedAverage()).isEqualTo(4.0);
        assertThat(ranking.get(0).scorecards()).isEqualTo(2);
    }

    @Test
    void aTieIsBrokenByTheFirstCriterionThenTheNextOnes() {
        Entry a = entry(1, "A", Instant.parse("2026-01-01T08:00:00Z"));
        Entry b = entry(2, "B", Instant.parse("2026-01-01T09:00:00Z"));
        // equal weighted averages: A = (2*3+5+3+3+3)/6 = 3.33, B = (2*4+3+3+3+3)/6 = 3.33; B is higher on innowacyjność
        List<Ranking.Line> ranking = Ranking.rank(edition, List.of(a, b),
                Map.of(1L, List.of(List.of(3, 5, 3, 3, 3)), 2L, List.of(List.of(4, 3, 3, 3, 3))));
        assertThat(ranking.get(0).weightedAverage()).isEqualTo(ranking.get(1).weightedAverage());
        assertThat(ranking).extracting(Ranking.Line::title).containsExactly("B", "A");
        assertThat(ranking).extracting(Ranking.Line::position).containsExactly(1, 2);
    }

    @Test
    void aFullTieGoesToTheEarlierEntryAndUnscoredEntriesComeLast() {
        Entry late = entry(1, "late", Instant.parse("2026-01-02T08:00:00Z"));
        Entry early = entry(2, "early", Instant.parse("2026-01-01T08:00:00Z"));
        Entry unscored = entry(3, "unscored", Instant.parse("2025-12-01T08:00:00Z"));
        List<Ranking.Line> ranking = Ranking.rank(edition, List.of(unscored, late, early),
                Map.of(1L, List.of(List.of(4, 4, 4, 4, 4)), 2L, List.of(List.of(4, 4, 4, 4, 4))));
        assertThat(ranking).extracting(Ranking.Line::title).containsExactly("early", "late", "unscored");
        assertThat(ranking.get(2).display()).isEqualTo("–");
    }
}
