package pl.dobrepraktyki.catalog;

import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One entry of a {@link Taxonomy}: a stable code (never changes once created) with a Polish and an
 * English name, and a logo for funding projects. Other modules get it read-only from
 * {@link TaxonomyService}.
 */
@Entity
@Table(name = "taxonomy_term")
public class TaxonomyTerm {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private Taxonomy taxonomy;

    private String code;
    private String namePl;
    private String nameEn;
    private String logoPath;
    private int sortOrder;

    @Version
    private long version;

    protected TaxonomyTerm() {
    }

    TaxonomyTerm(Taxonomy taxonomy, String code, String namePl, String nameEn, int sortOrder) {
        this.taxonomy = taxonomy;
        this.code = code;
        this.namePl = namePl;
        this.nameEn = nameEn;
        this.sortOrder = sortOrder;
    }

    void rename(String namePl, String nameEn) {
        this.namePl = namePl;
        this.nameEn = nameEn;
    }

    public Taxonomy getTaxonomy() {
        return taxonomy;
    }

    public String getCode() {
        return code;
    }

    public String getNamePl() {
        return namePl;
    }

    public String getNameEn() {
        return nameEn;
    }

    /** The name in the language of the page (English for {@code en}, else Polish). */
    public String name(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : namePl;
    }

    /** Path of the logo under the static resources (e.g. {@code /img/funding/pokl-5-2.svg}), or {@code null}. */
    public String getLogoPath() {
        return logoPath;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public long getVersion() {
        return version;
    }
}
