package pl.dobrepraktyki.alerts;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import pl.dobrepraktyki.accounts.Role;
import pl.dobrepraktyki.accounts.TestAccounts;
import pl.dobrepraktyki.alerts.internal.AlertJobs;
import pl.dobrepraktyki.catalog.PracticeContents;
import pl.dobrepraktyki.catalog.PracticeService;
import pl.dobrepraktyki.exchange.ExchangeFixtures;
import pl.dobrepraktyki.exchange.GroupService;
import pl.dobrepraktyki.exchange.MeetingKind;
import pl.dobrepraktyki.exchange.MeetingService;
import pl.dobrepraktyki.search.SearchService;
import pl.dobrepraktyki.support.IntegrationTest;
import pl.dobrepraktyki.support.MailTestConfiguration;
import pl.dobrepraktyki.support.TestClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Following an exchange group (issue 18): the button on the group page, an alert through the outbox and
 * GreenMail with the group's new meeting and the new practice of a member unit (not of other units), the
 * link in the mail leading to the meeting, and the account page counting what is new since the last visit.
 */
@IntegrationTest
class GroupFollowIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    UserDetailsService users;

    @Autowired
    SavedSearchRepository searches;

    @Autowired
    AlertJobs jobs;

    @Autowired
    GreenMail greenMail;

    @Autowired
    TestClock clock;

    @Autowired
    SearchService search;

    @Autowired
    GroupService groups;

    @Autowired
    MeetingService meetings;

    @Autowired
    PracticeService practices;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private RequestPostProcessor as(String email) {
        return user(users.loadUserByUsername(email));
    }

    private String page(String address, String email) throws Exception {
        var request = get(address);
        if (email != null) {
            request = request.with(as(email));
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private long publish(String unit, String title) {
        String official = TestAccounts.activeOf(context, unit, Role.OFFICIAL);
        String editor = TestAccounts.active(context, Role.EDITOR);
        long id = practices.createDraft(PracticeContents.complete().title(title).leadUnit(unit).build(), official)
                .practiceId();
        practices.submit(id, official);
        practices.publish(id, editor);
        // the index follows the database through the outbox, a moment later
        await().atMost(Duration.ofSeconds(30)).until(() -> search.isIndexed(id));
        return id;
    }

    private void runJobs() {
        clock.advance(Duration.ofSeconds(1));
        jobs.collect();
        jobs.send();
    }

    @Test
    void followingAGroupMailsItsNewMeetingAndTheNewPracticeOfAMemberUnitAndTheAccountPageShowsWhatIsNew()
            throws Exception {
        String moderator = TestAccounts.active(context, Role.MODERATOR);
        long group = ExchangeFixtures.ruralGroup(context, moderator);
        String groupName = groups.group(group, null).name();
        String person = TestAccounts.active(context, Role.OFFICIAL);

        // the group page offers following to a signed-in person, and a hint to log in to others
        assertThat(page("/grupy/" + group, person)).contains("Obserwuj grupę")
                .contains("name=\"grupa\" value=\"" + group + "\"");
        assertThat(page("/grupy/" + group, null)).doesNotContain("name=\"grupa\"")
                .contains("aby obserwować tę grupę");

        mvc.perform(post("/konto/obserwowane/obserwuj").param("grupa", String.valueOf(group)).with(as(person))
                .with(csrf())).andExpect(redirectedUrl("/konto/obserwowane"))
                .andExpect(flash().attribute("flash", "alerts.followed.group"));
        // the group page now says so, and offers the way to the follows instead of the button
        assertThat(page("/grupy/" + group, person)).contains("Obserwujesz tę grupę")
                .contains("href=\"/konto/obserwowane\"").doesNotContain("name=\"grupa\"");
        // a second click (a page open from before) does not follow it twice
        mvc.perform(post("/konto/obserwowane/obserwuj").param("grupa", String.valueOf(group)).with(as(person))
                .with(csrf())).andExpect(redirectedUrl("/konto/obserwowane"))
                .andExpect(flash().attribute("flash", "alerts.followed.already"));
        mvc.perform(post("/konto/obserwowane/obserwuj").param("grupa", "999999").with(as(person)).with(csrf()))
                .andExpect(status().isNotFound());
        List<SavedSearch> follows = searches.findByOwnerOrderByCreatedAtAscIdAsc(person);
        assertThat(follows).hasSize(1);
        SavedSearch follow = follows.get(0);
        assertThat(follow.getName()).isEqualTo("Grupa: " + groupName);
        assertThat(follow.getKind()).isEqualTo(SavedSearchKind.FOLLOW);
        mvc.perform(post("/konto/obserwowane/" + follow.getId() + "/czestotliwosc").param("frequency", "IMMEDIATE")
                .with(as(person)).with(csrf())).andExpect(redirectedUrl("/konto/obserwowane"));

        clock.advance(Duration.ofSeconds(1));
        String meetingTitle = ExchangeFixtures.unique("Spotkanie o dowozie uczniów");
        long meeting = meetings.plan(ExchangeFixtures.meeting(group, meetingTitle, meetings.now().plusDays(20)
                .withHour(10).withMinute(0).withSecond(0).withNano(0), 20, MeetingKind.GROUP_MEETING), moderator);
        String ofMember = ExchangeFixtures.unique("Praktyka gminy z grupy");
        long practice = publish(ExchangeFixtures.RURAL_B, ofMember);
        String ofOther = ExchangeFixtures.unique("Praktyka gminy spoza grupy");
        long other = publish(ExchangeFixtures.RURAL_C, ofOther);
        runJobs();

        List<MimeMessage> received = MailTestConfiguration.mailTo(greenMail, person);
        assertThat(received).hasSize(1);
        MimeMessage alert = received.get(0);
        assertThat(alert.getSubject()).isEqualTo("Nowości w obserwowanej grupie: Grupa: " + groupName);
        assertThat(alert.getMessageID()).isEqualTo("<alert-" + follow.getId() + "-1@localhost>");
        assertThat(alert.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        String body = AlertsIntegrationTests.body(alert);
        assertThat(body).contains("Nowe spotkania grupy:").contains(meetingTitle)
                .contains("http://localhost/spotkania/" + meeting)
                .contains("Nowe praktyki jednostek grupy:").contains(ofMember)
                .contains("http://localhost/praktyki/" + practice)
                .doesNotContain(ofOther).doesNotContain("http://localhost/praktyki/" + other + "\n")
                .contains("http://localhost/grupy/" + group);

        // the link in the mail leads to the meeting
        Matcher link = Pattern.compile("http://localhost(/spotkania/\\d+)").matcher(body);
        assertThat(link.find()).isTrue();
        assertThat(page(link.group(1), null)).contains(meetingTitle);

        // nothing new: no second alert
        runJobs();
        assertThat(MailTestConfiguration.mailTo(greenMail, person)).hasSize(1);

        // the account page counts what is new since the last visit; opening the follow leads to the group
        String list = page("/konto/obserwowane", person);
        assertThat(list).contains("Grupa: " + groupName).contains("1 nowa praktyka").contains("1 nowe spotkanie");
        mvc.perform(get("/konto/obserwowane/" + follow.getId()).with(as(person)))
                .andExpect(redirectedUrl("/grupy/" + group));
        assertThat(page("/konto/obserwowane", person)).contains("brak nowych praktyk").contains("brak nowych spotkań");

        // and the person stops following it
        mvc.perform(post("/konto/obserwowane/" + follow.getId() + "/usun").with(as(person)).with(csrf()))
                .andExpect(redirectedUrl("/konto/obserwowane"));
        assertThat(searches.findById(follow.getId())).isEmpty();
        assertThat(page("/grupy/" + group, person)).contains("Obserwuj grupę").doesNotContain("Obserwujesz tę grupę");
    }
}
