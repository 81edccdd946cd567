package pl.dobrepraktyki.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PolishLemmaFilterFactoryTests {

    private static final String TEXT = """
            Budżet obywatelski w Łodzi: mieszkańcy zgłaszają projekty, a rada osiedla opiniuje źródła finansowania.
            Żłobków przybyło; gminy wiejskie i powiaty prowadzą szkoły. Xyzzyq nieznane-słowo 2024 r.
            Ośrodek pomocy społecznej (OPS) współpracuje z organizacjami pozarządowymi przy termomodernizacji.
            """;

    @Test
    void givesTheSameTokensAsLucenesMorfologikFilterTwice() throws IOException {
        Analyzer lucene = CustomAnalyzer.builder().withTokenizer("standard").addTokenFilter("lowercase")
                .addTokenFilter("morfologik").addTokenFilter("removeDuplicates").build();
        Analyzer cached = CustomAnalyzer.builder().withTokenizer("standard").addTokenFilter("lowercase")
                .addTokenFilter(PolishLemmaFilterFactory.class).addTokenFilter("removeDuplicates").build();

        List<String> expected = tokens(lucene, TEXT);
        assertThat(tokens(cached, TEXT)).isEqualTo(expected); // words looked up in the dictionary
        assertThat(tokens(cached, TEXT)).isEqualTo(expected); // the same words from memory
        assertThat(expected).contains("1:budżet", "1:obywatelski", "1:łódź", "1:żłobek", "1:źródło", "0:osiedle",
                "1:xyzzyq");
    }

    @Test
    void withFoldedCopiesTheIndexKeepsLemmasAsWrittenAndMarksTheirFormsWithoutPolishLettersWhereTheyDiffer() throws IOException {
        Analyzer index = CustomAnalyzer.builder().withTokenizer("standard").addTokenFilter("lowercase")
                .addTokenFilter(PolishLemmaFilterFactory.class).addTokenFilter(FoldedCopyFilterFactory.class)
                .addTokenFilter("removeDuplicates").build();

        assertThat(tokens(index, "Pięciu")).contains("1:pięć", "0:~piec").doesNotContain("1:piec", "0:piec");
        assertThat(tokens(index, "pieców")).containsExactly("1:piec"); // nothing to fold: no copy
        assertThat(tokens(index, "żłobkach")).containsExactly("1:żłobek", "0:~zlobek");
    }

    @Test
    void aQueryWordTheDictionaryDoesNotKnowIsMatchedAlsoAsAMarkedFoldedForm() throws IOException {
        Analyzer unknown = CustomAnalyzer.builder().withTokenizer("standard").addTokenFilter("lowercase")
                .addTokenFilter("asciiFolding").addTokenFilter(FoldedCopyFilterFactory.class, "always", "true")
                .addTokenFilter("removeDuplicates").build();

        assertThat(tokens(unknown, "zlobek Dąbrówka")).containsExactly("1:zlobek", "0:~zlobek", "1:dabrowka", "0:~dabrowka");
        // the mark cannot be typed: the tokenizer drops it
        assertThat(tokens(unknown, "~piec")).containsExactly("1:piec", "0:~piec");
    }

    @Test
    void aWordTypedWithoutPolishLettersIsLookedUpWithThem() {
        assertThat(PolishLemmaFilterFactory.withPolishLetters("zrodla")).contains("źródła");
        assertThat(PolishLemmaFilterFactory.withPolishLetters("Zlobkow")).contains("żłobków");
        // a word the dictionary knows as typed, and another one with Polish letters
        assertThat(PolishLemmaFilterFactory.withPolishLetters("szkol")).contains("szkół");
        assertThat(PolishLemmaFilterFactory.withPolishLetters("ogrod")).contains("ogród");
        // the same word in another form is not another spelling
        assertThat(PolishLemmaFilterFactory.withPolishLetters("wymiana")).isEmpty();
        assertThat(PolishLemmaFilterFactory.withPolishLetters("budżet")).isEmpty();
        assertThat(PolishLemmaFilterFactory.withPolishLetters("kwazarowy")).isEmpty();
    }

    /** Each token as "position increment:term". */
    private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute position = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(position.getPositionIncrement() + ":" + term);
            }
            stream.end();
        }
        return tokens;
    }
}
