package pl.dobrepraktyki.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The synonym groups as a query meets them: the query's words are cut into spans, each either one
 * word or the longest run of words that equals a term of a group (without case and without Polish
 * letters: "osrodek pomocy spolecznej" is the term "ośrodek pomocy społecznej"). Such a span then
 * matches when any term of its group matches. Immutable; {@link SynonymService#current()} gives the
 * one in use.
 */
final class Synonyms {

    /** Words as the search cuts a query into them: a hyphen or any other sign separates words. */
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** A run of a query's words: one word ({@code terms} empty), or a term with every term of its group as words. */
    record Span(List<String> words, List<List<String>> terms) {

        boolean synonym() {
            return !terms.isEmpty();
        }
    }

    private final Map<String, List<List<String>>> groupsByTerm = new HashMap<>();
    private final int longestTerm;

    /** From groups of terms as editors wrote them; a term in two groups belongs to the first. */
    Synonyms(List<List<String>> groups) {
        int longest = 0;
        for (List<String> group : groups) {
            List<List<String>> terms = group.stream().map(Synonyms::words).filter(w -> !w.isEmpty()).toList();
            for (List<String> term : terms) {
                groupsByTerm.putIfAbsent(key(term), terms);
                longest = Math.max(longest, term.size());
            }
        }
        this.longestTerm = longest;
    }

    /** The query's words (as the search cut them) in spans, left to right, each term span as long as it can be. */
    List<Span> spans(List<String> words) {
        List<Span> spans = new ArrayList<>();
        int start = 0;
        while (start < words.size()) {
            int length = Math.min(longestTerm, words.size() - start);
            List<List<String>> terms = null;
            for (; length > 0; length--) {
                terms = groupsByTerm.get(key(words.subList(start, start + length)));
                if (terms != null) {
                    break;
                }
            }
            if (terms == null) {
                length = 1;
                terms = List.of();
            }
            spans.add(new Span(List.copyOf(words.subList(start, start + length)), terms));
            start += length;
        }
        return spans;
    }

    /** The words of a term or a query: "partnerstwo publiczno-prywatne" → partnerstwo, publiczno, prywatne. */
    static List<String> words(String text) {
        return Arrays.stream(NOT_A_WORD.split(text)).filter(w -> !w.isEmpty()).toList();
    }

    /** What two terms share when they are the same term: their words lower case, without Polish letters. */
    static String key(List<String> words) {
        return words.stream().map(SearchService::fold).collect(Collectors.joining(" "));
    }
}
