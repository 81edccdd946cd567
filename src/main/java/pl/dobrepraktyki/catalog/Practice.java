package pl.dobrepraktyki.catalog;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
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
import org.springframework.data.domain.AbstractAggregateRoot;

import pl.dobrepraktyki.localgov.SizeCategory;
import pl.dobrepraktyki.localgov.UnitKind;

/**
 * A good practice: the aggregate that holds every part of the standardised description and guards
 * its workflow. State changes only through the intention-named methods, which refuse illegal
 * transitions ({@link IllegalPracticeTransitionException}) and register past-tense events that are
 * published when the practice is saved. Other modules read practices through
 * {@link PracticeService} ({@link PracticeSnapshot}), never change this entity directly.
 */
@Entity
@Table(name = "practice")
public class Practice extends AbstractAggregateRoot<Practice> {

    /** Longest Markdown text of one part. */
    public static final int MAX_TEXT = 20_000;
    public static final int MAX_SUMMARY = 1_000;
    public static final int MAX_TITLE = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String externalId;

    @Enumerated(EnumType.STRING)
    private PracticeStatus status;

    private String title;
    private String summary;
    private String leadUnitTeryt;
    private String sectionCode;
    private Integer startYear;
    private LocalDate startDate;
    private LocalDate endDate;
    private boolean ongoing;
    private String problem;
    private String goals;
    private String solution;
    private BigDecimal costPln;
    private String fundingSources;
    private String people;
    private String timeNeeded;
    private String resultsText;
    private String lessons;
    private String transferConditions;

    @Embedded
    private Contact contact;

    @Embedded
    private CompetitionAward award;

    private String sourceCode;
    private String fundingProjectCode;
    private String submittedBy;
    private Instant submittedAt;
    private String verifiedBy;
    private LocalDate lastVerified;
    private Instant publishedAt;
    private String editorNote;
    private boolean demo;
    private String createdBy;
    private Instant createdAt;
    private String updatedBy;
    private Instant updatedAt;

    @ElementCollection
    @BatchSize(size = 50)
    @CollectionTable(name = "practice_partner_unit", joinColumns = @JoinColumn(name = "practice_id"))
    @OrderColumn(name = "idx")
    @Column(name = "unit_teryt")
    private List<String> partnerUnitTeryts = new ArrayList<>();

    @ElementCollection
    @BatchSize(size = 50)
    @CollectionTable(name = "practice_partner_organisation", joinColumns = @JoinColumn(name = "practice_id"))
    @OrderColumn(name = "idx")
    @Column(name = "name")
    private List<String> partnerOrganisations = new ArrayList<>();

    @ElementCollection
    @BatchSize(size = 50)
    @CollectionTable(name = "practice_area", joinColumns = @JoinColumn(name = "practice_id"))
    @Column(name = "code")
    private Set<String> areas = new LinkedHashSet<>();

    @ElementCollection
    @BatchSize(size = 50)
    @CollectionTable(name = "practice_type", joinColumns = @JoinColumn(name = "practice_id"))
    @Column(name = "code")
    private Set<String> types = new LinkedHashSet<>();

    @ElementCollection
    @BatchSize(size = 50)
    @CollectionTable(name = "practice_keyword", joinColumns = @JoinColumn(name = "practice_id"))
    @OrderColumn(name = "idx")
    @Column(name = "keyword")
    private List<String> keywords = new ArrayList<>();

    @ElementCollection
    @BatchSize(size = 50)
    @CollectionTable(name = "practice_result", joinColumns = @JoinColumn(name = "practice_id"))
    @OrderColumn(name = "idx")
    private List<Result> results = new ArrayList<>();

    @ElementCollection
    @BatchSize(size = 50)
    @CollectionTable(name = "practice_link", joinColumns = @JoinColumn(name = "practice_id"))
    @OrderColumn(name = "idx")
    private List<Link> links = new ArrayList<>();

    @ElementCollection
    @BatchSize(size = 50)
    @CollectionTable(name = "practice_transfer_unit_kind", joinColumns = @JoinColumn(name = "practice_id"))
    @Column(name = "unit_kind")
    @Enumerated(EnumType.STRING)
    private Set<UnitKind> transferUnitKinds = new LinkedHashSet<>();

    @ElementCollection
    @BatchSize(size = 50)
    @CollectionTable(name = "practice_transfer_size_category", joinColumns = @JoinColumn(name = "practice_id"))
    @Column(name = "size_category")
    @Enumerated(EnumType.STRING)
    private Set<SizeCategory> transferSizeCategories = new LinkedHashSet<>();

    protected Practice() {
    }

    /** A new draft written by {@code author}; a draft may be incomplete. */
    public static Practice draft(PracticeContent content, String author, Instant now) {
        Practice practice = new Practice();
        practice.status = PracticeStatus.DRAFT;
        practice.createdBy = author;
        practice.createdAt = now;
        practice.apply(content, author, now);
        return practice;
    }

    /** Replaces every written part with {@code content}; the status does not change. */
    public void edit(PracticeContent content, String editor, Instant now) {
        apply(content, editor, now);
    }

    private void apply(PracticeContent c, String by, Instant now) {
        if (c.title() == null || c.leadUnitTeryt() == null) {
            throw new IllegalArgumentException("a practice needs a title and a lead unit");
        }
        title = c.title();
        summary = c.summary();
        leadUnitTeryt = c.leadUnitTeryt();
        replace(partnerUnitTeryts, c.partnerUnitTeryts());
        replace(partnerOrganisations, c.partnerOrganisations());
        sectionCode = c.section();
        replace(areas, c.areas());
        replace(types, c.types());
        replace(keywords, c.keywords());
        startYear = c.startYear();
        startDate = c.startDate();
        endDate = c.ongoing() ? null : c.endDate();
        ongoing = c.ongoing();
        problem = c.problem();
        goals = c.goals();
        solution = c.solution();
        costPln = c.costPln();
        fundingSources = c.fundingSources();
        people = c.people();
        timeNeeded = c.timeNeeded();
        replace(results, c.results());
        resultsText = c.resultsText();
        lessons = c.lessons();
        transferConditions = c.transferConditions();
        replace(transferUnitKinds, c.transferUnitKinds());
        replace(transferSizeCategories, c.transferSizeCategories());
        Contact newContact = c.contact();
        if (contact != null && newContact.samePersonData(contact) && newContact.lastConfirmed() == null) {
            newContact = newContact.confirmedOn(contact.lastConfirmed());
        }
        contact = newContact;
        replace(links, c.links());
        sourceCode = c.source();
        fundingProjectCode = c.fundingProject();
        touch(by, now);
    }

    private static <T> void replace(java.util.Collection<T> target, java.util.Collection<T> values) {
        boolean same = target instanceof Set ? new java.util.HashSet<>(target).equals(new java.util.HashSet<>(values))
                : new ArrayList<>(target).equals(new ArrayList<>(values));
        if (!same) {
            target.clear();
            target.addAll(values);
        }
    }

    /** Marks who saved last and when (every save makes a new version). */
    void touch(String by, Instant now) {
        updatedBy = by;
        updatedAt = now;
    }

    /** Links the practice to its record in an imported file, and marks demo content. */
    public void markImported(String externalId, boolean demo) {
        this.externalId = Texts.clean(externalId);
        this.demo = demo;
    }

    // --- workflow -------------------------------------------------------------------------------

    /**
     * The parts the methodology requires before the editors can review the practice, as message
     * keys ({@code catalog.missing.*}); empty when it is complete.
     */
    public List<String> missingParts() {
        List<String> missing = new ArrayList<>();
        require(missing, title, "title");
        require(missing, summary, "summary");
        require(missing, sectionCode, "section");
        if (areas.isEmpty()) {
            missing.add("catalog.missing.areas");
        }
        if (types.isEmpty()) {
            missing.add("catalog.missing.types");
        }
        if (startYear == null) {
            missing.add("catalog.missing.startYear");
        }
        require(missing, problem, "problem");
        require(missing, goals, "goals");
        require(missing, solution, "solution");
        if (costPln == null && fundingSources == null && people == null) {
            missing.add("catalog.missing.resources");
        }
        if (results.stream().noneMatch(Result::isMeasurable)) {
            missing.add("catalog.missing.results");
        }
        require(missing, lessons, "lessons");
        require(missing, transferConditions, "transferability");
        if (contact == null || contact.name() == null || (contact.email() == null && contact.phone() == null)) {
            missing.add("catalog.missing.contact");
        }
        require(missing, sourceCode, "source");
        return missing;
    }

    private static void require(List<String> missing, String value, String part) {
        if (Texts.blank(value)) {
            missing.add("catalog.missing." + part);
        }
    }

    /** The unit sends its draft to the editors; refused when parts are missing. */
    public void submit(String submitter, Clock clock) {
        expect("submit", PracticeStatus.DRAFT);
        requireComplete();
        status = PracticeStatus.SUBMITTED;
        submittedBy = submitter;
        submittedAt = clock.instant();
        registerEvent(new PracticeSubmitted(id, leadUnitTeryt, submitter));
    }

    /** The unit sends the practice back after the editors asked for changes. */
    public void resubmit(String submitter, Clock clock) {
        expect("resubmit", PracticeStatus.CHANGES_REQUESTED);
        requireComplete();
        status = PracticeStatus.SUBMITTED;
        submittedAt = clock.instant();
        registerEvent(new PracticeResubmitted(id, leadUnitTeryt, submitter));
    }

    public void requestChanges(String editor, String note, Clock clock) {
        expect("requestChanges", PracticeStatus.SUBMITTED);
        if (Texts.blank(note)) {
            throw new IllegalArgumentException("an editor's request for changes needs a note");
        }
        status = PracticeStatus.CHANGES_REQUESTED;
        editorNote = note.strip();
        touch(editor, clock.instant());
        registerEvent(new ChangesRequested(id, editor, editorNote, submittedBy));
    }

    public void publish(String editor, Clock clock) {
        expect("publish", PracticeStatus.SUBMITTED);
        requireComplete();
        LocalDate today = LocalDate.now(clock);
        status = PracticeStatus.PUBLISHED;
        verifiedBy = editor;
        lastVerified = today;
        publishedAt = clock.instant();
        editorNote = null;
        touch(editor, clock.instant());
        registerEvent(new PracticePublished(id, editor, today, submittedBy));
    }

    public void reject(String editor, String reason, Clock clock) {
        expect("reject", PracticeStatus.SUBMITTED, PracticeStatus.CHANGES_REQUESTED);
        if (Texts.blank(reason)) {
            throw new IllegalArgumentException("a rejection needs a reason");
        }
        status = PracticeStatus.REJECTED;
        editorNote = reason.strip();
        touch(editor, clock.instant());
        registerEvent(new PracticeRejected(id, editor, editorNote, submittedBy));
    }

    /** The practice stays public but is due for verification (the re-verification job calls this). */
    public void markReverificationDue() {
        expect("markReverificationDue", PracticeStatus.PUBLISHED);
        status = PracticeStatus.REVERIFICATION_DUE;
        registerEvent(new ReverificationDue(id, leadUnitTeryt));
    }

    /** An editor confirms the published description is still current. */
    public void verify(String editor, Clock clock) {
        expect("verify", PracticeStatus.PUBLISHED, PracticeStatus.REVERIFICATION_DUE);
        LocalDate today = LocalDate.now(clock);
        status = PracticeStatus.PUBLISHED;
        verifiedBy = editor;
        lastVerified = today;
        touch(editor, clock.instant());
        registerEvent(new PracticeVerified(id, editor, today));
    }

    public void archive(String editor, Clock clock) {
        expect("archive", PracticeStatus.PUBLISHED, PracticeStatus.REVERIFICATION_DUE);
        status = PracticeStatus.ARCHIVED;
        touch(editor, clock.instant());
        registerEvent(new PracticeArchived(id, editor));
    }

    /**
     * Takes over status and provenance of a migrated record (import of the old base): the record
     * was reviewed there, so it may enter as published without passing the workflow again.
     */
    public void importedAs(PracticeStatus importedStatus, String verifier, LocalDate verifiedOn) {
        status = importedStatus;
        verifiedBy = verifier;
        lastVerified = verifiedOn;
    }

    /** Records the competition award the practice comes with (a practice from a competition entry). */
    void awarded(CompetitionAward competitionAward) {
        this.award = competitionAward;
    }

    /** The events registered since the last save (for tests). */
    List<Object> registeredEvents() {
        return List.copyOf(domainEvents());
    }

    private void requireComplete() {
        List<String> missing = missingParts();
        if (!missing.isEmpty()) {
            throw new IncompletePracticeException(missing);
        }
    }

    private void expect(String action, PracticeStatus... allowed) {
        for (PracticeStatus s : allowed) {
            if (status == s) {
                return;
            }
        }
        throw new IllegalPracticeTransitionException(status, action);
    }

    // --- personal data (GDPR) -------------------------------------------------------------------

    /**
     * The contact person withdrew their consent: their data stay for the unit and the editors, but are
     * no longer published. Does not count as an edit (no new version, no change of who edited last).
     */
    void withdrawContactConsent() {
        if (contact != null && contact.consent()) {
            contact = contact.withoutConsent();
        }
    }

    /**
     * Erases a person from the practice: their contact data go, and where they were the author,
     * submitter, verifier or last editor the pseudonym stands instead of their address.
     */
    void erasePerson(String email, String pseudonym) {
        if (contact != null && contact.hasEmail(email)) {
            contact = Contact.NONE;
        }
        createdBy = email.equals(createdBy) ? pseudonym : createdBy;
        updatedBy = email.equals(updatedBy) ? pseudonym : updatedBy;
        submittedBy = email.equals(submittedBy) ? pseudonym : submittedBy;
        verifiedBy = email.equals(verifiedBy) ? pseudonym : verifiedBy;
    }

    // --- reading --------------------------------------------------------------------------------

    /** Every written part, as the edit form and the version history see it. */
    public PracticeContent content() {
        return new PracticeContent(title, summary, leadUnitTeryt, List.copyOf(partnerUnitTeryts),
                List.copyOf(partnerOrganisations), sectionCode, areas.stream().sorted().toList(),
                types.stream().sorted().toList(), List.copyOf(keywords), startYear, startDate, endDate, ongoing,
                problem, goals, solution, costPln, fundingSources, people, timeNeeded, List.copyOf(results),
                resultsText, lessons, transferConditions, List.copyOf(transferUnitKinds),
                List.copyOf(transferSizeCategories), contact == null ? Contact.NONE : contact, List.copyOf(links),
                sourceCode, fundingProjectCode);
    }

    public PracticeSnapshot snapshot() {
        return new PracticeSnapshot(id, version, status, content(), submittedBy, verifiedBy, lastVerified,
                editorNote, updatedAt, updatedBy, award == null || award.award() == null ? null : award);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public PracticeStatus getStatus() {
        return status;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getLeadUnitTeryt() {
        return leadUnitTeryt;
    }

    public String getSectionCode() {
        return sectionCode;
    }

    public String getExternalId() {
        return externalId;
    }

    /** The competition award, or {@code null} for a practice that does not come from the competition. */
    public CompetitionAward getAward() {
        return award == null || award.award() == null ? null : award;
    }

    public boolean isDemo() {
        return demo;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public String getVerifiedBy() {
        return verifiedBy;
    }

    public LocalDate getLastVerified() {
        return lastVerified;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getEditorNote() {
        return editorNote;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
