package pl.dobrepraktyki.exchange;

import java.time.LocalDate;
import java.util.List;

/**
 * A group as one person may see it: {@code members} holds only what that person may see (nobody
 * for anonymous visitors, people who agreed for logged-in people, everyone for the group's
 * moderators); {@code strategyWorkshop}: a strategic-management workshop cycle; {@code me} is the person's own membership; {@code moderators} (e-mails) only for
 * the moderators themselves.
 */
public record GroupView(long id, String name, GroupKind kind, Long parentGroupId, String parentName, String topic,
        List<String> areas, String programmeCode, LocalDate startDate, LocalDate endDate, boolean demo, long version,
        List<Views.UnitRef> units, long memberCount, List<MemberView> members, MemberView me,
        List<MeetingSummary> meetings, List<GroupSummary> subgroups, List<String> moderators,
        boolean canManage, boolean strategyWorkshop) {
}
