package pl.dobrepraktyki.editorial.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReviewLogRepository extends JpaRepository<ReviewLogRecord, Long> {

    List<ReviewLogRecord> findByPracticeIdOrderByActedAtDescIdDesc(long practiceId);
}
