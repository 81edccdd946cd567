package pl.dobrepraktyki.accounts;

import com.icegreen.greenmail.util.GreenMail;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import pl.dobrepraktyki.support.BrowserTest;
import pl.dobrepraktyki.support.MailTestConfiguration;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** An official registers, confirms the e-mail, is approved by an editor and logs in. */
class RegistrationBrowserTests extends BrowserTest {

    @Autowired
    GreenMail greenMail;

    @Autowired
    ApplicationContext applicationContext;

    @Test
    void officialRegistersConfirmsIsApprovedByAnEditorAndLogsIn() {
        String email = "ewa.kowalska@gmina-test.pl";
        open("/");
        clickAndWait(page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions()
                .setName("Załóż konto").setExact(true)).first());
        page.getByLabel("Imię i nazwisko").fill("Ewa Kowalska");
        page.getByLabel("Adres e-mail").fill(email);
        page.getByLabel("Jednostka samorządu").fill("Łódź");
        page.getByLabel("Stanowisko (nieobowiązkowe)").fill("Naczelniczka wydziału");
        page.getByLabel("Hasło", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true))
                .fill("krótkie");
        page.getByLabel("Powtórz hasło").fill("krótkie");
        clickAndWait(page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions()
                .setName("Załóż konto")));
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Hasło musi mieć od 12 do 128 znaków.");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("zaakceptuj regulamin");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Tę nazwę ma kilka jednostek");
        page.getByLabel("miasto Łódź (1061011)").check();

        page.getByLabel("Hasło", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true))
                .fill(TestAccounts.PASSWORD);
        page.getByLabel("Powtórz hasło").fill(TestAccounts.PASSWORD);
        page.getByLabel("Akceptuję regulamin").check();
        clickAndWait(page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions()
                .setName("Załóż konto")));
        assertThat(page.getByRole(AriaRole.HEADING, new com.microsoft.playwright.Page.GetByRoleOptions()
                .setLevel(1))).hasText("Sprawdź pocztę");

        String confirmation = MailTestConfiguration.linkInLastMail(greenMail, email, "http://localhost/");
        open(confirmation.substring("http://localhost".length()));
        assertThat(page.locator("h1")).hasText("Adres e-mail potwierdzony");

        logIn(email, TestAccounts.PASSWORD);
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("nie jest aktywne");

        String editor = TestAccounts.active(applicationContext, Role.EDITOR);
        logIn(editor, TestAccounts.PASSWORD);
        clickAndWait(page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions()
                .setName("Redakcja")));
        clickAndWait(page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions()
                .setName("Rejestracje kont czekające na zatwierdzenie")));
        assertThat(page.locator("main")).containsText("Ewa Kowalska");
        assertThat(page.locator("main")).containsText("Łódź");
        clickAndWait(page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions()
                .setName("Zatwierdź konto: Ewa Kowalska")));
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Konto zatwierdzone");
        clickAndWait(page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions()
                .setName("Wyloguj się")));

        logIn(email, TestAccounts.PASSWORD);
        clickAndWait(page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions()
                .setName(email)));
        assertThat(page.locator("main")).containsText("Urzędnik JST");
        assertThat(page.locator("main")).containsText("Łódź");
    }

    @Test
    void fiveWrongPasswordsPauseLoggingIn() {
        String email = TestAccounts.active(applicationContext, Role.OFFICIAL);
        for (int i = 1; i <= 5; i++) {
            logIn(email, "niepoprawne hasło " + i);
            assertThat(page.getByRole(AriaRole.ALERT)).hasText("Nieprawidłowy adres e-mail lub hasło.");
        }
        logIn(email, TestAccounts.PASSWORD);
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Zbyt wiele nieudanych prób logowania");
        assertThat(page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions()
                .setName("Zaloguj się"))).isVisible();
    }
}
