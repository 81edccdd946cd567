package pl.dobrepraktyki.localgov.internal;

import java.io.IOException;
import java.io.StringReader;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import pl.dobrepraktyki.localgov.UnitKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class TercFileTests {

    private static final String HEADER = "WOJ;POW;GMI;RODZ;NAZWA;NAZWA_DOD;STAN_NA\n";

    private static final String LODZ = HEADER + """
            10;;;;ŁÓDZKIE;województwo;2025-01-01
            10;01;;;bełchatowski;powiat;2025-01-01
            10;01;01;1;Bełchatów;gmina miejska;2025-01-01
            10;01;02;2;Bełchatów;gmina wiejska;2025-01-01
            10;01;03;3;Zelów;gmina miejsko-wiejska;2025-01-01
            10;01;04;4;Zelów;miasto;2025-01-01
            10;01;05;5;Zelów;obszar wiejski;2025-01-01
            10;61;;;Łódź;miasto na prawach powiatu;2025-01-01
            10;61;01;1;Łódź;gmina miejska;2025-01-01
            10;61;02;9;Łódź-Bałuty;delegatura;2025-01-01
            """;

    private final List<ImportProgress> reports = new ArrayList<>();

    private TercFile.Result read(String content) throws IOException {
        return TercFile.read(new StringReader(content), "terc.csv",
                new ProgressTracker("terc.csv", 10, 2, Clock.systemUTC(), reports::add));
    }

    @Test
    void readsWholeUnitsAndSkipsPartsOfGminas() throws IOException {
        TercFile.Result result = read(LODZ);

        assertThat(result.units()).extracting(TercFile.TercUnit::teryt)
                .containsExactly("10", "1001", "1001011", "1001022", "1001033", "1061011");
        assertThat(result.stateDate()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(result.rows()).isEqualTo(10);
    }

    @Test
    void makesTheCityWithCountyRightsOneUnitWithItsCountyCodeAsAlias() throws IOException {
        TercFile.TercUnit lodz = read(LODZ).units().get(5);

        assertThat(lodz.kind()).isEqualTo(UnitKind.CITY_COUNTY);
        assertThat(lodz.countyTeryt()).isEqualTo("1061");
        assertThat(lodz.parentTeryt()).isEqualTo("10");
        assertThat(lodz.line()).isEqualTo(10);
    }

    @Test
    void linksGminasToTheirCountyAndCountiesToTheirVoivodeship() throws IOException {
        List<TercFile.TercUnit> units = read(LODZ).units();

        assertThat(units).extracting(TercFile.TercUnit::parentTeryt)
                .containsExactly(null, "10", "1001", "1001", "1001", "10");
        assertThat(units).extracting(TercFile.TercUnit::kind).containsExactly(UnitKind.VOIVODESHIP, UnitKind.COUNTY,
                UnitKind.URBAN_MUNICIPALITY, UnitKind.RURAL_MUNICIPALITY, UnitKind.URBAN_RURAL_MUNICIPALITY,
                UnitKind.CITY_COUNTY);
    }

    @Test
    void writesVoivodeshipNamesInLowerCase() throws IOException {
        assertThat(read(LODZ).units().get(0).name()).isEqualTo("łódzkie");
    }

    @Test
    void reportsProgress() throws IOException {
        read(LODZ);

        assertThat(reports).isNotEmpty();
        assertThat(reports.get(reports.size() - 1).done()).isEqualTo(10);
        assertThat(reports.get(0).describe()).startsWith("terc.csv: 2/10 (20%)");
    }

    @Test
    void namesTheLineOfABadRodz() {
        String bad = LODZ.replace("10;01;02;2;Bełchatów", "10;01;02;7;Bełchatów");

        assertThatExceptionOfType(UnitImportException.class).isThrownBy(() -> read(bad))
                .withMessageStartingWith("terc.csv, wiersz 5: RODZ")
                .satisfies(e -> assertThat(e.getLine()).isEqualTo(5));
    }

    @Test
    void namesTheLineOfARowWithTooFewFields() {
        String bad = LODZ.replace("10;01;03;3;Zelów;gmina miejsko-wiejska;2025-01-01", "10;01;03;3;Zelów");

        assertThatExceptionOfType(UnitImportException.class).isThrownBy(() -> read(bad))
                .withMessage("terc.csv, wiersz 6: oczekiwano 7 pól oddzielonych średnikiem, jest 5");
    }

    @Test
    void refusesADuplicateCode() {
        String bad = LODZ + "10;01;01;1;Bełchatów bis;gmina miejska;2025-01-01\n";

        assertThatExceptionOfType(UnitImportException.class).isThrownBy(() -> read(bad))
                .withMessage("terc.csv, wiersz 12: powtórzony kod 1001011 (pierwszy raz w wierszu 4)");
    }

    @Test
    void refusesAGminaOfAnUnknownCounty() {
        String bad = LODZ + "10;02;01;2;Nigdzie;gmina wiejska;2025-01-01\n";

        assertThatExceptionOfType(UnitImportException.class).isThrownBy(() -> read(bad))
                .withMessageStartingWith("terc.csv, wiersz 12: jednostka 1002012 należy do 1002");
    }

    @Test
    void refusesACityCountyWithoutItsGmina() {
        String bad = LODZ.replace("10;61;01;1;Łódź;gmina miejska;2025-01-01\n", "");

        assertThatExceptionOfType(UnitImportException.class).isThrownBy(() -> read(bad))
                .withMessageStartingWith("terc.csv, wiersz 9: miasto na prawach powiatu 1061");
    }

    @Test
    void refusesMixedStateDatesAndBadDates() {
        assertThatExceptionOfType(UnitImportException.class)
                .isThrownBy(() -> read(LODZ.replace("Zelów;miasto;2025-01-01", "Zelów;miasto;2026-01-01")))
                .withMessageStartingWith("terc.csv, wiersz 7: STAN_NA 2026-01-01");
        assertThatExceptionOfType(UnitImportException.class)
                .isThrownBy(() -> read(LODZ.replace("Zelów;miasto;2025-01-01", "Zelów;miasto;01.01.2025")))
                .withMessageStartingWith("terc.csv, wiersz 7: STAN_NA powinien");
    }

    @Test
    void refusesAWrongHeader() {
        assertThatExceptionOfType(UnitImportException.class)
                .isThrownBy(() -> read(LODZ.replace("WOJ;POW", "WOJEWODZTWO;POW")))
                .withMessageStartingWith("terc.csv, wiersz 1: nagłówek");
        assertThatExceptionOfType(UnitImportException.class).isThrownBy(() -> read(""))
                .withMessageStartingWith("terc.csv, wiersz 1: plik jest pusty");
    }

    @Test
    void refusesOverlongLines() {
        String bad = LODZ + "10;01;09;2;" + "x".repeat(CsvReader.MAX_LINE_LENGTH) + ";gmina wiejska;2025-01-01\n";

        assertThatExceptionOfType(UnitImportException.class).isThrownBy(() -> read(bad))
                .withMessageStartingWith("terc.csv, wiersz 12: wiersz dłuższy");
    }

    @Test
    void acceptsABomAndCrlfLineEnds() throws IOException {
        assertThat(read("\uFEFF" + LODZ.replace("\n", "\r\n")).units()).hasSize(6);
    }
}
