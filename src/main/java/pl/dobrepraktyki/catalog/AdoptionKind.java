package pl.dobrepraktyki.catalog;

/** How a unit took over a practice. Stored by name; never rename. */
public enum AdoptionKind {
    /** Took it over as it is. */
    ADOPTED,
    /** Took it over with changes for its own conditions. */
    ADAPTED
}
