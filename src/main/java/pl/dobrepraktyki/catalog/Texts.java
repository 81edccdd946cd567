package pl.dobrepraktyki.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/** Small text helpers: blank becomes {@code null}, lists lose blanks and duplicates. */
final class Texts {

    private Texts() {
    }

    static String clean(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip().replace("\r\n", "\n");
        return stripped.isEmpty() ? null : stripped;
    }

    static List<String> cleanList(Collection<String> values) {
        if (values == null) {
            return List.of();
        }
        return values.stream().map(Texts::clean).filter(Objects::nonNull).distinct().toList();
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
