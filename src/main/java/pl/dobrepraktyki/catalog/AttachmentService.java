package pl.dobrepraktyki.catalog;

import java.io.InputStream;
import java.time.Clock;
import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Attachments of practices: uploads checked by content and size, stored under a random key, their
 * text extracted for search ({@link CheckedDocuments}); downloads for whoever may read the practice.
 */
@Service
@Transactional(readOnly = true)
public class AttachmentService {

    private final AttachmentRepository attachments;
    private final CheckedDocuments documents;
    private final PracticeService practices;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    AttachmentService(AttachmentRepository attachments, CheckedDocuments documents, PracticeService practices,
            Clock clock, org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.attachments = attachments;
        this.documents = documents;
        this.practices = practices;
        this.clock = clock;
    }

    /** The largest accepted file. */
    public DataSize maxSize() {
        return documents.maxSize();
    }

    /**
     * Attaches a file to a practice the person may edit.
     *
     * @throws AttachmentRejectedException when the file is too large, empty, not an accepted kind
     *         (judged from its content) or damaged
     */
    @Transactional
    public AttachmentInfo upload(long practiceId, String fileName, InputStream content, String actor) {
        CatalogUser user = practices.user(actor);
        Practice practice = practices.readable(practiceId, user);
        if (!user.canEdit(practice)) {
            throw new AccessDeniedException(actor + " may not add attachments to practice " + practiceId);
        }
        CheckedDocuments.StoredDocument stored = documents.store(fileName, content);
        Attachment saved = attachments.save(new Attachment(practiceId, stored.key(), stored.fileName(),
                stored.contentType(), stored.sizeBytes(), stored.text(), actor, clock.instant()));
        events.publishEvent(new AttachmentsChanged(practiceId));
        return saved.info();
    }

    /**
     * Attaches a file to a practice another module has just created for its own content (an awarded
     * competition entry's files); the caller checked who acts, so there is no access check here. The
     * file is checked and stored again as the practice's own.
     */
    @Transactional
    public AttachmentInfo attachToNewPractice(long practiceId, String fileName, InputStream content) {
        CheckedDocuments.StoredDocument stored = documents.store(fileName, content);
        Attachment saved = attachments.save(new Attachment(practiceId, stored.key(), stored.fileName(),
                stored.contentType(), stored.sizeBytes(), stored.text(), PracticeService.SYSTEM, clock.instant()));
        events.publishEvent(new AttachmentsChanged(practiceId));
        return saved.info();
    }

    /** The attachments of a practice the person may read, in upload order. */
    public List<AttachmentInfo> attachmentsOf(long practiceId, String actor) {
        practices.readable(practiceId, practices.user(actor));
        return attachments.findByPracticeIdOrderByUploadedAtAscIdAsc(practiceId).stream().map(Attachment::info)
                .toList();
    }

    /** The texts extracted from a practice's documents (for the search index); no access check. */
    public List<String> extractedTexts(long practiceId) {
        return attachments.findByPracticeIdOrderByUploadedAtAscIdAsc(practiceId).stream()
                .map(Attachment::extractedText).filter(t -> t != null).toList();
    }

    /** A file to send to a person who may read its practice; others get {@link AttachmentNotFoundException}. */
    public AttachmentDownload download(long attachmentId, String actor) {
        Attachment attachment = attachments.findById(attachmentId)
                .orElseThrow(() -> new AttachmentNotFoundException(attachmentId));
        if (practices.find(attachment.practiceId(), actor).isEmpty()) {
            throw new AttachmentNotFoundException(attachmentId);
        }
        String key = attachment.storageKey();
        return new AttachmentDownload(attachment.info(), () -> documents.open(key));
    }

    /** Removes an attachment of a practice the person may edit. */
    @Transactional
    public void delete(long attachmentId, String actor) {
        Attachment attachment = attachments.findById(attachmentId)
                .orElseThrow(() -> new AttachmentNotFoundException(attachmentId));
        CatalogUser user = practices.user(actor);
        Practice practice = practices.readable(attachment.practiceId(), user);
        if (!user.canEdit(practice)) {
            throw new AccessDeniedException(actor + " may not remove attachments of practice " + practice.getId());
        }
        attachments.delete(attachment);
        events.publishEvent(new AttachmentsChanged(practice.getId()));
        documents.delete(attachment.storageKey());
    }
}
