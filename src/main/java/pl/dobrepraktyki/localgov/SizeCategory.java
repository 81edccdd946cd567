package pl.dobrepraktyki.localgov;

/**
 * The size group of a unit as the Samorządowy Lider Zarządzania competition defines it. The
 * constant names are stable codes of the public API and are stored in the database.
 */
public enum SizeCategory {

    /** Powiaty ziemskie. */
    COUNTIES,
    /** Cities with county rights, and urban or urban-rural gminas of more than 50,000 people. */
    LARGE_CITIES,
    /** Urban and urban-rural gminas of up to 50,000 people. */
    SMALL_CITIES,
    /** Rural gminas. */
    RURAL;

    /** Gminas above this population are large cities. */
    public static final int LARGE_CITY_THRESHOLD = 50_000;

    /**
     * The category of a unit of the given kind and population.
     *
     * @param population people living there, or {@code null} when unknown. An urban or urban-rural
     *        gmina without population data (e.g. one created this year) counts as
     *        {@link #SMALL_CITIES}: every gmina over 50,000 people has long existed and has data.
     * @return the category, or {@code null} for a voivodeship (it takes part in no category)
     */
    public static SizeCategory of(UnitKind kind, Integer population) {
        return switch (kind) {
            case VOIVODESHIP -> null;
            case COUNTY -> COUNTIES;
            case CITY_COUNTY -> LARGE_CITIES;
            case URBAN_MUNICIPALITY, URBAN_RURAL_MUNICIPALITY ->
                    population != null && population > LARGE_CITY_THRESHOLD ? LARGE_CITIES : SMALL_CITIES;
            case RURAL_MUNICIPALITY -> RURAL;
        };
    }
}
