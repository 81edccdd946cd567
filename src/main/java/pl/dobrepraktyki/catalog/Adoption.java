package pl.dobrepraktyki.catalog;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A unit took over (adopted or adapted) a practice of another unit. One per practice and unit. */
@Entity
@Table(name = "practice_adoption")
class Adoption {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long practiceId;
    private String unitTeryt;

    @Enumerated(EnumType.STRING)
    private AdoptionKind kind;

    private String note;
    private LocalDate adoptedOn;
    private String recordedBy;
    private Instant recordedAt;

    protected Adoption() {
    }

    Adoption(long practiceId, String unitTeryt, AdoptionKind kind, String note, LocalDate adoptedOn,
            String recordedBy, Instant recordedAt) {
        this.practiceId = practiceId;
        this.unitTeryt = unitTeryt;
        this.kind = kind;
        this.note = note;
        this.adoptedOn = adoptedOn;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    long practiceId() {
        return practiceId;
    }

    String unitTeryt() {
        return unitTeryt;
    }

    AdoptionKind kind() {
        return kind;
    }

    String note() {
        return note;
    }

    LocalDate adoptedOn() {
        return adoptedOn;
    }
}
