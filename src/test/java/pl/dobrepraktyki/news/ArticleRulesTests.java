package pl.dobrepraktyki.news;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArticleRulesTests {

    @Test
    void platformAddressesAreAcceptedAsPathsOrFullAddressesAndAnythingElseIsNot() {
        assertThat(ArticleLinks.normalise("/praktyki/12")).isEqualTo("/praktyki/12");
        assertThat(ArticleLinks.normalise(" https://dobrepraktyki.pl/grupy/003/?x=1#a ")).isEqualTo("/grupy/3");
        assertThat(ArticleLinks.normalise("/spotkania/7#materialy")).isEqualTo("/spotkania/7");
        assertThat(ArticleLinks.normalise("/konkursy/5")).isEqualTo("/konkursy/5");
        assertThat(ArticleLinks.normalise("/konto/5")).isNull();
        assertThat(ArticleLinks.normalise("/praktyki/abc")).isNull();
        assertThat(ArticleLinks.normalise("https://example.com")).isNull();
    }

    @Test
    void aPageAddressIsLowerCaseLettersDigitsAndSingleHyphens() {
        assertThat(NewsService.slugShape("o-platformie")).isTrue();
        assertThat(NewsService.slugShape("inne-bazy-2")).isTrue();
        assertThat(NewsService.slugShape("-zle")).isFalse();
        assertThat(NewsService.slugShape("zle--dwa")).isFalse();
        assertThat(NewsService.slugShape("Źle")).isFalse();
    }

    @Test
    void publishingKeepsTheFirstDateAndRefusesToPublishTwice() {
        Instant first = Instant.parse("2026-01-01T10:00:00Z");
        Article article = new Article(ArticleKind.NEWS, new ArticleContent("T", "L", null, null, List.of()), "r", first,
                false);
        assertThat(article.searchText()).isEmpty();
        article.publish("r", first);
        assertThat(article.searchText()).contains("T", "L");
        assertThatThrownBy(() -> article.publish("r", first)).isInstanceOf(IllegalArticleTransitionException.class);
        article.withdraw("r", first.plusSeconds(60));
        assertThat(article.isPublished()).isFalse();
        article.publish("r", first.plusSeconds(120));
        assertThat(article.getPublishedAt()).isEqualTo(first);
    }
}
