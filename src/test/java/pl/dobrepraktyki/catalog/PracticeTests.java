package pl.dobrepraktyki.catalog;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The practice's workflow and the parts the methodology requires before submission. */
class PracticeTests {

    private final Clock clock = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneId.of("Europe/Warsaw"));

    private Practice draft(PracticeContents contents) {
        Practice practice = Practice.draft(contents.build(), "urzednik@example.pl", clock.instant());
        ReflectionTestUtils.setField(practice, "id", 1L); // as if saved
        return practice;
    }

    @Test
    void refusesSubmissionWithoutMeasurableResult() {
        Practice practice = draft(PracticeContents.complete().results(new Result("Liczba wniosków", null, "40",
                null)));

        assertThatThrownBy(() -> practice.submit("urzednik@example.pl", clock))
                .isInstanceOfSatisfying(IncompletePracticeException.class,
                        e -> assertThat(e.missing()).containsExactly("catalog.missing.results"));
        assertThat(practice.getStatus()).isEqualTo(PracticeStatus.DRAFT);
    }

    @Test
    void refusesSubmissionNamingEveryMissingPart() {
        Practice practice = Practice.draft(PracticeContent.minimal("Tytuł", "1061011"), "a@example.pl",
                clock.instant());

        assertThat(practice.missingParts()).contains("catalog.missing.summary", "catalog.missing.section",
                "catalog.missing.problem", "catalog.missing.goals", "catalog.missing.solution",
                "catalog.missing.resources", "catalog.missing.results", "catalog.missing.lessons",
                "catalog.missing.transferability", "catalog.missing.contact", "catalog.missing.source");
        assertThatThrownBy(() -> practice.submit("a@example.pl", clock))
                .isInstanceOf(IncompletePracticeException.class);
    }

    @Test
    void aCompleteDraftGoesThroughReviewToPublication() {
        Practice practice = draft(PracticeContents.complete());
        practice.submit("urzednik@example.pl", clock);
        practice.requestChanges("redaktor@example.pl", "Dodaj koszt.", clock);
        assertThat(practice.getStatus()).isEqualTo(PracticeStatus.CHANGES_REQUESTED);
        assertThat(practice.getEditorNote()).isEqualTo("Dodaj koszt.");
        practice.resubmit("urzednik@example.pl", clock);
        practice.publish("redaktor@example.pl", clock);

        assertThat(practice.getStatus()).isEqualTo(PracticeStatus.PUBLISHED);
        assertThat(practice.getVerifiedBy()).isEqualTo("redaktor@example.pl");
        assertThat(practice.getLastVerified()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(practice.getSubmittedBy()).isEqualTo("urzednik@example.pl");
    }

    @Test
    void registersPastTenseEventsForEachStep() {
        Practice practice = draft(PracticeContents.complete());
        practice.submit("urzednik@example.pl", clock);
        practice.publish("redaktor@example.pl", clock);
        practice.markReverificationDue();
        practice.verify("redaktor@example.pl", clock);
        practice.archive("redaktor@example.pl", clock);

        assertThat(practice.registeredEvents()).extracting(Object::getClass).containsExactly(PracticeSubmitted.class,
                PracticePublished.class, ReverificationDue.class, PracticeVerified.class, PracticeArchived.class);
    }

    @Test
    void refusesToPublishADraft() {
        Practice practice = draft(PracticeContents.complete());
        assertThatThrownBy(() -> practice.publish("redaktor@example.pl", clock))
                .isInstanceOf(IllegalPracticeTransitionException.class);
    }

    @Test
    void refusesToSubmitTwiceOrToReverifyADraft() {
        Practice practice = draft(PracticeContents.complete());
        practice.submit("urzednik@example.pl", clock);
        assertThatThrownBy(() -> practice.submit("urzednik@example.pl", clock))
                .isInstanceOf(IllegalPracticeTransitionException.class);
        assertThatThrownBy(practice::markReverificationDue).isInstanceOf(IllegalPracticeTransitionException.class);
        assertThatThrownBy(() -> practice.archive("redaktor@example.pl", clock))
                .isInstanceOf(IllegalPracticeTransitionException.class);
    }

    @Test
    void changesAndRejectionNeedAReason() {
        Practice practice = draft(PracticeContents.complete());
        practice.submit("urzednik@example.pl", clock);
        assertThatThrownBy(() -> practice.requestChanges("redaktor@example.pl", " ", clock))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> practice.reject("redaktor@example.pl", null, clock))
                .isInstanceOf(IllegalArgumentException.class);
        practice.reject("redaktor@example.pl", "To nie jest praktyka zarządcza.", clock);
        assertThat(practice.getStatus()).isEqualTo(PracticeStatus.REJECTED);
    }
}
