package pl.dobrepraktyki.competition;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A jury member declared a conflict of interest with an entry: they neither see nor score it. */
@Entity
@Table(name = "competition_conflict")
public class ConflictOfInterest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long entryId;
    private String juryEmail;
    private Instant declaredAt;

    protected ConflictOfInterest() {
    }

    ConflictOfInterest(long entryId, String juryEmail, Instant declaredAt) {
        this.entryId = entryId;
        this.juryEmail = juryEmail;
        this.declaredAt = declaredAt;
    }

    public long getEntryId() {
        return entryId;
    }

    public String getJuryEmail() {
        return juryEmail;
    }
}
