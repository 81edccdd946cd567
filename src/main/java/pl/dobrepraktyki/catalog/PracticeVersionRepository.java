package pl.dobrepraktyki.catalog;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PracticeVersionRepository extends JpaRepository<PracticeVersion, Long> {

    List<PracticeVersion> findByPracticeIdOrderByVersionNumberAsc(long practiceId);

    Optional<PracticeVersion> findByPracticeIdAndVersionNumber(long practiceId, long versionNumber);

    boolean existsByPracticeIdAndVersionNumber(long practiceId, long versionNumber);
}
