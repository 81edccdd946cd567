package pl.dobrepraktyki.news.web;

import java.io.IOException;

import org.springframework.core.io.InputStreamResource;
import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import pl.dobrepraktyki.catalog.FileResponses;
import pl.dobrepraktyki.news.ArticleKind;
import pl.dobrepraktyki.news.ArticleSummary;
import pl.dobrepraktyki.news.ArticleView;
import pl.dobrepraktyki.news.NewsService;

/** The public pages: lists of news and publications (newest first, paged), an article, a page, a file. */
@Controller
class NewsController {

    static final int PAGE_SIZE = 10;

    private final NewsService news;

    NewsController(NewsService news) {
        this.news = news;
    }

    @GetMapping("/aktualnosci")
    String newsList(@RequestParam(name = "strona", defaultValue = "1") int page, Model model) {
        return list(ArticleKind.NEWS, page, model);
    }

    @GetMapping("/publikacje")
    String publications(@RequestParam(name = "strona", defaultValue = "1") int page, Model model) {
        return list(ArticleKind.PUBLICATION, page, model);
    }

    private String list(ArticleKind kind, int page, Model model) {
        Page<ArticleSummary> articles = news.published(kind, Math.max(page, 1) - 1, PAGE_SIZE);
        model.addAttribute("kind", kind);
        model.addAttribute("articles", articles);
        model.addAttribute("page", articles.getNumber() + 1);
        return "news/list";
    }

    @GetMapping("/aktualnosci/{id}")
    String newsItem(@PathVariable long id, Authentication authentication, Model model) {
        return show(news.shown(ArticleKind.NEWS, id, Editors.is(authentication)), authentication, model);
    }

    @GetMapping("/publikacje/{id}")
    String publication(@PathVariable long id, Authentication authentication, Model model) {
        return show(news.shown(ArticleKind.PUBLICATION, id, Editors.is(authentication)), authentication, model);
    }

    @GetMapping("/strony/{slug}")
    String page(@PathVariable String slug, Authentication authentication, Model model) {
        return show(news.page(slug, Editors.is(authentication)), authentication, model);
    }

    private String show(ArticleView article, Authentication authentication, Model model) {
        model.addAttribute("article", article);
        model.addAttribute("editor", Editors.is(authentication));
        return "news/article";
    }

    @GetMapping("/publikacje/pliki/{fileId}")
    ResponseEntity<InputStreamResource> download(@PathVariable long fileId, Authentication authentication)
            throws IOException {
        NewsService.FileDownload download = news.download(fileId, Editors.is(authentication));
        return FileResponses.attachment(download.info().fileName(), download.info().contentType(),
                download.info().sizeBytes(), download.content()::open);
    }
}
