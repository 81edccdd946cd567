package pl.dobrepraktyki.statistics.internal;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import pl.dobrepraktyki.catalog.Taxonomy;
import pl.dobrepraktyki.catalog.TaxonomyService;
import pl.dobrepraktyki.localgov.LocalGovernment;
import pl.dobrepraktyki.statistics.Indicator;
import pl.dobrepraktyki.statistics.Polarity;
import pl.dobrepraktyki.system.cli.ProgressLine;

/**
 * Imports indicator values (and indicator definitions) from a CSV file, streaming: the file is read
 * line by line into a temporary table of the transaction (PostgreSQL: {@code COPY}), and only when
 * every line is valid are the values merged into {@code stat_value}. One bad line, or two lines with
 * the same unit, indicator and year, refuses the whole file and nothing changes; the problems name
 * their lines. Importing the same file again writes nothing ({@link ImportSummary#written()} = 0).
 * <p>
 * Units: a 2-, 4- or 7-digit TERYT code, or a 7-digit GUS BDL code ({@code WW00000} voivodeship,
 * {@code WWPP000} powiat). BDL codes follow the division of their data year, so a gmina code that is
 * not in the register is matched on its first 6 digits ({@code WWPPGG}) to the gmina of the register:
 * Końskowola {@code 0614052} (2024) and {@code 0614053} (2025) are one series. Skipped without error:
 * Poland ({@code 0000000}), parts of gminas (RODZ 4, 5, 8, 9) and, in BDL files, the powiat rows of
 * cities with county rights (BDL repeats the city's gmina row there).
 */
@Service
public class StatsImporter {

    public static final String BUNDLED = "statistics/bdl_ludnosc_long.csv";
    public static final int MAX_PROBLEMS = 100;
    static final int MAX_LINE_LENGTH = 10_000;
    static final int MIN_YEAR = 1990;
    static final int MAX_YEAR = 2100;
    static final long PROGRESS_EVERY = 200_000;
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");
    private static final Pattern FORMULA = Pattern.compile(
            "\\s*([A-Z][A-Z0-9_]{0,39})\\s*/\\s*([A-Z][A-Z0-9_]{0,39})\\s*(?:\\*\\s*([0-9]+(?:[.,][0-9]+)?)\\s*)?");
    /** The temporary tables the import writes into (their names go into SQL text: only these). */
    private static final Pattern STAGING_TABLE = Pattern.compile("stat_(staging|derived)");
    private static final Pattern TABLE_COLUMN = Pattern.compile("(.+?),(\\d{4}),\\[(.*)]");

    /** GUS BDL variable names (long files and table headers) and the indicator they fill. */
    static final Map<String, String> BDL_VARIABLES = Map.ofEntries(
            Map.entry("ludnosc", "LUDNOSC"), Map.entry("ludność w tysiącach", "LUDNOSC"),
            Map.entry("ogółem", "LUDNOSC"),
            Map.entry("ludnosc_mezczyzni", "LUDNOSC_M"), Map.entry("ludność w tysiącach mężczyźni", "LUDNOSC_M"),
            Map.entry("ludnosc_kobiety", "LUDNOSC_K"), Map.entry("ludność w tysiącach kobiety", "LUDNOSC_K"),
            Map.entry("gestosc_zaludnienia", "GESTOSC"), Map.entry("ludność na 1 km2", "GESTOSC"),
            Map.entry("gestosc_zaludnienia_pow_zabudowanej", "GESTOSC_ZABUD"),
            Map.entry("gęstość zaludnienia powierzchni zabudowanej i zurbanizowanej (osoby/km2)", "GESTOSC_ZABUD"),
            Map.entry("zmiana_liczby_ludnosci_na_1000", "PRZYROST_1000"),
            Map.entry("zmiana liczby ludności na 1000 mieszkańców", "PRZYROST_1000"),
            Map.entry("wskaznik_urbanizacji", "URBANIZACJA"), Map.entry("wskaźnik urbanizacji", "URBANIZACJA"));

    private final DataSource dataSource;
    private final TransactionTemplate transaction;
    private final JdbcClient jdbc;
    private final Register register;
    private final StatValues values;
    private final TaxonomyService taxonomies;

    StatsImporter(DataSource dataSource, PlatformTransactionManager transactions, JdbcClient jdbc, Register register,
            StatValues values, TaxonomyService taxonomies) {
        this.dataSource = dataSource;
        this.transaction = new TransactionTemplate(transactions);
        this.jdbc = jdbc;
        this.register = register;
        this.values = values;
        this.taxonomies = taxonomies;
    }

    /** Import options: {@code year} for a BDL table export whose header does not name the year. */
    public record Options(Integer year) {

        public static Options none() {
            return new Options(null);
        }
    }

    /**
     * Imports a file.
     *
     * @param size the file's size in bytes for progress, or -1 when unknown
     * @param progress receives a progress line now and then
     * @throws StatsImportException when the file is refused (nothing changed)
     */
    public ImportSummary importFile(InputStream in, String fileName, long size, Options options,
            Consumer<String> progress) {
        long start = System.nanoTime();
        ImportSummary summary;
        try {
            summary = importInTransaction(in, fileName, size, options, progress, start);
        }
        catch (StatsImportException e) {
            throw named(e, fileName);
        }
        values.changed();
        return summary;
    }

    /** Every refusal names the file and says that nothing was written, wherever in the file it was found. */
    private static StatsImportException named(StatsImportException e, String fileName) {
        String message = e.getMessage();
        if (!message.startsWith(fileName + ":")) {
            message = fileName + ": " + message;
        }
        if (!message.contains("nic nie zapisano")) {
            message += "; nic nie zapisano";
        }
        return message.equals(e.getMessage()) ? e : new StatsImportException(message, e.problems(), e.problemCount());
    }

    private ImportSummary importInTransaction(InputStream in, String fileName, long size, Options options,
            Consumer<String> progress, long start) {
        return transaction.execute(status -> {
            Connection connection = DataSourceUtils.getConnection(dataSource);
            try {
                return run(connection, new CountingStream(in), fileName, size, options, progress, start);
            }
            catch (IOException e) {
                throw new StatsImportException(fileName + ": nie można odczytać pliku (" + e.getMessage()
                        + "); nic nie zapisano");
            }
            catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            finally {
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
        });
    }

    private ImportSummary run(Connection connection, CountingStream counting, String fileName, long size,
            Options options, Consumer<String> progress, long start) throws IOException, SQLException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(counting, StandardCharsets.UTF_8), 1 << 16);
        String header = readLine(reader, 1);
        if (header == null) {
            throw new StatsImportException(fileName + ": plik jest pusty; nic nie zapisano");
        }
        if (header.startsWith("\uFEFF")) {
            header = header.substring(1);
        }
        char separator = header.indexOf(';') >= 0 ? ';' : header.indexOf('\t') >= 0 ? '\t' : ',';
        List<String> columns = split(header, separator).stream().map(c -> c.strip()).toList();
        List<String> lower = columns.stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
        ImportFormat format = detect(lower);
        if (format == null) {
            throw new StatsImportException(fileName + ": wiersz 1: nieznany nagłówek „" + abbreviate(header)
                    + "”; oczekiwano teryt;indicator;year;value (albo pliku GUS BDL, albo katalogu wskaźników)",
                    List.of(new ImportProblem(1, "nieznany nagłówek")), 1);
        }
        Problems problems = new Problems();
        if (format == ImportFormat.INDICATORS) {
            return importIndicators(connection, reader, fileName, separator, lower, problems, start);
        }
        Map<String, Indicator> indicators = new HashMap<>();
        values.indicators().forEach(i -> indicators.put(i.code(), i));
        Register.Snapshot units = register.snapshot(); // before COPY: the connection runs nothing else during it
        Staging staging = Staging.open(connection);
        RowReader rows = new RowReader(units, indicators, problems, staging, separator != ',');
        try {
            switch (format) {
                case LONG -> rows.readLong(reader, separator, lower, counting, size, progress, start);
                case BDL_LONG -> rows.readBdlLong(reader, separator, lower, counting, size, progress, start);
                case BDL_TABLE -> rows.readTable(reader, separator, columns, options, counting, size, progress, start);
                default -> throw new IllegalStateException(format.name());
            }
            staging.finish();
        }
        catch (RuntimeException | IOException | SQLException e) {
            staging.abort(); // a COPY in progress would block the rollback
            throw e;
        }
        problems.throwIfAny(fileName);
        if (staging instanceof PostgresStaging) {
            // the repeat check and the merge sort millions of staged rows: in memory, not in temporary files
            jdbc.sql("set local work_mem = '256MB'").update();
        }
        // BDL repeats some rows (Warszawa 2023 twice, same figure): equal repeats are one value, different
        // values for the same unit, indicator and year refuse the file
        record Repeat(String indicator, int year, String teryt, long first, long last, long distinct) {
        }
        // the rows' keys were kept in memory while reading: only when one repeats does the database
        // look for the repeats (a GROUP BY over millions of staged rows was a quarter of an import)
        List<Repeat> repeats = !rows.keys.anyRepeated() ? List.of() : jdbc.sql("""
                select indicator_code, data_year, teryt, min(line), max(line), count(distinct amount)
                from stat_staging group by indicator_code, data_year, teryt having count(*) > 1""")
                .query((rs, n) -> new Repeat(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6)))
                .list();
        repeats.stream().filter(r -> r.distinct() > 1).sorted(java.util.Comparator.comparingLong(Repeat::first))
                .forEach(r -> problems.add(r.last(), "inna wartość dla tej samej jednostki (" + r.teryt()
                        + "), wskaźnika " + r.indicator() + " i roku " + r.year() + " niż w wierszu " + r.first()));
        problems.throwIfAny(fileName);
        String source = repeats.isEmpty() ? "stat_staging"
                : "(select distinct indicator_code, data_year, teryt, amount from stat_staging)";
        long written = jdbc.sql("merge into stat_value t using " + source + """
                 s
                on (t.indicator_code = s.indicator_code and t.data_year = s.data_year and t.teryt = s.teryt)
                when matched and t.amount <> s.amount then update set amount = s.amount
                when not matched then insert (indicator_code, data_year, teryt, amount)
                    values (s.indicator_code, s.data_year, s.teryt, s.amount)""").update();
        progress.accept("zapisano " + written + " nowych lub zmienionych wartości");
        List<String> touched = new ArrayList<>(rows.touched);
        long derived = written == 0 ? 0 : recomputeDerived(connection, new LinkedHashSet<>(touched), indicators);
        double seconds = (System.nanoTime() - start) / 1e9;
        return new ImportSummary(fileName, format, rows.count, written, rows.skipped, touched, derived, seconds);
    }

    static ImportFormat detect(List<String> header) {
        if (header.isEmpty()) {
            return null;
        }
        String first = header.get(0);
        if (header.size() >= 4 && (first.equals("teryt") || first.equals("kod")) && header.contains("year")
                || header.size() >= 4 && first.equals("teryt") && header.contains("rok")) {
            return ImportFormat.LONG;
        }
        if (first.equals("kod_bdl") && header.contains("rok") && header.contains("zmienna")
                && header.contains("wartosc")) {
            return ImportFormat.BDL_LONG;
        }
        if (first.equals("kod") && header.size() >= 3 && header.get(1).equals("nazwa")) {
            return ImportFormat.BDL_TABLE;
        }
        if (first.equals("indicator") && header.contains("name_pl")) {
            return ImportFormat.INDICATORS;
        }
        return null;
    }

    // --- indicator definitions -------------------------------------------------------------------

    private ImportSummary importIndicators(Connection connection, BufferedReader reader, String fileName,
            char separator, List<String> header, Problems problems, long start) throws IOException, SQLException {
        Map<String, Indicator> existing = new HashMap<>();
        values.indicators().forEach(i -> existing.put(i.code(), i));
        List<Indicator> read = new ArrayList<>();
        Set<String> codes = new LinkedHashSet<>();
        long lineNumber = 1;
        String line;
        while ((line = readLine(reader, lineNumber + 1)) != null) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            Map<String, String> cells = cells(header, split(line, separator));
            String code = cells.getOrDefault("indicator", "").strip();
            if (!CODE.matcher(code).matches()) {
                problems.add(lineNumber, "kod wskaźnika „" + abbreviate(code)
                        + "” musi mieć wielkie litery, cyfry lub _ (do 40 znaków)");
                continue;
            }
            if (!codes.add(code)) {
                problems.add(lineNumber, "wskaźnik " + code + " powtórzony w pliku");
                continue;
            }
            String name = cells.getOrDefault("name_pl", "").strip();
            String nameEn = cells.getOrDefault("name_en", "").strip();
            String unit = cells.getOrDefault("unit", "").strip();
            String area = blankToNull(cells.get("area"));
            String source = cells.getOrDefault("source", "").strip();
            String formula = blankToNull(cells.get("formula"));
            if (name.isEmpty() || name.length() > 200 || unit.isEmpty() || unit.length() > 40 || source.isEmpty()
                    || source.length() > 200 || nameEn.length() > 200) {
                problems.add(lineNumber, "name_pl, unit i source są wymagane (nazwy do 200 znaków, jednostka do 40)");
                continue;
            }
            if (area != null && !taxonomies.exists(Taxonomy.AREA, area)) {
                problems.add(lineNumber, "nieznana dziedzina „" + abbreviate(area) + "”");
                continue;
            }
            Polarity polarity;
            int decimals;
            try {
                String polarityCell = cells.getOrDefault("polarity", "").strip();
                polarity = polarityCell.isEmpty() ? Polarity.NEUTRAL
                        : Polarity.valueOf(polarityCell.toUpperCase(Locale.ROOT));
                String decimalsCell = cells.getOrDefault("decimals", "").strip();
                decimals = decimalsCell.isEmpty() ? 0 : Integer.parseInt(decimalsCell);
                if (decimals < 0 || decimals > 6) {
                    throw new NumberFormatException();
                }
            }
            catch (IllegalArgumentException e) {
                problems.add(lineNumber, "polarity to HIGHER_BETTER, LOWER_BETTER albo NEUTRAL, decimals od 0 do 6");
                continue;
            }
            if (formula != null) {
                Matcher m = FORMULA.matcher(formula);
                if (!m.matches()) {
                    problems.add(lineNumber, "wzór „" + abbreviate(formula) + "” ma mieć postać A / B albo A / B * liczba");
                    continue;
                }
                for (String input : List.of(m.group(1), m.group(2))) {
                    if (!existing.containsKey(input) && !codes.contains(input) || input.equals(code)) {
                        problems.add(lineNumber, "wzór używa nieznanego wskaźnika " + input);
                    }
                }
            }
            String description = blankToNull(cells.get("description"));
            if (description != null && description.length() > 2000) {
                problems.add(lineNumber, "opis ma więcej niż 2000 znaków");
                continue;
            }
            int order = existing.containsKey(code) ? existing.get(code).sortOrder() : 1000 + read.size();
            read.add(new Indicator(code, name, nameEn.isEmpty() ? name : nameEn, unit, area, source, polarity,
                    decimals, description, formula, order));
        }
        problems.throwIfAny(fileName);
        long written = 0;
        for (Indicator i : read) {
            Indicator before = existing.get(i.code());
            if (i.equals(before)) {
                continue;
            }
            if (before != null) {
                jdbc.sql("""
                        update stat_indicator set name_pl = ?, name_en = ?, unit_of_measure = ?, area_code = ?, source = ?,
                        polarity = ?, decimals = ?, description = ?, formula = ? where code = ?""")
                        .params(i.namePl(), i.nameEn(), i.unitOfMeasure(), i.areaCode(), i.source(), i.polarity().name(),
                                i.decimals(), i.description(), i.formula(), i.code())
                        .update();
            }
            else {
                jdbc.sql("""
                        insert into stat_indicator (code, name_pl, name_en, unit_of_measure, area_code, source, polarity,
                        decimals, description, formula, sort_order) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                        .params(i.code(), i.namePl(), i.nameEn(), i.unitOfMeasure(), i.areaCode(), i.source(),
                                i.polarity().name(), i.decimals(), i.description(), i.formula(), i.sortOrder())
                        .update();
            }
            written++;
        }
        values.changed();
        Map<String, Indicator> all = new HashMap<>();
        values.indicators().forEach(i -> all.put(i.code(), i));
        long derived = recomputeDerived(connection, new LinkedHashSet<>(codes), all);
        return new ImportSummary(fileName, ImportFormat.INDICATORS, lineNumber - 1, written, 0, List.copyOf(codes),
                derived, (System.nanoTime() - start) / 1e9);
    }

    // --- derived indicators ------------------------------------------------------------------------

    /**
     * Recomputes every derived indicator that reads one of the changed codes (or is one): {@code A / B * k}
     * for each unit and year with both values. When {@code B} is {@code LUDNOSC} and the year has no
     * population value, the register's population (31 December 2024) is used.
     */
    private long recomputeDerived(Connection connection, Set<String> changed, Map<String, Indicator> indicators)
            throws SQLException {
        long total = 0;
        boolean stagingCreated = false;
        for (Indicator indicator : indicators.values()) {
            if (!indicator.derived()) {
                continue;
            }
            Matcher m = FORMULA.matcher(indicator.formula());
            if (!m.matches()) {
                continue;
            }
            String a = m.group(1);
            String b = m.group(2);
            if (!changed.contains(a) && !changed.contains(b) && !changed.contains(indicator.code())) {
                continue;
            }
            double factor = m.group(3) == null ? 1 : Double.parseDouble(m.group(3).replace(',', '.'));
            Map<String, Double> denominators = new HashMap<>();
            jdbc.sql("select teryt, data_year, amount from stat_value where indicator_code = ?").param(b)
                    .query(rs -> {
                        denominators.put(rs.getString(1) + "|" + rs.getInt(2), rs.getDouble(3));
                    });
            Register.Snapshot units = register.snapshot();
            List<Object[]> rows = new ArrayList<>();
            jdbc.sql("select teryt, data_year, amount from stat_value where indicator_code = ?").param(a).query(rs -> {
                String teryt = rs.getString(1);
                int year = rs.getInt(2);
                Double denominator = denominators.get(teryt + "|" + year);
                if (denominator == null && "LUDNOSC".equals(b)) {
                    LocalGovernment unit = units.get(teryt);
                    denominator = unit == null || unit.getPopulation() == null ? null
                            : unit.getPopulation().doubleValue();
                }
                if (denominator != null && denominator != 0) {
                    rows.add(new Object[] { indicator.code(), year, teryt, rs.getDouble(3) / denominator * factor });
                }
            });
            // the derived values go the way of imported ones: staging table (COPY on PostgreSQL), then SQL
            if (stagingCreated) {
                jdbc.sql("delete from stat_derived").update();
            }
            Staging staging = Staging.open(connection, "stat_derived", !stagingCreated);
            stagingCreated = true;
            try {
                for (Object[] row : rows) {
                    staging.add(0, (String) row[0], (Integer) row[1], (String) row[2], (Double) row[3]);
                }
                staging.finish();
            }
            catch (SQLException | RuntimeException e) {
                staging.abort();
                throw e;
            }
            jdbc.sql("delete from stat_value where indicator_code = ?").param(indicator.code()).update();
            jdbc.sql("insert into stat_value (indicator_code, data_year, teryt, amount)"
                    + " select indicator_code, data_year, teryt, amount from stat_derived").update();
            total += rows.size();
        }
        return total;
    }

    // --- reading rows --------------------------------------------------------------------------------

    /** Reads data rows of the three value formats and writes the valid ones to the staging table. */
    /**
     * The (indicator, year, unit) of every staged row packed into one long, to tell after reading
     * whether any repeats: 8 bytes a row (80 MB for 10 million), sorted once.
     */
    static final class StagedKeys {

        private final Map<String, Integer> indicatorNumbers = new HashMap<>();
        private long[] keys = new long[1 << 16];
        private int size;
        private boolean unpackable;

        void add(String indicator, int year, String teryt) {
            Integer number = indicatorNumbers.computeIfAbsent(indicator, k -> indicatorNumbers.size());
            if (unpackable || teryt.length() > 7 || year < 0 || year > 4095 || number >= 1 << 24
                    || !teryt.chars().allMatch(c -> c >= '0' && c <= '9')) {
                unpackable = true; // cannot tell here: the database will look
                return;
            }
            if (size == keys.length) {
                keys = java.util.Arrays.copyOf(keys, keys.length * 2);
            }
            keys[size++] = (long) number << 39 | (long) teryt.length() << 36 | Long.parseLong(teryt) << 12 | year;
        }

        /** True when two staged rows have the same indicator, year and unit (or when it cannot be told). */
        boolean anyRepeated() {
            if (unpackable) {
                return true;
            }
            long[] sorted = java.util.Arrays.copyOf(keys, size);
            keys = null;
            java.util.Arrays.sort(sorted);
            for (int i = 1; i < sorted.length; i++) {
                if (sorted[i] == sorted[i - 1]) {
                    return true;
                }
            }
            return false;
        }
    }

    static final class RowReader {

        private final Register.Snapshot units;
        private final Map<String, Indicator> indicators;
        private final Problems problems;
        private final Staging staging;
        private final boolean decimalComma;
        final Set<String> touched = new LinkedHashSet<>();
        final StagedKeys keys = new StagedKeys();
        long count;
        long skipped;

        RowReader(Register.Snapshot units, Map<String, Indicator> indicators, Problems problems, Staging staging,
                boolean decimalComma) {
            this.units = units;
            this.indicators = indicators;
            this.problems = problems;
            this.staging = staging;
            this.decimalComma = decimalComma;
        }

        void readLong(BufferedReader reader, char separator, List<String> header, CountingStream counting, long size,
                Consumer<String> progress, long start) throws IOException, SQLException {
            int teryt = column(header, "teryt", "kod");
            int indicator = column(header, "indicator", "wskaznik");
            int year = column(header, "year", "rok");
            int value = column(header, "value", "wartosc");
            long lineNumber = 1;
            String line;
            while ((line = readLine(reader, lineNumber + 1)) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                count++;
                List<String> cells = split(line, separator);
                if (cells.size() <= Math.max(Math.max(teryt, indicator), Math.max(year, value))) {
                    problems.add(lineNumber, "za mało kolumn (" + cells.size() + "), oczekiwano teryt;indicator;year;value");
                    continue;
                }
                String code = cells.get(indicator).strip();
                if (!indicators.containsKey(code)) {
                    problems.add(lineNumber, "nieznany wskaźnik „" + abbreviate(code) + "”");
                    continue;
                }
                row(lineNumber, cells.get(teryt), code, cells.get(year), cells.get(value), BigDecimal.ONE, false);
                progress(lineNumber, counting, size, progress, start);
            }
        }

        void readBdlLong(BufferedReader reader, char separator, List<String> header, CountingStream counting, long size,
                Consumer<String> progress, long start) throws IOException, SQLException {
            int code = column(header, "kod_bdl");
            int year = column(header, "rok");
            int variable = column(header, "zmienna");
            int value = column(header, "wartosc");
            int unit = header.indexOf("jednostka");
            long lineNumber = 1;
            String line;
            while ((line = readLine(reader, lineNumber + 1)) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                count++;
                List<String> cells = split(line, separator);
                if (cells.size() <= Math.max(Math.max(code, year), Math.max(variable, value))) {
                    problems.add(lineNumber, "za mało kolumn (" + cells.size() + ")");
                    continue;
                }
                String name = cells.get(variable).strip();
                String indicator = indicatorOf(name);
                if (indicator == null) {
                    problems.add(lineNumber, "nieznana zmienna BDL „" + abbreviate(name) + "”");
                    continue;
                }
                String unitName = unit >= 0 && unit < cells.size() ? cells.get(unit).strip() : "";
                BigDecimal factor = unitName.startsWith("tys.") ? BigDecimal.valueOf(1000) : BigDecimal.ONE;
                row(lineNumber, cells.get(code), indicator, cells.get(year), cells.get(value), factor, true);
                progress(lineNumber, counting, size, progress, start);
            }
        }

        void readTable(BufferedReader reader, char separator, List<String> header, Options options,
                CountingStream counting, long size, Consumer<String> progress, long start)
                throws IOException, SQLException {
            record TableColumn(int index, String indicator, int year, BigDecimal factor) {
            }
            List<TableColumn> columns = new ArrayList<>();
            for (int i = 2; i < header.size(); i++) {
                String cell = header.get(i);
                if (cell.isEmpty()) {
                    continue;
                }
                Matcher m = TABLE_COLUMN.matcher(cell);
                String name = (m.matches() ? m.group(1) : cell).strip();
                Integer year = m.matches() ? Integer.valueOf(m.group(2)) : options.year();
                String indicator = indicatorOf(name.toLowerCase(Locale.ROOT));
                if (indicator == null) {
                    continue; // a column without an indicator of the catalogue (e.g. an age group)
                }
                if (year == null) {
                    throw new StatsImportException("wiersz 1: kolumna „" + abbreviate(cell)
                            + "” nie podaje roku; podaj rok danych (opcja --rok)",
                            List.of(new ImportProblem(1, "brak roku danych")), 1);
                }
                String unit = m.matches() ? m.group(3) : "";
                BigDecimal factor = unit.startsWith("tys.") || name.contains("w tysiącach") ? BigDecimal.valueOf(1000)
                        : BigDecimal.ONE;
                columns.add(new TableColumn(i, indicator, year, factor));
            }
            if (columns.isEmpty()) {
                throw new StatsImportException("wiersz 1: żadna kolumna tabeli nie odpowiada wskaźnikowi z katalogu",
                        List.of(new ImportProblem(1, "brak znanych kolumn")), 1);
            }
            long lineNumber = 1;
            String line;
            while ((line = readLine(reader, lineNumber + 1)) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                count++;
                List<String> cells = split(line, separator);
                for (TableColumn column : columns) {
                    String value = column.index() < cells.size() ? cells.get(column.index()).strip() : "";
                    if (value.isEmpty() || value.equals("-")) {
                        continue; // BDL leaves a cell empty where it has no data
                    }
                    row(lineNumber, cells.get(0), column.indicator(), String.valueOf(column.year()), value,
                            column.factor(), true);
                }
                progress(lineNumber, counting, size, progress, start);
            }
        }

        private String indicatorOf(String bdlName) {
            String code = BDL_VARIABLES.get(bdlName);
            if (code == null) {
                String upper = bdlName.toUpperCase(Locale.ROOT);
                code = indicators.containsKey(upper) ? upper : null;
            }
            return code != null && indicators.containsKey(code) ? code : null;
        }

        private void row(long line, String rawUnit, String indicator, String rawYear, String rawValue,
                BigDecimal factor, boolean bdl) throws SQLException {
            String teryt = resolve(line, rawUnit.strip().replace("\"", ""), bdl);
            if (teryt == null) {
                return;
            }
            int year;
            try {
                year = Integer.parseInt(rawYear.strip());
            }
            catch (NumberFormatException e) {
                problems.add(line, "rok „" + abbreviate(rawYear) + "” nie jest liczbą");
                return;
            }
            if (year < MIN_YEAR || year > MAX_YEAR) {
                problems.add(line, "rok " + year + " poza zakresem " + MIN_YEAR + "–" + MAX_YEAR);
                return;
            }
            Double value = number(rawValue);
            if (value == null) {
                problems.add(line, "wartość „" + abbreviate(rawValue) + "” nie jest liczbą"
                        + (decimalComma ? "" : " (przy separatorze , część dziesiętną oddziela kropka)"));
                return;
            }
            double scaled = factor.equals(BigDecimal.ONE) ? value
                    : new BigDecimal(rawValue.strip().replace(',', '.').replaceAll("[\\s\u00a0]", ""))
                            .multiply(factor).doubleValue();
            touched.add(indicator);
            keys.add(indicator, year, teryt);
            staging.add(line, indicator, year, teryt, scaled);
        }

        private Double number(String raw) {
            String text = raw.strip().replaceAll("[\\s\u00a0]", "");
            if (decimalComma) {
                text = text.replace(',', '.');
            }
            if (text.isEmpty() || text.length() > 40 || !text.matches("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d{1,3})?")) {
                return null;
            }
            double value = Double.parseDouble(text);
            return Double.isFinite(value) ? value : null;
        }

        /** The register code of the unit, or {@code null} when the row is skipped or wrong (then a problem is added). */
        private String resolve(long line, String code, boolean bdl) {
            int length = code.length();
            if ((length != 2 && length != 4 && length != 7) || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
                problems.add(line, "kod jednostki „" + abbreviate(code) + "” ma mieć 2, 4 lub 7 cyfr");
                return null;
            }
            if (length == 7) {
                if (code.equals("0000000")) {
                    skipped++;
                    return null;
                }
                if (code.endsWith("00000")) {
                    return known(line, code.substring(0, 2), code);
                }
                if (code.endsWith("000")) {
                    String county = code.substring(0, 4);
                    if (bdl && Integer.parseInt(code.substring(2, 4)) >= 61) {
                        skipped++; // BDL repeats a city county's gmina row at the powiat level
                        return null;
                    }
                    return known(line, county, code);
                }
                char rodz = code.charAt(6);
                if (rodz == '4' || rodz == '5' || rodz == '8' || rodz == '9') {
                    skipped++; // a part of a gmina, not a unit
                    return null;
                }
                LocalGovernment unit = units.get(code);
                if (unit == null && (rodz == '1' || rodz == '2' || rodz == '3')) {
                    unit = units.byGmina6().get(code.substring(0, 6));
                }
                if (unit == null) {
                    problems.add(line, "nie ma gminy o kodzie " + code + " (ani o kodzie " + code.substring(0, 6)
                            + "x w rejestrze TERYT)");
                    return null;
                }
                return unit.getTeryt();
            }
            return known(line, code, code);
        }

        private String known(long line, String code, String original) {
            LocalGovernment unit = units.get(code);
            if (unit == null) {
                problems.add(line, "nie ma jednostki o kodzie " + original + " w rejestrze TERYT");
                return null;
            }
            return unit.getTeryt();
        }

        private void progress(long line, CountingStream counting, long size, Consumer<String> progress, long start) {
            if (line % PROGRESS_EVERY == 0) {
                progress.accept(ProgressLine.of("odczyt (bajty)", counting.count, Math.max(size, counting.count), start)
                        + ", wierszy " + line);
            }
        }

        private static int column(List<String> header, String... names) {
            for (String name : names) {
                int index = header.indexOf(name);
                if (index >= 0) {
                    return index;
                }
            }
            throw new StatsImportException("wiersz 1: brak kolumny " + names[0],
                    List.of(new ImportProblem(1, "brak kolumny " + names[0])), 1);
        }
    }

    /** The first problems and how many there were. */
    static final class Problems {

        private final List<ImportProblem> listed = new ArrayList<>();
        private long count;

        void add(long line, String message) {
            add(new ImportProblem(line, message));
        }

        void add(ImportProblem problem) {
            count++;
            if (listed.size() < MAX_PROBLEMS) {
                listed.add(problem);
            }
        }

        void throwIfAny(String fileName) {
            if (count > 0) {
                throw new StatsImportException(fileName + ": " + count + (count == 1 ? " błędny wiersz" : " błędów")
                        + " (pierwszy: " + listed.get(0) + "); nic nie zapisano", listed, count);
            }
        }
    }

    // --- staging table ---------------------------------------------------------------------------------

    /** The temporary table of the transaction that holds the valid rows until the merge. */
    abstract static class Staging {

        static final String COLUMNS = "(line bigint, indicator_code varchar(40), data_year smallint,"
                + " teryt varchar(7), amount double precision)";

        static Staging open(Connection connection) throws SQLException {
            return open(connection, "stat_staging", true);
        }

        /** Opens the writing into a temporary table of the transaction, creating it when {@code create}. */
        static Staging open(Connection connection, String table, boolean create) throws SQLException {
            if (!STAGING_TABLE.matcher(table).matches()) {
                throw new IllegalArgumentException("not a staging table: " + table);
            }
            boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT)
                    .contains("postgres");
            if (create) {
                try (var statement = connection.createStatement()) {
                    statement.execute(postgres ? "create temp table " + table + " " + COLUMNS + " on commit drop"
                            : "create local temporary table " + table + " " + COLUMNS + " on commit drop transactional");
                }
            }
            return postgres ? new PostgresStaging(connection, table) : new BatchStaging(connection, table);
        }

        abstract void add(long line, String indicator, int year, String teryt, double value) throws SQLException;

        abstract void finish() throws SQLException;

        /** Ends the staging after a failure, quietly (the transaction rolls back). */
        abstract void abort();
    }

    /** Plain JDBC batches (H2). */
    static final class BatchStaging extends Staging {

        private final java.sql.PreparedStatement insert;
        private int pending;

        BatchStaging(Connection connection, String table) throws SQLException {
            insert = connection.prepareStatement("insert into " + table + " values (?, ?, ?, ?, ?)");
        }

        @Override
        void add(long line, String indicator, int year, String teryt, double value) throws SQLException {
            insert.setLong(1, line);
            insert.setString(2, indicator);
            insert.setInt(3, year);
            insert.setString(4, teryt);
            insert.setDouble(5, value);
            insert.addBatch();
            if (++pending == 5_000) {
                insert.executeBatch();
                pending = 0;
            }
        }

        @Override
        void finish() throws SQLException {
            if (pending > 0) {
                insert.executeBatch();
            }
            insert.close();
        }

        @Override
        void abort() {
            try {
                insert.close();
            }
            catch (SQLException e) {
                // the transaction rolls back anyway
            }
        }
    }

    /** PostgreSQL {@code COPY ... FROM STDIN}, one stream for the whole file. */
    static final class PostgresStaging extends Staging {

        private final org.postgresql.copy.CopyIn copy;
        private final StringBuilder buffer = new StringBuilder(1 << 17);

        PostgresStaging(Connection connection, String table) throws SQLException {
            copy = connection.unwrap(org.postgresql.PGConnection.class).getCopyAPI()
                    .copyIn("copy " + table + " from stdin");
        }

        @Override
        void add(long line, String indicator, int year, String teryt, double value) throws SQLException {
            buffer.append(line).append('\t').append(indicator).append('\t').append(year).append('\t').append(teryt)
                    .append('\t').append(value).append('\n');
            if (buffer.length() > (1 << 16)) {
                flush();
            }
        }

        private void flush() throws SQLException {
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            buffer.setLength(0);
        }

        @Override
        void finish() throws SQLException {
            flush();
            copy.endCopy();
        }

        @Override
        void abort() {
            try {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
            catch (SQLException e) {
                // cancelling reports the cancellation as an error; the transaction rolls back anyway
            }
        }
    }

    // --- CSV helpers -------------------------------------------------------------------------------------

    private static String readLine(BufferedReader reader, long lineNumber) throws IOException {
        String line = reader.readLine();
        if (line != null && line.length() > MAX_LINE_LENGTH) {
            throw new StatsImportException("wiersz " + lineNumber + ": wiersz dłuższy niż " + MAX_LINE_LENGTH
                    + " znaków; nic nie zapisano", List.of(new ImportProblem(lineNumber, "za długi wiersz")), 1);
        }
        return line;
    }

    /** Splits a CSV line; a cell may be quoted ({@code "a;b"}, {@code ""} inside quotes is a quote). */
    static List<String> split(String line, char separator) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    }
                    else {
                        quoted = false;
                    }
                }
                else {
                    cell.append(c);
                }
            }
            else if (c == '"') {
                quoted = true;
            }
            else if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
            }
            else if (c != '\r') {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    private static Map<String, String> cells(List<String> header, List<String> cells) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < header.size() && i < cells.size(); i++) {
            map.put(header.get(i), cells.get(i));
        }
        return map;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static String abbreviate(String text) {
        String stripped = text == null ? "" : text.strip();
        return stripped.length() > 40 ? stripped.substring(0, 40) + "…" : stripped;
    }

    /** Counts the bytes read, for progress. */
    static final class CountingStream extends FilterInputStream {

        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            int n = super.read(bytes, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
