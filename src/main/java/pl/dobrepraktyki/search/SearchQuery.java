package pl.dobrepraktyki.search;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What someone searches for: words (may be empty: everything), filters by facet (values of one facet
 * are alternatives, facets are combined), order, and the page (from 0).
 */
public record SearchQuery(String text, Map<SearchFacet, Set<String>> filters, Order order, int page, int size) {

    public static final int MAX_TEXT = 200;
    public static final int MAX_SIZE = 100;
    /**
     * How deep one can page: the hits up to this one (like Elasticsearch's {@code max_result_window}).
     * A page deeper would make the index collect that many hits in memory; narrowing the search is the
     * way to what lies beyond.
     */
    public static final int MAX_RESULTS = 10_000;

    public enum Order { RELEVANCE, NEWEST, TITLE }

    public SearchQuery {
        text = text == null || text.isBlank() ? null : text.strip();
        if (text != null && text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT);
        }
        Map<SearchFacet, Set<String>> copy = new EnumMap<>(SearchFacet.class);
        if (filters != null) {
            filters.forEach((facet, values) -> {
                Set<String> clean = new LinkedHashSet<>();
                values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).forEach(clean::add);
                if (!clean.isEmpty()) {
                    copy.put(facet, Collections.unmodifiableSet(clean));
                }
            });
        }
        filters = Collections.unmodifiableMap(copy);
        order = order == null ? (text == null ? Order.NEWEST : Order.RELEVANCE) : order;
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
        }
        if ((long) page * size + size > MAX_RESULTS) {
            throw new IllegalArgumentException("only the first " + MAX_RESULTS
                    + " results can be paged through (page * size + size); narrow the search with words or filters");
        }
    }

    public static SearchQuery text(String text) {
        return new SearchQuery(text, Map.of(), null, 0, 20);
    }
}
