package pl.dobrepraktyki.search.internal;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

import static pl.dobrepraktyki.search.internal.PolishAnalysisConfigurer.FOLDED;
import static pl.dobrepraktyki.search.internal.PolishAnalysisConfigurer.FOLDED_QUERY;
import static pl.dobrepraktyki.search.internal.PolishAnalysisConfigurer.NORMALIZER;
import static pl.dobrepraktyki.search.internal.PolishAnalysisConfigurer.POLISH;
import static pl.dobrepraktyki.search.internal.PolishAnalysisConfigurer.POLISH_QUERY;
import static pl.dobrepraktyki.search.internal.PolishAnalysisConfigurer.POLISH_UNKNOWN_QUERY;

/**
 * Polish analysis for an OpenSearch 2.x / Elasticsearch 8.x cluster (profile {@code opensearch}):
 * the analyzers of {@link PolishAnalysisConfigurer} under the same names, so the mapping is the same
 * on both backends. The engine has no morfologik, so lemmas come from its built-in hunspell token
 * filter with the Polish dictionary ({@code pl_PL.aff}/{@code pl_PL.dic} of Debian's
 * {@code hunspell-pl}, which must be in {@code <config>/hunspell/pl_PL/} of every node). The domain
 * synonyms are not part of the analysis: the search expands a query with them before it builds the
 * predicate ({@code SynonymService}), the same on both backends.
 */
public class PolishElasticsearchAnalysisConfigurer implements ElasticsearchAnalysisConfigurer {

    static final String HUNSPELL = "bdp_pl_hunspell";
    static final String PREFIX = "bdp_prefix5";
    static final String MARK = "bdp_mark";
    static final String FOLDED_COPY = "bdp_folded_copy";

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.tokenFilter(HUNSPELL).type("hunspell")
                .param("locale", "pl_PL")
                .param("dedup", true);
        context.tokenFilter(PREFIX).type("truncate")
                .param("length", PolishAnalysisConfigurer.PREFIX_LENGTH);
        // FoldedCopyFilterFactory: each token kept, and at its position its folded form marked with "~"
        // (here added to every token, not only to those with Polish letters)
        context.tokenFilter(MARK).type("pattern_replace")
                .param("pattern", "^(.+)$")
                .param("replacement", FoldedCopyFilterFactory.MARK + "$1");
        context.tokenFilter(FOLDED_COPY).type("multiplexer")
                .param("filters", new String[] { "asciifolding, " + MARK }) // one chain: fold, then mark
                .param("preserve_original", true);
        // remove_duplicates = Lucene's removeDuplicates: drops repeated tokens at the same position only
        context.analyzer(POLISH).custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", HUNSPELL, FOLDED_COPY, "remove_duplicates");
        context.analyzer(POLISH_QUERY).custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", HUNSPELL, "remove_duplicates");
        context.analyzer(POLISH_UNKNOWN_QUERY).custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding", FOLDED_COPY, "remove_duplicates");
        context.analyzer(FOLDED).custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding", PREFIX);
        context.analyzer(FOLDED_QUERY).custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding", PREFIX);
        context.normalizer(NORMALIZER).custom()
                .tokenFilters("lowercase", "asciifolding");
    }
}
