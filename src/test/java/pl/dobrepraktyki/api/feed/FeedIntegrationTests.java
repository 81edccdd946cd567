package pl.dobrepraktyki.api.feed;

import java.io.StringReader;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.WireFeedInput;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

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
import pl.dobrepraktyki.support.TestClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class FeedIntegrationTests {

    /** Adamówka, a rural gmina no other test uses: its feed holds only what this test publishes. */
    private static final String ADAMOWKA = "1814022";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    PracticeService practices;

    @Autowired
    CompetitionService competition;

    @Autowired
    MeetingService meetings;

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private Feed feed(MockHttpServletRequestBuilder request) throws Exception {
        String xml = mvc.perform(request.accept("application/atom+xml"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/atom+xml;charset=UTF-8"))
                .andReturn().getResponse().getContentAsString();
        Feed feed = (Feed) new WireFeedInput().build(new StringReader(xml));
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getId()).startsWith("tag:dobrepraktyki.pl,2026:");
        assertThat(feed.getTitle()).isNotBlank();
        assertThat(feed.getUpdated()).isNotNull();
        assertThat(feed.getOtherLinks()).extracting(Link::getRel).contains("self");
        assertThat(feed.getAuthors()).isNotEmpty();
        List<String> ids = feed.getEntries().stream().map(Entry::getId).toList();
        assertThat(ids).doesNotHaveDuplicates();
        for (Entry entry : feed.getEntries()) {
            assertThat(entry.getId()).as("id").startsWith("tag:dobrepraktyki.pl,2026:");
            assertThat(entry.getUpdated()).as("updated of %s", entry.getTitle()).isNotNull();
            assertThat(entry.getTitle()).isNotBlank();
            assertThat(entry.getAlternateLinks()).hasSize(1);
            assertThat(entry.getAlternateLinks().get(0).getHrefResolved()).startsWith("http://localhost/");
        }
        return feed;
    }

    private long published(String title, String official, String editor) {
        long id = practices.createDraft(PracticeContents.complete().title(title).leadUnit(ADAMOWKA).build(), official)
                .practiceId();
        practices.submit(id, official);
        practices.publish(id, editor);
        return id;
    }

    private static List<String> titles(Feed feed) {
        return feed.getEntries().stream().map(Entry::getTitle).toList();
    }

    @Test
    void thePracticesFeedHoldsPublicPracticesNewestFirstWithLinksToTheirPagesAndNoDraft() throws Exception {
        String official = TestAccounts.activeOf(context, ADAMOWKA, Role.OFFICIAL);
        String editor = TestAccounts.active(context, Role.EDITOR);
        long older = published(ExchangeFixtures.unique("Adamówka: świetlica"), official, editor);
        clock.advance(Duration.ofMinutes(1));
        long newer = published(ExchangeFixtures.unique("Adamówka: dowóz uczniów"), official, editor);
        long draft = practices.createDraft(PracticeContents.complete().title(ExchangeFixtures.unique("Adamówka: szkic"))
                .leadUnit(ADAMOWKA).build(), official).practiceId();
        String newerTitle = practices.findPublished(newer).orElseThrow().content().title();
        String olderTitle = practices.findPublished(older).orElseThrow().content().title();

        Feed all = feed(get("/kanaly/praktyki.atom"));
        // the database is shared with other tests (whose clock may have published later), so: both, newest first
        assertThat(titles(all)).containsSubsequence(newerTitle, olderTitle);
        assertThat(all.getEntries().size()).isLessThanOrEqualTo(FeedController.PRACTICES);
        assertThat(all.getOtherLinks().get(0).getHref()).isEqualTo("http://localhost/kanaly/praktyki.atom");

        Feed ofUnit = feed(get("/kanaly/praktyki.atom").param("jst", ADAMOWKA));
        assertThat(titles(ofUnit)).containsExactly(newerTitle, olderTitle);
        Entry first = ofUnit.getEntries().get(0);
        assertThat(first.getAlternateLinks().get(0).getHref()).isEqualTo("http://localhost/praktyki/" + newer);
        assertThat(first.getId()).isEqualTo("tag:dobrepraktyki.pl,2026:praktyki/" + newer);
        assertThat(first.getSummary().getType()).isEqualTo("text");
        assertThat(first.getSummary().getValue()).isEqualTo("Wszystkie sprawy przedsiębiorcy w jednym miejscu urzędu.");
        assertThat(first.getAuthors().get(0).getName()).isEqualTo("gmina wiejska Adamówka");
        assertThat(ofUnit.getTitle()).contains("Adamówka");
        Set<String> links = ofUnit.getEntries().stream().map(e -> e.getAlternateLinks().get(0).getHref())
                .collect(Collectors.toSet());
        assertThat(links).doesNotContain("http://localhost/praktyki/" + draft);
        assertThat(all.getEntries()).extracting(e -> e.getAlternateLinks().get(0).getHref())
                .doesNotContain("http://localhost/praktyki/" + draft);

        assertThat(titles(feed(get("/kanaly/praktyki.atom").param("jst", ADAMOWKA)
                .param("dzial", "ROZWOJ_INSTYTUCJONALNY")))).containsExactly(newerTitle, olderTitle);
        assertThat(titles(feed(get("/kanaly/praktyki.atom").param("jst", ADAMOWKA).param("dzial", "USLUGI_SPOLECZNE"))))
                .isEmpty();
        assertThat(titles(feed(get("/kanaly/praktyki.atom").param("jst", ADAMOWKA)
                .param("dziedzina", "ROZWOJ_GOSPODARCZY")))).containsExactly(newerTitle, olderTitle);
        Feed otherArea = feed(get("/kanaly/praktyki.atom").param("jst", ADAMOWKA).param("dziedzina", "KULTURA"));
        assertThat(titles(otherArea)).isEmpty();
        assertThat(otherArea.getId()).isEqualTo("tag:dobrepraktyki.pl,2026:kanaly/praktyki?dziedzina=KULTURA&jst="
                + ADAMOWKA);
        assertThat(otherArea.getOtherLinks().get(0).getHref())
                .isEqualTo("http://localhost/kanaly/praktyki.atom?dziedzina=KULTURA&jst=" + ADAMOWKA);
    }

    @Test
    void anUnknownSectionAreaOrUnitIsNotFoundAndAMalformedUnitCodeIsABadRequest() throws Exception {
        mvc.perform(get("/kanaly/praktyki.atom").param("dzial", "NIE_MA_TAKIEGO").accept("application/atom+xml"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/kanaly/praktyki.atom").param("dziedzina", "NIE_MA_TAKIEJ").accept("application/atom+xml"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/kanaly/praktyki.atom").param("jst", "1814999").accept("application/atom+xml"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/kanaly/praktyki.atom").param("jst", "gmina").accept("application/atom+xml"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/kanaly/praktyki.atom").param("dzial", "NIE_MA_TAKIEGO"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    @Test
    void theCompetitionFeedAnnouncesANewEditionAndThenItsResults() throws Exception {
        String admin = TestAccounts.active(context, Role.ADMIN);
        String editor = TestAccounts.active(context, Role.EDITOR);
        String name = ExchangeFixtures.unique("Edycja kanału");
        Edition edition = competition.createEdition(CompetitionFixtures.openEdition(name, clock), admin);
        String page = "http://localhost/konkursy/" + edition.getId();

        Feed announced = feed(get("/kanaly/konkursy.atom"));
        assertThat(announced.getEntries()).filteredOn(e -> e.getTitle().contains(name))
                .extracting(e -> e.getAlternateLinks().get(0).getHref()).containsExactly(page);

        clock.advance(Duration.ofDays(2));
        competition.publishResults(edition.getId(), editor);
        Feed results = feed(get("/kanaly/konkursy.atom"));
        List<Entry> ofEdition = results.getEntries().stream().filter(e -> e.getTitle().contains(name)).toList();
        assertThat(ofEdition).extracting(Entry::getId).containsExactly(
                "tag:dobrepraktyki.pl,2026:konkursy/" + edition.getId() + "/wyniki",
                "tag:dobrepraktyki.pl,2026:konkursy/" + edition.getId());
        assertThat(ofEdition.get(0).getTitle()).isEqualTo("Wyniki konkursu: " + name);
        assertThat(ofEdition.get(0).getAlternateLinks().get(0).getHref()).isEqualTo(page + "#wyniki");
        assertThat(ofEdition.get(1).getSummary().getValue()).startsWith("Temat: Usługi społeczne.");
    }

    @Test
    void theMeetingsFeedListsUpcomingMeetingsOnly() throws Exception {
        String moderator = TestAccounts.active(context, Role.MODERATOR);
        long group = ExchangeFixtures.ruralGroup(context, moderator);
        LocalDateTime soon = meetings.now().plusHours(2).withSecond(0).withNano(0);
        String upcomingTitle = ExchangeFixtures.unique("Spotkanie w kanale");
        String pastTitle = ExchangeFixtures.unique("Spotkanie minione");
        long upcoming = meetings.plan(ExchangeFixtures.meeting(group, upcomingTitle, soon, 10, MeetingKind.GROUP_MEETING),
                moderator);
        meetings.plan(ExchangeFixtures.meeting(group, pastTitle, soon.minusDays(3), 10, MeetingKind.GROUP_MEETING),
                moderator);

        Feed feed = feed(get("/kanaly/spotkania.atom"));
        assertThat(titles(feed)).contains(upcomingTitle).doesNotContain(pastTitle);
        Entry entry = feed.getEntries().stream().filter(e -> e.getTitle().equals(upcomingTitle)).findFirst()
                .orElseThrow();
        assertThat(entry.getAlternateLinks().get(0).getHref()).isEqualTo("http://localhost/spotkania/" + upcoming);
        assertThat(entry.getSummary().getValue()).contains("Urząd Gminy").contains("GWD gmin wiejskich");
    }
}
