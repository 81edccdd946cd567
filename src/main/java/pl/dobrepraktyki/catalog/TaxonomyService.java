package pl.dobrepraktyki.catalog;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The taxonomies of the base: sections, areas, practice types, sources and funding projects.
 * Codes are stable (upper case letters, digits and {@code _}); administrators add entries and
 * rename them, never change a code.
 */
@Service
@Transactional(readOnly = true)
public class TaxonomyService {

    private static final String CODE = "[A-Z][A-Z0-9_]{1,59}";

    private final TaxonomyTermRepository terms;
    private final org.springframework.context.ApplicationEventPublisher events;

    TaxonomyService(TaxonomyTermRepository terms, org.springframework.context.ApplicationEventPublisher events) {
        this.terms = terms;
        this.events = events;
    }

    /** The entries of one taxonomy in their display order. */
    public List<TaxonomyTerm> terms(Taxonomy taxonomy) {
        return terms.findByTaxonomyOrderBySortOrderAscCodeAsc(taxonomy);
    }

    /** Every taxonomy with its entries. */
    public Map<Taxonomy, List<TaxonomyTerm>> all() {
        Map<Taxonomy, List<TaxonomyTerm>> all = new EnumMap<>(Taxonomy.class);
        for (Taxonomy t : Taxonomy.values()) {
            all.put(t, terms(t));
        }
        return all;
    }

    /**
     * The name of every entry in the language of the page, by taxonomy name ({@code SECTION}, {@code AREA}, …)
     * and code, in display order: what pages show instead of codes.
     */
    public Map<String, Map<String, String>> namesByCode(java.util.Locale locale) {
        Map<String, Map<String, String>> names = new java.util.LinkedHashMap<>();
        all().forEach((taxonomy, entries) -> {
            Map<String, String> byCode = new java.util.LinkedHashMap<>();
            entries.forEach(t -> byCode.put(t.getCode(), t.name(locale)));
            names.put(taxonomy.name(), byCode);
        });
        return names;
    }

    public Optional<TaxonomyTerm> find(Taxonomy taxonomy, String code) {
        return code == null ? Optional.empty() : terms.findByTaxonomyAndCode(taxonomy, code);
    }

    public boolean exists(Taxonomy taxonomy, String code) {
        return code != null && terms.existsByTaxonomyAndCode(taxonomy, code);
    }

    /** Adds an entry at the end of the taxonomy; refuses a malformed or existing code. */
    @Transactional
    public TaxonomyTerm add(Taxonomy taxonomy, String code, String namePl, String nameEn) {
        String c = code == null ? "" : code.strip();
        if (!c.matches(CODE)) {
            throw new CatalogValidationException("code", "catalog.taxonomy.code.invalid");
        }
        if (terms.existsByTaxonomyAndCode(taxonomy, c)) {
            throw new CatalogValidationException("code", "catalog.taxonomy.code.exists");
        }
        checkNames(namePl, nameEn);
        int last = terms(taxonomy).stream().mapToInt(TaxonomyTerm::getSortOrder).max().orElse(0);
        return terms.save(new TaxonomyTerm(taxonomy, c, namePl.strip(), nameEn.strip(), last + 1));
    }

    /** Renames an entry; its code stays. */
    @Transactional
    public TaxonomyTerm rename(Taxonomy taxonomy, String code, String namePl, String nameEn) {
        TaxonomyTerm term = terms.findByTaxonomyAndCode(taxonomy, code)
                .orElseThrow(() -> new CatalogValidationException("code", "catalog.taxonomy.code.unknown"));
        checkNames(namePl, nameEn);
        term.rename(namePl.strip(), nameEn.strip());
        events.publishEvent(new TaxonomyRenamed(taxonomy, term.getCode()));
        return term;
    }

    private static void checkNames(String namePl, String nameEn) {
        if (Texts.blank(namePl) || namePl.strip().length() > 300) {
            throw new CatalogValidationException("namePl", "catalog.taxonomy.name.invalid");
        }
        if (Texts.blank(nameEn) || nameEn.strip().length() > 300) {
            throw new CatalogValidationException("nameEn", "catalog.taxonomy.name.invalid");
        }
    }
}
