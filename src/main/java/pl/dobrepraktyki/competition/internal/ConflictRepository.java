package pl.dobrepraktyki.competition.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

import pl.dobrepraktyki.competition.ConflictOfInterest;

public interface ConflictRepository extends JpaRepository<ConflictOfInterest, Long> {

    boolean existsByEntryIdAndJuryEmail(long entryId, String juryEmail);

    List<ConflictOfInterest> findByJuryEmail(String juryEmail);

    List<ConflictOfInterest> findByEntryIdIn(java.util.Collection<Long> entryIds);
}
