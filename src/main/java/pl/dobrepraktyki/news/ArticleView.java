package pl.dobrepraktyki.news;

import java.time.Instant;
import java.util.List;

/** An article as pages show it, with its links resolved to titles and its files. */
public record ArticleView(long id, ArticleKind kind, String title, String lead, String body, String slug,
        ArticleStatus status, Instant publishedAt, Instant updatedAt, String updatedBy, long version, boolean demo,
        List<String> linkPaths, List<LinkedItem> links, List<FileView> files) {

    public boolean published() {
        return status == ArticleStatus.PUBLISHED;
    }

    /** The public address. */
    public String path() {
        return kind.path(id, slug);
    }

    /** A platform page the article is about: its address, title and what it is (message key). */
    public record LinkedItem(String path, String title, String kindKey) {
    }

    /** A file of a publication. */
    public record FileView(long id, String fileName, String contentType, long sizeBytes) {
    }
}
