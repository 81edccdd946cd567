package pl.dobrepraktyki.competition.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import pl.dobrepraktyki.competition.CompetitionService;
import pl.dobrepraktyki.system.seo.SitemapSource;

/** Every edition's public page (its call, then its results) in the sitemap. */
@Configuration(proxyBeanMethods = false)
class CompetitionSitemap {

    @Bean
    SitemapSource competitionEditionsSitemap(CompetitionService competition) {
        return SitemapSource.of("konkursy", () -> competition.editions().stream()
                .sorted(java.util.Comparator.comparing(e -> e.getId()))
                .map(e -> new SitemapSource.Entry("/konkursy/" + e.getId(), null))
                .toList());
    }
}
