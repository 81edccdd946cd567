package pl.dobrepraktyki.search;

import java.util.List;
import java.util.Map;

/**
 * A page of search results: the total number of matching practices, the hits of this page with a
 * highlighted snippet (HTML-escaped text with {@code <mark>} around the matched words), and the facet
 * counts over all matching practices. {@code mostWords}: few practices (namely {@code allWords})
 * matched every word, so these match most of them (a question typed as a sentence), those with every
 * word first; without it {@code allWords} equals {@code total}.
 */
public record SearchResults(long total, List<Hit> hits, Map<SearchFacet, Map<String, Long>> facets,
        boolean mostWords, long allWords) {

    public record Hit(long id, String title, String leadUnitTeryt, String leadUnitName, float score,
            String snippet) {
    }
}
