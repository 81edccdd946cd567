package pl.dobrepraktyki.exchange;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import pl.dobrepraktyki.accounts.AccountService;
import pl.dobrepraktyki.localgov.LocalGovernmentService;

/**
 * Exchange groups: creating and changing them (their moderators and administrators), member units
 * and member people, and the consent of a member to show their contact details.
 * <p>
 * Personal data rule: a member's name and contact details are given only to logged-in people and
 * only when the member agreed; the group's moderators (who added them) see every member.
 */
@Service
@Transactional(readOnly = true)
public class GroupService {

    private final ExchangeGroupRepository groups;
    private final GroupMemberRepository members;
    private final MeetingRepository meetings;
    private final AccountService accounts;
    private final LocalGovernmentService units;
    private final MeetingSummaries summaries;
    private final Clock clock;

    GroupService(ExchangeGroupRepository groups, GroupMemberRepository members, MeetingRepository meetings,
            AccountService accounts, LocalGovernmentService units, MeetingSummaries summaries, Clock clock) {
        this.groups = groups;
        this.members = members;
        this.meetings = meetings;
        this.accounts = accounts;
        this.units = units;
        this.summaries = summaries;
        this.clock = clock;
    }

    public List<GroupSummary> groups() {
        return groups.findAllByOrderByStartDateDescNameAsc().stream().map(GroupService::summary).toList();
    }

    public long count() {
        return groups.count();
    }

    public GroupView group(long id, String actor) {
        ExchangeGroup group = load(id);
        ExchangeUser user = ExchangeUser.of(accounts, actor);
        boolean manages = user.manages(group);
        Map<String, String> names = new HashMap<>();
        List<MemberView> visible = new ArrayList<>();
        MemberView me = null;
        List<GroupMember> all = members.findByGroupIdOrderByNameAsc(id);
        for (GroupMember member : all) {
            MemberView view = member.view(unitName(member.getUnitTeryt(), names));
            if (user.loggedIn() && member.getEmail().equals(user.email())) {
                me = view;
            }
            if (manages || (user.loggedIn() && member.isContactConsent())) {
                visible.add(view);
            }
        }
        String parentName = group.getParentGroupId() == null ? null
                : groups.findById(group.getParentGroupId()).map(ExchangeGroup::getName).orElse(null);
        List<Views.UnitRef> unitRefs = group.getUnitTeryts().stream()
                .map(t -> new Views.UnitRef(t, unitName(t, names)))
                .sorted(java.util.Comparator.comparing(Views.UnitRef::name)).toList();
        return new GroupView(group.getId(), group.getName(), group.getKind(), group.getParentGroupId(), parentName,
                group.getTopic(), List.copyOf(group.getAreas()), group.getProgrammeCode(), group.getStartDate(),
                group.getEndDate(), group.isDemo(), group.getVersion(), unitRefs, all.size(), visible, me,
                summaries.of(meetings.findByGroupIdOrderByStartsAtAscIdAsc(id)),
                groups.findByParentGroupIdOrderByNameAsc(id).stream().map(GroupService::summary).toList(),
                manages ? List.copyOf(group.getModerators()) : List.of(), manages, group.isStrategyWorkshop());
    }

    public boolean canManage(long id, String actor) {
        return ExchangeUser.of(accounts, actor).manages(load(id));
    }

    /** Creates a group; the moderator who creates it becomes its moderator. */
    @Transactional
    public long create(GroupParams params, String actor) {
        ExchangeUser user = ExchangeUser.of(accounts, actor);
        if (!user.moderator() && !user.admin()) {
            throw new AccessDeniedException(actor + " may not create groups");
        }
        validate(params);
        return groups.save(ExchangeGroup.create(params, actor, false, clock.instant())).getId();
    }

    /** Demonstration content and imports: a group marked as demonstration data, without access checks. */
    @Transactional
    public long createDemo(GroupParams params, String moderator) {
        validate(params);
        return groups.save(ExchangeGroup.create(params, moderator, true, clock.instant())).getId();
    }

    @Transactional
    public void update(long id, long expectedVersion, GroupParams params, String actor) {
        ExchangeGroup group = managed(id, actor);
        if (group.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(ExchangeGroup.class, id);
        }
        validate(params);
        if (params.parentGroupId() != null && params.parentGroupId() == id) {
            throw ExchangeValidationException.of("parentGroupId", "exchange.group.parent.self");
        }
        group.change(params);
    }

    /** Adds a co-moderator: a person whose account has the moderator role. */
    @Transactional
    public void addModerator(long id, String email, String actor) {
        ExchangeGroup group = managed(id, actor);
        ExchangeUser candidate = email == null || email.isBlank() ? ExchangeUser.ANONYMOUS
                : accounts.findByEmail(email.strip()).map(ExchangeUser::of).orElse(ExchangeUser.ANONYMOUS);
        if (!candidate.moderator()) {
            throw ExchangeValidationException.of("moderator", "exchange.moderator.notModerator");
        }
        group.addModerator(candidate.email());
    }

    @Transactional
    public void addUnit(long id, String teryt, String actor) {
        ExchangeGroup group = managed(id, actor);
        String code = teryt == null ? "" : teryt.strip();
        if (!units.exists(code)) {
            throw ExchangeValidationException.of("teryt", "exchange.unit.unknown");
        }
        group.addUnit(units.canonicalCode(code));
    }

    /** Demonstration content: adds a unit without access checks. */
    @Transactional
    public void addUnitDemo(long id, String teryt) {
        load(id).addUnit(units.canonicalCode(teryt));
    }

    /** Demonstration content: adds a person without access checks. */
    @Transactional
    public long addMemberDemo(long id, MemberParams params) {
        return members.save(new GroupMember(load(id).getId(), params, clock.instant())).getId();
    }

    @Transactional
    public void removeUnit(long id, String teryt, String actor) {
        managed(id, actor).removeUnit(teryt);
    }

    /** Adds a person; name and unit default to those of their account. */
    @Transactional
    public long addMember(long id, MemberParams params, String actor) {
        managed(id, actor);
        MemberParams complete = completeFromAccount(params);
        List<ExchangeValidationException.Problem> problems = new ArrayList<>();
        if (complete.email() == null || !complete.email().contains("@")) {
            problems.add(new ExchangeValidationException.Problem("email", "exchange.member.email.invalid"));
        }
        if (complete.name() == null) {
            problems.add(new ExchangeValidationException.Problem("name", "exchange.member.name.required"));
        }
        if (complete.unitTeryt() == null || !units.exists(complete.unitTeryt())) {
            problems.add(new ExchangeValidationException.Problem("unitTeryt", "exchange.unit.unknown"));
        }
        if (tooLong(complete.email(), 254) || tooLong(complete.name(), 200) || tooLong(complete.position(), 200)
                || tooLong(complete.phone(), 50) || tooLong(complete.roleInGroup(), 200)) {
            problems.add(new ExchangeValidationException.Problem("name", "exchange.text.tooLong"));
        }
        if (problems.isEmpty() && members.findByGroupIdAndEmail(id, complete.email()).isPresent()) {
            problems.add(new ExchangeValidationException.Problem("email", "exchange.member.duplicate"));
        }
        if (!problems.isEmpty()) {
            throw new ExchangeValidationException(problems);
        }
        MemberParams canonical = new MemberParams(complete.email(), complete.name(), complete.position(),
                complete.phone(), units.canonicalCode(complete.unitTeryt()), complete.roleInGroup(),
                complete.contactConsent());
        return members.save(new GroupMember(id, canonical, clock.instant())).getId();
    }

    private static boolean tooLong(String text, int max) {
        return text != null && text.length() > max;
    }

    private MemberParams completeFromAccount(MemberParams p) {
        if (p.email() == null) {
            return p;
        }
        return accounts.findByEmail(p.email())
                .map(a -> new MemberParams(p.email(), p.name() != null ? p.name() : a.displayName(),
                        p.position() != null ? p.position() : a.jobTitle(), p.phone(),
                        p.unitTeryt() != null ? p.unitTeryt() : a.unitTeryt(), p.roleInGroup(), p.contactConsent()))
                .orElse(p);
    }

    @Transactional
    public void removeMember(long id, long memberId, String actor) {
        managed(id, actor);
        members.findById(memberId).filter(m -> m.getGroupId() == id).ifPresent(members::delete);
    }

    /** The member themself gives or withdraws consent to show their contact details. */
    @Transactional
    public void setOwnConsent(long id, boolean consent, String actor) {
        load(id);
        GroupMember member = members.findByGroupIdAndEmail(id, actor)
                .orElseThrow(() -> new AccessDeniedException(actor + " is not a member of group " + id));
        member.consent(consent);
    }

    /**
     * "Who to ask": the members who agreed to be shown, of groups working on any of the areas, from
     * units other than {@code exceptUnit}; only for a logged-in person.
     */
    public List<MemberView> consentedMembersInAreas(Collection<String> areas, String exceptUnit, String actor) {
        if (actor == null || areas == null || areas.isEmpty()) {
            return List.of();
        }
        List<Long> ids = groups.findByAreas(areas).stream().map(ExchangeGroup::getId).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, String> names = new HashMap<>();
        Map<String, MemberView> byEmail = new java.util.LinkedHashMap<>();
        for (GroupMember m : members.findByGroupIdInAndContactConsentTrueOrderByNameAsc(ids)) {
            if (!m.getUnitTeryt().equals(exceptUnit) && !m.getEmail().equals(actor)) {
                byEmail.putIfAbsent(m.getEmail(), m.view(unitName(m.getUnitTeryt(), names)));
            }
        }
        return List.copyOf(byEmail.values());
    }

    /** The groups a unit belongs to. */
    public List<GroupSummary> groupsOfUnit(String teryt) {
        return groups.findByUnit(teryt).stream().map(GroupService::summary).toList();
    }

    private ExchangeGroup load(long id) {
        return groups.findById(id).orElseThrow(() -> new GroupNotFoundException(id));
    }

    private ExchangeGroup managed(long id, String actor) {
        ExchangeGroup group = load(id);
        if (!ExchangeUser.of(accounts, actor).manages(group)) {
            throw new AccessDeniedException(actor + " does not moderate group " + id);
        }
        return group;
    }

    private void validate(GroupParams p) {
        List<ExchangeValidationException.Problem> problems = new ArrayList<>();
        if (p.name() == null) {
            problems.add(new ExchangeValidationException.Problem("name", "exchange.group.name.required"));
        }
        else if (p.name().length() > 300) {
            problems.add(new ExchangeValidationException.Problem("name", "exchange.text.tooLong"));
        }
        if (p.kind() == null) {
            problems.add(new ExchangeValidationException.Problem("kind", "exchange.group.kind.required"));
        }
        if (p.kind() == GroupKind.REGIONAL_SUBGROUP
                && (p.parentGroupId() == null || groups.findById(p.parentGroupId()).isEmpty())) {
            problems.add(new ExchangeValidationException.Problem("parentGroupId", "exchange.group.parent.required"));
        }
        if (p.topic() != null && p.topic().length() > 5000) {
            problems.add(new ExchangeValidationException.Problem("topic", "exchange.text.tooLong"));
        }
        if (p.startDate() != null && p.endDate() != null && p.endDate().isBefore(p.startDate())) {
            problems.add(new ExchangeValidationException.Problem("endDate", "exchange.period.invalid"));
        }
        if (!problems.isEmpty()) {
            throw new ExchangeValidationException(problems);
        }
    }

    private String unitName(String teryt, Map<String, String> cache) {
        if (teryt == null) {
            return null;
        }
        return cache.computeIfAbsent(teryt, t -> units.unitName(t).orElse(t));
    }

    private static GroupSummary summary(ExchangeGroup g) {
        return new GroupSummary(g.getId(), g.getName(), g.getKind(), g.getProgrammeCode(), g.getStartDate(),
                g.getEndDate(), g.getUnitTeryts().size(), g.isDemo(), g.isStrategyWorkshop());
    }
}
