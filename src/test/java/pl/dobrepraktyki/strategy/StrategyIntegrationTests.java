package pl.dobrepraktyki.strategy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import pl.dobrepraktyki.accounts.Role;
import pl.dobrepraktyki.accounts.TestAccounts;
import pl.dobrepraktyki.statistics.StatisticsService;
import pl.dobrepraktyki.statistics.internal.StatValues;
import pl.dobrepraktyki.strategy.StrategyMonitor.Status;
import pl.dobrepraktyki.strategy.StrategyService.Header;
import pl.dobrepraktyki.strategy.StrategyService.TargetParams;
import pl.dobrepraktyki.strategy.StrategyService.Viewer;
import pl.dobrepraktyki.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Strategy monitoring through the pages, the CSV and the API: an official records a strategy (Polish errors
 * for bad input), progress against the path for both polarities with known values, visibility of a private
 * strategy, a stale edit.
 */
@IntegrationTest
class StrategyIntegrationTests {

    /** Głogów (rural gmina): recorded through the forms. */
    static final String FORMS_UNIT = "0203022";
    /** Jerzmanowa (rural gmina, 5,000–9,999): progress with known values. */
    static final String PROGRESS_UNIT = "0203032";
    /** Gromadka (rural gmina): a private strategy. */
    static final String PRIVATE_UNIT = "0201032";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    UserDetailsService users;

    @Autowired
    StrategyService strategies;

    @Autowired
    StrategyMonitor monitor;

    @Autowired
    StatisticsService statistics;

    @Autowired
    StatValues values;

    @Autowired
    StrategyDemoContent demo;

    private RequestPostProcessor as(String email) {
        return user(users.loadUserByUsername(email));
    }

    private void forget(String teryt) {
        jdbc.sql("delete from strategy where teryt = ?").param(teryt).update();
    }

    private String body(org.springframework.test.web.servlet.ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void officialRecordsAStrategyAndIsToldInPolishWhatIsWrong() throws Exception {
        forget(FORMS_UNIT);
        String official = TestAccounts.activeOf(context, FORMS_UNIT, Role.OFFICIAL);
        String edit = "/jst/" + FORMS_UNIT + "/strategia/edycja";

        String errors = body(mvc.perform(post(edit).param("title", " ").param("periodFrom", "20x0")
                .param("periodTo", "2030").with(as(official)).with(csrf())).andExpect(status().isOk()));
        assertThat(errors).contains("Podaj tytuł strategii.").contains("Podaj rok jako cztery cyfry");
        assertThat(strategies.find(FORMS_UNIT)).isEmpty();
        assertThat(body(mvc.perform(post(edit).param("title", "Strategia").param("periodFrom", "2030")
                .param("periodTo", "2021").with(as(official)).with(csrf())).andExpect(status().isOk())))
                .contains("Rok końca okresu nie może być wcześniejszy niż rok początku.");

        mvc.perform(post(edit).param("title", "Strategia Głogowa 2021–2030").param("periodFrom", "2021")
                .param("periodTo", "2030").param("publicVisible", "true").with(as(official)).with(csrf()))
                .andExpect(redirectedUrl(edit));
        StrategyService.StrategyView saved = strategies.find(FORMS_UNIT).orElseThrow();
        assertThat(saved.title()).isEqualTo("Strategia Głogowa 2021–2030");

        assertThat(body(mvc.perform(post("/jst/" + FORMS_UNIT + "/strategia/cele").param("title", "")
                .param("version", "" + saved.version()).with(as(official)).with(csrf())).andExpect(status().isOk())))
                .contains("Podaj nazwę celu strategicznego.");
        mvc.perform(post("/jst/" + FORMS_UNIT + "/strategia/cele").param("title", "Więcej mieszkańców")
                .param("version", "" + saved.version()).with(as(official)).with(csrf())).andExpect(redirectedUrl(edit));
        saved = strategies.find(FORMS_UNIT).orElseThrow();
        long goal = saved.goals().get(0).id();

        String targetErrors = body(mvc.perform(post("/jst/" + FORMS_UNIT + "/strategia/wskazniki")
                .param("goalId", "" + goal).param("indicator", "NIE_MA_TAKIEGO").param("baselineYear", "2019")
                .param("baselineValue", "abc").param("targetYear", "2025").param("targetValue", "7000")
                .param("version", "" + saved.version()).with(as(official)).with(csrf())).andExpect(status().isOk()));
        assertThat(targetErrors).contains("Wybierz wskaźnik z katalogu statystyk.")
                .contains("Rok musi mieścić się w okresie strategii.").contains("Podaj liczbę, np. 12,5.");
        assertThat(body(mvc.perform(post("/jst/" + FORMS_UNIT + "/strategia/wskazniki").param("goalId", "" + goal)
                .param("indicator", "LUDNOSC").param("baselineYear", "2025").param("baselineValue", "7260")
                .param("targetYear", "2023").param("targetValue", "7000").param("version", "" + saved.version())
                .with(as(official)).with(csrf())).andExpect(status().isOk())))
                .contains("Rok docelowy musi być późniejszy niż rok bazowy.");

        mvc.perform(post("/jst/" + FORMS_UNIT + "/strategia/wskazniki").param("goalId", "" + goal)
                .param("indicator", "LUDNOSC").param("baselineYear", "2023").param("baselineValue", "7 210")
                .param("targetYear", "2030").param("targetValue", "7500,5").param("version", "" + saved.version())
                .with(as(official)).with(csrf())).andExpect(redirectedUrl(edit));
        StrategyService.TargetView target = strategies.find(FORMS_UNIT).orElseThrow().goals().get(0).targets().get(0);
        assertThat(target).isEqualTo(new StrategyService.TargetView(target.id(), "LUDNOSC", 2023, 7210, 2030, 7500.5));

        mvc.perform(get("/jst/" + FORMS_UNIT + "/strategia")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Więcej mieszkańców")))
                .andExpect(content().string(containsString("Ludność (stan na 31 grudnia)")))
                .andExpect(content().string(containsString("role=\"img\"")));
        // another unit's official may not edit it
        String other = TestAccounts.activeOf(context, PROGRESS_UNIT, Role.OFFICIAL);
        mvc.perform(get(edit).with(as(other))).andExpect(status().isForbidden());
    }

    @Test
    void aStaleEditShowsTheConflictPage() throws Exception {
        String official = TestAccounts.activeOf(context, "0203042", Role.OFFICIAL);
        forget("0203042");
        String edit = "/jst/0203042/strategia/edycja";
        mvc.perform(post(edit).param("title", "Strategia A").param("periodFrom", "2021").param("periodTo", "2030")
                .with(as(official)).with(csrf())).andExpect(redirectedUrl(edit));
        long version = strategies.find("0203042").orElseThrow().version();
        mvc.perform(post(edit).param("title", "Strategia B").param("periodFrom", "2021").param("periodTo", "2030")
                .param("version", "" + version).with(as(official)).with(csrf())).andExpect(redirectedUrl(edit));
        mvc.perform(post(edit).param("title", "Strategia C").param("periodFrom", "2021").param("periodTo", "2030")
                .param("version", "" + version).with(as(official)).with(csrf())).andExpect(status().isConflict());
        mvc.perform(post("/jst/0203042/strategia/cele").param("title", "Cel").param("version", "" + version)
                .with(as(official)).with(csrf())).andExpect(status().isConflict());
        assertThat(strategies.find("0203042").orElseThrow().title()).isEqualTo("Strategia B");
    }

    private void indicator(String code, String polarity) {
        jdbc.sql("delete from stat_value where indicator_code = ?").param(code).update();
        jdbc.sql("delete from stat_indicator where code = ?").param(code).update();
        jdbc.sql("insert into stat_indicator (code, name_pl, name_en, unit_of_measure, area_code, source, polarity, "
                + "decimals, description, formula, sort_order) values (?, ?, ?, 'pkt', null, 'test', ?, 1, null, null, 9000)")
                .params(code, "Wskaźnik testowy " + code, "Test indicator " + code, polarity).update();
    }

    private void value(String code, int year, String teryt, double amount) {
        jdbc.sql("insert into stat_value (indicator_code, data_year, teryt, amount) values (?, ?, ?, ?)")
                .params(code, year, teryt, amount).update();
    }

    @Test
    void progressFollowsThePathForBothPolaritiesAndNamesWhoToLearnFrom() throws Exception {
        forget(PROGRESS_UNIT);
        List<String> peers = statistics.peerGroup(PROGRESS_UNIT).members().stream()
                .filter(m -> !m.equals(PROGRESS_UNIT)).limit(2).toList();
        indicator("T_STRAT_HI", "HIGHER_BETTER");
        indicator("T_STRAT_LO", "LOWER_BETTER");
        value("T_STRAT_HI", 2020, PROGRESS_UNIT, 100);
        value("T_STRAT_HI", 2022, PROGRESS_UNIT, 120);
        value("T_STRAT_HI", 2024, PROGRESS_UNIT, 134);
        value("T_STRAT_HI", 2024, peers.get(0), 300);
        value("T_STRAT_HI", 2024, peers.get(1), 50);
        value("T_STRAT_LO", 2020, PROGRESS_UNIT, 100);
        value("T_STRAT_LO", 2024, PROGRESS_UNIT, 70);
        value("T_STRAT_LO", 2024, peers.get(0), 90);
        value("T_STRAT_LO", 2024, peers.get(1), 20);
        values.changed();

        Viewer official = new Viewer(PROGRESS_UNIT, true, false);
        StrategyService.StrategyView s = strategies.describe(PROGRESS_UNIT,
                new Header("Jerzmanowa 2030", 2020, 2030, true), null, official);
        s = strategies.addGoal(PROGRESS_UNIT, "Cel na ścieżce", s.version(), official);
        s = strategies.addGoal(PROGRESS_UNIT, "Cel ambitny", s.version(), official);
        s = strategies.addGoal(PROGRESS_UNIT, "Cel spadkowy", s.version(), official);
        long g1 = s.goals().get(0).id();
        long g2 = s.goals().get(1).id();
        long g3 = s.goals().get(2).id();
        // path in 2024 = 140, tolerance 5% = 7: 134 is within
        s = strategies.addTarget(PROGRESS_UNIT, g1, new TargetParams("T_STRAT_HI", 2020, 100, 2030, 200), s.version(), official);
        // lower is better: path 80 (+4), 70 is ahead
        s = strategies.addTarget(PROGRESS_UNIT, g1, new TargetParams("T_STRAT_LO", 2020, 100, 2030, 50), s.version(), official);
        // path 160 (-8): 134 falls behind
        s = strategies.addTarget(PROGRESS_UNIT, g2, new TargetParams("T_STRAT_HI", 2020, 100, 2030, 250), s.version(), official);
        s = strategies.addTarget(PROGRESS_UNIT, g2, new TargetParams("T_STRAT_LO", 2020, 100, 2030, 50), s.version(), official);
        // lower is better: path 60 (+3), 70 is behind
        s = strategies.addTarget(PROGRESS_UNIT, g3, new TargetParams("T_STRAT_LO", 2020, 100, 2030, 0), s.version(), official);

        StrategyMonitor.StrategyProgress progress = monitor.progress(s);
        assertThat(progress.goals()).extracting(StrategyMonitor.GoalProgress::status)
                .containsExactly(Status.ON_TRACK, Status.OFF_TRACK, Status.OFF_TRACK);
        StrategyMonitor.TargetProgress hiOn = progress.goals().get(0).targets().get(0);
        assertThat(hiOn.latestYear()).isEqualTo(2024);
        assertThat(hiOn.pathAtLatest()).isEqualTo(140.0);
        assertThat(progress.goals().get(1).targets()).extracting(StrategyMonitor.TargetProgress::status)
                .containsExactly(Status.OFF_TRACK, Status.ON_TRACK);
        StrategyMonitor.TargetProgress hiOff = progress.goals().get(1).targets().get(0);
        assertThat(hiOff.leaders()).extracting(l -> l.unit().teryt()).containsExactly(peers.get(0), peers.get(1));
        StrategyMonitor.TargetProgress loOff = progress.goals().get(2).targets().get(0);
        assertThat(loOff.status()).isEqualTo(Status.OFF_TRACK);
        assertThat(loOff.leaders()).extracting(l -> l.unit().teryt()).containsExactly(peers.get(1), peers.get(0));
        // the tolerance edge: exactly 5% behind is still on track, a little more is not
        assertThat(StrategyMonitor.status(pl.dobrepraktyki.statistics.Polarity.HIGHER_BETTER, 133, 140, 5))
                .isEqualTo(Status.ON_TRACK);
        assertThat(StrategyMonitor.status(pl.dobrepraktyki.statistics.Polarity.HIGHER_BETTER, 132.9, 140, 5))
                .isEqualTo(Status.OFF_TRACK);
        assertThat(StrategyMonitor.status(pl.dobrepraktyki.statistics.Polarity.NEUTRAL, 147.5, 140, 5))
                .isEqualTo(Status.OFF_TRACK);

        String page = body(mvc.perform(get("/jst/" + PROGRESS_UNIT + "/strategia")).andExpect(status().isOk()));
        assertThat(page).contains("Cel realizowany zgodnie z planem").contains("Cel zagrożony")
                .contains("Od kogo się uczyć").contains("href=\"/jst/" + peers.get(0) + "\"")
                .contains("<th scope=\"col\"").contains("aria-labelledby=\"chart-");

        String csv = body(mvc.perform(get("/jst/" + PROGRESS_UNIT + "/strategia.csv")).andExpect(status().isOk()));
        assertThat(csv.split("\r\n")[0]).isEqualTo("goal;operational_goal;indicator;year;unit_value;path_value;peer_q1;peer_median;peer_q3;"
                + "baseline_year;baseline_value;target_year;target_value;status");
        // 2024: the unit 134, the path 140, the group {50, 134, 300}: Q1 92, median 134, Q3 217
        assertThat(csv).contains("Cel na ścieżce;;T_STRAT_HI;2024;134;140;92;134;217;2020;100;2030;200;ON_TRACK\r\n")
                .contains("Cel na ścieżce;;T_STRAT_HI;2022;120;120;120;120;120;2020;100;2030;200;ON_TRACK\r\n")
                .contains("Cel ambitny;;T_STRAT_HI;2024;134;160;92;134;217;2020;100;2030;250;OFF_TRACK\r\n");

        mvc.perform(get("/api/v1/units/" + PROGRESS_UNIT + "/strategy")).andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Jerzmanowa 2030"))
                .andExpect(jsonPath("$.goals[0].onTrack").value(true))
                .andExpect(jsonPath("$.goals[1].status").value("OFF_TRACK"))
                .andExpect(jsonPath("$.goals[1].indicators[0].pathValue").value(160.0))
                .andExpect(jsonPath("$.goals[2].indicators[0].polarity").value("LOWER_BETTER"));
    }

    /** Pęcław (rural gmina): operational goals. */
    static final String OPERATIONAL_UNIT = "0203052";

    @Test
    void anOperationalGoalIsRecordedUnderItsStrategicGoalShownNestedAndCountsInItsStatus() throws Exception {
        forget(OPERATIONAL_UNIT);
        indicator("T_STRAT_OP", "HIGHER_BETTER");
        value("T_STRAT_OP", 2020, OPERATIONAL_UNIT, 100);
        value("T_STRAT_OP", 2024, OPERATIONAL_UNIT, 134);
        values.changed();
        String official = TestAccounts.activeOf(context, OPERATIONAL_UNIT, Role.OFFICIAL);
        String edit = "/jst/" + OPERATIONAL_UNIT + "/strategia/edycja";
        Viewer viewer = new Viewer(OPERATIONAL_UNIT, true, false);
        StrategyService.StrategyView s = strategies.describe(OPERATIONAL_UNIT,
                new Header("Pęcław 2030", 2020, 2030, true), null, viewer);
        s = strategies.addGoal(OPERATIONAL_UNIT, "Rozwój gospodarczy", s.version(), viewer);
        long strategic = s.goals().get(0).id();
        // path in 2024: 140 for a target of 200 (134 is within 5%)
        s = strategies.addTarget(OPERATIONAL_UNIT, strategic, new TargetParams("T_STRAT_OP", 2020, 100, 2030, 200),
                s.version(), viewer);
        assertThat(body(mvc.perform(get(edit).with(as(official))).andExpect(status().isOk())))
                .contains("Cel operacyjny celu: Rozwój gospodarczy");

        assertThat(body(mvc.perform(post("/jst/" + OPERATIONAL_UNIT + "/strategia/cele").param("title", "Nowe firmy")
                .param("parentId", "999999999").param("version", "" + s.version()).with(as(official)).with(csrf()))
                .andExpect(status().isOk()))).contains("Wybierz cel strategiczny tej strategii.");
        mvc.perform(post("/jst/" + OPERATIONAL_UNIT + "/strategia/cele").param("title", "Nowe firmy")
                .param("parentId", "" + strategic).param("version", "" + s.version()).with(as(official)).with(csrf()))
                .andExpect(redirectedUrl(edit));
        s = strategies.find(OPERATIONAL_UNIT).orElseThrow();
        assertThat(s.goals()).hasSize(1);
        assertThat(s.goals().get(0).operational()).extracting(StrategyService.GoalView::title).containsExactly("Nowe firmy");
        long operational = s.goals().get(0).operational().get(0).id();
        // path 160 for a target of 250: 134 falls behind
        mvc.perform(post("/jst/" + OPERATIONAL_UNIT + "/strategia/wskazniki").param("goalId", "" + operational)
                .param("indicator", "T_STRAT_OP").param("baselineYear", "2020").param("baselineValue", "100")
                .param("targetYear", "2030").param("targetValue", "250").param("version", "" + s.version())
                .with(as(official)).with(csrf())).andExpect(redirectedUrl(edit));
        s = strategies.find(OPERATIONAL_UNIT).orElseThrow();
        assertThat(s.goals().get(0).operational().get(0).targets()).hasSize(1);

        StrategyMonitor.GoalProgress goal = monitor.progress(s).goals().get(0);
        assertThat(goal.targets()).extracting(StrategyMonitor.TargetProgress::status).containsExactly(Status.ON_TRACK);
        assertThat(goal.operational().get(0).status()).isEqualTo(Status.OFF_TRACK);
        assertThat(goal.status()).as("its operational goal's indicator is off track").isEqualTo(Status.OFF_TRACK);
        assertThat(strategies.summaries(List.of(OPERATIONAL_UNIT), Viewer.ANONYMOUS).get(OPERATIONAL_UNIT))
                .isEqualTo(new StrategyService.UnitStrategy(OPERATIONAL_UNIT, true, true, 1, 0, 1));

        String page = body(mvc.perform(get("/jst/" + OPERATIONAL_UNIT + "/strategia")).andExpect(status().isOk()));
        assertThat(page).containsPattern("<h2 id=\"goal-" + strategic + "\">Cel 1: Rozwój gospodarczy</h2>")
                .containsPattern("<h3 id=\"goal-" + operational + "\">Cel operacyjny 1.1: Nowe firmy</h3>")
                .containsPattern("<h4 id=\"indicator-[0-9]+\">Wskaźnik testowy T_STRAT_OP</h4>")
                .contains("Cel zagrożony");
        assertThat(page.indexOf("Cel operacyjny 1.1")).isGreaterThan(page.indexOf("Cel 1: Rozwój gospodarczy"));
        String csv = body(mvc.perform(get("/jst/" + OPERATIONAL_UNIT + "/strategia.csv")).andExpect(status().isOk()));
        assertThat(csv).contains("Rozwój gospodarczy;;T_STRAT_OP;2024;134;140;")
                .contains("Rozwój gospodarczy;Nowe firmy;T_STRAT_OP;2024;134;160;");
        mvc.perform(get("/api/v1/units/" + OPERATIONAL_UNIT + "/strategy")).andExpect(status().isOk())
                .andExpect(jsonPath("$.goals.length()").value(1))
                .andExpect(jsonPath("$.goals[0].status").value("OFF_TRACK"))
                .andExpect(jsonPath("$.goals[0].operationalGoals[0].title").value("Nowe firmy"))
                .andExpect(jsonPath("$.goals[0].operationalGoals[0].indicators[0].pathValue").value(160.0));

        // removing the strategic goal removes its operational goal
        mvc.perform(post("/jst/" + OPERATIONAL_UNIT + "/strategia/cele/" + strategic + "/usun")
                .param("version", "" + s.version()).with(as(official)).with(csrf())).andExpect(redirectedUrl(edit));
        assertThat(strategies.find(OPERATIONAL_UNIT).orElseThrow().allGoals()).isEmpty();
        assertThat(jdbc.sql("select count(*) from strategy_goal where parent_id = ?").param(strategic)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aPrivateStrategyExistsOnlyForTheUnitsOfficialsModeratorsAndAdministrators() throws Exception {
        forget(PRIVATE_UNIT);
        Viewer official = new Viewer(PRIVATE_UNIT, true, false);
        strategies.describe(PRIVATE_UNIT, new Header("Gromadka – strategia wewnętrzna", 2021, 2030, false), null,
                official);
        String path = "/jst/" + PRIVATE_UNIT + "/strategia";
        String lodz = TestAccounts.activeOf(context, "1061011", Role.OFFICIAL);
        String own = TestAccounts.activeOf(context, PRIVATE_UNIT, Role.OFFICIAL);
        String moderator = TestAccounts.active(context, Role.MODERATOR);
        String admin = TestAccounts.active(context, Role.ADMIN);

        mvc.perform(get(path)).andExpect(status().isNotFound());
        mvc.perform(get(path + ".csv")).andExpect(status().isNotFound());
        mvc.perform(get(path).with(as(lodz))).andExpect(status().isNotFound());
        mvc.perform(get(path).with(as(own))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Gromadka – strategia wewnętrzna")));
        mvc.perform(get(path).with(as(moderator))).andExpect(status().isOk());
        mvc.perform(get(path).with(as(admin))).andExpect(status().isOk());

        mvc.perform(get("/jst/" + PRIVATE_UNIT)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(path))));
        mvc.perform(get("/jst/" + PRIVATE_UNIT).with(as(moderator))).andExpect(status().isOk())
                .andExpect(content().string(containsString(path)));

        mvc.perform(get("/api/v1/units/" + PRIVATE_UNIT + "/strategy")).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(404));
        mvc.perform(get("/api/v1/units/0000000/strategy")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Strategy not found"));
        mvc.perform(get("/api/v1/units/abc/strategy")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Strategy not found"));
        mvc.perform(get("/jst/abc/strategia")).andExpect(status().isNotFound());
        mvc.perform(get("/jst/9999999/strategia.csv")).andExpect(status().isNotFound());
    }

    @Test
    void theDemoStrategyHasOneGoalOnTrackAndOneOffTrackWithTheBundledPopulation() {
        forget(StrategyDemoContent.UNIT);
        try {
            demo.load();
            StrategyService.StrategyView strategy = strategies.find(StrategyDemoContent.UNIT).orElseThrow();
            assertThat(strategy.publicVisible()).isTrue();
            assertThat(monitor.progress(strategy).goals()).extracting(StrategyMonitor.GoalProgress::status)
                    .containsExactly(Status.OFF_TRACK, Status.ON_TRACK);
            demo.load(); // a second start adds nothing
            assertThat(jdbc.sql("select count(*) from strategy where teryt = ?").param(StrategyDemoContent.UNIT)
                    .query(Long.class).single()).isEqualTo(1);
        }
        finally {
            forget(StrategyDemoContent.UNIT);
        }
    }
}
