package pl.dobrepraktyki.competition.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import pl.dobrepraktyki.competition.Scorecard;

public interface ScorecardRepository extends JpaRepository<Scorecard, Long> {

    Optional<Scorecard> findByEntryIdAndJuryEmail(long entryId, String juryEmail);

    List<Scorecard> findByEntryIdIn(Collection<Long> entryIds);
}
