package pl.dobrepraktyki.accounts;

import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;

import pl.dobrepraktyki.support.BrowserTest;
import pl.dobrepraktyki.support.Totp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The whole second factor as an editor lives it: enrolment at the first login (QR code and the key as
 * text, a first code computed here from the key shown on the page), the recovery codes shown once,
 * later logins with a code or a recovery code (once), and five wrong codes that pause the account.
 */
@ExtendWith(OutputCaptureExtension.class)
class SecondFactorBrowserTests extends BrowserTest {

    @Autowired
    ApplicationContext applicationContext;

    @Autowired
    java.time.Clock clock;

    private Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    private void password(String email) {
        submitPassword(email, TestAccounts.PASSWORD);
    }

    private void code(String code) {
        page.getByLabel("Kod z aplikacji lub kod odzyskiwania").fill(code);
        clickAndWait(page.getByRole(AriaRole.BUTTON, named("Potwierdź i zaloguj się")));
    }

    private void logOut() {
        clickAndWait(page.getByRole(AriaRole.BUTTON, named("Wyloguj się")));
    }

    @Test
    void anEditorEnrolsAtTheFirstLoginThenSignsInWithACodeOrARecoveryCodeAndWrongCodesPauseTheAccount(
            CapturedOutput output) {
        String editor = TestAccounts.activeWithoutSecondFactor(applicationContext, Role.EDITOR);

        password(editor);
        assertThat(page.getByRole(AriaRole.HEADING, named("Włącz weryfikację dwuetapową"))).isVisible();
        open("/redakcja");
        assertThat(page.getByRole(AriaRole.HEADING, named("Logowanie"))).isVisible();
        page.goBack();
        checkAccessibility();
        open("/logowanie/weryfikacja-dwuetapowa");
        assertThat(page.getByRole(AriaRole.IMG, named("Kod QR do dodania konta Baza Dobrych Praktyk w aplikacji"
                + " uwierzytelniającej. Jeśli nie możesz go zeskanować, wpisz klucz podany niżej."))).isVisible();
        String secret = page.locator("#totp-secret").innerText().strip();
        org.assertj.core.api.Assertions.assertThat(secret).matches("[A-Z2-7]{32}");
        page.getByLabel("Kod z aplikacji").fill("123456".equals(now(secret)) ? "654321" : "123456");
        clickAndWait(page.getByRole(AriaRole.BUTTON, named("Włącz weryfikację dwuetapową")));
        assertThat(page.locator("#code-error")).containsText("Nieprawidłowy kod");
        page.getByLabel("Kod z aplikacji").fill(now(secret));
        clickAndWait(page.getByRole(AriaRole.BUTTON, named("Włącz weryfikację dwuetapową")));

        assertThat(page.getByRole(AriaRole.HEADING, named("Kody odzyskiwania"))).isVisible();
        List<String> recoveryCodes = page.locator(".recovery-codes code").allInnerTexts();
        org.assertj.core.api.Assertions.assertThat(recoveryCodes).hasSize(10).doesNotHaveDuplicates();
        clickAndWait(page.getByRole(AriaRole.LINK, named("Zapisałem kody, przejdź dalej")));
        open("/redakcja");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).not()
                .hasText("Logowanie");
        logOut();

        password(editor);
        assertThat(page.getByRole(AriaRole.HEADING, named("Kod weryfikacyjny"))).isVisible();
        code(TestAccounts.code(applicationContext, editor));
        open("/konto");
        assertThat(page.locator("main")).containsText("włączona");
        logOut();

        password(editor);
        code(recoveryCodes.get(0).toUpperCase());
        open("/konto");
        assertThat(page.getByRole(AriaRole.HEADING, named("Moje konto"))).isVisible();
        logOut();

        password(editor);
        code(recoveryCodes.get(0));
        assertThat(page.locator("main")).containsText("Nieprawidłowy kod");
        for (int i = 0; i < 3; i++) {
            code("000000".equals(now(secret)) ? "999999" : "000000");
            assertThat(page.locator("main")).containsText("Nieprawidłowy kod");
        }
        code(recoveryCodes.get(1).replace("-", "") + "x");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("logowanie na to konto jest wstrzymane");

        password(editor);
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("logowanie na to konto jest wstrzymane");
        org.assertj.core.api.Assertions.assertThat(output.getAll()).as("the secret is never logged")
                .doesNotContain(secret);
    }

    private String now(String secret) {
        return Totp.code(secret, Totp.step(clock.instant()));
    }
}
