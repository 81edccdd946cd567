package pl.dobrepraktyki.catalog.web;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import pl.dobrepraktyki.accounts.Role;
import pl.dobrepraktyki.accounts.TestAccounts;
import pl.dobrepraktyki.catalog.PracticeService;
import pl.dobrepraktyki.catalog.PracticeStatus;
import pl.dobrepraktyki.catalog.TestFiles;
import pl.dobrepraktyki.support.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole life of a practice in the browser: an official describes it in every part, attaches a PDF
 * and sends it to the editors; the editor asks for a change, the official fixes it and sends it again,
 * the editor publishes; a visitor reads it and an official of another unit records an adoption.
 */
class PracticeLifeBrowserTests extends BrowserTest {

    @Autowired
    ApplicationContext applicationContext;

    @Autowired
    PracticeService practices;

    private void logOut() {
        context.clearCookies();
    }

    private Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    private void fill(String id, String value) {
        page.locator("[id='" + id + "']").fill(value);
    }

    @Test
    void anOfficialDescribesAPracticeAVisitorReadsItAndAnotherUnitAdoptsIt() {
        String official = TestAccounts.active(applicationContext, Role.OFFICIAL);
        String editor = TestAccounts.active(applicationContext, Role.EDITOR);
        String krakow = TestAccounts.activeOf(applicationContext, "1261011", Role.OFFICIAL);

        logIn(official);
        clickAndWait(page.getByRole(AriaRole.LINK, named("Praktyki mojej jednostki")));
        clickAndWait(page.getByRole(AriaRole.LINK, named("Opisz nową praktykę")));
        // 1. identity
        page.getByLabel("Tytuł praktyki").fill("Budżet obywatelski dla seniorów z dzielnic");
        page.getByLabel("Streszczenie").fill("Seniorzy sami wybierają projekty finansowane z budżetu miasta.");
        page.getByLabel("Dział bazy").selectOption("DIALOG_SPOLECZNY");
        page.locator("#areas-PARTYCYPACJA").check();
        page.locator("#types-SPOLECZNA").check();
        page.getByLabel("Słowa kluczowe").fill("seniorzy, budżet obywatelski");
        page.getByLabel("Jednostki partnerskie").fill("1061");
        page.getByLabel("Organizacje partnerskie").fill("Stowarzyszenie Aktywni Seniorzy");
        page.getByLabel("Rok rozpoczęcia").fill("2022");
        page.getByLabel("Data rozpoczęcia").fill("2022-03-01");
        page.getByLabel("Praktyka trwa nadal").check();
        page.getByLabel("Źródło praktyki").selectOption("ZGLOSZENIE_WLASNE");
        page.getByLabel("Projekt finansujący opis").selectOption("POKL_5_2");
        // 2.–4.
        page.getByLabel("Sytuacja przed wdrożeniem i powód działania").fill("Seniorzy **rzadko** głosowali.");
        page.getByLabel("Co jednostka chciała zmienić").fill("Więcej seniorów w decyzjach o budżecie.");
        page.getByLabel("Co zrobiono, krok po kroku, kto to zrobił").fill("1. Rada seniorów\n2. Głosowanie w klubach");
        // 5.
        page.getByLabel("Koszt (zł)").fill("150 000,00");
        page.getByLabel("Źródła finansowania").fill("budżet miasta");
        page.getByLabel("Zaangażowane osoby").fill("2 urzędników, 10 wolontariuszy");
        page.getByLabel("Potrzebny czas").fill("8 miesięcy");
        // 6.
        fill("results0.indicator", "Liczba głosujących seniorów");
        fill("results0.valueBefore", "300");
        fill("results0.valueAfter", "4200");
        fill("results0.measuredOn", "2024-06-30");
        fill("results1.indicator", "Projekty seniorów");
        fill("results1.valueBefore", "0");
        fill("results1.valueAfter", "12");
        page.getByLabel("Opis rezultatów").fill("Frekwencja seniorów wzrosła czternastokrotnie.");
        // 7.–8.
        page.getByLabel("Trudności, co się nie udało, co zrobilibyście inaczej").fill("Głosowanie online było trudne.");
        page.getByLabel("Warunki przeniesienia do innej jednostki").fill("Rada seniorów i kluby seniora.");
        page.locator("[id='transferUnitKinds-CITY_COUNTY']").check();
        page.locator("[id='transferSizeCategories-LARGE_CITIES']").check();
        // 9.–10.
        page.getByLabel("Imię i nazwisko").fill("Ewa Zielińska");
        page.getByLabel("Stanowisko", new Page.GetByLabelOptions().setExact(true)).fill("Pełnomocniczka ds. seniorów");
        page.getByLabel("E-mail", new Page.GetByLabelOptions().setExact(true)).fill("ewa.zielinska@example.pl");
        page.getByLabel("Telefon", new Page.GetByLabelOptions().setExact(true)).fill("42 638 44 00");
        page.getByLabel("Osoba kontaktowa zgodziła się").check();
        fill("links0.title", "Regulamin budżetu");
        fill("links0.url", "https://example.pl/regulamin");
        clickAndWait(page.getByRole(AriaRole.BUTTON, named("Zapisz szkic")));
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Szkic zapisano.");
        long id = Long.parseLong(page.url().replaceAll(".*/praktyki/(\\d+)/edycja.*", "$1"));

        page.getByLabel("Plik", new Page.GetByLabelOptions().setExact(true)).setInputFiles(new FilePayload("sprawozdanie.pdf", "application/pdf",
                TestFiles.pdf("Sprawozdanie z budzetu seniorow")));
        clickAndWait(page.getByRole(AriaRole.BUTTON, named("Dodaj załącznik")));
        assertThat(page.getByRole(AriaRole.LINK, named("sprawozdanie.pdf"))).isVisible();

        clickAndWait(page.getByRole(AriaRole.BUTTON, named("Wyślij do redakcji")));
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("wysłano do redakcji");
        assertThat(page.locator("main")).containsText("wysłana do redakcji");
        assertThat(practices.get(id, official).status()).isEqualTo(PracticeStatus.SUBMITTED);

        logOut();

        // the editor asks for a change
        logIn(editor);
        open("/redakcja");
        clickAndWait(page.locator("#kolejka-submitted").getByRole(AriaRole.LINK,
                new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Budżet obywatelski dla seniorów z dzielnic")));
        page.getByLabel("Co jednostka ma poprawić").fill("Podajcie datę pomiaru drugiego wskaźnika.");
        clickAndWait(page.getByRole(AriaRole.BUTTON, named("Poproś o poprawki")));
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Wysłano prośbę o poprawki.");
        logOut();

        // the official reads the note, fixes the practice and sends it again
        logIn(official);
        clickAndWait(page.getByRole(AriaRole.LINK, named("Praktyki mojej jednostki")));
        open("/praktyki/" + id + "/edycja");
        assertThat(page.locator("main")).containsText("Podajcie datę pomiaru drugiego wskaźnika.");
        fill("results1.measuredOn", "2024-06-30");
        clickAndWait(page.getByRole(AriaRole.BUTTON, named("Wyślij do redakcji")));
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("wysłano do redakcji");
        logOut();

        // the editor sees what changed and publishes
        logIn(editor);
        open("/redakcja");
        clickAndWait(page.locator("#kolejka-resubmitted").getByRole(AriaRole.LINK,
                new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Budżet obywatelski dla seniorów z dzielnic")));
        clickAndWait(page.getByRole(AriaRole.BUTTON, named("Opublikuj")));
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Praktyka została opublikowana.");
        assertThat(practices.get(id, editor).status()).isEqualTo(PracticeStatus.PUBLISHED);
        logOut();

        open("/praktyki");
        clickAndWait(page.getByRole(AriaRole.LINK, named("Budżet obywatelski dla seniorów z dzielnic")));
        assertThat(page.getByRole(AriaRole.HEADING, named("Budżet obywatelski dla seniorów z dzielnic"))).isVisible();
        assertThat(page.locator("#identity")).containsText("Dialog społeczny");
        assertThat(page.locator("#identity")).containsText("Stowarzyszenie Aktywni Seniorzy");
        assertThat(page.locator("#problem strong")).hasText("rzadko");
        assertThat(page.locator("#resources")).containsText("150 000,00 zł");
        assertThat(page.locator("#results tbody tr")).hasCount(2);
        assertThat(page.locator("#contact")).containsText("ewa.zielinska@example.pl");
        assertThat(page.getByRole(AriaRole.LINK, named("sprawozdanie.pdf"))).isVisible();
        assertThat(page.locator("#provenance img")).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, named("Zapisz przejęcie"))).hasCount(0);
        // printed, the practice card is the content alone: no navigation, footer or forms
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.PRINT));
        assertThat(page.locator(".site-header")).isHidden();
        assertThat(page.locator(".site-footer")).isHidden();
        assertThat(page.locator("#results tbody tr").first()).isVisible();
        assertThat(page.locator("#contact")).isVisible();
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.SCREEN));
        assertThat(page.locator(".site-header")).isVisible();

        logIn(krakow);
        open("/praktyki/" + id);
        page.getByLabel("dostosowała do swoich warunków").check();
        page.getByLabel("Data wdrożenia").fill("2025-09-01");
        page.getByLabel("Krótka notatka").fill("Głosowanie tylko w klubach seniora.");
        clickAndWait(page.getByRole(AriaRole.BUTTON, named("Zapisz przejęcie")));
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Zapisano przejęcie");
        assertThat(page.locator("#przejecia")).containsText("miasto Kraków");
        assertThat(page.locator("#przejecia")).containsText("01.09.2025");

        clickAndWait(page.locator("#przejecia").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator
                .GetByRoleOptions().setName("miasto Kraków")));
        assertThat(page.locator("main")).containsText("Praktyki przejęte przez jednostkę");
        // in the unit's own list of adopted practices (the practice may also be listed among those of similar units)
        assertThat(page.locator("section", new Page.LocatorOptions().setHas(page.getByRole(AriaRole.HEADING,
                named("Praktyki przejęte przez jednostkę"))))
                .getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions()
                        .setName("Budżet obywatelski dla seniorów z dzielnic"))).isVisible();
    }

    @Test
    void aStaleSaveShowsBothVersionsAndTheOfficialSavesTheirTextDeliberately() {
        String official = TestAccounts.active(applicationContext, Role.OFFICIAL);
        String colleague = TestAccounts.active(applicationContext, Role.OFFICIAL);
        long id = practices.createDraft(pl.dobrepraktyki.catalog.PracticeContents.complete()
                .title("Wspólny szkic").build(), official).practiceId();

        logIn(official);
        open("/praktyki/" + id + "/edycja");
        page.getByLabel("Tytuł praktyki").fill("Wspólny szkic, wersja Ani");
        var saved = practices.get(id, colleague);
        practices.update(id, saved.version(), pl.dobrepraktyki.catalog.PracticeContents.complete()
                .title("Wspólny szkic, wersja Bartka").build(), colleague);

        clickAndWait(page.getByRole(AriaRole.BUTTON, named("Zapisz szkic")));
        assertThat(page.getByRole(AriaRole.HEADING, named("Ktoś zapisał tę praktykę przed Tobą"))).isVisible();
        assertThat(page.locator("table.compare")).containsText("Wspólny szkic, wersja Ani");
        assertThat(page.locator("table.compare")).containsText("Wspólny szkic, wersja Bartka");
        assertThat(page.getByLabel("Tytuł praktyki")).hasValue("Wspólny szkic, wersja Ani");
        assertThat(practices.get(id, official).content().title()).isEqualTo("Wspólny szkic, wersja Bartka");

        clickAndWait(page.getByRole(AriaRole.BUTTON, named("Zapisz moją wersję")));
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Szkic zapisano.");
        assertThat(practices.get(id, official).content().title()).isEqualTo("Wspólny szkic, wersja Ani");
    }

    @Test
    void anAdministratorAddsAndRenamesATaxonomyEntry() {
        String code = "EDUKACYJNA_" + Long.toString(System.nanoTime(), 36).toUpperCase();
        logIn(TestAccounts.active(applicationContext, Role.ADMIN));
        open("/admin/taksonomie");
        page.locator("[id='PRACTICE_TYPE-new-code']").fill("zły kod");
        page.locator("[id='PRACTICE_TYPE-new-pl']").fill("Edukacyjna");
        page.locator("[id='PRACTICE_TYPE-new-en']").fill("Educational");
        clickAndWait(page.locator("#PRACTICE_TYPE").getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator
                .GetByRoleOptions().setName("Dodaj").setExact(true)));
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Kod: wielkie litery");
        assertThat(page.locator("[id='PRACTICE_TYPE-new-pl']")).hasValue("Edukacyjna");

        page.locator("[id='PRACTICE_TYPE-new-code']").fill(code);
        clickAndWait(page.locator("#PRACTICE_TYPE").getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator
                .GetByRoleOptions().setName("Dodaj").setExact(true)));
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Dodano pozycję słownika.");
        page.locator("[id='PRACTICE_TYPE-" + code + "-pl']").fill("Edukacyjna i szkoleniowa");
        clickAndWait(page.getByRole(AriaRole.BUTTON, named("Zmień nazwy " + code)));
        assertThat(page.locator("[id='PRACTICE_TYPE-" + code + "-pl']")).hasValue("Edukacyjna i szkoleniowa");
    }
}
