package pl.dobrepraktyki.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import pl.dobrepraktyki.search.internal.FoldedCopyFilterFactory;
import pl.dobrepraktyki.search.internal.PolishLemmaFilterFactory;

/**
 * The synonym groups as a query meets them: the query's words are cut into spans, each either one
 * word or the longest run of words that is a term of a group, in any inflected form, without case, and
 * without Polish letters when typed so ("ośrodka pomocy społecznej" and "osrodek pomocy spolecznej" are
 * the term "ośrodek pomocy społecznej"; "pięciu", lemma pięć, is not the term "piec", as the search
 * does not find one for the other). Such a span then matches when any term of its group matches. Immutable;
 * {@link SynonymService#current()} gives the one in use.
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

    /** A term of a group: the forms each of its words may take, and every term of its group. */
    private record Term(List<Set<String>> forms, List<List<String>> group, int order) {

        /** Longer, or as long and in an earlier group. */
        boolean before(Term other) {
            return other == null || forms.size() > other.forms.size()
                    || forms.size() == other.forms.size() && order < other.order;
        }
    }

    /** The terms by every form of their first word. */
    private final Map<String, List<Term>> termsByFirstWord = new HashMap<>();

    /** From groups of terms as editors wrote them; a term in two groups belongs to the first. */
    Synonyms(List<List<String>> groups) {
        for (int order = 0; order < groups.size(); order++) {
            List<List<String>> terms = groups.get(order).stream().map(Synonyms::words).filter(w -> !w.isEmpty())
                    .toList();
            for (List<String> words : terms) {
                Term term = new Term(words.stream().map(Synonyms::termForms).toList(), terms, order);
                term.forms().get(0).forEach(form -> termsByFirstWord.computeIfAbsent(form, f -> new ArrayList<>()).add(term));
            }
        }
    }

    /** The query's words (as the search cut them) in spans, left to right, each term span as long as it can be. */
    List<Span> spans(List<String> words) {
        // as the search: in a query without Polish letters, a word the dictionary knows may be meant with them
        boolean plain = words.stream().allMatch(PolishLemmaFilterFactory::withoutPolishLetters);
        List<Set<String>> forms = words.stream().map(word -> queryForms(word, plain)).toList();
        List<Span> spans = new ArrayList<>();
        int start = 0;
        while (start < words.size()) {
            Term found = longestTermAt(forms, start);
            int length = found == null ? 1 : found.forms().size();
            spans.add(new Span(List.copyOf(words.subList(start, start + length)),
                    found == null ? List.of() : found.group()));
            start += length;
        }
        return spans;
    }

    private Term longestTermAt(List<Set<String>> forms, int start) {
        Term longest = null;
        for (String form : forms.get(start)) {
            for (Term term : termsByFirstWord.getOrDefault(form, List.of())) {
                if (term.before(longest) && isAt(term, forms, start)) {
                    longest = term;
                }
            }
        }
        return longest;
    }

    private static boolean isAt(Term term, List<Set<String>> forms, int start) {
        if (start + term.forms().size() > forms.size()) {
            return false;
        }
        for (int i = 1; i < term.forms().size(); i++) {
            if (Collections.disjoint(term.forms().get(i), forms.get(start + i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The forms a query word is matched by, as the search matches it: a word the dictionary knows as
     * itself and its lemmas, lower case; another ("osrodka", typed without Polish letters) as itself
     * without them, marked as {@link #termForms} has it; and either, when typed without Polish letters
     * (a known word only in a query without any: {@code plain}), as the words it is with them
     * ("ośrodka", "szkół" of "szkol") with their lemmas.
     */
    private static Set<String> queryForms(String word, boolean plain) {
        Set<String> forms = new LinkedHashSet<>();
        List<String> lemmas = PolishLemmaFilterFactory.lemmas(word);
        if (lemmas.isEmpty()) {
            forms.add(FoldedCopyFilterFactory.marked(word));
        }
        else {
            forms.add(word.toLowerCase(Locale.ROOT));
            lemmas.forEach(lemma -> forms.add(lemma.toLowerCase(Locale.ROOT)));
        }
        if (lemmas.isEmpty() || plain) {
            for (String spelling : PolishLemmaFilterFactory.withPolishLetters(word)) {
                forms.add(spelling);
                PolishLemmaFilterFactory.lemmas(spelling).forEach(lemma -> forms.add(lemma.toLowerCase(Locale.ROOT)));
            }
        }
        return forms;
    }

    /** The forms of a term's word: itself and its lemmas, lower case, each also marked without Polish letters. */
    private static Set<String> termForms(String word) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(word.toLowerCase(Locale.ROOT));
        PolishLemmaFilterFactory.lemmas(word).forEach(lemma -> forms.add(lemma.toLowerCase(Locale.ROOT)));
        new ArrayList<>(forms).forEach(form -> forms.add(FoldedCopyFilterFactory.marked(form)));
        return forms;
    }

    /** The words of a term or a query: "partnerstwo publiczno-prywatne" → partnerstwo, publiczno, prywatne. */
    static List<String> words(String text) {
        return Arrays.stream(NOT_A_WORD.split(text)).filter(w -> !w.isEmpty()).toList();
    }

    /**
     * True when a query meets the two terms as one: as many words, and each word of one, typed as a
     * query, is the word of the other at its place, in any form ("pomoc społeczna" and "pomocy
     * społecznej", "Ośrodek Pomocy" and "osrodek pomocy").
     */
    static boolean sameInQueries(String a, String b) {
        List<String> first = words(a);
        List<String> second = words(b);
        if (first.size() != second.size()) {
            return false;
        }
        for (int i = 0; i < first.size(); i++) {
            // typed as a query without Polish letters, as officials often do
            if (Collections.disjoint(queryForms(first.get(i), true), termForms(second.get(i)))
                    && Collections.disjoint(queryForms(second.get(i), true), termForms(first.get(i)))) {
                return false;
            }
        }
        return true;
    }

    /** What two terms share when they are the same term: their words lower case, without Polish letters. */
    static String key(List<String> words) {
        return words.stream().map(SearchService::fold).collect(Collectors.joining(" "));
    }
}
