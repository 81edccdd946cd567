package pl.dobrepraktyki.news;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A news item, publication or page of the platform's editors: the aggregate of its text, its status
 * (draft → published → draft when withdrawn) and the platform addresses it is about.
 */
@Entity
@Table(name = "article")
public class Article {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ArticleKind kind;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String lead;

    private String body;

    private String slug;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ArticleStatus status = ArticleStatus.DRAFT;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    private boolean demo;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "article_link", joinColumns = @JoinColumn(name = "article_id"))
    @OrderColumn(name = "position")
    @Column(name = "path", nullable = false)
    private List<String> links = new ArrayList<>();

    protected Article() {
    }

    Article(ArticleKind kind, ArticleContent content, String actor, Instant now, boolean demo) {
        this.kind = kind;
        this.createdAt = now;
        this.demo = demo;
        edit(content, actor, now);
    }

    /** Replaces the text, slug and links. */
    void edit(ArticleContent content, String actor, Instant now) {
        this.title = content.title();
        this.lead = content.lead();
        this.body = content.body();
        this.slug = kind == ArticleKind.PAGE ? content.slug() : null;
        this.links.clear();
        this.links.addAll(content.links());
        touch(actor, now);
    }

    /** Makes the article public; the first publication sets its date, a republication keeps it. */
    void publish(String actor, Instant now) {
        if (status == ArticleStatus.PUBLISHED) {
            throw new IllegalArticleTransitionException(id, "publish");
        }
        status = ArticleStatus.PUBLISHED;
        if (publishedAt == null) {
            publishedAt = now;
        }
        touch(actor, now);
    }

    /** Takes a published article back to the drafts (the public sees it no more). */
    void withdraw(String actor, Instant now) {
        if (status != ArticleStatus.PUBLISHED) {
            throw new IllegalArticleTransitionException(id, "withdraw");
        }
        status = ArticleStatus.DRAFT;
        touch(actor, now);
    }

    private void touch(String actor, Instant now) {
        this.updatedBy = actor;
        this.updatedAt = now;
    }

    public boolean isPublished() {
        return status == ArticleStatus.PUBLISHED;
    }

    /** The words the search finds it by: none for a draft, so that a draft is never found. */
    String searchText() {
        return isPublished() ? String.join(" ", title, lead, body == null ? "" : body) : "";
    }

    public Long getId() {
        return id;
    }

    public ArticleKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getLead() {
        return lead;
    }

    public String getBody() {
        return body;
    }

    public String getSlug() {
        return slug;
    }

    public ArticleStatus getStatus() {
        return status;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public boolean isDemo() {
        return demo;
    }

    public long getVersion() {
        return version;
    }

    List<String> getLinks() {
        return links;
    }

    /** The public address. */
    public String path() {
        return kind.path(id, slug);
    }
}
