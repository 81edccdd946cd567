package pl.dobrepraktyki.statistics.internal;

import java.io.ByteArrayInputStream;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import pl.dobrepraktyki.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Any bytes given to the statistics import, in each of its formats (the seeds in
 * {@code StatsImportFuzzTestsInputs/} start from each), are imported or refused with the documented
 * {@link StatsImportException}, and a refused file adds no value and no indicator. The seeds run in
 * every build (valid ones repeat the bundled data, so they change nothing); {@code -Pfuzz} fuzzes.
 */
@IntegrationTest
class StatsImportFuzzTests {

    @Autowired
    StatsImporter importer;

    @Autowired
    JdbcClient jdbc;

    @FuzzTest(maxExecutions = 100_000, maxDuration = "8m")
    void statisticsCsv(byte[] bytes) {
        long before = rows();
        try {
            importer.importFile(new ByteArrayInputStream(bytes), "fuzz.csv", bytes.length,
                    StatsImporter.Options.none(), line -> { });
        }
        catch (StatsImportException e) {
            assertThat(e.getMessage()).startsWith("fuzz.csv");
            assertThat(rows()).as("a refused file writes nothing").isEqualTo(before);
        }
    }

    private long rows() {
        return jdbc.sql("select (select count(*) from stat_value) + (select count(*) from stat_indicator)")
                .query(Long.class).single();
    }
}
