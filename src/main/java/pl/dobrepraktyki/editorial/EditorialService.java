package pl.dobrepraktyki.editorial;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import pl.dobrepraktyki.catalog.AttachmentService;
import pl.dobrepraktyki.catalog.PracticeConflictException;
import pl.dobrepraktyki.catalog.PracticeService;
import pl.dobrepraktyki.catalog.PracticeSnapshot;
import pl.dobrepraktyki.catalog.PracticeStatus;
import pl.dobrepraktyki.catalog.PracticeSummary;
import pl.dobrepraktyki.catalog.PracticeVersionInfo;
import pl.dobrepraktyki.editorial.internal.ReviewLogRecord;
import pl.dobrepraktyki.editorial.internal.ReviewLogRepository;

/**
 * The editors' service: queues, the checklist of a practice, the review actions guarded by the
 * version the editor saw, and the review log. Practices change only through {@link PracticeService},
 * which checks that the person is an editor and that the step is allowed.
 */
@Service
@Transactional(readOnly = true)
public class EditorialService {

    /** How many practices a queue on the dashboard lists at most. */
    static final int QUEUE_LIMIT = 100;

    private final PracticeService practices;
    private final AttachmentService attachments;
    private final ReviewLogRepository log;
    private final Clock clock;

    EditorialService(PracticeService practices, AttachmentService attachments, ReviewLogRepository log,
            Clock clock) {
        this.practices = practices;
        this.attachments = attachments;
        this.log = log;
        this.clock = clock;
    }

    /**
     * Takes a review step on a practice, if it is still at the version the editor saw.
     *
     * @param seenVersion the version the editor reviewed
     * @param note the request for changes or the reason for a rejection (required for those)
     * @return the practice after the step
     * @throws PracticeConflictException when the practice was saved after {@code seenVersion}; nothing changes
     * @throws pl.dobrepraktyki.catalog.IllegalPracticeTransitionException when the status does not allow the step
     * @throws pl.dobrepraktyki.catalog.IncompletePracticeException when publishing an incomplete practice
     * @throws IllegalArgumentException when a required note is missing
     */
    @Transactional
    public PracticeSnapshot review(long practiceId, long seenVersion, ReviewAction action, String note,
            String editor) {
        if (!ReviewAction.EDITOR_ACTIONS.contains(action)) {
            throw new IllegalArgumentException(action + " is not an editor's action");
        }
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        if (action.isNoteRequired() && cleanNote == null) {
            throw new IllegalArgumentException(action + " needs a note");
        }
        PracticeSnapshot current = practices.get(practiceId, editor);
        if (current.version() != seenVersion) {
            throw new PracticeConflictException(current, seenVersion);
        }
        PracticeSnapshot after = switch (action) {
            case REQUEST_CHANGES -> practices.requestChanges(practiceId, cleanNote, editor);
            case PUBLISH -> practices.publish(practiceId, editor);
            case REJECT -> practices.reject(practiceId, cleanNote, editor);
            case VERIFY -> practices.verify(practiceId, editor);
            case ARCHIVE -> practices.archive(practiceId, editor);
            case MARK_REVERIFICATION_DUE -> throw new IllegalArgumentException(action.name());
        };
        record(practiceId, action, action.isNoteRequired() ? cleanNote : null, editor, seenVersion, after.version());
        return after;
    }

    /** Marks a published practice as due for re-verification (the scheduled job) and logs it. */
    @Transactional
    public PracticeSnapshot markReverificationDue(long practiceId) {
        PracticeSnapshot after = practices.markReverificationDue(practiceId);
        record(practiceId, ReviewAction.MARK_REVERIFICATION_DUE, null, PracticeService.SYSTEM, null,
                after.version());
        return after;
    }

    private void record(long practiceId, ReviewAction action, String note, String actor, Long seen, long after) {
        Instant now = clock.instant();
        log.save(new ReviewLogRecord(new ReviewLogEntry(practiceId, action, note, actor, seen, after, now)));
    }

    /** The review log of a practice, newest first. */
    public List<ReviewLogEntry> log(long practiceId) {
        return log.findByPracticeIdOrderByActedAtDescIdDesc(practiceId).stream().map(ReviewLogRecord::entry)
                .toList();
    }

    /** The methodology checklist of the practice's current state. */
    public Checklist checklist(PracticeSnapshot practice, String editor) {
        return Checklist.of(practice, attachments.attachmentsOf(practice.practiceId(), editor).size());
    }

    /** The editors' queues, oldest first, each with its full count and at most {@link #QUEUE_LIMIT} practices. */
    public List<Queue> queues(String editor) {
        Page<PracticeSummary> submitted = practices.withStatus(EnumSet.of(PracticeStatus.SUBMITTED),
                PageRequest.of(0, QUEUE_LIMIT * 2, Sort.by("updatedAt", "id")));
        List<QueueItem> first = new ArrayList<>();
        List<QueueItem> again = new ArrayList<>();
        for (PracticeSummary p : submitted) {
            boolean resubmitted = practices.versions(p.id()).stream().map(PracticeVersionInfo::status)
                    .anyMatch(s -> s == PracticeStatus.CHANGES_REQUESTED);
            (resubmitted ? again : first).add(item(p, editor));
        }
        List<Queue> queues = new ArrayList<>();
        long resubmittedCount = again.size();
        queues.add(new Queue(QueueKind.SUBMITTED, submitted.getTotalElements() - resubmittedCount, limit(first)));
        queues.add(new Queue(QueueKind.RESUBMITTED, resubmittedCount, limit(again)));
        queues.add(queue(QueueKind.CHANGES_REQUESTED, PracticeStatus.CHANGES_REQUESTED, editor));
        queues.add(queue(QueueKind.REVERIFICATION_DUE, PracticeStatus.REVERIFICATION_DUE, editor));
        return queues;
    }

    private static List<QueueItem> limit(List<QueueItem> items) {
        return items.size() > QUEUE_LIMIT ? items.subList(0, QUEUE_LIMIT) : items;
    }

    private Queue queue(QueueKind kind, PracticeStatus status, String editor) {
        Page<PracticeSummary> page = practices.withStatus(EnumSet.of(status),
                PageRequest.of(0, QUEUE_LIMIT, Sort.by("updatedAt", "id")));
        return new Queue(kind, page.getTotalElements(), page.map(p -> item(p, editor)).getContent());
    }

    private QueueItem item(PracticeSummary p, String editor) {
        PracticeSnapshot snapshot = practices.get(p.id(), editor);
        return new QueueItem(p.id(), p.title(), p.leadUnitName(), p.updatedAt(),
                checklist(snapshot, editor).score());
    }

    /** The dashboard's queues. */
    public enum QueueKind {
        SUBMITTED, RESUBMITTED, CHANGES_REQUESTED, REVERIFICATION_DUE;

        public String messageKey() {
            return "editorial.queue." + switch (this) {
                case SUBMITTED -> "submitted";
                case RESUBMITTED -> "resubmitted";
                case CHANGES_REQUESTED -> "changesRequested";
                case REVERIFICATION_DUE -> "reverificationDue";
            };
        }

        public String id() {
            return "kolejka-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** A queue: how many practices wait in it and the first of them. */
    public record Queue(QueueKind kind, long count, List<QueueItem> items) {
    }

    /** A practice in a queue: title, unit, when it was last saved and its completeness score. */
    public record QueueItem(long id, String title, String unitName, Instant date, int score) {
    }
}
