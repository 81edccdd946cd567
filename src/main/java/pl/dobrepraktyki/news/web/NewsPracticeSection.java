package pl.dobrepraktyki.news.web;

import java.util.List;
import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import pl.dobrepraktyki.catalog.PracticePageSection;
import pl.dobrepraktyki.catalog.PracticeSnapshot;
import pl.dobrepraktyki.news.ArticleSummary;
import pl.dobrepraktyki.news.NewsService;

/** "W aktualnościach": the published articles about a public practice, on its page. */
@Component
@Order(40)
class NewsPracticeSection implements PracticePageSection {

    private final NewsService news;

    NewsPracticeSection(NewsService news) {
        this.news = news;
    }

    @Override
    public String template() {
        return "news/practice-section :: section";
    }

    @Override
    public Map<String, Object> model(PracticeSnapshot practice, String actor) {
        if (!practice.status().isPublic()) {
            return Map.of();
        }
        List<ArticleSummary> about = news.about("/praktyki/" + practice.practiceId());
        return about.isEmpty() ? Map.of() : Map.of("articles", about);
    }
}
