package pl.dobrepraktyki.search;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The synonym groups of the search, which editors add, change and delete on {@code /admin/synonimy}.
 * <p>
 * A group has 2 to {@value #MAX_TERMS} terms; a term has 1 to {@value #MAX_WORDS} words of letters,
 * digits and hyphens, at most {@value #MAX_TERM_LENGTH} characters, and belongs to one group only.
 * Terms are compared without case and without Polish letters, so a group holds each term once.
 * <p>
 * The search reads the groups from memory ({@link #current()}). A change saved on this node is used
 * by the next search; with several application nodes each node reloads its copy when it is older than
 * {@link #MAX_AGE}, so a change made on another node is used there within 30 seconds. No restart and
 * no reindex: synonyms are applied to queries only.
 */
@Service
@Transactional(readOnly = true)
public class SynonymService {

    /** How long a node uses its copy of the groups before it reads them again (for changes made on other nodes). */
    static final Duration MAX_AGE = Duration.ofSeconds(30);
    public static final int MAX_TERMS = 30;
    public static final int MAX_TERM_LENGTH = 80;
    public static final int MAX_WORDS = 6;

    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{N} -]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** How much of a too long term a message repeats. */
    private static final int SHOWN = 40;

    private record Loaded(Synonyms synonyms, Instant at, long changes) {
    }

    /** How many deleted groups the editors' page lists. */
    static final int RECENT_DELETIONS = 10;

    private final SynonymGroupRepository groups;
    private final SynonymDeletionRepository deletions;
    private final Clock clock;
    /** Changes committed on this node; a copy loaded before the last one is reloaded. */
    private final AtomicLong changes = new AtomicLong();
    private volatile Loaded loaded;

    SynonymService(SynonymGroupRepository groups, SynonymDeletionRepository deletions, Clock clock) {
        this.groups = groups;
        this.deletions = deletions;
        this.clock = clock;
    }

    /** Every group, in the alphabetical order of its terms. */
    public List<SynonymGroupView> groups() {
        return groups.findAll().stream().map(SynonymGroup::view)
                .sorted(Comparator.comparing(g -> Synonyms.key(Synonyms.words(String.join(" ", g.terms())))))
                .toList();
    }

    public SynonymGroupView group(long id) {
        return load(id).view();
    }

    /** Adds a group; the terms as the editor typed them (spaces tidied, duplicates dropped). */
    @Transactional
    public long add(List<String> terms, String editor) {
        List<String> valid = validate(terms, null);
        long id = groups.save(new SynonymGroup(valid, editor, clock.instant())).getId();
        changed();
        return id;
    }

    /**
     * Replaces the terms of a group. Refused with {@link ObjectOptimisticLockingFailureException}
     * when the group changed since {@code expectedVersion}: the newer terms are kept.
     */
    @Transactional
    public void update(long id, long expectedVersion, List<String> terms, String editor) {
        SynonymGroup group = load(id);
        if (group.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(SynonymGroup.class, id);
        }
        group.change(validate(terms, id), editor, clock.instant());
        changed();
    }

    /** Deletes a group, unless it changed since {@code expectedVersion}, and records who deleted it. */
    @Transactional
    public void delete(long id, long expectedVersion, String editor) {
        SynonymGroup group = load(id);
        if (group.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(SynonymGroup.class, id);
        }
        deletions.save(new SynonymDeletion(group.terms(), editor, clock.instant()));
        groups.delete(group);
        changed();
    }

    /** The latest {@value #RECENT_DELETIONS} deleted groups, the newest first. */
    public List<SynonymDeletionView> recentDeletions() {
        return deletions.findByOrderByDeletedAtDescIdDesc(Limit.of(RECENT_DELETIONS)).stream()
                .map(SynonymDeletion::view).toList();
    }

    /**
     * The groups the search uses now: read from the database at the first search, again after a change
     * on this node, and again when the copy is older than {@link #MAX_AGE}.
     */
    // every search asks: no transaction of its own (the reload every 30 s reads through the repository's)
    @Transactional(readOnly = true, propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
    Synonyms current() {
        Loaded copy = loaded;
        Instant now = clock.instant();
        long seen = changes.get();
        if (copy == null || copy.changes() != seen || now.isBefore(copy.at()) || !now.isBefore(copy.at().plus(MAX_AGE))) {
            copy = new Loaded(new Synonyms(groups.findAll(Sort.by("id")).stream().map(SynonymGroup::terms).toList()),
                    now, seen);
            loaded = copy;
        }
        return copy.synonyms();
    }

    private void changed() {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                changes.incrementAndGet();
            }
        });
    }

    private SynonymGroup load(long id) {
        return groups.findById(id).orElseThrow(() -> new SynonymGroupNotFoundException(id));
    }

    /** The terms to save, or the problems of all of them; {@code groupId} is the group being changed. */
    private List<String> validate(List<String> typed, Long groupId) {
        List<SynonymValidationException.Problem> problems = new ArrayList<>();
        Map<String, String> terms = new LinkedHashMap<>();
        for (String raw : typed) {
            String term = SPACES.matcher(raw == null ? "" : raw).replaceAll(" ").strip();
            List<String> words = Synonyms.words(term);
            if (words.isEmpty() && !term.isEmpty() && ALLOWED.matcher(term).matches()) {
                problems.add(problem("search.synonyms.error.noWord", term));
            }
            else if (term.isEmpty()) {
                problems.add(problem("search.synonyms.error.empty"));
            }
            else if (term.length() > MAX_TERM_LENGTH) {
                problems.add(problem("search.synonyms.error.tooLong", term.substring(0, SHOWN) + "…", MAX_TERM_LENGTH));
            }
            else if (!ALLOWED.matcher(term).matches()) {
                problems.add(problem("search.synonyms.error.characters", term));
            }
            else if (term.split(" ").length > MAX_WORDS) {
                problems.add(problem("search.synonyms.error.tooManyWords", term, MAX_WORDS));
            }
            else {
                terms.putIfAbsent(Synonyms.key(words), term);
            }
        }
        if (problems.isEmpty() && terms.size() < 2) {
            problems.add(problem("search.synonyms.error.tooFew"));
        }
        if (terms.size() > MAX_TERMS) {
            problems.add(problem("search.synonyms.error.tooMany", MAX_TERMS, terms.size()));
        }
        for (SynonymGroup other : groups.findAll(Sort.by("id"))) {
            if (groupId != null && groupId.equals(other.getId())) {
                continue;
            }
            String group = String.join(SynonymGroup.SEPARATOR, other.terms());
            for (String term : other.terms()) {
                terms.forEach((key, mine) -> {
                    if (Synonyms.sameInQueries(mine, term)) {
                        problems.add(key.equals(Synonyms.key(Synonyms.words(term)))
                                ? problem("search.synonyms.error.taken", mine, group)
                                : problem("search.synonyms.error.takenInflected", mine, group, term));
                    }
                });
            }
        }
        if (!problems.isEmpty()) {
            throw new SynonymValidationException(problems);
        }
        return List.copyOf(terms.values());
    }

    private static SynonymValidationException.Problem problem(String key, Object... arguments) {
        return new SynonymValidationException.Problem(key, List.of(arguments));
    }
}
