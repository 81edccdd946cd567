package pl.dobrepraktyki.search;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import pl.dobrepraktyki.catalog.PracticeService;
import pl.dobrepraktyki.catalog.transfer.PracticeTransferService;
import pl.dobrepraktyki.support.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A visitor searches without Polish letters, narrows by facets, removes a filter and uses the map. */
class SearchBrowserTests extends BrowserTest {

    @Autowired
    PracticeTransferService transfer;

    @Autowired
    PracticeService practices;

    @Autowired
    SearchService search;

    private Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    @Test
    void aVisitorSearchesNarrowsAndUsesTheMap() throws Exception {
        JsonMapper json = JsonMapper.builder().build();
        List<Map<String, Object>> sample = json.readValue(Files.readString(Path.of("docs/import-sample.json")),
                new TypeReference<List<Map<String, Object>>>() { });
        List<Map<String, Object>> records = new ArrayList<>();
        String[][] units = { { "1261011", "USLUGI_SPOLECZNE" }, { "1207132", "DIALOG_SPOLECZNY" },
                { "1061011", "USLUGI_SPOLECZNE" } };
        for (int i = 0; i < units.length; i++) {
            Map<String, Object> r = new LinkedHashMap<>(sample.get(0));
            r.put("externalId", "browser-search-" + i);
            r.put("title", "Budżet obywatelski nr " + (i + 1) + " – jak zwiększyliśmy frekwencję ryjówkową");
            r.put("summary", "Frekwencja wśród ryjówek i chomików wzrosła dzięki głosowaniu w szkołach.");
            r.put("leadUnitTeryt", units[i][0]);
            r.put("section", units[i][1]);
            records.add(r);
        }
        transfer.importPractices(new ByteArrayInputStream(json.writeValueAsBytes(records)), "b.json", l -> { });
        long last = practices.findByExternalId("browser-search-2").orElseThrow().practiceId();
        await().atMost(Duration.ofSeconds(30)).until(() -> search.isIndexed(last));

        open("/");
        clickAndWait(page.getByRole(AriaRole.LINK, named("Szukaj")).first());
        // two words no other practice has, in another inflected form (a common word would add the
        // practices with only some of the words when fewer than ten have all of them)
        page.getByLabel("Czego szukasz?").fill("ryjówki chomiki");
        clickAndWait(page.locator("form[role=search] button[type=submit]"));
        assertThat(page.locator("#results-count")).hasText("Znaleziono 3 praktyki");
        assertThat(page.locator(".hit-snippet mark").first()).isVisible();

        clickAndWait(page.locator(".facet a", new Page.LocatorOptions().setHasText("małopolskie")));
        assertThat(page.locator("#results-count")).hasText("Znaleziono 2 praktyki");
        clickAndWait(page.locator(".facet a", new Page.LocatorOptions().setHasText("Usługi społeczne")));
        assertThat(page.locator("#results-count")).hasText("Znaleziono 1 praktykę");
        assertThat(page.locator(".hit h3")).hasText("Budżet obywatelski nr 1 – jak zwiększyliśmy frekwencję ryjówkową");
        clickAndWait(page.getByRole(AriaRole.LINK, named("Usuń filtr: Województwo – małopolskie")));
        assertThat(page.locator("#results-count")).hasText("Znaleziono 2 praktyki");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*dzial=USLUGI_SPOLECZNE.*"));

        // suggestions while typing, chosen with the keyboard
        open("/szukaj");
        page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Czego szukasz?"))
                .pressSequentially("ryjowk", new com.microsoft.playwright.Locator.PressSequentiallyOptions()
                        .setDelay(30));
        assertThat(page.getByRole(AriaRole.LISTBOX)).isVisible();
        assertThat(page.locator("#search-q")).hasAttribute("aria-expanded", "true");
        checkAccessibility();
        page.keyboard().press("ArrowDown");
        assertThat(page.getByRole(AriaRole.OPTION).first()).hasAttribute("aria-selected", "true");
        page.waitForNavigation(() -> page.keyboard().press("Enter"));
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/(praktyki/\\d+|szukaj\\?q=.*)$"));
        checkAccessibility();

        clickAndWait(page.getByRole(AriaRole.LINK, named("Mapa")).first());
        assertThat(page.locator("table tbody tr")).hasCount(16);
        clickAndWait(page.locator("svg a[aria-label^='łódzkie']"));
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/szukaj\\?wojewodztwo=10$"));
        assertThat(page.locator(".hit h3", new Page.LocatorOptions().setHasText("Budżet obywatelski nr 3")))
                .isVisible();
        assertThat(page.locator(".hit h3", new Page.LocatorOptions().setHasText("Budżet obywatelski nr 1")))
                .hasCount(0);
        open("/mapa?poziom=powiaty");
        assertThat(page.locator("figcaption")).containsText("OpenStreetMap");
        assertThat(page.locator("table tbody tr")).hasCount(380);
    }
}
