package pl.dobrepraktyki.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;

import pl.dobrepraktyki.catalog.internal.DocumentInspector;

/**
 * The catalog's file handling for every module that keeps documents (practice attachments, meeting
 * materials): the size limit, the kind judged from the content (PDF, DOCX, ODT, XLSX, PNG, JPEG),
 * the extracted text, storage under a random key and a safe file name.
 * <p>
 * The name a person sends is only shown, never used as a path; still, a name with control or
 * direction-changing characters (a right-to-left override, U+202E, between {@code a} and
 * {@code fdp.exe} makes the name look like {@code aexe.pdf}), with folders ({@code /}, {@code \}) or longer than {@value #MAX_NAME} characters
 * is refused, and so is a name whose extension does not match the content ({@link #EXTENSIONS}).
 */
@Service
public class CheckedDocuments {

    /** A checked and stored file: its storage key, safe name, kind, size and text ({@code null} for images). */
    public record StoredDocument(String key, String fileName, String contentType, long sizeBytes, String text) {
    }

    /** Longest accepted file name. */
    public static final int MAX_NAME = 255;

    /** The extensions a file of each accepted kind may have (compared in lower case). */
    public static final Map<String, Set<String>> EXTENSIONS = Map.of(
            DocumentInspector.PDF, Set.of("pdf"),
            DocumentInspector.DOCX, Set.of("docx"),
            DocumentInspector.ODT, Set.of("odt"),
            DocumentInspector.XLSX, Set.of("xlsx"),
            DocumentInspector.PNG, Set.of("png"),
            DocumentInspector.JPEG, Set.of("jpg", "jpeg", "jpe", "jfif"));

    private final AttachmentStorage storage;
    private final long maxSize;

    CheckedDocuments(AttachmentStorage storage, @Value("${bdp.attachments.max-size:20MB}") DataSize maxSize) {
        this.storage = storage;
        this.maxSize = maxSize.toBytes();
    }

    /** The largest accepted file. */
    public DataSize maxSize() {
        return DataSize.ofBytes(maxSize);
    }

    /**
     * Checks and stores a file.
     *
     * @throws AttachmentRejectedException when the file is too large, empty, not an accepted kind
     *         (judged from its content), active (scripts, XXE, zip bomb) or damaged, or its name is
     *         unsafe, too long or its extension does not match the content
     */
    public StoredDocument store(String fileName, InputStream content) {
        checkName(fileName);
        Path temp = null;
        try {
            temp = Files.createTempFile("bdp-upload-", ".bin");
            long size = copyLimited(content, temp);
            if (size == 0) {
                throw new AttachmentRejectedException("catalog.attachment.empty");
            }
            DocumentInspector.Inspection inspection = DocumentInspector.inspect(temp);
            checkExtension(fileName, inspection.contentType());
            String key = UUID.randomUUID().toString();
            try (InputStream in = Files.newInputStream(temp)) {
                storage.put(key, in);
            }
            return new StoredDocument(key, safeName(fileName), inspection.contentType(), size, inspection.text());
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

    /** The stored content; the caller closes the stream. */
    public InputStream open(String key) throws IOException {
        return storage.open(key);
    }

    /** Removes a stored file; nothing happens for an unknown key. */
    public void delete(String key) {
        try {
            storage.delete(key);
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

    /** Refuses a name with control or formatting characters, folders, or too long. */
    static void checkName(String fileName) {
        if (fileName == null) {
            return;
        }
        if (fileName.length() > MAX_NAME) {
            throw new AttachmentRejectedException("catalog.attachment.nameTooLong");
        }
        if (fileName.indexOf('/') >= 0 || fileName.indexOf('\\') >= 0
                || fileName.codePoints().anyMatch(CheckedDocuments::unsafe)) {
            throw new AttachmentRejectedException("catalog.attachment.name");
        }
    }

    private static boolean unsafe(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED -> true;
            default -> false;
        };
    }

    /** Refuses a name whose extension is not one of those of the kind the content shows. */
    static void checkExtension(String fileName, String contentType) {
        String name = fileName == null ? "" : fileName;
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).strip().toLowerCase(Locale.ROOT);
        if (!EXTENSIONS.getOrDefault(contentType, Set.of()).contains(extension)) {
            throw new AttachmentRejectedException("catalog.attachment.extension");
        }
    }

    /** The name without folders and control characters, at most 255 characters. */
    static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}\"]", "").strip();
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
