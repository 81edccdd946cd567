package pl.dobrepraktyki.exchange;

import java.time.LocalDate;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import pl.dobrepraktyki.accounts.Role;
import pl.dobrepraktyki.accounts.TestAccounts;
import pl.dobrepraktyki.catalog.Contact;
import pl.dobrepraktyki.catalog.PracticeSnapshot;
import pl.dobrepraktyki.catalog.TestFiles;
import pl.dobrepraktyki.support.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A moderator creates a group of rural gminas, adds units and a member, plans a meeting with a
 * study visit; officials register (the one over the limit waits and gets the place when someone
 * cancels); the moderator records attendance, uploads a presentation and links a practice; the
 * practice page shows the meeting and the report counts the participants. axe-core checks every page.
 */
class ExchangeBrowserTests extends BrowserTest {

    @Autowired
    ApplicationContext applicationContext;

    @Autowired
    GroupService groups;

    private Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    private Page.GetByLabelOptions exact() {
        return new Page.GetByLabelOptions().setExact(true);
    }

    private void logOut() {
        clickAndWait(page.getByRole(AriaRole.BUTTON, named("Wyloguj")));
    }

    @Test
    void moderatorRunsAGroupMeetingFromPlanningToTheReport() {
        String moderator = TestAccounts.active(applicationContext, Role.MODERATOR);
        String first = TestAccounts.activeOf(applicationContext, ExchangeFixtures.RURAL_A, Role.OFFICIAL);
        String second = TestAccounts.activeOf(applicationContext, ExchangeFixtures.RURAL_B, Role.OFFICIAL);
        String third = TestAccounts.activeOf(applicationContext, ExchangeFixtures.RURAL_A, Role.OFFICIAL);
        PracticeSnapshot practice = ExchangeFixtures.publishedPractice(applicationContext, ExchangeFixtures.RURAL_C,
                ExchangeFixtures.unique("Punkt obsługi inwestora"), new Contact("Anna Nowak", "Naczelniczka",
                        "anna.nowak@example.pl", null, false, null));
        String groupName = ExchangeFixtures.unique("GWD gmin wiejskich");
        String meetingTitle = "Spotkanie 1: obsługa inwestorów";
        LocalDate day = LocalDate.now().plusMonths(2);

        logIn(moderator);
        clickAndWait(page.getByRole(AriaRole.NAVIGATION, named("Menu główne"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Grupy")));
        clickAndWait(page.getByRole(AriaRole.LINK, named("Utwórz grupę")));
        page.getByLabel("Nazwa grupy").fill(groupName);
        page.getByLabel("Rodzaj grupy").selectOption("RURAL_GMINAS");
        page.getByLabel("Rozwój gospodarczy").check();
        page.getByLabel("Program lub projekt").selectOption("POKL_5_2");
        clickAndWait(page.getByRole(AriaRole.BUTTON, named("Zapisz")));
        assertThat(page.getByRole(AriaRole.HEADING, named(groupName).setLevel(1))).isVisible();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Utworzono grupę.");
        long groupId = Long.parseLong(page.url().replaceAll(".*/grupy/(\\d+).*", "$1"));

        for (String unit : new String[] { ExchangeFixtures.RURAL_A, ExchangeFixtures.RURAL_B }) {
            page.getByLabel("Kod TERYT jednostki", exact()).fill(unit);
            clickAndWait(page.getByRole(AriaRole.BUTTON, named("Dodaj jednostkę")));
        }
        assertThat(page.locator("#jednostki li")).hasCount(2);
        page.getByLabel("Adres e-mail", exact()).fill(first);
        page.getByLabel("Rola w grupie").fill("lider podgrupy");
        page.getByLabel("Osoba zgodziła się na pokazywanie jej danych kontaktowych zalogowanym użytkownikom").check();
        clickAndWait(page.getByRole(AriaRole.BUTTON, named("Dodaj osobę")));
        assertThat(page.locator("#osoby table")).containsText(first);

        clickAndWait(page.getByRole(AriaRole.LINK, named("Nowe spotkanie")));
        page.getByLabel("Tytuł spotkania").fill(meetingTitle);
        page.getByLabel("Dzień").fill(day.toString());
        page.getByLabel("Godzina rozpoczęcia").fill("10:00");
        page.getByLabel("Godzina zakończenia").fill("15:00");
        page.getByLabel("Kod TERYT jednostki gospodarza").fill(ExchangeFixtures.RURAL_A);
        page.getByLabel("Liczba miejsc").fill("2");
        page.getByLabel("Wizyty studyjne").fill("Gminne Centrum Obsługi Inwestora — jedno okienko dla firm");
        clickAndWait(page.getByRole(AriaRole.BUTTON, named("Zapisz")));
        assertThat(page.getByRole(AriaRole.HEADING, named(meetingTitle).setLevel(1))).isVisible();
        assertThat(page.locator("#wizyty")).containsText("Gminne Centrum Obsługi Inwestora");
        String meetingPath = page.url().replaceAll(".*(/spotkania/\\d+).*", "$1");
        logOut();

        for (String official : new String[] { first, second, third }) {
            logIn(official);
            open(meetingPath);
            clickAndWait(page.getByRole(AriaRole.BUTTON, named("Zapisuję się")));
            logOut();
        }
        logIn(third);
        open(meetingPath);
        assertThat(page.locator("#my-registration")).hasText("Jesteś na liście rezerwowej.");
        logOut();
        logIn(first);
        open(meetingPath);
        clickAndWait(page.getByRole(AriaRole.BUTTON, named("Rezygnuję z udziału")));
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Zrezygnowano z udziału.");
        logOut();
        logIn(third);
        open(meetingPath);
        assertThat(page.locator("#my-registration")).hasText("Jesteś zapisany(-a) na to spotkanie.");
        logOut();

        logIn(moderator);
        open(meetingPath);
        assertThat(page.locator("#zapisy")).containsText("Zajęte miejsca: 2 z 2.");
        page.locator("#obecnosc tr", new Page.LocatorOptions().setHasText(second)).getByRole(AriaRole.CHECKBOX).check();
        page.locator("#obecnosc tr", new Page.LocatorOptions().setHasText(third)).getByRole(AriaRole.CHECKBOX).check();
        clickAndWait(page.getByRole(AriaRole.BUTTON, named("Zapisz obecność")));
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Zapisano obecność.");

        page.getByLabel("Prezentacja lub dokument").setInputFiles(new FilePayload("prezentacja-inwestorzy.pdf",
                "application/pdf", TestFiles.pdf("Obsluga inwestora w gminie wiejskiej")));
        clickAndWait(page.getByRole(AriaRole.BUTTON, named("Dodaj materiał")));
        assertThat(page.locator("#materialy")).containsText("prezentacja-inwestorzy.pdf");

        page.getByLabel("Numer praktyki albo adres jej strony").fill("/praktyki/" + practice.practiceId());
        clickAndWait(page.getByRole(AriaRole.BUTTON, named("Dodaj praktykę")));
        assertThat(page.locator("#praktyki")).containsText(practice.content().title());

        clickAndWait(page.getByRole(AriaRole.LINK, named(practice.content().title())));
        assertThat(page.locator("#spotkania")).containsText(meetingTitle);
        clickAndWait(page.locator("#spotkania").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName(meetingTitle)));

        open("/grupy/" + groupId);
        clickAndWait(page.getByRole(AriaRole.LINK, named("Raport uczestnictwa")));
        assertThat(page.locator("#raport td.participants")).hasText("2");
        logOut();

        open("/grupy/" + groupId);
        assertThat(page.locator("#osoby")).not().containsText(first);
        open("/spotkania");
        assertThat(page.locator("main")).containsText(meetingTitle);
        assertThat(groups.group(groupId, null).memberCount()).isEqualTo(1);
    }
}
