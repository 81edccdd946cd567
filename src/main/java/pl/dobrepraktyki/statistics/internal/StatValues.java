package pl.dobrepraktyki.statistics.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import pl.dobrepraktyki.statistics.Indicator;
import pl.dobrepraktyki.statistics.Polarity;

/**
 * Reads indicators and values with plain SQL and keeps what comparisons need in memory: one
 * {@link Column} per indicator and year (every unit's value, about 2,500 numbers) in a
 * least-recently-used cache of {@value #MAX_COLUMNS} columns. Every import calls {@link #changed()}.
 */
@Component
public class StatValues {

    static final int MAX_COLUMNS = 1_500;

    /** The values of one indicator in one year: unit codes in order and their values. */
    public record Column(String[] teryts, double[] values) {

        static final Column EMPTY = new Column(new String[0], new double[0]);

        /** The unit's value, or {@code null}. */
        public Double get(String teryt) {
            int i = Arrays.binarySearch(teryts, teryt);
            return i >= 0 ? values[i] : null;
        }

        public int size() {
            return teryts.length;
        }
    }

    private final JdbcClient jdbc;
    private final AtomicLong generation = new AtomicLong();
    private final Map<String, Column> columns = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Column> eldest) {
            return size() > MAX_COLUMNS;
        }
    };
    private final Map<String, int[]> years = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile List<Indicator> indicators;

    StatValues(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Forget every cached read (after an import). */
    public void changed() {
        generation.incrementAndGet();
        synchronized (columns) {
            columns.clear();
        }
        years.clear();
        indicators = null;
    }

    public long generation() {
        return generation.get();
    }

    public List<Indicator> indicators() {
        List<Indicator> current = indicators;
        if (current == null) {
            current = jdbc.sql("""
                    select code, name_pl, name_en, unit_of_measure, area_code, source, polarity, decimals,
                           description, formula, sort_order
                    from stat_indicator order by sort_order, code""")
                    .query((rs, n) -> new Indicator(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), Polarity.valueOf(rs.getString(7)),
                            rs.getInt(8), rs.getString(9), rs.getString(10), rs.getInt(11)))
                    .list();
            indicators = List.copyOf(current);
        }
        return current;
    }

    /** The years with any value of the indicator, ascending. */
    public int[] years(String indicator) {
        return years.computeIfAbsent(indicator, code -> jdbc
                .sql("select distinct data_year from stat_value where indicator_code = ? order by data_year")
                .param(code).query(Integer.class).list().stream().mapToInt(Integer::intValue).toArray());
    }

    public Column column(String indicator, int year) {
        String key = indicator + "|" + year;
        long before = generation.get();
        synchronized (columns) {
            Column cached = columns.get(key);
            if (cached != null) {
                return cached;
            }
        }
        Column loaded = load(indicator, year);
        synchronized (columns) {
            if (generation.get() == before) {
                columns.put(key, loaded);
            }
        }
        return loaded;
    }

    private Column load(String indicator, int year) {
        List<Object[]> rows = new java.util.ArrayList<>(jdbc.sql("select teryt, amount from stat_value where indicator_code = ? and data_year = ?").param(indicator).param(year)
                .query((rs, n) -> new Object[] { rs.getString(1), rs.getDouble(2) }).list());
        if (rows.isEmpty()) {
            return Column.EMPTY;
        }
        // sorted here, not by the database's collation, so that binary search agrees with String order
        rows.sort((a, b) -> ((String) a[0]).compareTo((String) b[0]));
        String[] teryts = new String[rows.size()];
        double[] values = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            teryts[i] = ((String) rows.get(i)[0]).intern(); // a few thousand codes shared by every column
            values[i] = (Double) rows.get(i)[1];
        }
        return new Column(teryts, values);
    }

    /** One stored value. */
    public record Value(String indicator, int year, String teryt, double amount) {
    }

    static final int BATCH = 5_000;
    private static final String VALUES_AFTER = "select indicator_code, data_year, teryt, amount from stat_value"
            + " where indicator_code > ? or (indicator_code = ? and (data_year > ? or (data_year = ? and teryt > ?)))"
            + " order by indicator_code, data_year, teryt fetch first " + BATCH + " rows only";

    /**
     * Hands every stored value to {@code each} by indicator, year and unit, read in batches of {@value #BATCH}
     * by the primary key (keyset pagination, no cache): constant memory however many values there are.
     */
    public void forEachValue(java.util.function.Consumer<Value> each) {
        Value last = new Value("", Integer.MIN_VALUE, "", 0);
        while (true) {
            List<Value> batch = jdbc.sql(VALUES_AFTER)
                    .param(last.indicator()).param(last.indicator()).param(last.year()).param(last.year())
                    .param(last.teryt())
                    .query((rs, n) -> new Value(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getDouble(4)))
                    .list();
            batch.forEach(each);
            if (batch.size() < BATCH) {
                return;
            }
            last = batch.get(batch.size() - 1);
        }
    }

    /** How many values are stored (all indicators). */
    public long count() {
        return jdbc.sql("select count(*) from stat_value").query(Long.class).single();
    }
}
