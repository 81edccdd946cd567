package pl.dobrepraktyki.catalog;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import pl.dobrepraktyki.accounts.AccountService;
import pl.dobrepraktyki.catalog.CatalogValidationException.Problem;
import pl.dobrepraktyki.localgov.LocalGovernmentService;

/**
 * The catalog's public service: drafts, edits with optimistic locking, the workflow transitions,
 * reads with data-level access checks, the version history and adoptions.
 * <p>
 * Methods take the acting person's account e-mail ({@code actor}; {@code null} for an anonymous
 * visitor) and decide from the account's roles and unit what the person may do:
 * everyone reads public practices; officials of the lead unit read their unit's practices and
 * edit them while {@link PracticeStatus#isEditableByUnit() editable}; editors and administrators
 * read and edit everything and move practices through the workflow. A practice the person may not
 * read answers {@link PracticeNotFoundException}; a step the person may not take answers
 * {@link AccessDeniedException}. Every save keeps a version ({@link #versions}, {@link #version}).
 */
@Service
@Transactional(readOnly = true)
public class PracticeService {

    /** Who saves when no person does (scheduled jobs). */
    public static final String SYSTEM = "system";
    private static final String EXPORT_PREFIX = "bdp-";

    private static final Set<PracticeStatus> PUBLIC = EnumSet.of(PracticeStatus.PUBLISHED,
            PracticeStatus.REVERIFICATION_DUE);

    private final PracticeRepository practices;
    private final PracticeVersionRepository versions;
    private final AdoptionRepository adoptions;
    private final TaxonomyService taxonomies;
    private final LocalGovernmentService units;
    private final AccountService accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PracticeService(PracticeRepository practices, PracticeVersionRepository versions, AdoptionRepository adoptions,
            TaxonomyService taxonomies, LocalGovernmentService units, AccountService accounts,
            ApplicationEventPublisher events, Clock clock) {
        this.practices = practices;
        this.versions = versions;
        this.adoptions = adoptions;
        this.taxonomies = taxonomies;
        this.units = units;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    // --- writing --------------------------------------------------------------------------------

    /**
     * Starts a draft. An official may only write for their own unit; editors for any unit.
     *
     * @throws CatalogValidationException naming the fields that cannot be saved
     */
    @Transactional
    public PracticeSnapshot createDraft(PracticeContent content, String actor) {
        CatalogUser user = user(actor);
        if (!user.editor() && !user.official()) {
            throw new AccessDeniedException("only officials and editors write practices");
        }
        content = canonical(content);
        validate(content, user);
        Practice practice = Practice.draft(content, actor, clock.instant());
        return save(practice, actor);
    }

    /**
     * Replaces the written parts of a practice, if nobody saved it since {@code expectedVersion}.
     *
     * @throws PracticeConflictException when the practice is no longer at {@code expectedVersion};
     *         nothing is written and the exception carries the current state
     */
    @Transactional
    public PracticeSnapshot update(long id, long expectedVersion, PracticeContent content, String actor) {
        CatalogUser user = user(actor);
        Practice practice = readable(id, user);
        if (!user.canEdit(practice)) {
            throw new AccessDeniedException("practice " + id + " is not editable by " + actor);
        }
        if (practice.getVersion() != expectedVersion) {
            throw new PracticeConflictException(practice.snapshot(), expectedVersion);
        }
        content = canonical(content);
        validate(content, user);
        if (!user.editor() && !content.leadUnitTeryt().equals(practice.getLeadUnitTeryt())) {
            throw new CatalogValidationException("leadUnitTeryt", "catalog.validation.leadUnit.own");
        }
        practice.edit(content, actor, clock.instant());
        return save(practice, actor);
    }

    /** The lead unit (or an editor) sends a draft, or a practice with requested changes, to the editors. */
    @Transactional
    public PracticeSnapshot submit(long id, String actor) {
        CatalogUser user = user(actor);
        Practice practice = readable(id, user);
        if (!user.canEdit(practice)) {
            throw new AccessDeniedException("practice " + id + " cannot be submitted by " + actor);
        }
        if (practice.getStatus() == PracticeStatus.CHANGES_REQUESTED) {
            practice.resubmit(actor, clock);
        }
        else {
            practice.submit(actor, clock);
        }
        practice.touch(actor, clock.instant());
        return save(practice, actor);
    }

    /**
     * A practice that comes from a competition: an editor (the competition's secretary) sends the
     * awarded entry's description to the editors' queue ({@link PracticeStatus#SUBMITTED}) with the
     * edition and award; an editor checks and publishes it through the usual review.
     *
     * @throws CatalogValidationException when the content cannot be saved
     * @throws IncompletePracticeException when a part the methodology requires is missing
     */
    @Transactional
    public PracticeSnapshot submitAwarded(PracticeContent content, CompetitionAward award, String actor) {
        CatalogUser user = user(actor);
        if (!user.editor()) {
            throw new AccessDeniedException(actor + " is not an editor");
        }
        content = canonical(content);
        validate(content, user);
        Practice practice = Practice.draft(content, actor, clock.instant());
        practice.awarded(award);
        save(practice, actor);
        practice.submit(actor, clock);
        return save(practice, actor);
    }

    /**
     * What makes the content unsaveable (format, unknown unit or taxonomy code), as (field, message
     * key) pairs; empty when it could be saved as a draft by an editor. For modules that keep a
     * practice description before it enters the catalog (competition entries).
     */
    public List<Problem> problemsOf(PracticeContent content) {
        try {
            validate(canonical(content), CatalogUser.EDITOR_CHECK);
            return List.of();
        }
        catch (CatalogValidationException e) {
            return e.problems();
        }
    }

    /** The parts the methodology still requires (message keys {@code catalog.missing.*}); empty when complete. */
    public List<String> missingParts(PracticeContent content) {
        return Practice.draft(content, SYSTEM, clock.instant()).missingParts();
    }

    @Transactional
    public PracticeSnapshot requestChanges(long id, String note, String editor) {
        return editorial(id, editor, p -> p.requestChanges(editor, note, clock));
    }

    @Transactional
    public PracticeSnapshot publish(long id, String editor) {
        return editorial(id, editor, p -> p.publish(editor, clock));
    }

    @Transactional
    public PracticeSnapshot reject(long id, String reason, String editor) {
        return editorial(id, editor, p -> p.reject(editor, reason, clock));
    }

    @Transactional
    public PracticeSnapshot verify(long id, String editor) {
        return editorial(id, editor, p -> p.verify(editor, clock));
    }

    @Transactional
    public PracticeSnapshot archive(long id, String editor) {
        return editorial(id, editor, p -> p.archive(editor, clock));
    }

    /**
     * Writes a record of an import file (the caller validated it): adds it, or updates the practice
     * imported earlier under the same external id. A record equal to what is stored changes nothing,
     * so importing a file twice adds no versions. Migrated records keep their status and last
     * verification without passing the workflow again.
     *
     * @return the practice id and whether anything was written
     */
    @Transactional
    public ImportOutcome importPractice(String externalId, PracticeContent content, PracticeStatus status,
            LocalDate lastVerified, boolean demo, String by) {
        return importPractice(externalId, content, status, lastVerified, demo, by, null);
    }

    /**
     * Like {@link #importPractice(String, PracticeContent, PracticeStatus, LocalDate, boolean, String)}, for a
     * record that comes from the competition with its edition and award (e.g. results of past editions, or the
     * competition's demonstration content); {@code null} keeps the award the practice has.
     */
    @Transactional
    public ImportOutcome importPractice(String externalId, PracticeContent content, PracticeStatus status,
            LocalDate lastVerified, boolean demo, String by, CompetitionAward award) {
        PracticeContent canonical = canonical(content);
        externalId = externalKey(externalId);
        Practice practice = externalId == null ? null : byExternalId(externalId, canonical.title()).orElse(null);
        LocalDate verifiedOn = status == PracticeStatus.PUBLISHED || status == PracticeStatus.ARCHIVED
                ? (lastVerified != null ? lastVerified : LocalDate.now(clock)) : null;
        if (practice != null && comparable(practice.snapshot().content()).equals(comparable(canonical))
                && practice.getStatus() == status
                && java.util.Objects.equals(practice.snapshot().lastVerified(), verifiedOn)
                && (award == null || award.equals(practice.getAward()))) {
            return new ImportOutcome(practice.getId(), false);
        }
        Instant now = clock.instant();
        if (practice == null) {
            practice = Practice.draft(canonical, by, now);
        }
        else {
            practice.edit(canonical, by, now);
        }
        practice.markImported(externalId, demo);
        if (award != null) {
            practice.awarded(award);
        }
        if (status != PracticeStatus.DRAFT) {
            practice.importedAs(status, verifiedOn == null ? null : by, verifiedOn);
        }
        return new ImportOutcome(save(practice, by).practiceId(), true);
    }

    /** The content with its sets in one order and amounts without trailing zeros, to tell real changes. */
    private static PracticeContent comparable(PracticeContent c) {
        return new PracticeContent(c.title(), c.summary(), c.leadUnitTeryt(), sorted(c.partnerUnitTeryts()),
                sorted(c.partnerOrganisations()), c.section(), sorted(c.areas()), sorted(c.types()),
                sorted(c.keywords()), c.startYear(), c.startDate(), c.endDate(), c.ongoing(), c.problem(), c.goals(),
                c.solution(), c.costPln() == null ? null : c.costPln().stripTrailingZeros(), c.fundingSources(),
                c.people(), c.timeNeeded(), c.results(), c.resultsText(), c.lessons(), c.transferConditions(),
                c.transferUnitKinds(), c.transferSizeCategories(), c.contact(), c.links(), c.source(),
                c.fundingProject());
    }

    private static List<String> sorted(List<String> values) {
        return values.stream().sorted().toList();
    }

    /** What {@link #importPractice} did with one record. */
    public record ImportOutcome(long practiceId, boolean written) {
    }

    /** How many practices the base holds, in any status. */
    public long count() {
        return practices.count();
    }

    /** The practices with these statuses, for export, oldest first. */
    @Transactional(readOnly = true)
    public List<ExportedPractice> exportable(Collection<PracticeStatus> statuses) {
        return practices.findByStatusIn(statuses, Pageable.unpaged(Sort.by("id")))
                .map(p -> new ExportedPractice(p.snapshot(), p.getExternalId(), p.isDemo())).getContent();
    }

    /** A practice as export writes it: its current state, its id in the source system and the demo mark. */
    public record ExportedPractice(PracticeSnapshot snapshot, String externalId, boolean demo) {
    }

    /** Marks a published practice as due for re-verification (for the scheduled job; saved by {@link #SYSTEM}). */
    @Transactional
    public PracticeSnapshot markReverificationDue(long id) {
        Practice practice = practices.findById(id).orElseThrow(() -> new PracticeNotFoundException(id));
        practice.markReverificationDue();
        practice.touch(SYSTEM, clock.instant());
        return save(practice, SYSTEM);
    }

    private PracticeSnapshot editorial(long id, String editor, Consumer<Practice> step) {
        CatalogUser user = user(editor);
        if (!user.editor()) {
            throw new AccessDeniedException(editor + " is not an editor");
        }
        Practice practice = practices.findById(id).orElseThrow(() -> new PracticeNotFoundException(id));
        step.accept(practice);
        return save(practice, editor);
    }

    /** Saves, keeps the version and announces it. Every save is a new version. */
    private PracticeSnapshot save(Practice practice, String by) {
        Practice saved = practices.saveAndFlush(practice);
        PracticeSnapshot snapshot = saved.snapshot();
        versions.save(new PracticeVersion(saved.getId(), saved.getVersion(), saved.getStatus(), snapshot.savedAt(),
                by, SnapshotJson.write(snapshot)));
        events.publishEvent(new PracticeSaved(saved.getId(), saved.getVersion(), saved.getStatus(), by));
        return snapshot;
    }

    // --- reading --------------------------------------------------------------------------------

    /** The current state of a practice the person may read. */
    public PracticeSnapshot get(long id, String actor) {
        return readable(id, user(actor)).snapshot();
    }

    /** The practice if it exists and the person may read it. */
    public Optional<PracticeSnapshot> find(long id, String actor) {
        CatalogUser user = user(actor);
        return practices.findById(id).filter(user::canRead).map(Practice::snapshot);
    }

    /** True when the person may change the written parts now. */
    public boolean canEdit(long id, String actor) {
        CatalogUser user = user(actor);
        return practices.findById(id).filter(user::canRead).map(user::canEdit).orElse(false);
    }

    /** True when the person is an official who could record an adoption of this practice by their unit. */
    public boolean canAdopt(long id, String actor) {
        CatalogUser user = user(actor);
        return user.official() && user.unitTeryt() != null
                && practices.findById(id).filter(p -> p.getStatus().isPublic())
                        .filter(p -> !p.getLeadUnitTeryt().equals(user.unitTeryt())).isPresent()
                && !adoptions.existsByPracticeIdAndUnitTeryt(id, user.unitTeryt());
    }

    /** The unit of the person's account (officials), if any. */
    public Optional<String> unitOf(String actor) {
        return Optional.ofNullable(user(actor).unitTeryt());
    }

    /** Public practices, newest verification first; {@code section} (a code) may be {@code null}. */
    public Page<PracticeSummary> published(String section, Pageable pageable) {
        return publishedFor(section, null, pageable);
    }

    /** Practices in the given statuses (the editors' queue), any unit. */
    public Page<PracticeSummary> withStatus(Collection<PracticeStatus> statuses, Pageable pageable) {
        Map<String, String> names = new HashMap<>();
        return practices.findByStatusIn(statuses, pageable).map(p -> summary(p, names));
    }

    /** Published practices last verified before the day (or never): candidates for re-verification. */
    public List<PracticeSummary> publishedVerifiedBefore(LocalDate day) {
        Map<String, String> names = new HashMap<>();
        return practices.findVerifiedBefore(PracticeStatus.PUBLISHED, day).stream().map(p -> summary(p, names))
                .toList();
    }

    /** All practices of a unit in every status, for its officials ("moje praktyki") and editors. */
    public List<PracticeSummary> ofUnit(String teryt, String actor) {
        CatalogUser user = user(actor);
        if (!user.editor() && !user.isOfficialOf(teryt)) {
            throw new AccessDeniedException(actor + " is not an official of " + teryt);
        }
        Map<String, String> names = new HashMap<>();
        return practices.findByLeadUnitTerytOrderByUpdatedAtDesc(teryt).stream().map(p -> summary(p, names))
                .toList();
    }

    /** The name of a unit in the TERYT register (the code itself when the register does not know it). */
    public String unitNameOf(String teryt) {
        return teryt == null ? null : units.unitName(teryt).orElse(teryt);
    }

    /** Public practices a unit leads. */
    public List<PracticeSummary> publishedOfUnit(String teryt) {
        Map<String, String> names = new HashMap<>();
        return practices.findByLeadUnitTerytAndStatusInOrderByTitleAsc(teryt, PUBLIC).stream()
                .map(p -> summary(p, names)).toList();
    }

    /** Public practices a unit takes part in as a partner. */
    public List<PracticeSummary> publishedWithPartner(String teryt) {
        Map<String, String> names = new HashMap<>();
        return practices.findByPartnerUnit(teryt, PUBLIC).stream().map(p -> summary(p, names)).toList();
    }

    /**
     * The contact persons who agreed to be shown, of public practices of other units in any of the
     * areas ("who to ask"); never a contact without consent.
     */
    public List<PracticeContactView> consentedContactsInAreas(Collection<String> areas, String exceptUnitTeryt) {
        if (areas == null || areas.isEmpty()) {
            return List.of();
        }
        Map<String, String> names = new HashMap<>();
        return practices.findWithConsentedContactInAreas(areas, PUBLIC, exceptUnitTeryt == null ? "" : exceptUnitTeryt)
                .stream().filter(p -> p.content().contact().consent() && !p.content().contact().isEmpty())
                .map(p -> new PracticeContactView(p.getId(), p.getTitle(), p.getLeadUnitTeryt(),
                        summary(p, names).leadUnitName(), p.content().contact()))
                .toList();
    }

    /** The practice imported under an external id (import/export). */
    public Optional<PracticeSnapshot> findByExternalId(String externalId) {
        return byExternalId(externalId, null).map(Practice::snapshot);
    }

    /**
     * What makes content unsaveable by the format rules every version keeps (lengths, amounts, dates,
     * addresses), as message keys per field of the form; empty when it keeps them. Importers check records
     * with it before writing anything.
     */
    public List<Problem> formatProblems(PracticeContent content) {
        return PracticeRules.check(content, LocalDate.now(clock));
    }

    /**
     * An external id as it is stored: without surrounding white space, {@code null} when blank. Two ids
     * that differ only there are the same practice.
     */
    public static String externalKey(String externalId) {
        return Texts.clean(externalId);
    }

    /**
     * The external id under which a practice is exported: the one it was imported with, or
     * {@code bdp-<id>} for a practice written on the platform, so that importing an export updates
     * the same practices instead of adding copies.
     */
    public static String exportId(long practiceId, String externalId) {
        return externalId != null ? externalId : EXPORT_PREFIX + practiceId;
    }

    /**
     * The practice imported under this external id, or for {@code bdp-<id>} the platform's own practice
     * with that id (and, when {@code title} is given, that title: an export of another installation
     * must not overwrite an unrelated practice that happens to have the same id).
     */
    private Optional<Practice> byExternalId(String externalId, String title) {
        Optional<Practice> imported = practices.findByExternalId(externalId);
        if (imported.isPresent() || !externalId.matches(EXPORT_PREFIX + "\\d{1,18}")) {
            return imported;
        }
        return practices.findById(Long.valueOf(externalId.substring(EXPORT_PREFIX.length())))
                .filter(p -> p.getExternalId() == null)
                .filter(p -> title == null || title.equals(p.getTitle()));
    }

    /**
     * Public practices for the API: optionally of one section (a code) and of one unit (TERYT code
     * of the lead unit or a partner unit; a city county's 4-digit code means the city).
     */
    public Page<PracticeSummary> publishedFor(String section, String unitTeryt, Pageable pageable) {
        Map<String, String> names = new HashMap<>();
        return practices.findAll(publicPractices(section, null, unitTeryt), pageable).map(p -> summary(p, names));
    }

    /**
     * The latest public practices for the feeds, newest published first (a migrated practice, which has no
     * publication time, counts from its last change): optionally of one section, one thematic area (codes)
     * and one unit (lead or partner, as in {@link #publishedFor}).
     */
    public List<PracticeSummary> latestPublished(String section, String area, String unitTeryt, int limit) {
        Specification<Practice> newestFirst = (root, query, cb) -> {
            query.orderBy(cb.desc(cb.coalesce(root.<Instant>get("publishedAt"), root.<Instant>get("updatedAt"))),
                    cb.desc(root.get("id")));
            return null;
        };
        Map<String, String> names = new HashMap<>();
        return practices.findAll(publicPractices(section, area, unitTeryt).and(newestFirst), PageRequest.of(0, limit))
                .stream().map(p -> summary(p, names)).toList();
    }

    /**
     * Public practices published on the platform at or after {@code from} and before {@code to}, newest
     * first, at most {@code limit} (the weekly digest). A practice imported as published has no
     * publication time and is never "new".
     */
    public List<PracticeSummary> publishedBetween(Instant from, Instant to, int limit) {
        Specification<Practice> window = (root, query, cb) -> {
            query.orderBy(cb.desc(root.<Instant>get("publishedAt")), cb.desc(root.get("id")));
            return cb.and(cb.greaterThanOrEqualTo(root.<Instant>get("publishedAt"), from),
                    cb.lessThan(root.<Instant>get("publishedAt"), to));
        };
        Map<String, String> names = new HashMap<>();
        return practices.findAll(publicPractices(null, null, null).and(window), PageRequest.of(0, limit))
                .stream().map(p -> summary(p, names)).toList();
    }

    /** Public practices, optionally of a section, an area and a unit (lead or partner); {@code null}: any. */
    private Specification<Practice> publicPractices(String section, String area, String unitTeryt) {
        String unit = canonicalCode(unitTeryt);
        Specification<Practice> spec = (root, query, cb) -> root.get("status").in(PUBLIC);
        if (section != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("sectionCode"), section));
        }
        if (area != null) {
            spec = spec.and((root, query, cb) -> cb.isMember(area, root.<java.util.Collection<String>>get("areas")));
        }
        if (unit != null) {
            spec = spec.and((root, query, cb) -> cb.or(cb.equal(root.get("leadUnitTeryt"), unit),
                    cb.isMember(unit, root.<java.util.Collection<String>>get("partnerUnitTeryts"))));
        }
        return spec;
    }

    /**
     * Public practices a unit leads in one thematic area (an {@code AREA} code; {@code null} = any area),
     * by title: statistics links the best units of a peer group to what they did in the indicator's area.
     */
    public List<PracticeSummary> publishedOfUnitInArea(String teryt, String area) {
        String unit = canonicalCode(teryt);
        Specification<Practice> spec = (root, query, cb) -> cb.and(root.get("status").in(PUBLIC),
                cb.equal(root.get("leadUnitTeryt"), unit));
        if (area != null) {
            spec = spec.and((root, query, cb) -> cb.isMember(area, root.<java.util.Collection<String>>get("areas")));
        }
        Map<String, String> names = new HashMap<>();
        return practices.findAll(spec, org.springframework.data.domain.Sort.by("title")).stream()
                .map(p -> summary(p, names)).toList();
    }

    /** A public practice (published or due for re-verification), as anyone may read it. */
    public Optional<PracticeSnapshot> findPublished(long id) {
        return practices.findById(id).filter(p -> p.getStatus().isPublic()).map(Practice::snapshot);
    }

    // --- versions -------------------------------------------------------------------------------

    /** Every kept version of a practice, oldest first. The caller checks who may see them. */
    public List<PracticeVersionInfo> versions(long practiceId) {
        return versions.findByPracticeIdOrderByVersionNumberAsc(practiceId).stream().map(PracticeVersion::info)
                .toList();
    }

    /** One kept version, as it was saved. The caller checks who may see it. */
    public Optional<PracticeSnapshot> version(long practiceId, long number) {
        return versions.findByPracticeIdAndVersionNumber(practiceId, number).map(v -> SnapshotJson.read(v.snapshot()));
    }

    // --- adoption -------------------------------------------------------------------------------

    /**
     * Records that the official's unit adopted or adapted a public practice of another unit.
     *
     * @throws CatalogValidationException (field, message key) when it cannot be recorded
     */
    @Transactional
    public AdoptionView recordAdoption(long practiceId, AdoptionRequest request, String actor) {
        CatalogUser user = user(actor);
        Practice practice = readable(practiceId, user);
        if (!user.official() || user.unitTeryt() == null) {
            throw new AccessDeniedException(actor + " is not an official of a unit");
        }
        List<Problem> problems = new ArrayList<>();
        if (!practice.getStatus().isPublic()) {
            problems.add(new Problem("kind", "catalog.adoption.notPublic"));
        }
        if (practice.getLeadUnitTeryt().equals(user.unitTeryt())) {
            problems.add(new Problem("kind", "catalog.adoption.ownPractice"));
        }
        if (request.kind() == null) {
            problems.add(new Problem("kind", "catalog.adoption.kind.required"));
        }
        if (request.adoptedOn() == null) {
            problems.add(new Problem("adoptedOn", "catalog.adoption.date.required"));
        }
        else if (request.adoptedOn().isAfter(LocalDate.now(clock))) {
            problems.add(new Problem("adoptedOn", "catalog.adoption.date.future"));
        }
        String note = Texts.clean(request.note());
        if (note != null && note.length() > 1000) {
            problems.add(new Problem("note", "catalog.adoption.note.tooLong"));
        }
        if (adoptions.existsByPracticeIdAndUnitTeryt(practiceId, user.unitTeryt())) {
            problems.add(new Problem("kind", "catalog.adoption.exists"));
        }
        if (!problems.isEmpty()) {
            throw new CatalogValidationException(problems);
        }
        try {
            adoptions.saveAndFlush(new Adoption(practiceId, user.unitTeryt(), request.kind(), note,
                    request.adoptedOn(), actor, clock.instant()));
        }
        catch (DataIntegrityViolationException e) {
            throw new CatalogValidationException("kind", "catalog.adoption.exists");
        }
        events.publishEvent(new PracticeAdopted(practiceId, user.unitTeryt(), request.kind()));
        return new AdoptionView(practiceId, practice.getTitle(), user.unitTeryt(), unitName(user.unitTeryt(),
                new HashMap<>()), request.kind(), note, request.adoptedOn());
    }

    /** Where a practice was adopted, newest first. */
    public List<AdoptionView> adoptionsOf(long practiceId) {
        Map<String, String> names = new HashMap<>();
        String title = practices.findById(practiceId).map(Practice::getTitle).orElse(null);
        return adoptions.findByPracticeIdOrderByAdoptedOnDesc(practiceId).stream()
                .map(a -> new AdoptionView(practiceId, title, a.unitTeryt(), unitName(a.unitTeryt(), names), a.kind(),
                        a.note(), a.adoptedOn()))
                .toList();
    }

    /** What a unit adopted (public practices only), newest first. */
    public List<AdoptionView> adoptionsBy(String unitTeryt) {
        Map<String, String> names = new HashMap<>();
        List<AdoptionView> views = new ArrayList<>();
        for (Adoption a : adoptions.findByUnitTerytOrderByAdoptedOnDesc(unitTeryt)) {
            practices.findById(a.practiceId()).filter(p -> p.getStatus().isPublic())
                    .ifPresent(p -> views.add(new AdoptionView(p.getId(), p.getTitle(), a.unitTeryt(),
                            unitName(a.unitTeryt(), names), a.kind(), a.note(), a.adoptedOn())));
        }
        return views;
    }

    // --- helpers --------------------------------------------------------------------------------

    Practice readable(long id, CatalogUser user) {
        return practices.findById(id).filter(user::canRead).orElseThrow(() -> new PracticeNotFoundException(id));
    }

    CatalogUser user(String actor) {
        if (actor == null || SYSTEM.equals(actor)) {
            return CatalogUser.ANONYMOUS;
        }
        return accounts.findByEmail(actor).map(CatalogUser::of).orElse(CatalogUser.ANONYMOUS);
    }

    private PracticeSummary summary(Practice p, Map<String, String> names) {
        return new PracticeSummary(p.getId(), p.getTitle(), p.getSummary(), p.getLeadUnitTeryt(),
                unitName(p.getLeadUnitTeryt(), names), p.getSectionCode(), p.getStatus(), p.getLastVerified(),
                p.getUpdatedAt());
    }

    private String unitName(String teryt, Map<String, String> cache) {
        return cache.computeIfAbsent(teryt, t -> units.unitName(t).orElse(t));
    }

    /** Unit codes as the register keeps them (a city county's 4-digit code becomes its 7-digit one). */
    private PracticeContent canonical(PracticeContent c) {
        return new PracticeContent(c.title(), c.summary(), canonicalCode(c.leadUnitTeryt()),
                c.partnerUnitTeryts().stream().map(this::canonicalCode).toList(), c.partnerOrganisations(),
                c.section(), c.areas(), c.types(), c.keywords(), c.startYear(), c.startDate(), c.endDate(),
                c.ongoing(), c.problem(), c.goals(), c.solution(), c.costPln(), c.fundingSources(), c.people(),
                c.timeNeeded(), c.results(), c.resultsText(), c.lessons(), c.transferConditions(),
                c.transferUnitKinds(), c.transferSizeCategories(), c.contact(), c.links(), c.source(),
                c.fundingProject());
    }

    private String canonicalCode(String teryt) {
        try {
            return teryt == null ? null : units.canonicalCode(teryt);
        }
        catch (IllegalArgumentException e) {
            return teryt;
        }
    }

    /** What makes content unsaveable, even as a draft (completeness is checked only on submission). */
    private void validate(PracticeContent c, CatalogUser user) {
        List<Problem> problems = new ArrayList<>(PracticeRules.check(c, LocalDate.now(clock)));
        if (c.leadUnitTeryt() == null || !units.exists(c.leadUnitTeryt())) {
            problems.add(new Problem("leadUnitTeryt", "catalog.validation.unit.unknown"));
        }
        else if (!user.editor() && !c.leadUnitTeryt().equals(user.unitTeryt())) {
            problems.add(new Problem("leadUnitTeryt", "catalog.validation.leadUnit.own"));
        }
        for (String partner : c.partnerUnitTeryts()) {
            if (!units.exists(partner)) {
                problems.add(new Problem("partnerUnitTeryts", "catalog.validation.unit.unknown"));
                break;
            }
        }
        code(problems, Taxonomy.SECTION, c.section(), "section");
        c.areas().forEach(a -> code(problems, Taxonomy.AREA, a, "areas"));
        c.types().forEach(t -> code(problems, Taxonomy.PRACTICE_TYPE, t, "types"));
        code(problems, Taxonomy.SOURCE, c.source(), "source");
        code(problems, Taxonomy.FUNDING_PROJECT, c.fundingProject(), "fundingProject");
        if (!problems.isEmpty()) {
            throw new CatalogValidationException(problems.stream().distinct().toList());
        }
    }

    private void code(List<Problem> problems, Taxonomy taxonomy, String code, String field) {
        if (code != null && !taxonomies.exists(taxonomy, code)) {
            problems.add(new Problem(field, "catalog.validation.code.unknown"));
        }
    }
}
