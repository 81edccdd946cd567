package pl.dobrepraktyki.search.internal;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FastFoldingFilterFactoryTests {

    @Test
    void everyCharacterIsFoldedAsLuceneFoldsIt() {
        char[] in = new char[1];
        char[] expected = new char[4];
        char[] actual = new char[4];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            in[0] = (char) c;
            int expectedEnd = ASCIIFoldingFilter.foldToASCII(in, 0, expected, 0, 1);
            int actualEnd = FastFoldingFilterFactory.fold(in, 0, actual, 0, 1);
            assertThat(new String(actual, 0, actualEnd)).as("U+%04X", c)
                    .isEqualTo(new String(expected, 0, expectedEnd));
        }
    }

    @Test
    void wordsLoseTheirPolishLettersAndKeepTheRest() throws IOException {
        assertThat(tokens("źródło Łódź żółć naïve 42 x×y")).containsExactly("zrodlo", "Lodz", "zolc", "naive", "42",
                "x×y");
    }

    private static List<String> tokens(String text) throws IOException {
        Tokenizer tokenizer = new WhitespaceTokenizer();
        tokenizer.setReader(new StringReader(text));
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = new FastFoldingFilterFactory(new java.util.HashMap<>(Map.of())).create(tokenizer)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        }
        return tokens;
    }
}
