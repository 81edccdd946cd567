package pl.dobrepraktyki.search.bench;

import java.util.Set;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The route "without these fields" of {@code bench-search --routes} leaves out those fields' clauses only. */
class QueryRoutesTests {

    private static Query word(String lemma, String prefix) {
        return new BooleanQuery.Builder()
                .add(new BoostQuery(new TermQuery(new Term("title", lemma)), 4f), Occur.SHOULD)
                .add(new TermQuery(new Term("body", lemma)), Occur.SHOULD)
                .add(new BoostQuery(new TermQuery(new Term("title_folded", prefix)), 2f), Occur.SHOULD)
                .build();
    }

    @Test
    void theClausesOfTheGivenFieldsGoTheRestKeepTheirWeightsAndOccurrence() {
        Query query = new BooleanQuery.Builder()
                .add(word("budżet", "budze"), Occur.MUST)
                .add(word("obywatelski", "obywa"), Occur.MUST)
                .add(new PhraseQuery(2, "body_folded", "budze", "obywa"), Occur.SHOULD)
                .build();

        Query lean = QueryRoutes.without(query, Set.of("title_folded", "body_folded"));

        assertThat(lean.toString()).isEqualTo("+((title:budżet)^4.0 body:budżet) +((title:obywatelski)^4.0 body:obywatelski)");
        assertThat(QueryRoutes.without(query, Set.of())).isEqualTo(query);
    }

    @Test
    void aClauseLeftWithoutAnyFieldIsLeftOutWhole() {
        Query query = new BooleanQuery.Builder()
                .add(new TermQuery(new Term("units", "gmina")), Occur.SHOULD)
                .add(new TermQuery(new Term("title", "gmina")), Occur.SHOULD)
                .build();

        assertThat(QueryRoutes.without(query, Set.of("units")).toString()).isEqualTo("title:gmina");
        assertThat(QueryRoutes.without(query, Set.of("units", "title"))).isNull();
    }
}
