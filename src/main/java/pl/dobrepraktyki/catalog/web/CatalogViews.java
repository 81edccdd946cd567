package pl.dobrepraktyki.catalog.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import pl.dobrepraktyki.catalog.Taxonomy;
import pl.dobrepraktyki.catalog.TaxonomyService;
import pl.dobrepraktyki.catalog.TaxonomyTerm;
import pl.dobrepraktyki.localgov.LocalGovernmentService;

/** What several catalog pages show: taxonomy names in the page's language and unit names. */
@Component
class CatalogViews {

    private final TaxonomyService taxonomies;
    private final LocalGovernmentService units;

    CatalogViews(TaxonomyService taxonomies, LocalGovernmentService units) {
        this.taxonomies = taxonomies;
        this.units = units;
    }

    /** Taxonomy name by taxonomy ({@code SECTION}, {@code AREA}, …) and code, in display order. */
    Map<String, Map<String, String>> names(Locale locale) {
        return taxonomies.namesByCode(locale);
    }

    List<TaxonomyTerm> terms(Taxonomy taxonomy) {
        return taxonomies.terms(taxonomy);
    }

    TaxonomyTerm term(Taxonomy taxonomy, String code) {
        return taxonomies.find(taxonomy, code).orElse(null);
    }

    boolean sectionExists(String code) {
        return taxonomies.exists(Taxonomy.SECTION, code);
    }

    /** Unit name by TERYT code (the code itself for an unknown unit). */
    Map<String, String> unitNames(List<String> teryts) {
        Map<String, String> names = new LinkedHashMap<>();
        teryts.forEach(t -> names.put(t, units.unitName(t).orElse(t)));
        return names;
    }

    String unitName(String teryt) {
        return teryt == null ? null : units.unitName(teryt).orElse(teryt);
    }
}
