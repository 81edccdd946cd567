package pl.dobrepraktyki.exchange;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface MeetingMaterialRepository extends JpaRepository<MeetingMaterial, Long> {

    List<MeetingMaterial> findByMeetingIdOrderByUploadedAtAscIdAsc(long meetingId);
}
