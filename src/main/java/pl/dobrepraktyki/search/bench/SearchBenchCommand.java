package pl.dobrepraktyki.search.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.EnumMap;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.EntityManagerFactory;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.FSDirectory;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import pl.dobrepraktyki.search.internal.PolishAnalysisConfigurer;
import pl.dobrepraktyki.search.internal.PolishLemmaFilterFactory;
import pl.dobrepraktyki.search.internal.PracticeIndexFields;
import pl.dobrepraktyki.search.SearchFacet;
import pl.dobrepraktyki.search.SearchQuery;
import pl.dobrepraktyki.search.SearchService;
import pl.dobrepraktyki.system.cli.CliCommand;
import pl.dobrepraktyki.system.cli.CommandException;

/**
 * {@code java -jar bdp.jar bench-search --queries bench/queries.txt}: the two reference figures of
 * the search benchmark (bench/README.md), measured in this process on the stopped platform's data:
 * the raw Lucene time of equivalent term queries on the index directory (the floor: no HTTP, no
 * entities, no facets, no snippets), and a naive SQL {@code LIKE} search over the same rows (what a
 * search without an index does). Read only.
 */
@Component
class SearchBenchCommand implements CliCommand {

    private static final String[] LEMMA_FIELDS = { PracticeIndexFields.TITLE, PracticeIndexFields.SUMMARY,
        PracticeIndexFields.BODY, PracticeIndexFields.KEYWORDS };
    private static final int TOP = 20;

    private final EntityManagerFactory entityManagerFactory;
    private final JdbcClient jdbc;
    private final SearchService search;
    private final String indexRoot;

    SearchBenchCommand(EntityManagerFactory entityManagerFactory, JdbcClient jdbc, SearchService search,
            @Value("${bdp.data-dir}") String dataDir) {
        this.entityManagerFactory = entityManagerFactory;
        this.jdbc = jdbc;
        this.search = search;
        this.indexRoot = dataDir + "/index";
    }

    /** One line of the query file: words and filters, as in {@code /api/v1/search?...}. */
    record BenchQuery(String line, List<String> words, Map<String, String> filters) {

        static BenchQuery parse(String line) {
            List<String> words = new ArrayList<>();
            Map<String, String> filters = new LinkedHashMap<>();
            for (String pair : line.split("&")) {
                int eq = pair.indexOf('=');
                String name = pair.substring(0, eq);
                String value = URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                if (name.equals("q")) {
                    words.addAll(Arrays.asList(value.strip().split("\\s+")));
                }
                else if (List.of("section", "unitKind", "year").contains(name)) {
                    filters.put(name, value);
                }
                else {
                    throw new IllegalArgumentException("bench-search understands q, section, unitKind and year, not "
                            + name);
                }
            }
            return new BenchQuery(line, words, filters);
        }
    }

    @Override
    public String name() {
        return "bench-search";
    }

    @Override
    public String summary() {
        return "Pomiar odniesienia wyszukiwania: surowy Lucene i naiwny SQL LIKE (bench/README.md).";
    }

    @Override
    public String usage() {
        return """
                Użycie: java -jar bdp.jar bench-search --queries <plik> [--rounds R] [--sql-rounds S]

                Plik: w każdym wierszu parametry zapytania jak w /api/v1/search (q, section, unitKind,
                year), np. q=budzetu+obywatelskiego&section=DIALOG_SPOLECZNY. Mierzy czas jednego
                zapytania: surowy Lucene na katalogu indeksu (R rund po rozgrzewce, domyślnie 50) i SQL
                LIKE na bazie (S rund, domyślnie 3). Tylko odczyt; uruchamiać przy zatrzymanej platformie.""";
    }

    @Override
    public int run(List<String> args, PrintStream out) throws CommandException {
        Path file = null;
        int rounds = 50;
        int sqlRounds = 3;
        for (int i = 0; i < args.size(); i++) {
            String value = i + 1 < args.size() ? args.get(i + 1) : null;
            switch (args.get(i)) {
                case "--queries" -> file = Path.of(value);
                case "--rounds" -> rounds = Integer.parseInt(value);
                case "--sql-rounds" -> sqlRounds = Integer.parseInt(value);
                default -> throw new CommandException("nieznana opcja " + args.get(i) + "; zobacz: help bench-search");
            }
            i++;
        }
        if (file == null) {
            throw new CommandException("podaj plik zapytań: --queries bench/queries.txt");
        }
        List<BenchQuery> queries;
        try {
            queries = Files.readAllLines(file).stream().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).map(BenchQuery::parse).toList();
        }
        catch (IOException | IllegalArgumentException e) {
            throw new CommandException("nie można odczytać zapytań z " + file + ": " + e.getMessage());
        }
        double lucene = lucene(queries, rounds, out);
        double service = service(queries, rounds, out);
        double sql = sql(queries, sqlRounds, out);
        out.printf(Locale.ROOT, "RESULT lucene_ms_per_query=%.3f service_ms_per_query=%.3f sql_ms_per_query=%.1f"
                + " speedup_lucene_vs_sql=%.0f%n", lucene, service, sql, sql / lucene);
        return 0;
    }

    /** Average milliseconds per query over {@code rounds} rounds of all queries, after as many warm-up rounds. */
    private double lucene(List<BenchQuery> queries, int rounds, PrintStream out) throws CommandException {
        LuceneBackend backend = Search.mapping(entityManagerFactory).backend().unwrap(LuceneBackend.class);
        Analyzer polish = backend.analyzer(PolishAnalysisConfigurer.POLISH_QUERY).orElseThrow();
        Analyzer unknown = backend.analyzer(PolishAnalysisConfigurer.POLISH_UNKNOWN_QUERY).orElseThrow();
        Analyzer folded = backend.analyzer(PolishAnalysisConfigurer.FOLDED_QUERY).orElseThrow();
        Path directory = Path.of(indexRoot, PracticeIndexFields.INDEX);
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(directory))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            List<Query> built = new ArrayList<>();
            for (BenchQuery q : queries) {
                built.add(query(q, polish, unknown, folded));
            }
            for (int i = 0; i < built.size(); i++) {
                TopDocs top = searcher.search(built.get(i), new TopScoreDocCollectorManager(TOP, Integer.MAX_VALUE));
                out.printf(Locale.ROOT, "lucene  %-60s %7d trafień%n", queries.get(i).line(), top.totalHits.value);
            }
            for (int r = 0; r < rounds; r++) { // warm-up
                for (Query query : built) {
                    searcher.search(query, new TopScoreDocCollectorManager(TOP, Integer.MAX_VALUE));
                }
            }
            long started = System.nanoTime();
            for (int r = 0; r < rounds; r++) {
                for (Query query : built) {
                    searcher.search(query, new TopScoreDocCollectorManager(TOP, Integer.MAX_VALUE));
                }
            }
            double ms = (System.nanoTime() - started) / 1e6 / rounds / built.size();
            out.printf(Locale.ROOT, "lucene: %d dokumentów w indeksie, %.3f ms na zapytanie (%d rund)%n",
                    reader.numDocs(), ms, rounds);
            return ms;
        }
        catch (IOException e) {
            throw new CommandException("nie można otworzyć indeksu " + directory + ": " + e.getMessage());
        }
    }

    /**
     * The whole search of the platform in this process, as the API asks for it (first page of
     * {@value #TOP}, all facets, snippets), without HTTP: the time between the raw Lucene floor and
     * the HTTP latency.
     */
    private double service(List<BenchQuery> queries, int rounds, PrintStream out) {
        List<SearchQuery> built = queries.stream().map(q -> {
            Map<SearchFacet, Set<String>> filters = new EnumMap<>(SearchFacet.class);
            q.filters().forEach((name, value) -> filters.put(java.util.Arrays.stream(SearchFacet.values())
                    .filter(f -> f.apiParam().equals(name)).findFirst().orElseThrow(), Set.of(value)));
            return new SearchQuery(String.join(" ", q.words()), filters, null, 0, TOP);
        }).toList();
        for (int r = 0; r < rounds; r++) { // warm-up
            built.forEach(search::search);
        }
        long started = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            built.forEach(search::search);
        }
        double ms = (System.nanoTime() - started) / 1e6 / rounds / built.size();
        out.printf(Locale.ROOT, "usługa wyszukiwania (w procesie, z faktami i fragmentami): %.3f ms na zapytanie%n", ms);
        return ms;
    }

    /**
     * All words must match, each in any text field as a lemma (of the word as typed and, typed without
     * Polish letters, as the dictionary knows it with them; another word as the lemmas' forms without
     * Polish letters) or a folded prefix; filters as exact terms.
     */
    private static Query query(BenchQuery q, Analyzer polish, Analyzer unknown, Analyzer folded) throws IOException {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        // in a query without Polish letters a known word is matched also as one typed without them
        boolean plain = PolishLemmaFilterFactory.withoutPolishLetters(String.join(" ", q.words()));
        for (String word : q.words()) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            boolean known = PolishLemmaFilterFactory.knows(word);
            List<String> spellings = known && !plain ? List.of() : PolishLemmaFilterFactory.withPolishLetters(word);
            for (String field : LEMMA_FIELDS) {
                java.util.Set<String> terms = new java.util.LinkedHashSet<>();
                if (known) {
                    terms.addAll(tokens(polish, field, word));
                }
                for (String spelling : spellings) {
                    terms.addAll(tokens(polish, field, spelling));
                }
                if (!known && spellings.isEmpty()) {
                    terms.addAll(tokens(unknown, field, word));
                }
                for (String token : terms) {
                    any.add(new TermQuery(new Term(field, token)), Occur.SHOULD);
                }
                String foldedField = field + PracticeIndexFields.FOLDED;
                for (String token : tokens(folded, foldedField, word)) {
                    any.add(new TermQuery(new Term(foldedField, token)), Occur.SHOULD);
                }
            }
            all.add(any.build(), Occur.MUST);
        }
        q.filters().forEach((name, value) -> all.add(name.equals("year")
                ? IntPoint.newExactQuery(PracticeIndexFields.YEAR, Integer.parseInt(value))
                : new TermQuery(new Term(name.equals("section") ? PracticeIndexFields.SECTION
                        : PracticeIndexFields.UNIT_KIND, value)), Occur.FILTER));
        return all.build();
    }

    private static List<String> tokens(Analyzer analyzer, String field, String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        }
        return tokens;
    }

    /**
     * The naive search: every word AND-ed as {@code lower(title||summary||problem||solution) like
     * '%word%'}, a count and the first page, as a list page without an index would do it.
     */
    private double sql(List<BenchQuery> queries, int rounds, PrintStream out) {
        String text = "lower(p.title || ' ' || coalesce(p.summary, '') || ' ' || coalesce(p.problem, '') || ' '"
                + " || coalesce(p.solution, ''))";
        long total = 0;
        int runs = 0;
        for (int r = 0; r < Math.max(rounds, 1); r++) {
            for (BenchQuery q : queries) {
                StringBuilder where = new StringBuilder(
                        " from practice p join local_government u on u.teryt = p.lead_unit_teryt"
                                + " where p.status = 'PUBLISHED'");
                List<Object> params = new ArrayList<>();
                for (String word : q.words()) {
                    where.append(" and ").append(text).append(" like ?");
                    params.add("%" + word.toLowerCase(Locale.ROOT) + "%");
                }
                q.filters().forEach((name, value) -> {
                    switch (name) {
                        case "section" -> where.append(" and p.section_code = ?");
                        case "unitKind" -> where.append(" and u.kind = ?");
                        default -> where.append(" and p.start_year = ?");
                    }
                    params.add(name.equals("year") ? Integer.valueOf(value) : value);
                });
                long started = System.nanoTime();
                long count = jdbc.sql("select count(*)" + where).params(params).query(Long.class).single();
                jdbc.sql("select p.id, p.title" + where + " order by p.id desc limit " + TOP).params(params)
                        .query((rs, i) -> rs.getString(2)).list();
                long nanos = System.nanoTime() - started;
                if (r == 0) {
                    out.printf(Locale.ROOT, "sql     %-60s %7d trafień, %.0f ms%n", q.line(), count, nanos / 1e6);
                }
                total += nanos;
                runs++;
            }
        }
        double ms = total / 1e6 / runs;
        out.printf(Locale.ROOT, "sql: %.1f ms na zapytanie (%d rund)%n", ms, Math.max(rounds, 1));
        return ms;
    }
}
