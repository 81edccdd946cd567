package pl.dobrepraktyki.news;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A PDF file of a publication; the file is checked and stored by the catalog's document handling. */
@Entity
@Table(name = "article_file")
class ArticleFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "article_id", nullable = false)
    private long articleId;

    @Column(name = "storage_key", nullable = false)
    private String storageKey;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "uploaded_by", nullable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected ArticleFile() {
    }

    ArticleFile(long articleId, String storageKey, String fileName, String contentType, long sizeBytes,
            String uploadedBy, Instant uploadedAt) {
        this.articleId = articleId;
        this.storageKey = storageKey;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    ArticleView.FileView view() {
        return new ArticleView.FileView(id, fileName, contentType, sizeBytes);
    }

    long getArticleId() {
        return articleId;
    }

    String getStorageKey() {
        return storageKey;
    }
}
