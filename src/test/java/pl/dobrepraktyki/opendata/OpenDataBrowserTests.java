package pl.dobrepraktyki.opendata;

import java.time.LocalDate;
import java.time.ZoneId;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import pl.dobrepraktyki.support.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** A visitor finds the open data page in the footer, sees every download with its licence and downloads one. */
class OpenDataBrowserTests extends BrowserTest {

    @Autowired
    java.time.Clock clock;

    @Test
    void visitorFindsTheDownloadsWithTheirLicencesAndDownloadsTheRegister() {
        open("/");
        clickAndWait(page.getByRole(AriaRole.CONTENTINFO).getByRole(AriaRole.LINK,
                new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Otwarte dane")));
        assertThat(page.locator("h1")).hasText("Otwarte dane");
        for (String[] link : new String[][] { { "Praktyki (CSV)", "/dane/praktyki.csv" },
                { "Praktyki (JSON)", "/dane/praktyki.json" },
                { "Praktyki (JSON-LD, schema.org)", "/dane/praktyki.jsonld" },
                { "Rejestr jednostek (CSV)", "/dane/jst.csv" }, { "Wartości wskaźników (CSV)", "/dane/wskazniki.csv" } }) {
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(link[0]).setExact(true)))
                    .hasAttribute("href", link[1]);
        }
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Creative Commons Uznanie autorstwa 4.0 (CC BY 4.0)")))
                .hasAttribute("href", "https://creativecommons.org/licenses/by/4.0/");
        assertThat(page.locator("#licencja-gus")).hasText("Warunki danych publicznych GUS i GUGiK");
        assertThat(page.locator("main")).containsText("Źródło: GUS, TERYT");

        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Rejestr jednostek (CSV)")).click());
        String today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/Warsaw")).toString();
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).isEqualTo("jst-" + today + ".csv");
        org.assertj.core.api.Assertions.assertThat(download.failure()).isNull();
    }

    @Test
    void pageIsInEnglishToo() {
        open("/dane?lang=en");
        assertThat(page.locator("h1")).hasText("Open data");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Practices (CSV)")))
                .hasAttribute("href", "/dane/praktyki.csv");
    }
}
