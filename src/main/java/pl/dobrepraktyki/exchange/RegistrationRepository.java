package pl.dobrepraktyki.exchange;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface RegistrationRepository extends JpaRepository<Registration, Long> {

    List<Registration> findByMeetingIdOrderByRegisteredAtAscIdAsc(long meetingId);

    Optional<Registration> findByMeetingIdAndEmail(long meetingId, String email);

    List<Registration> findByEmailOrderByRegisteredAtAsc(String email);

    long countByMeetingIdAndStatus(long meetingId, RegistrationStatus status);

    Optional<Registration> findFirstByMeetingIdAndStatusOrderByRegisteredAtAscIdAsc(long meetingId,
            RegistrationStatus status);
}
