package pl.dobrepraktyki.exchange;

import java.time.LocalDate;

/** A group in a list; {@code strategyWorkshop}: a strategic-management workshop cycle. */
public record GroupSummary(long id, String name, GroupKind kind, String programmeCode, LocalDate startDate,
        LocalDate endDate, int unitCount, boolean demo, boolean strategyWorkshop) {
}
