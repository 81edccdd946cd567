package pl.dobrepraktyki.statistics;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import pl.dobrepraktyki.accounts.Role;
import pl.dobrepraktyki.accounts.TestAccounts;
import pl.dobrepraktyki.support.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor finds a unit, reads its state report, its peer group, one comparison and an indicator's
 * maps; an administrator imports a file with a bad line, then a good one. axe-core checks every page
 * (WCAG 2.1 A/AA), and every chart has its data table on the same page.
 */
class StatisticsBrowserTests extends BrowserTest {

    @Autowired
    ApplicationContext applicationContext;

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    @Test
    void visitorComparesAUnitWithItsPeerGroup() {
        open("/");
        clickAndWait(page.getByRole(AriaRole.LINK, named("Statystyki")).first());
        page.getByLabel("Nazwa jednostki").fill("lodz");
        clickAndWait(page.locator("main button[type=submit]"));
        clickAndWait(page.getByRole(AriaRole.LINK, named("Łódź").setExact(true)));
        assertThat(page.locator("h1")).containsText("Raport o stanie");
        assertThat(page.locator(".peer-group")).containsText("miasta na prawach powiatu");
        assertThat(page.locator("table tbody tr").first()).isVisible();

        clickAndWait(page.getByRole(AriaRole.LINK, named("Zobacz jednostki grupy")));
        assertThat(page.locator("table tbody tr")).hasCount(9);
        page.goBack();
        checkAccessibility();

        clickAndWait(page.getByRole(AriaRole.LINK, named("Ludność (stan na 31 grudnia)")));
        Locator charts = page.locator("figure.chart svg[role=img]");
        assertThat(charts).hasCount(2);
        // each chart is followed by the table of its data
        assertThat(page.locator("#line-heading ~ .table-wrap table")).hasCount(1);
        assertThat(page.locator("#distribution-heading ~ details table")).hasCount(1);
        assertThat(page.locator("dl.facts")).containsText("4 z 9");
        page.locator("details summary").click();
        checkAccessibility();
        assertThat(page.getByRole(AriaRole.LINK, named("Pobierz dane (CSV)"))).isVisible();

        open("/statystyki/wskazniki/LUDNOSC");
        assertThat(page.locator("figure.map > div > svg")).hasCount(1);
        assertThat(page.locator(".map-table table tbody tr")).hasCount(16);
        page.getByLabel("Poziom mapy").selectOption("gminy");
        clickAndWait(page.getByRole(AriaRole.BUTTON, named("Pokaż")));
        assertThat(page.locator(".map-table table tbody tr")).hasCount(2477);
        open("/statystyki/wskazniki/PRZYROST_1000?poziom=powiaty");
        assertThat(page.locator(".map-table table tbody tr")).hasCount(380);

        open("/jst/0614053");
        assertThat(page.locator("#peer-group-heading")).isVisible();
        clickAndWait(page.getByRole(AriaRole.LINK, named("Raport o stanie: wszystkie wskaźniki jednostki na tle grupy")));
        assertThat(page.locator("h1")).containsText("Końskowola");
    }

    @Test
    void administratorImportsAFileAfterTheBadLineIsNamed(@TempDir Path dir) throws Exception {
        String admin = TestAccounts.active(applicationContext, Role.ADMIN);
        Path definitions = dir.resolve("wskazniki.csv");
        Files.writeString(definitions, """
                indicator;name_pl;name_en;unit;area;source;polarity;decimals;formula;description
                UI_WYDATKI_KULTURA;Wydatki na kulturę;Spending on culture;zł;KULTURA;MF;HIGHER_BETTER;0;;
                UI_WYDATKI_KULTURA_PC;Wydatki na kulturę na mieszkańca;Spending on culture per capita;zł/mieszk.;KULTURA;MF;HIGHER_BETTER;2;UI_WYDATKI_KULTURA / LUDNOSC;
                """, StandardCharsets.UTF_8);
        Path bad = dir.resolve("wydatki.csv");
        Files.writeString(bad, "teryt;indicator;year;value\n1061011;UI_WYDATKI_KULTURA;2024;100000000\n"
                + "1261011;UI_WYDATKI_KULTURA;2024;sto\n", StandardCharsets.UTF_8);

        logIn(admin);
        clickAndWait(page.getByRole(AriaRole.LINK, named("Administracja")));
        clickAndWait(page.getByRole(AriaRole.LINK, named("Import statystyk")));

        clickAndWait(page.getByRole(AriaRole.BUTTON, named("Importuj")));
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Wybierz plik");

        page.getByLabel("Plik CSV").setInputFiles(definitions);
        clickAndWait(page.getByRole(AriaRole.BUTTON, named("Importuj")));
        waitFor("Zakończony");
        clickAndWait(page.getByRole(AriaRole.LINK, named("Wróć do importu statystyk")));

        page.getByLabel("Plik CSV").setInputFiles(bad);
        clickAndWait(page.getByRole(AriaRole.BUTTON, named("Importuj")));
        waitFor("Odrzucony");
        assertThat(page.locator("table tbody tr")).hasCount(1);
        assertThat(page.locator("table tbody tr td").first()).hasText("3");
        checkAccessibility();

        Files.writeString(bad, "teryt;indicator;year;value\n1061011;UI_WYDATKI_KULTURA;2024;100000000\n"
                + "1261011;UI_WYDATKI_KULTURA;2024;150000000\n", StandardCharsets.UTF_8);
        clickAndWait(page.getByRole(AriaRole.LINK, named("Wróć do importu statystyk")));
        page.getByLabel("Plik CSV").setInputFiles(bad);
        clickAndWait(page.getByRole(AriaRole.BUTTON, named("Importuj")));
        waitFor("Zakończony");
        assertThat(page.locator(".notice")).containsText("zapisano 2");

        open("/statystyki/jst/1061011/UI_WYDATKI_KULTURA_PC");
        assertThat(page.locator("dl.facts")).containsText("154,87");
    }

    @Test
    void officialSavesAGroupComparesWithItAndDownloadsAChartAsPng() throws Exception {
        String official = TestAccounts.active(applicationContext, Role.OFFICIAL);
        logIn(official);

        // an ad hoc custom group (Kraków, Warszawa) saved under a name from the comparison page
        open("/statystyki/jst/1061011/LUDNOSC?grupa=1261011,1465011");
        assertThat(page.locator(".peer-group")).containsText("Własna grupa porównawcza, liczba jednostek: 3.");
        page.getByLabel("Nazwa tej grupy").fill("Największe miasta");
        clickAndWait(page.getByRole(AriaRole.BUTTON, named("Zapisz tę grupę")));
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Zapisano grupę porównawczą.");
        assertThat(page.locator("table tbody tr")).hasCount(1);
        assertThat(page.locator("table tbody tr th")).hasText("Największe miasta");

        // bad input: the message is shown and what was typed stays
        page.getByLabel("Kody TERYT jednostek").fill("1061011, 9999999");
        clickAndWait(page.getByRole(AriaRole.BUTTON, named("Zapisz grupę")));
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Podaj nazwę grupy.");
        page.getByLabel("Nazwa grupy").fill("Błędna");
        clickAndWait(page.getByRole(AriaRole.BUTTON, named("Zapisz grupę")));
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Nieznane kody TERYT: 9999999.");
        assertThat(page.getByLabel("Kody TERYT jednostek")).hasValue("1061011, 9999999");
        assertThat(page.locator("table tbody tr")).hasCount(1);

        // choosing the saved group on the default comparison compares with exactly its units
        open("/statystyki/jst/1061011/LUDNOSC");
        assertThat(page.locator("dl.facts")).containsText("4 z 9");
        clickAndWait(page.getByRole(AriaRole.LINK, named("Porównaj z grupą „Największe miasta” (2 jedn.)")));
        assertThat(page.locator(".peer-group")).containsText("Własna grupa porównawcza, liczba jednostek: 3.");
        assertThat(page.locator("dl.facts")).containsText("3 z 3"); // Warszawa, Kraków, Łódź
        clickAndWait(page.getByRole(AriaRole.LINK, named("Zobacz jednostki grupy")));
        assertThat(page.locator("table tbody tr td:nth-child(2)")).containsText(new String[] { "1261011", "1061011", "1465011" });
        page.goBack();
        checkAccessibility();

        // PNG of the line chart, drawn in the browser from the SVG
        Locator png = page.getByRole(AriaRole.BUTTON, named("Pobierz wykres (PNG)"));
        assertThat(png).hasCount(2);
        com.microsoft.playwright.Download download = page.waitForDownload(() -> png.first().click());
        assertThat(download.suggestedFilename()).isEqualTo("1061011-LUDNOSC-lata.png");
        byte[] bytes = Files.readAllBytes(download.path());
        assertThat(bytes.length).isGreaterThan(1000);
        assertThat(java.util.Arrays.copyOf(bytes, 8)).isEqualTo(new byte[] { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10 });
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(download.path().toFile());
        assertThat(image.getWidth()).isGreaterThan(400);

        // delete it: "my groups" is empty again
        open("/statystyki/moje-grupy");
        clickAndWait(page.getByRole(AriaRole.BUTTON, named("Usuń grupę Największe miasta")));
        assertThat(page.getByText("Nie masz zapisanych grup porównawczych.")).isVisible();
    }

    private void waitFor(String state) {
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText(state,
                new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
        checkAccessibility();
    }
}
