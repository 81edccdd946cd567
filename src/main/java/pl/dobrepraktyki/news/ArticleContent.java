package pl.dobrepraktyki.news;

import java.util.List;

/**
 * What an editor writes: the title, a short lead, the body in Markdown, the slug of a page
 * ({@code null} for news and publications) and the platform addresses the article is about.
 */
public record ArticleContent(String title, String lead, String body, String slug, List<String> links) {

    public ArticleContent {
        links = links == null ? List.of() : List.copyOf(links);
    }
}
