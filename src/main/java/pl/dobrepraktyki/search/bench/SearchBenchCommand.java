package pl.dobrepraktyki.search.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.EnumMap;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.FSDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import pl.dobrepraktyki.search.internal.PracticeIndexFields;
import pl.dobrepraktyki.search.SearchFacet;
import pl.dobrepraktyki.search.SearchQuery;
import pl.dobrepraktyki.search.SearchService;
import pl.dobrepraktyki.system.cli.CliCommand;
import pl.dobrepraktyki.system.cli.CommandException;

/**
 * {@code java -jar bdp.jar bench-search --queries bench/queries.txt}: the two reference figures of
 * the search benchmark (bench/README.md), measured in this process on the stopped platform's data:
 * the raw Lucene time of the platform's own queries on the index directory (the floor: no HTTP, no
 * facets, no stored fields, no snippets), and a naive SQL {@code LIKE} search over the same rows (what a
 * search without an index does). Read only.
 */
@Component
class SearchBenchCommand implements CliCommand {

    /** The page size of a line without {@code size}, as the API has it. */
    private static final int DEFAULT_SIZE = 20;

    private final JdbcClient jdbc;
    private final SearchService search;
    private final String indexRoot;

    SearchBenchCommand(JdbcClient jdbc, SearchService search,
            @Value("${bdp.data-dir}") String dataDir) {
        this.jdbc = jdbc;
        this.search = search;
        this.indexRoot = dataDir + "/index";
    }

    /** One line of the query file: words and filters, as in {@code /api/v1/search?...}. */
    record BenchQuery(String line, List<String> words, Map<String, String> filters, int size) {

        static BenchQuery parse(String line) {
            List<String> words = new ArrayList<>();
            Map<String, String> filters = new LinkedHashMap<>();
            int size = DEFAULT_SIZE;
            for (String pair : line.split("&")) {
                int eq = pair.indexOf('=');
                String name = pair.substring(0, eq);
                String value = URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                if (name.equals("q")) {
                    words.addAll(List.of(value.strip().split("\\s+")));
                }
                else if (List.of("section", "unitKind", "year").contains(name)) {
                    filters.put(name, value);
                }
                else if (name.equals("size")) {
                    size = Integer.parseInt(value);
                }
                else {
                    throw new IllegalArgumentException("bench-search understands q, section, unitKind, year and size,"
                            + " not " + name);
                }
            }
            return new BenchQuery(line, words, filters, size);
        }

        /** The search of the platform for this line, as the API makes it. */
        SearchQuery toSearchQuery() {
            Map<SearchFacet, Set<String>> chosen = new EnumMap<>(SearchFacet.class);
            filters.forEach((name, value) -> chosen.put(java.util.Arrays.stream(SearchFacet.values())
                    .filter(f -> f.apiParam().equals(name)).findFirst().orElseThrow(), Set.of(value)));
            return new SearchQuery(String.join(" ", words), chosen, null, 0, size);
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
                Użycie: java -jar bdp.jar bench-search --queries <plik> [--rounds R] [--sql-rounds S] [--routes]

                Plik: w każdym wierszu parametry zapytania jak w /api/v1/search (q, section, unitKind,
                year), np. q=budzetu+obywatelskiego&section=DIALOG_SPOLECZNY. Mierzy czas jednego
                zapytania: surowy Lucene na katalogu indeksu (R rund po rozgrzewce, domyślnie 50) i SQL
                LIKE na bazie (S rund, domyślnie 3). Z --routes także warianty zapytania Lucene (tylko liczenie,
                pierwsza strona z pomijaniem, bez grup pól) na kolejnych turach: co dałyby drogi z issue 16.
                Tylko odczyt; uruchamiać przy zatrzymanej platformie.""";
    }

    @Override
    public int run(List<String> args, PrintStream out) throws CommandException {
        Path file = null;
        int rounds = 50;
        int sqlRounds = 3;
        boolean routes = false;
        for (int i = 0; i < args.size(); i++) {
            String value = i + 1 < args.size() ? args.get(i + 1) : null;
            switch (args.get(i)) {
                case "--queries" -> file = Path.of(value);
                case "--rounds" -> rounds = Integer.parseInt(value);
                case "--sql-rounds" -> sqlRounds = Integer.parseInt(value);
                case "--routes" -> {
                    routes = true;
                    continue; // no value
                }
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
        double lucene = lucene(queries, rounds, routes, out);
        double service = service(queries, rounds, out);
        double sql = sql(queries, sqlRounds, out);
        out.printf(Locale.ROOT, "RESULT lucene_ms_per_query=%.3f service_ms_per_query=%.3f sql_ms_per_query=%.1f"
                + " speedup_lucene_vs_sql=%.0f%n", lucene, service, sql, sql / lucene);
        return 0;
    }

    /**
     * Average milliseconds per query over {@code rounds} rounds of all queries, after as many warm-up
     * rounds: the very Lucene query the platform's search runs for each line (its words, synonyms,
     * proximity and filters, {@link SearchService#luceneQuery}), its first page by score with the exact
     * total, on the index directory opened here, without facets, stored fields or snippets.
     */
    private double lucene(List<BenchQuery> queries, int rounds, boolean routes, PrintStream out) throws CommandException {
        Path directory = Path.of(indexRoot, PracticeIndexFields.INDEX);
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(directory))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            List<Query> built = queries.stream().map(q -> search.luceneQuery(q.toSearchQuery())).toList();
            for (int i = 0; i < built.size(); i++) {
                TopDocs top = searcher.search(built.get(i), new TopScoreDocCollectorManager(queries.get(i).size(),
                        Integer.MAX_VALUE));
                out.printf(Locale.ROOT, "lucene  %-60s %7d trafień%n", queries.get(i).line(), top.totalHits.value);
            }
            for (int r = 0; r < rounds; r++) { // warm-up
                for (int i = 0; i < built.size(); i++) {
                    searcher.search(built.get(i), new TopScoreDocCollectorManager(queries.get(i).size(),
                            Integer.MAX_VALUE));
                }
            }
            long started = System.nanoTime();
            for (int r = 0; r < rounds; r++) {
                for (int i = 0; i < built.size(); i++) {
                    searcher.search(built.get(i), new TopScoreDocCollectorManager(queries.get(i).size(),
                            Integer.MAX_VALUE));
                }
            }
            double ms = (System.nanoTime() - started) / 1e6 / rounds / built.size();
            out.printf(Locale.ROOT, "lucene: %d dokumentów w indeksie, %.3f ms na zapytanie (%d rund)%n",
                    reader.numDocs(), ms, rounds);
            if (routes) {
                QueryRoutes.print(searcher, built, queries.stream().map(BenchQuery::size).toList(), rounds, out);
            }
            return ms;
        }
        catch (IOException e) {
            throw new CommandException("nie można otworzyć indeksu " + directory + ": " + e.getMessage());
        }
    }

    /**
     * The whole search of the platform in this process, as the API asks for it (first page of
     * its size, all facets, snippets), without HTTP: the time between the raw Lucene floor and
     * the HTTP latency.
     */
    private double service(List<BenchQuery> queries, int rounds, PrintStream out) {
        List<SearchQuery> built = queries.stream().map(BenchQuery::toSearchQuery).toList();
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
                jdbc.sql("select p.id, p.title" + where + " order by p.id desc limit " + q.size()).params(params)
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
