package pl.dobrepraktyki.catalog;

import java.time.Instant;

/** An attachment as lists show it; {@code contentType} is one of the accepted kinds, found from the content. */
public record AttachmentInfo(long id, long practiceId, String fileName, String contentType, long sizeBytes,
        Instant uploadedAt) {
}
