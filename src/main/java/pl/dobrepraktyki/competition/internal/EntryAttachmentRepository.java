package pl.dobrepraktyki.competition.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

import pl.dobrepraktyki.competition.EntryAttachment;

public interface EntryAttachmentRepository extends JpaRepository<EntryAttachment, Long> {

    List<EntryAttachment> findByEntryIdOrderByUploadedAtAscIdAsc(long entryId);
}
