package pl.dobrepraktyki.accounts;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AuditEventRepository extends JpaRepository<AuditEvent, Long> {

    /** The events a person did or that were done to them, oldest first. */
    @Query("select e from AuditEvent e where e.actor = :email or e.subject = :email order by e.occurredAt, e.id")
    List<AuditEvent> about(String email);

    /** Replaces the person's address by a pseudonym in every event (erasure keeps what happened, not who). */
    @Modifying
    @Query("update AuditEvent e set e.actor = case when e.actor = :email then :pseudonym else e.actor end,"
            + " e.subject = case when e.subject = :email then :pseudonym else e.subject end,"
            + " e.details = replace(e.details, :email, :pseudonym)"
            + " where e.actor = :email or e.subject = :email or e.details like concat('%', :email, '%')")
    int pseudonymise(String email, String pseudonym);

    @Modifying
    @Query("delete from AuditEvent e where e.occurredAt < :before")
    int deleteOlderThan(Instant before);
}
