package pl.dobrepraktyki.localgov.internal;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PopulationFileTests {

    private static final String FILE = """
            teryt;poziom;rodz;nazwa;ludnosc_2024;powierzchnia_km2_2025;powierzchnia_ha_2025;uwagi
            1061011;gmina miejska;1;Łódź;645690;293;29325;
            1207132;gmina wiejska;2;Szczawa;;42;4238;"2024: brak w BDL; 2023: brak w BDL"
            0201;powiat;;bolesławiecki;87260;1304;;
            """;

    private static Map<String, PopulationFile.Stats> read(String content) throws IOException {
        return PopulationFile.read(new StringReader(content), "ludnosc.csv",
                new ProgressTracker("ludnosc.csv", 3, 1000, Clock.systemUTC(), ImportProgress.Listener.NONE));
    }

    @Test
    void readsPopulationAndAreaFromHectares() throws IOException {
        PopulationFile.Stats lodz = read(FILE).get("1061011");

        assertThat(lodz.population()).isEqualTo(645_690);
        assertThat(lodz.areaKm2()).isEqualByComparingTo(new BigDecimal("293.25"));
    }

    @Test
    void keepsMissingPopulationAsNoDataAndHandlesQuotedSemicolons() throws IOException {
        PopulationFile.Stats szczawa = read(FILE).get("1207132");

        assertThat(szczawa.population()).isNull();
        assertThat(szczawa.areaKm2()).isEqualByComparingTo("42.38");
    }

    @Test
    void fallsBackToRoundedSquareKilometresWithoutHectares() throws IOException {
        assertThat(read(FILE).get("0201").areaKm2()).isEqualByComparingTo("1304");
    }

    @Test
    void namesTheLineOfANegativeOrNonNumericPopulation() {
        assertThatExceptionOfType(UnitImportException.class)
                .isThrownBy(() -> read(FILE.replace("87260", "-5")))
                .withMessageStartingWith("ludnosc.csv, wiersz 4: ludnosc_2024");
        assertThatExceptionOfType(UnitImportException.class)
                .isThrownBy(() -> read(FILE.replace("645690", "645 690")))
                .withMessageStartingWith("ludnosc.csv, wiersz 2: ludnosc_2024");
    }

    @Test
    void namesTheLineOfAMalformedCode() {
        assertThatExceptionOfType(UnitImportException.class)
                .isThrownBy(() -> read(FILE.replace("0201;", "020;")))
                .withMessageStartingWith("ludnosc.csv, wiersz 4: teryt");
    }

    @Test
    void refusesAHeaderWithoutTheNeededColumns() {
        assertThatExceptionOfType(UnitImportException.class)
                .isThrownBy(() -> read(FILE.replace("ludnosc_2024", "ludnosc_2023")))
                .withMessage("ludnosc.csv, wiersz 1: brak kolumny ludnosc_2024 w nagłówku");
    }
}
