package pl.dobrepraktyki.strategy;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import pl.dobrepraktyki.accounts.Role;
import pl.dobrepraktyki.accounts.TestAccounts;
import pl.dobrepraktyki.support.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * An official of Bolesławiec records its strategy from the unit page, adds a goal with the population
 * indicator, sees a mistake named in Polish, and reads the strategy page with its chart and table. axe-core
 * checks every page.
 */
class StrategyBrowserTests extends BrowserTest {

    static final String UNIT = "0201011";

    @Autowired
    ApplicationContext applicationContext;

    @Autowired
    JdbcClient jdbc;

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    @Test
    void officialRecordsAGoalAndSeesItsProgress() {
        jdbc.sql("delete from strategy where teryt = ?").param(UNIT).update();
        String official = TestAccounts.activeOf(applicationContext, UNIT, Role.OFFICIAL);
        logIn(official);
        open("/jst/" + UNIT);
        clickAndWait(page.getByRole(AriaRole.LINK, named("Zapisz strategię rozwoju jednostki")));
        page.getByLabel("Tytuł strategii").fill("Strategia Bolesławca 2020–2030");
        page.getByLabel("Okres od roku").fill("2020");
        page.getByLabel("Okres do roku").fill("2030");
        page.getByLabel("Strategia publiczna (widoczna dla wszystkich)").check();
        clickAndWait(page.getByRole(AriaRole.BUTTON, named("Zapisz strategię")));
        assertThat(page.locator(".flash")).containsText("Zapisano strategię.");

        page.getByLabel("Nazwa celu strategicznego").fill("Miasto dla młodych rodzin");
        clickAndWait(page.getByRole(AriaRole.BUTTON, named("Dodaj cel")));

        page.getByLabel("Wskaźnik", new Page.GetByLabelOptions().setExact(true))
                .selectOption("LUDNOSC");
        page.getByLabel("Rok bazowy").fill("2020");
        page.getByLabel("Wartość bazowa").fill("38486");
        page.getByLabel("Rok docelowy").fill("2019");
        page.getByLabel("Wartość docelowa").fill("40000");
        clickAndWait(page.getByRole(AriaRole.BUTTON, named("Dodaj wskaźnik")));
        assertThat(page.locator(".error-summary")).containsText("Rok musi mieścić się w okresie strategii.");
        page.getByLabel("Rok docelowy").fill("2030");
        clickAndWait(page.getByRole(AriaRole.BUTTON, named("Dodaj wskaźnik")));
        assertThat(page.locator(".flash")).containsText("Dodano wskaźnik do celu.");

        // an operational goal under it, with its own indicator
        page.getByLabel("Nazwa celu strategicznego").fill("Więcej miejsc w żłobkach");
        page.getByLabel("Rodzaj celu").selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel("Cel operacyjny celu: Miasto dla młodych rodzin"));
        clickAndWait(page.getByRole(AriaRole.BUTTON, named("Dodaj cel")));
        assertThat(page.locator(".flash")).containsText("Dodano cel operacyjny.");
        page.getByLabel("Cel strategiczny lub operacyjny").selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel("– cel operacyjny: Więcej miejsc w żłobkach"));
        page.getByLabel("Wskaźnik", new Page.GetByLabelOptions().setExact(true)).selectOption("LUDNOSC");
        page.getByLabel("Rok bazowy").fill("2020");
        page.getByLabel("Wartość bazowa").fill("38486");
        page.getByLabel("Rok docelowy").fill("2030");
        page.getByLabel("Wartość docelowa").fill("37000");
        clickAndWait(page.getByRole(AriaRole.BUTTON, named("Dodaj wskaźnik")));
        assertThat(page.locator(".flash")).containsText("Dodano wskaźnik do celu.");

        clickAndWait(page.getByRole(AriaRole.LINK, named("Strategia rozwoju")).first());
        assertThat(page.locator("h1")).containsText("Strategia rozwoju");
        assertThat(page.locator("main h2").first()).containsText("Miasto dla młodych rodzin");
        assertThat(page.locator("figure.chart svg[role=img]")).hasCount(2);
        assertThat(page.locator(".strategy-goal .strategy-operational h3"))
                .hasText("Cel operacyjny 1.1: Więcej miejsc w żłobkach");
        assertThat(page.locator(".strategy-operational h4").first()).containsText("Ludność");
        assertThat(page.locator("table th[scope=row]").first()).containsText("2020");
        // 2024: 36,800 against a path of about 39,092: more than 5% away (the population has no direction)
        assertThat(page.locator(".strategy-goal > .strategy-status")).containsText("Cel zagrożony");
    }
}
