package pl.dobrepraktyki.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

import pl.dobrepraktyki.catalog.internal.DocumentInspector;

/**
 * Attachments of practices: uploads checked by content and size, stored under a random key, their
 * text extracted for search; downloads for whoever may read the practice.
 */
@Service
@Transactional(readOnly = true)
public class AttachmentService {

    private final AttachmentRepository attachments;
    private final AttachmentStorage storage;
    private final PracticeService practices;
    private final Clock clock;
    private final long maxSize;
    private final org.springframework.context.ApplicationEventPublisher events;

    AttachmentService(AttachmentRepository attachments, AttachmentStorage storage, PracticeService practices,
            Clock clock, @Value("${bdp.attachments.max-size:20MB}") DataSize maxSize,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.attachments = attachments;
        this.storage = storage;
        this.practices = practices;
        this.clock = clock;
        this.maxSize = maxSize.toBytes();
    }

    /** The largest accepted file. */
    public DataSize maxSize() {
        return DataSize.ofBytes(maxSize);
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
        Path temp = null;
        try {
            temp = Files.createTempFile("bdp-upload-", ".bin");
            long size = copyLimited(content, temp);
            if (size == 0) {
                throw new AttachmentRejectedException("catalog.attachment.empty");
            }
            DocumentInspector.Inspection inspection = DocumentInspector.inspect(temp);
            String key = UUID.randomUUID().toString();
            try (InputStream in = Files.newInputStream(temp)) {
                storage.put(key, in);
            }
            Attachment saved = attachments.save(new Attachment(practiceId, key, safeName(fileName),
                    inspection.contentType(), size, inspection.text(), actor, clock.instant()));
            events.publishEvent(new AttachmentsChanged(practiceId));
            return saved.info();
        }
        catch (DocumentInspector.RejectedFileException e) {
            throw new AttachmentRejectedException(e.messageKey());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        finally {
            deleteQuietly(temp);
        }
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
        return new AttachmentDownload(attachment.info(), () -> storage.open(key));
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
        try {
            storage.delete(attachment.storageKey());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long copyLimited(InputStream in, Path target) throws IOException {
        try (var out = Files.newOutputStream(target)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > maxSize) {
                    throw new AttachmentRejectedException("catalog.attachment.tooLarge");
                }
                out.write(buffer, 0, n);
            }
            return total;
        }
    }

    /** The name without folders and control characters, at most 255 characters. */
    static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty()) {
            name = "zalacznik";
        }
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }

    private static void deleteQuietly(Path temp) {
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            }
            catch (IOException ignored) {
                // a temporary file the system cleans up anyway
            }
        }
    }
}
