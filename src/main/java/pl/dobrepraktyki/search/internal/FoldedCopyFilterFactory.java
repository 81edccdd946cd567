package pl.dobrepraktyki.search.internal;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Keeps each token and adds, at the same position, its form without Polish letters marked with
 * {@value #MARK} ("pięć" → pięć, ~piec): a word typed without Polish letters ("zlobek", "budzet")
 * finds the lemma through the marked form, while a word typed correctly finds only its own lemma, so
 * that "pieców" (lemma piec) does not find "pięciu" (lemma pięć), nor "leki" "lęku". With
 * {@code always=false} (the index) the marked form is added only when it differs from the token, so
 * that most tokens are not doubled; with {@code always=true} (a query word the dictionary does not know)
 * it is added to every token, so that such a word finds both. OpenSearch has no such filter: there a
 * {@code multiplexer} adds the marked form to every token, which a query finds the same way.
 */
public class FoldedCopyFilterFactory extends TokenFilterFactory {

    /** The first character of a folded copy: no word begins with it, the standard tokenizer drops it. */
    public static final String MARK = "~";

    private final boolean always;

    public FoldedCopyFilterFactory(Map<String, String> args) {
        super(args);
        always = getBoolean(args, "always", false);
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("Unknown parameters: " + args);
        }
    }

    /** For Lucene's service loader. */
    public FoldedCopyFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new FoldedCopyFilter(input, always);
    }

    /**
     * The marked form of a word without Polish letters, as this filter writes it ("Żłobek" → ~zlobek):
     * for matching a query word against the marked forms outside the analysis.
     */
    public static String marked(String word) {
        char[] in = word.toLowerCase(Locale.ROOT).toCharArray();
        char[] out = new char[in.length * 4];
        return MARK + new String(out, 0, FastFoldingFilterFactory.fold(in, 0, out, 0, in.length));
    }

    private static final class FoldedCopyFilter extends TokenFilter {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
        private final boolean always;
        private char[] folded = new char[16];
        private int foldedLength = -1;
        private State token;

        FoldedCopyFilter(TokenStream input, boolean always) {
            super(input);
            this.always = always;
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (foldedLength >= 0) {
                restoreState(token);
                position.setPositionIncrement(0);
                term.copyBuffer(folded, 0, foldedLength);
                foldedLength = -1;
                return true;
            }
            if (!input.incrementToken()) {
                return false;
            }
            int length = term.length();
            if (folded.length < length * 4 + 1) {
                folded = new char[length * 4 + 1];
            }
            folded[0] = MARK.charAt(0);
            int end = FastFoldingFilterFactory.fold(term.buffer(), 0, folded, 1, length);
            if (always || end - 1 != length || !Arrays.equals(term.buffer(), 0, length, folded, 1, end)) {
                foldedLength = end;
                token = captureState();
            }
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            foldedLength = -1;
            token = null;
        }
    }
}
