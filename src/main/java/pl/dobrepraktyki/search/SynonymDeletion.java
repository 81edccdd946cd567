package pl.dobrepraktyki.search;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A deleted synonym group: its terms, who deleted it and when. */
@Entity
@Table(name = "search_synonym_deletion")
class SynonymDeletion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String terms;
    private Instant deletedAt;
    private String deletedBy;

    protected SynonymDeletion() {
    }

    SynonymDeletion(List<String> terms, String editor, Instant now) {
        this.terms = String.join(SynonymGroup.SEPARATOR, terms);
        this.deletedBy = editor;
        this.deletedAt = now;
    }

    SynonymDeletionView view() {
        return new SynonymDeletionView(List.of(terms.split(SynonymGroup.SEPARATOR)), deletedAt, deletedBy);
    }
}
