package pl.dobrepraktyki.catalog.transfer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.json.JsonMapper;

import pl.dobrepraktyki.accounts.Role;
import pl.dobrepraktyki.accounts.TestAccounts;
import pl.dobrepraktyki.catalog.PracticeService;
import pl.dobrepraktyki.support.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** An administrator imports a file: a bad record is named and nothing is written; a good file goes in. */
class PracticeImportBrowserTests extends BrowserTest {

    @Autowired
    ApplicationContext applicationContext;

    @Autowired
    PracticeService practices;

    private Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    @Test
    void administratorSeesTheBadRecordThenImportsTheFixedFile(@TempDir Path dir) throws Exception {
        String admin = TestAccounts.active(applicationContext, Role.ADMIN);
        List<Map<String, Object>> records = PracticeTransferIntegrationTests.copies("ui", 30);
        records.get(7).put("section", "NIE_MA_TAKIEGO");
        Path bad = dir.resolve("stara-baza.json");
        Files.write(bad, JsonMapper.builder().build().writeValueAsBytes(records));
        long before = practices.count();

        logIn(admin);
        clickAndWait(page.getByRole(AriaRole.LINK, named("Administracja")));
        clickAndWait(page.getByRole(AriaRole.LINK, named("Import praktyk z pliku")));

        clickAndWait(page.getByRole(AriaRole.BUTTON, named("Sprawdź i zaimportuj")));
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Wybierz niepusty plik JSON");

        page.getByLabel("Plik JSON z praktykami").setInputFiles(bad);
        clickAndWait(page.getByRole(AriaRole.BUTTON, named("Sprawdź i zaimportuj")));
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Odrzucony – nic nie zapisano");
        assertThat(page.locator("table tbody tr")).hasCount(1);
        assertThat(page.locator("table tbody tr td").first()).hasText("7");
        assertThat(page.locator("table tbody tr code")).hasText("section");
        checkAccessibility();
        assertThat(practices.count()).isEqualTo(before);

        records.get(7).put("section", "USLUGI_SPOLECZNE");
        Path good = dir.resolve("stara-baza-poprawiona.json");
        Files.write(good, JsonMapper.builder().build().writeValueAsBytes(records));
        clickAndWait(page.getByRole(AriaRole.LINK, named("Wróć do importu praktyk")));
        page.getByLabel("Plik JSON z praktykami").setInputFiles(good);
        clickAndWait(page.getByRole(AriaRole.BUTTON, named("Sprawdź i zaimportuj")));
        // htmx follows the running import until it ends
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Zakończony",
                new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
        assertThat(page.locator(".notice")).containsText("nowych 30");
        checkAccessibility();
        assertThat(practices.count()).isEqualTo(before + 30);

        clickAndWait(page.getByRole(AriaRole.LINK, named("Wróć do importu praktyk")));
        assertThat(page.getByRole(AriaRole.LINK, named("stara-baza-poprawiona.json"))).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, named("stara-baza.json"))).isVisible();
    }
}
