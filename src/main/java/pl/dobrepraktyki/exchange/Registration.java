package pl.dobrepraktyki.exchange;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person's registration for a meeting (personal data) and whether they attended. */
@Entity
@Table(name = "meeting_registration")
class Registration {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long meetingId;
    private String email;
    private String displayName;
    private String unitTeryt;

    @Enumerated(EnumType.STRING)
    private RegistrationStatus status;

    private Instant registeredAt;
    private boolean attended;

    protected Registration() {
    }

    Registration(long meetingId, String email, String displayName, String unitTeryt, RegistrationStatus status,
            Instant registeredAt) {
        this.meetingId = meetingId;
        this.email = email;
        this.displayName = displayName;
        this.unitTeryt = unitTeryt;
        this.status = status;
        this.registeredAt = registeredAt;
    }

    /** Registers again after a cancellation, at the end of the queue. */
    void renew(RegistrationStatus newStatus, Instant now) {
        status = newStatus;
        registeredAt = now;
        attended = false;
    }

    void cancel() {
        status = RegistrationStatus.CANCELLED;
        attended = false;
    }

    void promote() {
        if (status != RegistrationStatus.WAITING) {
            throw new IllegalStateException("only a waiting registration can be promoted");
        }
        status = RegistrationStatus.REGISTERED;
    }

    void attended(boolean present) {
        if (present && status != RegistrationStatus.REGISTERED) {
            throw new IllegalStateException("only a registered person can attend");
        }
        attended = present;
    }

    RegistrationView view(String unitName) {
        return new RegistrationView(id, meetingId, email, displayName, unitTeryt, unitName, status, registeredAt,
                attended);
    }

    Long getId() {
        return id;
    }

    long getMeetingId() {
        return meetingId;
    }

    String getUnitTeryt() {
        return unitTeryt;
    }

    String getDisplayName() {
        return displayName;
    }

    Instant getRegisteredAt() {
        return registeredAt;
    }

    String getEmail() {
        return email;
    }

    RegistrationStatus getStatus() {
        return status;
    }

    boolean isAttended() {
        return attended;
    }
}
