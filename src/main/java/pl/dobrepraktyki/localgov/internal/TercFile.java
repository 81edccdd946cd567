package pl.dobrepraktyki.localgov.internal;

import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import pl.dobrepraktyki.localgov.UnitKind;

/**
 * Reads the TERC register (official version, {@code WOJ;POW;GMI;RODZ;NAZWA;NAZWA_DOD;STAN_NA}) into
 * the list of units. Every row is validated; parts of gminas (RODZ 4, 5, 8, 9) are skipped; the
 * 4-digit row of a city with county rights (POW ≥ 61) becomes the alias of its RODZ 1 gmina.
 */
final class TercFile {

    static final List<String> HEADER = List.of("WOJ", "POW", "GMI", "RODZ", "NAZWA", "NAZWA_DOD", "STAN_NA");

    private static final Pattern TWO_DIGITS = Pattern.compile("\\d\\d");
    private static final Pattern RODZ = Pattern.compile("[1234589]");
    private static final Locale POLISH = Locale.forLanguageTag("pl");
    static final int MAX_NAME_LENGTH = 100;

    /** A unit as the register file describes it. */
    record TercUnit(long line, String teryt, String name, UnitKind kind, String parentTeryt, String countyTeryt) {
    }

    /** The units of the file in file order, and the register's state date. */
    record Result(List<TercUnit> units, LocalDate stateDate, long rows) {
    }

    private TercFile() {
    }

    static Result read(Reader reader, String file, ProgressTracker progress) throws IOException {
        CsvReader csv = new CsvReader(reader, file);
        List<String> header = csv.next();
        if (header == null) {
            throw new UnitImportException(file, 1, "plik jest pusty");
        }
        if (!HEADER.equals(header.stream().map(String::strip).toList())) {
            throw csv.error("nagłówek powinien brzmieć " + String.join(";", HEADER));
        }
        Map<String, TercUnit> units = new LinkedHashMap<>();
        Map<String, Long> cityCountyRows = new LinkedHashMap<>();
        Map<String, String> cityCountyGminas = new HashMap<>();
        LocalDate stateDate = null;
        long rows = 0;
        List<String> fields;
        while ((fields = csv.next()) != null) {
            rows++;
            long line = csv.lineNumber();
            if (fields.size() != HEADER.size()) {
                throw csv.error("oczekiwano " + HEADER.size() + " pól oddzielonych średnikiem, jest " + fields.size());
            }
            String woj = fields.get(0).strip();
            String pow = fields.get(1).strip();
            String gmi = fields.get(2).strip();
            String rodz = fields.get(3).strip();
            String name = fields.get(4).strip();
            LocalDate date = parseDate(csv, fields.get(6).strip());
            if (stateDate == null) {
                stateDate = date;
            }
            else if (!stateDate.equals(date)) {
                throw csv.error("STAN_NA " + date + " różni się od " + stateDate + " z wcześniejszych wierszy");
            }
            requireDigits(csv, "WOJ", woj, false);
            requireDigits(csv, "POW", pow, true);
            requireDigits(csv, "GMI", gmi, true);
            if (!rodz.isEmpty() && !RODZ.matcher(rodz).matches()) {
                throw csv.error("RODZ powinien być jedną z cyfr 1, 2, 3, 4, 5, 8, 9, jest '" + rodz + "'");
            }
            if (pow.isEmpty() && !gmi.isEmpty()) {
                throw csv.error("GMI bez POW");
            }
            if (gmi.isEmpty() != rodz.isEmpty()) {
                throw csv.error("GMI i RODZ muszą być oba wypełnione albo oba puste");
            }
            if (name.isEmpty()) {
                throw csv.error("pusta NAZWA");
            }
            if (name.length() > MAX_NAME_LENGTH) {
                throw csv.error("NAZWA dłuższa niż " + MAX_NAME_LENGTH + " znaków");
            }

            TercUnit unit;
            if (pow.isEmpty()) {
                unit = new TercUnit(line, woj, name.toLowerCase(POLISH), UnitKind.VOIVODESHIP, null, null);
            }
            else if (gmi.isEmpty()) {
                String county = woj + pow;
                if (Integer.parseInt(pow) >= 61) {
                    Long earlier = cityCountyRows.putIfAbsent(county, line);
                    if (earlier != null) {
                        throw csv.error("powtórzony kod " + county + " (pierwszy raz w wierszu " + earlier + ")");
                    }
                    progress.advance();
                    continue;
                }
                unit = new TercUnit(line, county, name, UnitKind.COUNTY, woj, null);
            }
            else {
                int rodzDigit = Integer.parseInt(rodz);
                if (rodzDigit > 3) {
                    progress.advance();
                    continue; // a part of a gmina (town or rural area, Warsaw district, delegation), not a unit
                }
                UnitKind kind;
                try {
                    kind = UnitKind.ofMunicipality(rodzDigit, Integer.parseInt(pow));
                }
                catch (IllegalArgumentException e) {
                    throw csv.error(e.getMessage());
                }
                String county = woj + pow;
                String code = county + gmi + rodz;
                if (kind == UnitKind.CITY_COUNTY) {
                    String earlier = cityCountyGminas.putIfAbsent(county, code);
                    if (earlier != null) {
                        throw csv.error("drugie miasto na prawach powiatu w powiecie " + county + " (pierwsze: "
                                + earlier + ")");
                    }
                    unit = new TercUnit(line, code, name, kind, woj, county);
                }
                else {
                    unit = new TercUnit(line, code, name, kind, county, null);
                }
            }
            TercUnit earlier = units.putIfAbsent(unit.teryt(), unit);
            if (earlier != null) {
                throw csv.error("powtórzony kod " + unit.teryt() + " (pierwszy raz w wierszu " + earlier.line() + ")");
            }
            progress.advance();
        }
        progress.finish();
        checkConsistency(file, units, cityCountyRows, cityCountyGminas);
        return new Result(new ArrayList<>(units.values()), stateDate, rows);
    }

    private static void checkConsistency(String file, Map<String, TercUnit> units, Map<String, Long> cityCountyRows,
            Map<String, String> cityCountyGminas) {
        if (units.isEmpty()) {
            throw new UnitImportException(file, 0, "brak jednostek");
        }
        for (TercUnit unit : units.values()) {
            if (unit.parentTeryt() != null && !units.containsKey(unit.parentTeryt())) {
                throw new UnitImportException(file, unit.line(),
                        "jednostka " + unit.teryt() + " należy do " + unit.parentTeryt() + ", którego nie ma w pliku");
            }
            if (unit.countyTeryt() != null && !cityCountyRows.containsKey(unit.countyTeryt())) {
                throw new UnitImportException(file, unit.line(), "brak wiersza miasta na prawach powiatu "
                        + unit.countyTeryt() + " dla gminy " + unit.teryt());
            }
        }
        cityCountyRows.forEach((county, line) -> {
            if (!cityCountyGminas.containsKey(county)) {
                throw new UnitImportException(file, line,
                        "miasto na prawach powiatu " + county + " nie ma gminy miejskiej (RODZ 1)");
            }
        });
    }

    private static void requireDigits(CsvReader csv, String column, String value, boolean mayBeEmpty) {
        if (value.isEmpty() && mayBeEmpty) {
            return;
        }
        if (!TWO_DIGITS.matcher(value).matches()) {
            throw csv.error(column + " powinien mieć 2 cyfry, jest '" + value + "'");
        }
    }

    private static LocalDate parseDate(CsvReader csv, String value) {
        try {
            return LocalDate.parse(value);
        }
        catch (DateTimeParseException e) {
            throw csv.error("STAN_NA powinien być datą RRRR-MM-DD, jest '" + value + "'");
        }
    }
}
