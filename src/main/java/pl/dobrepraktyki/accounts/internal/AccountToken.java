package pl.dobrepraktyki.accounts.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A single-use secret sent by e-mail; only its SHA-256 hash is stored. */
@Entity
@Table(name = "account_token")
public class AccountToken {

    public enum Purpose {
        EMAIL_CONFIRMATION,
        PASSWORD_RESET
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long userId;

    @Enumerated(EnumType.STRING)
    private Purpose purpose;

    private String tokenHash;

    private Instant expiresAt;

    private Instant usedAt;

    protected AccountToken() {
    }

    AccountToken(Long userId, Purpose purpose, String tokenHash, Instant expiresAt) {
        this.userId = userId;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.expiresAt = expiresAt;
    }

    boolean isUsable(Purpose expected, Instant now) {
        return purpose == expected && usedAt == null && now.isBefore(expiresAt);
    }

    void use(Instant now) {
        usedAt = now;
    }

    public Long getUserId() {
        return userId;
    }
}
