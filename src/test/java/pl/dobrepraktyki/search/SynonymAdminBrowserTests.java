package pl.dobrepraktyki.search;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import pl.dobrepraktyki.accounts.Role;
import pl.dobrepraktyki.accounts.TestAccounts;
import pl.dobrepraktyki.support.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** An editor adds, changes and deletes a synonym group; every page passes axe-core. */
class SynonymAdminBrowserTests extends BrowserTest {

    @Autowired
    ApplicationContext applicationContext;

    private Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    @Test
    void anEditorAddsChangesAndDeletesASynonymGroup() {
        logIn(TestAccounts.active(applicationContext, Role.EDITOR));

        open("/redakcja");
        clickAndWait(page.getByRole(AriaRole.LINK, named("Synonimy wyszukiwania")));
        page.getByLabel("Wyrażenia").fill("rudzik");
        clickAndWait(page.getByRole(AriaRole.BUTTON, named("Dodaj grupę")));
        assertThat(page.locator("main")).containsText("Grupa musi mieć co najmniej 2 różne wyrażenia");
        assertThat(page.getByLabel("Wyrażenia")).hasValue("rudzik");

        page.getByLabel("Wyrażenia").fill("rudzik, rudzikowy program");
        clickAndWait(page.getByRole(AriaRole.BUTTON, named("Dodaj grupę")));
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Dodano grupę synonimów");
        Locator row = page.locator("tr").filter(new Locator.FilterOptions().setHasText("rudzikowy program"));

        clickAndWait(row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Zmień")));
        page.getByLabel("Wyrażenia").fill("rudzik, rudzikowy program, program rudzikowy");
        clickAndWait(page.getByRole(AriaRole.BUTTON, named("Zapisz grupę")));
        assertThat(page.locator("main")).containsText("rudzik, rudzikowy program, program rudzikowy");

        clickAndWait(row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Usuń")));
        clickAndWait(page.getByRole(AriaRole.BUTTON, named("Usuń grupę")));
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Usunięto grupę synonimów");
        assertThat(page.locator("section[aria-labelledby=groups-heading]")).not().containsText("rudzikowy program");
        assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Ostatnio usunięte grupy")))
                .containsText("rudzik, rudzikowy program, program rudzikowy");
    }
}
