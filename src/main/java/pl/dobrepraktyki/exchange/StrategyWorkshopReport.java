package pl.dobrepraktyki.exchange;

import java.util.List;

/**
 * For a strategic-management workshop cycle: per member unit whether it has a strategy recorded, and the
 * totals. Every strategy counts in the totals (they say nothing about a person); a unit's own goal counts and
 * the link to its strategy are given only when the viewer may read that strategy ({@code linked}).
 */
public record StrategyWorkshopReport(List<UnitRow> units, long withStrategy, long goalsOnTrack, long goalsOffTrack) {

    /** A member unit: {@code goalsOnTrack}/{@code goalsOffTrack} are null unless {@code linked}. */
    public record UnitRow(String teryt, String name, boolean recorded, boolean linked, Integer goals,
            Integer goalsOnTrack, Integer goalsOffTrack) {
    }
}
