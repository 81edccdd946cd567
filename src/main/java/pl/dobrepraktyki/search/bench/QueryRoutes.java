package pl.dobrepraktyki.search.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;

import pl.dobrepraktyki.search.internal.PracticeIndexFields;

/**
 * What the routes of issue 16 would save on the raw Lucene query ({@code bench-search --routes}):
 * the platform's query timed as it runs (first page by score, then newest, exact total), next to the
 * same query counted only (no scores), its first page with skipping of the hits that cannot reach it
 * (no exact total), and the query without groups of its clauses (what fewer fields per word would
 * save, before any change of the index). The variants are measured in turns, several times, and the
 * median printed: on a shared 2-core machine one pass of each varies by a third.
 */
final class QueryRoutes {

    /** Clause groups left out in turn: the small fields, the folded prefixes of the short fields, the body's. */
    private static final Map<String, Set<String>> WITHOUT = new LinkedHashMap<>();

    static {
        WITHOUT.put("without units, taxonomy, partners, attachments, contact", Set.of(PracticeIndexFields.UNITS,
                PracticeIndexFields.TAXONOMY, PracticeIndexFields.PARTNERS, PracticeIndexFields.ATTACHMENTS,
                PracticeIndexFields.CONTACT));
        WITHOUT.put("without the folded prefixes of title, summary, keywords",
                Set.of(PracticeIndexFields.TITLE + PracticeIndexFields.FOLDED,
                        PracticeIndexFields.SUMMARY + PracticeIndexFields.FOLDED,
                        PracticeIndexFields.KEYWORDS + PracticeIndexFields.FOLDED));
        WITHOUT.put("without the proximity of two words in the body",
                Set.of(PracticeIndexFields.BODY + PracticeIndexFields.FOLDED));
    }

    private static final int TURNS = 5;

    private QueryRoutes() {
    }

    static void print(IndexSearcher searcher, List<Query> queries, List<Integer> sizes, int rounds, PrintStream out) {
        Sort platform = new Sort(SortField.FIELD_SCORE,
                new SortedNumericSortField(PracticeIndexFields.PUBLISHED, SortField.Type.LONG, true));
        Map<String, Runnable> variants = new LinkedHashMap<>();
        variants.put("as the platform runs it (score, then newest; exact total)", () -> each(queries, sizes,
                (q, size) -> searcher.search(q, new TopFieldCollectorManager(platform, size, null, Integer.MAX_VALUE))));
        variants.put("counted only, without scores", () -> each(queries, sizes, (q, size) -> searcher.count(q)));
        variants.put("first page with skipping, score then newest (total not exact)", () -> each(queries, sizes,
                (q, size) -> searcher.search(q, new TopFieldCollectorManager(platform, size, null, size))));
        variants.put("first page with skipping, score only (total not exact)", () -> each(queries, sizes,
                (q, size) -> searcher.search(q, new TopScoreDocCollectorManager(size, size))));
        WITHOUT.forEach((name, fields) -> {
            List<Query> lean = queries.stream().map(q -> without(q, fields)).toList();
            variants.put(name, () -> each(lean, sizes, (q, size) -> searcher.search(q,
                    new TopFieldCollectorManager(platform, size, null, Integer.MAX_VALUE))));
        });
        Map<String, double[]> times = new LinkedHashMap<>();
        variants.keySet().forEach(name -> times.put(name, new double[TURNS]));
        for (int turn = -1; turn < TURNS; turn++) { // turn -1: warm-up
            for (var variant : variants.entrySet()) {
                long started = System.nanoTime();
                for (int r = 0; r < rounds; r++) {
                    variant.getValue().run();
                }
                if (turn >= 0) {
                    times.get(variant.getKey())[turn] = (System.nanoTime() - started) / 1e6 / rounds / queries.size();
                }
            }
        }
        times.forEach((name, ms) -> {
            double[] sorted = ms.clone();
            Arrays.sort(sorted);
            out.printf(Locale.ROOT, "route: %-72s %.3f ms na zapytanie (mediana %d tur, %.3f–%.3f)%n", name,
                    sorted[TURNS / 2], TURNS, sorted[0], sorted[TURNS - 1]);
        });
    }

    private interface Search {
        void run(Query query, int size) throws IOException;
    }

    private static void each(List<Query> queries, List<Integer> sizes, Search search) {
        try {
            for (int i = 0; i < queries.size(); i++) {
                search.run(queries.get(i), sizes.get(i));
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The query without its term, synonym and phrase clauses on these fields. */
    static Query without(Query query, Set<String> fields) {
        if (query instanceof BooleanQuery bool) {
            BooleanQuery.Builder builder = new BooleanQuery.Builder()
                    .setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
            List<BooleanClause> kept = new ArrayList<>();
            for (BooleanClause clause : bool.clauses()) {
                Query sub = without(clause.getQuery(), fields);
                if (sub != null) {
                    kept.add(new BooleanClause(sub, clause.getOccur()));
                }
            }
            if (kept.isEmpty()) {
                return null;
            }
            kept.forEach(builder::add);
            return builder.build();
        }
        if (query instanceof BoostQuery boost) {
            Query sub = without(boost.getQuery(), fields);
            return sub == null ? null : new BoostQuery(sub, boost.getBoost());
        }
        String field = query instanceof TermQuery term ? term.getTerm().field()
                : query instanceof SynonymQuery synonym ? synonym.getField()
                : query instanceof PhraseQuery phrase ? phrase.getField() : null;
        return field != null && fields.contains(field) ? null : query;
    }
}
