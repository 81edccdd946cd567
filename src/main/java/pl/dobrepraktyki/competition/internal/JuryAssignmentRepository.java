package pl.dobrepraktyki.competition.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

import pl.dobrepraktyki.competition.JuryAssignment;
import pl.dobrepraktyki.localgov.SizeCategory;

public interface JuryAssignmentRepository extends JpaRepository<JuryAssignment, Long> {

    List<JuryAssignment> findByEditionIdOrderByJuryEmailAsc(long editionId);

    List<JuryAssignment> findByJuryEmail(String juryEmail);

    boolean existsByEntryIdAndJuryEmail(Long entryId, String juryEmail);

    boolean existsByEditionIdAndJuryEmailAndSizeCategory(long editionId, String juryEmail, SizeCategory category);
}
