package pl.dobrepraktyki.alerts;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.junit.jupiter.api.AfterEach;
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
import pl.dobrepraktyki.alerts.internal.AlertJobs;
import pl.dobrepraktyki.catalog.PracticeContents;
import pl.dobrepraktyki.catalog.PracticeService;
import pl.dobrepraktyki.search.SearchService;
import pl.dobrepraktyki.support.IntegrationTest;
import pl.dobrepraktyki.support.MailTestConfiguration;
import pl.dobrepraktyki.support.TestClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@IntegrationTest
class AlertsIntegrationTests {

    /** Adamówka, a rural gmina: practices of this test's unit. */
    private static final String UNIT = "1814022";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    UserDetailsService users;

    @Autowired
    PracticeService practices;

    @Autowired
    SavedSearchRepository searches;

    @Autowired
    AlertService alerts;

    @Autowired
    AlertJobs jobs;

    @Autowired
    GreenMail greenMail;

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A word no other practice has (random letters), so that a search of it finds only this test's practices. */
    private static String uniqueWord() {
        Random random = new Random();
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            s.append((char) ('a' + random.nextInt(26)));
        }
        return s.toString();
    }

    private RequestPostProcessor as(String email) {
        return user(users.loadUserByUsername(email));
    }

    private long publish(String title) {
        return publish(title, UNIT);
    }

    private long publish(String title, String unit) {
        String official = TestAccounts.activeOf(context, unit, Role.OFFICIAL);
        String editor = TestAccounts.active(context, Role.EDITOR);
        long id = practices.createDraft(PracticeContents.complete().title(title).leadUnit(unit).build(), official)
                .practiceId();
        practices.submit(id, official);
        practices.publish(id, editor);
        // the index follows the database through the outbox, a moment later (only public practices are in it)
        await().atMost(Duration.ofSeconds(30)).until(() -> search.isIndexed(id));
        return id;
    }

    @Autowired
    SearchService search;

    private long save(String person, String name, String frequency, String word) throws Exception {
        mvc.perform(post("/konto/obserwowane/wyszukiwania").param("name", name).param("frequency", frequency)
                .param("q", word).with(as(person)).with(csrf()))
                .andExpect(redirectedUrl("/konto/obserwowane"));
        return searches.findByOwnerOrderByCreatedAtAscIdAsc(person).stream().filter(s -> s.getName().equals(name))
                .findFirst().orElseThrow().getId();
    }

    private void runJobs() {
        clock.advance(Duration.ofSeconds(1));
        jobs.collect();
        jobs.send();
    }

    private List<MimeMessage> mail(String person) {
        return MailTestConfiguration.mailTo(greenMail, person);
    }

    /** The decoded text of every text part (plain, then HTML), each after a line with its content type. */
    static String body(MimeMessage message) {
        try {
            StringBuilder text = new StringBuilder();
            parts(message, text);
            return text.toString();
        }
        catch (jakarta.mail.MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void parts(jakarta.mail.Part part, StringBuilder text)
            throws jakarta.mail.MessagingException, java.io.IOException {
        Object content = part.getContent();
        if (content instanceof MimeMultipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                parts(multipart.getBodyPart(i), text);
            }
        }
        else if (content instanceof String string) {
            text.append(part.getContentType()).append('\n').append(string).append('\n');
        }
    }

    @Test
    void aSavedSearchAlertsByMailOnlyThePracticesItFindsPublishedSinceTheLastAlert() throws Exception {
        String person = TestAccounts.active(context, Role.OFFICIAL);
        String word = uniqueWord();
        String name = "Moje " + word;
        long id = save(person, name, "IMMEDIATE", word);
        clock.advance(Duration.ofSeconds(1));
        long found = publish("Świetlica " + word);
        long other = publish("Świetlica bez tego słowa " + uniqueWord());

        runJobs();

        List<MimeMessage> received = mail(person);
        assertThat(received).hasSize(1);
        MimeMessage alert = received.get(0);
        assertThat(alert.getSubject()).isEqualTo("Nowe praktyki: " + name);
        assertThat(alert.getMessageID()).isEqualTo("<alert-" + id + "-1@localhost>");
        assertThat(alert.getHeader("List-Unsubscribe")[0]).startsWith("<http://localhost/obserwowane/wypisz?t=");
        assertThat(alert.getContent()).isInstanceOf(MimeMultipart.class);
        String body = body(alert);
        assertThat(body).contains("Świetlica " + word).contains("http://localhost/praktyki/" + found)
                .doesNotContain("/praktyki/" + other + "\n").doesNotContain("/praktyki/" + other + "\"").contains("text/html").contains("<html lang=\"pl\">");

        // nothing new: no second alert
        runJobs();
        assertThat(mail(person)).hasSize(1);

        // a newer practice: the next alert holds it alone
        long newer = publish("Dowóz uczniów " + word);
        runJobs();
        received = mail(person);
        assertThat(received).hasSize(2);
        assertThat(received.get(1).getMessageID()).isEqualTo("<alert-" + id + "-2@localhost>");
        assertThat(body(received.get(1))).contains("http://localhost/praktyki/" + newer)
                .doesNotContain("http://localhost/praktyki/" + found + "\"");

        // the list counts what is new since the person's last visit, and opening the search starts again
        mvc.perform(get("/konto/obserwowane").with(as(person)))
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString("2 nowe praktyki")))
                .andExpect(content().string(containsString("/kanaly/wyszukiwanie/")));
        mvc.perform(get("/konto/obserwowane/" + id).with(as(person)))
                .andExpect(redirectedUrl("/szukaj?q=" + word));
        mvc.perform(get("/konto/obserwowane").with(as(person)))
                .andExpect(content().string(containsString("brak nowych praktyk")));
    }

    @Test
    void aDailySearchAlertsOnceADayAndAWeeklyOneOnceAWeek() throws Exception {
        String person = TestAccounts.active(context, Role.OFFICIAL);
        String word = uniqueWord();
        save(person, "Codziennie " + word, "DAILY", word);
        save(person, "Co tydzień " + word, "WEEKLY", word);
        clock.advance(Duration.ofSeconds(1));
        publish("Budżet " + word);

        runJobs();
        assertThat(mail(person)).isEmpty();

        clock.advance(Duration.ofDays(1));
        runJobs();
        assertThat(mail(person)).extracting(MimeMessage::getSubject).containsExactly("Nowe praktyki: Codziennie " + word);

        clock.advance(Duration.ofDays(6));
        runJobs();
        assertThat(mail(person)).extracting(MimeMessage::getSubject)
                .containsExactly("Nowe praktyki: Codziennie " + word, "Nowe praktyki: Co tydzień " + word);
    }

    @Test
    void theUnsubscribeLinkOfTheMailWorksWithoutLoginAndAForgedOneIsRefused() throws Exception {
        String person = TestAccounts.active(context, Role.OFFICIAL);
        String word = uniqueWord();
        long id = save(person, "Wypis " + word, "IMMEDIATE", word);
        clock.advance(Duration.ofSeconds(1));
        publish("Rower miejski " + word);
        runJobs();

        String link = MailTestConfiguration.linkInLastMail(greenMail, person, "http://localhost/obserwowane/wypisz?t=");
        String token = link.substring(link.indexOf("t=") + 2);
        mvc.perform(get("/obserwowane/wypisz").param("t", token))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Wypis " + word)));
        mvc.perform(post("/obserwowane/wypisz").param("t", token).with(csrf()))
                .andExpect(redirectedUrl("/obserwowane/wypisano"));
        assertThat(searches.findById(id)).isEmpty();
        mvc.perform(get("/obserwowane/wypisano")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Wypisano z powiadomień")));
        // used again: the search is gone
        mvc.perform(get("/obserwowane/wypisz").param("t", token))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Tego obserwowanego wyszukiwania już nie ma")));

        // a token of another search with this one's signature, and nonsense, are refused
        String forged = (id + 1) + token.substring(token.indexOf('.'));
        mvc.perform(get("/obserwowane/wypisz").param("t", forged))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("link do wypisania się z powiadomień jest nieprawidłowy")));
        mvc.perform(post("/obserwowane/wypisz").param("t", "zly").with(csrf()))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/obserwowane/wypisz")).andExpect(status().isBadRequest());
    }

    @Test
    void aMailClientUnsubscribesWithOneClickPostToTheListUnsubscribeAddressWithoutLoginOrCsrfToken() throws Exception {
        String person = TestAccounts.active(context, Role.OFFICIAL);
        String word = uniqueWord();
        long id = save(person, "Jednym kliknięciem " + word, "IMMEDIATE", word);
        clock.advance(Duration.ofSeconds(1));
        publish("Ławki solarne " + word);
        runJobs();

        MimeMessage alert = mail(person).get(0);
        assertThat(alert.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        String header = alert.getHeader("List-Unsubscribe")[0];
        java.net.URI link = java.net.URI.create(header.substring(1, header.length() - 1));
        assertThat(link.getScheme() + "://" + link.getHost() + link.getPath())
                .isEqualTo("http://localhost/obserwowane/wypisz");

        // a forged token (another search's id with this signature) is refused and removes nothing
        String token = link.getQuery().substring("t=".length());
        String forged = (id + 1) + token.substring(token.indexOf('.'));
        mvc.perform(post(link.getPath()).param("t", forged)
                .contentType(org.springframework.http.MediaType.APPLICATION_FORM_URLENCODED)
                .content("List-Unsubscribe=One-Click"))
                .andExpect(status().isBadRequest());
        assertThat(searches.findById(id)).isPresent();

        // what the mail client sends: POST to the address of the header, the one-click body, no session, no token
        mvc.perform(post(link.getPath() + "?" + link.getRawQuery())
                .contentType(org.springframework.http.MediaType.APPLICATION_FORM_URLENCODED)
                .content("List-Unsubscribe=One-Click"))
                .andExpect(status().is3xxRedirection());
        assertThat(searches.findById(id)).isEmpty();
    }

    @Test
    void savingValidatesTheNameAndTheLimitWithPolishMessages() throws Exception {
        String person = TestAccounts.active(context, Role.OFFICIAL);
        mvc.perform(post("/konto/obserwowane/wyszukiwania").param("name", " ").param("frequency", "DAILY")
                .param("q", "rower").param("dzial", "USLUGI_SPOLECZNE").with(as(person)).with(csrf()))
                .andExpect(status().isOk()).andExpect(view().name("alerts/save"))
                .andExpect(content().string(containsString("Podaj nazwę wyszukiwania.")))
                // the search stays in the form
                .andExpect(content().string(containsString("name=\"dzial\" value=\"USLUGI_SPOLECZNE\"")));
        mvc.perform(post("/konto/obserwowane/wyszukiwania").param("name", "x".repeat(121)).param("frequency", "DAILY")
                .with(as(person)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nazwa może mieć najwyżej 120 znaków.")));
        assertThat(searches.countByOwner(person)).isZero();

        for (int i = 0; i < AlertService.MAX_PER_PERSON; i++) {
            alerts.save(person, new AlertService.SaveParams("Wyszukiwanie " + i, Frequency.WEEKLY,
                    SavedQuery.parse("q=rower"), null, SavedSearchKind.SEARCH));
        }
        mvc.perform(post("/konto/obserwowane/wyszukiwania").param("name", "Jedno za dużo").param("frequency", "DAILY")
                .with(as(person)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Masz już 50 obserwowanych wyszukiwań")));
        assertThat(searches.countByOwner(person)).isEqualTo(AlertService.MAX_PER_PERSON);
    }

    @Test
    void onlyTheOwnerSeesChangesAndDeletesASavedSearchAndAnonymousVisitorsAreSentToLogin() throws Exception {
        String person = TestAccounts.active(context, Role.OFFICIAL);
        String stranger = TestAccounts.active(context, Role.EDITOR);
        long id = save(person, "Moje wyszukiwanie " + uniqueWord(), "DAILY", "rower");

        mvc.perform(get("/konto/obserwowane")).andExpect(redirectedUrl("/logowanie"));
        mvc.perform(post("/konto/obserwowane/wyszukiwania").param("name", "x").param("frequency", "DAILY").with(csrf()))
                .andExpect(redirectedUrl("/logowanie"));

        mvc.perform(get("/konto/obserwowane/" + id + "/usun").with(as(stranger))).andExpect(status().isNotFound());
        mvc.perform(post("/konto/obserwowane/" + id + "/usun").with(as(stranger)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/konto/obserwowane/" + id + "/czestotliwosc").param("frequency", "WEEKLY")
                .with(as(stranger)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/konto/obserwowane/" + id).with(as(stranger))).andExpect(status().isNotFound());
        assertThat(searches.findById(id)).isPresent();

        mvc.perform(post("/konto/obserwowane/" + id + "/czestotliwosc").param("frequency", "WEEKLY")
                .with(as(person)).with(csrf())).andExpect(redirectedUrl("/konto/obserwowane"));
        assertThat(searches.findById(id).orElseThrow().getFrequency()).isEqualTo(Frequency.WEEKLY);

        mvc.perform(get("/konto/obserwowane/" + id + "/usun").with(as(person)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Czy na pewno usunąć")));
        mvc.perform(post("/konto/obserwowane/" + id + "/usun").with(as(person)).with(csrf()))
                .andExpect(redirectedUrl("/konto/obserwowane"));
        assertThat(searches.findById(id)).isEmpty();
    }

    @Test
    void theSearchPageOffersSavingToSignedInPeopleAndAHintToOthersAndTheAccountLinksToFollowing() throws Exception {
        String person = TestAccounts.active(context, Role.OFFICIAL);
        mvc.perform(get("/szukaj").param("q", "rower").param("dzial", "USLUGI_SPOLECZNE").with(as(person)))
                .andExpect(content().string(containsString("action=\"/konto/obserwowane/wyszukiwania\"")))
                .andExpect(content().string(containsString("Obserwuj: Usługi społeczne")));
        mvc.perform(get("/szukaj").param("q", "rower"))
                .andExpect(content().string(not(containsString("action=\"/konto/obserwowane/wyszukiwania\""))))
                .andExpect(content().string(containsString("aby zapisać to wyszukiwanie")));
        mvc.perform(get("/praktyki").param("dzial", "USLUGI_SPOLECZNE").with(as(person)))
                .andExpect(content().string(containsString("Obserwuj: Usługi społeczne")));
        mvc.perform(get("/konto").with(as(person)))
                .andExpect(content().string(containsString("href=\"/konto/obserwowane\"")));
    }

    @Test
    void followingAUnitAlertsItsNewPracticesAndTheFollowIsInTheExportAndGoneOnErasure() throws Exception {
        String person = TestAccounts.active(context, Role.OFFICIAL);
        mvc.perform(get("/jst/" + UNIT).with(as(person)))
                .andExpect(content().string(containsString("Obserwuj nowe praktyki")));
        mvc.perform(post("/konto/obserwowane/obserwuj").param("jst", UNIT).with(as(person)).with(csrf()))
                .andExpect(redirectedUrl("/konto/obserwowane"));
        SavedSearch follow = searches.findByOwnerOrderByCreatedAtAscIdAsc(person).get(0);
        assertThat(follow.getName()).contains("Adamówka");
        assertThat(follow.getKind()).isEqualTo(SavedSearchKind.FOLLOW);
        // a follow alerts daily; this person wants to know at once
        mvc.perform(post("/konto/obserwowane/" + follow.getId() + "/czestotliwosc").param("frequency", "IMMEDIATE")
                .with(as(person)).with(csrf()));
        mvc.perform(post("/konto/obserwowane/obserwuj").param("filtr", "dzial").param("wartosc", "USLUGI_SPOLECZNE")
                .with(as(person)).with(csrf())).andExpect(redirectedUrl("/konto/obserwowane"));
        mvc.perform(post("/konto/obserwowane/obserwuj").param("filtr", "dzial").param("wartosc", "NIE_MA")
                .with(as(person)).with(csrf())).andExpect(status().isNotFound());
        clock.advance(Duration.ofSeconds(1));
        String title = "Praktyka z Adamówki " + uniqueWord();
        long id = publish(title);
        String elsewhere = "Praktyka z Łodzi " + uniqueWord();
        publish(elsewhere, PracticeContents.LODZ);
        runJobs();

        List<MimeMessage> received = mail(person);
        assertThat(received).extracting(MimeMessage::getSubject).anyMatch(s -> s.contains("Adamówka"));
        String body = received.stream().filter(m -> {
            try {
                return m.getSubject().contains("Adamówka");
            }
            catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).map(AlertsIntegrationTests::body).findFirst().orElseThrow();
        assertThat(body).contains(title).contains("http://localhost/praktyki/" + id).doesNotContain(elsewhere);

        String json = mvc.perform(get("/konto/moje-dane.json").with(as(person))).andReturn().getResponse()
                .getContentAsString();
        assertThat(json).contains("\"alerts\"").contains(follow.getName()).contains("dzial=USLUGI_SPOLECZNE");

        String admin = TestAccounts.active(context, Role.ADMIN);
        long account = context.getBean(AccountService.class).findByEmail(person).orElseThrow().id();
        context.getBean(PersonalDataService.class).erase(account, admin);
        assertThat(searches.findByOwnerOrderByCreatedAtAscIdAsc(person)).isEmpty();
        assertThat(Arrays.asList(follow.getFeedToken())).allSatisfy(t -> assertThat(alerts.findByFeedToken(t)).isEmpty());
    }

    @Test
    void theFeedOfASavedSearchIsReachedByItsTokenAndAnUnknownTokenIsNotFound() throws Exception {
        String person = TestAccounts.active(context, Role.OFFICIAL);
        String word = uniqueWord();
        long id = save(person, "Kanał " + word, "WEEKLY", word);
        clock.advance(Duration.ofSeconds(1));
        String title = "Kanałowa praktyka " + word;
        publish(title);
        String token = searches.findById(id).orElseThrow().getFeedToken();
        mvc.perform(get("/kanaly/wyszukiwanie/" + token + ".atom"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/atom+xml;charset=UTF-8"))
                .andExpect(content().string(containsString(title)))
                .andExpect(content().string(containsString("Kanał " + word)));
        mvc.perform(get("/kanaly/wyszukiwanie/nie-ma-takiego.atom")).andExpect(status().isNotFound());
    }
}
