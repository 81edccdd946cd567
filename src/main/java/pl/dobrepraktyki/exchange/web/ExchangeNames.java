package pl.dobrepraktyki.exchange.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import pl.dobrepraktyki.catalog.Taxonomy;
import pl.dobrepraktyki.catalog.TaxonomyService;
import pl.dobrepraktyki.catalog.TaxonomyTerm;

/** Names of the catalog's areas and programmes (funding projects) in the page's language. */
@Component
class ExchangeNames {

    private final TaxonomyService taxonomies;

    ExchangeNames(TaxonomyService taxonomies) {
        this.taxonomies = taxonomies;
    }

    List<TaxonomyTerm> areas() {
        return taxonomies.terms(Taxonomy.AREA);
    }

    List<TaxonomyTerm> programmes() {
        return taxonomies.terms(Taxonomy.FUNDING_PROJECT);
    }

    Map<String, String> areaNames(Locale locale) {
        return names(areas(), locale);
    }

    Map<String, String> programmeNames(Locale locale) {
        return names(programmes(), locale);
    }

    TaxonomyTerm programme(String code) {
        return code == null ? null : taxonomies.find(Taxonomy.FUNDING_PROJECT, code).orElse(null);
    }

    private static Map<String, String> names(List<TaxonomyTerm> terms, Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        terms.forEach(t -> names.put(t.getCode(), t.name(locale)));
        return names;
    }
}
