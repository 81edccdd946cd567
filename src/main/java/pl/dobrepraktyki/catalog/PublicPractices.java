package pl.dobrepraktyki.catalog;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every public practice (published or due for re-verification), read for open data in batches of
 * {@value #BATCH} by ascending id (keyset pagination): one batch is in memory at a time however many
 * practices there are, and no transaction or cursor stays open while the caller writes.
 */
@Component
public class PublicPractices {

    /** Practices read per query. */
    public static final int BATCH = 500;

    private static final String PUBLIC_STATUSES = "('PUBLISHED', 'REVERIFICATION_DUE')";
    // by the primary key only, the status filtered here: with a status condition H2 chose the status index
    // and sorted every public practice for each batch (100,000 practices took 377 s instead of seconds)
    private static final String PRACTICES = "select id, title, summary, lead_unit_teryt, section_code, start_year,"
            + " cost_pln, published_at, last_verified, status from practice"
            + " where id > ? order by id fetch first " + BATCH + " rows only";
    private static final String CODES = " where practice_id between ? and ? order by practice_id, code";
    private static final String COUNT = "select count(*) from practice where status in " + PUBLIC_STATUSES;
    private static final String LATEST = "select max(published_at) from practice where status in " + PUBLIC_STATUSES;
    private static final String AREAS = "select practice_id, code from practice_area" + CODES;
    private static final String TYPES = "select practice_id, code from practice_type" + CODES;

    /** What open data publishes of a practice: no contact person, no internal notes. */
    public record Row(long id, String title, String summary, String leadUnitTeryt, String sectionCode,
            List<String> areaCodes, List<String> typeCodes, Integer year, BigDecimal costPln, Instant publishedAt,
            java.time.LocalDate lastVerified) {

        /**
         * The day the practice was published on the platform, or for a practice imported as published (the
         * descriptions of the former base) the day it was last verified.
         */
        public java.time.LocalDate publishedOn(java.time.ZoneId zone) {
            return publishedAt != null ? java.time.LocalDate.ofInstant(publishedAt, zone) : lastVerified;
        }
    }

    private final JdbcClient jdbc;

    PublicPractices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Hands every public practice to {@code each}, by ascending id. */
    public void forEach(Consumer<Row> each) {
        long after = 0;
        while (after >= 0) {
            after = batch(after, each);
        }
    }

    /** How many practices are public. */
    public long count() {
        return jdbc.sql(COUNT).query(Long.class).single();
    }

    /** When the most recent public practice was published; empty when none is. */
    public Optional<Instant> latestPublication() {
        return jdbc.sql(LATEST)
                .query((rs, n) -> rs.getTimestamp(1)).optional().map(Timestamp::toInstant);
    }

    /** Hands the public practices of the next {@link #BATCH} ids to {@code each}; the last id read, or -1 at the end. */
    private long batch(long after, Consumer<Row> each) {
        List<Object[]> practices = jdbc.sql(PRACTICES)
                .param(after)
                .query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), (Integer) rs.getObject(6, Integer.class), rs.getBigDecimal(7),
                        rs.getTimestamp(8), rs.getObject(9, java.time.LocalDate.class),
                        PracticeStatus.valueOf(rs.getString(10)).isPublic() })
                .list();
        if (practices.isEmpty()) {
            return -1;
        }
        long first = (Long) practices.get(0)[0];
        long last = (Long) practices.get(practices.size() - 1)[0];
        Map<Long, List<String>> areas = codes(AREAS, first, last);
        Map<Long, List<String>> types = codes(TYPES, first, last);
        for (Object[] p : practices) {
            if (!(Boolean) p[9]) {
                continue;
            }
            long id = (Long) p[0];
            Timestamp published = (Timestamp) p[7];
            java.time.LocalDate verified = (java.time.LocalDate) p[8];
            each.accept(new Row(id, (String) p[1], (String) p[2], (String) p[3], (String) p[4],
                    areas.getOrDefault(id, List.of()), types.getOrDefault(id, List.of()), (Integer) p[5],
                    (BigDecimal) p[6], published == null ? null : published.toInstant(), verified));
        }
        return practices.size() < BATCH ? -1 : last;
    }

    /** The codes ({@link #AREAS} or {@link #TYPES}) of the practices with ids in [first, last]. */
    private Map<Long, List<String>> codes(String query, long first, long last) {
        Map<Long, List<String>> codes = new HashMap<>();
        jdbc.sql(query)
                .param(first).param(last)
                .query(rs -> {
                    codes.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getString(2));
                });
        return codes;
    }
}
