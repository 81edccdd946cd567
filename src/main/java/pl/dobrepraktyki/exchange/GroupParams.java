package pl.dobrepraktyki.exchange;

import java.time.LocalDate;
import java.util.List;

/** What a moderator gives for a group. {@code parentGroupId} only for a regional subgroup. */
public record GroupParams(String name, GroupKind kind, Long parentGroupId, String topic, List<String> areas,
        String programmeCode, LocalDate startDate, LocalDate endDate) {

    public GroupParams {
        name = ExchangeTexts.clean(name);
        topic = ExchangeTexts.clean(topic);
        programmeCode = ExchangeTexts.clean(programmeCode);
        areas = areas == null ? List.of() : areas.stream().map(ExchangeTexts::clean).filter(a -> a != null).toList();
    }
}
