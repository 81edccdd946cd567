package pl.dobrepraktyki.search.web;

import java.util.List;
import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import pl.dobrepraktyki.localgov.LocalGovernment;
import pl.dobrepraktyki.localgov.UnitPageSection;
import pl.dobrepraktyki.search.SearchResults;
import pl.dobrepraktyki.search.SearchService;

/** On the unit page: public practices from units of the same kind and size category. */
@Component
@Order(20)
class SearchUnitPageSection implements UnitPageSection {

    static final int COUNT = 5;

    private final SearchService search;

    SearchUnitPageSection(SearchService search) {
        this.search = search;
    }

    @Override
    public String template() {
        return "search/unit-section :: section";
    }

    @Override
    public Map<String, Object> model(LocalGovernment unit) {
        List<SearchResults.Hit> hits = search.fromUnitsLike(unit.getTeryt(), COUNT);
        return hits.isEmpty() ? Map.of() : Map.of("likeThis", hits);
    }
}
