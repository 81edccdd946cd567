package pl.dobrepraktyki.localgov.web;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.api.Test;

import pl.dobrepraktyki.support.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** A visitor browses and searches the units; every page passes the axe-core WCAG 2.1 AA check. */
class UnitPagesBrowserTests extends BrowserTest {

    @Test
    void browsesFromVoivodeshipThroughCountyToGmina() {
        open("/jst");
        clickAndWait(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("województwo dolnośląskie")));
        assertThat(page.locator("h1")).hasText("województwo dolnośląskie");

        clickAndWait(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("powiat bolesławiecki")));
        assertThat(page.locator("h1")).hasText("powiat bolesławiecki");

        clickAndWait(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("gmina Bolesławiec")));
        assertThat(page.locator("h1")).hasText("gmina Bolesławiec");
        assertThat(page.locator("nav.breadcrumb")).containsText("powiat bolesławiecki");
    }

    @Test
    void findsLodzWithoutPolishLettersAndOpensItsPage() {
        open("/jst?q=lodz");
        clickAndWait(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Łódź").setExact(true)));

        assertThat(page.locator("h1")).hasText("Łódź");
        assertThat(page.locator("dl.facts")).containsText("645");
    }

    @Test
    void searchesAsYouTypeWithHtmx() {
        open("/jst");
        page.getByLabel("Nazwa jednostki").fill("zory");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Szukaj")).click();

        assertThat(page.locator("#unit-results")).containsText("Żory");
        checkAccessibility();
    }

    @Test
    void showsAUnitWithoutPopulationData() {
        open("/jst/2002162");

        assertThat(page.locator("dl.facts")).containsText("brak danych");
    }
}
