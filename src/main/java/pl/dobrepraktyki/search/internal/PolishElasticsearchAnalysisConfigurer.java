package pl.dobrepraktyki.search.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

import static pl.dobrepraktyki.search.internal.PolishAnalysisConfigurer.FOLDED;
import static pl.dobrepraktyki.search.internal.PolishAnalysisConfigurer.FOLDED_QUERY;
import static pl.dobrepraktyki.search.internal.PolishAnalysisConfigurer.NORMALIZER;
import static pl.dobrepraktyki.search.internal.PolishAnalysisConfigurer.POLISH;
import static pl.dobrepraktyki.search.internal.PolishAnalysisConfigurer.POLISH_QUERY;
import static pl.dobrepraktyki.search.internal.PolishAnalysisConfigurer.SYNONYMS;

/**
 * Polish analysis for an OpenSearch 2.x / Elasticsearch 8.x cluster (profile {@code opensearch}):
 * the analyzers of {@link PolishAnalysisConfigurer} under the same names, so the mapping is the same
 * on both backends. The engine has no morfologik, so lemmas come from its built-in hunspell token
 * filter with the Polish dictionary ({@code pl_PL.aff}/{@code pl_PL.dic} of Debian's
 * {@code hunspell-pl}, which must be in {@code <config>/hunspell/pl_PL/} of every node). The domain
 * synonyms are sent inline, read from {@code search/synonyms.txt} on our classpath at start, because
 * the engine cannot read that file.
 */
public class PolishElasticsearchAnalysisConfigurer implements ElasticsearchAnalysisConfigurer {

    static final String HUNSPELL = "bdp_pl_hunspell";
    static final String PREFIX = "bdp_prefix5";
    static final String SYNONYM_GRAPH = "bdp_synonyms";

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.tokenFilter(HUNSPELL).type("hunspell")
                .param("locale", "pl_PL")
                .param("dedup", true);
        context.tokenFilter(PREFIX).type("truncate")
                .param("length", PolishAnalysisConfigurer.PREFIX_LENGTH);
        // lenient: a rule that the chain before the filter cannot parse is skipped, not fatal at start
        context.tokenFilter(SYNONYM_GRAPH).type("synonym_graph")
                .param("synonyms", synonyms().toArray(String[]::new))
                .param("lenient", true);

        // remove_duplicates = Lucene's removeDuplicates: drops repeated tokens at the same position only
        context.analyzer(POLISH).custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", HUNSPELL, "asciifolding", "remove_duplicates");
        context.analyzer(POLISH_QUERY).custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", SYNONYM_GRAPH, HUNSPELL, "asciifolding", "remove_duplicates");
        context.analyzer(FOLDED).custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding", PREFIX);
        context.analyzer(FOLDED_QUERY).custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding", SYNONYM_GRAPH, PREFIX);
        context.normalizer(NORMALIZER).custom()
                .tokenFilters("lowercase", "asciifolding");
    }

    /** The synonym rules of {@code search/synonyms.txt} (Solr format), without comments and blank lines. */
    static List<String> synonyms() {
        try (InputStream in = PolishElasticsearchAnalysisConfigurer.class.getClassLoader()
                .getResourceAsStream(SYNONYMS)) {
            if (in == null) {
                throw new IllegalStateException("Missing the synonyms of the search on the classpath: " + SYNONYMS);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + SYNONYMS, e);
        }
    }
}
