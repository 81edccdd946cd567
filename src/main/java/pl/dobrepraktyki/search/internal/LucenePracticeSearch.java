package pl.dobrepraktyki.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManagerFactory;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.vectorhighlight.FastVectorHighlighter;
import org.apache.lucene.search.vectorhighlight.FieldQuery;
import org.apache.lucene.search.vectorhighlight.SimpleBoundaryScanner;
import org.apache.lucene.search.vectorhighlight.SimpleFragListBuilder;
import org.apache.lucene.search.vectorhighlight.SimpleFragmentsBuilder;
import org.apache.lucene.util.FixedBitSet;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.backend.lucene.search.predicate.impl.LuceneSearchPredicate;
import org.hibernate.search.backend.lucene.search.predicate.impl.PredicateRequestContext;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.util.common.SearchException;
import org.springframework.stereotype.Component;

import pl.dobrepraktyki.catalog.Practice;

import static pl.dobrepraktyki.search.internal.PracticeIndexFields.*;

/**
 * A page of practice search run on the Lucene index directly, in one pass over the matching
 * documents: the top hits, the exact total and the counts of every facet together, then the stored
 * fields and highlighted fragments of the page only.
 * <p>
 * The query is the one Hibernate Search builds from the same predicate (so the words match and
 * score exactly as with its own search, and the OpenSearch backend keeps using the same predicates);
 * what is done here instead of Hibernate Search is the collection. Its terms aggregations counted each
 * facet with a hash map per document and field, about a third of the time of a search at 100,000
 * practices; here each facet is counted in an array indexed by the segment's value ordinals. The
 * highlighted fragments are made as Hibernate Search's fast-vector highlighter makes them with the
 * options {@code SearchService} gives it (see {@code LucenePracticeSearchTests}, which compares both
 * ways on the same queries).
 * <p>
 * The translation of a predicate to a Lucene query uses Hibernate Search's backend classes
 * ({@code LuceneSearchPredicate}), not its public API: a version of Hibernate Search that changes them
 * fails the build or those tests, not a search in production.
 */
@Component
public class LucenePracticeSearch {

    /** The document id Hibernate Search keeps in doc values. */
    private static final String ID = "__HSEARCH_id_docvalue";
    private static final Set<String> SHOWN = Set.of(TITLE, SUMMARY, LEAD_UNIT, LEAD_UNIT_NAME);

    private final EntityManagerFactory entityManagerFactory;
    private volatile Boolean available;

    LucenePracticeSearch(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    /** True when the search backend is the embedded Lucene index (not OpenSearch/Elasticsearch). */
    public boolean available() {
        Boolean known = available;
        if (known == null) {
            try {
                Search.mapping(entityManagerFactory).backend().unwrap(LuceneBackend.class);
                known = true;
            }
            catch (SearchException e) {
                known = false;
            }
            available = known;
        }
        return known;
    }

    /** The Lucene query that Hibernate Search runs for this predicate of the practice index. */
    public Query toLucene(SearchPredicate predicate) {
        return ((LuceneSearchPredicate) predicate).toQuery(PredicateRequestContext.withoutSession());
    }

    /** How the hits' text is highlighted: the options of Hibernate Search's fast-vector highlighter. */
    public record Highlight(String preTag, String postTag, int fragmentSize) {
    }

    /** One hit: fragments are HTML (escaped text with the tags around the matched words), or null. */
    public record Row(long id, float score, String title, String leadUnit, String leadUnitName, String summary,
            String summaryFragment, String bodyFragment) {
    }

    /** A page: the total, the hits, and per facet field its values with counts (most first, at most {@code facetValues}). */
    public record Page(long total, List<Row> rows, Map<String, Map<String, Long>> facets) {
    }

    /**
     * The hits {@code offset} to {@code offset + limit} of the query in this order (its first sort
     * field, or another, is the score), the facet counts of the given fields over every matching
     * practice, and, when {@code highlight} is given, the fragment of the summary with the words, or of
     * the body when the summary has none.
     */
    public Page search(Query query, Sort sort, int offset, int limit, List<String> facetFields, int facetValues,
            Highlight highlight) {
        try (IndexReader reader = Search.mapping(entityManagerFactory).scope(Practice.class)
                .extension(LuceneExtension.get()).openIndexReader()) {
            IndexSearcher searcher = new IndexSearcher(reader);
            Object[] collected = searcher.search(query, new MultiCollectorManager(
                    new TopFieldCollectorManager(sort, Math.max(1, offset + limit), null, Integer.MAX_VALUE),
                    new FacetCounts(facetFields)));
            TopFieldDocs top = (TopFieldDocs) collected[0];
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Long>> facets = top((Map<String, Map<Object, Long>>) collected[1], facetValues);
            int score = scoreField(sort);
            List<Row> rows = new ArrayList<>();
            Fragments fragments = highlight == null ? null : new Fragments(query, highlight);
            for (int i = offset; i < top.scoreDocs.length; i++) {
                FieldDoc hit = (FieldDoc) top.scoreDocs[i];
                rows.add(row(reader, hit, score < 0 ? Float.NaN : (Float) hit.fields[score], fragments));
            }
            return new Page(top.totalHits.value, rows, facets);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int scoreField(Sort sort) {
        SortField[] fields = sort.getSort();
        for (int i = 0; i < fields.length; i++) {
            if (fields[i].getType() == SortField.Type.SCORE) {
                return i;
            }
        }
        return -1;
    }

    private static Row row(IndexReader reader, FieldDoc hit, float score, Fragments fragments) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        LeafReaderContext leafContext = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
        LeafReader leaf = leafContext.reader();
        int doc = hit.doc - leafContext.docBase;
        BinaryDocValues ids = DocValues.getBinary(leaf, ID);
        if (!ids.advanceExact(doc)) {
            throw new IllegalStateException("a document without an id in the practice index");
        }
        long id = Long.parseLong(ids.binaryValue().utf8ToString());
        Document stored = leaf.storedFields().document(doc, SHOWN);
        String summaryFragment = null;
        String bodyFragment = null;
        if (fragments != null) {
            summaryFragment = fragments.of(leaf, doc, SUMMARY);
            if (summaryFragment == null) {
                bodyFragment = fragments.of(leaf, doc, BODY);
            }
        }
        return new Row(id, score, stored.get(TITLE), stored.get(LEAD_UNIT), stored.get(LEAD_UNIT_NAME),
                stored.get(SUMMARY), summaryFragment, bodyFragment);
    }

    /**
     * The highlighted fragments of the hits of one search, as Hibernate Search's fast-vector highlighter
     * makes them with one fragment, the HTML encoder and no fragment without a match; the query's terms
     * are gathered once per segment, not once per hit and field.
     */
    private static final class Fragments {

        private final Query query;
        private final Highlight highlight;
        private final FastVectorHighlighter highlighter = new FastVectorHighlighter();
        private final String[] pre;
        private final String[] post;
        private final Map<LeafReader, FieldQuery> queries = new HashMap<>();

        Fragments(Query query, Highlight highlight) {
            this.query = query;
            this.highlight = highlight;
            this.pre = new String[] { highlight.preTag() };
            this.post = new String[] { highlight.postTag() };
            highlighter.setPhraseLimit(256);
        }

        String of(LeafReader leaf, int doc, String field) throws IOException {
            FieldQuery fieldQuery = queries.get(leaf);
            if (fieldQuery == null) {
                fieldQuery = highlighter.getFieldQuery(query, leaf);
                queries.put(leaf, fieldQuery);
            }
            SimpleFragmentsBuilder fragments = new SimpleFragmentsBuilder(pre, post, new SimpleBoundaryScanner());
            fragments.setDiscreteMultiValueHighlighting(true);
            String[] best = highlighter.getBestFragments(fieldQuery, leaf, doc, field, highlight.fragmentSize(), 1,
                    new SimpleFragListBuilder(), fragments, pre, post, new SimpleHTMLEncoder());
            return best == null || best.length == 0 ? null : best[0];
        }
    }

    /** Most frequent values first, then by value (numbers as numbers), at most {@code max} per facet. */
    private static Map<String, Map<String, Long>> top(Map<String, Map<Object, Long>> counts, int max) {
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        counts.forEach((field, values) -> {
            Map<String, Long> top = new LinkedHashMap<>();
            values.entrySet().stream()
                    .sorted(Map.Entry.<Object, Long>comparingByValue().reversed().thenComparing(e -> e.getKey(),
                            LucenePracticeSearch::compareValues))
                    .limit(max).forEach(e -> top.put(String.valueOf(e.getKey()), e.getValue()));
            facets.put(field, top);
        });
        return facets;
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static int compareValues(Object left, Object right) {
        return ((Comparable) left).compareTo(right);
    }

    /**
     * Counts the values of keyword fields (sorted-set doc values, counted per segment in an array by
     * ordinal) and of integer fields (sorted-numeric doc values) over the matching documents.
     */
    private static final class FacetCounts implements CollectorManager<FacetCounts.Counter, Map<String, Map<Object, Long>>> {

        private final List<String> fields;

        FacetCounts(List<String> fields) {
            this.fields = fields;
        }

        @Override
        public Counter newCollector() {
            return new Counter();
        }

        @Override
        public Map<String, Map<Object, Long>> reduce(Collection<Counter> counters) throws IOException {
            Map<String, Map<Object, Long>> all = new LinkedHashMap<>();
            fields.forEach(field -> all.put(field, new HashMap<>()));
            for (Counter counter : counters) {
                for (Segment segment : counter.segments) {
                    for (int f = 0; f < fields.size(); f++) {
                        Map<Object, Long> values = all.get(fields.get(f));
                        if (segment.keywords[f] != null) {
                            int[] counts = segment.counts[f];
                            for (int ord = 0; ord < counts.length; ord++) {
                                if (counts[ord] > 0) {
                                    values.merge(segment.keywords[f].lookupOrd(ord).utf8ToString(),
                                            (long) counts[ord], Long::sum);
                                }
                            }
                        }
                        else {
                            segment.numbers[f].forEach((value, count) -> values.merge(value, count, Long::sum));
                        }
                    }
                }
            }
            return all;
        }

        /** The values of one segment: per field either its keyword doc values with counts by ordinal, or numbers. */
        private static final class Segment {
            final SortedSetDocValues[] keywords;
            final SortedNumericDocValues[] numericValues;
            final int[][] counts;
            final Map<Object, Long>[] numbers;

            @SuppressWarnings("unchecked")
            Segment(int size) {
                keywords = new SortedSetDocValues[size];
                numericValues = new SortedNumericDocValues[size];
                counts = new int[size][];
                numbers = new Map[size];
            }
        }

        private static void count(FixedBitSet matching, SortedSetDocValues values, int[] counts) throws IOException {
            SortedDocValues single = DocValues.unwrapSingleton(values);
            int length = matching.length();
            for (int doc = matching.nextSetBit(0); doc != DocIdSetIterator.NO_MORE_DOCS;
                    doc = doc + 1 < length ? matching.nextSetBit(doc + 1) : DocIdSetIterator.NO_MORE_DOCS) {
                if (single != null) {
                    if (single.advanceExact(doc)) {
                        counts[single.ordValue()]++;
                    }
                }
                else if (values.advanceExact(doc)) {
                    for (int i = values.docValueCount(); i > 0; i--) {
                        counts[(int) values.nextOrd()]++;
                    }
                }
            }
        }

        private static void count(FixedBitSet matching, SortedNumericDocValues values, Map<Object, Long> counts)
                throws IOException {
            int length = matching.length();
            for (int doc = matching.nextSetBit(0); doc != DocIdSetIterator.NO_MORE_DOCS;
                    doc = doc + 1 < length ? matching.nextSetBit(doc + 1) : DocIdSetIterator.NO_MORE_DOCS) {
                if (values.advanceExact(doc)) {
                    long previous = Long.MIN_VALUE;
                    for (int i = values.docValueCount(); i > 0; i--) {
                        long value = values.nextValue();
                        if (value != previous) { // sorted: a value twice in a document counts once
                            counts.merge((int) value, 1L, Long::sum);
                        }
                        previous = value;
                    }
                }
            }
        }

        final class Counter implements Collector {

            final List<Segment> segments = new ArrayList<>();

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }

            @Override
            public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
                LeafReader leaf = context.reader();
                Segment segment = new Segment(fields.size());
                for (int f = 0; f < fields.size(); f++) {
                    String field = fields.get(f);
                    var info = leaf.getFieldInfos().fieldInfo(field);
                    if (info != null && info.getDocValuesType() == org.apache.lucene.index.DocValuesType.SORTED_NUMERIC) {
                        segment.numericValues[f] = DocValues.getSortedNumeric(leaf, field);
                        segment.numbers[f] = new HashMap<>();
                    }
                    else {
                        segment.keywords[f] = DocValues.getSortedSet(leaf, field);
                        segment.counts[f] = new int[(int) segment.keywords[f].getValueCount()];
                    }
                }
                segments.add(segment);
                // the matching documents first, then each field counted over them in one sequential pass
                FixedBitSet matching = new FixedBitSet(leaf.maxDoc());
                return new LeafCollector() {
                    @Override
                    public void setScorer(Scorable scorer) {
                    }

                    @Override
                    public void collect(int doc) {
                        matching.set(doc);
                    }

                    @Override
                    public void finish() throws IOException {
                        for (int f = 0; f < segment.keywords.length; f++) {
                            if (segment.keywords[f] != null) {
                                count(matching, segment.keywords[f], segment.counts[f]);
                            }
                            else {
                                count(matching, segment.numericValues[f], segment.numbers[f]);
                            }
                        }
                    }
                };
            }
        }
    }
}
