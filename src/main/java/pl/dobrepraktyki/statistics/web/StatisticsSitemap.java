package pl.dobrepraktyki.statistics.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import pl.dobrepraktyki.statistics.StatisticsService;
import pl.dobrepraktyki.system.seo.SitemapSource;

/** Every indicator's page (its map and ranking of units) in the sitemap. */
@Configuration(proxyBeanMethods = false)
class StatisticsSitemap {

    @Bean
    SitemapSource statisticsIndicatorsSitemap(StatisticsService statistics) {
        return SitemapSource.of("wskazniki", () -> statistics.indicators().stream()
                .map(i -> new SitemapSource.Entry("/statystyki/wskazniki/" + i.code(), null))
                .toList());
    }
}
