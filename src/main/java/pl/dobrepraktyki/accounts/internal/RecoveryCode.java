package pl.dobrepraktyki.accounts.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A one-time recovery code of a second factor; only its SHA-256 hash is stored. */
@Entity
@Table(name = "recovery_code")
public class RecoveryCode {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long userId;

    private String codeHash;

    private Instant usedAt;

    protected RecoveryCode() {
    }

    public RecoveryCode(Long userId, String code) {
        this.userId = userId;
        this.codeHash = AccountTokens.hash(code);
    }

    public void use(Instant now) {
        usedAt = now;
    }
}
