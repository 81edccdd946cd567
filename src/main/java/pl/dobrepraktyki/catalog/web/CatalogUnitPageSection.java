package pl.dobrepraktyki.catalog.web;

import java.util.List;
import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import pl.dobrepraktyki.catalog.AdoptionView;
import pl.dobrepraktyki.catalog.PracticeService;
import pl.dobrepraktyki.catalog.PracticeSummary;
import pl.dobrepraktyki.localgov.LocalGovernment;
import pl.dobrepraktyki.localgov.UnitPageSection;

/** On the unit page: the unit's published practices (as lead and as partner) and what it adopted. */
@Component
@Order(10)
class CatalogUnitPageSection implements UnitPageSection {

    private final PracticeService practices;

    CatalogUnitPageSection(PracticeService practices) {
        this.practices = practices;
    }

    @Override
    public String template() {
        return "catalog/unit-section :: section";
    }

    @Override
    public Map<String, Object> model(LocalGovernment unit) {
        List<PracticeSummary> led = practices.publishedOfUnit(unit.getTeryt());
        List<PracticeSummary> partner = practices.publishedWithPartner(unit.getTeryt());
        List<AdoptionView> adopted = practices.adoptionsBy(unit.getTeryt());
        return Map.of("led", led, "partner", partner, "adopted", adopted);
    }
}
