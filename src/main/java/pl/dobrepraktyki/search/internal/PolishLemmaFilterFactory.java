package pl.dobrepraktyki.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.IStemmer;
import morfologik.stemming.WordData;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Lucene's {@code morfologik} filter (Polish lemmas from the morfologik dictionary) with the lemmas of
 * each word remembered: the dictionary lookup and the splitting of its grammatical tags were ~40 % of
 * the indexing time, while a base of practices uses a few ten thousand distinct words again and again.
 * The tokens are the same as {@code morfologik}'s (each lemma at the word's position, the word itself
 * when the dictionary does not know it); the grammatical tags, which nothing here reads, are left out.
 */
public class PolishLemmaFilterFactory extends TokenFilterFactory {

    public static final String NAME = "polishLemma";

    /** Words remembered; past this the memory is cleared (a new base of words, or garbage). */
    static final int CACHE_WORDS = 200_000;

    private static final String[] UNKNOWN = new String[0];
    private static final Map<String, String[]> LEMMAS = new ConcurrentHashMap<>();
    private static volatile Dictionary dictionary;

    public PolishLemmaFilterFactory(Map<String, String> args) {
        super(args);
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("Unknown parameters: " + args);
        }
    }

    /** For Lucene's service loader. */
    public PolishLemmaFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new PolishLemmaFilter(input, new DictionaryLookup(dictionary()));
    }

    /** The Polish dictionary that Lucene's {@code morfologik} filter uses by default. */
    private static Dictionary dictionary() {
        if (dictionary == null) {
            try {
                dictionary = Dictionary.read(PolishLemmaFilterFactory.class.getClassLoader()
                        .getResource("morfologik/stemming/polish/polish.dict"));
            }
            catch (IOException e) {
                throw new java.io.UncheckedIOException("the Polish morfologik dictionary cannot be read", e);
            }
        }
        return dictionary;
    }

    /**
     * True when the dictionary knows the word (any case) as some inflected form: its lemma fields then
     * find it, and the folded prefixes, meant for words typed without Polish letters, add nothing.
     */
    public static boolean knows(String word) {
        return !lemmas(word).isEmpty();
    }

    /** The distinct lemmas of a word (any case), empty when the dictionary does not know it. */
    public static List<String> lemmas(String word) {
        return List.of(lemmas(word.toLowerCase(java.util.Locale.ROOT), new DictionaryLookup(dictionary())));
    }

    /** What may have been typed for each Polish letter by someone typing without them. */
    private static final Map<Character, String> POLISH_LETTERS = Map.of('a', "ą", 'c', "ć", 'e', "ę", 'l', "ł",
            'n', "ń", 'o', "ó", 's', "ś", 'z', "źż");

    /** A word that could be spelt in more ways than this with Polish letters is not tried. */
    static final int MAX_SPELLINGS = 4096;

    private static final Map<String, List<String>> SPELLINGS = new ConcurrentHashMap<>();

    /**
     * The words the dictionary knows that are this word written with Polish letters, each another word
     * (lemma) than the word as typed and the spellings before it: "zrodla" → źródła, "szkol" → szkół,
     * "ogrod" → ogród, "budzetu" → budżetu, "wymiana" → none ("wymianą" is the same word). Empty
     * for a word that has Polish letters, that no such word matches, or that could be spelt in more
     * than {@value #MAX_SPELLINGS} ways (every spelling is looked up).
     */
    public static List<String> withPolishLetters(String word) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        if (!withoutPolishLetters(lower)) {
            return List.of();
        }
        List<String> known = SPELLINGS.get(lower);
        if (known != null) {
            return known;
        }
        long spellings = 1;
        for (char c : lower.toCharArray()) {
            spellings *= 1 + POLISH_LETTERS.getOrDefault(c, "").length();
        }
        List<String> found = new ArrayList<>();
        if (spellings > 1 && spellings <= MAX_SPELLINGS) {
            spell(lower.toCharArray(), 0, false, new DictionaryLookup(dictionary()), found);
        }
        // only the spellings that are another word: "wymianą" is a form of "wymiana" as typed, "pieców" and
        // "piecom" are the same word
        java.util.Set<String> words = new java.util.HashSet<>(lemmas(word));
        found.removeIf(spelling -> !words.addAll(lemmas(spelling)));
        if (SPELLINGS.size() >= CACHE_WORDS) {
            SPELLINGS.clear();
        }
        SPELLINGS.put(lower, List.copyOf(found));
        return SPELLINGS.get(lower);
    }

    /** True when the text has no letter outside the English alphabet: typed without Polish letters. */
    public static boolean withoutPolishLetters(String text) {
        return text.codePoints().noneMatch(c -> Character.isLetter(c) && c > 0x7f);
    }

    /** Every spelling of the letters from {@code at} on; the known ones with a Polish letter into {@code found}. */
    private static void spell(char[] letters, int at, boolean changed, IStemmer stemmer, List<String> found) {
        if (at == letters.length) {
            if (changed && !stemmer.lookup(new String(letters)).isEmpty()) {
                found.add(new String(letters));
            }
            return;
        }
        char typed = letters[at];
        spell(letters, at + 1, changed, stemmer, found);
        for (char polish : POLISH_LETTERS.getOrDefault(typed, "").toCharArray()) {
            letters[at] = polish;
            spell(letters, at + 1, true, stemmer, found);
        }
        letters[at] = typed;
    }

    /** The distinct lemmas of a word (lower case already), empty when the dictionary does not know it. */
    static String[] lemmas(String word, IStemmer stemmer) {
        String[] known = LEMMAS.get(word);
        if (known != null) {
            return known;
        }
        List<WordData> found = stemmer.lookup(word);
        String[] lemmas;
        if (found.isEmpty()) {
            lemmas = UNKNOWN;
        }
        else {
            List<String> distinct = new ArrayList<>(found.size());
            for (WordData data : found) {
                String stem = data.getStem().toString();
                if (!distinct.contains(stem)) {
                    distinct.add(stem);
                }
            }
            lemmas = distinct.toArray(String[]::new);
        }
        if (LEMMAS.size() >= CACHE_WORDS) {
            LEMMAS.clear();
        }
        LEMMAS.put(word, lemmas);
        return lemmas;
    }

    private static final class PolishLemmaFilter extends TokenFilter {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
        private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
        private final IStemmer stemmer;
        private String[] pending = UNKNOWN;
        private int next;
        private State word;

        PolishLemmaFilter(TokenStream input, IStemmer stemmer) {
            super(input);
            this.stemmer = stemmer;
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (next < pending.length) {
                restoreState(word);
                position.setPositionIncrement(0);
                term.setEmpty().append(pending[next++]);
                return true;
            }
            if (!input.incrementToken()) {
                return false;
            }
            pending = UNKNOWN;
            next = 0;
            if (keyword.isKeyword()) {
                return true;
            }
            String[] lemmas = lemmas(term.toString(), stemmer);
            if (lemmas.length > 0) {
                word = captureState();
                pending = lemmas;
                next = 1;
                term.setEmpty().append(lemmas[0]);
            }
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            pending = UNKNOWN;
            next = 0;
            word = null;
        }
    }
}
