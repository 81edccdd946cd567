package pl.dobrepraktyki.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchSourceTests {

    @Test
    void everyWordSoughtMustOccurInAnyFormButNotTheStopWords() {
        assertThat(SearchSource.matchesAllWords("budzetu obywatelskiego", "Budżet obywatelski", null)).isTrue();
        assertThat(SearchSource.matchesAllWords("jak inne gminy robią budżet obywatelski dla seniorów",
                "Budżet obywatelski seniorów", "Spotkanie gminy, w której robią budżet")).isTrue();
        assertThat(SearchSource.matchesAllWords("budżet szkolny", "Budżet obywatelski")).isFalse();
        assertThat(SearchSource.matchesAllWords("jak", "Jak to działa")).as("only stop words: searched as typed")
                .isTrue();
        assertThat(SearchSource.matchesAllWords("w z", "Cokolwiek")).as("no word of three letters").isFalse();
    }
}
