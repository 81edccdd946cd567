package pl.dobrepraktyki.competition;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import pl.dobrepraktyki.accounts.Role;
import pl.dobrepraktyki.accounts.TestAccounts;
import pl.dobrepraktyki.catalog.Award;
import pl.dobrepraktyki.catalog.PracticeService;
import pl.dobrepraktyki.catalog.PracticeSnapshot;
import pl.dobrepraktyki.catalog.PracticeStatus;
import pl.dobrepraktyki.localgov.SizeCategory;
import pl.dobrepraktyki.support.IntegrationTest;
import pl.dobrepraktyki.support.TestClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The competition's rules through the service and the pages: deadline, locked scores, jury visibility, results. */
@IntegrationTest
class CompetitionIntegrationTests {

    @Autowired
    CompetitionService competition;

    @Autowired
    PracticeService practices;

    @Autowired
    ApplicationContext context;

    @Autowired
    TestClock clock;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    private String admin;
    private String editor;
    private String rural;
    private String city;

    @BeforeEach
    void accounts() {
        admin = TestAccounts.active(context, Role.ADMIN);
        editor = TestAccounts.active(context, Role.EDITOR);
        rural = TestAccounts.activeOf(context, CompetitionFixtures.RURAL_ZGIERZ, Role.OFFICIAL);
        city = TestAccounts.activeOf(context, CompetitionFixtures.CITY_LODZ, Role.OFFICIAL);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private Edition edition() {
        return competition.createEdition(CompetitionFixtures.openEdition("Edycja testowa", clock), admin);
    }

    private Entry submitted(Edition edition, String official, String title) {
        Entry entry = competition.createEntry(edition.getId(), CompetitionFixtures.entry(title), official);
        return competition.submitEntry(entry.getId(), official);
    }

    private String juror(String unit, Edition edition, SizeCategory... categories) {
        String juror = TestAccounts.activeOf(context, unit, Role.JURY_MEMBER);
        competition.assignJury(edition.getId(), juror, List.of(categories), editor);
        return juror;
    }

    /** Entries of rural Zgierz and rural Ozorków, sent, then accepted after the deadline. */
    private List<Entry> twoAcceptedRuralEntries(Edition edition) {
        Entry zgierz = submitted(edition, rural, "Wiejskie kluby seniora");
        String otherRural = TestAccounts.activeOf(context, CompetitionFixtures.RURAL_OZORKOW, Role.OFFICIAL);
        Entry ozorkow = submitted(edition, otherRural, "Transport do lekarza");
        clock.advance(Duration.ofDays(2));
        return List.of(competition.accept(zgierz.getId(), editor), competition.accept(ozorkow.getId(), editor));
    }

    private static List<Score> scores(int... values) {
        return java.util.Arrays.stream(values).mapToObj(v -> new Score(v, "Uzasadnienie " + v)).toList();
    }

    @Test
    void theSearchPageListsEditionsWhoseNameMatches() throws Exception {
        Edition edition = competition.createEdition(CompetitionFixtures.openEdition("Edycja wydrowa", clock), admin);

        // the editions' index follows the saved edition shortly after, as the practices' does
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).untilAsserted(() ->
                mvc.perform(get("/szukaj").param("q", "wydrowa edycja")).andExpect(content().string(
                        org.hamcrest.Matchers.containsString("/konkursy/" + edition.getId()))));
        mvc.perform(get("/szukaj").param("q", "wydrowa olimpiada"))
                .andExpect(content().string(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("/konkursy/" + edition.getId()))));
    }

    @Test
    void theHomePageListsAnOpenCallUntilItCloses() throws Exception {
        Edition edition = competition.createEdition(CompetitionFixtures.openEdition("Edycja z naborem", clock), admin);

        mvc.perform(get("/")).andExpect(content().string(containsString("href=\"/konkursy/" + edition.getId() + "\"")))
                .andExpect(content().string(containsString("Otwarte nabory do konkursu")));
        clock.advance(Duration.ofDays(3));
        mvc.perform(get("/")).andExpect(content().string(
                org.hamcrest.Matchers.not(containsString("href=\"/konkursy/" + edition.getId() + "\""))));
    }

    @Test
    void theUnitsSizeCategoryComesFromTheRegister() {
        Edition edition = edition();
        assertThat(submitted(edition, rural, "Kluby seniora").getSizeCategory()).isEqualTo(SizeCategory.RURAL);
        assertThat(submitted(edition, city, "Karta sportowa").getSizeCategory()).isEqualTo(SizeCategory.LARGE_CITIES);
    }

    @Test
    void sendingAfterTheDeadlineIsRefusedWithAClearMessageAndChangesNothing() throws Exception {
        Edition edition = edition();
        Entry draft = competition.createEntry(edition.getId(), CompetitionFixtures.entry("Spóźnione zgłoszenie"), rural);
        clock.advance(Duration.ofDays(2));

        mvc.perform(post("/konkursy/zgloszenia/" + draft.getId() + "/wyslij").with(csrf())
                .with(user(users.loadUserByUsername(rural))))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("Termin składania zgłoszeń minął")));
        assertThat(competition.ownEntry(draft.getId(), rural).getStatus()).isEqualTo(EntryStatus.DRAFT);
        assertThatThrownBy(() -> competition.createEntry(edition.getId(), CompetitionFixtures.entry("Nowe"), city))
                .isInstanceOf(CompetitionException.class).hasMessage("competition.entry.closed");
        assertThat(competition.entriesOfMyUnit(city)).noneMatch(e -> e.getEditionId() == edition.getId());
    }

    @Test
    void changingASubmittedScoreIsRefusedWithAClearMessageAndChangesNothing() throws Exception {
        Edition edition = edition();
        Entry entry = submitted(edition, rural, "Gminna wypożyczalnia sprzętu");
        clock.advance(Duration.ofDays(2));
        competition.accept(entry.getId(), editor);
        String juror = juror(CompetitionFixtures.CITY_LODZ, edition, SizeCategory.RURAL);
        competition.score(entry.getId(), scores(4, 4, 3, 5, 4), true, juror);

        mvc.perform(post("/jury/zgloszenia/" + entry.getId()).with(csrf()).with(user(users.loadUserByUsername(juror)))
                .param("score", "0", "0", "0", "0", "0").param("justification", "a", "b", "c", "d", "e")
                .param("action", "submit"))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("Ocena została już przesłana i nie można jej zmienić")));
        assertThat(competition.scorecard(entry.getId(), juror).orElseThrow().getScores())
                .extracting(Score::score).containsExactly(4, 4, 3, 5, 4);
        assertThat(competition.ranking(edition.getId(), SizeCategory.RURAL, editor).get(0).weightedAverage())
                .isEqualTo((2 * 4 + 4 + 3 + 5 + 4) / 6.0);
    }

    @Test
    void aJuryMemberNeverSeesAnEntryOfTheirOwnUnitNorOneWithADeclaredConflict() throws Exception {
        Edition edition = edition();
        List<Entry> accepted = twoAcceptedRuralEntries(edition);
        Entry own = accepted.get(0);
        Entry other = accepted.get(1);
        String sameUnitJuror = juror(CompetitionFixtures.RURAL_ZGIERZ, edition, SizeCategory.RURAL);

        assertThat(competition.entriesForJuror(sameUnitJuror)).extracting(Entry::getId).containsExactly(other.getId());
        mvc.perform(get("/jury/zgloszenia/" + own.getId()).with(user(users.loadUserByUsername(sameUnitJuror))))
                .andExpect(status().isNotFound());
        assertThatThrownBy(() -> competition.score(own.getId(), scores(5, 5, 5, 5, 5), true, sameUnitJuror))
                .isInstanceOf(CompetitionNotFoundException.class);

        competition.declareConflict(other.getId(), sameUnitJuror);
        assertThat(competition.entriesForJuror(sameUnitJuror)).isEmpty();
        EditionStatistics.Progress rural = competition.statistics(edition.getId(), editor).progress().stream()
                .filter(p -> p.category() == SizeCategory.RURAL).findFirst().orElseThrow();
        assertThat(rural.accepted()).isEqualTo(2);
        assertThat(rural.expected()).isZero();
    }

    @Test
    void aSolutionThatRanTooShortlyAndAnIncompleteEntryAreRefusedWithTheReason() {
        Edition edition = edition();
        EntryDraft fresh = CompetitionFixtures.entry("Świeży pomysł");
        var c = fresh.content();
        EntryDraft recent = new EntryDraft(new pl.dobrepraktyki.catalog.PracticeContent(c.title(), c.summary(), null,
                c.partnerUnitTeryts(), c.partnerOrganisations(), null, c.areas(), c.types(), c.keywords(), null,
                java.time.LocalDate.now().minusMonths(2), null, true, c.problem(), c.goals(), c.solution(), c.costPln(),
                c.fundingSources(), c.people(), null, c.results(), null, c.lessons(), c.transferConditions(), List.of(),
                List.of(), c.contact(), List.of(), null, null), fresh.answers());
        Entry entry = competition.createEntry(edition.getId(), recent, rural);
        assertThatThrownBy(() -> competition.submitEntry(entry.getId(), rural))
                .isInstanceOf(CompetitionException.class).hasMessage("competition.entry.tooRecent");

        Entry incomplete = competition.createEntry(edition.getId(), new EntryDraft(
                pl.dobrepraktyki.catalog.PracticeContent.minimal("Tylko tytuł", null), List.of()), rural);
        assertThatThrownBy(() -> competition.submitEntry(incomplete.getId(), rural))
                .isInstanceOfSatisfying(IncompleteEntryException.class, e -> assertThat(e.missing())
                        .contains("catalog.missing.problem", "competition.missing.answers"));
        assertThatThrownBy(() -> competition.createEntry(edition.getId(), CompetitionFixtures.entry("Trzecie"), rural))
                .isInstanceOf(CompetitionException.class).hasMessage("competition.entry.limit");
    }

    @Test
    void resultsGoToTheEditorsAsPracticesWithTheirAwardAndTheApiShowsThem() throws Exception {
        Edition edition = edition();
        Entry laureate = submitted(edition, rural, "Kluby seniora w sołectwach");
        clock.advance(Duration.ofDays(2));
        competition.accept(laureate.getId(), editor);
        String juror = juror(CompetitionFixtures.CITY_LODZ, edition, SizeCategory.RURAL);
        competition.score(laureate.getId(), scores(5, 4, 4, 5, 4), true, juror);
        competition.award(laureate.getId(), Award.LAUREATE, editor);
        competition.publishResults(edition.getId(), editor);

        long practiceId = competition.ownEntry(laureate.getId(), rural).getPracticeId();
        PracticeSnapshot practice = practices.get(practiceId, editor);
        assertThat(practice.status()).isEqualTo(PracticeStatus.SUBMITTED);
        assertThat(practice.content().source()).isEqualTo("KONKURS");
        assertThat(practice.award().award()).isEqualTo(Award.LAUREATE);
        assertThat(practice.award().editionId()).isEqualTo(edition.getId());
        mvc.perform(get("/api/v1/competitions/" + edition.getId() + "/results"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.published").value(true))
                .andExpect(jsonPath("$.categories[?(@.category=='RURAL')].laureates[0].unit.teryt")
                        .value(CompetitionFixtures.RURAL_ZGIERZ))
                .andExpect(jsonPath("$.categories[?(@.category=='RURAL')].laureates[0].practiceId").value(
                        org.hamcrest.Matchers.contains(org.hamcrest.Matchers.nullValue())));

        practices.publish(practiceId, editor);
        mvc.perform(get("/api/v1/competitions/" + edition.getId() + "/results"))
                .andExpect(jsonPath("$.categories[?(@.category=='RURAL')].laureates[0].practiceId")
                        .value((int) practiceId));
        mvc.perform(get("/praktyki/" + practiceId)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Laureat")))
                .andExpect(content().string(containsString("Edycja testowa")));
        mvc.perform(get("/api/v1/competitions")).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id==" + edition.getId() + ")].phase").value("FINISHED"));
        mvc.perform(get("/api/v1/competitions/999999/results")).andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")));
    }

    @Test
    void theSecretaryExportsTheEditionsStatisticsAsCsv() throws Exception {
        Edition edition = edition();
        submitted(edition, rural, "Kluby seniora");
        submitted(edition, city, "Karta sportowa");
        mvc.perform(get("/admin/konkursy/" + edition.getId() + "/statystyki.csv")
                .with(user(users.loadUserByUsername(editor))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/csv")))
                .andExpect(content().string(containsString("kategoria;RURAL;1")))
                .andExpect(content().string(containsString("kategoria;LARGE_CITIES;1")))
                .andExpect(content().string(containsString("dziedzina;Pomoc społeczna;2")))
                .andExpect(content().string(containsString("województwo;województwo łódzkie;2")));
    }

    @Test
    void aUnitTheEditionIsNotForSeesWhyItCannotApply() throws Exception {
        Edition edition = edition();
        String voivodeship = TestAccounts.activeOf(context, "10", Role.OFFICIAL);
        mvc.perform(get("/konkursy/" + edition.getId() + "/zgloszenie")
                .with(user(users.loadUserByUsername(voivodeship))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ta edycja nie jest przeznaczona dla Twojej jednostki")));
        assertThat(competition.canApply(edition.getId(), voivodeship)).isFalse();
        assertThat(competition.canApply(edition.getId(), rural)).isTrue();
    }

    @Test
    void anEditionWhoseCallClosesBeforeItOpensIsRefusedAndOnlyAdministratorsCreateEditions() {
        EditionSpec good = CompetitionFixtures.openEdition("Zła edycja", clock);
        EditionSpec bad = new EditionSpec(good.name(), good.year(), good.theme(), good.section(), good.areas(),
                good.unitKinds(), good.categories(), good.closesAt(), good.opensAt(), good.criteria(), good.maxScore(),
                good.minMonthsRunning(), good.finalistsPerCategory(), good.laureatesPerCategory(),
                good.distinctionsPerCategory(), good.entriesPerUnit(), good.organisers(), good.fundingProject(),
                good.questions());
        assertThatThrownBy(() -> competition.createEdition(bad, admin))
                .isInstanceOfSatisfying(pl.dobrepraktyki.catalog.CatalogValidationException.class,
                        e -> assertThat(e.problems()).extracting(p -> p.messageKey())
                                .containsExactly("competition.validation.window"));
        assertThatThrownBy(() -> competition.createEdition(good, editor))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void aJuryMemberAssignedToOneEntrySeesOnlyThatEntry() {
        Edition edition = edition();
        List<Entry> accepted = twoAcceptedRuralEntries(edition);
        Entry first = accepted.get(0);
        Entry second = accepted.get(1);
        String expert = TestAccounts.activeOf(context, CompetitionFixtures.CITY_LODZ, Role.JURY_MEMBER);
        competition.assignJuryToEntry(second.getId(), expert, editor);

        assertThat(competition.entriesForJuror(expert)).extracting(Entry::getId).containsExactly(second.getId());
        assertThat(competition.juryOfEntries(edition.getId())).containsEntry(second.getId(), List.of(expert));
        assertThat(competition.jury(edition.getId())).isEmpty();
        assertThatThrownBy(() -> competition.assignJuryToEntry(first.getId(), rural, editor))
                .isInstanceOf(CompetitionException.class).hasMessage("competition.jury.notJuror");
        EditionStatistics.Progress progress = competition.statistics(edition.getId(), editor).progress().stream()
                .filter(p -> p.category() == SizeCategory.RURAL).findFirst().orElseThrow();
        assertThat(progress.expected()).isEqualTo(1);
    }
}
