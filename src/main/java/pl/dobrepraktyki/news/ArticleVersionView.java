package pl.dobrepraktyki.news;

import java.time.Instant;
import java.util.List;

/** One saved version of an article (numbered from 1). */
public record ArticleVersionView(long articleId, long number, String title, String lead, String body, String slug,
        List<String> links, ArticleStatus status, Instant savedAt, String savedBy) {
}
