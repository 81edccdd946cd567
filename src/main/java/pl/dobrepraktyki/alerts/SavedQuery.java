package pl.dobrepraktyki.alerts;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import pl.dobrepraktyki.search.SearchFacet;
import pl.dobrepraktyki.search.SearchQuery;

/**
 * A search as the address of {@code /szukaj} holds it: the words ({@code q}) and the facet filters
 * (one parameter per facet, repeated for alternatives). Other parameters (order, page) are not kept.
 */
public record SavedQuery(String text, Map<SearchFacet, Set<String>> filters) {

    public SavedQuery {
        SearchQuery normal = new SearchQuery(text, filters, null, 0, 1);
        text = normal.text();
        filters = normal.filters();
    }

    /** The search of these request parameters (those of {@code /szukaj}). */
    public static SavedQuery of(MultiValueMap<String, String> params) {
        Map<SearchFacet, Set<String>> filters = new EnumMap<>(SearchFacet.class);
        for (SearchFacet facet : SearchFacet.values()) {
            List<String> values = params.get(facet.param());
            if (values != null) {
                filters.put(facet, new LinkedHashSet<>(values));
            }
        }
        return new SavedQuery(params.getFirst("q"), filters);
    }

    /** The search of a stored query string ({@link #toQueryString()}). */
    public static SavedQuery parse(String queryString) {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        if (queryString != null && !queryString.isEmpty()) {
            for (String pair : queryString.split("&")) {
                int eq = pair.indexOf('=');
                String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                params.add(key, value);
            }
        }
        return of(params);
    }

    /** The query string ({@code q=...&dzial=...}, each part URL-encoded), empty for a search of everything. */
    public String toQueryString() {
        StringBuilder query = new StringBuilder();
        if (text != null) {
            append(query, "q", text);
        }
        filters.forEach((facet, values) -> values.forEach(v -> append(query, facet.param(), v)));
        return query.toString();
    }

    private static void append(StringBuilder query, String name, String value) {
        if (!query.isEmpty()) {
            query.append('&');
        }
        query.append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }

    /** The address of the search page with this search. */
    public String searchUrl() {
        String query = toQueryString();
        return query.isEmpty() ? "/szukaj" : "/szukaj?" + query;
    }

    public SearchQuery toSearchQuery(int size) {
        return new SearchQuery(text, filters, SearchQuery.Order.NEWEST, 0, size);
    }
}
