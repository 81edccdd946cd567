package pl.dobrepraktyki.system;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import pl.dobrepraktyki.accounts.Role;
import pl.dobrepraktyki.accounts.TestAccounts;
import pl.dobrepraktyki.catalog.AttachmentService;
import pl.dobrepraktyki.catalog.Contact;
import pl.dobrepraktyki.catalog.PracticeContents;
import pl.dobrepraktyki.catalog.PracticeService;
import pl.dobrepraktyki.catalog.TestFiles;
import pl.dobrepraktyki.competition.CompetitionFixtures;
import pl.dobrepraktyki.competition.CompetitionService;
import pl.dobrepraktyki.competition.Edition;
import pl.dobrepraktyki.competition.EntryAttachmentService;
import pl.dobrepraktyki.competition.Score;
import pl.dobrepraktyki.exchange.ExchangeFixtures;
import pl.dobrepraktyki.exchange.GroupService;
import pl.dobrepraktyki.exchange.MeetingKind;
import pl.dobrepraktyki.exchange.MeetingService;
import pl.dobrepraktyki.exchange.MemberParams;
import pl.dobrepraktyki.localgov.SizeCategory;
import pl.dobrepraktyki.support.IntegrationTest;
import pl.dobrepraktyki.support.TestClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Object-level access (IDOR/BOLA, ASVS 8.2.2): objects owned by an official of one unit (a draft practice with
 * its contact person and attachment, a competition entry with its file, a saved statistics group), a jury
 * member's unsubmitted scores, a meeting's registrations and materials run by a moderator, and a group's
 * members without contact consent. Every URL with the object's id is tried as each person who must not
 * reach it — an official of another unit, other roles and an anonymous visitor — and must answer 403/404
 * (or send the anonymous visitor to log in), show none of the object's data and change nothing.
 */
@IntegrationTest
class ObjectAccessIntegrationTests {

    private static final String DENIED = "denied";
    private static final String NO_DATA = "no data";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PracticeService practices;

    @Autowired
    AttachmentService attachments;

    @Autowired
    CompetitionService competition;

    @Autowired
    EntryAttachmentService entryAttachments;

    @Autowired
    MeetingService meetings;

    @Autowired
    GroupService groups;

    @Autowired
    TestClock clock;

    /** How to build the request of an attempt. */
    private interface Req extends Function<Attempt, AbstractMockHttpServletRequestBuilder<?>> {
    }

    /** One attempt: who, what request, what it must get, and the texts that must not appear. */
    private record Attempt(String object, String actor, String method, String path,
            Req request, String expect, List<String> secrets) {
    }

    private static Map.Entry<String, Req> at(String url, Req request) {
        return Map.entry(url, request);
    }

    private static String secret(String what) {
        return what + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static ByteArrayInputStream pdf(String text) {
        return new ByteArrayInputStream(TestFiles.pdf(text));
    }

    private static MockMultipartFile file(String text) {
        return new MockMultipartFile("plik", "przejety.pdf", "application/pdf", TestFiles.pdf(text));
    }

    @TestFactory
    Stream<DynamicTest> nobodyElseReachesAnotherPersonsObjectsById() throws Exception {
        clock.reset();
        List<Attempt> attempts = new ArrayList<>();
        List<Runnable> unchanged = new ArrayList<>();

        String officialA = TestAccounts.activeOf(context, PracticeContents.LODZ, Role.OFFICIAL);
        String officialB = TestAccounts.activeOf(context, "1465011", Role.OFFICIAL);
        String juror = TestAccounts.active(context, Role.JURY_MEMBER);
        String moderator = TestAccounts.active(context, Role.MODERATOR);
        String editor = TestAccounts.active(context, Role.EDITOR);
        String admin = TestAccounts.active(context, Role.ADMIN);

        // a draft practice of unit A, with a contact person and an attachment
        String title = secret("Tajny szkic praktyki");
        String contactName = secret("Zofia Szkicowa");
        String contactEmail = "zofia." + UUID.randomUUID().toString().substring(0, 8) + "@szkic.example.pl";
        String contactPhone = "+48 600 " + (100 + (int) (Math.random() * 800)) + " 321";
        String fileText = secret("Tajna tresc zalacznika");
        long practice = practices.createDraft(PracticeContents.complete().title(title).leadUnit(PracticeContents.LODZ)
                .contact(new Contact(contactName, "Kierowniczka", contactEmail, contactPhone, false, null)).build(),
                officialA).practiceId();
        long attachment = attachments.upload(practice, "szkic.pdf", pdf(fileText), officialA).id();
        List<String> practiceSecrets = List.of(title, contactName, contactEmail, contactPhone, fileText);
        String p = "/praktyki/" + practice;
        Map<String, Req> practiceUrls = Map.ofEntries(
                at("GET " + p, a -> get(a.path())),
                at("GET " + p + "/edycja", a -> get(a.path())),
                at("POST " + p + "/edycja", a -> post(a.path()).param("version", "0").param("title", "Przejęty")),
                at("POST " + p + "/wyslij", a -> post(a.path())),
                at("POST " + p + "/zalaczniki", a -> multipart(a.path()).file(file("podrzucony"))),
                at("POST " + p + "/zalaczniki/" + attachment + "/usun", a -> post(a.path())),
                at("POST " + p + "/przejecia", a -> post(a.path()).param("description", "Przejęliśmy")),
                at("GET /zalaczniki/" + attachment, a -> get(a.path())),
                at("GET /api/v1/practices/" + practice, a -> get(a.path())),
                at("GET /redakcja/praktyki/" + practice, a -> get(a.path())),
                at("GET /redakcja/praktyki/" + practice + "/wersje", a -> get(a.path())));
        add(attempts, "draft practice", practiceUrls, practiceSecrets, DENIED, null, officialB, juror, moderator);
        add(attempts, "draft practice", Map.<String, Req>of("GET /szukaj/podobne/" + practice, a -> get(a.path())), practiceSecrets,
                NO_DATA, null, officialB, juror, moderator);
        unchanged.add(() -> {
            assertThat(jdbc.sql("select title from practice where id = ?").param(practice).query(String.class).single())
                    .isEqualTo(title);
            assertThat(jdbc.sql("select status from practice where id = ?").param(practice).query(String.class).single())
                    .isEqualTo("DRAFT");
            assertThat(jdbc.sql("select count(*) from practice_attachment where practice_id = ?").param(practice)
                    .query(Long.class).single()).isEqualTo(1);
            assertThat(jdbc.sql("select count(*) from practice_adoption where practice_id = ?").param(practice)
                    .query(Long.class).single()).isZero();
        });

        // a competition: a draft entry of a rural gmina with a file; a sent entry a jury member scored in draft
        Edition edition = competition.createEdition(CompetitionFixtures.openEdition(secret("Edycja IDOR"), clock), admin);
        String ruralOfficial = TestAccounts.activeOf(context, CompetitionFixtures.RURAL_ZGIERZ, Role.OFFICIAL);
        String otherRural = TestAccounts.activeOf(context, CompetitionFixtures.RURAL_OZORKOW, Role.OFFICIAL);
        String entryTitle = secret("Tajne zgłoszenie");
        long entry = competition.createEntry(edition.getId(), CompetitionFixtures.entry(entryTitle), ruralOfficial).getId();
        String entryFileText = secret("Tajny plik zgloszenia");
        long entryFile = entryAttachments.upload(entry, "zgloszenie.pdf", pdf(entryFileText), ruralOfficial).getId();
        List<String> entrySecrets = List.of(entryTitle, entryFileText);
        String e = "/konkursy/zgloszenia/" + entry;
        Map<String, Req> entryUrls = Map.ofEntries(
                at("GET " + e, a -> get(a.path())),
                at("POST " + e, a -> post(a.path()).param("title", "Przejęte")),
                at("POST " + e + "/wyslij", a -> post(a.path())),
                at("POST " + e + "/zalaczniki", a -> multipart(a.path()).file(file("podrzucony"))),
                at("POST " + e + "/zalaczniki/" + entryFile + "/usun", a -> post(a.path())),
                at("GET /konkursy/zalaczniki/" + entryFile, a -> get(a.path())),
                at("GET /jury/zgloszenia/" + entry, a -> get(a.path())),
                at("POST /jury/zgloszenia/" + entry, a -> post(a.path()).param("score", "5", "5", "5", "5", "5")),
                at("POST /jury/zgloszenia/" + entry + "/konflikt", a -> post(a.path())),
                at("GET /admin/konkursy/" + edition.getId() + "/zgloszenia/" + entry, a -> get(a.path())));
        add(attempts, "draft entry", entryUrls, entrySecrets, DENIED, null, officialA, otherRural, juror, moderator);

        String scoringJuror = TestAccounts.active(context, Role.JURY_MEMBER);
        String otherJuror = TestAccounts.active(context, Role.JURY_MEMBER);
        competition.assignJury(edition.getId(), scoringJuror, List.of(SizeCategory.RURAL), editor);
        competition.assignJury(edition.getId(), otherJuror, List.of(SizeCategory.RURAL), editor);
        long sent = competition.submitEntry(competition.createEntry(edition.getId(),
                CompetitionFixtures.entry(secret("Wysłane zgłoszenie")), otherRural).getId(), otherRural).getId();
        clock.advance(Duration.ofDays(2)); // the call closed: the jury evaluates
        competition.accept(sent, editor);
        String justification = secret("Tajne uzasadnienie oceny");
        competition.score(sent, List.of(new Score(4, justification), new Score(3, justification), new Score(3, null),
                new Score(3, null), new Score(3, null)), false, scoringJuror);
        add(attempts, "scorecard", Map.<String, Req>of("GET /jury/zgloszenia/" + sent, a -> get(a.path())), List.of(justification),
                NO_DATA, null, otherJuror);
        add(attempts, "scorecard", Map.<String, Req>of("GET /jury/zgloszenia/" + sent, a -> get(a.path()),
                "POST /jury/zgloszenia/" + sent + "/konflikt", a -> post(a.path())), List.of(justification), DENIED,
                null, juror, officialB, moderator);
        unchanged.add(() -> {
            assertThat(jdbc.sql("select title from competition_entry where id = ?").param(entry).query(String.class)
                    .single()).isEqualTo(entryTitle);
            assertThat(jdbc.sql("select status from competition_entry where id = ?").param(entry).query(String.class)
                    .single()).isEqualTo("DRAFT");
            assertThat(jdbc.sql("select count(*) from competition_entry_attachment where entry_id = ?").param(entry)
                    .query(Long.class).single()).isEqualTo(1);
            assertThat(jdbc.sql("select count(*) from competition_scorecard where entry_id = ?").param(entry)
                    .query(Long.class).single()).isZero();
            assertThat(jdbc.sql("select count(*) from competition_conflict where entry_id = ?").param(sent)
                    .query(Long.class).single()).isZero();
        });

        // a saved statistics group of official A
        String groupName = secret("Tajna grupa porównawcza");
        mvc.perform(post("/statystyki/moje-grupy").param("nazwa", groupName).param("grupa", "1465011,1261011")
                .with(user(users.loadUserByUsername(officialA))).with(csrf()));
        long saved = jdbc.sql("select id from stat_saved_group where owner = ?").param(officialA).query(Long.class).single();
        String s = "/statystyki/moje-grupy/" + saved;
        add(attempts, "saved group", Map.<String, Req>of("GET " + s + "/nazwa", a -> get(a.path()),
                "POST " + s + "/nazwa", a -> post(a.path()).param("nazwa", "Przejęta"),
                "POST " + s + "/usun", a -> post(a.path())), List.of(groupName), DENIED, null,
                officialB, juror, moderator, editor, admin);
        unchanged.add(() -> assertThat(jdbc.sql("select name from stat_saved_group where id = ?").param(saved)
                .query(String.class).single()).isEqualTo(groupName));

        // a group run by one moderator: a member without contact consent; its meeting with a registration and material
        long group = ExchangeFixtures.ruralGroup(context, moderator);
        String memberName = secret("Bogdan Członkowski");
        String memberEmail = "bogdan." + UUID.randomUUID().toString().substring(0, 8) + "@czlonek.example.pl";
        String memberPhone = "+48 601 " + (100 + (int) (Math.random() * 800)) + " 654";
        long member = groups.addMember(group, new MemberParams(memberEmail, memberName, "Sekretarz", memberPhone,
                ExchangeFixtures.RURAL_A, "uczestnik", false), moderator);
        long meeting = meetings.plan(ExchangeFixtures.meeting(group, secret("Spotkanie"),
                LocalDateTime.now(clock.withZone(MeetingService.ZONE)).plusDays(20), 20, MeetingKind.GROUP_MEETING),
                moderator);
        String registrantName = secret("Halina Zapisana");
        String registrantEmail = "halina." + UUID.randomUUID().toString().substring(0, 8) + "@zapis.example.pl";
        meetings.registerDemo(meeting, registrantEmail, registrantName, ExchangeFixtures.RURAL_B, false);
        long registration = jdbc.sql("select id from meeting_registration where meeting_id = ?").param(meeting)
                .query(Long.class).single();
        long material = meetings.addMaterial(meeting, "materialy.pdf", pdf("Materialy spotkania"), moderator).id();
        List<String> peopleSecrets = List.of(memberName, memberEmail, memberPhone, registrantName, registrantEmail);
        String otherModerator = TestAccounts.active(context, Role.MODERATOR);
        String m = "/spotkania/" + meeting;
        String g = "/grupy/" + group;
        add(attempts, "meeting and group", Map.<String, Req>of("GET " + m, a -> get(a.path()), "GET " + g, a -> get(a.path())),
                peopleSecrets, NO_DATA, null, otherModerator, officialB, juror, editor);
        add(attempts, "meeting and group", Map.<String, Req>of("GET " + m, a -> get(a.path()), "GET " + g, a -> get(a.path())),
                peopleSecrets, NO_DATA, "anonymous");
        add(attempts, "meeting and group", Map.ofEntries(
                at("GET " + m + "/edycja", a -> get(a.path())),
                at("POST " + m + "/edycja", a -> post(a.path()).param("version", "0").param("title", "Przejęte")),
                at("POST " + m + "/obecnosc", a -> post(a.path()).param("obecni", String.valueOf(registration))),
                at("POST " + m + "/materialy", a -> multipart(a.path()).file(file("podrzucony"))),
                at("POST " + m + "/materialy/" + material + "/usun", a -> post(a.path())),
                at("POST " + m + "/praktyki", a -> post(a.path()).param("praktyka", String.valueOf(practice))),
                at("GET " + g + "/edycja", a -> get(a.path())),
                at("POST " + g + "/edycja", a -> post(a.path()).param("version", "0").param("name", "Przejęta")),
                at("POST " + g + "/moderatorzy", a -> post(a.path()).param("email", officialB)),
                at("POST " + g + "/czlonkowie", a -> post(a.path()).param("email", "intruz@example.pl")
                        .param("name", "Intruz")),
                at("POST " + g + "/czlonkowie/" + member + "/usun", a -> post(a.path())),
                at("POST " + g + "/jednostki/" + ExchangeFixtures.RURAL_A + "/usun", a -> post(a.path()))),
                peopleSecrets, DENIED, null, otherModerator, officialB, juror, editor);
        unchanged.add(() -> {
            assertThat(jdbc.sql("select count(*) from exchange_group_member where group_id = ?").param(group)
                    .query(Long.class).single()).isEqualTo(1);
            assertThat(jdbc.sql("select count(*) from exchange_group_unit where group_id = ?").param(group)
                    .query(Long.class).single()).isEqualTo(2);
            assertThat(jdbc.sql("select count(*) from exchange_group_moderator where group_id = ?").param(group)
                    .query(Long.class).single()).isEqualTo(1);
            assertThat(jdbc.sql("select count(*) from meeting_material where meeting_id = ?").param(meeting)
                    .query(Long.class).single()).isEqualTo(1);
            assertThat(jdbc.sql("select count(*) from meeting_practice where meeting_id = ?").param(meeting)
                    .query(Long.class).single()).isZero();
            assertThat(jdbc.sql("select attended from meeting_registration where id = ?").param(registration)
                    .query(Boolean.class).single()).isFalse();
        });

        // every URL of every object is also tried anonymously: sent to log in or refused, no data
        List<Attempt> anonymous = attempts.stream().filter(a -> a.expect().equals(DENIED))
                .map(a -> new Attempt(a.object(), "anonymous", a.method(), a.path(), a.request(), DENIED, a.secrets()))
                .distinct().toList();
        List<Attempt> all = new ArrayList<>(attempts);
        anonymous.stream().filter(a -> all.stream().noneMatch(b -> b.actor().equals("anonymous")
                && b.path().equals(a.path()) && b.method().equals(a.method()))).forEach(all::add);

        Stream<DynamicTest> tries = all.stream().map(a -> DynamicTest.dynamicTest(
                a.object() + ": " + a.method() + " " + a.path() + " as " + a.actor(), () -> attempt(a)));
        return Stream.concat(tries, Stream.of(DynamicTest.dynamicTest("nothing changed",
                () -> {
                    clock.reset();
                    unchanged.forEach(Runnable::run);
                })));
    }

    private void add(List<Attempt> attempts, String object, Map<String, Req> urls,
            List<String> secrets, String expect, String anonymous, String... actors) {
        List<String> who = new ArrayList<>(List.of(actors));
        if (anonymous != null) {
            who.add(anonymous);
        }
        for (Map.Entry<String, Req> url : urls.entrySet()) {
            String[] parts = url.getKey().split(" ", 2);
            for (String actor : who) {
                attempts.add(new Attempt(object, actor, parts[0], parts[1], url.getValue(), expect, secrets));
            }
        }
    }

    private static final Pattern LOGIN = Pattern.compile(".*/logowanie$");

    private void attempt(Attempt a) throws Exception {
        AbstractMockHttpServletRequestBuilder<?> request = a.request().apply(a);
        if (!a.actor().equals("anonymous")) {
            request = request.with(user(users.loadUserByUsername(a.actor())));
        }
        if (a.method().equals("POST")) {
            request = request.with(csrf());
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        int status = response.getStatus();
        if (a.expect().equals(DENIED)) {
            boolean sentToLogin = a.actor().equals("anonymous") && status == 302
                    && LOGIN.matcher(String.valueOf(response.getRedirectedUrl())).matches();
            assertThat(status == 403 || status == 404 || status == 401 || sentToLogin)
                    .as("%s %s as %s answered %d %s", a.method(), a.path(), a.actor(), status,
                            response.getRedirectedUrl())
                    .isTrue();
        }
        for (String secret : a.secrets()) {
            assertThat(body).as("%s %s as %s shows the object's data", a.method(), a.path(), a.actor())
                    .doesNotContain(secret);
            Matcher unused = Pattern.compile(Pattern.quote(secret)).matcher(String.valueOf(response.getRedirectedUrl()));
            assertThat(unused.find()).isFalse();
        }
    }
}
