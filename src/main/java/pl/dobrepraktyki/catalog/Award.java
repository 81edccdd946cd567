package pl.dobrepraktyki.catalog;

/**
 * What a practice won in the Samorządowy Lider Zarządzania competition (finalista, laureat,
 * wyróżnienie). The competition module decides awards; the catalog shows them on the practice
 * and the search module may index them. Stored by name; never rename.
 */
public enum Award {
    /** Laureat: the winners of a category. */
    LAUREATE,
    /** Wyróżnienie: a distinction. */
    DISTINCTION,
    /** Finalista: reached the final of a category. */
    FINALIST
}
