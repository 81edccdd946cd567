package pl.dobrepraktyki.catalog;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

import pl.dobrepraktyki.accounts.Role;
import pl.dobrepraktyki.accounts.TestAccounts;
import pl.dobrepraktyki.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class PracticeServiceIntegrationTests {

    @Autowired
    PracticeService practices;

    @Autowired
    ApplicationContext context;

    String official;
    String editor;

    @BeforeEach
    void accounts() {
        official = TestAccounts.active(context, Role.OFFICIAL);
        editor = TestAccounts.active(context, Role.EDITOR);
    }

    @Test
    void keepsEverySavedVersionWithAllParts() {
        PracticeSnapshot draft = practices.createDraft(PracticeContents.complete().solution("pierwsza").build(),
                official);
        PracticeSnapshot second = practices.update(draft.practiceId(), draft.version(),
                PracticeContents.complete().solution("druga").build(), official);
        practices.submit(draft.practiceId(), official);

        List<PracticeVersionInfo> history = practices.versions(draft.practiceId());
        assertThat(history).extracting(PracticeVersionInfo::status).containsExactly(PracticeStatus.DRAFT,
                PracticeStatus.DRAFT, PracticeStatus.SUBMITTED);
        assertThat(history).extracting(PracticeVersionInfo::savedBy).containsOnly(official);
        PracticeSnapshot first = practices.version(draft.practiceId(), history.get(0).version()).orElseThrow();
        assertThat(first.content().solution()).isEqualTo("pierwsza");
        assertThat(first.content().results()).hasSize(1);
        assertThat(first.content()).isEqualTo(draft.content());
        assertThat(practices.version(draft.practiceId(), second.version()).orElseThrow().content().solution())
                .isEqualTo("druga");
    }

    @Test
    void aStaleSaveIsRefusedWithTheCurrentText() {
        PracticeSnapshot draft = practices.createDraft(PracticeContents.complete().build(), official);
        practices.update(draft.practiceId(), draft.version(), PracticeContents.complete().problem("Anna").build(),
                official);

        assertThatThrownBy(() -> practices.update(draft.practiceId(), draft.version(),
                PracticeContents.complete().problem("Bartek").build(), editor))
                .isInstanceOfSatisfying(PracticeConflictException.class,
                        e -> assertThat(e.current().content().problem()).isEqualTo("Anna"));
        assertThat(practices.get(draft.practiceId(), official).content().problem()).isEqualTo("Anna");
    }

    @Test
    void anOfficialOfAnotherUnitCannotSeeADraft() {
        PracticeSnapshot draft = practices.createDraft(PracticeContents.complete().build(), official);
        String stranger = TestAccounts.activeOf(context, "1465011", Role.OFFICIAL);

        assertThat(practices.find(draft.practiceId(), stranger)).isEmpty();
        assertThat(practices.find(draft.practiceId(), null)).isEmpty();
        assertThat(practices.find(draft.practiceId(), editor)).isPresent();
        assertThatThrownBy(() -> practices.update(draft.practiceId(), draft.version(),
                PracticeContents.complete().build(), stranger)).isInstanceOf(PracticeNotFoundException.class);
    }

    @Test
    void anOfficialCannotWriteForAnotherUnit() {
        assertThatThrownBy(() -> practices.createDraft(PracticeContents.complete().leadUnit("1465011").build(),
                official)).isInstanceOfSatisfying(CatalogValidationException.class,
                        e -> assertThat(e.problems()).extracting(CatalogValidationException.Problem::messageKey)
                                .contains("catalog.validation.leadUnit.own"));
    }

    @Test
    void publishedPracticesAreListedBySectionAndAdoptedByOtherUnits() {
        PracticeSnapshot draft = practices.createDraft(PracticeContents.complete().build(), official);
        practices.submit(draft.practiceId(), official);
        PracticeSnapshot published = practices.publish(draft.practiceId(), editor);
        assertThat(published.status()).isEqualTo(PracticeStatus.PUBLISHED);
        assertThat(published.verifiedBy()).isEqualTo(editor);
        assertThat(practices.find(draft.practiceId(), null)).isPresent();

        String warsaw = TestAccounts.activeOf(context, "1465011", Role.OFFICIAL);
        assertThat(practices.canAdopt(draft.practiceId(), warsaw)).isTrue();
        assertThat(practices.canAdopt(draft.practiceId(), official)).isFalse();
        practices.recordAdoption(draft.practiceId(), new AdoptionRequest(AdoptionKind.ADAPTED, "Z jednym punktem",
                java.time.LocalDate.of(2025, 1, 10)), warsaw);
        assertThat(practices.adoptionsOf(draft.practiceId())).extracting(AdoptionView::unitTeryt)
                .containsExactly("1465011");
        assertThat(practices.adoptionsBy("1465011")).extracting(AdoptionView::practiceId)
                .contains(draft.practiceId());
        assertThatThrownBy(() -> practices.recordAdoption(draft.practiceId(),
                new AdoptionRequest(AdoptionKind.ADOPTED, null, java.time.LocalDate.of(2025, 2, 1)), warsaw))
                .isInstanceOf(CatalogValidationException.class);
    }

    @Test
    void onlyEditorsPublish() {
        PracticeSnapshot draft = practices.createDraft(PracticeContents.complete().build(), official);
        practices.submit(draft.practiceId(), official);
        assertThatThrownBy(() -> practices.publish(draft.practiceId(), official))
                .isInstanceOf(AccessDeniedException.class);
    }
}
