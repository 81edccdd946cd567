package pl.dobrepraktyki.search.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PolishElasticsearchAnalysisConfigurerTests {

    @Test
    void sendsTheSynonymRulesOfTheSharedFileWithoutComments() {
        var rules = PolishElasticsearchAnalysisConfigurer.synonyms();

        assertThat(rules).contains("ops, gops, mops, ośrodek pomocy społecznej, osrodek pomocy spolecznej");
        assertThat(rules).noneMatch(rule -> rule.isBlank() || rule.startsWith("#"));
    }
}
