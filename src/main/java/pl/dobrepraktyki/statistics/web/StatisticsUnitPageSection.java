package pl.dobrepraktyki.statistics.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import pl.dobrepraktyki.localgov.LocalGovernment;
import pl.dobrepraktyki.localgov.UnitPageSection;
import pl.dobrepraktyki.statistics.PeerGroup;
import pl.dobrepraktyki.statistics.StatisticsService;

/** On the unit page: its peer group (the members nearest in population) and links to its statistics. */
@Component
@Order(30)
class StatisticsUnitPageSection implements UnitPageSection {

    static final int NEAREST = 8;

    private final StatisticsService statistics;

    StatisticsUnitPageSection(StatisticsService statistics) {
        this.statistics = statistics;
    }

    @Override
    public String template() {
        return "statistics/unit-section :: section";
    }

    @Override
    public Map<String, Object> model(LocalGovernment unit) {
        PeerGroup group = statistics.peerGroup(unit.getTeryt());
        int population = unit.getPopulation() == null ? 0 : unit.getPopulation();
        List<StatisticsService.Unit> nearest = statistics.members(group).stream()
                .filter(u -> !u.teryt().equals(unit.getTeryt()))
                .sorted(Comparator.comparingInt(u -> Math.abs((u.population() == null ? 0 : u.population()) - population)))
                .limit(NEAREST).toList();
        return Map.of("group", group, "unit", statistics.unit(unit.getTeryt()), "nearest", nearest);
    }
}
