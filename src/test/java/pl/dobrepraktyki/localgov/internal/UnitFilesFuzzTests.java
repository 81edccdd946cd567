package pl.dobrepraktyki.localgov.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.ByteArrayInputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

import com.code_intelligence.jazzer.junit.FuzzTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Any bytes given as a TERYT (TERC) or population file are either read or refused with the documented
 * {@link UnitImportException} that names the file and the line; nothing else may escape. The seed
 * corpora in {@code UnitFilesFuzzTestsInputs/} run in every build; {@code -Pfuzz} fuzzes.
 */
class UnitFilesFuzzTests {

    private static final int LIMIT = 100_000;

    @FuzzTest(maxExecutions = LIMIT, maxDuration = "5m")
    void tercFile(byte[] bytes) throws IOException {
        try (Reader reader = reader(bytes)) {
            TercFile.Result result = TercFile.read(reader, "terc.csv", tracker());
            assertThat(result.units()).isNotEmpty().allSatisfy(unit -> assertThat(unit.teryt()).matches("\\d{2,7}"));
        }
        catch (UnitImportException e) {
            assertThat(e.getMessage()).startsWith("terc.csv");
        }
    }

    @FuzzTest(maxExecutions = LIMIT, maxDuration = "5m")
    void populationFile(byte[] bytes) throws IOException {
        try (Reader reader = reader(bytes)) {
            PopulationFile.read(reader, "ludnosc.csv", tracker())
                    .forEach((teryt, stats) -> assertThat(teryt).isNotBlank());
        }
        catch (UnitImportException e) {
            assertThat(e.getMessage()).startsWith("ludnosc.csv");
        }
    }

    private static Reader reader(byte[] bytes) {
        return new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8);
    }

    private static ProgressTracker tracker() {
        return new ProgressTracker("plik.csv", 1, 1000, Clock.systemUTC(), ImportProgress.Listener.NONE);
    }
}
