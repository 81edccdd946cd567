package pl.dobrepraktyki.catalog;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A document or image attached to a practice; the file itself is in the {@link AttachmentStorage}. */
@Entity
@Table(name = "practice_attachment")
class Attachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long practiceId;
    private String storageKey;
    private String fileName;
    private String contentType;
    private long sizeBytes;
    private String extractedText;
    private String uploadedBy;
    private Instant uploadedAt;

    protected Attachment() {
    }

    Attachment(long practiceId, String storageKey, String fileName, String contentType, long sizeBytes,
            String extractedText, String uploadedBy, Instant uploadedAt) {
        this.practiceId = practiceId;
        this.storageKey = storageKey;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.extractedText = extractedText;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    AttachmentInfo info() {
        return new AttachmentInfo(id, practiceId, fileName, contentType, sizeBytes, uploadedAt);
    }

    long practiceId() {
        return practiceId;
    }

    String storageKey() {
        return storageKey;
    }

    String extractedText() {
        return extractedText;
    }
}
