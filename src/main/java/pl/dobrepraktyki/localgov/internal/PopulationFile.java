package pl.dobrepraktyki.localgov.internal;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import pl.dobrepraktyki.localgov.TerytCode;

/**
 * Reads population and area per unit ({@code ludnosc_powierzchnia_jst.csv}: {@code ;}-separated,
 * columns found by name): {@code teryt}, {@code ludnosc_2024} (people), {@code powierzchnia_ha_2025}
 * and {@code powierzchnia_km2_2025}. The area is taken from hectares (÷ 100, exact to 0.01 km²) and
 * only falls back to the rounded km² when hectares are missing. Empty cells mean "no data".
 */
final class PopulationFile {

    static final String TERYT = "teryt";
    static final String POPULATION = "ludnosc_2024";
    static final String AREA_HA = "powierzchnia_ha_2025";
    static final String AREA_KM2 = "powierzchnia_km2_2025";

    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,9}");
    private static final Pattern DECIMAL = Pattern.compile("\\d{1,9}(\\.\\d{1,6})?");

    /** Population and area of one unit; either may be {@code null}. */
    record Stats(long line, Integer population, BigDecimal areaKm2) {
    }

    private PopulationFile() {
    }

    static Map<String, Stats> read(Reader reader, String file, ProgressTracker progress) throws IOException {
        CsvReader csv = new CsvReader(reader, file);
        List<String> header = csv.next();
        if (header == null) {
            throw new UnitImportException(file, 1, "plik jest pusty");
        }
        List<String> names = header.stream().map(String::strip).toList();
        int teryt = column(csv, names, TERYT);
        int population = column(csv, names, POPULATION);
        int areaHa = column(csv, names, AREA_HA);
        int areaKm2 = column(csv, names, AREA_KM2);

        Map<String, Stats> stats = new HashMap<>();
        List<String> fields;
        while ((fields = csv.next()) != null) {
            if (fields.size() != names.size()) {
                throw csv.error("oczekiwano " + names.size() + " pól oddzielonych średnikiem, jest " + fields.size());
            }
            String code = fields.get(teryt).strip();
            if (!TerytCode.isValid(code)) {
                throw csv.error("teryt powinien mieć 2, 4 albo 7 cyfr, jest '" + code + "'");
            }
            Integer people = wholeNumber(csv, POPULATION, fields.get(population));
            Integer hectares = wholeNumber(csv, AREA_HA, fields.get(areaHa));
            BigDecimal km2 = decimal(csv, AREA_KM2, fields.get(areaKm2));
            BigDecimal area = hectares != null ? BigDecimal.valueOf(hectares).movePointLeft(2) : km2;
            Stats earlier = stats.putIfAbsent(code, new Stats(csv.lineNumber(), people, area));
            if (earlier != null) {
                throw csv.error("powtórzony kod " + code + " (pierwszy raz w wierszu " + earlier.line() + ")");
            }
            progress.advance();
        }
        progress.finish();
        return stats;
    }

    private static int column(CsvReader csv, List<String> names, String name) {
        int index = names.indexOf(name);
        if (index < 0) {
            throw csv.error("brak kolumny " + name + " w nagłówku");
        }
        return index;
    }

    private static Integer wholeNumber(CsvReader csv, String column, String value) {
        String text = value.strip();
        if (text.isEmpty()) {
            return null;
        }
        if (!WHOLE_NUMBER.matcher(text).matches()) {
            throw csv.error(column + " powinna być liczbą całkowitą nieujemną albo pusta, jest '" + text + "'");
        }
        return Integer.valueOf(text);
    }

    private static BigDecimal decimal(CsvReader csv, String column, String value) {
        String text = value.strip();
        if (text.isEmpty()) {
            return null;
        }
        if (!DECIMAL.matcher(text).matches()) {
            throw csv.error(column + " powinna być liczbą nieujemną (kropka dziesiętna) albo pusta, jest '" + text + "'");
        }
        return new BigDecimal(text);
    }
}
