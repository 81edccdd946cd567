package pl.dobrepraktyki.exchange;

/** What units a group brings together. The names are stable codes (database, API). */
public enum GroupKind {
    CITIES, COUNTIES, RURAL_GMINAS, VOIVODESHIPS, THEMATIC, METROPOLITAN, REGIONAL_SUBGROUP
}
