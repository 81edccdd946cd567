package pl.dobrepraktyki.catalog;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface PracticeRepository extends JpaRepository<Practice, Long>, JpaSpecificationExecutor<Practice> {

    Page<Practice> findByStatusIn(Collection<PracticeStatus> statuses, Pageable pageable);

    List<Practice> findByLeadUnitTerytOrderByUpdatedAtDesc(String leadUnitTeryt);

    List<Practice> findByLeadUnitTerytAndStatusInOrderByTitleAsc(String leadUnitTeryt,
            Collection<PracticeStatus> statuses);

    @Query("select p from Practice p join p.partnerUnitTeryts u where u = :teryt and p.status in :statuses order by p.title")
    List<Practice> findByPartnerUnit(String teryt, Collection<PracticeStatus> statuses);

    @Query("select distinct p from Practice p join p.areas a where a in :areas and p.status in :statuses"
            + " and p.contact.consent = true and p.leadUnitTeryt <> :exceptUnit order by p.title")
    List<Practice> findWithConsentedContactInAreas(Collection<String> areas, Collection<PracticeStatus> statuses,
            String exceptUnit);

    @Query("select p from Practice p where p.status = :status and (p.lastVerified is null or p.lastVerified < :before) order by p.lastVerified")
    List<Practice> findVerifiedBefore(PracticeStatus status, LocalDate before);

    /** Published practices' ids and last changes, in id order, for the sitemap. */
    @Query("select p.id as id, p.updatedAt as updatedAt from Practice p where p.status = :status order by p.id")
    List<IdAndChange> findIdsByStatus(PracticeStatus status, Pageable pageable);

    long countByStatus(PracticeStatus status);

    interface IdAndChange {
        long getId();

        java.time.Instant getUpdatedAt();
    }

    Optional<Practice> findByExternalId(String externalId);

    /** The practices whose contact person has this address (any letter case). */
    @Query("select p from Practice p where lower(p.contact.email) = :email order by p.id")
    List<Practice> findByContactEmail(String email);

    /** The practices the person wrote, submitted, verified or last edited. */
    @Query("select p from Practice p where p.createdBy = :email or p.updatedBy = :email or p.submittedBy = :email"
            + " or p.verifiedBy = :email order by p.id")
    List<Practice> findByPerson(String email);
}
