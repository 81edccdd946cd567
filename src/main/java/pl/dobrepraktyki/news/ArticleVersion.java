package pl.dobrepraktyki.news;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A snapshot of an article taken at every save (its text, links and status), never changed afterwards. */
@Entity
@Table(name = "article_version")
class ArticleVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "article_id", nullable = false)
    private long articleId;

    @Column(nullable = false)
    private long number;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String lead;

    private String body;
    private String slug;
    private String links;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ArticleStatus status;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    @Column(name = "saved_by", nullable = false)
    private String savedBy;

    protected ArticleVersion() {
    }

    ArticleVersion(Article article, long number) {
        this.articleId = article.getId();
        this.number = number;
        this.title = article.getTitle();
        this.lead = article.getLead();
        this.body = article.getBody();
        this.slug = article.getSlug();
        this.links = String.join("\n", article.getLinks());
        this.status = article.getStatus();
        this.savedAt = article.getUpdatedAt();
        this.savedBy = article.getUpdatedBy();
    }

    ArticleVersionView view() {
        return new ArticleVersionView(articleId, number, title, lead, body, slug,
                links == null || links.isBlank() ? java.util.List.of() : java.util.List.of(links.split("\n")), status,
                savedAt, savedBy);
    }

    long getNumber() {
        return number;
    }
}
