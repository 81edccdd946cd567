package pl.dobrepraktyki.system;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import pl.dobrepraktyki.accounts.Role;
import pl.dobrepraktyki.accounts.TestAccounts;
import pl.dobrepraktyki.support.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The layout, home page, accessibility declaration, error pages and the language switch. */
class SiteBrowserTests extends BrowserTest {

    @Autowired
    ApplicationContext applicationContext;

    @Test
    void homePageExplainsThePlatformAndSkipLinkLeadsToTheContent() {
        open("/");
        assertThat(page).hasTitle("Baza Dobrych Praktyk");
        assertThat(page.locator("html")).hasAttribute("lang", "pl");
        page.keyboard().press("Tab");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Przejdź do treści")))
                .isFocused();
        assertThat(page.locator("main#main h1")).hasText("Baza Dobrych Praktyk samorządów");
        assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Menu główne")))
                .isVisible();
        assertThat(page.getByRole(AriaRole.CONTENTINFO)).containsText("Deklaracja dostępności");
    }

    @Test
    void accessibilityDeclarationHasTheFieldsTheLawRequires() {
        open("/");
        clickAndWait(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Deklaracja dostępności"))
                .last());
        for (String id : new String[] {"a11y-wstep", "a11y-podmiot", "a11y-zakres", "a11y-url", "a11y-data-publikacja",
                "a11y-data-aktualizacja", "a11y-status", "a11y-kontakt", "a11y-email", "a11y-telefon",
                "a11y-procedura", "a11y-data-sporzadzenie", "a11y-architektura", "a11y-komunikacja"}) {
            assertThat(page.locator("#" + id)).hasCount(1);
        }
        assertThat(page.locator("#a11y-data-publikacja")).hasAttribute("datetime",
                java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}"));
        assertThat(page.locator("#a11y-procedura")).containsText("7 dni");
    }

    @Test
    void unknownPageShowsTheNotFoundPageInTheLayout() {
        com.microsoft.playwright.Response response = page.navigate(url("/nie-ma-takiej-strony"));
        checkAccessibility();
        org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(404);
        assertThat(page.locator("h1")).hasText("Nie znaleziono strony");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Wróć na stronę główną")))
                .isVisible();
    }

    @Test
    void anOfficialOpeningTheAdminPagesSeesTheAccessDeniedPage() {
        String email = TestAccounts.active(applicationContext, Role.OFFICIAL);
        logIn(email);
        com.microsoft.playwright.Response response = page.navigate(url("/admin/uzytkownicy"));
        checkAccessibility();
        org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(403);
        assertThat(page.locator("h1")).hasText("Brak dostępu");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Wyloguj się"))).isVisible();
    }

    @Test
    void visitorSwitchesToEnglishAndBack() {
        open("/");
        clickAndWait(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English")));
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("h1")).hasText("Good Practice Base of Polish local governments");
        open("/deklaracja-dostepnosci");
        assertThat(page.locator("h1")).hasText("Accessibility statement");
        clickAndWait(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Polski")));
        assertThat(page.locator("h1")).hasText("Deklaracja dostępności");
    }
}
