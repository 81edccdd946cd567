package pl.dobrepraktyki.alerts.web;

import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import pl.dobrepraktyki.alerts.AlertService;
import pl.dobrepraktyki.exchange.GroupPageSection;
import pl.dobrepraktyki.exchange.GroupView;

/**
 * On the group page: "Obserwuj grupę" (signed-in people), its new meetings and its units' practices come by
 * e-mail; a person who follows it already is told so, with the way to their follows, instead of the button.
 */
@Component
@Order(5)
class AlertsGroupPageSection implements GroupPageSection {

    private final AlertService alerts;

    AlertsGroupPageSection(AlertService alerts) {
        this.alerts = alerts;
    }

    @Override
    public String template() {
        return "alerts/group-section :: section";
    }

    @Override
    public Map<String, Object> model(GroupView group) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean following = auth != null && !(auth instanceof AnonymousAuthenticationToken)
                && alerts.followsGroup(auth.getName(), group.id());
        return Map.of("groupId", group.id(), "groupName", group.name(), "following", following);
    }
}
