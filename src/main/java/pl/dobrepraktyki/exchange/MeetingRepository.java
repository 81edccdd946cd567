package pl.dobrepraktyki.exchange;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface MeetingRepository extends JpaRepository<Meeting, Long> {

    /** The meeting, locked until the end of the transaction (registrations compete for places). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from Meeting m where m.id = :id")
    Optional<Meeting> findForUpdate(long id);

    List<Meeting> findByStartsAtGreaterThanEqualAndStartsAtLessThanOrderByStartsAtAscIdAsc(LocalDateTime from,
            LocalDateTime to);

    List<Meeting> findByStartsAtGreaterThanEqualOrderByStartsAtAscIdAsc(LocalDateTime from);

    List<Meeting> findTop100ByStartsAtLessThanOrderByStartsAtDescIdDesc(LocalDateTime before);

    List<Meeting> findByGroupIdOrderByStartsAtAscIdAsc(long groupId);

    @Query("select m from Meeting m join m.practiceIds p where p = :practiceId order by m.startsAt")
    List<Meeting> findPresenting(long practiceId);
}
