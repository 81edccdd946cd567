package pl.dobrepraktyki.exchange;

import java.time.LocalDateTime;
import java.util.List;

/**
 * What an organiser gives for a meeting. Times are local (Polish) time. {@code capacity} {@code null}
 * means no limit; {@code groupId} {@code null} means a standalone meeting.
 */
public record MeetingParams(Long groupId, String title, MeetingKind kind, MeetingMode mode, LocalDateTime startsAt,
        LocalDateTime endsAt, String hostUnitTeryt, String place, String agenda, String minutes, Integer capacity,
        String programmeCode, List<StudyVisit> studyVisits) {

    public MeetingParams {
        title = ExchangeTexts.clean(title);
        hostUnitTeryt = ExchangeTexts.clean(hostUnitTeryt);
        place = ExchangeTexts.clean(place);
        agenda = ExchangeTexts.clean(agenda);
        minutes = ExchangeTexts.clean(minutes);
        programmeCode = ExchangeTexts.clean(programmeCode);
        studyVisits = studyVisits == null ? List.of()
                : studyVisits.stream().filter(v -> v != null && v.institution() != null).toList();
    }
}
