package pl.dobrepraktyki.exchange;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import pl.dobrepraktyki.accounts.Role;
import pl.dobrepraktyki.accounts.TestAccounts;
import pl.dobrepraktyki.statistics.StatisticsService;
import pl.dobrepraktyki.strategy.StrategyService;
import pl.dobrepraktyki.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The demonstration group: members, past meetings with a study visit and a presentation, an upcoming one. */
@IntegrationTest
class ExchangeDemoContentIntegrationTests {

    @Autowired
    ExchangeDemoContent demo;

    @Autowired
    GroupService groups;

    @Autowired
    MeetingService meetings;

    @Autowired
    ExchangeReports reports;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StrategyService strategies;

    @Autowired
    StatisticsService statistics;

    @Test
    void theDemonstrationGroupHasMembersPastMeetingsWithMaterialsAndAnUpcomingMeeting() {
        long id = transaction.execute(status -> demo.load());

        GroupView group = groups.group(id, TestAccounts.active(context, Role.OFFICIAL));
        assertThat(group.demo()).isTrue();
        assertThat(group.name()).contains("demonstracyjne");
        assertThat(group.kind()).isEqualTo(GroupKind.RURAL_GMINAS);
        assertThat(group.units()).hasSize(6);
        assertThat(group.memberCount()).isEqualTo(3);
        assertThat(group.members()).as("only people who agreed").extracting(MemberView::name)
                .doesNotContain("Ewa Bez Zgody (demo)").hasSize(2);
        assertThat(group.meetings()).hasSize(3).allMatch(MeetingSummary::demo);
        assertThat(group.meetings()).filteredOn(m -> m.startsAt().isBefore(meetings.now())).hasSize(2);
        assertThat(group.meetings()).filteredOn(m -> m.startsAt().isAfter(meetings.now())).hasSize(1);

        MeetingView first = meetings.meeting(group.meetings().get(0).id(), null);
        assertThat(first.studyVisits()).isNotEmpty();
        assertThat(first.materials()).extracting(MaterialView::contentType).containsExactly("application/pdf");
        assertThat(reports.forGroup(id).participants()).isEqualTo(8);
        assertThat(reports.forGroup(id).inSeveralComponents()).as("three took part in the workshop too").isEqualTo(3);
    }

    private String page(String address) throws Exception {
        return mvc.perform(get(address)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** Records a public strategy of Łódź as the strategy module's demonstration does: one goal off, one on track. */
    private void lodzStrategy() {
        String unit = ExchangeDemoContent.STRATEGY_UNIT;
        double baseline = statistics.series(unit, "LUDNOSC", 2020, 2020).get(0).value();
        StrategyService.Viewer official = new StrategyService.Viewer(unit, true, false);
        var s = strategies.describe(unit, new StrategyService.Header("Strategia Łodzi (test)", 2020, 2030, true), null,
                official);
        s = strategies.addGoal(unit, "Nowi mieszkańcy", s.version(), official);
        s = strategies.addGoal(unit, "Wolniejszy spadek ludności", s.version(), official);
        s = strategies.addTarget(unit, s.goals().get(0).id(),
                new StrategyService.TargetParams("LUDNOSC", 2020, baseline, 2030, 700_000), s.version(), official);
        strategies.addTarget(unit, s.goals().get(1).id(),
                new StrategyService.TargetParams("LUDNOSC", 2020, baseline, 2030, 620_000), s.version(), official);
    }

    @Test
    void theDemonstrationWorkshopCycleIsLabelledOnTheGroupListAndItsReportCountsTheStrategyOfLodz() throws Exception {
        jdbc.sql("delete from strategy where teryt = ?").param(ExchangeDemoContent.STRATEGY_UNIT).update();
        try {
            lodzStrategy();
            long first = transaction.execute(status -> demo.load());
            GroupSummary cycle = groups.groups().stream()
                    .filter(g -> g.name().equals(ExchangeDemoContent.WORKSHOP_CYCLE))
                    .max(Comparator.comparingLong(GroupSummary::id)).orElseThrow();
            assertThat(cycle.strategyWorkshop()).isTrue();
            assertThat(cycle.demo()).isTrue();
            assertThat(groups.group(cycle.id(), null).units()).extracting(Views.UnitRef::teryt)
                    .contains(ExchangeDemoContent.STRATEGY_UNIT);

            // the list names the workshop cycle in words, on its row only
            String list = page("/grupy");
            String cycleRow = list.substring(list.indexOf("href=\"/grupy/" + cycle.id() + "\""));
            cycleRow = cycleRow.substring(0, cycleRow.indexOf("</tr>"));
            assertThat(cycleRow).contains("Warsztaty zarządzania strategicznego");
            String firstRow = list.substring(list.indexOf("href=\"/grupy/" + first + "\""));
            firstRow = firstRow.substring(0, firstRow.indexOf("</tr>"));
            assertThat(firstRow).doesNotContain("Warsztaty zarządzania strategicznego");
            assertThat(page("/grupy?lang=en")).contains("Strategic-management workshops");

            // the group report counts Łódź's strategy: one of three units, one goal on track, one off
            String report = page("/grupy/" + cycle.id() + "/raport");
            assertThat(report).contains("class=\"with-strategy\">1 z 3<")
                    .contains("class=\"goals-on-track\">1<").contains("class=\"goals-off-track\">1<")
                    .contains("href=\"/jst/" + ExchangeDemoContent.STRATEGY_UNIT + "/strategia\"");
            assertThat(reports.strategies(groups.group(cycle.id(), null), null)).get()
                    .extracting(StrategyWorkshopReport::withStrategy).isEqualTo(1L);
            assertThat(List.of(first)).doesNotContain(cycle.id());
        }
        finally {
            jdbc.sql("delete from strategy where teryt = ?").param(ExchangeDemoContent.STRATEGY_UNIT).update();
        }
    }
}
