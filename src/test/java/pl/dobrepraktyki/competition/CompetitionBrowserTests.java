package pl.dobrepraktyki.competition;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import pl.dobrepraktyki.accounts.Role;
import pl.dobrepraktyki.accounts.TestAccounts;
import pl.dobrepraktyki.catalog.Award;
import pl.dobrepraktyki.catalog.PracticeService;
import pl.dobrepraktyki.catalog.PracticeStatus;
import pl.dobrepraktyki.localgov.SizeCategory;
import pl.dobrepraktyki.support.BrowserTest;
import pl.dobrepraktyki.support.TestClock;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole edition in the browser: the administrator creates it; officials of a rural gmina, a small
 * town, a city with county rights and a powiat apply (one more unit is too late and is refused); the
 * secretary accepts the entries and assigns two jury members; they score (the one from an applicant's
 * unit never sees that entry); the ranking follows the weighted scores; the laureate's practice is
 * published in the base with its award. axe-core checks every page.
 */
class CompetitionBrowserTests extends BrowserTest {

    private static final String EDITION = "Samorządowy Lider Zarządzania — edycja próbna";

    @Autowired
    ApplicationContext applicationContext;

    @Autowired
    TestClock clock;

    @Autowired
    CompetitionService competition;

    @Autowired
    PracticeService practices;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    private Page.GetByLabelOptions exact() {
        return new Page.GetByLabelOptions().setExact(true);
    }

    /** Another person at the same browser: the previous one's session is gone. */
    private void logInAfresh(String email) {
        context.clearCookies();
        logIn(email);
    }

    private long idInUrl() {
        String url = page.url().replaceAll("[?#].*", "");
        return Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
    }

    /** The official opens the call, fills the application and saves the draft; returns the entry id. */
    private long draft(long editionId, String title, String area) {
        open("/konkursy/" + editionId);
        clickAndWait(page.getByRole(AriaRole.LINK, named("Złóż zgłoszenie swojej jednostki")));
        page.getByLabel("Tytuł praktyki", exact()).fill(title);
        page.getByLabel("Streszczenie", exact()).fill("Krótko: " + title + ".");
        page.getByLabel("Dziedzina", exact()).selectOption(new SelectOption().setLabel(area));
        page.getByLabel("Typ praktyki", exact()).selectOption(new SelectOption().setLabel("Organizacyjna"));
        page.getByLabel("Data rozpoczęcia", exact()).fill("2023-03-01");
        page.getByLabel("Sytuacja przed wdrożeniem i powód działania", exact()).fill("Usługa była trudno dostępna.");
        page.getByLabel("Co jednostka chciała zmienić", exact()).fill("Dostęp dla wszystkich w rok.");
        page.getByLabel("Co zrobiono, krok po kroku, kto to zrobił", exact()).fill("Analiza, pilotaż, wdrożenie.");
        page.getByLabel("Koszt (zł)", exact()).fill("45 000,00");
        page.getByLabel("Wskaźnik", exact()).fill("Osoby objęte usługą");
        page.getByLabel("Wartość przed", exact()).fill("20");
        page.getByLabel("Wartość po", exact()).fill("160");
        page.getByLabel("Data pomiaru", exact()).fill("2024-12-31");
        page.getByLabel("Trudności, co się nie udało, co zrobilibyście inaczej", exact()).fill("Zaczęlibyśmy od pilotażu.");
        page.getByLabel("Warunki przeniesienia do innej jednostki", exact()).fill("Koordynator i porozumienie z partnerami.");
        page.getByLabel("Imię i nazwisko", exact()).fill("Anna Nowak");
        page.getByLabel("E-mail", exact()).fill("anna.nowak@example.pl");
        page.getByLabel("Jak ocenili to mieszkańcy?", exact()).fill("Ponad 80% ocen dobrych.");
        clickAndWait(page.getByRole(AriaRole.BUTTON, named("Zapisz szkic")));
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Zapisano szkic zgłoszenia.");
        return idInUrl();
    }

    private long apply(String official, long editionId, String title, String area) {
        logInAfresh(official);
        long entryId = draft(editionId, title, area);
        clickAndWait(page.getByRole(AriaRole.BUTTON, named("Wyślij zgłoszenie")));
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Zgłoszenie zostało wysłane.");
        assertThat(page.locator("main")).containsText("wysłane, czeka na ocenę formalną");
        return entryId;
    }

    private void score(String title, int... scores) {
        open("/jury");
        clickAndWait(page.getByRole(AriaRole.LINK, named(title)));
        List<String> criteria = List.of("Innowacyjność", "Skuteczność", "Efektywność", "Trwałość", "Replikowalność");
        for (int i = 0; i < scores.length; i++) {
            page.getByLabel("Ocena: " + criteria.get(i), exact()).fill(String.valueOf(scores[i]));
            page.getByLabel("Uzasadnienie: " + criteria.get(i), exact()).fill("Uzasadnienie oceny " + scores[i] + ".");
        }
        clickAndWait(page.getByRole(AriaRole.BUTTON, named("Prześlij ocenę (później nie można jej zmienić)")));
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Ocena została przesłana.");
    }

    @Test
    void aWholeEditionFromTheCallToTheLaureatesPracticeInTheBase() {
        String admin = TestAccounts.active(applicationContext, Role.ADMIN);
        String secretary = TestAccounts.active(applicationContext, Role.EDITOR);
        String rural = TestAccounts.activeOf(applicationContext, CompetitionFixtures.RURAL_ZGIERZ, Role.OFFICIAL);
        String otherRural = TestAccounts.activeOf(applicationContext, CompetitionFixtures.RURAL_OZORKOW, Role.OFFICIAL);
        String town = TestAccounts.activeOf(applicationContext, CompetitionFixtures.SMALL_TOWN_STRYKOW, Role.OFFICIAL);
        String city = TestAccounts.activeOf(applicationContext, CompetitionFixtures.CITY_LODZ, Role.OFFICIAL);
        String county = TestAccounts.activeOf(applicationContext, CompetitionFixtures.COUNTY_ZGIERSKI, Role.OFFICIAL);
        String late = TestAccounts.activeOf(applicationContext, "1020021", Role.OFFICIAL);
        String jurorFromZgierz = TestAccounts.activeOf(applicationContext, CompetitionFixtures.RURAL_ZGIERZ,
                Role.JURY_MEMBER);
        String jurorFromWarsaw = TestAccounts.activeOf(applicationContext, "1465011", Role.JURY_MEMBER);

        // the administrator creates the edition (innowacyjność weighs twice as much)
        logInAfresh(admin);
        open("/admin/konkursy");
        clickAndWait(page.getByRole(AriaRole.LINK, named("Nowa edycja")));
        DateTimeFormatter minutes = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
        LocalDateTime now = LocalDateTime.now(clock.withZone(EditionSpec.ZONE));
        page.getByLabel("Nazwa edycji", exact()).fill(EDITION);
        page.getByLabel("Rok", exact()).fill(String.valueOf(now.getYear()));
        page.getByLabel("Temat edycji", exact()).fill("Usługi społeczne w samorządach");
        page.getByLabel("Początek naboru", exact()).fill(now.minusDays(1).format(minutes));
        page.getByLabel("Koniec naboru", exact()).fill(now.plusDays(1).format(minutes));
        page.getByLabel("Waga kryterium", exact()).first().fill("2");
        page.getByLabel("Pytania konkursowe", exact()).fill("Jak ocenili to mieszkańcy?");
        clickAndWait(page.getByRole(AriaRole.BUTTON, named("Utwórz edycję")));
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Edycja została utworzona.");
        long editionId = idInUrl();

        // officials of four kinds of units apply; a fifth saves a draft and is too late
        long zgierz = apply(rural, editionId, "Wiejskie kluby seniora w sołectwach", "Pomoc społeczna");
        long ozorkow = apply(otherRural, editionId, "Transport do lekarza dla seniorów", "Ochrona zdrowia");
        apply(town, editionId, "Szkoła otwarta po lekcjach", "Oświata");
        apply(city, editionId, "Miejska karta sportowa", "Sport i rekreacja");
        apply(county, editionId, "Powiatowe centrum usług opiekuńczych", "Pomoc społeczna");
        logInAfresh(late);
        long lateEntry = draft(editionId, "Biblioteka z dostawą do domu", "Kultura");
        clock.advance(Duration.ofDays(2));
        clickAndWait(page.getByRole(AriaRole.BUTTON, named("Wyślij zgłoszenie")));
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Termin składania zgłoszeń minął");
        assertThat(competition.ownEntry(lateEntry, late).getStatus()).isEqualTo(EntryStatus.DRAFT);
        open("/konkursy/moje-zgloszenia");
        assertThat(page.locator("main table")).containsText("szkic");

        // the secretary accepts the five entries and assigns the jury
        logInAfresh(secretary);
        open("/admin/konkursy/" + editionId);
        for (String title : List.of("Wiejskie kluby seniora w sołectwach", "Transport do lekarza dla seniorów",
                "Szkoła otwarta po lekcjach", "Miejska karta sportowa", "Powiatowe centrum usług opiekuńczych")) {
            clickAndWait(page.locator("#zgloszenia").getByRole(AriaRole.LINK,
                    new Locator.GetByRoleOptions().setName(title)));
            clickAndWait(page.getByRole(AriaRole.BUTTON, named("Przyjmij formalnie")));
            assertThat(page.getByRole(AriaRole.STATUS)).hasText("Zgłoszenie przyjęto formalnie.");
            open("/admin/konkursy/" + editionId);
        }
        assertThat(page.locator("#zgloszenia")).not().containsText("Biblioteka z dostawą do domu");
        for (String juror : List.of(jurorFromZgierz, jurorFromWarsaw)) {
            page.getByLabel("E-mail członka jury").fill(juror);
            for (SizeCategory category : SizeCategory.values()) {
                page.locator("#jury-" + category).check();
            }
            clickAndWait(page.getByRole(AriaRole.BUTTON, named("Przydziel do jury")));
            assertThat(page.getByRole(AriaRole.STATUS)).hasText("Przydzielono członka jury.");
        }

        // the jury member from Zgierz never sees Zgierz's entry
        logInAfresh(jurorFromZgierz);
        open("/jury");
        assertThat(page.locator("main table")).not().containsText("Wiejskie kluby seniora w sołectwach");
        assertThat(page.locator("main table")).containsText("Transport do lekarza dla seniorów");
        score("Transport do lekarza dla seniorów", 1, 4, 4, 4, 4);
        score("Szkoła otwarta po lekcjach", 4, 4, 4, 4, 4);
        score("Miejska karta sportowa", 4, 4, 4, 4, 4);
        score("Powiatowe centrum usług opiekuńczych", 4, 4, 4, 4, 4);
        assertThat(page.locator("#ocena")).containsText("nie można jej już zmienić");
        page.navigate(url("/jury/zgloszenia/" + zgierz));
        checkAccessibility();
        assertThat(page.getByRole(AriaRole.HEADING, named("Nie znaleziono strony"))).isVisible();

        logInAfresh(jurorFromWarsaw);
        // weighted: Zgierz (2*5+2+2+2+2)/6 = 3.00 beats Ozorków ((2*1+16)/6 + (2*1+12)/6)/2 = 2.67,
        // although the plain averages say the opposite (2.6 against 3.0)
        score("Wiejskie kluby seniora w sołectwach", 5, 2, 2, 2, 2);
        score("Transport do lekarza dla seniorów", 1, 3, 3, 3, 3);
        score("Szkoła otwarta po lekcjach", 3, 3, 3, 3, 3);
        score("Miejska karta sportowa", 5, 5, 5, 5, 5);
        score("Powiatowe centrum usług opiekuńczych", 4, 4, 4, 4, 5);

        // the secretary reads the ranking, marks the laureate and publishes the results
        logInAfresh(secretary);
        open("/admin/konkursy/" + editionId);
        Locator ranking = page.locator("#tabela-RURAL tbody tr");
        assertThat(ranking.nth(0)).containsText("Wiejskie kluby seniora w sołectwach");
        assertThat(ranking.nth(0)).containsText("3.00");
        assertThat(ranking.nth(1)).containsText("Transport do lekarza dla seniorów");
        assertThat(ranking.nth(1)).containsText("2.67");
        assertThat(page.locator("#postep")).containsText("3 z 3 (100 %)");
        clickAndWait(ranking.nth(0).getByRole(AriaRole.LINK));
        page.getByLabel("Nagroda w konkursie").selectOption(new SelectOption().setLabel("laureat"));
        clickAndWait(page.getByRole(AriaRole.BUTTON, named("Zapisz nagrodę")));
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Zapisano nagrodę.");
        open("/admin/konkursy/" + editionId);
        clickAndWait(page.getByRole(AriaRole.BUTTON, named("Ogłoś wyniki")));
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Wyniki ogłoszono.");

        // an editor checks the laureate's practice and publishes it
        open("/redakcja");
        clickAndWait(page.getByRole(AriaRole.LINK, named("Wiejskie kluby seniora w sołectwach")));
        clickAndWait(page.getByRole(AriaRole.BUTTON, named("Opublikuj")));
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Praktyka została opublikowana.");
        long practiceId = competition.ownEntry(zgierz, rural).getPracticeId();
        assertThat(practices.findPublished(practiceId).orElseThrow().award().award()).isEqualTo(Award.LAUREATE);
        assertThat(practices.findPublished(practiceId).orElseThrow().status()).isEqualTo(PracticeStatus.PUBLISHED);

        // everyone sees the results and the practice with its award
        context.clearCookies();
        open("/konkursy/" + editionId);
        assertThat(page.locator("#kategoria-RURAL")).containsText("Laureaci");
        clickAndWait(page.locator("#kategoria-RURAL").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Wiejskie kluby seniora w sołectwach")));
        assertThat(page.locator("#nagroda")).containsText("Laureat");
        assertThat(page.locator("#nagroda")).containsText(EDITION);
        assertThat(page.locator("#provenance")).containsText("Konkurs (Samorządowy Lider Zarządzania)");
        open("/konkursy");
        assertThat(page.locator("main table")).containsText(EDITION);
    }
}
