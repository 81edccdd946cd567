package pl.dobrepraktyki.editorial;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import pl.dobrepraktyki.catalog.Contact;
import pl.dobrepraktyki.catalog.PracticeContent;
import pl.dobrepraktyki.catalog.PracticeContents;
import pl.dobrepraktyki.catalog.PracticeSnapshot;
import pl.dobrepraktyki.catalog.PracticeStatus;

import static org.assertj.core.api.Assertions.assertThat;

class ChecklistTests {

    private static PracticeSnapshot snapshot(PracticeContent content, String submittedBy) {
        return new PracticeSnapshot(1, 0, PracticeStatus.SUBMITTED, content, submittedBy, null, null, null,
                Instant.parse("2026-01-01T10:00:00Z"), "a@example.pl");
    }

    @Test
    void aCompleteSubmittedPracticeWithAnAttachmentScoresOneHundred() {
        Checklist checklist = Checklist.of(snapshot(PracticeContents.complete().build(), "a@example.pl"), 1);

        assertThat(checklist.items()).hasSize(MethodologyPart.values().length).allMatch(ChecklistItem::filled);
        assertThat(checklist.score()).isEqualTo(100);
    }

    @Test
    void missingPartsLowerTheScoreAndSayWhatIsMissing() {
        PracticeContent content = PracticeContents.complete().lessons(null).contact(Contact.NONE).build();
        Checklist checklist = Checklist.of(snapshot(content, null), 0);

        assertThat(checklist.items()).filteredOn(i -> !i.filled()).extracting(ChecklistItem::part).containsExactly(
                MethodologyPart.LESSONS, MethodologyPart.CONTACT, MethodologyPart.ATTACHMENTS,
                MethodologyPart.PROVENANCE);
        assertThat(checklist.items().get(MethodologyPart.LESSONS.ordinal()).missing())
                .containsExactly("catalog.missing.lessons");
        assertThat(checklist.score()).isEqualTo(7 * 100 / 11);
    }

    @Test
    void aMinimalDraftMissesTheIdentityDetails() {
        Checklist checklist = Checklist.of(snapshot(PracticeContent.minimal("Tytuł", "1061011"), null), 0);

        ChecklistItem identity = checklist.items().get(0);
        assertThat(identity.filled()).isFalse();
        assertThat(identity.missing()).contains("catalog.missing.summary", "catalog.missing.section",
                "catalog.missing.source").doesNotContain("catalog.missing.title");
        assertThat(checklist.score()).isZero();
    }
}
