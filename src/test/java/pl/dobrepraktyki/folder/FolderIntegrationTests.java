package pl.dobrepraktyki.folder;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import pl.dobrepraktyki.accounts.AccountService;
import pl.dobrepraktyki.accounts.PersonalDataService;
import pl.dobrepraktyki.accounts.Role;
import pl.dobrepraktyki.accounts.TestAccounts;
import pl.dobrepraktyki.catalog.PracticeService;
import pl.dobrepraktyki.catalog.PracticeSnapshot;
import pl.dobrepraktyki.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class FolderIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    UserDetailsService users;

    @Autowired
    FolderService folder;

    @Autowired
    PracticeService practices;

    private RequestPostProcessor as(String email) {
        return user(users.loadUserByUsername(email));
    }

    private long save(PracticeSnapshot practice, String person) throws Exception {
        mvc.perform(post("/teczka/praktyki/{id}", practice.practiceId()).with(csrf()).with(as(person)))
                .andExpect(redirectedUrl("/praktyki/" + practice.practiceId() + "#teczka"));
        return folder.entryFor(practice.practiceId(), person).orElseThrow();
    }

    @Test
    void aPersonSavesAPracticeFromItsPageAndSeesItInTheFolder() throws Exception {
        String person = TestAccounts.active(context, Role.EDITOR);
        PracticeSnapshot practice = FolderFixtures.published(context, FolderFixtures.unique("Teczka: żłobek"));

        mvc.perform(get("/praktyki/{id}", practice.practiceId()).with(as(person)))
                .andExpect(content().string(allOf(containsString("Zapisz w teczce"),
                        containsString("action=\"/teczka/praktyki/" + practice.practiceId() + "\""))));
        save(practice, person);
        save(practice, person); // saving twice keeps one entry

        mvc.perform(get("/praktyki/{id}", practice.practiceId()).with(as(person)))
                .andExpect(content().string(allOf(containsString("Ta praktyka jest w Twojej teczce."),
                        containsString("Usuń z teczki"))));
        mvc.perform(get("/teczka").with(as(person)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(practice.content().title()),
                        containsString("href=\"/praktyki/" + practice.practiceId() + "\""),
                        containsString("Łódź"), containsString("Moja teczka"))));
        assertThat(folder.entries(person)).hasSize(1);
    }

    @Test
    void withHtmxTheButtonIsSwappedInPlace() throws Exception {
        String person = TestAccounts.active(context, Role.OFFICIAL);
        PracticeSnapshot practice = FolderFixtures.published(context, FolderFixtures.unique("Teczka: htmx"));

        mvc.perform(post("/teczka/praktyki/{id}", practice.practiceId()).header("HX-Request", "true").with(csrf())
                .with(as(person)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"teczka\""),
                        containsString("Zapisano praktykę w teczce."), containsString("Usuń z teczki"),
                        not(containsString("<html")))));
        long entry = folder.entryFor(practice.practiceId(), person).orElseThrow();

        mvc.perform(post("/teczka/{e}/usun", entry).param("powrot", "praktyka").header("HX-Request", "true")
                .with(csrf()).with(as(person)))
                .andExpect(content().string(allOf(containsString("Usunięto praktykę z teczki."),
                        containsString("Zapisz w teczce"))));
        assertThat(folder.entryFor(practice.practiceId(), person)).isEmpty();
    }

    @Test
    void aNoteIsSavedValidatedAndAStaleEditAnswersConflictWithoutOverwriting() throws Exception {
        String person = TestAccounts.active(context, Role.OFFICIAL);
        PracticeSnapshot practice = FolderFixtures.published(context, FolderFixtures.unique("Teczka: notatka"));
        long entry = save(practice, person);

        mvc.perform(post("/teczka/{e}/notatka", entry).param("notatka", "Zapytać skarbnika o źródła")
                .param("wersja", "0").with(csrf()).with(as(person)))
                .andExpect(redirectedUrl("/teczka#wpis-" + entry));
        mvc.perform(get("/teczka").with(as(person)))
                .andExpect(content().string(containsString("Zapytać skarbnika o źródła")));

        // too long: the form comes back with a Polish message, nothing is saved
        mvc.perform(post("/teczka/{e}/notatka", entry).param("notatka", "x".repeat(2001)).param("wersja", "1")
                .with(csrf()).with(as(person)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Notatka może mieć najwyżej 2000 znaków.")));
        assertThat(folder.entry(entry, person).note()).isEqualTo("Zapytać skarbnika o źródła");

        // another tab still holds version 0
        mvc.perform(post("/teczka/{e}/notatka", entry).param("notatka", "Stara karta").param("wersja", "0")
                .with(csrf()).with(as(person)))
                .andExpect(status().isConflict())
                .andExpect(content().string(allOf(containsString("Notatka zmieniła się w międzyczasie"),
                        containsString("Stara karta"), containsString("Zapytać skarbnika o źródła"))));
        assertThat(folder.entry(entry, person).note()).isEqualTo("Zapytać skarbnika o źródła");
    }

    @Test
    void removingTakesThePracticeOutOfTheFolder() throws Exception {
        String person = TestAccounts.active(context, Role.OFFICIAL);
        PracticeSnapshot practice = FolderFixtures.published(context, FolderFixtures.unique("Teczka: usuwanie"));
        long entry = save(practice, person);

        mvc.perform(post("/teczka/{e}/usun", entry).with(csrf()).with(as(person)))
                .andExpect(redirectedUrl("/teczka"));
        mvc.perform(get("/teczka").with(as(person)))
                .andExpect(content().string(allOf(not(containsString(practice.content().title())),
                        containsString("Teczka jest pusta."))));
    }

    @Test
    void onlyPublicPracticesCanBeSavedAndAnArchivedOneShowsAsUnavailable() throws Exception {
        String person = TestAccounts.active(context, Role.OFFICIAL);
        PracticeSnapshot draft = FolderFixtures.draft(context, FolderFixtures.unique("Teczka: szkic"));
        mvc.perform(post("/teczka/praktyki/{id}", draft.practiceId()).with(csrf()).with(as(person)))
                .andExpect(status().isNotFound());
        assertThat(folder.entries(person)).isEmpty();

        PracticeSnapshot practice = FolderFixtures.published(context, FolderFixtures.unique("Teczka: archiwum"));
        save(practice, person);
        practices.archive(practice.practiceId(), TestAccounts.active(context, Role.EDITOR));

        mvc.perform(get("/teczka").with(as(person)))
                .andExpect(content().string(allOf(containsString(practice.content().title()),
                        containsString("Ta praktyka nie jest już dostępna"),
                        not(containsString("href=\"/praktyki/" + practice.practiceId() + "\"")))));
    }

    @Test
    void theCsvIsForSpreadsheetsAndDefusesFormulas() throws Exception {
        String person = TestAccounts.active(context, Role.OFFICIAL);
        PracticeSnapshot practice = FolderFixtures.published(context, FolderFixtures.unique("Teczka: CSV \"cudzysłów\""));
        long entry = save(practice, person);
        folder.updateNote(entry, 0, "=HYPERLINK(\"http://zlo.example\";\"klik\")", person);

        byte[] body = mvc.perform(get("/teczka.csv").with(as(person)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/csv")))
                .andExpect(header().string("Content-Disposition", containsString("teczka.csv")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
        String csv = new String(body, StandardCharsets.UTF_8).substring(1);
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo("\"Tytuł\";\"Jednostka\";\"TERYT\";\"Adres\";\"Notatka\";\"Zapisano\"");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1))
                .startsWith("\"" + practice.content().title().replace("\"", "\"\"") + "\";\"miasto Łódź\";\"1061011\";")
                .contains("/praktyki/" + practice.practiceId() + "\";")
                .contains(";\"'=HYPERLINK(\"\"http://zlo.example\"\";\"\"klik\"\")\";");

        folder.updateNote(entry, 1, "-2+3", person);
        assertThat(mvc.perform(get("/teczka.csv").with(as(person))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains(";\"'-2+3\";");
    }

    @Test
    void thePrintablePageHasTheEntriesAndNoNavigation() throws Exception {
        String person = TestAccounts.active(context, Role.OFFICIAL);
        PracticeSnapshot practice = FolderFixtures.published(context, FolderFixtures.unique("Teczka: druk"));
        long entry = save(practice, person);
        folder.updateNote(entry, 0, "Do omówienia na sesji", person);

        mvc.perform(get("/teczka/druk").with(as(person)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(practice.content().title()),
                        containsString("Do omówienia na sesji"), containsString("/css/folder-print.css"),
                        containsString("/praktyki/" + practice.practiceId()), not(containsString("main-nav")),
                        not(containsString("site-header")))));
    }

    @Test
    void nobodyElseSeesOrChangesMyEntries() throws Exception {
        String me = TestAccounts.active(context, Role.OFFICIAL);
        String other = TestAccounts.active(context, Role.EDITOR);
        PracticeSnapshot practice = FolderFixtures.published(context, FolderFixtures.unique("Teczka: prywatna"));
        long entry = save(practice, me);
        folder.updateNote(entry, 0, "Tylko moja notatka", me);

        mvc.perform(get("/teczka").with(as(other)))
                .andExpect(content().string(allOf(not(containsString(practice.content().title())),
                        not(containsString("Tylko moja notatka")))));
        assertThat(mvc.perform(get("/teczka.csv").with(as(other))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).doesNotContain("Tylko moja notatka");
        mvc.perform(post("/teczka/{e}/notatka", entry).param("notatka", "cudza").param("wersja", "1").with(csrf())
                .with(as(other))).andExpect(status().isNotFound());
        mvc.perform(post("/teczka/{e}/usun", entry).with(csrf()).with(as(other))).andExpect(status().isNotFound());

        assertThat(folder.entry(entry, me).note()).isEqualTo("Tylko moja notatka");
    }

    @Test
    void anAnonymousVisitorIsSentToLogInAndComesBackToThePractice() throws Exception {
        PracticeSnapshot practice = FolderFixtures.published(context, FolderFixtures.unique("Teczka: anonim"));

        mvc.perform(get("/praktyki/{id}", practice.practiceId()))
                .andExpect(content().string(allOf(containsString("Zapisz w teczce"),
                        containsString("Po zalogowaniu wrócisz na tę stronę."))));
        mvc.perform(get("/teczka/praktyki/{id}", practice.practiceId()))
                .andExpect(redirectedUrl("/logowanie"));
        mvc.perform(post("/teczka/praktyki/{id}", practice.practiceId()).with(csrf()))
                .andExpect(redirectedUrl("/logowanie"));
        mvc.perform(get("/teczka")).andExpect(redirectedUrl("/logowanie"));

        String person = TestAccounts.active(context, Role.OFFICIAL);
        mvc.perform(get("/teczka/praktyki/{id}", practice.practiceId()).with(as(person)))
                .andExpect(redirectedUrl("/praktyki/" + practice.practiceId() + "#teczka"));
    }

    @Test
    void theFolderIsInTheDataExportAndErasedWithThePerson() throws Exception {
        String person = TestAccounts.active(context, Role.OFFICIAL);
        PracticeSnapshot practice = FolderFixtures.published(context, FolderFixtures.unique("Teczka: RODO"));
        long entry = save(practice, person);
        folder.updateNote(entry, 0, "Notatka do eksportu", person);

        Map<String, Object> export = context.getBean(PersonalDataService.class).export(person);
        assertThat(export.get("folder")).asString().contains(practice.content().title(), "Notatka do eksportu");

        long account = context.getBean(AccountService.class).findByEmail(person).orElseThrow().id();
        context.getBean(PersonalDataService.class).erase(account, TestAccounts.active(context, Role.ADMIN));

        assertThat(folder.entries(person)).isEmpty();
        assertThat(folder.entryFor(practice.practiceId(), person)).isEmpty();
    }
}
