package pl.dobrepraktyki.newsletter;

import com.icegreen.greenmail.util.GreenMail;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import pl.dobrepraktyki.support.BrowserTest;
import pl.dobrepraktyki.support.MailTestConfiguration;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A visitor finds the weekly digest in the footer, forgets the consent, signs up, follows the link from the
 * confirmation mail and confirms with the button; then leaves the digest from its unsubscribe page.
 */
class NewsletterBrowserTests extends BrowserTest {

    @Autowired
    GreenMail greenMail;

    @Autowired
    NewsletterService newsletter;

    @Test
    void visitorSignsUpConfirmsByTheButtonAndReadsEveryPageInPolish() {
        String email = "tygodnik-przegladarka-" + java.util.UUID.randomUUID().toString().substring(0, 6)
                + "@example.pl";
        open("/");
        clickAndWait(page.getByRole(AriaRole.CONTENTINFO).getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Tygodnik (newsletter)")));
        assertThat(page.locator("h1")).hasText("Tygodnik – cotygodniowy przegląd");

        page.getByLabel("Adres e-mail").fill(email);
        clickAndWait(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zapisz mnie")));
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Zaznacz zgodę na otrzymywanie Tygodnika.");

        page.getByLabel("Chcę dostawać Tygodnik na ten adres").check();
        clickAndWait(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zapisz mnie")));
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("wysłaliśmy na niego wiadomość");

        String link = MailTestConfiguration.linkInLastMail(greenMail, email, "http://localhost/tygodnik/potwierdz");
        open(link.substring("http://localhost".length()));
        assertThat(page.locator("h1")).hasText("Potwierdź zapis na Tygodnik");
        clickAndWait(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Potwierdzam zapis")));
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Zapis potwierdzony");
        org.assertj.core.api.Assertions.assertThat(newsletter.isSubscribed(email)).isTrue();

        String token = newsletter.find(email).orElseThrow().unsubscribeToken();
        open("/tygodnik/wypisz?t=" + token);
        clickAndWait(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Wypisz mnie")));
        assertThat(page.getByRole(AriaRole.MAIN).getByRole(AriaRole.STATUS)).containsText("nie dostaje już Tygodnika");
        org.assertj.core.api.Assertions.assertThat(newsletter.isSubscribed(email)).isFalse();

        open("/tygodnik/potwierdz?t=nieznany");
        assertThat(page.locator("h1")).hasText("Link wygasł lub jest nieprawidłowy");
    }
}
