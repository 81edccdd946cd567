package pl.dobrepraktyki.search;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Records of another module that the search finds beside the practices (competition editions, groups,
 * meetings), kept in the full-text index of their own so that finding them does not read every record:
 * a module declares one as a bean (with no dependencies: it is read while the index mapping is built),
 * and its {@link SearchSource} asks {@link SearchService#findContent} for the records matching a query.
 * The index follows every change of the records by itself (as for practices); the {@code reindex}
 * command rebuilds it too.
 *
 * @param type the entity
 * @param index the name of its index
 * @param text the words it is found by (name, topic, place…), one text
 * @param newest the order of the matches, the largest first (a date, a year)
 * @param properties the entity's properties that {@code text}, {@code newest} and {@code kind} read, so that
 *        a change of any of them updates the index
 * @param kind the kind of a record when one type holds several (news, publications, pages), which
 *        {@link SearchService#findContent(Class, String, String, int)} filters by; {@code null} for none
 */
public record IndexedContent<T>(Class<T> type, String index, Function<T, String> text, ToLongFunction<T> newest,
        List<String> properties, Function<T, String> kind) {

    /** Records of one kind. */
    public IndexedContent(Class<T> type, String index, Function<T, String> text, ToLongFunction<T> newest,
            List<String> properties) {
        this(type, index, text, newest, properties, record -> null);
    }

    /** The field of the text as lemmas. */
    public static final String TEXT = "text";
    /** The field of the text as folded prefixes (with or without Polish letters, any inflected form). */
    public static final String TEXT_FOLDED = "text_folded";
    /** The sortable field of {@code newest}. */
    public static final String NEWEST = "newest";
    /** The keyword field of {@code kind}. */
    public static final String KIND = "kind";

    /** The texts that are there, one after another: the words of a record for {@code text}. */
    public static String words(String... texts) {
        return String.join(" ", java.util.Arrays.stream(texts).filter(t -> t != null).toList());
    }
}
