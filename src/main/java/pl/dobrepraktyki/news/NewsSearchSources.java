package pl.dobrepraktyki.news;

import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import pl.dobrepraktyki.search.IndexedContent;
import pl.dobrepraktyki.search.SearchService;
import pl.dobrepraktyki.search.SearchSource;

/**
 * Articles whose words match a search, one source per kind ("Aktualności", "Publikacje", "Strony"). A draft is
 * indexed with no words at all, so it is never found; withdrawing an article empties its words again.
 */
@Configuration(proxyBeanMethods = false)
class NewsSearchSources {

    @Bean
    static IndexedContent<Article> articleIndex() {
        return new IndexedContent<>(Article.class, "article", Article::searchText,
                a -> a.getPublishedAt() == null ? Long.MIN_VALUE : a.getPublishedAt().toEpochMilli(),
                List.of("title", "lead", "body", "status", "publishedAt", "kind"), a -> a.getKind().code());
    }

    @Bean
    SearchSource newsSearch(SearchService search) {
        return new ArticleSource(search, ArticleKind.NEWS, "news.search.news", 50);
    }

    @Bean
    SearchSource publicationSearch(SearchService search) {
        return new ArticleSource(search, ArticleKind.PUBLICATION, "news.search.publications", 51);
    }

    @Bean
    SearchSource pageSearch(SearchService search) {
        return new ArticleSource(search, ArticleKind.PAGE, "news.search.pages", 52);
    }

    /** The published articles of one kind; {@link #kind()} is the kind's value of the facet "rodzaj treści". */
    static final class ArticleSource implements SearchSource {

        private final SearchService search;
        private final ArticleKind kind;
        private final String heading;
        private final int order;

        ArticleSource(SearchService search, ArticleKind kind, String heading, int order) {
            this.search = search;
            this.kind = kind;
            this.heading = heading;
            this.order = order;
        }

        /** "aktualnosci", "publikacje" or "strony". */
        @Override
        public String kind() {
            return kind.code();
        }

        @Override
        public long count(String text) {
            return search.countContent(Article.class, text, kind.code());
        }

        @Override
        public String headingKey() {
            return heading;
        }

        @Override
        public int order() {
            return order;
        }

        @Override
        public List<Match> find(String text, Locale locale, int limit) {
            return search.findContent(Article.class, text, kind.code(), limit).stream()
                    // the index follows a withdrawal a moment later
                    .filter(Article::isPublished)
                    .map(a -> new Match(a.getTitle(), a.path(), a.getLead())).toList();
        }
    }
}
