package pl.dobrepraktyki.folder;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import pl.dobrepraktyki.accounts.Role;
import pl.dobrepraktyki.accounts.TestAccounts;
import pl.dobrepraktyki.catalog.PracticeSnapshot;
import pl.dobrepraktyki.support.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor saves a practice from its page (logging in on the way and coming back), finds it in "Moja teczka",
 * writes a note and removes it again. axe-core and the Nu HTML checker check every page.
 */
class FolderBrowserTests extends BrowserTest {

    @Autowired
    ApplicationContext applicationContext;

    private Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    @Test
    void aPersonSavesAPracticeFromItsPageAndKeepsANoteInTheFolder() {
        String person = TestAccounts.active(applicationContext, Role.OFFICIAL);
        PracticeSnapshot practice = FolderFixtures.published(applicationContext,
                FolderFixtures.unique("Teczka w przeglądarce"));
        String title = practice.content().title();

        // not logged in: the button leads through the login page and back to the practice
        open("/praktyki/" + practice.practiceId());
        clickAndWait(page.getByRole(AriaRole.BUTTON, named("Zapisz w teczce")));
        assertThat(page.url()).contains("/logowanie");
        page.getByLabel("Adres e-mail").fill(person);
        page.getByLabel("Hasło").fill(TestAccounts.PASSWORD);
        clickAndWait(page.locator("main button[type=submit]"));
        if (page.url().endsWith("/logowanie/kod")) {
            page.getByLabel("Kod z aplikacji lub kod odzyskiwania").fill(TestAccounts.code(applicationContext, person));
            clickAndWait(page.locator("main button[type=submit]"));
        }
        assertThat(page.url()).contains("/praktyki/" + practice.practiceId());

        // htmx swaps the button in place
        page.getByRole(AriaRole.BUTTON, named("Zapisz w teczce")).click();
        assertThat(page.locator("#teczka")).containsText("Zapisano praktykę w teczce.");
        assertThat(page.getByRole(AriaRole.BUTTON, named("Usuń z teczki"))).isVisible();
        checkAccessibility();

        clickAndWait(page.getByRole(AriaRole.LINK, named("Moja teczka")).first());
        assertThat(page.getByRole(AriaRole.HEADING, named("Moja teczka").setLevel(1))).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, named(title))).isVisible();

        page.getByLabel("Notatka (widzisz ją tylko Ty)").fill("Zadzwonić do Łodzi w sprawie źródeł finansowania");
        clickAndWait(page.getByRole(AriaRole.BUTTON, named("Zapisz notatkę")));
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Zapisano notatkę.");
        assertThat(page.getByLabel("Notatka (widzisz ją tylko Ty)"))
                .hasValue("Zadzwonić do Łodzi w sprawie źródeł finansowania");

        clickAndWait(page.getByRole(AriaRole.LINK, named("Wersja do druku")));
        assertThat(page.locator("main")).containsText("Zadzwonić do Łodzi w sprawie źródeł finansowania");
        page.goBack();

        open("/teczka");
        clickAndWait(page.getByRole(AriaRole.BUTTON, named("Usuń z teczki")));
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Usunięto praktykę z teczki.");
        assertThat(page.locator("main")).containsText("Teczka jest pusta.");
    }
}
