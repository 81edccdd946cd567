package pl.dobrepraktyki.catalog.web;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;

import pl.dobrepraktyki.accounts.Role;
import pl.dobrepraktyki.accounts.TestAccounts;
import pl.dobrepraktyki.catalog.PracticeContents;
import pl.dobrepraktyki.catalog.PracticeService;
import pl.dobrepraktyki.support.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** A file over the size limit is stopped before the container parses it; the edit page says why in Polish. */
@TestPropertySource(properties = "bdp.attachments.max-size=64KB")
class AttachmentLimitBrowserTests extends BrowserTest {

    @Autowired
    ApplicationContext applicationContext;

    @Autowired
    PracticeService practices;

    @Test
    void aTooLargeFileIsAnsweredWithAPolishMessageAndAWayBack() {
        String official = TestAccounts.active(applicationContext, Role.OFFICIAL);
        long id = practices.createDraft(PracticeContents.complete().build(), official).practiceId();
        logIn(official);
        open("/praktyki/" + id + "/edycja");
        page.getByLabel("Plik", new Page.GetByLabelOptions().setExact(true))
                .setInputFiles(new FilePayload("duzy.pdf", "application/pdf", new byte[200 * 1024]));
        Page result = clickAndWait(page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Dodaj załącznik")));
        assertThat(result.getByRole(AriaRole.ALERT)).containsText("Plik jest za duży");
        assertThat(result.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Edycja");
        assertThat(result.locator("#zalaczniki li")).hasCount(0);
    }
}
