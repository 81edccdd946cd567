package pl.dobrepraktyki.news;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import pl.dobrepraktyki.accounts.Role;
import pl.dobrepraktyki.accounts.TestAccounts;
import pl.dobrepraktyki.support.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * An editor writes a news item in the editors' desk, sees a missing field named, saves the draft, publishes it,
 * and the public finds it on /aktualnosci, its page and the home page; once in Polish and once in English.
 * axe-core and the HTML checker check every page.
 */
class NewsBrowserTests extends BrowserTest {

    @Autowired
    ApplicationContext applicationContext;

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    private static Page.GetByLabelOptions exact() {
        return new Page.GetByLabelOptions().setExact(true);
    }

    @Test
    void anEditorPublishesANewsItemAndThePublicSeesIt() {
        String title = NewsFixtures.unique("Spotkanie sieci bibliotek gminnych");
        logIn(TestAccounts.active(applicationContext, Role.EDITOR));
        open("/redakcja/tresci");
        clickAndWait(page.getByRole(AriaRole.LINK, named("Nowa treść")));
        page.getByLabel("Rodzaj treści").selectOption("NEWS");
        page.getByLabel("Zajawka", exact()).fill("Bibliotekarze z dwunastu gmin wymienili się pomysłami.");
        clickAndWait(page.getByRole(AriaRole.BUTTON, named("Zapisz szkic")));
        assertThat(page.locator(".error-summary")).containsText("Wpisz tytuł.");

        page.getByLabel("Tytuł", exact()).fill(title);
        page.getByLabel("Treść", exact()).fill("Spotkanie odbyło się w **Legnicy**.");
        clickAndWait(page.getByRole(AriaRole.BUTTON, named("Zapisz szkic")));
        assertThat(page.locator(".flash")).containsText("Zapisano szkic.");
        assertThat(page.locator("main")).containsText("szkic");

        clickAndWait(page.getByRole(AriaRole.BUTTON, named("Opublikuj")));
        assertThat(page.locator(".flash")).containsText("Opublikowano.");

        page.context().clearCookies();
        open("/aktualnosci");
        clickAndWait(page.getByRole(AriaRole.LINK, named(title)));
        assertThat(page.locator("h1")).hasText(title);
        assertThat(page.locator(".markdown strong")).hasText("Legnicy");
        open("/");
        assertThat(page.locator(".home-news")).containsText(title);
        clickAndWait(page.getByRole(AriaRole.LINK, named("Wszystkie aktualności")));
        assertThat(page.locator("main")).containsText(title);

        // the search finds it under its own kind of content, and lists that kind alone
        String suffix = title.substring(title.lastIndexOf(' ') + 1);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).untilAsserted(() -> {
            open("/szukaj?q=biblioteki+gminne+" + suffix);
            assertThat(page.locator("nav.content-kinds")).containsText("Aktualności (1)");
        });
        clickAndWait(page.locator("nav.content-kinds a", new Page.LocatorOptions().setHasText("Aktualności")));
        assertThat(page.locator("#results-count")).hasText("Aktualności: znaleziono 1");
        assertThat(page.locator(".search-results .hit h3")).hasText(title);
        checkAccessibility();
        clickAndWait(page.getByRole(AriaRole.LINK, named(title)));
        assertThat(page.locator("h1")).hasText(title);
    }

    @Test
    void inEnglishTheDeskAndThePublicPagesSpeakEnglish() {
        String title = NewsFixtures.unique("Guide to describing a practice");
        logIn(TestAccounts.active(applicationContext, Role.EDITOR));
        open("/redakcja/tresci/nowa?lang=en");
        page.getByLabel("Kind of content").selectOption("PUBLICATION");
        page.getByLabel("Title", exact()).fill(title);
        page.getByLabel("Lead", exact()).fill("A short guide for officials.");
        clickAndWait(page.getByRole(AriaRole.BUTTON, named("Save draft")));
        assertThat(page.locator(".flash")).containsText("Draft saved.");
        clickAndWait(page.getByRole(AriaRole.BUTTON, named("Publish")));
        assertThat(page.locator(".flash")).containsText("Published.");
        open("/publikacje");
        assertThat(page.locator("h1")).hasText("Publications");
        clickAndWait(page.getByRole(AriaRole.LINK, named(title)));
        assertThat(page.locator(".meta")).containsText("Published");
    }
}
