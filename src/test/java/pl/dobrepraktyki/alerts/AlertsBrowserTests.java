package pl.dobrepraktyki.alerts;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import pl.dobrepraktyki.accounts.Role;
import pl.dobrepraktyki.accounts.TestAccounts;
import pl.dobrepraktyki.exchange.ExchangeFixtures;
import pl.dobrepraktyki.exchange.GroupService;
import pl.dobrepraktyki.support.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A signed-in official saves a search from the search page, finds it under "Obserwowane" (from the
 * header), and deletes it after confirming; an official follows an exchange group from its page and
 * stops following it. axe-core and the HTML checker check every page.
 */
class AlertsBrowserTests extends BrowserTest {

    @Autowired
    ApplicationContext applicationContext;

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    @Test
    void anOfficialSavesASearchSeesItUnderFollowingAndDeletesIt() {
        open("/szukaj?q=rower");
        assertThat(page.locator(".save-search-login")).containsText("aby zapisać to wyszukiwanie");

        String email = TestAccounts.active(applicationContext, Role.OFFICIAL);
        logIn(email);
        open("/szukaj?q=rower&dzial=USLUGI_SPOLECZNE");
        page.getByLabel("Nazwa wyszukiwania").fill("Rowery w usługach");
        page.getByLabel("Powiadomienia e-mail o nowych praktykach").selectOption("WEEKLY");
        clickAndWait(page.getByRole(AriaRole.BUTTON, named("Zapisz wyszukiwanie")));

        assertThat(page.locator("h1")).hasText("Obserwowane");
        assertThat(page.locator(".flash")).containsText("Zapisano wyszukiwanie");
        assertThat(page.locator("table.saved-searches tbody tr")).hasCount(1);
        assertThat(page.locator("table.saved-searches")).containsText("Rowery w usługach");
        assertThat(page.getByLabel("Powiadomienia e-mail: Rowery w usługach")).hasValue("WEEKLY");

        // the header leads here too
        open("/");
        clickAndWait(page.locator(".account-nav").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator
                .GetByRoleOptions().setName("Obserwowane")));
        clickAndWait(page.getByRole(AriaRole.LINK, named("Usuń: Rowery w usługach")));
        assertThat(page.locator("main")).containsText("Czy na pewno usunąć „Rowery w usługach”");
        clickAndWait(page.getByRole(AriaRole.BUTTON, named("Tak, usuń")));
        assertThat(page.locator(".flash")).containsText("Usunięto z obserwowanych");
        assertThat(page.locator("table.saved-searches")).hasCount(0);
    }

    @Test
    void anOfficialFollowsAGroupFromItsPageAndStopsFollowingItUnderFollowing() {
        String moderator = TestAccounts.active(applicationContext, Role.MODERATOR);
        long group = ExchangeFixtures.ruralGroup(applicationContext, moderator);
        String groupName = applicationContext.getBean(GroupService.class).group(group, null).name();

        open("/grupy/" + group);
        assertThat(page.locator(".follow-login")).containsText("aby obserwować tę grupę");
        assertThat(page.getByRole(AriaRole.BUTTON, named("Obserwuj grupę"))).hasCount(0);

        logIn(TestAccounts.active(applicationContext, Role.OFFICIAL));
        open("/grupy/" + group);
        clickAndWait(page.getByRole(AriaRole.BUTTON, named("Obserwuj grupę")));

        assertThat(page.locator("h1")).hasText("Obserwowane");
        assertThat(page.locator(".flash")).containsText("Obserwujesz grupę");
        assertThat(page.locator("table.saved-searches")).containsText("Grupa: " + groupName);
        assertThat(page.locator("table.saved-searches")).containsText("brak nowych spotkań");
        assertThat(page.getByLabel("Powiadomienia e-mail: Grupa: " + groupName)).hasValue("DAILY");

        open("/grupy/" + group);
        assertThat(page.locator(".follow-state")).containsText("Obserwujesz tę grupę");
        assertThat(page.getByRole(AriaRole.BUTTON, named("Obserwuj grupę"))).hasCount(0);
        clickAndWait(page.getByRole(AriaRole.LINK, named("Zmień częstotliwość lub przestań obserwować")));

        clickAndWait(page.getByRole(AriaRole.LINK, named("Usuń: Grupa: " + groupName)));
        clickAndWait(page.getByRole(AriaRole.BUTTON, named("Tak, usuń")));
        assertThat(page.locator(".flash")).containsText("Usunięto z obserwowanych");
        assertThat(page.locator("table.saved-searches")).hasCount(0);
    }
}
