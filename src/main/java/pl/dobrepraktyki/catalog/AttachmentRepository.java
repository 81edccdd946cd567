package pl.dobrepraktyki.catalog;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AttachmentRepository extends JpaRepository<Attachment, Long> {

    List<Attachment> findByPracticeIdOrderByUploadedAtAscIdAsc(long practiceId);
}
