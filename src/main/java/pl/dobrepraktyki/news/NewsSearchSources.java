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
                List.of("title", "lead", "body", "status", "publishedAt"));
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

    /** The published articles of one kind; {@link #kindCode()} is the kind's code for a content-kind facet. */
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
        String kindCode() {
            return kind.code();
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
            // the index holds every kind: ask for more so that one kind's matches are not crowded out
            return search.findContent(Article.class, text, limit * 3).stream()
                    .filter(a -> a.getKind() == kind && a.isPublished()).limit(limit)
                    .map(a -> new Match(a.getTitle(), a.path(), a.getLead())).toList();
        }
    }
}
