package pl.dobrepraktyki.search;

import java.util.List;
import java.util.Locale;

/**
 * Another kind of content that the search page lists beside the practices when its words match
 * (competition editions, exchange-group meetings, news…). A module implements it as a bean; the search
 * page shows each source's matches under its own heading, above the practices, and offers each source
 * as a value of the facet "rodzaj treści" ({@link #kind()}), which lists that source's matches alone.
 * A source finds its records in their own index ({@link IndexedContent}, {@link SearchService#findContent}),
 * not by reading all of them.
 */
public interface SearchSource {

    /** Message key of the heading, e.g. "competition.search.heading"; it names the facet value too. */
    String headingKey();

    /** The source's value of the facet "rodzaj treści" in the page's address ({@code tresc=}), e.g. "konkursy". */
    String kind();

    /** Display order among the sources (lower first). */
    default int order() {
        return 100;
    }

    /** Up to {@code limit} public matches for the words as typed (three letters or more). */
    List<Match> find(String text, Locale locale, int limit);

    /** How many public matches there are for the words as typed (all that {@link #find} could list). */
    long count(String text);

    /** One match: what it is called, where it is, and a short line under it (may be null). */
    record Match(String label, String url, String detail) {
    }
}
