package pl.dobrepraktyki.folder;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A public practice a person saved to their folder, with their private note. */
@Entity
@Table(name = "folder_entry")
class FolderEntry {

    /** The longest note, in characters. */
    static final int NOTE_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String owner;

    @Column(name = "practice_id", nullable = false)
    private long practiceId;

    /** The title when saved: shown when the practice is no longer public. */
    @Column(name = "practice_title", nullable = false)
    private String practiceTitle;

    @Column(name = "unit_teryt")
    private String unitTeryt;

    private String note;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    @Version
    private long version;

    protected FolderEntry() {
    }

    FolderEntry(String owner, long practiceId, String practiceTitle, String unitTeryt, Instant savedAt) {
        this.owner = owner;
        this.practiceId = practiceId;
        this.practiceTitle = practiceTitle.length() > 500 ? practiceTitle.substring(0, 500) : practiceTitle;
        this.unitTeryt = unitTeryt;
        this.savedAt = savedAt;
    }

    /** Replaces the note; a blank note removes it. */
    void note(String text) {
        String stripped = text == null ? null : text.strip();
        if (stripped != null && stripped.length() > NOTE_MAX) {
            throw new IllegalArgumentException("note too long");
        }
        this.note = stripped == null || stripped.isEmpty() ? null : stripped;
    }

    Long getId() {
        return id;
    }

    String getOwner() {
        return owner;
    }

    long getPracticeId() {
        return practiceId;
    }

    String getPracticeTitle() {
        return practiceTitle;
    }

    String getUnitTeryt() {
        return unitTeryt;
    }

    String getNote() {
        return note;
    }

    Instant getSavedAt() {
        return savedAt;
    }

    long getVersion() {
        return version;
    }
}
