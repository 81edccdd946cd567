package pl.dobrepraktyki.api;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import pl.dobrepraktyki.exchange.MeetingKind;
import pl.dobrepraktyki.exchange.MeetingMode;
import pl.dobrepraktyki.exchange.MeetingService;
import pl.dobrepraktyki.exchange.MeetingSummary;

/** Meetings of exchange groups and standalone meetings in a period (no personal data). */
@RestController
@RequestMapping("/api/v1/meetings")
@Tag(name = "meetings", description = "Spotkania grup wymiany doświadczeń i spotkania tematyczne")
class MeetingApiController {

    /** The longest period one request may ask for. */
    static final int MAX_DAYS = 3 * 366;

    private final MeetingService meetings;

    MeetingApiController(MeetingService meetings) {
        this.meetings = meetings;
    }

    /** A meeting as the API gives it; times are Polish local time (Europe/Warsaw). */
    record MeetingResponse(long id, String title, MeetingKind kind, MeetingMode mode, LocalDateTime startsAt,
            LocalDateTime endsAt, Long groupId, String groupName, String hostUnitTeryt, String hostUnitName,
            String place, Integer capacity, long registered, boolean demo, String page, String calendar) {

        static MeetingResponse of(MeetingSummary m) {
            return new MeetingResponse(m.id(), m.title(), m.kind(), m.mode(), m.startsAt(), m.endsAt(), m.groupId(),
                    m.groupName(), m.hostUnitTeryt(), m.hostUnitName(), m.place(), m.capacity(), m.registered(),
                    m.demo(), "/spotkania/" + m.id(), "/spotkania/" + m.id() + "/kalendarz.ics");
        }
    }

    @GetMapping
    @Operation(summary = "Meetings starting between from and to (inclusive dates); without from, from today; "
            + "without to, a year after from")
    List<MeetingResponse> meetings(
            @Parameter(description = "first day (YYYY-MM-DD)") @RequestParam(name = "from", required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "last day (YYYY-MM-DD)") @RequestParam(name = "to", required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        LocalDate start = from != null ? from : meetings.now().toLocalDate();
        LocalDate end = to != null ? to : start.plusYears(1);
        if (end.isBefore(start)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "'to' is before 'from'");
        }
        if (end.toEpochDay() - start.toEpochDay() > MAX_DAYS) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "at most " + MAX_DAYS + " days at a time");
        }
        return meetings.between(start, end).stream().map(MeetingResponse::of).toList();
    }
}
