package pl.dobrepraktyki.accounts;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Random;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import pl.dobrepraktyki.accounts.internal.RetentionJob;
import pl.dobrepraktyki.catalog.Contact;
import pl.dobrepraktyki.catalog.PracticeContents;
import pl.dobrepraktyki.catalog.PracticeService;
import pl.dobrepraktyki.catalog.PracticeSnapshot;
import pl.dobrepraktyki.catalog.PracticeVersionInfo;
import pl.dobrepraktyki.competition.CompetitionFixtures;
import pl.dobrepraktyki.competition.CompetitionService;
import pl.dobrepraktyki.competition.Entry;
import pl.dobrepraktyki.competition.EntryDraft;
import pl.dobrepraktyki.competition.internal.EntryRepository;
import pl.dobrepraktyki.exchange.ExchangeFixtures;
import pl.dobrepraktyki.exchange.ExchangeReports;
import pl.dobrepraktyki.exchange.GroupService;
import pl.dobrepraktyki.exchange.MeetingKind;
import pl.dobrepraktyki.exchange.MeetingService;
import pl.dobrepraktyki.exchange.MemberParams;
import pl.dobrepraktyki.exchange.RegistrationView;
import pl.dobrepraktyki.support.IntegrationTest;
import pl.dobrepraktyki.support.TestClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The GDPR tools end to end: "download my data", erasure by an administrator (including the search
 * index), withdrawal of consent everywhere at once, and the retention job.
 */
@IntegrationTest
class PersonalDataIntegrationTests {

    private static final String PHONE = "42 638 40 00";

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    AccountService accounts;

    @Autowired
    AuditLog audit;

    @Autowired
    PracticeService practices;

    @Autowired
    GroupService groups;

    @Autowired
    MeetingService meetings;

    @Autowired
    ExchangeReports reports;

    @Autowired
    CompetitionService competition;

    @Autowired
    RetentionJob retention;

    @Autowired
    TestClock clock;

    private final LocalDateTime nextMonth = LocalDateTime.now().plusMonths(1).withHour(10).withMinute(0).withSecond(0)
            .withNano(0);

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A surname nobody else has (random letters), so that a search finds only this person. */
    private static String uniqueSurname() {
        Random random = new Random();
        StringBuilder s = new StringBuilder("Z");
        for (int i = 0; i < 9; i++) {
            s.append((char) ('a' + random.nextInt(26)));
        }
        return s.toString();
    }

    /** A person with a unique name: an official of a rural gmina. */
    private record Person(String email, String name, String surname) {
    }

    private Person person() {
        String surname = uniqueSurname();
        String name = "Bogumiła " + surname;
        return new Person(TestAccounts.activeNamed(context, ExchangeFixtures.RURAL_A, name, Role.OFFICIAL), name,
                surname);
    }

    private PracticeSnapshot practiceWithContact(Person p, boolean consent) {
        return ExchangeFixtures.publishedPractice(context, ExchangeFixtures.RURAL_B,
                ExchangeFixtures.unique("Praktyka z kontaktem"), new Contact(p.name(), "Sekretarz gminy", p.email(),
                        PHONE, consent, null));
    }

    /** A competition entry written by the person, who is also its contact person. */
    private Entry entryBy(Person p) {
        String admin = TestAccounts.active(context, Role.ADMIN);
        long edition = competition.createEdition(CompetitionFixtures.openEdition("Edycja RODO", clock), admin).getId();
        EntryDraft draft = CompetitionFixtures.entry(ExchangeFixtures.unique("Zgłoszenie"));
        var c = draft.content();
        return competition.createEntry(edition, new EntryDraft(c.withContact(new Contact(p.name(), "Sekretarz",
                p.email(), PHONE, true, null)), draft.answers()), p.email());
    }

    private String searchPage(String q) throws Exception {
        return mvc.perform(get("/szukaj").param("q", q)).andReturn().getResponse().getContentAsString();
    }

    private String searchApi(String q) throws Exception {
        return mvc.perform(get("/api/v1/search").param("q", q)).andReturn().getResponse().getContentAsString();
    }

    private void awaitFoundBySearch(Person p, String title) {
        await().atMost(Duration.ofSeconds(60)).until(() -> searchPage(p.surname()).contains(title)
                && searchApi(p.surname()).contains(title));
    }

    private void awaitNotFoundBySearch(Person p, String title) {
        await().atMost(Duration.ofSeconds(60)).until(() -> !searchPage(p.surname()).contains(title)
                && !searchApi(p.surname()).contains(title) && !searchApi(p.name()).contains(title));
    }

    @Test
    void theDownloadHoldsEveryKindOfTheirDataAndNothingAboutAnotherPerson() throws Exception {
        Person me = person();
        Person other = person();
        String moderator = TestAccounts.active(context, Role.MODERATOR);
        PracticeSnapshot contactOf = practiceWithContact(me, true);
        PracticeSnapshot otherContact = practiceWithContact(other, true);
        PracticeSnapshot myDraft = practices.createDraft(PracticeContents.complete().leadUnit(ExchangeFixtures.RURAL_A)
                .title(ExchangeFixtures.unique("Mój szkic")).build(), me.email());
        long group = ExchangeFixtures.ruralGroup(context, moderator);
        groups.addMember(group, new MemberParams(me.email(), null, null, PHONE, null, "ekspertka", true), moderator);
        groups.addMember(group, new MemberParams(other.email(), null, null, null, null, "ekspert", true), moderator);
        long meeting = meetings.plan(ExchangeFixtures.meeting(group, "Spotkanie o danych", nextMonth, 10,
                MeetingKind.GROUP_MEETING), moderator);
        meetings.register(meeting, me.email());
        meetings.register(meeting, other.email());
        meetings.recordAttendance(meeting, meetings.meeting(meeting, moderator).registrations().stream()
                .filter(r -> r.email().equals(me.email())).map(RegistrationView::id).collect(Collectors.toSet()),
                moderator);
        Entry myEntry = entryBy(me);
        entryBy(other);
        audit.record(AuditLog.Type.LOGIN_SUCCEEDED, me.email(), me.email(), null);
        audit.record(AuditLog.Type.LOGIN_SUCCEEDED, other.email(), other.email(), null);

        String json = mvc.perform(get("/konto/moje-dane.json").with(user(users.loadUserByUsername(me.email()))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", startsWith("attachment")))
                .andExpect(jsonPath("$.account.email").value(me.email()))
                .andExpect(jsonPath("$.account.displayName").value(me.name()))
                .andExpect(jsonPath("$.account.unitTeryt").value(ExchangeFixtures.RURAL_A))
                .andExpect(jsonPath("$.auditEvents[0].type").value("LOGIN_SUCCEEDED"))
                .andExpect(jsonPath("$.catalog.contactPerson.length()").value(1))
                .andExpect(jsonPath("$.catalog.contactPerson[0].practiceId").value(contactOf.practiceId()))
                .andExpect(jsonPath("$.catalog.contactPerson[0].phone").value(PHONE))
                .andExpect(jsonPath("$.catalog.contactPerson[0].consent").value(true))
                .andExpect(jsonPath("$.catalog.practices[0].practiceId").value(myDraft.practiceId()))
                .andExpect(jsonPath("$.catalog.practices[0].roles[0]").value("author"))
                .andExpect(jsonPath("$.exchange.groupMemberships.length()").value(1))
                .andExpect(jsonPath("$.exchange.groupMemberships[0].groupId").value(group))
                .andExpect(jsonPath("$.exchange.groupMemberships[0].roleInGroup").value("ekspertka"))
                .andExpect(jsonPath("$.exchange.meetingRegistrations.length()").value(1))
                .andExpect(jsonPath("$.exchange.meetingRegistrations[0].meetingTitle").value("Spotkanie o danych"))
                .andExpect(jsonPath("$.exchange.meetingRegistrations[0].attended").value(true))
                .andExpect(jsonPath("$.competition.length()").value(1))
                .andExpect(jsonPath("$.competition[0].entryId").value(myEntry.getId()))
                .andExpect(jsonPath("$.competition[0].author").value(true))
                .andExpect(jsonPath("$.competition[0].contact.email").value(me.email()))
                .andReturn().getResponse().getContentAsString();
        assertThat(json).as("nothing about another person").doesNotContain(other.email(), other.surname(),
                otherContact.content().title());

        mvc.perform(get("/konto/moje-dane.json")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/logowanie"));
        assertThat(audit.recent(0, 200).getContent()).anyMatch(e -> e.getType().equals("DATA_EXPORTED")
                && me.email().equals(e.getSubject()));
    }

    @Test
    void erasureAnonymisesTheAccountRemovesContactsMembershipsAndRegistrationsKeepsAttendanceCountsAndTheSearchFindsNothing()
            throws Exception {
        Person p = person();
        String admin = TestAccounts.active(context, Role.ADMIN);
        String moderator = TestAccounts.active(context, Role.MODERATOR);
        PracticeSnapshot practice = practiceWithContact(p, true);
        String title = practice.content().title();
        long group = ExchangeFixtures.ruralGroup(context, moderator);
        groups.addMember(group, new MemberParams(p.email(), null, null, PHONE, null, "ekspertka", true), moderator);
        long meeting = meetings.plan(ExchangeFixtures.meeting(group, "Spotkanie przed usunięciem", nextMonth, 1,
                MeetingKind.GROUP_MEETING), moderator);
        String waiting = TestAccounts.activeOf(context, ExchangeFixtures.RURAL_B, Role.OFFICIAL);
        meetings.register(meeting, p.email());
        meetings.register(meeting, waiting);
        meetings.recordAttendance(meeting, meetings.meeting(meeting, moderator).registrations().stream()
                .filter(r -> r.email().equals(p.email())).map(RegistrationView::id).collect(Collectors.toSet()),
                moderator);
        assertThat(reports.forGroup(group).participants()).isEqualTo(1);
        Entry entry = entryBy(p);
        long id = accounts.findByEmail(p.email()).orElseThrow().id();
        awaitFoundBySearch(p, title);

        // without the confirmation nothing happens
        mvc.perform(get("/admin/uzytkownicy/{id}", id).with(user(users.loadUserByUsername(admin))))
                .andExpect(content().string(containsString("Usuń dane osobowe (RODO)")));
        mvc.perform(post("/admin/uzytkownicy/{id}/rodo", id).with(csrf()).with(user(users.loadUserByUsername(admin))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Zaznacz potwierdzenie")));
        assertThat(accounts.findByEmail(p.email())).isPresent();

        mvc.perform(post("/admin/uzytkownicy/{id}/rodo", id).param("potwierdzam", "true").with(csrf())
                .with(user(users.loadUserByUsername(admin))))
                .andExpect(redirectedUrl("/admin/uzytkownicy/" + id));

        // the account is anonymised
        AccountView erased = accounts.find(id).orElseThrow();
        assertThat(erased.status()).isEqualTo(AccountStatus.ERASED);
        assertThat(erased.email()).doesNotContain(p.email()).endsWith(".invalid");
        assertThat(erased.displayName()).doesNotContain(p.surname());
        assertThat(erased.roles()).isEmpty();
        assertThat(accounts.findByEmail(p.email())).isEmpty();
        // the audit log names the pseudonym, never the address
        assertThat(audit.recent(0, 200).getContent()).noneMatch(e -> p.email().equals(e.getActor())
                || p.email().equals(e.getSubject()) || (e.getDetails() != null && e.getDetails().contains(p.email())))
                .anyMatch(e -> e.getType().equals("DATA_ERASED") && erased.email().equals(e.getSubject()));

        // contact data are gone from the practice, its kept versions, its page and the API
        assertThat(practices.get(practice.practiceId(), admin).content().contact().isEmpty()).isTrue();
        for (PracticeVersionInfo v : practices.versions(practice.practiceId())) {
            Contact kept = practices.version(practice.practiceId(), v.version()).orElseThrow().content().contact();
            assertThat(kept.email()).isNull();
            assertThat(kept.name()).isNull();
        }
        mvc.perform(get("/praktyki/{id}", practice.practiceId())).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(p.surname()))))
                .andExpect(content().string(not(containsString(p.email()))));
        mvc.perform(get("/api/v1/practices/{id}", practice.practiceId())).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(p.surname()))));

        // the competition entry keeps the pseudonym as its author, without the contact data
        Entry erasedEntry = context.getBean(EntryRepository.class).findById(entry.getId()).orElseThrow();
        assertThat(erasedEntry.getAuthor()).isEqualTo(erased.email());
        assertThat(erasedEntry.getContent().contact().isEmpty()).isTrue();

        // memberships and registrations are deleted; the freed place went to the person waiting
        assertThat(groups.group(group, moderator).members()).noneMatch(m -> p.email().equals(m.email())
                || m.name().contains(p.surname()));
        assertThat(meetings.meeting(meeting, moderator).registrations()).extracting(RegistrationView::email)
                .containsExactly(waiting);
        assertThat(meetings.meeting(meeting, waiting).mine().status())
                .isEqualTo(pl.dobrepraktyki.exchange.RegistrationStatus.REGISTERED);
        // attendance statistics are kept as counts
        assertThat(reports.forGroup(group).participants()).isEqualTo(1);
        assertThat(reports.forGroup(group).units()).isEqualTo(1);

        // and a search for the person's name finds nothing, on the page and in the API
        awaitNotFoundBySearch(p, title);
        assertThat(searchPage(p.surname())).doesNotContain(p.surname() + "</");
    }

    @Test
    void anAdministratorCannotEraseTheirOwnData() throws Exception {
        String admin = TestAccounts.active(context, Role.ADMIN);
        long id = accounts.findByEmail(admin).orElseThrow().id();
        mvc.perform(post("/admin/uzytkownicy/{id}/rodo", id).param("potwierdzam", "true").with(csrf())
                .with(user(users.loadUserByUsername(admin))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("własnego konta")));
        assertThat(accounts.find(id).orElseThrow().status()).isEqualTo(AccountStatus.ACTIVE);
    }

    @Test
    void withdrawnConsentHidesTheContactDataAtOnceOnPagesApiFilesAndSearch() throws Exception {
        Person p = person();
        String moderator = TestAccounts.active(context, Role.MODERATOR);
        String reader = TestAccounts.activeOf(context, ExchangeFixtures.RURAL_C, Role.OFFICIAL);
        PracticeSnapshot practice = practiceWithContact(p, true);
        String title = practice.content().title();
        long group = ExchangeFixtures.ruralGroup(context, moderator);
        groups.addMember(group, new MemberParams(p.email(), null, null, PHONE, null, "ekspertka", true), moderator);
        long meeting = meetings.plan(ExchangeFixtures.meeting(group, "Spotkanie o zgodzie", nextMonth, 10,
                MeetingKind.GROUP_MEETING), moderator);
        awaitFoundBySearch(p, title);
        mvc.perform(get("/praktyki/{id}", practice.practiceId()))
                .andExpect(content().string(containsString(p.surname())));
        mvc.perform(get("/api/v1/practices/{id}", practice.practiceId()))
                .andExpect(jsonPath("$.contact.name").value(p.name()));
        mvc.perform(get("/grupy/{id}", group).with(user(users.loadUserByUsername(reader))))
                .andExpect(content().string(containsString(p.surname())));

        mvc.perform(get("/konto").with(user(users.loadUserByUsername(p.email())))).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/konto/moje-dane.json\"")))
                .andExpect(content().string(containsString("Wycofaj zgodę na publikację moich danych kontaktowych")));
        mvc.perform(post("/konto/zgoda/wycofaj").with(csrf()).with(user(users.loadUserByUsername(p.email()))))
                .andExpect(redirectedUrl("/konto"));

        // at once, without waiting: every page, file and API answer
        String[] pages = { "/praktyki/" + practice.practiceId(), "/api/v1/practices/" + practice.practiceId(),
            "/api/v1/practices?unit=" + ExchangeFixtures.RURAL_B + "&size=100", "/grupy/" + group,
            "/grupy/" + group + "/raport.csv", "/spotkania/" + meeting, "/spotkania/" + meeting + "/kalendarz.ics",
            "/spotkania.ics" };
        for (String page : pages) {
            String body = mvc.perform(get(page).with(user(users.loadUserByUsername(reader))))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(body).as(page).doesNotContain(p.surname()).doesNotContain(p.email()).doesNotContain(PHONE);
        }
        mvc.perform(get("/api/v1/practices/{id}", practice.practiceId()))
                .andExpect(jsonPath("$.contact").doesNotExist());
        // the data stay for the unit and the editors (consent is about publication, not about storage)
        assertThat(practices.get(practice.practiceId(), TestAccounts.active(context, Role.EDITOR)).content().contact()
                .name()).isEqualTo(p.name());
        assertThat(audit.recent(0, 200).getContent()).anyMatch(e -> e.getType().equals("CONSENT_WITHDRAWN")
                && p.email().equals(e.getSubject()));
        // and the search index follows
        awaitNotFoundBySearch(p, title);
    }

    @Test
    void theRetentionJobRemovesUnconfirmedRegistrationsAfter30DaysAndAuditEventsAfterTheConfiguredPeriod() {
        String unconfirmed = "niepotwierdzona-" + System.nanoTime() + "@example.pl";
        accounts.register(new AccountService.Registration(unconfirmed, "Niepotwierdzona Osoba", TestAccounts.PASSWORD,
                "1061011", null));
        String confirmed = TestAccounts.active(context, Role.OFFICIAL);
        String actor = "retencja-" + System.nanoTime() + "@example.pl";
        audit.record(AuditLog.Type.LOGIN_FAILED, actor, actor, null);

        clock.advance(Duration.ofDays(29));
        retention.run();
        assertThat(accounts.findByEmail(unconfirmed)).as("29 days: kept").isPresent();

        clock.advance(Duration.ofDays(2));
        retention.run();
        assertThat(accounts.findByEmail(unconfirmed)).as("31 days: removed").isEmpty();
        assertThat(accounts.findByEmail(confirmed)).as("confirmed accounts stay").isPresent();
        assertThat(audited(actor)).as("audit events stay 730 days").isTrue();

        clock.advance(Duration.ofDays(729 - 31));
        retention.run();
        assertThat(audited(actor)).as("729 days: kept").isTrue();

        clock.advance(Duration.ofDays(2));
        retention.run();
        assertThat(audited(actor)).as("731 days: removed").isFalse();
    }

    private boolean audited(String actor) {
        return audit.recent(0, 200).getContent().stream().anyMatch(e -> actor.equals(e.getActor()));
    }
}
