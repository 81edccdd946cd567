package pl.dobrepraktyki.search;

import java.util.List;
import java.util.Locale;

/**
 * Another kind of content that the search page lists beside the practices when its words match
 * (competition editions, exchange-group meetings, …). A module implements it as a bean; the search
 * page shows each source's matches under its own heading, above the practices.
 */
public interface SearchSource {

    /** Message key of the heading, e.g. "competition.search.heading". */
    String headingKey();

    /** Display order among the sources (lower first). */
    default int order() {
        return 100;
    }

    /** Up to {@code limit} public matches for the words as typed (three letters or more). */
    List<Match> find(String text, Locale locale, int limit);

    /** One match: what it is called, where it is, and a short line under it (may be null). */
    record Match(String label, String url, String detail) {
    }

    /**
     * True when every word of the query (three letters or more, except the stop words: "jak", "inne")
     * occurs in one of the texts, with or
     * without Polish letters and in another inflected form: the first five letters of each word are
     * compared ("budzetu obywatelskiego" matches "Budżet obywatelski"). For small sets of records
     * (editions, groups, meetings) that are not in the full-text index.
     */
    static boolean matchesAllWords(String query, String... texts) {
        StringBuilder all = new StringBuilder();
        for (String text : texts) {
            if (text != null) {
                all.append(' ').append(SearchService.fold(text));
            }
        }
        String haystack = all.toString();
        List<String> words = Synonyms.words(SearchService.fold(query)).stream().filter(word -> word.length() >= 3)
                .toList();
        List<String> sought = words.stream().filter(word -> !StopWords.contains(word)).toList();
        return !words.isEmpty() && (sought.isEmpty() ? words : sought).stream()
                .allMatch(word -> haystack.contains(word.substring(0, Math.min(5, word.length()))));
    }
}
