package pl.dobrepraktyki.statistics;

import java.util.List;

import pl.dobrepraktyki.localgov.UnitKind;

/**
 * The units a unit is compared with. The default group ("grupa porównawcza") is every unit of the same
 * kind in the same population class (see {@link PopulationClass}); a custom group is a list of chosen units.
 *
 * @param kind the kind of the default group, {@code null} for a custom group
 * @param populationClass the class of the default group, {@code null} for a custom group or when the
 *        unit's population is unknown (then the group is every unit of the kind)
 * @param members codes of the units, in code order, the unit itself included
 */
public record PeerGroup(UnitKind kind, PopulationClass populationClass, List<String> members) {

    public PeerGroup {
        members = List.copyOf(members);
    }

    public boolean custom() {
        return kind == null;
    }

    public int size() {
        return members.size();
    }
}
