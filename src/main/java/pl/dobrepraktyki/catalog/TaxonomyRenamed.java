package pl.dobrepraktyki.catalog;

/** An entry of a taxonomy got a new name; its code stays. */
public record TaxonomyRenamed(Taxonomy taxonomy, String code) {
}
