package pl.dobrepraktyki.news.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import pl.dobrepraktyki.news.NewsService;
import pl.dobrepraktyki.system.seo.SitemapSource;

/** The published news, publications and pages in the sitemap. */
@Configuration(proxyBeanMethods = false)
class NewsSitemap {

    @Bean
    SitemapSource articlesSitemap(NewsService news) {
        return SitemapSource.of("tresci", () -> news.allPublished().stream()
                .map(a -> new SitemapSource.Entry(a.path(), a.updatedAt().atZone(NewsDates.ZONE).toLocalDate()))
                .toList());
    }
}
