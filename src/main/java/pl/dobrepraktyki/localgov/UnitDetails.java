package pl.dobrepraktyki.localgov;

import java.util.List;

/**
 * What a unit page shows: the unit, its parents from the voivodeship down (without the unit),
 * and its children (a voivodeship's counties and city counties, a county's gminas).
 */
public record UnitDetails(LocalGovernment unit, List<LocalGovernment> ancestors, List<LocalGovernment> children) {

    public UnitDetails {
        ancestors = List.copyOf(ancestors);
        children = List.copyOf(children);
    }
}
