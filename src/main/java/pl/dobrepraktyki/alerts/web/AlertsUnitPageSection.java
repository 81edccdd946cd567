package pl.dobrepraktyki.alerts.web;

import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import pl.dobrepraktyki.localgov.LocalGovernment;
import pl.dobrepraktyki.localgov.UnitPageSection;

/** On the unit page: "Obserwuj" (signed-in people), the new practices of the unit come by e-mail. */
@Component
@Order(5)
class AlertsUnitPageSection implements UnitPageSection {

    @Override
    public String template() {
        return "alerts/unit-section :: section";
    }

    @Override
    public Map<String, Object> model(LocalGovernment unit) {
        return Map.of("teryt", unit.getTeryt(), "unitName", unit.getDisplayName());
    }

    @Override
    public boolean isContent() {
        return false;
    }
}
