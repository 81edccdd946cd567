package pl.dobrepraktyki.exchange;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import pl.dobrepraktyki.accounts.Role;
import pl.dobrepraktyki.accounts.TestAccounts;
import pl.dobrepraktyki.statistics.internal.StatValues;
import pl.dobrepraktyki.strategy.StrategyService;
import pl.dobrepraktyki.strategy.StrategyService.Header;
import pl.dobrepraktyki.strategy.StrategyService.TargetParams;
import pl.dobrepraktyki.strategy.StrategyService.Viewer;
import pl.dobrepraktyki.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A strategic-management workshop cycle: the moderator marks the group in its form; the group page and its
 * report count the member units with a strategy and their goals on and off track (a private strategy counts),
 * and link a strategy only for people who may read it.
 */
@IntegrationTest
class StrategyWorkshopIntegrationTests {

    /** Męcinka: a public strategy, one goal on track, one off track, one without data. */
    static final String PUBLIC_UNIT = "0205032";
    /** Mściwojów: a private strategy, one goal off track. */
    static final String PRIVATE_UNIT = "0205042";
    /** Paszowice: no strategy. */
    static final String NO_STRATEGY_UNIT = "0205052";
    static final String INDICATOR = "T_WORKSHOP_HI";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StatValues values;

    @Autowired
    GroupService groups;

    @Autowired
    StrategyService strategies;

    private String page(MockHttpServletRequestBuilder request, String email) throws Exception {
        if (email != null) {
            request = request.with(user(users.loadUserByUsername(email)));
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private void strategies() {
        for (String unit : List.of(PUBLIC_UNIT, PRIVATE_UNIT, NO_STRATEGY_UNIT)) {
            jdbc.sql("delete from strategy where teryt = ?").param(unit).update();
        }
        jdbc.sql("delete from stat_value where indicator_code = ?").param(INDICATOR).update();
        jdbc.sql("delete from stat_indicator where code = ?").param(INDICATOR).update();
        jdbc.sql("insert into stat_indicator (code, name_pl, name_en, unit_of_measure, area_code, source, polarity, "
                + "decimals, description, formula, sort_order) values (?, 'Wskaźnik warsztatowy', 'Workshop indicator',"
                + " 'pkt', null, 'test', 'HIGHER_BETTER', 1, null, null, 9001)").param(INDICATOR).update();
        for (String unit : List.of(PUBLIC_UNIT, PRIVATE_UNIT, NO_STRATEGY_UNIT)) {
            jdbc.sql("insert into stat_value (indicator_code, data_year, teryt, amount) values (?, 2020, ?, 100)")
                    .params(INDICATOR, unit).update();
            jdbc.sql("insert into stat_value (indicator_code, data_year, teryt, amount) values (?, 2024, ?, 134)")
                    .params(INDICATOR, unit).update();
        }
        values.changed();

        // path in 2024: 140 for a target of 200 (134 is within 5%), 160 for 250 (134 falls behind)
        Viewer official = new Viewer(PUBLIC_UNIT, true, false);
        var s = strategies.describe(PUBLIC_UNIT, new Header("Męcinka 2030", 2020, 2030, true), null, official);
        s = strategies.addGoal(PUBLIC_UNIT, "Na ścieżce", s.version(), official);
        s = strategies.addGoal(PUBLIC_UNIT, "Poza ścieżką", s.version(), official);
        s = strategies.addGoal(PUBLIC_UNIT, "Bez wskaźników", s.version(), official);
        s = strategies.addTarget(PUBLIC_UNIT, s.goals().get(0).id(), new TargetParams(INDICATOR, 2020, 100, 2030, 200),
                s.version(), official);
        strategies.addTarget(PUBLIC_UNIT, s.goals().get(1).id(), new TargetParams(INDICATOR, 2020, 100, 2030, 250),
                s.version(), official);

        Viewer other = new Viewer(PRIVATE_UNIT, true, false);
        var p = strategies.describe(PRIVATE_UNIT, new Header("Mściwojów wewnętrznie", 2020, 2030, false), null, other);
        p = strategies.addGoal(PRIVATE_UNIT, "Cel niepubliczny", p.version(), other);
        strategies.addTarget(PRIVATE_UNIT, p.goals().get(0).id(), new TargetParams(INDICATOR, 2020, 100, 2030, 250),
                p.version(), other);
    }

    @Test
    void theWorkshopCycleCountsTheUnitsStrategiesAndLinksOnlyThoseTheViewerMaySee() throws Exception {
        strategies();
        String moderator = TestAccounts.active(context, Role.MODERATOR);
        long group = groups.create(new GroupParams(ExchangeFixtures.unique("Warsztaty strategiczne"),
                GroupKind.RURAL_GMINAS, null, "Zarządzanie strategiczne", List.of("ROZWOJ_GOSPODARCZY"), "POKL_5_2",
                null, null), moderator);
        for (String unit : List.of(PUBLIC_UNIT, PRIVATE_UNIT, NO_STRATEGY_UNIT)) {
            groups.addUnit(group, unit, moderator);
        }
        assertThat(page(get("/grupy/" + group), null)).doesNotContain("id=\"strategie\"");
        assertThat(page(get("/grupy/" + group + "/edycja"), moderator)).contains("name=\"strategyWorkshop\"");

        mvc.perform(post("/grupy/" + group + "/edycja").with(user(users.loadUserByUsername(moderator))).with(csrf())
                .param("name", groups.group(group, null).name()).param("kind", "RURAL_GMINAS")
                .param("topic", "Zarządzanie strategiczne").param("areas", "ROZWOJ_GOSPODARCZY")
                .param("programmeCode", "POKL_5_2").param("strategyWorkshop", "true")
                .param("version", String.valueOf(groups.group(group, null).version())))
                .andExpect(redirectedUrl("/grupy/" + group));
        assertThat(groups.group(group, null).strategyWorkshop()).isTrue();

        for (String address : List.of("/grupy/" + group, "/grupy/" + group + "/raport")) {
            String anonymous = page(get(address), null);
            assertThat(anonymous).contains("Strategie rozwoju jednostek")
                    .contains("class=\"with-strategy\">2 z 3<")
                    .contains("class=\"goals-on-track\">1<").contains("class=\"goals-off-track\">2<")
                    .contains("href=\"/jst/" + PUBLIC_UNIT + "/strategia\"")
                    .doesNotContain("href=\"/jst/" + PRIVATE_UNIT + "/strategia\"")
                    .contains("zapisana (niepubliczna)");
            String unitOfficial = page(get(address), TestAccounts.activeOf(context, PRIVATE_UNIT, Role.OFFICIAL));
            assertThat(unitOfficial).contains("href=\"/jst/" + PRIVATE_UNIT + "/strategia\"")
                    .contains("class=\"with-strategy\">2 z 3<");
            assertThat(page(get(address), moderator)).contains("href=\"/jst/" + PRIVATE_UNIT + "/strategia\"");
        }
        assertThat(page(get("/grupy/" + group + "?lang=en"), null)).contains("Units with a recorded strategy")
                .contains("2 of 3");
    }
}
