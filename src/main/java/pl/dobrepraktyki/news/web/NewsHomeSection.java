package pl.dobrepraktyki.news.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import pl.dobrepraktyki.news.ArticleKind;
import pl.dobrepraktyki.news.ArticleSummary;
import pl.dobrepraktyki.news.NewsService;
import pl.dobrepraktyki.system.home.HomePageSection;

/** The latest three published news items on the home page. */
@Component
class NewsHomeSection implements HomePageSection {

    static final int COUNT = 3;

    private final NewsService news;

    NewsHomeSection(NewsService news) {
        this.news = news;
    }

    @Override
    public String template() {
        return "news/home-section :: section";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Map<String, Object> model(Locale locale) {
        List<ArticleSummary> latest = news.latest(List.of(ArticleKind.NEWS), COUNT);
        return latest.isEmpty() ? Map.of() : Map.of("articles", latest);
    }
}
