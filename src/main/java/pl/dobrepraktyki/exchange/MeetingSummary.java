package pl.dobrepraktyki.exchange;

import java.time.LocalDateTime;

/** A meeting in a list, the calendar feed and the API (no personal data). */
public record MeetingSummary(long id, Long groupId, String groupName, String title, MeetingKind kind,
        MeetingMode mode, LocalDateTime startsAt, LocalDateTime endsAt, String hostUnitTeryt, String hostUnitName,
        String place, Integer capacity, long registered, boolean demo) {
}
