package pl.dobrepraktyki.competition;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A file of an entry (a scan, a presentation, a photo); checked and stored by the catalog's document handling. */
@Entity
@Table(name = "competition_entry_attachment")
public class EntryAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long entryId;
    private String storageKey;
    private String fileName;
    private String contentType;
    private long sizeBytes;
    private String extractedText;
    private String uploadedBy;
    private Instant uploadedAt;

    protected EntryAttachment() {
    }

    EntryAttachment(long entryId, String storageKey, String fileName, String contentType, long sizeBytes,
            String extractedText, String uploadedBy, Instant uploadedAt) {
        this.entryId = entryId;
        this.storageKey = storageKey;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.extractedText = extractedText;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public long getId() {
        return id;
    }

    public long getEntryId() {
        return entryId;
    }

    String getStorageKey() {
        return storageKey;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
