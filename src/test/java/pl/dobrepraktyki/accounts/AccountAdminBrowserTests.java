package pl.dobrepraktyki.accounts;

import com.icegreen.greenmail.util.GreenMail;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import pl.dobrepraktyki.support.BrowserTest;
import pl.dobrepraktyki.support.MailTestConfiguration;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** An administrator manages accounts; a person who forgot the password sets a new one. */
class AccountAdminBrowserTests extends BrowserTest {

    @Autowired
    ApplicationContext applicationContext;

    @Autowired
    GreenMail greenMail;

    private Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    @Test
    void administratorGivesAnOfficialTheEditorRoleDisablesAnotherAndReadsTheAuditLog() {
        String admin = TestAccounts.active(applicationContext, Role.ADMIN);
        String official = TestAccounts.active(applicationContext, Role.OFFICIAL);
        String other = TestAccounts.active(applicationContext, Role.OFFICIAL);
        logIn(admin, TestAccounts.PASSWORD);
        clickAndWait(page.getByRole(AriaRole.LINK, named("Administracja")));
        page.getByLabel("Szukaj po adresie e-mail lub nazwisku").fill(official);
        clickAndWait(page.getByRole(AriaRole.BUTTON, named("Szukaj").setExact(true)));
        clickAndWait(page.getByRole(AriaRole.LINK, named(official)));
        page.getByLabel("Redaktor").check();
        clickAndWait(page.getByRole(AriaRole.BUTTON, named("Zapisz role")));
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Role zapisane.");
        assertThat(page.getByLabel("Redaktor")).isChecked();
        assertThat(page.getByLabel("Urzędnik JST")).isChecked();

        open("/admin/uzytkownicy?q=" + other);
        clickAndWait(page.getByRole(AriaRole.LINK, named(other)));
        clickAndWait(page.getByRole(AriaRole.BUTTON, named("Zablokuj konto")));
        assertThat(page.locator("main")).containsText("Zablokowane");

        open("/admin/audyt");
        assertThat(page.locator("tbody tr").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText(official)).filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("ROLES_CHANGED"))).hasCount(1);
        assertThat(page.locator("tbody tr").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("ACCOUNT_DISABLED"))).not().hasCount(0);
    }

    @Test
    void personWhoForgotThePasswordSetsANewOneFromTheMailedLink() {
        String email = TestAccounts.active(applicationContext, Role.OFFICIAL);
        open("/logowanie");
        clickAndWait(page.getByRole(AriaRole.LINK, named("Nie pamiętasz hasła?")));
        page.getByLabel("Adres e-mail").fill(email);
        clickAndWait(page.getByRole(AriaRole.BUTTON, named("Wyślij link")));
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Sprawdź pocztę");

        String link = MailTestConfiguration.linkInLastMail(greenMail, email, "http://localhost/haslo/nowe");
        open(link.substring("http://localhost".length()));
        page.getByLabel("Nowe hasło").fill("jesień nad Wisłą 2026");
        page.getByLabel("Powtórz hasło").fill("jesień nad Wisłą 2026");
        clickAndWait(page.getByRole(AriaRole.BUTTON, named("Zapisz nowe hasło")));
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Hasło zostało zmienione");

        logIn(email, "jesień nad Wisłą 2026");
        assertThat(page.getByRole(AriaRole.BUTTON, named("Wyloguj się"))).isVisible();

        open(link.substring("http://localhost".length()));
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("wygasł, został już użyty");
    }
}
