package pl.dobrepraktyki.editorial;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word-level difference of two texts (longest common subsequence over words and the whitespace
 * between them). Very long texts that differ in many places fall back to whole lines, so that a
 * diff never needs more than a few million cells.
 */
public final class TextDiff {

    /** Whether a piece of text is in both versions, only in the older or only in the newer. */
    public enum Kind {
        SAME, REMOVED, ADDED
    }

    /** A run of text of one kind. */
    public record Segment(Kind kind, String text) {

        public boolean same() {
            return kind == Kind.SAME;
        }

        public boolean removed() {
            return kind == Kind.REMOVED;
        }

        public boolean added() {
            return kind == Kind.ADDED;
        }
    }

    private static final Pattern WORDS = Pattern.compile("\\s+|[^\\s]+");
    private static final Pattern LINES = Pattern.compile("[^\\n]*\\n|[^\\n]+");
    private static final long MAX_CELLS = 4_000_000L;

    private TextDiff() {
    }

    /** The segments that turn {@code before} into {@code after}; {@code null} counts as empty. */
    public static List<Segment> between(String before, String after) {
        List<String> a = tokens(before == null ? "" : before, WORDS);
        List<String> b = tokens(after == null ? "" : after, WORDS);
        if (tooLarge(a, b)) {
            a = tokens(before == null ? "" : before, LINES);
            b = tokens(after == null ? "" : after, LINES);
        }
        return diff(a, b);
    }

    private static boolean tooLarge(List<String> a, List<String> b) {
        int prefix = commonPrefix(a, b);
        int suffix = commonSuffix(a, b, prefix);
        return (long) (a.size() - prefix - suffix) * (b.size() - prefix - suffix) > MAX_CELLS;
    }

    private static List<String> tokens(String text, Pattern pattern) {
        List<String> tokens = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    private static int commonPrefix(List<String> a, List<String> b) {
        int n = Math.min(a.size(), b.size());
        int i = 0;
        while (i < n && a.get(i).equals(b.get(i))) {
            i++;
        }
        return i;
    }

    private static int commonSuffix(List<String> a, List<String> b, int prefix) {
        int i = 0;
        while (i < a.size() - prefix && i < b.size() - prefix
                && a.get(a.size() - 1 - i).equals(b.get(b.size() - 1 - i))) {
            i++;
        }
        return i;
    }

    private static List<Segment> diff(List<String> a, List<String> b) {
        List<Segment> out = new ArrayList<>();
        int prefix = commonPrefix(a, b);
        int suffix = commonSuffix(a, b, prefix);
        add(out, Kind.SAME, String.join("", a.subList(0, prefix)));
        List<String> x = a.subList(prefix, a.size() - suffix);
        List<String> y = b.subList(prefix, b.size() - suffix);
        int n = x.size();
        int m = y.size();
        if ((long) n * m > MAX_CELLS) {
            add(out, Kind.REMOVED, String.join("", x));
            add(out, Kind.ADDED, String.join("", y));
        }
        else {
            int[][] lcs = new int[n + 1][m + 1];
            for (int i = n - 1; i >= 0; i--) {
                for (int j = m - 1; j >= 0; j--) {
                    lcs[i][j] = x.get(i).equals(y.get(j)) ? lcs[i + 1][j + 1] + 1
                            : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
                }
            }
            int i = 0;
            int j = 0;
            while (i < n && j < m) {
                if (x.get(i).equals(y.get(j))) {
                    add(out, Kind.SAME, x.get(i));
                    i++;
                    j++;
                }
                else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                    add(out, Kind.REMOVED, x.get(i++));
                }
                else {
                    add(out, Kind.ADDED, y.get(j++));
                }
            }
            while (i < n) {
                add(out, Kind.REMOVED, x.get(i++));
            }
            while (j < m) {
                add(out, Kind.ADDED, y.get(j++));
            }
        }
        add(out, Kind.SAME, String.join("", a.subList(a.size() - suffix, a.size())));
        return cleanup(out);
    }

    /**
     * Joins a change that only whitespace interrupts ("jednym opiekunem" → "dwoma opiekunami")
     * into one removed and one added run, so that readers see whole phrases.
     */
    private static List<Segment> cleanup(List<Segment> segments) {
        List<Segment> out = new ArrayList<>();
        StringBuilder removed = new StringBuilder();
        StringBuilder added = new StringBuilder();
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            boolean inChange = removed.length() > 0 || added.length() > 0;
            boolean gap = s.same() && s.text().isBlank() && inChange && i + 1 < segments.size()
                    && !segments.get(i + 1).same();
            if (s.removed() || gap) {
                removed.append(s.text());
            }
            if (s.added() || gap) {
                added.append(s.text());
            }
            if (s.same() && !gap) {
                flush(out, removed, added);
                add(out, Kind.SAME, s.text());
            }
        }
        flush(out, removed, added);
        return out;
    }

    private static void flush(List<Segment> out, StringBuilder removed, StringBuilder added) {
        add(out, Kind.REMOVED, removed.toString());
        add(out, Kind.ADDED, added.toString());
        removed.setLength(0);
        added.setLength(0);
    }

    /** Appends text, joining it to the last segment when that is of the same kind. */
    private static void add(List<Segment> out, Kind kind, String text) {
        if (text.isEmpty()) {
            return;
        }
        if (!out.isEmpty() && out.get(out.size() - 1).kind() == kind) {
            Segment last = out.remove(out.size() - 1);
            out.add(new Segment(kind, last.text() + text));
        }
        else {
            out.add(new Segment(kind, text));
        }
    }
}
