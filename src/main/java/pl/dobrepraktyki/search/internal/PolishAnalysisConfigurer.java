package pl.dobrepraktyki.search.internal;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * Polish analysis for the Lucene backend (see STACK-NOTES): every text is indexed twice, as
 * morfologik lemmas with their forms without Polish letters marked ({@link PolishLemmaFilterFactory},
 * {@link FoldedCopyFilterFactory}, {@value #POLISH}: "budżetu obywatelskiego" → budżet ~budzet
 * obywatelski) and as folded 5-letter prefixes ({@value #FOLDED}), because morfologik does not know
 * words typed without Polish letters ("zrodla"). A query word the dictionary knows is matched as its
 * lemmas ({@value #POLISH_QUERY}), one it does not know as the marked folded form too
 * ({@value #POLISH_UNKNOWN_QUERY}: "budzet" → budzet ~budzet), and both by the prefixes; the domain synonyms (OPS ↔ ośrodek pomocy
 * społecznej, …) are not part of the analysis: editors keep them in the database and the search
 * expands a query with them before it builds the predicate ({@code SynonymService}).
 * {@link PolishElasticsearchAnalysisConfigurer} defines the same names for OpenSearch/Elasticsearch.
 */
public class PolishAnalysisConfigurer implements LuceneAnalysisConfigurer {

    public static final String POLISH = "polish";
    public static final String POLISH_QUERY = "polish_query";
    public static final String POLISH_UNKNOWN_QUERY = "polish_unknown_query";
    public static final String FOLDED = "polish_folded";
    public static final String FOLDED_QUERY = "polish_folded_query";
    public static final String NORMALIZER = "folded";
    /** Length of the folded prefixes ("źródłami" → zrodl). */
    public static final int PREFIX_LENGTH = 5;

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(POLISH).custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter(PolishLemmaFilterFactory.class)
                .tokenFilter(FoldedCopyFilterFactory.class)
                .tokenFilter("removeDuplicates");
        context.analyzer(POLISH_QUERY).custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter(PolishLemmaFilterFactory.class)
                .tokenFilter("removeDuplicates");
        context.analyzer(POLISH_UNKNOWN_QUERY).custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter(FastFoldingFilterFactory.class)
                .tokenFilter(FoldedCopyFilterFactory.class).param("always", "true")
                .tokenFilter("removeDuplicates");
        context.analyzer(FOLDED).custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter(FastFoldingFilterFactory.class)
                .tokenFilter("truncate").param("prefixLength", String.valueOf(PREFIX_LENGTH));
        context.analyzer(FOLDED_QUERY).custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter(FastFoldingFilterFactory.class)
                .tokenFilter("truncate").param("prefixLength", String.valueOf(PREFIX_LENGTH));
        context.normalizer(NORMALIZER).custom()
                .tokenFilter("lowercase")
                .tokenFilter(FastFoldingFilterFactory.class);
    }
}
