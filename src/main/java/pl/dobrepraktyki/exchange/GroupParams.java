package pl.dobrepraktyki.exchange;

import java.time.LocalDate;
import java.util.List;

/**
 * What a moderator gives for a group. {@code parentGroupId} only for a regional subgroup; {@code strategyWorkshop}
 * marks a strategic-management workshop cycle (its units' strategies are shown on the group page and report).
 */
public record GroupParams(String name, GroupKind kind, Long parentGroupId, String topic, List<String> areas,
        String programmeCode, LocalDate startDate, LocalDate endDate, boolean strategyWorkshop) {

    /** A group that is not a strategic-management workshop cycle. */
    public GroupParams(String name, GroupKind kind, Long parentGroupId, String topic, List<String> areas,
            String programmeCode, LocalDate startDate, LocalDate endDate) {
        this(name, kind, parentGroupId, topic, areas, programmeCode, startDate, endDate, false);
    }

    public GroupParams {
        name = ExchangeTexts.clean(name);
        topic = ExchangeTexts.clean(topic);
        programmeCode = ExchangeTexts.clean(programmeCode);
        areas = areas == null ? List.of() : areas.stream().map(ExchangeTexts::clean).filter(a -> a != null).toList();
    }
}
