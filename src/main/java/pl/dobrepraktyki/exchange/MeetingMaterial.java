package pl.dobrepraktyki.exchange;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A presentation or document of a meeting; the file is checked and stored by the catalog's document handling. */
@Entity
@Table(name = "meeting_material")
class MeetingMaterial {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long meetingId;
    private String storageKey;
    private String fileName;
    private String contentType;
    private long sizeBytes;
    private String extractedText;
    private String uploadedBy;
    private Instant uploadedAt;

    protected MeetingMaterial() {
    }

    MeetingMaterial(long meetingId, String storageKey, String fileName, String contentType, long sizeBytes,
            String extractedText, String uploadedBy, Instant uploadedAt) {
        this.meetingId = meetingId;
        this.storageKey = storageKey;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.extractedText = extractedText;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    MaterialView view() {
        return new MaterialView(id, meetingId, fileName, contentType, sizeBytes, uploadedAt);
    }

    long getMeetingId() {
        return meetingId;
    }

    String getStorageKey() {
        return storageKey;
    }
}
