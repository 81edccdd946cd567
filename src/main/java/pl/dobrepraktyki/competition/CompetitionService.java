package pl.dobrepraktyki.competition;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import pl.dobrepraktyki.accounts.AccountService;
import pl.dobrepraktyki.accounts.AccountView;
import pl.dobrepraktyki.accounts.Role;
import pl.dobrepraktyki.catalog.Award;
import pl.dobrepraktyki.catalog.CatalogValidationException;
import pl.dobrepraktyki.catalog.CatalogValidationException.Problem;
import pl.dobrepraktyki.catalog.CompetitionAward;
import pl.dobrepraktyki.catalog.PracticeContent;
import pl.dobrepraktyki.catalog.PracticeService;
import pl.dobrepraktyki.catalog.PracticeSnapshot;
import pl.dobrepraktyki.catalog.Taxonomy;
import pl.dobrepraktyki.catalog.TaxonomyService;
import pl.dobrepraktyki.competition.internal.ConflictRepository;
import pl.dobrepraktyki.competition.internal.EditionRepository;
import pl.dobrepraktyki.competition.internal.EntryRepository;
import pl.dobrepraktyki.competition.internal.JuryAssignmentRepository;
import pl.dobrepraktyki.competition.internal.ScorecardRepository;
import pl.dobrepraktyki.localgov.LocalGovernment;
import pl.dobrepraktyki.localgov.LocalGovernmentService;
import pl.dobrepraktyki.localgov.SizeCategory;

/**
 * The competition's service. Methods take the acting person's account e-mail ({@code actor}) and
 * check what the person may do: administrators create editions; editors and administrators act as
 * the competition's secretary; officials apply for their own unit; jury members score the accepted
 * entries of the categories (or the single entries) they are assigned to, except entries of their
 * own unit and entries they declared a conflict of interest with (those are not found for them). A step the rules refuse
 * throws {@link CompetitionException} with the reason and changes nothing.
 */
@Service
@Transactional(readOnly = true)
public class CompetitionService {

    private static final Set<EntryStatus> SENT = EnumSet.of(EntryStatus.SUBMITTED, EntryStatus.ACCEPTED,
            EntryStatus.REJECTED);

    private final EditionRepository editions;
    private final EntryRepository entries;
    private final ScorecardRepository scorecards;
    private final JuryAssignmentRepository assignments;
    private final ConflictRepository conflicts;
    private final AccountService accounts;
    private final LocalGovernmentService units;
    private final PracticeService practices;
    private final TaxonomyService taxonomies;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CompetitionService(EditionRepository editions, EntryRepository entries, ScorecardRepository scorecards,
            JuryAssignmentRepository assignments, ConflictRepository conflicts, AccountService accounts,
            LocalGovernmentService units, PracticeService practices, TaxonomyService taxonomies,
            ApplicationEventPublisher events, Clock clock) {
        this.editions = editions;
        this.entries = entries;
        this.scorecards = scorecards;
        this.assignments = assignments;
        this.conflicts = conflicts;
        this.accounts = accounts;
        this.units = units;
        this.practices = practices;
        this.taxonomies = taxonomies;
        this.events = events;
        this.clock = clock;
    }

    // --- editions -------------------------------------------------------------------------------

    /**
     * An administrator creates an edition.
     *
     * @throws CatalogValidationException naming the fields that are wrong
     */
    @Transactional
    public Edition createEdition(EditionSpec spec, String actor) {
        requireRole(actor, Role.ADMIN);
        return editions.save(new Edition(validated(spec), actor, clock.instant(), false)).loaded();
    }

    /** Demonstration content (written by the team, marked as demo); no person acts. */
    @Transactional
    public Edition createDemoEdition(EditionSpec spec) {
        return editions.save(new Edition(validated(spec), PracticeService.SYSTEM, clock.instant(), true));
    }

    private EditionSpec validated(EditionSpec spec) {
        List<Problem> problems = new ArrayList<>();
        if (blank(spec.name()) || spec.name().strip().length() > 300) {
            problems.add(new Problem("name", "competition.validation.name"));
        }
        if (spec.year() < 2000 || spec.year() > 2100) {
            problems.add(new Problem("year", "competition.validation.year"));
        }
        if (blank(spec.theme()) || spec.theme().strip().length() > 2000) {
            problems.add(new Problem("theme", "competition.validation.theme"));
        }
        if (!taxonomies.exists(Taxonomy.SECTION, spec.section())) {
            problems.add(new Problem("section", "competition.validation.section"));
        }
        if (spec.areas().isEmpty() || spec.areas().stream().anyMatch(a -> !taxonomies.exists(Taxonomy.AREA, a))) {
            problems.add(new Problem("areas", "competition.validation.areas"));
        }
        if (spec.opensAt() == null || spec.closesAt() == null || !spec.closesAt().isAfter(spec.opensAt())) {
            problems.add(new Problem("closesAt", "competition.validation.window"));
        }
        if (spec.criteria().stream().anyMatch(c -> blank(c.name()) || c.name().length() > 100 || c.weight() < 1
                || c.weight() > 10)) {
            problems.add(new Problem("criteria", "competition.validation.criteria"));
        }
        if (spec.maxScore() < 1 || spec.maxScore() > 10) {
            problems.add(new Problem("maxScore", "competition.validation.maxScore"));
        }
        if (spec.minMonthsRunning() < 0 || spec.minMonthsRunning() > 120) {
            problems.add(new Problem("minMonthsRunning", "competition.validation.months"));
        }
        if (spec.finalistsPerCategory() < 0 || spec.laureatesPerCategory() < 0 || spec.distinctionsPerCategory() < 0
                || spec.finalistsPerCategory() > 50 || spec.laureatesPerCategory() > 50
                || spec.distinctionsPerCategory() > 50) {
            problems.add(new Problem("finalistsPerCategory", "competition.validation.counts"));
        }
        if (spec.entriesPerUnit() < 1 || spec.entriesPerUnit() > 20) {
            problems.add(new Problem("entriesPerUnit", "competition.validation.entriesPerUnit"));
        }
        if (spec.fundingProject() != null && !spec.fundingProject().isBlank()
                && !taxonomies.exists(Taxonomy.FUNDING_PROJECT, spec.fundingProject())) {
            problems.add(new Problem("fundingProject", "competition.validation.fundingProject"));
        }
        if (spec.organisers() != null && spec.organisers().length() > 1000
                || spec.questions().size() > 10 || spec.questions().stream().anyMatch(q -> q.length() > 1000)) {
            problems.add(new Problem("questions", "competition.validation.tooLong"));
        }
        if (!problems.isEmpty()) {
            throw new CatalogValidationException(problems);
        }
        return spec;
    }

    /** Every edition, newest first (the archive). */
    public List<Edition> editions() {
        return editions.findAllByOrderByYearDescIdDesc().stream().map(Edition::loaded).toList();
    }

    public Edition edition(long id) {
        return editions.findById(id).map(Edition::loaded)
                .orElseThrow(() -> new CompetitionNotFoundException("edition", id));
    }

    public EditionPhase phase(Edition edition) {
        return edition.phaseAt(clock.instant());
    }

    /** Editions whose application window is open now. */
    public List<Edition> openEditions() {
        Instant now = clock.instant();
        return editions().stream().filter(e -> e.phaseAt(now) == EditionPhase.OPEN).toList();
    }

    // --- entries (officials) --------------------------------------------------------------------

    /**
     * An official starts an entry of their unit. Refused outside the application window, for a unit
     * the edition is not for, or above the edition's limit of entries per unit.
     */
    @Transactional
    public Entry createEntry(long editionId, EntryDraft draft, String actor) {
        requireCanApply(editionId, actor);
        AccountView official = requireRole(actor, Role.OFFICIAL);
        Edition edition = edition(editionId);
        Instant now = clock.instant();
        LocalGovernment unit = eligibleUnit(edition, official);
        PracticeContent content = checked(edition, unit.getTeryt(), draft);
        return entries.save(new Entry(editionId, unit.getTeryt(), unit.getSizeCategory(), content, draft.answers(),
                actor, now));
    }

    /** The official saves the draft again; refused after the deadline or once sent. */
    @Transactional
    public Entry updateEntry(long entryId, EntryDraft draft, String actor) {
        Entry entry = ownEntry(entryId, actor);
        Edition edition = edition(entry.getEditionId());
        Instant now = clock.instant();
        edition.requireOpen(now);
        entry.write(checked(edition, entry.getUnitTeryt(), draft), draft.answers(), now);
        return entries.saveAndFlush(entry);
    }

    /**
     * The official sends the entry. Refused after the deadline, when a part of the description or an
     * answer is missing, or when the solution has not run long enough before the call.
     */
    @Transactional
    public Entry submitEntry(long entryId, String actor) {
        Entry entry = ownEntry(entryId, actor);
        Edition edition = edition(entry.getEditionId());
        Instant now = clock.instant();
        edition.requireOpen(now);
        PracticeContent content = entry.getContent();
        List<String> missing = new ArrayList<>(practices.missingParts(content));
        if (entry.getAnswers().stream().anyMatch(String::isEmpty)
                || entry.getAnswers().size() < edition.getQuestions().size()) {
            missing.add("competition.missing.answers");
        }
        if (!missing.isEmpty()) {
            throw new IncompleteEntryException(missing);
        }
        LocalDate callDay = LocalDate.ofInstant(edition.getOpensAt(), EditionSpec.ZONE);
        LocalDate latestStart = callDay.minusMonths(edition.getMinMonthsRunning());
        LocalDate started = content.startDate() != null ? content.startDate()
                : LocalDate.of(content.startYear(), 1, 1);
        if (started.isAfter(latestStart)) {
            throw new CompetitionException("competition.entry.tooRecent", edition.getMinMonthsRunning(), latestStart);
        }
        entry.submit(now);
        return entries.saveAndFlush(entry);
    }

    /** Every entry of the official's unit, newest first. */
    public List<Entry> entriesOfMyUnit(String actor) {
        AccountView official = requireRole(actor, Role.OFFICIAL);
        return official.unitTeryt() == null ? List.of() : entries.findByUnitTerytOrderByIdDesc(official.unitTeryt());
    }

    /** An entry of the official's unit (not found for anyone else). */
    public Entry ownEntry(long entryId, String actor) {
        AccountView official = requireRole(actor, Role.OFFICIAL);
        return entries.findById(entryId).filter(e -> e.getUnitTeryt().equals(official.unitTeryt()))
                .orElseThrow(() -> new CompetitionNotFoundException("entry", entryId));
    }

    /** True when the official may start an entry of their unit in the edition now. */
    public boolean canApply(long editionId, String actor) {
        if (actor == null) {
            return false;
        }
        try {
            requireCanApply(editionId, actor);
            return true;
        }
        catch (CompetitionException | AccessDeniedException e) {
            return false;
        }
    }

    /**
     * Refuses, with the reason, when the official may not start an entry of their unit in the edition
     * now (outside the window, a unit the edition is not for, the limit of entries reached).
     */
    public void requireCanApply(long editionId, String actor) {
        AccountView official = requireRole(actor, Role.OFFICIAL);
        Edition edition = edition(editionId);
        edition.requireOpen(clock.instant());
        LocalGovernment unit = eligibleUnit(edition, official);
        if (entries.countByEditionIdAndUnitTeryt(editionId, unit.getTeryt()) >= edition.getEntriesPerUnit()) {
            throw new CompetitionException("competition.entry.limit", edition.getEntriesPerUnit());
        }
    }

    private LocalGovernment eligibleUnit(Edition edition, AccountView official) {
        LocalGovernment unit = official.unitTeryt() == null ? null
                : units.findByCode(official.unitTeryt()).orElse(null);
        if (unit == null || !edition.getUnitKinds().contains(unit.getKind()) || unit.getSizeCategory() == null
                || !edition.getCategories().contains(unit.getSizeCategory())) {
            throw new CompetitionException("competition.entry.unitNotEligible");
        }
        return unit;
    }

    /** The description with the competition's fixed parts, checked as a draft would be. */
    private PracticeContent checked(Edition edition, String unitTeryt, EntryDraft draft) {
        PracticeContent c = draft.content();
        PracticeContent content = new PracticeContent(c.title(), c.summary(), unitTeryt, c.partnerUnitTeryts(),
                c.partnerOrganisations(), edition.getSectionCode(), c.areas(), c.types(), c.keywords(),
                c.startDate() != null ? Integer.valueOf(c.startDate().getYear()) : c.startYear(), c.startDate(),
                c.endDate(), c.ongoing(), c.problem(), c.goals(), c.solution(), c.costPln(), c.fundingSources(),
                c.people(), c.timeNeeded(), c.results(), c.resultsText(), c.lessons(), c.transferConditions(),
                c.transferUnitKinds(), c.transferSizeCategories(), c.contact(), c.links(), "KONKURS",
                edition.getFundingProjectCode());
        List<Problem> problems = new ArrayList<>();
        if (content.title() == null) {
            problems.add(new Problem("title", "catalog.validation.title.required"));
        }
        else {
            problems.addAll(practices.problemsOf(content));
        }
        if (content.areas().stream().anyMatch(a -> !edition.getAreas().contains(a))) {
            problems.add(new Problem("area", "competition.validation.entryArea"));
        }
        if (draft.answers().size() > edition.getQuestions().size()
                || draft.answers().stream().anyMatch(a -> a.length() > 5000)) {
            problems.add(new Problem("answers", "competition.validation.tooLong"));
        }
        if (!problems.isEmpty()) {
            throw new CatalogValidationException(problems.stream().distinct().toList());
        }
        return content;
    }

    // --- secretary ------------------------------------------------------------------------------

    /** The entries of an edition the secretary sees: every sent one (drafts are the units' own). */
    public List<Entry> sentEntries(long editionId, String actor) {
        requireSecretary(actor);
        return entries.findByEditionIdAndStatusInOrderByIdAsc(editionId, SENT);
    }

    /** An entry as the secretary sees it. */
    public Entry entryForSecretary(long entryId, String actor) {
        requireSecretary(actor);
        return entries.findById(entryId).filter(e -> e.getStatus() != EntryStatus.DRAFT)
                .orElseThrow(() -> new CompetitionNotFoundException("entry", entryId));
    }

    @Transactional
    public Entry accept(long entryId, String actor) {
        return evaluationStep(entryId, actor, (entry, now) -> entry.accept(now));
    }

    @Transactional
    public Entry reject(long entryId, String reason, String actor) {
        return evaluationStep(entryId, actor, (entry, now) -> entry.reject(reason, now));
    }

    /** Marks the entry as laureate, distinction or finalist ({@code null} takes the award away), within the edition's limits. */
    @Transactional
    public Entry award(long entryId, Award award, String actor) {
        return evaluationStep(entryId, actor, (entry, now) -> {
            if (award != null) {
                Edition edition = edition(entry.getEditionId());
                int limit = switch (award) {
                    case LAUREATE -> edition.getLaureatesPerCategory();
                    case DISTINCTION -> edition.getDistinctionsPerCategory();
                    case FINALIST -> edition.getFinalistsPerCategory();
                };
                long taken = entries.findByEditionIdAndStatusInOrderByIdAsc(entry.getEditionId(),
                        EnumSet.of(EntryStatus.ACCEPTED)).stream()
                        .filter(e -> e.getSizeCategory() == entry.getSizeCategory() && award == e.getAward()
                                && !e.getId().equals(entry.getId()))
                        .count();
                if (taken >= limit) {
                    throw new CompetitionException("competition.award.limit", limit);
                }
            }
            entry.award(award, now);
        });
    }

    @Transactional
    public Entry recordVisit(long entryId, LocalDate date, String note, String actor) {
        if (note != null && note.length() > 2000) {
            throw new CompetitionException("competition.validation.tooLong");
        }
        return evaluationStep(entryId, actor, (entry, now) -> entry.recordVisit(date, note, now));
    }

    private interface Step {
        void apply(Entry entry, Instant now);
    }

    private Entry evaluationStep(long entryId, String actor, Step step) {
        Entry entry = entryForSecretary(entryId, actor);
        Instant now = clock.instant();
        edition(entry.getEditionId()).requireEvaluation(now);
        step.apply(entry, now);
        return entries.saveAndFlush(entry);
    }

    /** Assigns a jury member (an account with the JURY_MEMBER role) to categories of an edition. */
    @Transactional
    public void assignJury(long editionId, String juryEmail, List<SizeCategory> categories, String actor) {
        Edition edition = juryEdition(editionId, actor);
        AccountView juror = juror(juryEmail);
        if (categories.isEmpty()) {
            throw new CompetitionException("competition.jury.noCategory");
        }
        for (SizeCategory category : categories) {
            if (edition.getCategories().contains(category)
                    && !assignments.existsByEditionIdAndJuryEmailAndSizeCategory(editionId, juror.email(), category)) {
                assignments.save(new JuryAssignment(editionId, juror.email(), category));
            }
        }
    }

    /** Assigns a jury member to one entry (in addition to the categories they score). */
    @Transactional
    public void assignJuryToEntry(long entryId, String juryEmail, String actor) {
        Entry entry = entryForSecretary(entryId, actor);
        juryEdition(entry.getEditionId(), actor);
        AccountView juror = juror(juryEmail);
        if (!assignments.existsByEntryIdAndJuryEmail(entryId, juror.email())) {
            assignments.save(JuryAssignment.toEntry(entry.getEditionId(), juror.email(), entryId));
        }
    }

    private Edition juryEdition(long editionId, String actor) {
        requireSecretary(actor);
        Edition edition = edition(editionId);
        if (edition.getResultsPublishedAt() != null) {
            throw new CompetitionException("competition.evaluation.notNow");
        }
        return edition;
    }

    private AccountView juror(String juryEmail) {
        AccountView juror = juryEmail == null ? null : accounts.findByEmail(juryEmail.strip()).orElse(null);
        if (juror == null || !juror.roles().contains(Role.JURY_MEMBER)) {
            throw new CompetitionException("competition.jury.notJuror");
        }
        return juror;
    }

    /** The jury members assigned to single entries of an edition, by entry id. */
    public Map<Long, List<String>> juryOfEntries(long editionId) {
        Map<Long, List<String>> jury = new TreeMap<>();
        for (JuryAssignment a : assignments.findByEditionIdOrderByJuryEmailAsc(editionId)) {
            if (a.getEntryId() != null) {
                jury.computeIfAbsent(a.getEntryId(), k -> new ArrayList<>()).add(a.getJuryEmail());
            }
        }
        return jury;
    }

    /** The jury members of an edition with their categories. */
    public Map<String, List<SizeCategory>> jury(long editionId) {
        Map<String, List<SizeCategory>> jury = new TreeMap<>();
        for (JuryAssignment a : assignments.findByEditionIdOrderByJuryEmailAsc(editionId)) {
            if (a.getSizeCategory() != null) {
                jury.computeIfAbsent(a.getJuryEmail(), k -> new ArrayList<>()).add(a.getSizeCategory());
            }
        }
        jury.values().forEach(l -> l.sort(null));
        return jury;
    }

    /** The ranking of one category (accepted entries, submitted scorecards only); see {@link Ranking}. */
    public List<Ranking.Line> ranking(long editionId, SizeCategory category, String actor) {
        requireSecretary(actor);
        return rankingOf(edition(editionId), category);
    }

    private List<Ranking.Line> rankingOf(Edition edition, SizeCategory category) {
        List<Entry> accepted = entries.findByEditionIdAndStatusInOrderByIdAsc(edition.getId(),
                EnumSet.of(EntryStatus.ACCEPTED)).stream().filter(e -> e.getSizeCategory() == category).toList();
        Map<Long, List<List<Integer>>> cards = new HashMap<>();
        if (!accepted.isEmpty()) {
            for (Scorecard card : scorecards.findByEntryIdIn(accepted.stream().map(Entry::getId).toList())) {
                if (card.isSubmitted()) {
                    cards.computeIfAbsent(card.getEntryId(), k -> new ArrayList<>()).add(card.values());
                }
            }
        }
        return Ranking.rank(edition, accepted, cards);
    }

    /**
     * Publishes the results: every awarded entry goes to the editors' queue as a practice with its
     * edition and award (source KONKURS); it becomes public when an editor publishes it.
     */
    @Transactional
    public Edition publishResults(long editionId, String actor) {
        requireSecretary(actor);
        Edition edition = edition(editionId);
        Instant now = clock.instant();
        edition.publishResults(now);
        for (Entry entry : entries.findByEditionIdAndStatusInOrderByIdAsc(editionId, EnumSet.of(EntryStatus.ACCEPTED))) {
            if (entry.getAward() != null && entry.getPracticeId() == null) {
                PracticeSnapshot practice = practices.submitAwarded(entry.getContent(), new CompetitionAward(
                        edition.getId(), edition.getName(), edition.getYear(), entry.getAward(),
                        entry.getSizeCategory()), actor);
                entry.becamePractice(practice.practiceId());
                entries.save(entry);
                events.publishEvent(new EntryAwarded(editionId, entry.getId(), practice.practiceId(), entry.getAward()));
            }
        }
        return editions.saveAndFlush(edition).loaded();
    }

    /** Entries per category, area and voivodeship, and the jury's progress. */
    public EditionStatistics statistics(long editionId, String actor) {
        requireSecretary(actor);
        Edition edition = edition(editionId);
        List<Entry> all = entries.findByEditionIdOrderByIdAsc(editionId);
        List<Entry> sent = all.stream().filter(e -> SENT.contains(e.getStatus())).toList();
        Map<SizeCategory, Integer> byCategory = new EnumMap<>(SizeCategory.class);
        edition.getCategories().forEach(c -> byCategory.put(c, 0));
        Map<String, Integer> byArea = new LinkedHashMap<>();
        edition.getAreas().forEach(a -> byArea.put(a, 0));
        Map<String, Integer> byVoivodeship = new TreeMap<>();
        for (Entry e : sent) {
            byCategory.merge(e.getSizeCategory(), 1, Integer::sum);
            e.getContent().areas().forEach(a -> byArea.merge(a, 1, Integer::sum));
            byVoivodeship.merge(e.getUnitTeryt().substring(0, 2), 1, Integer::sum);
        }
        List<Entry> accepted = sent.stream().filter(e -> e.getStatus() == EntryStatus.ACCEPTED).toList();
        Map<Long, List<Scorecard>> cards = accepted.isEmpty() ? Map.of()
                : scorecards.findByEntryIdIn(accepted.stream().map(Entry::getId).toList()).stream()
                        .collect(Collectors.groupingBy(Scorecard::getEntryId));
        Set<String> conflicted = new HashSet<>();
        if (!accepted.isEmpty()) {
            conflicts.findByEntryIdIn(accepted.stream().map(Entry::getId).toList())
                    .forEach(c -> conflicted.add(c.getEntryId() + " " + c.getJuryEmail()));
        }
        Map<String, String> jurorUnits = new HashMap<>();
        List<EditionStatistics.Progress> progress = new ArrayList<>();
        Map<String, List<SizeCategory>> jury = jury(editionId);
        Map<Long, List<String>> entryJury = juryOfEntries(editionId);
        for (SizeCategory category : edition.getCategories()) {
            List<String> jurors = jury.entrySet().stream().filter(j -> j.getValue().contains(category))
                    .map(Map.Entry::getKey).toList();
            int expected = 0;
            int submitted = 0;
            for (Entry e : accepted) {
                if (e.getSizeCategory() != category) {
                    continue;
                }
                Set<String> scoring = new java.util.TreeSet<>(jurors);
                scoring.addAll(entryJury.getOrDefault(e.getId(), List.of()));
                for (String juror : scoring) {
                    String unit = jurorUnits.computeIfAbsent(juror,
                            j -> accounts.findByEmail(j).map(AccountView::unitTeryt).orElse(""));
                    if (!e.getUnitTeryt().equals(unit) && !conflicted.contains(e.getId() + " " + juror)) {
                        expected++;
                    }
                }
                submitted += (int) cards.getOrDefault(e.getId(), List.of()).stream().filter(Scorecard::isSubmitted)
                        .count();
            }
            int acceptedInCategory = (int) accepted.stream().filter(e -> e.getSizeCategory() == category).count();
            progress.add(new EditionStatistics.Progress(category, acceptedInCategory, jurors.size(), expected,
                    submitted));
        }
        return new EditionStatistics(editionId, all.size() - sent.size(), sent.size(), byCategory, byArea,
                byVoivodeship, progress);
    }

    // --- jury -----------------------------------------------------------------------------------

    /** The entries the jury member may score now (accepted, of their categories, not their unit, no conflict). */
    public List<Entry> entriesForJuror(String actor) {
        AccountView juror = requireRole(actor, Role.JURY_MEMBER);
        Instant now = clock.instant();
        List<Entry> visible = new ArrayList<>();
        Map<Long, List<SizeCategory>> categoriesByEdition = new TreeMap<>();
        Set<Long> assignedEntries = new HashSet<>();
        for (JuryAssignment a : assignments.findByJuryEmail(juror.email())) {
            List<SizeCategory> categories = categoriesByEdition.computeIfAbsent(a.getEditionId(),
                    k -> new ArrayList<>());
            if (a.getEntryId() != null) {
                assignedEntries.add(a.getEntryId());
            }
            else {
                categories.add(a.getSizeCategory());
            }
        }
        Set<Long> conflicted = conflicts.findByJuryEmail(juror.email()).stream()
                .map(ConflictOfInterest::getEntryId).collect(Collectors.toSet());
        categoriesByEdition.forEach((editionId, categories) -> {
            if (edition(editionId).phaseAt(now) != EditionPhase.EVALUATION) {
                return;
            }
            entries.findByEditionIdAndStatusInOrderByIdAsc(editionId, EnumSet.of(EntryStatus.ACCEPTED)).stream()
                    .filter(e -> categories.contains(e.getSizeCategory()) || assignedEntries.contains(e.getId()))
                    .filter(e -> !e.getUnitTeryt().equals(juror.unitTeryt()))
                    .filter(e -> !conflicted.contains(e.getId()))
                    .forEach(visible::add);
        });
        return visible;
    }

    /** An entry the jury member may score; not found when they may not see it. */
    public Entry entryForJuror(long entryId, String actor) {
        return entriesForJuror(actor).stream().filter(e -> e.getId() == entryId).findFirst()
                .orElseThrow(() -> new CompetitionNotFoundException("entry", entryId));
    }

    /** The jury member's scorecard of the entry, if they started one. */
    public java.util.Optional<Scorecard> scorecard(long entryId, String actor) {
        return scorecards.findByEntryIdAndJuryEmail(entryId, actor).map(Scorecard::loaded);
    }

    /**
     * The jury member saves (or, with {@code submit}, submits and locks) their scores of an entry.
     * A submitted scorecard is never changed again.
     */
    @Transactional
    public Scorecard score(long entryId, List<Score> scores, boolean submit, String actor) {
        Entry entry = entryForJuror(entryId, actor);
        Edition edition = edition(entry.getEditionId());
        Scorecard card = scorecards.findByEntryIdAndJuryEmail(entryId, actor)
                .orElseGet(() -> new Scorecard(entryId, actor));
        card.write(scores, edition.getCriteria().size(), edition.getMaxScore(), submit, clock.instant());
        try {
            return scorecards.saveAndFlush(card).loaded();
        }
        catch (DataIntegrityViolationException e) {
            throw new CompetitionException("competition.score.locked");
        }
    }

    /** The jury member declares a conflict of interest: the entry disappears from their list. */
    @Transactional
    public void declareConflict(long entryId, String actor) {
        Entry entry = entryForJuror(entryId, actor);
        if (scorecards.findByEntryIdAndJuryEmail(entryId, actor).filter(Scorecard::isSubmitted).isPresent()) {
            throw new CompetitionException("competition.score.locked");
        }
        conflicts.save(new ConflictOfInterest(entry.getId(), actor, clock.instant()));
    }

    // --- results --------------------------------------------------------------------------------

    /** The public results of an edition (empty categories until published). */
    public EditionResults results(long editionId) {
        Edition edition = edition(editionId);
        boolean published = edition.getResultsPublishedAt() != null;
        List<EditionResults.CategoryResults> categories = new ArrayList<>();
        if (!published) {
            edition.getCategories().forEach(c -> categories.add(new EditionResults.CategoryResults(c, List.of(),
                    List.of(), List.of())));
            return new EditionResults(editionId, edition.getName(), edition.getYear(), false, categories);
        }
        List<Entry> awarded = entries.findByEditionIdAndStatusInOrderByIdAsc(editionId,
                EnumSet.of(EntryStatus.ACCEPTED)).stream().filter(e -> e.getAward() != null).toList();
        Map<String, String> names = new HashMap<>();
        for (SizeCategory category : edition.getCategories()) {
            Map<Long, Integer> order = new HashMap<>();
            rankingOf(edition, category).forEach(l -> order.put(l.entryId(), l.position()));
            Map<Award, List<EditionResults.AwardedEntry>> byAward = new EnumMap<>(Award.class);
            for (Award a : Award.values()) {
                byAward.put(a, new ArrayList<>());
            }
            awarded.stream().filter(e -> e.getSizeCategory() == category)
                    .sorted(java.util.Comparator.comparing(e -> order.getOrDefault(e.getId(), Integer.MAX_VALUE)))
                    .forEach(e -> byAward.get(e.getAward()).add(new EditionResults.AwardedEntry(e.getId(),
                            e.getTitle(), e.getUnitTeryt(), names.computeIfAbsent(e.getUnitTeryt(),
                                    t -> units.unitName(t).orElse(t)), e.getAward(), e.getPracticeId(),
                            e.getPracticeId() != null && practices.findPublished(e.getPracticeId()).isPresent())));
            categories.add(new EditionResults.CategoryResults(category, byAward.get(Award.LAUREATE),
                    byAward.get(Award.DISTINCTION), byAward.get(Award.FINALIST)));
        }
        return new EditionResults(editionId, edition.getName(), edition.getYear(), published, categories);
    }

    /** The display name of a unit. */
    public String unitName(String teryt) {
        return units.unitName(teryt).orElse(teryt);
    }

    // --- helpers --------------------------------------------------------------------------------

    /** True when the person acts as the competition's secretary (editors and administrators). */
    public boolean isSecretary(String actor) {
        return actor != null && accounts.findByEmail(actor)
                .filter(a -> a.roles().contains(Role.EDITOR) || a.roles().contains(Role.ADMIN)).isPresent();
    }

    private void requireSecretary(String actor) {
        if (!isSecretary(actor)) {
            throw new AccessDeniedException(actor + " is not the competition's secretary");
        }
    }

    private AccountView requireRole(String actor, Role role) {
        return (actor == null ? java.util.Optional.<AccountView>empty() : accounts.findByEmail(actor))
                .filter(a -> a.roles().contains(role))
                .orElseThrow(() -> new AccessDeniedException(actor + " does not have the role " + role));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
