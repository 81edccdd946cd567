package pl.dobrepraktyki.newsletter;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import pl.dobrepraktyki.accounts.AccountService;
import pl.dobrepraktyki.accounts.PersonalDataService;
import pl.dobrepraktyki.accounts.Role;
import pl.dobrepraktyki.accounts.TestAccounts;
import pl.dobrepraktyki.catalog.PracticeContents;
import pl.dobrepraktyki.catalog.PracticeService;
import pl.dobrepraktyki.competition.CompetitionFixtures;
import pl.dobrepraktyki.competition.CompetitionService;
import pl.dobrepraktyki.competition.Edition;
import pl.dobrepraktyki.exchange.ExchangeFixtures;
import pl.dobrepraktyki.exchange.MeetingKind;
import pl.dobrepraktyki.exchange.MeetingService;
import pl.dobrepraktyki.support.IntegrationTest;
import pl.dobrepraktyki.support.MailTestConfiguration;
import pl.dobrepraktyki.support.TestClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class NewsletterIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    GreenMail greenMail;

    @Autowired
    TestClock clock;

    @Autowired
    NewsletterService newsletter;

    @Autowired
    WeeklyDigest digest;

    @Autowired
    MeetingService meetings;

    @Autowired
    CompetitionService competition;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static String address() {
        return "tygodnik-" + java.util.UUID.randomUUID().toString().substring(0, 8) + "@example.pl";
    }

    private void signUp(String email) throws Exception {
        mvc.perform(post("/tygodnik").with(csrf()).param("email", email).param("consent", "true"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/tygodnik"))
                .andExpect(flash().attribute("flash", "newsletter.subscribe.sent"));
    }

    private long published(String unit, String title) {
        PracticeService practices = context.getBean(PracticeService.class);
        String official = TestAccounts.activeOf(context, unit, Role.OFFICIAL);
        String editor = TestAccounts.active(context, Role.EDITOR);
        long id = practices.createDraft(PracticeContents.complete().title(title).leadUnit(unit).build(), official)
                .practiceId();
        practices.submit(id, official);
        practices.publish(id, editor);
        return id;
    }

    private String confirmationToken(String email) {
        String link = MailTestConfiguration.linkInLastMail(greenMail, email, "http://localhost/tygodnik/potwierdz?t=");
        return link.substring(link.indexOf("?t=") + 3);
    }

    @Test
    void subscribingSendsAConfirmationLinkWhoseButtonConfirmsAndTheAnswerNeverTellsWhoIsSubscribed() throws Exception {
        String email = address();
        signUp(email.toUpperCase(Locale.ROOT));
        assertThat(MailTestConfiguration.mailTo(greenMail, email)).singleElement()
                .satisfies(m -> assertThat(m.getSubject()).isEqualTo("Potwierdź zapis na Tygodnik Bazy Dobrych Praktyk"));
        String token = confirmationToken(email);

        // following the link (as a mail scanner does) shows a button and confirms nothing
        mvc.perform(get("/tygodnik/potwierdz").param("t", token))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Potwierdzam zapis")));
        assertThat(newsletter.isSubscribed(email)).isFalse();

        // signing up again within the hour: the same answer, no second mail
        signUp(email);
        assertThat(MailTestConfiguration.mailTo(greenMail, email)).hasSize(1);

        mvc.perform(post("/tygodnik/potwierdz").with(csrf()).param("t", token))
                .andExpect(redirectedUrl("/tygodnik"))
                .andExpect(flash().attribute("flash", "newsletter.confirm.done"));
        assertThat(newsletter.isSubscribed(email)).isTrue();

        // a used link is refused; an already subscribed address gets the same answer and no mail
        mvc.perform(post("/tygodnik/potwierdz").with(csrf()).param("t", token)).andExpect(status().isGone());
        signUp(email);
        assertThat(MailTestConfiguration.mailTo(greenMail, email)).hasSize(1);
    }

    @Test
    void anExpiredLinkIsRefusedWithAPolishPageAndAFreshOneCanBeAskedForAfterAnHour() throws Exception {
        String email = address();
        signUp(email);
        String token = confirmationToken(email);
        clock.advance(Duration.ofDays(7).plusMinutes(1));

        mvc.perform(get("/tygodnik/potwierdz").param("t", token))
                .andExpect(status().isGone())
                .andExpect(content().string(containsString("Link wygasł lub jest nieprawidłowy")));
        mvc.perform(post("/tygodnik/potwierdz").with(csrf()).param("t", token))
                .andExpect(status().isGone())
                .andExpect(content().string(containsString("Link wygasł lub jest nieprawidłowy")));
        assertThat(newsletter.isSubscribed(email)).isFalse();

        signUp(email);
        assertThat(MailTestConfiguration.mailTo(greenMail, email)).hasSize(2);
        String fresh = confirmationToken(email);
        assertThat(fresh).isNotEqualTo(token);
        mvc.perform(post("/tygodnik/potwierdz").with(csrf()).param("t", fresh)).andExpect(status().is3xxRedirection());
        assertThat(newsletter.isSubscribed(email)).isTrue();
    }

    @Test
    void unknownTokensAreRefused() throws Exception {
        mvc.perform(get("/tygodnik/potwierdz").param("t", "nie-ma-takiego")).andExpect(status().isGone());
        mvc.perform(get("/tygodnik/potwierdz")).andExpect(status().isGone());
    }

    @Test
    void anInvalidFormIsShownAgainWithPolishErrorsAndNothingIsSent() throws Exception {
        mvc.perform(post("/tygodnik").with(csrf()).param("email", ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Podaj adres e-mail.")))
                .andExpect(content().string(containsString("Zaznacz zgodę na otrzymywanie Tygodnika.")));
        mvc.perform(post("/tygodnik").with(csrf()).param("email", "nie-adres").param("consent", "true"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Podaj poprawny adres e-mail")))
                .andExpect(content().string(containsString("value=\"nie-adres\"")));
        String email = address();
        mvc.perform(post("/tygodnik").with(csrf()).param("email", email))
                .andExpect(status().isUnprocessableContent());
        assertThat(MailTestConfiguration.mailTo(greenMail, email)).isEmpty();
        assertThat(newsletter.find(email)).isEmpty();
    }

    @Test
    void twoSignUpsAtOnceOfTheSameAddressGiveOneSubscriptionAndOneMail() throws Exception {
        String email = address();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> results = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    newsletter.subscribe(email, Locale.forLanguageTag("pl"));
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> result : results) {
                result.get();
            }
        }
        finally {
            pool.shutdown();
        }
        assertThat(jdbc.sql("select count(*) from newsletter_subscription where email = ?").param(email)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(MailTestConfiguration.mailTo(greenMail, email)).hasSize(1);
    }

    @Test
    void theDigestListsThisWeeksPracticesMeetingsAndOpenCallsOnceAndLeavesInOneClickWithoutCsrf() throws Exception {
        String email = address();
        newsletter.subscribeAccount(email);
        String unit = ExchangeFixtures.RURAL_C;
        clock.advance(Duration.ofDays(-10));
        String olderTitle = ExchangeFixtures.unique("Tygodnik: praktyka sprzed 10 dni");
        published(unit, olderTitle);
        clock.reset();
        String newTitle = ExchangeFixtures.unique("Tygodnik: nowa praktyka");
        long practiceId = published(unit, newTitle);
        String moderator = TestAccounts.active(context, Role.MODERATOR);
        long group = ExchangeFixtures.ruralGroup(context, moderator);
        String meetingTitle = ExchangeFixtures.unique("Tygodnik: spotkanie");
        LocalDateTime inThreeDays = meetings.now().plusDays(3).withSecond(0).withNano(0);
        long meetingId = meetings.plan(ExchangeFixtures.meeting(group, meetingTitle, inThreeDays, 10,
                MeetingKind.GROUP_MEETING), moderator);
        String editionName = ExchangeFixtures.unique("Tygodnik: edycja");
        Edition edition = competition.createEdition(CompetitionFixtures.openEdition(editionName, clock),
                TestAccounts.active(context, Role.ADMIN));

        WeeklyDigest.Run run = digest.run();
        assertThat(run.skipped()).isFalse();
        assertThat(run.sent()).isPositive();
        MimeMessage mail = MailTestConfiguration.mailTo(greenMail, email).stream().collect(
                java.util.stream.Collectors.collectingAndThen(java.util.stream.Collectors.toList(), l -> {
                    assertThat(l).hasSize(1);
                    return l.get(0);
                }));
        assertThat(mail.getSubject()).startsWith("Tygodnik Bazy Dobrych Praktyk");
        assertThat(mail.getMessageID()).matches("<tygodnik-\\d{4}-\\d{2}-\\d{2}-\\d+@localhost>");
        String unsubscribe = mail.getHeader("List-Unsubscribe", null);
        assertThat(unsubscribe).startsWith("<http://localhost/tygodnik/wypisz?t=").endsWith(">");
        assertThat(mail.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");

        Map<String, String> parts = parts(mail);
        assertThat(parts).containsKeys("text/plain", "text/html");
        String text = parts.get("text/plain");
        assertThat(text).contains(newTitle, "http://localhost/praktyki/" + practiceId, meetingTitle,
                "http://localhost/spotkania/" + meetingId, editionName, "http://localhost/konkursy/" + edition.getId(),
                unsubscribe.substring(1, unsubscribe.length() - 1))
                .doesNotContain(olderTitle);
        String html = parts.get("text/html");
        assertThat(html).contains("<html lang=\"pl\"", "<h1>", "<h2 id=\"praktyki\">", "<th scope=\"col\">",
                "href=\"http://localhost/praktyki/" + practiceId + "\"", newTitle, meetingTitle, editionName)
                .doesNotContain(olderTitle, "href=\"/");

        // a second run in the same week sends this subscriber nothing
        WeeklyDigest.Run again = digest.run();
        assertThat(again.alreadySent()).isPositive();
        assertThat(MailTestConfiguration.mailTo(greenMail, email)).hasSize(1);

        // a mail client's one-click POST (RFC 8058): no session, no CSRF token
        String link = unsubscribe.substring(1, unsubscribe.length() - 1).replace("http://localhost", "");
        mvc.perform(post(link).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content("List-Unsubscribe=One-Click"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("nie dostaje już Tygodnika")));
        assertThat(newsletter.isSubscribed(email)).isFalse();
        // and the link from the mail, opened, only shows a button
        mvc.perform(get(link)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Wypisz mnie")));
    }

    @Test
    void aWeekWithNothingNewSendsNothing() throws Exception {
        String email = address();
        newsletter.subscribeAccount(email);
        clock.advance(Duration.ofDays(365L * 40));
        WeeklyDigest.Run run = digest.run();
        assertThat(run.skipped()).isTrue();
        assertThat(run.sent()).isZero();
        assertThat(MailTestConfiguration.mailTo(greenMail, email)).isEmpty();
    }

    @Test
    void aSignedInPersonSubscribesAndLeavesOnTheAccountPage() throws Exception {
        String official = TestAccounts.active(context, Role.OFFICIAL);
        mvc.perform(get("/konto").with(user(official).roles(Role.OFFICIAL.name())))
                .andExpect(content().string(containsString("href=\"/konto/tygodnik\"")));
        mvc.perform(get("/konto/tygodnik").with(user(official).roles(Role.OFFICIAL.name())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("nie dostaje Tygodnika")));
        mvc.perform(post("/konto/tygodnik/zapisz").with(csrf()).with(user(official).roles(Role.OFFICIAL.name())))
                .andExpect(redirectedUrl("/konto/tygodnik"));
        assertThat(newsletter.isSubscribed(official)).isTrue();
        mvc.perform(get("/konto/tygodnik").with(user(official).roles(Role.OFFICIAL.name())))
                .andExpect(content().string(not(containsString("nie dostaje Tygodnika"))));
        mvc.perform(post("/konto/tygodnik/wypisz").with(csrf()).with(user(official).roles(Role.OFFICIAL.name())))
                .andExpect(redirectedUrl("/konto/tygodnik"));
        assertThat(newsletter.isSubscribed(official)).isFalse();
        // the account's own POSTs still need the CSRF token
        mvc.perform(post("/konto/tygodnik/zapisz").with(user(official).roles(Role.OFFICIAL.name())))
                .andExpect(status().isForbidden());
    }

    @Test
    void theSubscriptionIsInTheDataExportGoneAfterErasureAndUnconfirmedOnesExpireAfter30Days() throws Exception {
        String official = TestAccounts.active(context, Role.OFFICIAL);
        newsletter.subscribeAccount(official);
        mvc.perform(get("/konto/moje-dane.json").with(user(users.loadUserByUsername(official))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.newsletter.email").value(official))
                .andExpect(jsonPath("$.newsletter.status").value("CONFIRMED"));

        String admin = TestAccounts.active(context, Role.ADMIN);
        long id = context.getBean(AccountService.class).findByEmail(official).orElseThrow().id();
        context.getBean(PersonalDataService.class).erase(id, admin);
        assertThat(newsletter.find(official)).isEmpty();
        assertThat(jdbc.sql("select count(*) from newsletter_subscription where email = ?").param(official)
                .query(Long.class).single()).isZero();

        String pending = address();
        signUp(pending);
        clock.advance(Duration.ofDays(29));
        newsletter.removeStaleUnconfirmed();
        assertThat(newsletter.find(pending)).isPresent();
        clock.advance(Duration.ofDays(2));
        assertThat(newsletter.removeStaleUnconfirmed()).isPositive();
        assertThat(newsletter.find(pending)).isEmpty();
    }

    /** The text and HTML parts of a message, by content type. */
    private static Map<String, String> parts(Part part) throws MessagingException, IOException {
        Map<String, String> found = new java.util.HashMap<>();
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                found.putAll(parts(body));
            }
        }
        else if (part.isMimeType("text/plain")) {
            found.put("text/plain", (String) part.getContent());
        }
        else if (part.isMimeType("text/html")) {
            found.put("text/html", (String) part.getContent());
        }
        return found;
    }
}
