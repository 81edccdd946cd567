package pl.dobrepraktyki.catalog;

import java.io.IOException;
import java.io.InputStream;

import org.springframework.web.multipart.MultipartFile;

/** The one way an uploaded form file reaches a document service: an empty or missing file is refused. */
public final class FileUploads {

    /** What receives the file's name and content (the stream is closed afterwards). */
    @FunctionalInterface
    public interface Receiver {
        void receive(String fileName, InputStream content) throws IOException;
    }

    private FileUploads() {
    }

    /**
     * Hands the file to the receiver.
     *
     * @throws AttachmentRejectedException when no file or an empty file was sent
     */
    public static void receive(MultipartFile file, Receiver receiver) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new AttachmentRejectedException("catalog.attachment.empty");
        }
        try (InputStream in = file.getInputStream()) {
            receiver.receive(file.getOriginalFilename(), in);
        }
    }
}
