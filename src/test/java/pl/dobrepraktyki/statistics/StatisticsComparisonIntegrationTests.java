package pl.dobrepraktyki.statistics;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import pl.dobrepraktyki.localgov.UnitKind;
import pl.dobrepraktyki.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Peer groups and comparisons against an independent computation: the group is selected here with
 * SQL on the register table, the values read with SQL, and the quartiles computed by a separate
 * implementation of the same method (linear interpolation, type 7) with sorted lists and integers.
 * Also the pages, downloads and API built on them.
 */
@IntegrationTest
class StatisticsComparisonIntegrationTests {

    @Autowired
    StatisticsService statistics;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void comparisonFiguresEqualAnIndependentComputation() {
        // Łódź: a city with county rights of 300,000 people and more
        check("1061011", UnitKind.CITY_COUNTY, 300_000, null, "LUDNOSC", 2024);
        check("1061011", UnitKind.CITY_COUNTY, 300_000, null, "GESTOSC", 2024);
        // Końskowola (0614053, 8,300 people): urban-rural gminas of 5,000-9,999
        check("0614053", UnitKind.URBAN_RURAL_MUNICIPALITY, 5_000, 10_000, "LUDNOSC", 2023);
        // a rural gmina below 5,000 (the largest group) and a powiat
        check("0201032", UnitKind.RURAL_MUNICIPALITY, 0, 5_000, "PRZYROST_1000", 2024);
        check("0201", UnitKind.COUNTY, 50_000, 100_000, "URBANIZACJA", 2024);
    }

    private void check(String teryt, UnitKind kind, int from, Integer to, String code, int year) {
        List<String> members = jdbc.sql("select teryt from local_government where kind = ? and population >= ?"
                + (to == null ? "" : " and population < " + to) + " order by teryt").param(kind.name()).param(from)
                .query(String.class).list();
        PeerGroup group = statistics.peerGroup(teryt);
        assertThat(group.kind()).isEqualTo(kind);
        assertThat(group.members()).containsExactlyElementsOf(members);

        List<Double> values = new ArrayList<>();
        for (String member : members) {
            jdbc.sql("select amount from stat_value where indicator_code = ? and data_year = ? and teryt = ?")
                    .params(code, year, member).query(Double.class).optional().ifPresent(values::add);
        }
        values.sort(null);
        StatisticsService.Comparison comparison = statistics.compare(teryt, code, year, group);
        assertThat(comparison.withData()).isEqualTo(values.size());
        assertThat(comparison.peers().median()).isCloseTo(percentile(values, 2), within(1e-9));
        assertThat(comparison.peers().q1()).isCloseTo(percentile(values, 1), within(1e-9));
        assertThat(comparison.peers().q3()).isCloseTo(percentile(values, 3), within(1e-9));
        assertThat(comparison.peers().min()).isEqualTo(values.get(0));
        assertThat(comparison.peers().max()).isEqualTo(values.get(values.size() - 1));
        double own = jdbc.sql("select amount from stat_value where indicator_code = ? and data_year = ? and teryt = ?")
                .params(code, year, statistics.unit(teryt).teryt()).query(Double.class).single();
        assertThat(comparison.value()).isEqualTo(own);
        boolean ascending = statistics.indicator(code).polarity() == Polarity.LOWER_BETTER;
        long better = values.stream().filter(v -> ascending ? v < own : v > own).count();
        assertThat(comparison.rank()).isEqualTo((int) better + 1);
        assertThat(comparison.best()).hasSizeLessThanOrEqualTo(StatisticsService.BEST);
        assertThat(comparison.best().get(0).value()).isEqualTo(ascending ? values.get(0) : values.get(values.size() - 1));
    }

    /** The k-th quartile (k = 1, 2, 3) of sorted values: position (n - 1) k / 4, interpolated. */
    private static double percentile(List<Double> sorted, int k) {
        int n = sorted.size();
        int numerator = (n - 1) * k; // position = numerator / 4
        int below = numerator / 4;
        int remainder = numerator % 4;
        if (remainder == 0) {
            return sorted.get(below);
        }
        return sorted.get(below) + (sorted.get(below + 1) - sorted.get(below)) * remainder / 4.0;
    }

    @Test
    void customGroupComparesWithChosenUnits() {
        PeerGroup group = statistics.customGroup("1061011", List.of("1261011", "1465011", "3064011"));
        assertThat(group.custom()).isTrue();
        assertThat(group.members()).containsExactly("1061011", "1261011", "1465011", "3064011");
        StatisticsService.Comparison c = statistics.compare("1061011", "LUDNOSC", 2024, group);
        assertThat(c.withData()).isEqualTo(4);
        assertThat(c.rank()).isEqualTo(3); // Warszawa, Kraków, Łódź, Poznań
        assertThat(c.best().get(0).unit().teryt()).isEqualTo("1465011");
    }

    @Test
    void profileListsTheIndicatorsFurthestFromTheMedianFirst() {
        List<StatisticsService.Comparison> profile = statistics.profile("1061011", statistics.peerGroup("1061011"));
        assertThat(profile).isNotEmpty();
        List<Double> distances = profile.stream().map(c -> Math.abs(c.distance())).toList();
        assertThat(distances).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void pagesChartsAndDownloadsRender() throws Exception {
        mvc.perform(get("/statystyki")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("LUDNOSC")));
        mvc.perform(get("/statystyki?q=lodz")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/statystyki/jst/1061011")));
        for (String level : List.of("wojewodztwa", "powiaty", "gminy")) {
            mvc.perform(get("/statystyki/wskazniki/LUDNOSC?poziom=" + level)).andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("<svg")));
        }
        mvc.perform(get("/statystyki/wskazniki/LUDNOSC/mapa.csv?poziom=powiaty&rok=2024")).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("1061;Łódź;2024;645690")));
        mvc.perform(get("/statystyki/wskazniki/LUDNOSC/mapa.svg")).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/svg+xml;charset=UTF-8"));
        mvc.perform(get("/statystyki/jst/1061011")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/statystyki/jst/1061011/LUDNOSC")));
        mvc.perform(get("/statystyki/jst/1061011/grupa")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("1465011")));
        mvc.perform(get("/statystyki/jst/1061011/LUDNOSC")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("line-title")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("distribution-title")));
        mvc.perform(get("/statystyki/jst/1061011/LUDNOSC?grupa=1261011,1465011")).andExpect(status().isOk());
        mvc.perform(get("/statystyki/jst/1061011/LUDNOSC/dane.csv")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("2024;645690;9;")));
        mvc.perform(get("/statystyki/jst/1061011/LUDNOSC/wykres.svg")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.startsWith("<svg")));
        mvc.perform(get("/statystyki/jst/1061011/LUDNOSC/rozklad.svg?rok=2023")).andExpect(status().isOk());
        mvc.perform(get("/jst/1061011")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("peer-group-heading")));
        mvc.perform(get("/statystyki/jst/12ab")).andExpect(status().isBadRequest());
        mvc.perform(get("/statystyki/jst/1061011/NIE_MA")).andExpect(status().isNotFound());
        mvc.perform(get("/statystyki/jst/1061011/LUDNOSC?grupa=99")).andExpect(status().isNotFound());
    }

    @Test
    void apiAnswersWithTheSameFigures() throws Exception {
        StatisticsService.Comparison c = statistics.compare("1061011", "LUDNOSC", 2024,
                statistics.peerGroup("1061011"));
        mvc.perform(get("/api/v1/indicators")).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == 'LUDNOSC')].years[0]").value(2020));
        mvc.perform(get("/api/v1/units/1061/indicators/LUDNOSC?from=2023")).andExpect(status().isOk())
                .andExpect(jsonPath("$.unit.teryt").value("1061011"))
                .andExpect(jsonPath("$.values.length()").value(2))
                .andExpect(jsonPath("$.values[1].value").value(645690.0));
        mvc.perform(get("/api/v1/units/1061011/comparison/LUDNOSC?year=2024")).andExpect(status().isOk())
                .andExpect(jsonPath("$.value").value(645690.0))
                .andExpect(jsonPath("$.peerGroup.size").value(c.withData()))
                .andExpect(jsonPath("$.peerGroup.median").value(c.peers().median()))
                .andExpect(jsonPath("$.peerGroup.q1").value(c.peers().q1()))
                .andExpect(jsonPath("$.peerGroup.q3").value(c.peers().q3()))
                .andExpect(jsonPath("$.rank").value(c.rank()));
        mvc.perform(get("/api/v1/units/1061011/peers")).andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("CITY_COUNTY"))
                .andExpect(jsonPath("$.populationFrom").value(300000))
                .andExpect(jsonPath("$.size").value(9));
        mvc.perform(get("/api/v1/units/1061011/comparison/NIE_MA")).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/api/v1/units/1061011/comparison/LUDNOSC?year=1999")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/units/12ab/peers")).andExpect(status().isBadRequest());
    }
}
