package pl.dobrepraktyki.exchange;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import pl.dobrepraktyki.accounts.Role;
import pl.dobrepraktyki.accounts.TestAccounts;
import pl.dobrepraktyki.catalog.Contact;
import pl.dobrepraktyki.catalog.PracticeSnapshot;
import pl.dobrepraktyki.support.IntegrationTest;
import pl.dobrepraktyki.support.MailTestConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ExchangeIntegrationTests {

    @Autowired
    GreenMail greenMail;

    @Autowired
    ApplicationContext context;

    @Autowired
    GroupService groups;

    @Autowired
    MeetingService meetings;

    @Autowired
    ExchangeReports reports;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    private final LocalDateTime nextMonth = LocalDateTime.now().plusMonths(1).withHour(10).withMinute(0).withSecond(0)
            .withNano(0);

    private String official(String unit) {
        return TestAccounts.activeOf(context, unit, Role.OFFICIAL);
    }

    @Test
    void theOfficialOverTheLimitWaitsAndGetsThePlaceWhenSomeoneCancels() throws Exception {
        String moderator = TestAccounts.active(context, Role.MODERATOR);
        long group = ExchangeFixtures.ruralGroup(context, moderator);
        long meeting = meetings.plan(ExchangeFixtures.meeting(group, "Spotkanie z limitem", nextMonth, 2,
                MeetingKind.GROUP_MEETING), moderator);
        String first = official(ExchangeFixtures.RURAL_A);
        String second = official(ExchangeFixtures.RURAL_B);
        String third = official(ExchangeFixtures.RURAL_A);
        String fourth = official(ExchangeFixtures.RURAL_B);

        assertThat(meetings.register(meeting, first)).isEqualTo(RegistrationStatus.REGISTERED);
        assertThat(meetings.register(meeting, second)).isEqualTo(RegistrationStatus.REGISTERED);
        assertThat(meetings.register(meeting, third)).isEqualTo(RegistrationStatus.WAITING);
        assertThat(meetings.register(meeting, fourth)).isEqualTo(RegistrationStatus.WAITING);
        assertThat(meetings.register(meeting, third)).as("registering again changes nothing")
                .isEqualTo(RegistrationStatus.WAITING);

        meetings.cancel(meeting, first);

        assertThat(meetings.meeting(meeting, third).mine().status()).isEqualTo(RegistrationStatus.REGISTERED);
        assertThat(meetings.meeting(meeting, fourth).mine().status()).isEqualTo(RegistrationStatus.WAITING);
        MeetingView seen = meetings.meeting(meeting, moderator);
        assertThat(seen.summary().registered()).isEqualTo(2);
        assertThat(seen.waiting()).isEqualTo(1);
        assertThat(seen.registrations()).extracting(RegistrationView::email).containsExactly(second, third, fourth);

        assertThat(meetings.register(meeting, first)).as("after cancelling, the person joins at the end")
                .isEqualTo(RegistrationStatus.WAITING);

        // the person who moved up is told by e-mail, with the link to the meeting; the one still waiting is not
        List<MimeMessage> told = MailTestConfiguration.mailTo(greenMail, third);
        assertThat(told).hasSize(1);
        assertThat(told.get(0).getSubject()).isEqualTo("Zwolniło się miejsce: Spotkanie z limitem");
        assertThat(told.get(0).getContent().toString()).contains("z listy rezerwowej")
                .contains("http://localhost/spotkania/" + meeting);
        assertThat(MailTestConfiguration.mailTo(greenMail, fourth)).isEmpty();
    }

    @Test
    void theHomePageListsTheNextMeeting() throws Exception {
        String moderator = TestAccounts.active(context, Role.MODERATOR);
        long meeting = meetings.plan(ExchangeFixtures.meeting(null, "Spotkanie za pół godziny",
                meetings.now().plusMinutes(30), null, MeetingKind.WORKSHOP), moderator);

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.allOf(
                                org.hamcrest.Matchers.containsString("Najbliższe spotkania"),
                                org.hamcrest.Matchers.containsString("href=\"/spotkania/" + meeting + "\""))));
    }

    @Test
    void theContentKindFacetCountsMeetingsAndListsThemAlone() throws Exception {
        String moderator = TestAccounts.active(context, Role.MODERATOR);
        long meeting = meetings.plan(ExchangeFixtures.meeting(null, "Warsztat o kormoranowych funduszach sołeckich",
                nextMonth, 20, MeetingKind.WORKSHOP), moderator);
        var get = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/szukaj")
                .param("q", "kormoranowe");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).untilAsserted(() -> mvc.perform(get)
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("/spotkania/" + meeting))));

        // the facet names practices (none has the word, nor a word like it) and meetings (one), each with its link
        String page = mvc.perform(get).andReturn().getResponse().getContentAsString();
        org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(page);
        var kinds = html.select("nav.content-kinds a");
        assertThat(kinds.eachText()).containsExactly("Praktyki (0)", "Spotkania (1)");
        assertThat(kinds.get(0).attr("aria-current")).isEqualTo("page");
        assertThat(kinds.get(1).attr("href")).contains("tresc=spotkania").contains("q=kormoranowe");

        // chosen, it lists the meetings alone: no practice results, no other boxes, and the choice is kept by the form
        org.jsoup.nodes.Document only = org.jsoup.Jsoup.parse(mvc.perform(
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(java.net.URI.create(kinds.get(1).attr("href"))))
                .andReturn().getResponse().getContentAsString());
        assertThat(only.select("#results-count").text()).isEqualTo("Spotkania: znaleziono 1");
        assertThat(only.select(".search-results .hit a").eachAttr("href")).containsExactly("/spotkania/" + meeting);
        assertThat(only.select("nav.content-kinds a[aria-current=page]").text()).isEqualTo("Spotkania (1)");
        assertThat(only.select("aside.facets")).isEmpty();
        assertThat(only.select("form[role=search] input[name=tresc]").attr("value")).isEqualTo("spotkania");

        // an unknown kind shows the practices, as no kind does
        org.jsoup.nodes.Document unknown = org.jsoup.Jsoup.parse(mvc.perform(
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/szukaj")
                        .param("q", "kormoranowe").param("tresc", "nieznane"))
                .andReturn().getResponse().getContentAsString());
        assertThat(unknown.select("nav.content-kinds a[aria-current=page]").text()).isEqualTo("Praktyki (0)");
    }

    @Test
    void theSearchPageListsMeetingsWhoseWordsMatch() throws Exception {
        String moderator = TestAccounts.active(context, Role.MODERATOR);
        long meeting = meetings.plan(ExchangeFixtures.meeting(null, "Warsztat o żubrowych konsultacjach społecznych",
                nextMonth, 20, MeetingKind.WORKSHOP), moderator);

        // the meetings' index follows the saved meeting shortly after, as the practices' does
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).untilAsserted(() -> mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/szukaj")
                        .param("q", "zubrowe konsultacje"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.allOf(
                                org.hamcrest.Matchers.containsString("Warsztat o żubrowych konsultacjach społecznych"),
                                org.hamcrest.Matchers.containsString("/spotkania/" + meeting)))));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/szukaj")
                        .param("q", "zubrowe hackathony"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("/spotkania/" + meeting))));
    }

    @Test
    void officialsRegisteringAtTheSameTimeNeverTakeMorePlacesThanThereAre() throws Exception {
        String moderator = TestAccounts.active(context, Role.MODERATOR);
        long meeting = meetings.plan(ExchangeFixtures.meeting(null, "Szkolenie z limitem", nextMonth, 3,
                MeetingKind.TRAINING), moderator);
        java.util.List<String> officials = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            officials.add(official(ExchangeFixtures.RURAL_C));
        }
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var start = new java.util.concurrent.CountDownLatch(1);
            var results = new java.util.ArrayList<java.util.concurrent.Future<RegistrationStatus>>();
            for (String official : officials) {
                results.add(pool.submit(() -> {
                    start.await();
                    return meetings.register(meeting, official);
                }));
            }
            start.countDown();
            long registered = 0;
            for (var result : results) {
                if (result.get(60, java.util.concurrent.TimeUnit.SECONDS) == RegistrationStatus.REGISTERED) {
                    registered++;
                }
            }
            assertThat(registered).isEqualTo(3);
            assertThat(meetings.summary(meeting).registered()).isEqualTo(3);
            assertThat(meetings.meeting(meeting, moderator).waiting()).isEqualTo(5);
        }
        finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aGroupMeetingIsForOfficialsOfMemberUnitsAndOnlyItsModeratorsManageIt() {
        String moderator = TestAccounts.active(context, Role.MODERATOR);
        String otherModerator = TestAccounts.active(context, Role.MODERATOR);
        long group = ExchangeFixtures.ruralGroup(context, moderator);
        long meeting = meetings.plan(ExchangeFixtures.meeting(group, "Spotkanie członków", nextMonth, null,
                MeetingKind.GROUP_MEETING), moderator);

        String outsider = official(ExchangeFixtures.RURAL_C);
        assertThatThrownBy(() -> meetings.register(meeting, outsider)).isInstanceOf(AccessDeniedException.class);
        assertThat(meetings.meeting(meeting, outsider).canRegister()).isFalse();
        assertThatThrownBy(() -> groups.addUnit(group, ExchangeFixtures.RURAL_C, otherModerator))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> meetings.recordAttendance(meeting, Set.of(), otherModerator))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> meetings.plan(ExchangeFixtures.meeting(group, "Obce", nextMonth, null, null),
                otherModerator)).isInstanceOf(AccessDeniedException.class);

        groups.addMember(group, new MemberParams(outsider, null, null, null, null, "ekspert", false), moderator);
        assertThat(meetings.register(meeting, outsider)).as("a member person may register")
                .isEqualTo(RegistrationStatus.REGISTERED);

        assertThatThrownBy(() -> groups.addModerator(group, outsider, moderator))
                .as("only a person with the moderator role").isInstanceOf(ExchangeValidationException.class);
        groups.addModerator(group, otherModerator, moderator);
        meetings.recordAttendance(meeting, Set.of(), otherModerator);
        assertThat(groups.group(group, otherModerator).moderators()).containsExactlyInAnyOrder(moderator,
                otherModerator);
        assertThat(groups.group(group, outsider).moderators()).as("moderators' e-mails only for moderators")
                .isEmpty();

        long subgroup = groups.create(new GroupParams(ExchangeFixtures.unique("Podgrupa regionalna"),
                GroupKind.REGIONAL_SUBGROUP, group, null, java.util.List.of(), null, null, null), moderator);
        assertThat(groups.group(group, null).subgroups()).extracting(GroupSummary::id).containsExactly(subgroup);
        assertThat(groups.group(subgroup, null).parentGroupId()).isEqualTo(group);
        assertThatThrownBy(() -> groups.create(new GroupParams("Bez grupy nadrzędnej", GroupKind.REGIONAL_SUBGROUP,
                null, null, java.util.List.of(), null, null, null), moderator))
                .isInstanceOf(ExchangeValidationException.class);
    }

    @Test
    void theReportCountsEachPersonAndUnitOnceAndThoseInSeveralComponents() {
        String moderator = TestAccounts.active(context, Role.MODERATOR);
        long group = ExchangeFixtures.ruralGroup(context, moderator);
        String programme = "POKL_5_4";
        groups.update(group, groups.group(group, moderator).version(), new GroupParams(groups.group(group, moderator)
                .name(), GroupKind.RURAL_GMINAS, null, null, java.util.List.of(), programme, null, null), moderator);
        long one = meetings.plan(withProgramme(ExchangeFixtures.meeting(group, "Pierwsze", nextMonth, null, null),
                programme), moderator);
        long two = meetings.plan(withProgramme(ExchangeFixtures.meeting(group, "Drugie", nextMonth.plusDays(7), null,
                null), programme), moderator);
        long workshop = meetings.plan(withProgramme(ExchangeFixtures.meeting(null, "Warsztat strategiczny",
                nextMonth.plusDays(14), null, MeetingKind.WORKSHOP), programme), moderator);
        String a = official(ExchangeFixtures.RURAL_A);
        String b = official(ExchangeFixtures.RURAL_A);
        String c = official(ExchangeFixtures.RURAL_B);
        String absent = official(ExchangeFixtures.RURAL_B);
        for (String person : new String[] { a, b, c, absent }) {
            meetings.register(one, person);
        }
        meetings.register(two, a);
        meetings.register(two, c);
        meetings.register(workshop, a);
        meetings.register(workshop, official(ExchangeFixtures.RURAL_C));
        attend(one, moderator, a, b, c);
        attend(two, moderator, a, c);
        attend(workshop, moderator, a, meetings.meeting(workshop, moderator).registrations().get(1).email());
        PracticeSnapshot practice = ExchangeFixtures.publishedPractice(context, ExchangeFixtures.RURAL_A,
                ExchangeFixtures.unique("Praktyka z grupy"), new Contact("Anna Nowak", "Naczelniczka",
                "anna.nowak@example.pl", null, false, null));
        meetings.linkPractice(one, practice.practiceId(), moderator);
        meetings.linkPractice(two, practice.practiceId(), moderator);

        ExchangeReport report = reports.forGroup(group);
        assertThat(report.meetings()).isEqualTo(2);
        assertThat(report.participants()).as("a, b, c; the absent person does not count").isEqualTo(3);
        assertThat(report.units()).isEqualTo(2);
        assertThat(report.inSeveralComponents()).as("a also took part in the workshop").isEqualTo(1);
        assertThat(report.practices()).isEqualTo(1);

        ExchangeReport total = reports.forProgramme(programme);
        assertThat(total.meetings()).isGreaterThanOrEqualTo(3);
        assertThat(total.participants()).isGreaterThanOrEqualTo(4);
        assertThat(reports.programmeWithGroups(programme)).extracting(ExchangeReport::scope)
                .contains(groups.group(group, null).name(), programme);
    }

    private static MeetingParams withProgramme(MeetingParams p, String programme) {
        return new MeetingParams(p.groupId(), p.title(), p.kind(), p.mode(), p.startsAt(), p.endsAt(),
                p.hostUnitTeryt(), p.place(), p.agenda(), p.minutes(), p.capacity(), programme, p.studyVisits());
    }

    private void attend(long meeting, String moderator, String... emails) {
        Set<String> present = Set.of(emails);
        meetings.recordAttendance(meeting, meetings.meeting(meeting, moderator).registrations().stream()
                .filter(r -> present.contains(r.email())).map(RegistrationView::id)
                .collect(java.util.stream.Collectors.toSet()), moderator);
    }

    @Test
    void personalDataOfAPersonWhoDidNotConsentIsNeverShown() throws Exception {
        String moderator = TestAccounts.active(context, Role.MODERATOR);
        long group = ExchangeFixtures.ruralGroup(context, moderator);
        String agreed = ExchangeFixtures.unique("Zofia Zgodna");
        String refused = ExchangeFixtures.unique("Roman Niezgodny");
        String refusedEmail = "roman.niezgodny." + System.nanoTime() + "@example.pl";
        String refusedPhone = "600 111 222";
        groups.addMember(group, new MemberParams("zofia." + System.nanoTime() + "@example.pl", agreed, "Kierowniczka",
                null, ExchangeFixtures.RURAL_A, "lider", true), moderator);
        groups.addMember(group, new MemberParams(refusedEmail, refused, "Inspektor", refusedPhone,
                ExchangeFixtures.RURAL_B, "uczestnik", false), moderator);
        String practiceContact = ExchangeFixtures.unique("Kamil Bezzgody");
        PracticeSnapshot practice = ExchangeFixtures.publishedPractice(context, ExchangeFixtures.RURAL_C,
                ExchangeFixtures.unique("Obsługa inwestora"), new Contact(practiceContact, "Naczelnik",
                        "kamil." + System.nanoTime() + "@example.pl", null, false, null));
        String consentedContact = ExchangeFixtures.unique("Celina Zgodna");
        ExchangeFixtures.publishedPractice(context, ExchangeFixtures.RURAL_B, ExchangeFixtures.unique("Aaa strefa"),
                new Contact(consentedContact, "Dyrektorka", "celina." + System.nanoTime() + "@example.pl", null, true,
                        null));
        long meeting = meetings.plan(ExchangeFixtures.meeting(group, "Spotkanie o inwestorach", nextMonth, null,
                null), moderator);
        meetings.linkPractice(meeting, practice.practiceId(), moderator);
        String official = official(ExchangeFixtures.RURAL_A);
        meetings.register(meeting, official);

        String[] pages = { "/grupy/" + group, "/grupy/" + group + "/raport", "/grupy/" + group + "/raport.csv",
            "/spotkania/" + meeting, "/spotkania/" + meeting + "/kalendarz.ics", "/spotkania.ics", "/spotkania",
            "/praktyki/" + practice.practiceId(), "/api/v1/meetings", "/jst/" + ExchangeFixtures.RURAL_B };
        String otherOfficial = official(ExchangeFixtures.RURAL_C);
        for (String page : pages) {
            for (String who : new String[] { null, otherOfficial }) {
                var request = get(page);
                if (who != null) {
                    request.with(user(users.loadUserByUsername(who)));
                }
                String body = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                        .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
                assertThat(body).as("%s as %s", page, who).doesNotContain(refused).doesNotContain(refusedEmail)
                        .doesNotContain(refusedPhone).doesNotContain(practiceContact).doesNotContain(official);
                if (page.equals("/grupy/" + group)) {
                    if (who == null) {
                        assertThat(body).as("anonymous visitors see nobody").doesNotContain(agreed);
                    }
                    else {
                        assertThat(body).as("logged-in people see who agreed").contains(agreed)
                                .as("who to ask: contacts of practices in the group's areas").contains(consentedContact);
                    }
                }
                if (page.startsWith("/praktyki/") && who != null) {
                    assertThat(body).as("who to ask, for logged-in people").contains("Kogo zapytać", agreed,
                            consentedContact);
                }
                if (page.startsWith("/praktyki/") && who == null) {
                    assertThat(body).doesNotContain(agreed).doesNotContain("Kogo zapytać")
                            .contains("Spotkanie o inwestorach");
                }
            }
        }

        groups.setOwnConsent(group, false, memberEmail(group, agreed));
        String afterWithdrawal = mvc.perform(get("/grupy/" + group).with(user(users.loadUserByUsername(otherOfficial))))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(afterWithdrawal).as("withdrawn consent hides the person").doesNotContain(agreed);
    }

    private String memberEmail(long group, String name) {
        return groups.group(group, TestAccounts.active(context, Role.ADMIN)).members().stream()
                .filter(m -> m.name().equals(name)).findFirst().orElseThrow().email();
    }

    @Test
    void theApiListsMeetingsOfAPeriodAndTheCalendarsAreICalendar() throws Exception {
        String moderator = TestAccounts.active(context, Role.MODERATOR);
        long group = ExchangeFixtures.ruralGroup(context, moderator);
        String title = ExchangeFixtures.unique("Spotkanie w API");
        LocalDateTime day = LocalDateTime.of(2031, 5, 20, 10, 0);
        long meeting = meetings.plan(ExchangeFixtures.meeting(group, title, day, 15, null), moderator);

        mvc.perform(get("/api/v1/meetings?from=2031-05-20&to=2031-05-20")).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == " + meeting + ")].title").value(title))
                .andExpect(jsonPath("$[?(@.id == " + meeting + ")].startsAt").value("2031-05-20T10:00:00"))
                .andExpect(jsonPath("$[?(@.id == " + meeting + ")].capacity").value(15));
        mvc.perform(get("/api/v1/meetings?from=2031-05-21&to=2031-05-20")).andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.containsString("problem+json")));
        mvc.perform(get("/api/v1/meetings?from=wczoraj")).andExpect(status().isBadRequest());

        mvc.perform(get("/spotkania/" + meeting + "/kalendarz.ics")).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("text/calendar")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "DTSTART:20310520T080000Z\r\n")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("UID:spotkanie-" + meeting)));
        mvc.perform(get("/spotkania.ics")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("UID:spotkanie-" + meeting)));
    }

    @Test
    void aStaleEditShowsTheConflictPageAndChangesNothing() throws Exception {
        String moderator = TestAccounts.active(context, Role.MODERATOR);
        long group = ExchangeFixtures.ruralGroup(context, moderator);
        GroupView seen = groups.group(group, moderator);
        groups.update(group, seen.version(), new GroupParams("Nazwa zmieniona w międzyczasie", seen.kind(), null,
                null, seen.areas(), seen.programmeCode(), null, null), moderator);

        mvc.perform(post("/grupy/" + group + "/edycja").with(user(users.loadUserByUsername(moderator))).with(csrf())
                .param("name", "Nazwa z nieaktualnej strony").param("kind", "RURAL_GMINAS")
                .param("version", String.valueOf(seen.version())))
                .andExpect(status().isConflict());
        assertThat(groups.group(group, null).name()).isEqualTo("Nazwa zmieniona w międzyczasie");

        mvc.perform(get("/grupy/" + group + "?lang=en")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Units in the group")));
    }

    @Test
    void materialsAreCheckedLikePracticeAttachments() throws Exception {
        String moderator = TestAccounts.active(context, Role.MODERATOR);
        long group = ExchangeFixtures.ruralGroup(context, moderator);
        long meeting = meetings.plan(ExchangeFixtures.meeting(group, "Z materiałami", nextMonth, null, null),
                moderator);
        var as = user(users.loadUserByUsername(moderator));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .multipart("/spotkania/" + meeting + "/materialy")
                .file(new org.springframework.mock.web.MockMultipartFile("plik", "strona.pdf", "application/pdf",
                        pl.dobrepraktyki.catalog.TestFiles.html()))
                .with(as).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(meetings.meeting(meeting, null).materials()).isEmpty();

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .multipart("/spotkania/" + meeting + "/materialy")
                .file(new org.springframework.mock.web.MockMultipartFile("plik", "prezentacja.pdf", "application/pdf",
                        pl.dobrepraktyki.catalog.TestFiles.pdf("Uslugi opiekuncze")))
                .with(as).with(csrf())).andExpect(status().is3xxRedirection());
        var materials = meetings.meeting(meeting, null).materials();
        assertThat(materials).extracting(MaterialView::fileName).containsExactly("prezentacja.pdf");
        mvc.perform(get("/spotkania/materialy/" + materials.get(0).id())).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
        mvc.perform(post("/spotkania/" + meeting + "/materialy/" + materials.get(0).id() + "/usun")
                .with(user(users.loadUserByUsername(TestAccounts.active(context, Role.MODERATOR)))).with(csrf()))
                .andExpect(status().isForbidden());
    }
}
