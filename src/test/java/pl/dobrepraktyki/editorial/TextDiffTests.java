package pl.dobrepraktyki.editorial;

import java.util.List;

import org.junit.jupiter.api.Test;

import pl.dobrepraktyki.editorial.TextDiff.Kind;
import pl.dobrepraktyki.editorial.TextDiff.Segment;

import static org.assertj.core.api.Assertions.assertThat;

class TextDiffTests {

    @Test
    void marksTheRemovedAndTheAddedWords() {
        List<Segment> diff = TextDiff.between("Punkt obsługi z jednym opiekunem sprawy.",
                "Punkt obsługi z dwoma opiekunami sprawy.");

        assertThat(diff).filteredOn(s -> s.kind() == Kind.REMOVED).extracting(Segment::text)
                .containsExactly("jednym opiekunem");
        assertThat(diff).filteredOn(s -> s.kind() == Kind.ADDED).extracting(Segment::text)
                .containsExactly("dwoma opiekunami");
        assertThat(diff.get(0)).isEqualTo(new Segment(Kind.SAME, "Punkt obsługi z "));
    }

    @Test
    void rebuildsBothTexts() {
        String before = "Ala ma kota.\nKot ma Alę.\n";
        String after = "Ala ma psa.\nKot ma Alę i Olę.\nNowa linia.\n";
        List<Segment> diff = TextDiff.between(before, after);

        assertThat(join(diff, Kind.ADDED)).isEqualTo(after);
        assertThat(join(diff, Kind.REMOVED)).isEqualTo(before);
    }

    @Test
    void equalTextsAreOneUnchangedSegmentAndEmptyTextsNone() {
        assertThat(TextDiff.between("bez zmian", "bez zmian")).containsExactly(new Segment(Kind.SAME, "bez zmian"));
        assertThat(TextDiff.between(null, "")).isEmpty();
        assertThat(TextDiff.between(null, "nowe")).containsExactly(new Segment(Kind.ADDED, "nowe"));
    }

    @Test
    void longTextsThatDifferEverywhereFallBackToLines() {
        StringBuilder a = new StringBuilder();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            a.append("a").append(i).append(' ').append(i % 50 == 0 ? "\n" : "");
            b.append("b").append(i).append(' ').append(i % 50 == 0 ? "\n" : "");
        }
        List<Segment> diff = TextDiff.between(a.toString(), b.toString());

        assertThat(join(diff, Kind.REMOVED)).isEqualTo(a.toString());
        assertThat(join(diff, Kind.ADDED)).isEqualTo(b.toString());
    }

    /** The text of one side: unchanged segments plus those of the kind. */
    private static String join(List<Segment> diff, Kind side) {
        StringBuilder text = new StringBuilder();
        diff.stream().filter(s -> s.kind() == Kind.SAME || s.kind() == side).forEach(s -> text.append(s.text()));
        return text.toString();
    }
}
