package pl.dobrepraktyki.competition;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import pl.dobrepraktyki.catalog.AttachmentDownload;
import pl.dobrepraktyki.catalog.AttachmentRejectedException;
import pl.dobrepraktyki.catalog.AttachmentService;
import pl.dobrepraktyki.catalog.CheckedDocuments;
import pl.dobrepraktyki.competition.internal.EntryAttachmentRepository;

/**
 * Attachments of an entry. The official of the entry's unit adds and removes files while the entry
 * is a draft in an open call (the same rule as for the entry itself); files are checked like practice
 * attachments ({@link CheckedDocuments}). The unit's officials, the secretary (sent entries) and the
 * jury members who may see the entry download them; for anyone else a file is not found. When an
 * awarded entry becomes a practice, its files are attached to the practice too.
 */
@Service
@Transactional(readOnly = true)
public class EntryAttachmentService {

    /** A file to send: its description and content. */
    public record FileDownload(EntryAttachment info, AttachmentDownload.Opener content) {
    }

    private final EntryAttachmentRepository attachments;
    private final CompetitionService competition;
    private final CheckedDocuments documents;
    private final AttachmentService practiceAttachments;
    private final Clock clock;

    EntryAttachmentService(EntryAttachmentRepository attachments, CompetitionService competition,
            CheckedDocuments documents, AttachmentService practiceAttachments, Clock clock) {
        this.attachments = attachments;
        this.competition = competition;
        this.documents = documents;
        this.practiceAttachments = practiceAttachments;
        this.clock = clock;
    }

    /** The largest accepted file. */
    public org.springframework.util.unit.DataSize maxSize() {
        return documents.maxSize();
    }

    /** The files of an entry in upload order; no access check (for a page whose entry was already checked). */
    public List<EntryAttachment> attachmentsOf(long entryId) {
        return attachments.findByEntryIdOrderByUploadedAtAscIdAsc(entryId);
    }

    /**
     * The official adds a file to their unit's draft entry.
     *
     * @throws CompetitionException when the entry was sent or the call is closed
     * @throws AttachmentRejectedException when the file is too large, empty, not an accepted kind or damaged
     */
    @Transactional
    public EntryAttachment upload(long entryId, String fileName, InputStream content, String actor) {
        Entry entry = editable(entryId, actor);
        CheckedDocuments.StoredDocument stored = documents.store(fileName, content);
        return attachments.save(new EntryAttachment(entry.getId(), stored.key(), stored.fileName(),
                stored.contentType(), stored.sizeBytes(), stored.text(), actor, clock.instant()));
    }

    /** The official removes a file of their unit's draft entry (refused once sent or after the deadline). */
    @Transactional
    public void delete(long entryId, long attachmentId, String actor) {
        Entry entry = editable(entryId, actor);
        EntryAttachment attachment = attachments.findById(attachmentId).filter(a -> a.getEntryId() == entry.getId())
                .orElseThrow(() -> new CompetitionNotFoundException("attachment", attachmentId));
        attachments.delete(attachment);
        attachments.flush();
        documents.delete(attachment.getStorageKey());
    }

    /**
     * A file for a person who may see its entry: the unit's officials, the secretary, the jury members
     * who may score the entry; for anyone else {@link CompetitionNotFoundException}. Outside a transaction:
     * each rule is asked in its own, so a rule that does not find the entry does not spoil the next.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public FileDownload download(long attachmentId, String actor) {
        EntryAttachment attachment = attachments.findById(attachmentId)
                .filter(a -> actor != null && maySee(a.getEntryId(), actor))
                .orElseThrow(() -> new CompetitionNotFoundException("attachment", attachmentId));
        String key = attachment.getStorageKey();
        return new FileDownload(attachment, () -> documents.open(key));
    }

    private boolean maySee(long entryId, String actor) {
        return found(() -> competition.ownEntry(entryId, actor))
                || found(() -> competition.entryForSecretary(entryId, actor))
                || found(() -> competition.entryForJuror(entryId, actor));
    }

    private static boolean found(Runnable lookup) {
        try {
            lookup.run();
            return true;
        }
        catch (CompetitionNotFoundException | AccessDeniedException e) {
            return false;
        }
    }

    private Entry editable(long entryId, String actor) {
        Entry entry = competition.ownEntry(entryId, actor);
        if (entry.getStatus() != EntryStatus.DRAFT) {
            throw new CompetitionException("competition.entry.notDraft");
        }
        competition.edition(entry.getEditionId()).requireOpen(clock.instant());
        return entry;
    }

    /** An awarded entry became a practice: its files go with it (checked and stored again, as the practice's own). */
    @EventListener
    void awarded(EntryAwarded event) {
        for (EntryAttachment a : attachmentsOf(event.entryId())) {
            try (InputStream in = documents.open(a.getStorageKey())) {
                practiceAttachments.attachToNewPractice(event.practiceId(), a.getFileName(), in);
            }
            catch (AttachmentRejectedException e) {
                // checked when it was added; a file refused now stays with the entry only
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
