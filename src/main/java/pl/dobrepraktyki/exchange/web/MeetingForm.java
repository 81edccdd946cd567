package pl.dobrepraktyki.exchange.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;

import pl.dobrepraktyki.exchange.MeetingKind;
import pl.dobrepraktyki.exchange.MeetingMode;
import pl.dobrepraktyki.exchange.MeetingParams;
import pl.dobrepraktyki.exchange.MeetingView;
import pl.dobrepraktyki.exchange.StudyVisit;

/**
 * The meeting form. Study visits are typed one per line: the institution, then optionally "—" and
 * what was seen there.
 */
public class MeetingForm {

    static final String VISIT_SEPARATOR = "—";

    private Long groupId;
    private String title;
    private MeetingKind kind;
    private MeetingMode mode = MeetingMode.ON_SITE;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;
    @DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
    private LocalTime startTime;
    @DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
    private LocalTime endTime;
    private String hostUnitTeryt;
    private String place;
    private String agenda;
    private String minutes;
    private Integer capacity;
    private String programmeCode;
    private String studyVisits;
    private long version;

    static MeetingForm of(MeetingView m) {
        MeetingForm form = new MeetingForm();
        var s = m.summary();
        form.groupId = s.groupId();
        form.title = s.title();
        form.kind = s.kind();
        form.mode = s.mode();
        form.date = s.startsAt().toLocalDate();
        form.startTime = s.startsAt().toLocalTime();
        form.endTime = s.endsAt() == null ? null : s.endsAt().toLocalTime();
        form.hostUnitTeryt = s.hostUnitTeryt();
        form.place = s.place();
        form.agenda = m.agenda();
        form.minutes = m.minutes();
        form.capacity = s.capacity();
        form.programmeCode = m.programmeCode();
        form.studyVisits = String.join("\n", m.studyVisits().stream()
                .map(v -> v.description() == null ? v.institution()
                        : v.institution() + " " + VISIT_SEPARATOR + " " + v.description())
                .toList());
        form.version = m.version();
        return form;
    }

    MeetingParams toParams() {
        List<StudyVisit> visits = new ArrayList<>();
        if (studyVisits != null) {
            for (String line : studyVisits.split("\\R")) {
                int at = line.indexOf(VISIT_SEPARATOR);
                visits.add(at < 0 ? new StudyVisit(line, null)
                        : new StudyVisit(line.substring(0, at), line.substring(at + VISIT_SEPARATOR.length())));
            }
        }
        LocalTime start = startTime == null ? LocalTime.of(10, 0) : startTime;
        return new MeetingParams(groupId, title, kind, mode, date == null ? null : date.atTime(start),
                date == null || endTime == null ? null : date.atTime(endTime), hostUnitTeryt, place, agenda, minutes,
                capacity, programmeCode, visits);
    }

    public Long getGroupId() {
        return groupId;
    }

    public void setGroupId(Long groupId) {
        this.groupId = groupId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public MeetingKind getKind() {
        return kind;
    }

    public void setKind(MeetingKind kind) {
        this.kind = kind;
    }

    public MeetingMode getMode() {
        return mode;
    }

    public void setMode(MeetingMode mode) {
        this.mode = mode;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public void setStartTime(LocalTime startTime) {
        this.startTime = startTime;
    }

    public LocalTime getEndTime() {
        return endTime;
    }

    public void setEndTime(LocalTime endTime) {
        this.endTime = endTime;
    }

    public String getHostUnitTeryt() {
        return hostUnitTeryt;
    }

    public void setHostUnitTeryt(String hostUnitTeryt) {
        this.hostUnitTeryt = hostUnitTeryt;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getAgenda() {
        return agenda;
    }

    public void setAgenda(String agenda) {
        this.agenda = agenda;
    }

    public String getMinutes() {
        return minutes;
    }

    public void setMinutes(String minutes) {
        this.minutes = minutes;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public String getProgrammeCode() {
        return programmeCode;
    }

    public void setProgrammeCode(String programmeCode) {
        this.programmeCode = programmeCode;
    }

    public String getStudyVisits() {
        return studyVisits;
    }

    public void setStudyVisits(String studyVisits) {
        this.studyVisits = studyVisits;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
