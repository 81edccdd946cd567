package pl.dobrepraktyki.competition;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import pl.dobrepraktyki.catalog.Award;
import pl.dobrepraktyki.catalog.PracticeContent;
import pl.dobrepraktyki.localgov.SizeCategory;

/**
 * A unit's application to an edition: the practice description (as the catalog's
 * {@link PracticeContent}), answers to the edition's questions, the size category from the
 * register, and its way through the formal check to an award.
 */
@Entity
@Table(name = "competition_entry")
public class Entry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private long editionId;
    private String unitTeryt;
    @Enumerated(EnumType.STRING)
    private SizeCategory sizeCategory;
    @Enumerated(EnumType.STRING)
    private EntryStatus status;
    private String title;
    private String content;
    private String answers;
    private String author;
    private Instant createdAt;
    private Instant updatedAt;
    private Instant submittedAt;
    private String rejectionReason;
    @Enumerated(EnumType.STRING)
    private Award award;
    private Long practiceId;
    private LocalDate visitDate;
    private String visitNote;

    protected Entry() {
    }

    Entry(long editionId, String unitTeryt, SizeCategory category, PracticeContent content, List<String> answers,
            String author, Instant now) {
        this.editionId = editionId;
        this.unitTeryt = unitTeryt;
        this.sizeCategory = category;
        this.status = EntryStatus.DRAFT;
        this.author = author;
        this.createdAt = now;
        write(content, answers, now);
    }

    void write(PracticeContent newContent, List<String> newAnswers, Instant now) {
        if (status != EntryStatus.DRAFT) {
            throw new CompetitionException("competition.entry.notDraft");
        }
        this.title = newContent.title();
        this.content = EntryJson.write(newContent);
        this.answers = EntryJson.write(newAnswers);
        this.updatedAt = now;
    }

    /** The person withdrew consent to publishing their contact data (GDPR): the entry's contact is not published. */
    void withdrawContactConsent(String email) {
        PracticeContent c = getContent();
        if (c.contact().consent() && c.contact().hasEmail(email)) {
            content = EntryJson.write(c.withContact(c.contact().withoutConsent()));
        }
    }

    /** Erasure of a person (GDPR Art. 17): their contact data go; the pseudonym stands where they were the author. */
    void erasePerson(String email, String pseudonym) {
        PracticeContent c = getContent();
        if (c.contact().hasEmail(email)) {
            content = EntryJson.write(c.withContact(pl.dobrepraktyki.catalog.Contact.NONE));
        }
        if (email.equals(author)) {
            author = pseudonym;
        }
    }

    void submit(Instant now) {
        if (status != EntryStatus.DRAFT) {
            throw new CompetitionException("competition.entry.notDraft");
        }
        status = EntryStatus.SUBMITTED;
        submittedAt = now;
        updatedAt = now;
    }

    void accept(Instant now) {
        if (status != EntryStatus.SUBMITTED && status != EntryStatus.REJECTED) {
            throw new CompetitionException("competition.entry.notSubmitted");
        }
        status = EntryStatus.ACCEPTED;
        rejectionReason = null;
        updatedAt = now;
    }

    void reject(String reason, Instant now) {
        if (status != EntryStatus.SUBMITTED && status != EntryStatus.ACCEPTED) {
            throw new CompetitionException("competition.entry.notSubmitted");
        }
        if (reason == null || reason.isBlank()) {
            throw new CompetitionException("competition.entry.reasonRequired");
        }
        status = EntryStatus.REJECTED;
        rejectionReason = reason.strip();
        award = null;
        updatedAt = now;
    }

    void award(Award newAward, Instant now) {
        if (newAward != null && status != EntryStatus.ACCEPTED) {
            throw new CompetitionException("competition.award.notAccepted");
        }
        award = newAward;
        updatedAt = now;
    }

    void recordVisit(LocalDate date, String note, Instant now) {
        if (date == null) {
            throw new CompetitionException("competition.visit.dateRequired");
        }
        visitDate = date;
        visitNote = note == null || note.isBlank() ? null : note.strip();
        updatedAt = now;
    }

    void becamePractice(long id) {
        practiceId = id;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getEditionId() {
        return editionId;
    }

    public String getUnitTeryt() {
        return unitTeryt;
    }

    public SizeCategory getSizeCategory() {
        return sizeCategory;
    }

    public EntryStatus getStatus() {
        return status;
    }

    public String getTitle() {
        return title;
    }

    public PracticeContent getContent() {
        return EntryJson.content(content);
    }

    public List<String> getAnswers() {
        return EntryJson.answers(answers);
    }

    public String getAuthor() {
        return author;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getRejectionReason() {
        return rejectionReason;
    }

    public Award getAward() {
        return award;
    }

    public Long getPracticeId() {
        return practiceId;
    }

    public LocalDate getVisitDate() {
        return visitDate;
    }

    public String getVisitNote() {
        return visitNote;
    }
}
