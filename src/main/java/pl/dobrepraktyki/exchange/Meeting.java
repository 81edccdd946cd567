package pl.dobrepraktyki.exchange;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;

/** A meeting: when, where, what (agenda, study visits, minutes), how many places, what practices were presented. */
@Entity
@Table(name = "meeting")
class Meeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long groupId;
    private String title;

    @Enumerated(EnumType.STRING)
    private MeetingKind kind;

    @Enumerated(EnumType.STRING)
    private MeetingMode mode;

    private LocalDateTime startsAt;
    private LocalDateTime endsAt;
    private String hostUnitTeryt;
    private String place;
    private String agenda;
    private String minutes;
    private Integer capacity;
    private String programmeCode;
    private String organiser;
    private boolean demo;
    private Instant createdAt;

    @Version
    private long version;

    @ElementCollection
    @BatchSize(size = 50)
    @CollectionTable(name = "meeting_study_visit", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "idx")
    @AttributeOverride(name = "institution", column = @Column(name = "institution"))
    private List<StudyVisit> studyVisits = new ArrayList<>();

    @ElementCollection
    @BatchSize(size = 50)
    @CollectionTable(name = "meeting_practice", joinColumns = @JoinColumn(name = "meeting_id"))
    @Column(name = "practice_id")
    private Set<Long> practiceIds = new LinkedHashSet<>();

    protected Meeting() {
    }

    static Meeting plan(MeetingParams params, String organiser, boolean demo, Instant now) {
        Meeting meeting = new Meeting();
        meeting.organiser = organiser;
        meeting.demo = demo;
        meeting.createdAt = now;
        meeting.groupId = params.groupId();
        meeting.change(params);
        return meeting;
    }

    void change(MeetingParams params) {
        title = params.title();
        kind = params.kind();
        mode = params.mode();
        startsAt = params.startsAt();
        endsAt = params.endsAt();
        hostUnitTeryt = params.hostUnitTeryt();
        place = params.place();
        agenda = params.agenda();
        minutes = params.minutes();
        capacity = params.capacity();
        programmeCode = params.programmeCode();
        studyVisits.clear();
        studyVisits.addAll(params.studyVisits());
    }

    /** True when one more person may take a place (not only the waiting list). */
    boolean hasPlaceFor(long registered) {
        return capacity == null || registered < capacity;
    }

    void present(long practiceId) {
        practiceIds.add(practiceId);
    }

    void withdraw(long practiceId) {
        practiceIds.remove(practiceId);
    }

    Long getId() {
        return id;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Long getGroupId() {
        return groupId;
    }

    String getTitle() {
        return title;
    }

    MeetingKind getKind() {
        return kind;
    }

    MeetingMode getMode() {
        return mode;
    }

    LocalDateTime getStartsAt() {
        return startsAt;
    }

    LocalDateTime getEndsAt() {
        return endsAt;
    }

    String getHostUnitTeryt() {
        return hostUnitTeryt;
    }

    String getPlace() {
        return place;
    }

    String getAgenda() {
        return agenda;
    }

    String getMinutes() {
        return minutes;
    }

    Integer getCapacity() {
        return capacity;
    }

    String getProgrammeCode() {
        return programmeCode;
    }

    String getOrganiser() {
        return organiser;
    }

    boolean isDemo() {
        return demo;
    }

    long getVersion() {
        return version;
    }

    List<StudyVisit> getStudyVisits() {
        return studyVisits;
    }

    Set<Long> getPracticeIds() {
        return practiceIds;
    }
}
