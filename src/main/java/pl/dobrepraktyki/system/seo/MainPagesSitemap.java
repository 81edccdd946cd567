package pl.dobrepraktyki.system.seo;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The pages of the main navigation that anyone may read, first in the sitemap. */
@Configuration(proxyBeanMethods = false)
class MainPagesSitemap {

    static final List<String> PATHS = List.of("/", "/praktyki", "/mapa", "/jst", "/grupy", "/spotkania",
            "/statystyki", "/konkursy", "/dane", "/deklaracja-dostepnosci");

    @Bean
    SitemapSource mainPages() {
        List<SitemapSource.Entry> entries = PATHS.stream().map(p -> new SitemapSource.Entry(p, null)).toList();
        return SitemapSource.of("strony", () -> entries);
    }
}
