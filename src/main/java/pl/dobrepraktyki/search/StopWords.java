package pl.dobrepraktyki.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The words of a query that say how it is asked rather than what is sought ("jak", "inne", "w",
 * "dla"; the list is {@code search/stop-words.txt}). A practice need not contain them: "jak inne
 * gminy prowadzą budżet obywatelski" asks for "gminy prowadzą budżet obywatelski". They stay in the
 * index, so a quoted phrase still finds them.
 */
final class StopWords {

    private static final Set<String> WORDS = load();

    private StopWords() {
    }

    /** True when the word (any case, with or without Polish letters) is a stop word. */
    static boolean contains(String word) {
        return WORDS.contains(SearchService.fold(word));
    }

    /** The spans without the single stop words; all of them when nothing else is left. */
    static List<Synonyms.Span> dropFrom(List<Synonyms.Span> spans) {
        List<Synonyms.Span> sought = spans.stream()
                .filter(span -> span.synonym() || !contains(span.words().get(0)))
                .toList();
        return sought.isEmpty() ? spans : sought;
    }

    private static Set<String> load() {
        try (var in = StopWords.class.getResourceAsStream("/search/stop-words.txt");
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(SearchService::fold).collect(Collectors.toUnmodifiableSet());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
