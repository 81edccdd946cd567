package pl.dobrepraktyki.catalog;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PracticeVersionRepository extends JpaRepository<PracticeVersion, Long> {

    List<PracticeVersion> findByPracticeIdOrderByVersionNumberAsc(long practiceId);

    Optional<PracticeVersion> findByPracticeIdAndVersionNumber(long practiceId, long versionNumber);

    boolean existsByPracticeIdAndVersionNumber(long practiceId, long versionNumber);

    /** The versions that may hold the person: saved by them, or whose snapshot mentions their address. */
    @org.springframework.data.jpa.repository.Query("select v from PracticeVersion v where v.savedBy = :email"
            + " or lower(v.snapshot) like concat('%', :email, '%')")
    List<PracticeVersion> mentioning(String email);
}
