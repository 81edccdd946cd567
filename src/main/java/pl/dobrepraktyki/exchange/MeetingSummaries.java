package pl.dobrepraktyki.exchange;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import pl.dobrepraktyki.localgov.LocalGovernmentService;

/** Turns meetings into {@link MeetingSummary} records (group and unit names, number registered). */
@Component
class MeetingSummaries {

    private final ExchangeGroupRepository groups;
    private final RegistrationRepository registrations;
    private final LocalGovernmentService units;

    MeetingSummaries(ExchangeGroupRepository groups, RegistrationRepository registrations,
            LocalGovernmentService units) {
        this.groups = groups;
        this.registrations = registrations;
        this.units = units;
    }

    List<MeetingSummary> of(List<Meeting> meetings) {
        Map<Long, String> groupNames = new HashMap<>();
        Map<String, String> unitNames = new HashMap<>();
        return meetings.stream().map(m -> of(m, groupNames, unitNames)).toList();
    }

    MeetingSummary of(Meeting m) {
        return of(m, new HashMap<>(), new HashMap<>());
    }

    String unitName(String teryt, Map<String, String> cache) {
        return teryt == null ? null : cache.computeIfAbsent(teryt, t -> units.unitName(t).orElse(t));
    }

    private MeetingSummary of(Meeting m, Map<Long, String> groupNames, Map<String, String> unitNames) {
        String groupName = m.getGroupId() == null ? null
                : groupNames.computeIfAbsent(m.getGroupId(),
                        id -> groups.findById(id).map(ExchangeGroup::getName).orElse(null));
        return new MeetingSummary(m.getId(), m.getGroupId(), groupName, m.getTitle(), m.getKind(), m.getMode(),
                m.getStartsAt(), m.getEndsAt(), m.getHostUnitTeryt(), unitName(m.getHostUnitTeryt(), unitNames),
                m.getPlace(), m.getCapacity(),
                registrations.countByMeetingIdAndStatus(m.getId(), RegistrationStatus.REGISTERED), m.isDemo(),
                m.getCreatedAt());
    }
}
