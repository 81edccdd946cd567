package pl.dobrepraktyki.editorial;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import pl.dobrepraktyki.accounts.Role;
import pl.dobrepraktyki.accounts.TestAccounts;
import pl.dobrepraktyki.catalog.PracticeContents;
import pl.dobrepraktyki.catalog.PracticeService;
import pl.dobrepraktyki.catalog.PracticeSnapshot;
import pl.dobrepraktyki.catalog.PracticeStatus;
import pl.dobrepraktyki.support.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** An editor reviews a practice of Łódź: asks for changes, sees what the unit changed and publishes it. */
class EditorialBrowserTests extends BrowserTest {

    @Autowired
    ApplicationContext applicationContext;

    @Autowired
    PracticeService practices;

    private Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    @Test
    void editorRequestsChangesSeesTheDiffAndPublishes() {
        String editor = TestAccounts.active(applicationContext, Role.EDITOR);
        String official = TestAccounts.active(applicationContext, Role.OFFICIAL);
        String title = "Elektroniczny obieg wniosków o dofinansowanie";
        PracticeSnapshot draft = practices.createDraft(PracticeContents.complete().title(title)
                .solution("Wnioski przyjmuje sekretariat w wersji papierowej.").build(), official);
        practices.submit(draft.practiceId(), official);

        logIn(editor);
        clickAndWait(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Menu główne"))
                .getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Redakcja")));
        assertThat(page.getByRole(AriaRole.HEADING, named("Redakcja").setLevel(1))).isVisible();
        clickAndWait(page.getByRole(AriaRole.LINK, named(title)));
        assertThat(page.locator("#completeness")).containsText("90 %");

        page.getByLabel("Co jednostka ma poprawić").fill("Opiszcie, jak wnioski trafiają do systemu.");
        clickAndWait(page.getByRole(AriaRole.BUTTON, named("Poproś o poprawki")));
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Wysłano prośbę o poprawki.");
        assertThat(page.locator("#review-log")).containsText("Opiszcie, jak wnioski trafiają do systemu.");

        PracticeSnapshot returned = practices.get(draft.practiceId(), official);
        PracticeSnapshot fixed = practices.update(draft.practiceId(), returned.version(), PracticeContents.complete()
                .title(title).solution("Wnioski składa się przez ePUAP i trafiają do systemu obiegu dokumentów.")
                .build(), official);
        practices.submit(draft.practiceId(), official);

        open("/redakcja");
        assertThat(page.locator("#kolejka-resubmitted")).containsText(title);
        clickAndWait(page.locator("#kolejka-resubmitted").getByRole(AriaRole.LINK,
                new com.microsoft.playwright.Locator.GetByRoleOptions().setName(title)));
        clickAndWait(page.getByRole(AriaRole.LINK, named("Zmiany w wersji " + fixed.version())));
        assertThat(page.locator("main ins").first()).containsText("składa się przez ePUAP");
        assertThat(page.locator("main del").first()).containsText("przyjmuje sekretariat w wersji papierowej");

        clickAndWait(page.getByRole(AriaRole.LINK, named("Wróć do przeglądu praktyki")));
        clickAndWait(page.getByRole(AriaRole.BUTTON, named("Opublikuj")));
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Praktyka została opublikowana.");
        assertThat(practices.get(draft.practiceId(), editor).status()).isEqualTo(PracticeStatus.PUBLISHED);
    }

    @Test
    void editorWhosePracticeChangedMeanwhileSeesTheConflictAndNothingChanges() {
        String editor = TestAccounts.active(applicationContext, Role.EDITOR);
        String otherEditor = TestAccounts.active(applicationContext, Role.EDITOR);
        String official = TestAccounts.active(applicationContext, Role.OFFICIAL);
        String title = "Budżet obywatelski dla seniorów";
        PracticeSnapshot draft = practices.createDraft(PracticeContents.complete().title(title)
                .problem("Seniorzy rzadko głosowali.").build(), official);
        PracticeSnapshot submitted = practices.submit(draft.practiceId(), official);

        logIn(editor);
        open("/redakcja/praktyki/" + draft.practiceId());
        practices.update(draft.practiceId(), submitted.version(), PracticeContents.complete().title(title)
                .problem("Seniorzy rzadko głosowali przez internet.").build(), otherEditor);

        clickAndWait(page.getByRole(AriaRole.BUTTON, named("Opublikuj")));
        assertThat(page.getByRole(AriaRole.HEADING, named("Praktyka zmieniła się w międzyczasie"))).isVisible();
        assertThat(page.locator("main ins").first()).containsText("przez internet");
        assertThat(practices.get(draft.practiceId(), editor).status()).isEqualTo(PracticeStatus.SUBMITTED);

        clickAndWait(page.getByRole(AriaRole.LINK, named("Otwórz obecną wersję praktyki")));
        assertThat(page.getByRole(AriaRole.HEADING, named(title).setLevel(1))).isVisible();
    }
}
