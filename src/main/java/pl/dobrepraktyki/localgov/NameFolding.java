package pl.dobrepraktyki.localgov;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds a name for searching: lower case, Polish letters to ASCII (ą→a, ł→l, ż→z, …), every run of
 * other characters (spaces, hyphens, dots) to one space. {@code "Kędzierzyn-Koźle"} and
 * {@code "kedzierzyn kozle"} fold to the same text.
 */
public final class NameFolding {

    private NameFolding() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String lower = text.toLowerCase(Locale.ROOT).replace('ł', 'l');
        String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
        StringBuilder folded = new StringBuilder(decomposed.length());
        boolean pendingSpace = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (pendingSpace && folded.length() > 0) {
                    folded.append(' ');
                }
                pendingSpace = false;
                folded.append(c);
            }
            else {
                pendingSpace = true;
            }
        }
        return folded.toString();
    }
}
