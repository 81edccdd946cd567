package pl.dobrepraktyki.catalog;

/** The reference lists of the base. Stored by name; never rename. */
public enum Taxonomy {
    /** Dział: the sections of the base. */
    SECTION,
    /** Dziedzina: thematic areas. */
    AREA,
    /** Typ praktyki. */
    PRACTICE_TYPE,
    /** Źródło: how the practice was identified. */
    SOURCE,
    /** Projekt finansujący: programme that funded the description (has a logo). */
    FUNDING_PROJECT
}
