package pl.dobrepraktyki.api.feed;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import pl.dobrepraktyki.news.ArticleKind;
import pl.dobrepraktyki.news.ArticleSummary;
import pl.dobrepraktyki.news.NewsService;

/**
 * {@code /kanaly/aktualnosci.atom}: the latest {@value #ARTICLES} published news items and publications of the
 * editors, the newest published first (a withdrawn article leaves the feed).
 */
@RestController
class NewsFeedController {

    /** How many articles the feed holds. */
    static final int ARTICLES = 50;

    private final NewsService news;
    private final MessageSource messages;
    private final Clock clock;

    NewsFeedController(NewsService news, MessageSource messages, Clock clock) {
        this.news = news;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/kanaly/aktualnosci.atom")
    ResponseEntity<String> news(Locale locale) {
        String app = messages.getMessage("app.name", null, locale);
        List<AtomFeed.Item> items = news.latest(List.of(ArticleKind.NEWS, ArticleKind.PUBLICATION), ARTICLES)
                .stream().map(a -> item(a, app)).toList();
        return AtomFeed.respond("kanaly/aktualnosci", messages.getMessage("news.feed.title", null, locale),
                absolute("/kanaly/aktualnosci.atom"), absolute("/aktualnosci"), app, items, clock.instant());
    }

    private static AtomFeed.Item item(ArticleSummary a, String author) {
        return new AtomFeed.Item(a.kind().code() + "/" + a.id(), a.title(), absolute(a.path()), a.lead(), author,
                a.updatedAt(), a.publishedAt());
    }

    private static String absolute(String path) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString() + path;
    }
}
