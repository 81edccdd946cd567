package pl.dobrepraktyki.alerts;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import pl.dobrepraktyki.exchange.GroupNotFoundException;
import pl.dobrepraktyki.exchange.GroupService;
import pl.dobrepraktyki.exchange.GroupView;
import pl.dobrepraktyki.exchange.MeetingSummary;
import pl.dobrepraktyki.search.SearchService;

/**
 * Saved searches and follows of people: save, list with the number of practices (and, for a followed
 * exchange group, of its meetings) new since the last visit, change how often, delete, unsubscribe (from
 * the signed link in an alert). A followed group finds the practices of its member units and the meetings
 * planned in it.
 */
@Service
public class AlertService {

    public static final int MAX_PER_PERSON = 50;
    public static final int MAX_NAME = 120;

    private final SavedSearchRepository searches;
    private final SearchService search;
    private final GroupService groups;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    AlertService(SavedSearchRepository searches, SearchService search, GroupService groups, JdbcClient jdbc,
            Clock clock) {
        this.searches = searches;
        this.search = search;
        this.groups = groups;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * What to save: a name, how often, the search; {@code unitTeryt} for a followed unit, {@code groupId} for a
     * followed exchange group.
     */
    public record SaveParams(String name, Frequency frequency, SavedQuery query, String unitTeryt, Long groupId,
            SavedSearchKind kind) {

        /** A saved search or a follow of a filter or a unit (not of a group). */
        public SaveParams(String name, Frequency frequency, SavedQuery query, String unitTeryt, SavedSearchKind kind) {
            this(name, frequency, query, unitTeryt, null, kind);
        }
    }

    /**
     * A saved search as the person's list shows it; {@code newMeetingsSinceVisit} counts the meetings planned in
     * a followed group ({@code group}) since the last visit.
     */
    public record SavedSearchView(long id, String name, SavedSearchKind kind, Frequency frequency, String searchUrl,
            long newSinceVisit, boolean group, long newMeetingsSinceVisit, String feedToken, long version) {
    }

    /**
     * Saves the search; refuses when the person has {@value #MAX_PER_PERSON} already. A group the person follows
     * already is not followed twice: the existing follow is returned.
     */
    @Transactional
    public SavedSearch save(String owner, SaveParams params) {
        if (params.groupId() != null) {
            Optional<SavedSearch> existing = searches.findFirstByOwnerAndGroupId(owner, params.groupId());
            if (existing.isPresent()) {
                return existing.get();
            }
        }
        if (searches.countByOwner(owner) >= MAX_PER_PERSON) {
            throw new SavedSearchLimitException();
        }
        String name = params.name().strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw new IllegalArgumentException("name must have 1 to " + MAX_NAME + " characters");
        }
        byte[] token = new byte[24];
        random.nextBytes(token);
        return searches.save(new SavedSearch(owner, name, params.query().toQueryString(), params.unitTeryt(),
                params.groupId(), params.kind(), params.frequency(), Base64.getUrlEncoder().withoutPadding().encodeToString(token),
                now()));
    }

    @Transactional(readOnly = true)
    public List<SavedSearchView> list(String owner) {
        Instant now = now();
        return searches.findByOwnerOrderByCreatedAtAscIdAsc(owner).stream().map(s -> new SavedSearchView(s.getId(),
                s.getName(), s.getKind(), s.getFrequency(), searchUrl(s), newSince(s, s.getLastVisit(), now),
                s.getGroupId() != null, newMeetings(s, s.getLastVisit(), now).size(), s.getFeedToken(),
                s.getVersion())).toList();
    }

    /** Whether the person follows the exchange group already. */
    @Transactional(readOnly = true)
    public boolean followsGroup(String owner, long groupId) {
        return searches.findFirstByOwnerAndGroupId(owner, groupId).isPresent();
    }

    @Transactional(readOnly = true)
    public long count(String owner) {
        return searches.countByOwner(owner);
    }

    /** How many practices the saved search finds published after {@code after}, up to {@code until}. */
    long newSince(SavedSearch saved, Instant after, Instant until) {
        return until.isAfter(after) ? published(saved, after, until, 1).total() : 0;
    }

    /**
     * The practices the saved search finds published in the window, newest first; for a followed group those of
     * its member units (none when the group is gone).
     */
    public SearchService.PublishedInWindow published(SavedSearch saved, Instant after, Instant until, int max) {
        if (saved.getGroupId() != null) {
            List<String> units = group(saved).map(g -> g.units().stream().map(u -> u.teryt()).toList())
                    .orElse(List.of());
            return search.publishedBetween(SavedQuery.parse(saved.getQuery()).toSearchQuery(1), units, after, until,
                    max);
        }
        return search.publishedBetween(SavedQuery.parse(saved.getQuery()).toSearchQuery(1), saved.getUnitTeryt(),
                after, until, max);
    }

    /**
     * For a followed group, the meetings planned in it after {@code after} and up to {@code until}, in the order
     * they take place; empty for any other saved search.
     */
    @Transactional(readOnly = true)
    public List<MeetingSummary> newMeetings(SavedSearch saved, Instant after, Instant until) {
        if (saved.getGroupId() == null || !until.isAfter(after)) {
            return List.of();
        }
        return group(saved).map(g -> g.meetings().stream()
                .filter(m -> m.createdAt() != null && m.createdAt().isAfter(after) && !m.createdAt().isAfter(until))
                .sorted(Comparator.comparing(MeetingSummary::startsAt).thenComparing(MeetingSummary::id))
                .toList()).orElse(List.of());
    }

    private Optional<GroupView> group(SavedSearch saved) {
        try {
            return Optional.of(groups.group(saved.getGroupId(), null));
        }
        catch (GroupNotFoundException e) {
            return Optional.empty();
        }
    }

    /**
     * The page that runs the saved search: the search page, the unit's page for a followed unit, the group's
     * page for a followed group.
     */
    public static String searchUrl(SavedSearch saved) {
        if (saved.getGroupId() != null) {
            return "/grupy/" + saved.getGroupId();
        }
        return saved.getUnitTeryt() != null ? "/jst/" + saved.getUnitTeryt()
                : SavedQuery.parse(saved.getQuery()).searchUrl();
    }

    /** The person opens their saved search: what is new is counted from now on. Returns where it leads. */
    @Transactional
    public String visit(String owner, long id) {
        SavedSearch saved = mine(owner, id);
        saved.visited(now());
        return searchUrl(saved);
    }

    @Transactional
    public void changeFrequency(String owner, long id, Frequency frequency) {
        mine(owner, id).changeFrequency(frequency);
    }

    @Transactional(readOnly = true)
    public SavedSearch find(String owner, long id) {
        return mine(owner, id);
    }

    @Transactional
    public void delete(String owner, long id) {
        remove(mine(owner, id));
    }

    /** Unsubscribing through the signed link of an alert: the saved search is deleted. */
    @Transactional
    public void unsubscribe(long id) {
        remove(searches.findById(id).orElseThrow(() -> new SavedSearchNotFoundException(id)));
    }

    @Transactional(readOnly = true)
    public Optional<SavedSearch> findForUnsubscribe(long id) {
        return searches.findById(id);
    }

    @Transactional(readOnly = true)
    public Optional<SavedSearch> findByFeedToken(String token) {
        return token == null ? Optional.empty() : searches.findByFeedToken(token);
    }

    private void remove(SavedSearch saved) {
        // an alert written but not sent yet is not sent any more
        jdbc.sql("delete from alert_outbox where saved_search_id = :id").param("id", saved.getId()).update();
        searches.delete(saved);
    }

    private SavedSearch mine(String owner, long id) {
        return searches.findByIdAndOwner(id, owner).orElseThrow(() -> new SavedSearchNotFoundException(id));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
