package pl.dobrepraktyki.catalog.web;

import java.io.IOException;
import java.io.InputStream;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import pl.dobrepraktyki.accounts.Role;
import pl.dobrepraktyki.accounts.TestAccounts;
import pl.dobrepraktyki.catalog.PracticeContents;
import pl.dobrepraktyki.catalog.PracticeService;
import pl.dobrepraktyki.support.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Hostile file names through the real servlet container (not MockMvc): the container parses the part
 * headers itself, so a 10,000-character name must get as far as the application's check and be
 * answered with the Polish message, not with an error page.
 */
class UploadAttackNamesBrowserTests extends BrowserTest {

    @Autowired
    ApplicationContext applicationContext;

    @Autowired
    PracticeService practices;

    @Test
    void hostileNamesAreRefusedWithPolishMessagesThroughTheRealServer() throws IOException {
        String official = TestAccounts.active(applicationContext, Role.OFFICIAL);
        long id = practices.createDraft(PracticeContents.complete().build(), official).practiceId();
        logIn(official);
        byte[] pdf;
        try (InputStream in = getClass().getResourceAsStream("/attacks/valid.pdf")) {
            pdf = in.readAllBytes();
        }

        upload(id, "a".repeat(9_996) + ".pdf", pdf, "Nazwa pliku jest za długa");
        upload(id, "ąęśćżźół".repeat(1_250) + ".pdf", pdf, "Nazwa pliku jest za długa");
        upload(id, "a\u202Efdp.exe", pdf, "Nazwa pliku zawiera niedozwolone znaki");
        upload(id, "raport.docx", pdf, "Rozszerzenie nazwy pliku nie zgadza się");
    }

    private void upload(long id, String name, byte[] content, String message) {
        open("/praktyki/" + id + "/edycja");
        page.getByLabel("Plik", new Page.GetByLabelOptions().setExact(true))
                .setInputFiles(new FilePayload(name, "application/pdf", content));
        Page result = clickAndWait(page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Dodaj załącznik")));
        assertThat(result.getByRole(AriaRole.ALERT)).containsText(message);
        assertThat(result.locator("#zalaczniki li")).hasCount(0);
    }
}
