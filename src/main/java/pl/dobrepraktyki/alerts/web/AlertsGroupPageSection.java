package pl.dobrepraktyki.alerts.web;

import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import pl.dobrepraktyki.exchange.GroupPageSection;
import pl.dobrepraktyki.exchange.GroupView;

/** On the group page: "Obserwuj grupę" (signed-in people), its new meetings and its units' practices come by e-mail. */
@Component
@Order(5)
class AlertsGroupPageSection implements GroupPageSection {

    @Override
    public String template() {
        return "alerts/group-section :: section";
    }

    @Override
    public Map<String, Object> model(GroupView group) {
        return Map.of("groupId", group.id(), "groupName", group.name());
    }
}
