package pl.dobrepraktyki.exchange;

import java.time.Instant;

/** A material of a meeting as lists show it. */
public record MaterialView(long id, long meetingId, String fileName, String contentType, long sizeBytes,
        Instant uploadedAt) {
}
