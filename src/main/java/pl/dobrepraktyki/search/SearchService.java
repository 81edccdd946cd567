package pl.dobrepraktyki.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.hibernate.search.backend.lucene.LuceneExtension;

import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleBooleanPredicateOptionsStep;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

import pl.dobrepraktyki.catalog.Practice;
import pl.dobrepraktyki.catalog.PracticeService;
import pl.dobrepraktyki.search.internal.FoldedCopyFilterFactory;
import pl.dobrepraktyki.search.internal.LucenePracticeSearch;
import pl.dobrepraktyki.search.internal.PolishAnalysisConfigurer;
import pl.dobrepraktyki.search.internal.PolishLemmaFilterFactory;
import pl.dobrepraktyki.search.internal.UnitDirectory;

import static pl.dobrepraktyki.search.internal.PracticeIndexFields.*;

/**
 * Full-text search over public practices. Words are matched as Polish lemmas and as folded prefixes
 * (with or without Polish letters, any inflected form), with the synonym groups that editors keep
 * ({@link SynonymService}), and, when the words
 * as typed find nothing, with one typo tolerated in longer words; title and summary weigh more than
 * the body. All words must match.
 */
@Service
public class SearchService {

    private static final int FACET_VALUES = 100;
    private static final int SNIPPET = 240;
    private static final int FUZZY_FROM = 6;
    private static final java.util.regex.Pattern OPERATORS = java.util.regex.Pattern.compile("[\"|*~()+]|(^|\\s)-");

    private final EntityManager entityManager;
    private final PracticeService practices;
    private final UnitDirectory units;
    private final SynonymService synonyms;
    private final LucenePracticeSearch lucene;
    /** Whether a search on the Lucene backend is run by {@link LucenePracticeSearch} (faster; the same results). */
    private final boolean directLucene;

    SearchService(EntityManager entityManager, PracticeService practices, UnitDirectory units,
            SynonymService synonyms, LucenePracticeSearch lucene,
            @org.springframework.beans.factory.annotation.Value("${bdp.search.direct-lucene:true}") boolean directLucene) {
        this.lucene = lucene;
        this.directLucene = directLucene;
        this.entityManager = entityManager;
        this.practices = practices;
        this.units = units;
        this.synonyms = synonyms;
    }

    /** How strictly the words of a query must match: each step is tried when the one before found nothing. */
    private enum Match {
        /** Every word as typed (any inflected form, with or without Polish letters, synonyms). */
        ALL_WORDS,
        /** Every word, a longer one also with one typo. */
        ALL_WORDS_WITH_TYPOS,
        /** Half of the words or more (one of two, two of three or four), with typos: a question typed as a sentence. */
        MOST_WORDS,
        /** Any of the words, with typos. */
        ANY_WORD
    }

    /** Of a query of this many words or more, most words are enough when few practices have them all. */
    private static final int MOST_WORDS_FROM = 2;

    /**
     * Fewer practices than this with every word are too few to trust: a question typed as a sentence
     * ("jak obniżyć koszty utrzymania szkół") has a word the practice it seeks does not use, while a
     * practice about something else may happen to have them all.
     */
    private static final int FEW = 10;

    /**
     * What a practice of the kind of unit a query names ("w gminie wiejskiej") gets above the score of
     * its words: more than any words give, so that such practices come first (after those with every
     * word, when the results were widened), then the others.
     */
    private static final float UNIT_KIND_PREFERRED = 100f;

    /** A score above any a practice gets for its words, so that those with every word come first. */
    private static final float ALL_WORDS_FIRST = 1000f;

    /**
     * The practices matching the query, with the facet counts. Typos are forgiven only when the words
     * as typed find nothing: building the typo automata for every word in every field and segment
     * cost most of the CPU time of a search (see bench/README.md), and a query with correctly spelt
     * words does not need them. When fewer than {@value #FEW} practices have every word, a query of two
     * words or more is answered with the practices that have half of its words or more, or, when those
     * are still fewer, any of them, those with every word first ({@link SearchResults#mostWords()}).
     */
    // no database transaction (and connection) for a search: it reads the index only; the session that
    // Hibernate Search's own search needs is bound to this method all the same
    @Transactional(readOnly = true, propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
    public SearchResults search(SearchQuery query) {
        try {
            return searchAsTyped(query);
        }
        catch (org.apache.lucene.search.IndexSearcher.TooManyClauses e) {
            // the words analyse into more terms than Lucene takes in one query (a long run of digits or
            // symbols, say): search for the first half of what was typed, and so on, rather than fail
            String text = query.text();
            if (text == null || text.length() < 2) {
                throw e;
            }
            return search(new SearchQuery(text.substring(0, text.length() / 2), query.filters(), query.order(),
                    query.page(), query.size()));
        }
    }

    private SearchResults searchAsTyped(SearchQuery query) {
        SearchResults found = search(query, Match.ALL_WORDS);
        if (found.total() >= FEW || query.text() == null || OPERATORS.matcher(query.text()).find()) {
            return found;
        }
        List<Synonyms.Span> spans = sought(query.text()).spans();
        if (found.total() == 0 && spans.stream().anyMatch(span -> !span.synonym() && forgivesTypos(span.words().get(0)))) {
            found = search(query, Match.ALL_WORDS_WITH_TYPOS);
        }
        // whether and how far to widen is decided on the words alone, not on the filters, so that a
        // facet's count is the total found once that facet is chosen
        boolean filtered = !query.filters().isEmpty();
        if (found.total() >= FEW || spans.size() < MOST_WORDS_FROM
                || filtered && count(query.text(), Match.ALL_WORDS) >= FEW) {
            return found;
        }
        SearchResults widened;
        if (filtered) {
            widened = search(query, spans.size() > 2 && count(query.text(), Match.MOST_WORDS) < FEW
                    ? Match.ANY_WORD : Match.MOST_WORDS);
        }
        else {
            widened = search(query, Match.MOST_WORDS);
            if (widened.total() < FEW && spans.size() > 2) {
                widened = search(query, Match.ANY_WORD);
            }
        }
        return widened.total() > found.total()
                ? new SearchResults(widened.total(), widened.hits(), widened.facets(), true, found.total())
                : found;
    }

    /**
     * The kinds of unit (register codes) whose practices the query puts first, because it names them
     * ("w gminie wiejskiej": {@code RURAL_MUNICIPALITY}); empty for most queries.
     */
    public Set<String> unitKindsFirst(String text) {
        // as text() reads the query: one with operators is taken as it is
        return text == null || OPERATORS.matcher(text).find() ? Set.of() : sought(text).unitKinds();
    }

    /** How many practices the words match, without filters. */
    private long count(String text, Match match) {
        return Search.session(entityManager).search(Practice.class).where(f -> text(f, text, match))
                .fetchTotalHitCount();
    }

    private SearchResults search(SearchQuery query, Match match) {
        List<SearchFacet> counted = new ArrayList<>();
        for (SearchFacet facet : SearchFacet.values()) {
            // the ~380 powiaty are counted only when one is chosen (on the map, which counts them all with
            // countsByCounty): over every matching practice they were the costliest facet to count
            if (facet != SearchFacet.COUNTY || query.filters().containsKey(SearchFacet.COUNTY)) {
                counted.add(facet);
            }
        }
        if (directLucene && query.order() != SearchQuery.Order.TITLE && lucene.available()) {
            return luceneSearch(query, match, counted);
        }
        SearchSession session = Search.session(entityManager);
        Map<SearchFacet, AggregationKey<Map<Object, Long>>> keys = new EnumMap<>(SearchFacet.class);
        counted.forEach(facet -> keys.put(facet, AggregationKey.of(facet.name())));
        var step = session.search(Practice.class)
                .select(f -> hitProjection(f))
                .where(f -> predicate(f, query, match))
                // the default highlighter, not a named one: OpenSearch/Elasticsearch accept the encoder
                // only for the whole request, and Hibernate Search sends a named highlighter per field
                .highlighter(SearchService::snippets);
        for (var facet : keys.entrySet()) {
            step = step.aggregation(facet.getValue(), f -> f.terms().field(facet.getKey().field(), Object.class)
                    .maxTermCount(FACET_VALUES));
        }
        SearchResult<List<?>> result = step.sort(f -> sort(f, query.order()))
                .fetch(query.page() * query.size(), query.size());

        List<SearchResults.Hit> hits = hits(result.hits(), query.text() == null ? Map.of()
                : bodySnippets(session, result.hits(), f -> text(f, query.text(), match)));
        Map<SearchFacet, Map<String, Long>> facets = new EnumMap<>(SearchFacet.class);
        keys.forEach((facet, key) -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            result.aggregation(key).forEach((value, count) -> counts.put(String.valueOf(value), count));
            facets.put(facet, counts);
        });
        return new SearchResults(result.total().hitCount(), hits, facets, false, result.total().hitCount());
    }

    /** What a page of results must match: the words ({@link #text}), and every chosen facet. */
    private PredicateFinalStep predicate(SearchPredicateFactory f, SearchQuery query, Match match) {
        var all = f.and();
        all.add(query.text() == null ? f.matchAll() : text(f, query.text(), match));
        query.filters().forEach((facet, values) -> all.add(filter(f, facet, values)));
        return all;
    }

    private static org.hibernate.search.engine.search.sort.dsl.SortFinalStep sort(
            org.hibernate.search.engine.search.sort.dsl.SearchSortFactory f, SearchQuery.Order order) {
        return switch (order) {
            case RELEVANCE -> f.score().then().field(PUBLISHED).desc();
            case NEWEST -> f.field(PUBLISHED).desc().missing().last().then().score();
            case TITLE -> f.field(TITLE_SORT);
        };
    }

    /**
     * The same search on the embedded Lucene index in one pass ({@link LucenePracticeSearch}): the query
     * and the order are the ones Hibernate Search makes of the same predicate and sort.
     */
    private SearchResults luceneSearch(SearchQuery query, Match match, List<SearchFacet> counted) {
        org.apache.lucene.search.Query luceneQuery = luceneQuery(query, match);
        org.apache.lucene.search.Sort sort = luceneSorts.computeIfAbsent(query.order(),
                order -> Search.session(entityManager).search(Practice.class).extension(LuceneExtension.get())
                        .where(f -> f.matchAll()).sort(f -> sort(f, order)).toQuery().luceneSort());
        LucenePracticeSearch.Page page = lucene.search(luceneQuery, sort, query.page() * query.size(), query.size(),
                counted.stream().map(SearchFacet::field).toList(), FACET_VALUES,
                query.text() == null ? null : HIGHLIGHT);
        List<SearchResults.Hit> hits = new ArrayList<>();
        for (LucenePracticeSearch.Row row : page.rows()) {
            String snippet = row.summaryFragment() != null ? row.summaryFragment()
                    : row.bodyFragment() != null ? row.bodyFragment() : start(row.summary());
            hits.add(new SearchResults.Hit(row.id(), row.title(), row.leadUnit(), row.leadUnitName(), row.score(),
                    snippet));
        }
        Map<SearchFacet, Map<String, Long>> facets = new EnumMap<>(SearchFacet.class);
        counted.forEach(facet -> facets.put(facet, page.facets().get(facet.field())));
        return new SearchResults(page.total(), hits, facets, false, page.total());
    }

    /**
     * The Lucene query of a search (its words as typed, every one required, and its filters): what the
     * search runs on the embedded index, for the benchmark's floor (bench/README.md).
     */
    public org.apache.lucene.search.Query luceneQuery(SearchQuery query) {
        return luceneQuery(query, Match.ALL_WORDS);
    }

    private org.apache.lucene.search.Query luceneQuery(SearchQuery query, Match match) {
        var scope = Search.mapping(entityManager.getEntityManagerFactory()).scope(Practice.class);
        return lucene.toLucene(predicate(scope.predicate(), query, match).toPredicate());
    }

    private static final LucenePracticeSearch.Highlight HIGHLIGHT = new LucenePracticeSearch.Highlight("<mark>",
            "</mark>", SNIPPET);

    private final Map<SearchQuery.Order, org.apache.lucene.search.Sort> luceneSorts =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Public practices most like this one: sharing words of its title, summary and keywords, and its
     * section, areas and types; the practice itself is not among them.
     */
    @Transactional(readOnly = true)
    public List<SearchResults.Hit> similar(long practiceId, int count) {
        return practices.findPublished(practiceId).map(snapshot -> {
            var c = snapshot.content();
            Optional<org.apache.lucene.search.Query> likeThis = moreLikeThis(c);
            String words = String.join(" ", c.title() == null ? "" : c.title(), String.join(" ", c.keywords()));
            String cleaned = OPERATORS.matcher(words).replaceAll(" ");
            return hits(Search.session(entityManager).search(Practice.class)
                    .select(f -> hitProjection(f))
                    .where((f, root) -> {
                        root.add(f.not(f.id().matching(practiceId)));
                        root.add(f.bool(b -> {
                            if (likeThis.isPresent()) {
                                b.should(f.extension(LuceneExtension.get()).fromLuceneQuery(likeThis.get()));
                            }
                            else if (!cleaned.isBlank()) {
                                b.should(f.simpleQueryString().field(TITLE).boost(2f).field(KEYWORDS).field(SUMMARY)
                                        .field(BODY).boost(0.3f).matching(cleaned)
                                        .defaultOperator(BooleanOperator.OR));
                            }
                            if (c.section() != null) {
                                b.should(f.match().field(SECTION).matching(c.section()).boost(0.5f));
                            }
                            if (!c.areas().isEmpty()) {
                                b.should(f.terms().field(AREA).matchingAny(c.areas()).boost(1.5f));
                            }
                            if (!c.types().isEmpty()) {
                                b.should(f.terms().field(TYPE).matchingAny(c.types()).boost(0.8f));
                            }
                        }));
                    })
                    .highlighter(SearchService::snippets)
                    .fetchHits(count));
        }).orElse(List.of());
    }

    /**
     * Lucene's more-like-this over the practice's own text: the words that are frequent in it and
     * rare in the base (tf-idf), as lemmas, matched against title, summary, keywords and body.
     * Empty on a backend without direct index access.
     */
    private Optional<org.apache.lucene.search.Query> moreLikeThis(pl.dobrepraktyki.catalog.PracticeContent c) {
        String text = String.join("\n", c.title() == null ? "" : c.title(), c.title() == null ? "" : c.title(),
                c.summary() == null ? "" : c.summary(), String.join(", ", c.keywords()),
                c.problem() == null ? "" : c.problem(), c.solution() == null ? "" : c.solution());
        try (IndexReader reader = Search.mapping(entityManager.getEntityManagerFactory()).scope(Practice.class)
                .extension(LuceneExtension.get()).openIndexReader()) {
            org.apache.lucene.queries.mlt.MoreLikeThis mlt = new org.apache.lucene.queries.mlt.MoreLikeThis(reader);
            // the lemmas as a query word has them (without the forms without Polish letters)
            mlt.setAnalyzer(Search.mapping(entityManager.getEntityManagerFactory()).backend()
                    .unwrap(org.hibernate.search.backend.lucene.LuceneBackend.class)
                    .analyzer(PolishAnalysisConfigurer.POLISH_QUERY).orElseThrow());
            mlt.setFieldNames(new String[] { TITLE, SUMMARY, KEYWORDS, BODY });
            mlt.setMinTermFreq(1);
            mlt.setMinDocFreq(1);
            mlt.setMinWordLen(3);
            mlt.setMaxQueryTerms(25);
            mlt.setBoost(true);
            return Optional.of(mlt.like(BODY, new java.io.StringReader(text)));
        }
        catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Public practices of units of the same kind and size category as this unit (not its own),
     * newest first: "practices from units like mine".
     */
    @Transactional(readOnly = true)
    public List<SearchResults.Hit> fromUnitsLike(String teryt, int count) {
        UnitDirectory.UnitFacts unit = units.get(teryt);
        if (unit == null) {
            return List.of();
        }
        return hits(Search.session(entityManager).search(Practice.class)
                .select(f -> hitProjection(f))
                .where((f, root) -> {
                    root.add(f.match().field(UNIT_KIND).matching(unit.kind()));
                    if (unit.sizeCategory() != null) {
                        root.add(f.match().field(SIZE_CATEGORY).matching(unit.sizeCategory()));
                    }
                    root.add(f.not(f.match().field(UNIT).matching(unit.teryt())));
                })
                .highlighter(SearchService::snippets)
                .sort(f -> f.field(PUBLISHED).desc().missing().last())
                .fetchHits(count));
    }

    /** Practices a search finds that were published in a window: how many, and the newest of them. */
    public record PublishedInWindow(long total, List<SearchResults.Hit> newest) {
    }

    /**
     * The public practices the query finds (its words, every one required, and its filters) that were
     * published after {@code after} (exclusive) and up to {@code until} (inclusive), newest first, at most
     * {@code max} of them, with the number of all; with {@code unitTeryt} only those of that unit (lead or
     * partner). For alerts of saved searches: what is new since the last alert.
     */
    @Transactional(readOnly = true, propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
    public PublishedInWindow publishedBetween(SearchQuery query, String unitTeryt, java.time.Instant after,
            java.time.Instant until, int max) {
        return publishedBetween(query, unitTeryt == null ? null : List.of(unitTeryt), after, until, max);
    }

    /**
     * As {@link #publishedBetween(SearchQuery, String, java.time.Instant, java.time.Instant, int)}, with the
     * practices of any of the units (lead or partner; a practice of two of them counts once); {@code null}
     * for any unit, an empty collection finds nothing (e.g. a followed group without member units).
     */
    @Transactional(readOnly = true, propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
    public PublishedInWindow publishedBetween(SearchQuery query, java.util.Collection<String> unitTeryts,
            java.time.Instant after, java.time.Instant until, int max) {
        if (unitTeryts != null && unitTeryts.isEmpty()) {
            return new PublishedInWindow(0, List.of());
        }
        SearchResult<List<?>> result = Search.session(entityManager).search(Practice.class)
                .select(f -> hitProjection(f))
                .where((f, root) -> {
                    root.add(predicate(f, query, Match.ALL_WORDS));
                    if (unitTeryts != null) {
                        root.add(f.terms().field(UNIT).matchingAny(unitTeryts));
                    }
                    root.add(f.range().field(PUBLISHED).between(after,
                            org.hibernate.search.util.common.data.RangeBoundInclusion.EXCLUDED, until,
                            org.hibernate.search.util.common.data.RangeBoundInclusion.INCLUDED));
                })
                .highlighter(SearchService::snippets)
                .sort(f -> f.field(PUBLISHED).desc().then().field(TITLE_SORT))
                .fetch(max);
        return new PublishedInWindow(result.total().hitCount(), hits(result.hits()));
    }

    /** One fragment per field, HTML-escaped text with {@code <mark>} around the matched words. */
    private static org.hibernate.search.engine.search.highlighter.dsl.HighlighterFinalStep snippets(
            org.hibernate.search.engine.search.highlighter.dsl.SearchHighlighterFactory h) {
        return h.fastVector().encoder(HighlighterEncoder.HTML).tag("<mark>", "</mark>").numberOfFragments(1)
                .fragmentSize(SNIPPET).noMatchSize(0);
    }

    private static org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep<List<?>> hitProjection(
            org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory<?, ?> f) {
        return f.composite().from(f.id(Long.class), f.score(), f.field(TITLE, String.class),
                f.field(LEAD_UNIT, String.class), f.field(LEAD_UNIT_NAME, String.class),
                f.highlight(SUMMARY), f.field(SUMMARY, String.class)).asList();
    }

    private static List<SearchResults.Hit> hits(List<List<?>> rows) {
        return hits(rows, Map.of());
    }

    private static List<SearchResults.Hit> hits(List<List<?>> rows, Map<Long, String> bodySnippets) {
        List<SearchResults.Hit> hits = new ArrayList<>();
        for (List<?> row : rows) {
            hits.add(new SearchResults.Hit((Long) row.get(0), (String) row.get(2), (String) row.get(3),
                    (String) row.get(4), (Float) row.get(1), snippet(row, bodySnippets.get((Long) row.get(0)))));
        }
        return hits;
    }

    /**
     * The highlighted fragments of the body of those hits whose summary has none of the words, found
     * by a second query restricted to them. Highlighting the long body of every hit in the main query
     * (reading its stored text and term vectors) was a third of the CPU time of a search, and was
     * wasted whenever the summary had the words (see bench/README.md).
     */
    @SuppressWarnings("unchecked")
    private static Map<Long, String> bodySnippets(SearchSession session, List<List<?>> rows,
            java.util.function.Function<SearchPredicateFactory, PredicateFinalStep> text) {
        List<Long> ids = rows.stream().filter(row -> {
            List<String> fragments = (List<String>) row.get(5);
            return fragments == null || fragments.isEmpty();
        }).map(row -> (Long) row.get(0)).toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> snippets = new java.util.HashMap<>();
        for (List<?> row : session.search(Practice.class)
                .select(f -> f.composite().from(f.id(Long.class), f.highlight(BODY)).asList())
                .where((f, root) -> {
                    root.add(f.id().matchingAny(ids));
                    root.add(text.apply(f));
                })
                .highlighter(SearchService::snippets)
                .fetchHits(ids.size())) {
            List<String> fragments = (List<String>) row.get(1);
            if (fragments != null && !fragments.isEmpty()) {
                snippets.put((Long) row.get(0), fragments.get(0));
            }
        }
        return snippets;
    }

    /**
     * The records of an {@link IndexedContent} type whose text has every word of the query (of three
     * letters or more, without the stop words unless there are only those), each as a lemma or by its
     * first five letters (with or without Polish letters: "budzetu obywatelskiego" finds "Budżet
     * obywatelski"), the newest first, at most {@code limit}: read from the index, then only those
     * records from the database.
     */
    @Transactional(readOnly = true)
    public <T> List<T> findContent(Class<T> type, String text, int limit) {
        return findContent(type, text, null, limit);
    }

    /** As {@link #findContent(Class, String, int)}, only the records of one {@link IndexedContent#kind() kind} (all when null). */
    @Transactional(readOnly = true)
    public <T> List<T> findContent(Class<T> type, String text, String kind, int limit) {
        List<String> required = contentWords(text);
        if (required.isEmpty()) {
            return List.of();
        }
        return Search.session(entityManager).search(type)
                .where(f -> contentPredicate(f, required, kind))
                .sort(f -> f.field(IndexedContent.NEWEST).desc())
                .fetchHits(limit);
    }

    /** How many records {@link #findContent(Class, String, String, int)} would find without a limit. */
    @Transactional(readOnly = true)
    public long countContent(Class<?> type, String text, String kind) {
        List<String> required = contentWords(text);
        if (required.isEmpty()) {
            return 0;
        }
        return Search.session(entityManager).search(type).where(f -> contentPredicate(f, required, kind))
                .fetchTotalHitCount();
    }

    /** The words of three letters or more, without the stop words unless there are only those. */
    private static List<String> contentWords(String text) {
        List<String> words = text == null ? List.of() : Synonyms.words(text.toLowerCase(Locale.ROOT)).stream()
                .filter(word -> word.codePointCount(0, word.length()) >= 3).toList();
        List<String> sought = words.stream().filter(word -> !StopWords.contains(word)).toList();
        return sought.isEmpty() ? words : sought;
    }

    private static PredicateFinalStep contentPredicate(SearchPredicateFactory f, List<String> required, String kind) {
        var all = f.and();
        required.forEach(word -> all.add(f.or(f.match().field(IndexedContent.TEXT).matching(word),
                f.match().field(IndexedContent.TEXT_FOLDED).matching(word))));
        if (kind != null) {
            all.add(f.match().field(IndexedContent.KIND).matching(kind));
        }
        return all;
    }

    /** Public practices per powiat (4-digit code), for the map: every powiat, not only the top ones. */
    @Transactional(readOnly = true)
    public Map<String, Long> countsByCounty() {
        AggregationKey<Map<String, Long>> key = AggregationKey.of("county");
        var result = Search.session(entityManager).search(Practice.class).where(f -> f.matchAll())
                .aggregation(key, f -> f.terms().field(COUNTY, String.class).maxTermCount(1000)).fetch(0);
        return result.aggregation(key);
    }

    /**
     * A corrected query when a search found nothing: each word of four letters or more that no
     * practice contains is replaced by the closest word that practices do contain (as written, with
     * Polish letters). Empty when nothing is to be corrected or the backend cannot tell.
     */
    @Transactional(readOnly = true)
    public Optional<String> didYouMean(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try (IndexReader reader = Search.mapping(entityManager.getEntityManagerFactory()).scope(Practice.class)
                .extension(LuceneExtension.get()).openIndexReader()) {
            DirectSpellChecker checker = new DirectSpellChecker();
            List<String> words = new ArrayList<>();
            boolean changed = false;
            for (String word : text.toLowerCase(Locale.ROOT).split("[\\s,.;:!?]+")) {
                if (word.isBlank()) {
                    continue;
                }
                Term term = new Term(SPELL, word);
                if (word.length() >= 4 && reader.docFreq(term) == 0) {
                    SuggestWord[] best = checker.suggestSimilar(term, 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
                    if (best.length > 0) {
                        words.add(best[0].string);
                        changed = true;
                        continue;
                    }
                }
                words.add(word);
            }
            return changed ? Optional.of(String.join(" ", words)) : Optional.empty();
        }
        catch (IOException | RuntimeException e) {
            return Optional.empty(); // another backend (OpenSearch) or an index being rebuilt: no suggestion
        }
    }

    /** What the search box suggests while someone types: practice titles, keywords and units. */
    public record Suggestion(String kind, String label, String url) {
    }

    /** Up to {@code count} titles and keywords of public practices that start like what was typed. */
    @Transactional(readOnly = true)
    public List<Suggestion> suggest(String typed, int count) {
        String folded = fold(typed == null ? "" : typed.strip());
        if (folded.length() < 2) {
            return List.of();
        }
        StringBuilder prefixes = new StringBuilder();
        for (String word : folded.split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                prefixes.append(word, 0, Math.min(word.length(), 5)).append("* ");
            }
        }
        if (prefixes.isEmpty()) {
            return List.of();
        }
        String lastWord = folded.substring(folded.lastIndexOf(' ') + 1);
        AggregationKey<Map<String, Long>> keywords = AggregationKey.of("keywords");
        var result = Search.session(entityManager).search(Practice.class)
                .select(f -> f.composite().from(f.id(Long.class), f.field(TITLE, String.class)).asList())
                .where(f -> f.simpleQueryString().field(TITLE + FOLDED).boost(2f).field(KEYWORDS + FOLDED)
                        .matching(prefixes.toString().strip()).defaultOperator(BooleanOperator.AND))
                .aggregation(keywords, f -> f.terms().field(KEYWORD_VALUES, String.class).maxTermCount(200))
                .fetch(count);
        List<Suggestion> suggestions = new ArrayList<>();
        result.aggregation(keywords).keySet().stream().filter(k -> fold(k).startsWith(lastWord)
                || fold(k).startsWith(folded)).limit(3)
                .forEach(k -> suggestions.add(new Suggestion("keyword", k,
                        org.springframework.web.util.UriComponentsBuilder.fromPath("/szukaj").queryParam("q", k)
                                .encode().build().toUriString())));
        for (List<?> row : result.hits()) {
            suggestions.add(new Suggestion("practice", (String) row.get(1), "/praktyki/" + row.get(0)));
        }
        return suggestions;
    }

    /** Lower case without Polish letters ("Łódź" → "lodz"), as the folded fields hold words. */
    static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('ł', 'l');
        return java.text.Normalizer.normalize(lower, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    /** True when the practice is in the index (index updates are applied shortly after the save). */
    @Transactional(readOnly = true)
    public boolean isIndexed(long practiceId) {
        return Search.session(entityManager).search(Practice.class).where(f -> f.id().matching(practiceId))
                .fetchTotalHitCount() > 0;
    }

    /**
     * HTML: the highlighted fragment of the summary or else of the body (escaped by the highlighter), or
     * the start of the summary, escaped here.
     */
    @SuppressWarnings("unchecked")
    private static String snippet(List<?> row, String bodyFragment) {
        List<String> fragments = (List<String>) row.get(5);
        if (fragments != null && !fragments.isEmpty()) {
            return fragments.get(0);
        }
        if (bodyFragment != null) {
            return bodyFragment;
        }
        return start((String) row.get(6));
    }

    /** The start of the summary, HTML-escaped: the snippet of a hit without highlighted words. */
    private static String start(String summary) {
        if (summary == null) {
            return null;
        }
        return HtmlUtils.htmlEscape(summary.length() > SNIPPET ? summary.substring(0, SNIPPET) + "…" : summary, "UTF-8");
    }

    /**
     * Every word must match (as a lemma or a folded prefix), except the {@link StopWords} ("jak", "w",
     * "dla"), or, for {@link Match#MOST_WORDS}, most of them; a word of
     * {@value #FUZZY_FROM} letters or more also matches with one typo, with a lower score, when
     * {@code forgiveTypos}. Words that are a term of a synonym group ({@link SynonymService}) match
     * as one word when any term of the group matches. A query
     * with the operators of the simple query syntax (quotes, {@code -}, {@code |}, {@code *}) is
     * taken as it is.
     */
    private PredicateFinalStep text(SearchPredicateFactory f, String text, Match match) {
        if (OPERATORS.matcher(text).find()) {
            return exact(f, text);
        }
        Sought sought = sought(text);
        List<Synonyms.Span> spans = sought.spans();
        if (spans.isEmpty()) {
            return f.matchAll();
        }
        PredicateFinalStep words = words(f, spans, match, PolishLemmaFilterFactory.withoutPolishLetters(text));
        if (sought.unitKinds().isEmpty()) {
            return words;
        }
        // "w gminie wiejskiej": the practices of such units first, then the others
        return f.bool().must(words).should(f.terms().field(UNIT_KIND).matchingAny(sought.unitKinds())
                .constantScore().boost(UNIT_KIND_PREFERRED));
    }

    private static PredicateFinalStep words(SearchPredicateFactory f, List<Synonyms.Span> spans, Match match,
            boolean plain) {
        boolean forgiveTypos = match != Match.ALL_WORDS;
        List<String> pairs = adjacentPairs(spans);
        if (match.compareTo(Match.MOST_WORDS) < 0 || spans.size() < MOST_WORDS_FROM) {
            return pairs.isEmpty() ? all(f, spans, forgiveTypos, plain)
                    : f.bool(b -> {
                        b.must(all(f, spans, forgiveTypos, plain));
                        pairs.forEach(pair -> b.should(together(f, pair)));
                    });
        }
        return f.bool(b -> {
            b.must(f.bool(most -> {
                // half of the words (one of two, two of three or four, three of five or six...)
                most.minimumShouldMatchNumber(match == Match.ANY_WORD ? 1 : (spans.size() + 1) / 2);
                spans.forEach(span -> most.should(span(f, span, forgiveTypos, plain)));
            }));
            // the practices with every word first, then those with most of them
            b.should(all(f, spans, forgiveTypos, plain).constantScore().boost(ALL_WORDS_FIRST));
            pairs.forEach(pair -> b.should(together(f, pair)));
        });
    }

    /**
     * Each two words next to each other in the query ("pomoc społeczna"), where neither is a synonym
     * term (those are matched as a whole already).
     */
    private static List<String> adjacentPairs(List<Synonyms.Span> spans) {
        List<String> pairs = new ArrayList<>();
        for (int i = 1; i < spans.size(); i++) {
            Synonyms.Span before = spans.get(i - 1);
            Synonyms.Span after = spans.get(i);
            if (!before.synonym() && !after.synonym()) {
                pairs.add(before.words().get(0) + " " + after.words().get(0));
            }
        }
        return pairs;
    }

    /**
     * Two words of the query close together in the text (at most {@value #NEAR} words between them, in
     * any inflected form, with or without Polish letters: matched as folded prefixes): such a practice
     * is about what the words say together ("pomocy społecznej") rather than having them far apart
     * ("pomocy prawnej" … "integracji społecznej"), so it comes first among those with the words.
     */
    private static PredicateFinalStep together(SearchPredicateFactory f, String pair) {
        return f.phrase().field(TITLE + FOLDED).boost(2f).field(SUMMARY + FOLDED).boost(1.5f)
                .field(KEYWORDS + FOLDED).boost(1.5f).field(BODY + FOLDED).matching(pair).slop(NEAR);
    }

    /** How many words may stand between two words of the query that are {@link #together} in the text. */
    private static final int NEAR = 2;

    private static SimpleBooleanPredicateOptionsStep<?> all(SearchPredicateFactory f, List<Synonyms.Span> spans,
            boolean forgiveTypos, boolean plain) {
        var all = f.and();
        spans.forEach(span -> all.add(span(f, span, forgiveTypos, plain)));
        return all;
    }

    /**
     * One word of a query, or a synonym term as any term of its group; {@code plain} when the query
     * has no Polish letters at all.
     */
    private static PredicateFinalStep span(SearchPredicateFactory f, Synonyms.Span span, boolean forgiveTypos,
            boolean plain) {
        String word = span.words().get(0);
        if (span.synonym()) {
            return anyTerm(f, span.terms());
        }
        if (!forgiveTypos || !forgivesTypos(word)) {
            return word(f, word, plain);
        }
        // typos are forgiven in the short, weighty fields only: fuzzy terms over the
        // body's large vocabulary cost much and find little (see bench/README.md)
        var typos = f.or();
        typos.add(word(f, word, plain));
        typos.add(f.match().fields(TITLE, SUMMARY, KEYWORDS, UNITS).matching(word).fuzzy(1, 1).boost(0.2f));
        if (!PolishLemmaFilterFactory.knows(word)) {
            // typed without Polish letters too ("budzeet"): the lemmas' marked forms without them (~budzet),
            // the same first letter after the mark
            typos.add(f.match().fields(TITLE, SUMMARY, KEYWORDS, UNITS)
                    .matching(FoldedCopyFilterFactory.marked(word)).skipAnalysis().fuzzy(1, 2).boost(0.2f));
        }
        return typos;
    }

    /** Any term of a synonym group, each with all its words. */
    private static PredicateFinalStep anyTerm(SearchPredicateFactory f, List<List<String>> terms) {
        // terms that are the same words in other forms ("organizacje pozarządowe", "organizacja
        // pozarządowa") make the same clauses: each is matched once, counted as often as written (the
        // same score as before, without reading the same postings twice)
        Map<List<List<String>>, Integer> written = new LinkedHashMap<>();
        Map<List<List<String>>, List<String>> first = new java.util.HashMap<>();
        for (List<String> term : terms) {
            List<List<String>> same = term.stream().map(SearchService::sameClauses).toList();
            written.merge(same, 1, Integer::sum);
            first.putIfAbsent(same, term);
        }
        var any = f.or();
        written.forEach((same, times) -> {
            var all = f.and();
            // the terms are written by editors, with Polish letters
            first.get(same).forEach(word -> all.add(word(f, word, false)));
            any.add(times == 1 ? all : all.boost(times));
        });
        return any;
    }

    /**
     * What the clauses of a word of a synonym term are made of ({@link #word}): its lemmas and its
     * folded prefix; the word itself when the dictionary does not know it.
     */
    private static List<String> sameClauses(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (!PolishLemmaFilterFactory.knows(lower)) {
            return List.of(lower);
        }
        List<String> key = new ArrayList<>(new java.util.TreeSet<>(PolishLemmaFilterFactory.lemmas(lower)));
        String folded = fold(lower);
        key.add("~" + folded.substring(0, Math.min(folded.length(), PolishAnalysisConfigurer.PREFIX_LENGTH)));
        return key;
    }

    /**
     * What a query seeks: the words a practice must contain (a synonym term as one, without the stop
     * words and the words naming a kind of unit), and the kinds of unit it names ({@link UnitKindWords}).
     */
    private record Sought(List<Synonyms.Span> spans, Set<String> unitKinds) {
    }

    private Sought sought(String text) {
        // a dash, a quote sign or an ellipsis between words is not a word that must match
        UnitKindWords.Found found = UnitKindWords.find(Synonyms.words(text));
        return new Sought(StopWords.dropFrom(synonyms.current().spans(found.rest())), found.kinds());
    }

    private static boolean forgivesTypos(String word) {
        return word.codePointCount(0, word.length()) >= FUZZY_FROM;
    }

    /**
     * One word of a query. A word the Polish dictionary knows is matched as its lemmas in every text
     * field (as written: "pieców", lemma piec, does not find "pięciu", lemma pięć), and by its folded
     * prefix only in the title, summary and keywords, where the prefix finds
     * the practice's subject in a related word ("turystyka" and "turystyczny", "ekologia" and
     * "ekologiczna"). A word typed without Polish letters that the dictionary knows written with them
     * ("zrodla": źródła) is matched as that word, every form of "źródło". The folded prefixes exist for
     * the words typed without Polish letters that it knows in no spelling (a name, a new or misspelt
     * word): only such a word is matched by its prefix in every field, and, in the lemma fields, by the
     * lemmas' forms without Polish letters (~budzet of "budżet"). Matching and scoring a known word's
     * prefix in the long fields too doubled the time of a search at 100,000 practices (see
     * bench/README.md) and found unrelated words of the body sharing five letters ("pozarządowe" and
     * "pożarnej").
     * <p>
     * In a query typed without any Polish letters ({@code plain}), even a word the dictionary knows as
     * typed may be another word without its Polish letters: "ogrod" is a form of the rare "ogroda", but
     * meant as "ogród"; "szkol" is "szkolić", but meant as "szkół"; "sad" may be "sąd". Such a word is
     * matched both ways.
     */
    private static PredicateFinalStep word(SearchPredicateFactory f, String word, boolean plain) {
        boolean known = PolishLemmaFilterFactory.knows(word);
        if (known && !plain) {
            return fields(f, WITH_FOLDED_TITLE, word, null);
        }
        List<String> spellings = PolishLemmaFilterFactory.withPolishLetters(word);
        if (spellings.isEmpty()) {
            return known ? fields(f, WITH_FOLDED_TITLE, word, null)
                    // "budzeet": the lemmas' forms without Polish letters too (~budzet of "budżet"), and the
                    // prefixes everywhere
                    : f.or(fields(f, LEMMAS, word, PolishAnalysisConfigurer.POLISH_UNKNOWN_QUERY),
                            fields(f, FOLDED_EVERYWHERE, word, null));
        }
        var any = f.or();
        if (known) {
            any.add(fields(f, WITH_FOLDED_TITLE, word, null));
        }
        spellings.forEach(spelling -> any.add(fields(f, WITH_FOLDED_TITLE, spelling, null)));
        return any;
    }

    /**
     * A query with operators, taken as it is: every field in one predicate, so that the operators apply
     * across them; a word there is matched as its lemmas and by its folded prefixes everywhere.
     */
    private static PredicateFinalStep exact(SearchPredicateFactory f, String text) {
        return fields(f, EVERY_FIELD, text, null);
    }

    /** A field of the text with its weight. */
    private record Weighted(String field, float boost) {
    }

    /** The lemma fields: title, summary and keywords weigh more than the body, attachments less. */
    private static final List<Weighted> LEMMAS = List.of(new Weighted(TITLE, 4f), new Weighted(SUMMARY, 2f),
            new Weighted(KEYWORDS, 2f), new Weighted(UNITS, 1.5f), new Weighted(TAXONOMY, 1f),
            new Weighted(PARTNERS, 1f), new Weighted(BODY, 1f), new Weighted(ATTACHMENTS, 0.3f),
            new Weighted(CONTACT, 1f));

    private static final List<Weighted> FOLDED_TITLE = List.of(new Weighted(TITLE + FOLDED, 2f),
            new Weighted(SUMMARY + FOLDED, 1.2f), new Weighted(KEYWORDS + FOLDED, 1.2f));

    /** A known word: its lemmas, and its folded prefix in title, summary and keywords. */
    private static final List<Weighted> WITH_FOLDED_TITLE = java.util.stream.Stream.concat(LEMMAS.stream(),
            FOLDED_TITLE.stream()).toList();

    /** The folded prefixes of every field. */
    private static final List<Weighted> FOLDED_EVERYWHERE = java.util.stream.Stream.concat(FOLDED_TITLE.stream(),
            java.util.stream.Stream.of(new Weighted(UNITS + FOLDED, 1f), new Weighted(TAXONOMY + FOLDED, 0.6f),
                    new Weighted(PARTNERS + FOLDED, 0.6f), new Weighted(BODY + FOLDED, 0.5f),
                    new Weighted(ATTACHMENTS + FOLDED, 0.2f), new Weighted(CONTACT + FOLDED, 0.6f))).toList();

    /** A query with operators: the lemmas and the folded prefixes of every field. */
    private static final List<Weighted> EVERY_FIELD = java.util.stream.Stream.concat(LEMMAS.stream(),
            FOLDED_EVERYWHERE.stream()).toList();

    /** The text in these fields, every word required; {@code analyzer} instead of the fields' own when given. */
    private static PredicateFinalStep fields(SearchPredicateFactory f, List<Weighted> fields, String text,
            String analyzer) {
        var step = f.simpleQueryString().field(fields.get(0).field()).boost(fields.get(0).boost());
        for (Weighted weighted : fields.subList(1, fields.size())) {
            step = step.field(weighted.field()).boost(weighted.boost());
        }
        var options = step.matching(text).defaultOperator(BooleanOperator.AND);
        return analyzer == null ? options : options.analyzer(analyzer);
    }

    private static PredicateFinalStep filter(SearchPredicateFactory f, SearchFacet facet, Set<String> values) {
        if (facet == SearchFacet.YEAR) {
            List<Integer> years = values.stream().map(v -> {
                try {
                    return Integer.valueOf(v);
                }
                catch (NumberFormatException e) {
                    return -1;
                }
            }).toList();
            return f.terms().field(facet.field()).matchingAny(years);
        }
        return f.terms().field(facet.field()).matchingAny(values);
    }
}
