package pl.dobrepraktyki.competition;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import pl.dobrepraktyki.localgov.SizeCategory;

/** A jury member scores the accepted entries of one category of an edition, or one entry. */
@Entity
@Table(name = "competition_jury_assignment")
public class JuryAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long editionId;
    private String juryEmail;
    @Enumerated(EnumType.STRING)
    private SizeCategory sizeCategory;
    private Long entryId;

    protected JuryAssignment() {
    }

    JuryAssignment(long editionId, String juryEmail, SizeCategory sizeCategory) {
        this.editionId = editionId;
        this.juryEmail = juryEmail;
        this.sizeCategory = sizeCategory;
    }

    /** An assignment to one entry (whatever categories the jury member scores). */
    static JuryAssignment toEntry(long editionId, String juryEmail, long entryId) {
        JuryAssignment assignment = new JuryAssignment(editionId, juryEmail, null);
        assignment.entryId = entryId;
        return assignment;
    }

    /** The entry this assignment is for, {@code null} for an assignment to a whole category. */
    public Long getEntryId() {
        return entryId;
    }

    public long getEditionId() {
        return editionId;
    }

    public String getJuryEmail() {
        return juryEmail;
    }

    public SizeCategory getSizeCategory() {
        return sizeCategory;
    }
}
