package pl.dobrepraktyki.competition;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import pl.dobrepraktyki.localgov.SizeCategory;

/** A jury member scores the accepted entries of one category of an edition. */
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

    protected JuryAssignment() {
    }

    JuryAssignment(long editionId, String juryEmail, SizeCategory sizeCategory) {
        this.editionId = editionId;
        this.juryEmail = juryEmail;
        this.sizeCategory = sizeCategory;
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
