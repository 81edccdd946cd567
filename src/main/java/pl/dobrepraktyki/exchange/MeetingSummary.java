package pl.dobrepraktyki.exchange;

import java.time.Instant;
import java.time.LocalDateTime;

/** A meeting in a list, the calendar and Atom feeds and the API (no personal data); {@code createdAt}: when it was planned. */
public record MeetingSummary(long id, Long groupId, String groupName, String title, MeetingKind kind,
        MeetingMode mode, LocalDateTime startsAt, LocalDateTime endsAt, String hostUnitTeryt, String hostUnitName,
        String place, Integer capacity, long registered, boolean demo,
        Instant createdAt) {
}
