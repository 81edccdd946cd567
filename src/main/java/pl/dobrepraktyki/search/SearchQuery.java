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
    }

    public static SearchQuery text(String text) {
        return new SearchQuery(text, Map.of(), null, 0, 20);
    }
}
