package pl.dobrepraktyki.search;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A group of search synonyms: terms that find each other ("ops, gops, mops, ośrodek pomocy
 * społecznej"). The terms are kept valid by {@link SynonymService}; they are stored joined with
 * {@value #SEPARATOR}, which no term contains.
 */
@Entity
@Table(name = "search_synonym_group")
class SynonymGroup {

    static final String SEPARATOR = ", ";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String terms;

    @Version
    private long version;

    private Instant updatedAt;
    private String updatedBy;

    protected SynonymGroup() {
    }

    SynonymGroup(List<String> terms, String editor, Instant now) {
        change(terms, editor, now);
    }

    void change(List<String> terms, String editor, Instant now) {
        this.terms = String.join(SEPARATOR, terms);
        this.updatedBy = editor;
        this.updatedAt = now;
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    List<String> terms() {
        return List.of(terms.split(SEPARATOR));
    }

    SynonymGroupView view() {
        return new SynonymGroupView(id, terms(), version, updatedAt, updatedBy);
    }
}
