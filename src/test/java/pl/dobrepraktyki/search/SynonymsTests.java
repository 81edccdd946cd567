package pl.dobrepraktyki.search;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SynonymsTests {

    private final Synonyms synonyms = new Synonyms(List.of(
            List.of("ops", "gops", "ośrodek pomocy społecznej"),
            List.of("gzm", "górnośląsko-zagłębiowska metropolia", "metropolia"),
            List.of("pomoc", "wsparcie")));

    @Test
    void aWordThatIsATermMatchesAsAnyTermOfItsGroupWithEachTermCutIntoWords() {
        List<Synonyms.Span> spans = synonyms.spans(List.of("GOPS", "lisowy"));

        assertThat(spans).hasSize(2);
        assertThat(spans.get(0).words()).containsExactly("GOPS");
        assertThat(spans.get(0).terms()).containsExactly(List.of("ops"), List.of("gops"),
                List.of("ośrodek", "pomocy", "społecznej"));
        assertThat(spans.get(1).synonym()).isFalse();
        assertThat(spans.get(1).words()).containsExactly("lisowy");
    }

    @Test
    void termsAreFoundWithoutCaseAndWithoutPolishLetters() {
        List<Synonyms.Span> spans = synonyms.spans(List.of("Osrodek", "pomocy", "spolecznej"));

        assertThat(spans).singleElement().satisfies(span -> {
            assertThat(span.words()).containsExactly("Osrodek", "pomocy", "spolecznej");
            assertThat(span.terms()).contains(List.of("ops"));
        });
    }

    @Test
    void theLongestTermWinsOverTheTermsInsideIt() {
        List<Synonyms.Span> spans = synonyms.spans(Synonyms.words("gornoslasko zaglebiowska metropolia dzis"));

        assertThat(spans).extracting(Synonyms.Span::words).containsExactly(
                List.of("gornoslasko", "zaglebiowska", "metropolia"), List.of("dzis"));
        assertThat(synonyms.spans(List.of("metropolia")).get(0).terms()).contains(List.of("gzm"));
    }

    @Test
    void wordsOfALongerTermThatIsNotThereAreMatchedOneByOne() {
        List<Synonyms.Span> spans = synonyms.spans(List.of("ośrodek", "pomocy", "rodzinie"));

        assertThat(spans).extracting(Synonyms.Span::words).containsExactly(List.of("ośrodek"), List.of("pomocy"),
                List.of("rodzinie"));
        assertThat(spans.get(0).synonym()).isFalse();
        assertThat(spans.get(1).terms()).as("pomocy is the term pomoc inflected").contains(List.of("wsparcie"));
        assertThat(spans.get(2).synonym()).isFalse();
    }

    @Test
    void aTermIsFoundInAnyInflectedFormWithOrWithoutPolishLetters() {
        assertThat(synonyms.spans(Synonyms.words("dyrektor ośrodka pomocy społecznej"))).extracting(Synonyms.Span::words)
                .containsExactly(List.of("dyrektor"), List.of("ośrodka", "pomocy", "społecznej"));
        assertThat(synonyms.spans(Synonyms.words("ośrodkach pomocy społecznej")).get(0).terms()).contains(List.of("gops"));
        // typed without Polish letters in another form than the term's: "osrodkach" is "ośrodkach"
        assertThat(synonyms.spans(Synonyms.words("osrodkach pomocy spolecznej")).get(0).terms()).contains(List.of("gops"));
        assertThat(synonyms.spans(Synonyms.words("metropolii")).get(0).terms()).contains(List.of("gzm"));
        assertThat(synonyms.spans(Synonyms.words("wsparciem")).get(0).terms()).contains(List.of("pomoc"));
        assertThat(synonyms.spans(Synonyms.words("metro")).get(0).synonym()).as("a word that only begins like a term")
                .isFalse();
    }

    @Test
    void twoTermsAreOneInQueriesWhenEachWordSharesAnInflectedFormOrTheSpellingWithoutPolishLetters() {
        assertThat(Synonyms.sameInQueries("pomoc społeczna", "pomocy społecznej")).isTrue();
        assertThat(Synonyms.sameInQueries("Ośrodek Pomocy", "osrodek pomocy")).isTrue();
        assertThat(Synonyms.sameInQueries("odpady", "odpadów")).isTrue();
        assertThat(Synonyms.sameInQueries("pomoc społeczna", "pomoc")).as("another number of words").isFalse();
        assertThat(Synonyms.sameInQueries("pomoc społeczna", "pomoc sąsiedzka")).isFalse();
        assertThat(Synonyms.sameInQueries("metro", "metropolia")).isFalse();
    }

    @Test
    void withoutGroupsEveryWordIsItsOwnSpan() {
        assertThat(new Synonyms(List.of()).spans(List.of("a", "b"))).extracting(Synonyms.Span::synonym)
                .containsExactly(false, false);
    }
}
