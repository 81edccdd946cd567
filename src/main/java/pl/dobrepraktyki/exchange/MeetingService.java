package pl.dobrepraktyki.exchange;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import pl.dobrepraktyki.accounts.AccountService;
import pl.dobrepraktyki.catalog.CheckedDocuments;
import pl.dobrepraktyki.catalog.PracticeService;
import pl.dobrepraktyki.localgov.LocalGovernmentService;

/**
 * Meetings: planning and changing them (the group's moderators, or the organiser of a standalone
 * meeting, and administrators), registration with a limit and a waiting list (a place freed by a
 * cancellation goes to the first person waiting), attendance, materials and presented practices.
 */
@Service
@Transactional(readOnly = true)
public class MeetingService {

    /** Meetings happen in Polish time; dates and times are stored as local times of this zone. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Warsaw");

    /** Longest agenda or minutes (the column's size). */
    static final int MAX_TEXT = 20000;

    private final MeetingRepository meetings;
    private final RegistrationRepository registrations;
    private final MeetingMaterialRepository materials;
    private final ExchangeGroupRepository groups;
    private final GroupMemberRepository members;
    private final MeetingSummaries summaries;
    private final AccountService accounts;
    private final PracticeService practices;
    private final CheckedDocuments documents;
    private final LocalGovernmentService units;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;

    MeetingService(MeetingRepository meetings, RegistrationRepository registrations,
            MeetingMaterialRepository materials, ExchangeGroupRepository groups, GroupMemberRepository members,
            MeetingSummaries summaries, AccountService accounts, PracticeService practices,
            CheckedDocuments documents, LocalGovernmentService units, Clock clock, ApplicationEventPublisher events,
            JdbcClient jdbc) {
        this.meetings = meetings;
        this.registrations = registrations;
        this.materials = materials;
        this.groups = groups;
        this.members = members;
        this.summaries = summaries;
        this.accounts = accounts;
        this.practices = practices;
        this.documents = documents;
        this.units = units;
        this.clock = clock;
        this.events = events;
        this.jdbc = jdbc;
    }

    /** Now, in Polish time. */
    public LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZONE);
    }

    /** Meetings starting on or after {@code from} and on or before {@code to} (both optional), by start. */
    public List<MeetingSummary> between(LocalDate from, LocalDate to) {
        LocalDateTime start = from == null ? LocalDateTime.of(1900, 1, 1, 0, 0) : from.atStartOfDay();
        LocalDateTime end = to == null ? LocalDateTime.of(9999, 1, 1, 0, 0) : to.plusDays(1).atStartOfDay();
        return summaries.of(meetings.findByStartsAtGreaterThanEqualAndStartsAtLessThanOrderByStartsAtAscIdAsc(start,
                end));
    }

    public List<MeetingSummary> upcoming() {
        return summaries.of(meetings.findByStartsAtGreaterThanEqualOrderByStartsAtAscIdAsc(now()));
    }

    /** The latest 100 past meetings, newest first (older ones: {@link #between}). */
    public List<MeetingSummary> past() {
        return summaries.of(meetings.findTop100ByStartsAtLessThanOrderByStartsAtDescIdDesc(now()));
    }

    public MeetingSummary summary(long id) {
        return summaries.of(load(id));
    }

    public long count() {
        return meetings.count();
    }

    public MeetingView meeting(long id, String actor) {
        Meeting meeting = load(id);
        ExchangeUser user = ExchangeUser.of(accounts, actor);
        boolean manages = manages(user, meeting);
        Map<String, String> names = new HashMap<>();
        List<RegistrationView> all = registrations.findByMeetingIdOrderByRegisteredAtAscIdAsc(id).stream()
                .map(r -> r.view(null)).toList();
        RegistrationView mine = user.loggedIn()
                ? all.stream().filter(r -> r.email().equals(user.email())).findFirst().orElse(null) : null;
        List<RegistrationView> visible = manages ? all.stream()
                .filter(r -> r.status() != RegistrationStatus.CANCELLED)
                .map(r -> new RegistrationView(r.id(), r.meetingId(), r.email(), r.displayName(), r.unitTeryt(),
                        summaries.unitName(r.unitTeryt(), names), r.status(), r.registeredAt(), r.attended()))
                .toList() : List.of();
        long waiting = all.stream().filter(r -> r.status() == RegistrationStatus.WAITING).count();
        List<Views.PracticeRef> presented = new ArrayList<>();
        for (Long practiceId : meeting.getPracticeIds()) {
            practices.findPublished(practiceId).ifPresent(p -> presented.add(new Views.PracticeRef(p.practiceId(),
                    p.content().title(), summaries.unitName(p.content().leadUnitTeryt(), names))));
        }
        return new MeetingView(summaries.of(meeting), meeting.getAgenda(), meeting.getMinutes(),
                meeting.getProgrammeCode(), List.copyOf(meeting.getStudyVisits()),
                materials.findByMeetingIdOrderByUploadedAtAscIdAsc(id).stream().map(MeetingMaterial::view).toList(),
                presented, waiting, mine, visible, manages, mayRegister(user, meeting),
                !meeting.getStartsAt().isAfter(now()), meeting.getVersion());
    }

    public boolean canManage(long id, String actor) {
        return manages(ExchangeUser.of(accounts, actor), load(id));
    }

    /** Whether the person may plan a meeting in the group ({@code null}: a standalone meeting). */
    public boolean canPlan(Long groupId, String actor) {
        ExchangeUser user = ExchangeUser.of(accounts, actor);
        if (groupId == null) {
            return user.moderator() || user.admin();
        }
        return groups.findById(groupId).map(user::manages).orElse(false);
    }

    @Transactional
    public long plan(MeetingParams params, String actor) {
        if (!canPlan(params.groupId(), actor)) {
            throw new AccessDeniedException(actor + " may not plan meetings here");
        }
        return meetings.save(Meeting.plan(withDefaults(params), actor, false, clock.instant())).getId();
    }

    /** Demonstration content: a meeting marked as demonstration data, without access checks. */
    @Transactional
    public long planDemo(MeetingParams params, String organiser) {
        return meetings.save(Meeting.plan(withDefaults(params), organiser, true, clock.instant())).getId();
    }

    @Transactional
    public void update(long id, long expectedVersion, MeetingParams params, String actor) {
        Meeting meeting = managed(id, actor);
        if (meeting.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Meeting.class, id);
        }
        MeetingParams checked = withDefaults(new MeetingParams(meeting.getGroupId(), params.title(), params.kind(),
                params.mode(), params.startsAt(), params.endsAt(), params.hostUnitTeryt(), params.place(),
                params.agenda(), params.minutes(), params.capacity(), params.programmeCode(), params.studyVisits()));
        meeting.change(checked);
        fillFreePlaces(meeting);
    }

    private MeetingParams withDefaults(MeetingParams p) {
        List<ExchangeValidationException.Problem> problems = new ArrayList<>();
        if (p.title() == null) {
            problems.add(new ExchangeValidationException.Problem("title", "exchange.meeting.title.required"));
        }
        else if (p.title().length() > 300) {
            problems.add(new ExchangeValidationException.Problem("title", "exchange.text.tooLong"));
        }
        if (p.startsAt() == null) {
            problems.add(new ExchangeValidationException.Problem("startsAt", "exchange.meeting.start.required"));
        }
        if (p.startsAt() != null && p.endsAt() != null && p.endsAt().isBefore(p.startsAt())) {
            problems.add(new ExchangeValidationException.Problem("endsAt", "exchange.period.invalid"));
        }
        if (p.capacity() != null && p.capacity() < 1) {
            problems.add(new ExchangeValidationException.Problem("capacity", "exchange.meeting.capacity.invalid"));
        }
        if (p.hostUnitTeryt() != null && !units.exists(p.hostUnitTeryt())) {
            problems.add(new ExchangeValidationException.Problem("hostUnitTeryt", "exchange.unit.unknown"));
        }
        if (p.agenda() != null && p.agenda().length() > MAX_TEXT) {
            problems.add(new ExchangeValidationException.Problem("agenda", "exchange.text.tooLong"));
        }
        if (p.minutes() != null && p.minutes().length() > MAX_TEXT) {
            problems.add(new ExchangeValidationException.Problem("minutes", "exchange.text.tooLong"));
        }
        if (p.place() != null && p.place().length() > 500) {
            problems.add(new ExchangeValidationException.Problem("place", "exchange.text.tooLong"));
        }
        if (p.studyVisits().stream().anyMatch(v -> v.institution().length() > 300
                || (v.description() != null && v.description().length() > 1000))) {
            problems.add(new ExchangeValidationException.Problem("studyVisits", "exchange.text.tooLong"));
        }
        if (!problems.isEmpty()) {
            throw new ExchangeValidationException(problems);
        }
        ExchangeGroup group = p.groupId() == null ? null : groups.findById(p.groupId())
                .orElseThrow(() -> new GroupNotFoundException(p.groupId()));
        MeetingKind kind = p.kind() != null ? p.kind() : group != null ? MeetingKind.GROUP_MEETING
                : MeetingKind.THEMATIC_MEETING;
        String programme = p.programmeCode() != null ? p.programmeCode() : group != null ? group.getProgrammeCode()
                : null;
        LocalDateTime ends = p.endsAt() != null ? p.endsAt() : p.startsAt().plusHours(4);
        String host = p.hostUnitTeryt() == null ? null : units.canonicalCode(p.hostUnitTeryt());
        return new MeetingParams(p.groupId(), p.title(), kind, p.mode() != null ? p.mode() : MeetingMode.ON_SITE,
                p.startsAt(), ends, host, p.place(), p.agenda(), p.minutes(), p.capacity(), programme,
                p.studyVisits());
    }

    /**
     * Registers the person: a place while there are places, otherwise the waiting list. Registering
     * again changes nothing; after a cancellation the person joins at the end.
     */
    @Transactional
    public RegistrationStatus register(long id, String actor) {
        Meeting meeting = meetings.findForUpdate(id).orElseThrow(() -> new MeetingNotFoundException("meeting " + id));
        ExchangeUser user = ExchangeUser.of(accounts, actor);
        if (!mayRegister(user, meeting)) {
            throw new AccessDeniedException(actor + " may not register for meeting " + id);
        }
        Optional<Registration> existing = registrations.findByMeetingIdAndEmail(id, user.email());
        if (existing.isPresent() && existing.get().getStatus() != RegistrationStatus.CANCELLED) {
            return existing.get().getStatus();
        }
        long taken = registrations.countByMeetingIdAndStatus(id, RegistrationStatus.REGISTERED);
        RegistrationStatus status = meeting.hasPlaceFor(taken) ? RegistrationStatus.REGISTERED
                : RegistrationStatus.WAITING;
        if (existing.isPresent()) {
            existing.get().renew(status, clock.instant());
        }
        else {
            registrations.save(new Registration(id, user.email(), user.displayName(), user.unitTeryt(), status,
                    clock.instant()));
        }
        return status;
    }

    /** Demonstration content: a registration (and attendance) of a person without an account. */
    @Transactional
    public void registerDemo(long id, String email, String name, String unitTeryt, boolean attended) {
        Registration r = registrations.save(new Registration(id, email, name, unitTeryt,
                RegistrationStatus.REGISTERED, clock.instant()));
        r.attended(attended);
    }

    /** Cancels the person's registration; a place it frees goes to the first person waiting. */
    @Transactional
    public void cancel(long id, String actor) {
        Meeting meeting = meetings.findForUpdate(id).orElseThrow(() -> new MeetingNotFoundException("meeting " + id));
        if (!meeting.getStartsAt().isAfter(now())) {
            throw new AccessDeniedException("meeting " + id + " has started; registrations are closed");
        }
        registrations.findByMeetingIdAndEmail(id, actor).ifPresent(r -> {
            if (r.getStatus() != RegistrationStatus.CANCELLED) {
                r.cancel();
                registrations.flush();
                fillFreePlaces(meeting);
            }
        });
    }

    private void fillFreePlaces(Meeting meeting) {
        long taken = registrations.countByMeetingIdAndStatus(meeting.getId(), RegistrationStatus.REGISTERED);
        while (meeting.hasPlaceFor(taken)) {
            Optional<Registration> next = registrations.findFirstByMeetingIdAndStatusOrderByRegisteredAtAscIdAsc(
                    meeting.getId(), RegistrationStatus.WAITING);
            if (next.isEmpty()) {
                return;
            }
            next.get().promote();
            registrations.flush();
            events.publishEvent(new PlaceOffered(meeting.getId(), next.get().getEmail(), meeting.getTitle(),
                    meeting.getStartsAt()));
            taken++;
        }
    }

    /**
     * Erasure of a person (GDPR Art. 17): their registrations are deleted; what they attended stays as an
     * anonymous count under {@code personKey}; a place they held at a coming meeting goes to the first
     * person waiting.
     */
    @Transactional
    void erasePerson(String email, String personKey) {
        for (Registration r : registrations.findByEmailOrderByRegisteredAtAsc(email)) {
            Meeting meeting = meetings.findForUpdate(r.getMeetingId())
                    .orElseThrow(() -> new MeetingNotFoundException("meeting " + r.getMeetingId()));
            if (r.isAttended()) {
                jdbc.sql("insert into meeting_erased_attendance (meeting_id, person_key, unit_teryt)"
                        + " values (:meeting, :person, :unit)").param("meeting", r.getMeetingId())
                        .param("person", personKey).param("unit", r.getUnitTeryt()).update();
            }
            boolean freesPlace = r.getStatus() == RegistrationStatus.REGISTERED
                    && meeting.getStartsAt().isAfter(now());
            registrations.delete(r);
            registrations.flush();
            if (freesPlace) {
                fillFreePlaces(meeting);
            }
        }
    }

    /** Records who of the registered people attended ({@code present} holds registration ids). */
    @Transactional
    public void recordAttendance(long id, Set<Long> present, String actor) {
        managed(id, actor);
        for (Registration r : registrations.findByMeetingIdOrderByRegisteredAtAscIdAsc(id)) {
            if (r.getStatus() == RegistrationStatus.REGISTERED) {
                r.attended(present.contains(r.getId()));
            }
        }
    }

    /**
     * Adds a presentation or document, checked like practice attachments.
     *
     * @throws pl.dobrepraktyki.catalog.AttachmentRejectedException when the file is not accepted
     */
    @Transactional
    public MaterialView addMaterial(long id, String fileName, InputStream content, String actor) {
        managed(id, actor);
        return save(id, documents.store(fileName, content), actor);
    }

    /** Demonstration content: adds a stored document without access checks. */
    @Transactional
    public MaterialView addMaterialDemo(long id, CheckedDocuments.StoredDocument stored, String by) {
        return save(load(id).getId(), stored, by);
    }

    private MaterialView save(long id, CheckedDocuments.StoredDocument stored, String actor) {
        return materials.save(new MeetingMaterial(id, stored.key(), stored.fileName(), stored.contentType(),
                stored.sizeBytes(), stored.text(), actor, clock.instant())).view();
    }

    @Transactional
    public void deleteMaterial(long id, long materialId, String actor) {
        managed(id, actor);
        MeetingMaterial material = materials.findById(materialId).filter(m -> m.getMeetingId() == id)
                .orElseThrow(() -> new MeetingNotFoundException("material " + materialId));
        materials.delete(material);
        documents.delete(material.getStorageKey());
    }

    /** A material to send (materials of meetings are public). */
    public MaterialDownload download(long materialId) {
        MeetingMaterial material = materials.findById(materialId)
                .orElseThrow(() -> new MeetingNotFoundException("material " + materialId));
        String key = material.getStorageKey();
        return new MaterialDownload(material.view(), () -> documents.open(key));
    }

    /** Links a public practice as presented at the meeting. */
    @Transactional
    public void linkPractice(long id, long practiceId, String actor) {
        Meeting meeting = managed(id, actor);
        if (practices.findPublished(practiceId).isEmpty()) {
            throw ExchangeValidationException.of("practiceId", "exchange.practice.unknown");
        }
        meeting.present(practiceId);
    }

    @Transactional
    public void unlinkPractice(long id, long practiceId, String actor) {
        managed(id, actor).withdraw(practiceId);
    }

    /** Demonstration content: links a practice without access checks. */
    @Transactional
    public void linkPracticeDemo(long id, long practiceId) {
        load(id).present(practiceId);
    }

    /** The meetings where a practice was presented. */
    public List<MeetingSummary> presenting(long practiceId) {
        return summaries.of(meetings.findPresenting(practiceId));
    }

    private boolean manages(ExchangeUser user, Meeting meeting) {
        if (meeting.getGroupId() != null) {
            return groups.findById(meeting.getGroupId()).map(user::manages).orElse(false) || user.organises(meeting);
        }
        return user.organises(meeting);
    }

    /**
     * Officials register for meetings that have not started; for a group's meeting they must belong
     * to a member unit or be a member of the group.
     */
    private boolean mayRegister(ExchangeUser user, Meeting meeting) {
        if (!user.official() || !meeting.getStartsAt().isAfter(now())) {
            return false;
        }
        if (meeting.getGroupId() == null) {
            return true;
        }
        return groups.findById(meeting.getGroupId())
                .map(g -> (user.unitTeryt() != null && g.getUnitTeryts().contains(user.unitTeryt()))
                        || members.findByGroupIdAndEmail(g.getId(), user.email()).isPresent())
                .orElse(false);
    }

    private Meeting load(long id) {
        return meetings.findById(id).orElseThrow(() -> new MeetingNotFoundException("meeting " + id));
    }

    private Meeting managed(long id, String actor) {
        Meeting meeting = load(id);
        if (!manages(ExchangeUser.of(accounts, actor), meeting)) {
            throw new AccessDeniedException(actor + " does not manage meeting " + id);
        }
        return meeting;
    }
}
