package pl.dobrepraktyki.catalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The one way stored documents are sent (practice attachments, meeting materials): the checked
 * content type, the length, {@code Content-Disposition: attachment} with the UTF-8 file name and
 * {@code nosniff}, so a browser never renders an uploaded file as a page.
 */
public final class FileResponses {

    private FileResponses() {
    }

    public static ResponseEntity<InputStreamResource> attachment(String fileName, String contentType, long sizeBytes,
            AttachmentDownload.Opener content) throws IOException {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(contentType))
                .contentLength(sizeBytes)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(content.open()));
    }
}
