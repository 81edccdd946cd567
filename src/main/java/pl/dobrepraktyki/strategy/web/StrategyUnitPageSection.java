package pl.dobrepraktyki.strategy.web;

import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import pl.dobrepraktyki.localgov.LocalGovernment;
import pl.dobrepraktyki.localgov.UnitPageSection;
import pl.dobrepraktyki.strategy.StrategyService;

/**
 * On the unit page: a link to the unit's strategy when the visitor may read it; for the unit's officials
 * without one, a link to record it. Nothing otherwise (a private strategy is not even mentioned).
 */
@Component
@Order(35)
class StrategyUnitPageSection implements UnitPageSection {

    private final StrategyService strategies;

    StrategyUnitPageSection(StrategyService strategies) {
        this.strategies = strategies;
    }

    @Override
    public String template() {
        return "strategy/unit-section :: section";
    }

    @Override
    public Map<String, Object> model(LocalGovernment unit) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String email = auth == null || auth instanceof AnonymousAuthenticationToken ? null : auth.getName();
        StrategyService.Viewer viewer = strategies.viewer(email);
        var strategy = strategies.find(unit.getTeryt()).filter(s -> s.publicVisible() || viewer.overseer()
                || viewer.isOfficialOf(s.teryt()));
        if (strategy.isPresent()) {
            return Map.of("teryt", unit.getTeryt(), "title", strategy.get().title(), "from",
                    strategy.get().periodFrom(), "to", strategy.get().periodTo(), "publicVisible",
                    strategy.get().publicVisible());
        }
        if (viewer.isOfficialOf(unit.getTeryt())) {
            return Map.of("teryt", unit.getTeryt(), "record", true);
        }
        return Map.of();
    }
}
