package pl.dobrepraktyki.exchange.web;

import java.util.List;
import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import pl.dobrepraktyki.exchange.GroupService;
import pl.dobrepraktyki.exchange.GroupSummary;
import pl.dobrepraktyki.localgov.LocalGovernment;
import pl.dobrepraktyki.localgov.UnitPageSection;

/** On the unit page: the exchange groups the unit belongs to. */
@Component
@Order(30)
class ExchangeUnitPageSection implements UnitPageSection {

    private final GroupService groups;

    ExchangeUnitPageSection(GroupService groups) {
        this.groups = groups;
    }

    @Override
    public String template() {
        return "exchange/unit-section :: section";
    }

    @Override
    public Map<String, Object> model(LocalGovernment unit) {
        List<GroupSummary> of = groups.groupsOfUnit(unit.getTeryt());
        return of.isEmpty() ? Map.of() : Map.of("groups", of);
    }
}
