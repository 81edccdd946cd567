package pl.dobrepraktyki.competition;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The logo of one organiser of an edition (PNG or JPEG); its alternative text is the organiser's name. */
@Entity
@Table(name = "competition_edition_logo")
public class EditionLogo {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long editionId;
    private String organiser;
    private String storageKey;
    private String contentType;
    private long sizeBytes;
    private String uploadedBy;
    private Instant uploadedAt;

    protected EditionLogo() {
    }

    EditionLogo(long editionId, String organiser, String storageKey, String contentType, long sizeBytes,
            String uploadedBy, Instant uploadedAt) {
        this.editionId = editionId;
        this.organiser = organiser;
        this.storageKey = storageKey;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public long getId() {
        return id;
    }

    public long getEditionId() {
        return editionId;
    }

    public String getOrganiser() {
        return organiser;
    }

    String getStorageKey() {
        return storageKey;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }
}
