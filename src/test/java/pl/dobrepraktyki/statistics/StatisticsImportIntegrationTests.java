package pl.dobrepraktyki.statistics;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

import pl.dobrepraktyki.statistics.internal.ImportFormat;
import pl.dobrepraktyki.statistics.internal.ImportProblem;
import pl.dobrepraktyki.statistics.internal.ImportSummary;
import pl.dobrepraktyki.statistics.internal.StatsImportException;
import pl.dobrepraktyki.statistics.internal.StatsImporter;
import pl.dobrepraktyki.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The import of indicator values on a real database: the bundled GUS BDL population series (loaded
 * at start), codes that changed between years, all-or-nothing refusal with line numbers, idempotent
 * re-import, BDL table exports and derived indicators. Tests that write use their own indicators, so
 * the population series stays as loaded.
 */
@IntegrationTest
class StatisticsImportIntegrationTests {

    @Autowired
    StatsImporter importer;

    @Autowired
    StatisticsService statistics;

    @Autowired
    JdbcClient jdbc;

    @Test
    void realPopulationSeriesIsLoadedAtStart() {
        assertThat(statistics.series("1061011", "LUDNOSC", 2024, 2024)).extracting(StatisticsService.Point::value)
                .containsExactly(645_690.0);
        assertThat(statistics.series("1061", "LUDNOSC", null, null)).extracting(StatisticsService.Point::year)
                .containsExactly(2020, 2023, 2024);
        assertThat(statistics.series("1061011", "LUDNOSC", 2020, 2020)).extracting(StatisticsService.Point::value)
                .containsExactly(672_185.0);
        assertThat(statistics.series("10", "LUDNOSC", 2024, 2024)).hasSize(1);
        assertThat(statistics.series("1061011", "GESTOSC", 2024, 2024)).extracting(StatisticsService.Point::value)
                .containsExactly(2201.9);
    }

    @Test
    void gminaThatChangedItsCodeKeepsOneSeries() {
        // BDL gives Końskowola as 0614052 (gmina wiejska) for 2020-2024; the register (2025) has 0614053
        assertThat(statistics.series("0614053", "LUDNOSC", null, null)).extracting(StatisticsService.Point::year,
                StatisticsService.Point::value).containsExactly(tuple(2020, 8719.0), tuple(2023, 8380.0),
                        tuple(2024, 8300.0));
        defineIndicator("TEST_KODY");
        importText("kody.csv", """
                teryt;indicator;year;value
                0614052;TEST_KODY;2024;1
                0614053;TEST_KODY;2025;2
                """);
        assertThat(statistics.series("0614053", "TEST_KODY", null, null)).extracting(StatisticsService.Point::year)
                .containsExactly(2024, 2025);
        assertThat(jdbc.sql("select count(*) from stat_value where teryt = '0614052'").query(Long.class).single())
                .isZero();
    }

    @Test
    void fileWithOneMalformedRowChangesNothingAndNamesTheLine() {
        defineIndicator("TEST_BLAD");
        long before = jdbc.sql("select count(*) from stat_value").query(Long.class).single();
        assertThatThrownBy(() -> importText("zly.csv", """
                teryt;indicator;year;value
                1061011;TEST_BLAD;2024;1,5
                0201011;TEST_BLAD;2024;2
                0201022;TEST_BLAD;2024;dwa
                02;TEST_BLAD;2024;4
                """)).isInstanceOfSatisfying(StatsImportException.class, e -> {
                    assertThat(e.problems()).extracting(ImportProblem::line).containsExactly(4L);
                    assertThat(e.getMessage()).contains("wiersz 4").contains("nic nie zapisano");
                });
        assertThat(jdbc.sql("select count(*) from stat_value").query(Long.class).single()).isEqualTo(before);
        assertThat(statistics.years("TEST_BLAD")).isEmpty();
    }

    @Test
    void everyKindOfBadRowIsNamed() {
        defineIndicator("TEST_WIELE");
        assertThatThrownBy(() -> importText("zle.csv", """
                teryt;indicator;year;value
                9999992;TEST_WIELE;2024;1
                0201011;NIE_MA;2024;1
                0201011;TEST_WIELE;1800;1
                0201011;TEST_WIELE;2024;
                0201011;TEST_WIELE;2024;NaN
                12ab;TEST_WIELE;2024;1
                0201011;TEST_WIELE;2023;1
                0201011;TEST_WIELE;2023;2
                """)).isInstanceOfSatisfying(StatsImportException.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::line).containsExactly(2L, 3L, 4L, 5L, 6L, 7L));
        assertThatThrownBy(() -> importText("powtorzone.csv", """
                teryt;indicator;year;value
                0201011;TEST_WIELE;2023;1
                0201011;TEST_WIELE;2023;2
                """)).isInstanceOfSatisfying(StatsImportException.class, e -> {
                    assertThat(e.problems()).extracting(ImportProblem::line).containsExactly(3L);
                    assertThat(e.problems().get(0).message()).contains("wierszu 2");
                });
        // the same figure twice (BDL repeats Warszawa 2023) is one value
        assertThat(importText("dwa-razy.csv", """
                teryt;indicator;year;value
                0201011;TEST_WIELE;2023;1
                0201011;TEST_WIELE;2023;1
                """).written()).isEqualTo(1);
    }

    @Test
    void reimportOfTheSameFileChangesNothing() throws IOException {
        try (InputStream in = new ClassPathResource(StatsImporter.BUNDLED).getInputStream()) {
            ImportSummary again = importer.importFile(in, "bdl_ludnosc_long.csv", -1, StatsImporter.Options.none(),
                    line -> { });
            assertThat(again.format()).isEqualTo(ImportFormat.BDL_LONG);
            assertThat(again.rows()).isEqualTo(33_927);
            assertThat(again.written()).isZero();
            assertThat(again.skipped()).isPositive();
        }
    }

    @Test
    void bdlTableExportsAgreeWithTheLongSeries() throws IOException {
        // decimal commas and ';', year given by the user (the 2023 header does not name it)
        ImportSummary y2023 = importResource("statistics/bdl_LUDN_2425_2023_fragment.csv", 2023);
        assertThat(y2023.format()).isEqualTo(ImportFormat.BDL_TABLE);
        assertThat(y2023.written()).isZero();
        // ',' separator, year and unit in the header
        ImportSummary y2024 = importResource("statistics/bdl_LUDN_2425_2024_fragment.csv", null);
        assertThat(y2024.written()).isZero();
        assertThat(y2024.indicators()).contains("LUDNOSC", "GESTOSC", "URBANIZACJA", "PRZYROST_1000");
        assertThatThrownBy(() -> importResource("statistics/bdl_LUDN_2425_2023_fragment.csv", null))
                .isInstanceOf(StatsImportException.class).hasMessageContaining("rok");
    }

    @Test
    void derivedIndicatorsAreComputedFromPopulation() {
        importText("katalog.csv", """
                indicator;name_pl;name_en;unit;area;source;polarity;decimals;formula;description
                TEST_DOCHODY;Dochody ogółem;Revenue;zł;FINANSE;MF;HIGHER_BETTER;0;;Dochody budżetu
                TEST_DOCHODY_PC;Dochody na mieszkańca;Revenue per capita;zł/mieszk.;FINANSE;MF;HIGHER_BETTER;2;TEST_DOCHODY / LUDNOSC;
                TEST_DOCHODY_1000;Dochody na 1000 mieszkańców;Revenue per 1000;zł/1000 mieszk.;FINANSE;MF;HIGHER_BETTER;0;TEST_DOCHODY / LUDNOSC * 1000;
                """);
        importText("dochody.csv", """
                teryt;indicator;year;value
                1061011;TEST_DOCHODY;2024;6456900000
                1061011;TEST_DOCHODY;2019;700000000
                """);
        assertThat(statistics.indicator("TEST_DOCHODY_PC").derived()).isTrue();
        assertThat(statistics.series("1061011", "TEST_DOCHODY_PC", null, null))
                .extracting(StatisticsService.Point::year, StatisticsService.Point::value)
                // 2019 has no population value: the register's population (2024) divides
                .containsExactly(tuple(2019, 700000000 / 645690.0), tuple(2024, 10_000.0));
        assertThat(statistics.series("1061011", "TEST_DOCHODY_1000", 2024, 2024))
                .extracting(StatisticsService.Point::value).containsExactly(10_000_000.0);
    }

    @Test
    void aCatalogueWithoutPolarityAndDecimalsColumnsTakesTheirDefaults() {
        // found by the fuzzer: without a decimals column the import answered with a NullPointerException
        importText("krotki-katalog.csv", """
                indicator;name_pl;unit;source
                TEST_KROTKI;Wskaźnik z krótkiego katalogu;szt.;test
                """);
        assertThat(statistics.indicator("TEST_KROTKI"))
                .satisfies(i -> {
                    assertThat(i.polarity()).isEqualTo(Polarity.NEUTRAL);
                    assertThat(i.decimals()).isZero();
                });
    }

    @Test
    void unknownHeaderIsRefused() {
        assertThatThrownBy(() -> importText("x.csv", "a;b;c\n1;2;3\n")).isInstanceOf(StatsImportException.class)
                .hasMessageContaining("wiersz 1");
    }

    private void defineIndicator(String code) {
        importText(code + ".csv", "indicator;name_pl;name_en;unit;area;source;polarity;decimals;formula;description\n"
                + code + ";Wskaźnik testowy;Test indicator;szt.;;test;HIGHER_BETTER;1;;\n");
    }

    private ImportSummary importText(String name, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return importer.importFile(new ByteArrayInputStream(bytes), name, bytes.length, StatsImporter.Options.none(),
                line -> { });
    }

    private ImportSummary importResource(String resource, Integer year) throws IOException {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return importer.importFile(in, resource, -1, new StatsImporter.Options(year), line -> { });
        }
    }
}
