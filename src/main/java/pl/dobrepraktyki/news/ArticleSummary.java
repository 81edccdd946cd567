package pl.dobrepraktyki.news;

import java.time.Instant;

/** An article in a list. */
public record ArticleSummary(long id, ArticleKind kind, String title, String lead, String slug, ArticleStatus status,
        Instant publishedAt, Instant updatedAt, String updatedBy) {

    static ArticleSummary of(Article a) {
        return new ArticleSummary(a.getId(), a.getKind(), a.getTitle(), a.getLead(), a.getSlug(), a.getStatus(),
                a.getPublishedAt(), a.getUpdatedAt(), a.getUpdatedBy());
    }

    public boolean published() {
        return status == ArticleStatus.PUBLISHED;
    }

    public String path() {
        return kind.path(id, slug);
    }
}
