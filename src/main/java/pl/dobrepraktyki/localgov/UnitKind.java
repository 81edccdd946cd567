package pl.dobrepraktyki.localgov;

/**
 * The kind of a local government unit. The constant names are stable codes of the public API and
 * are stored in the database; never rename them.
 */
public enum UnitKind {

    /** Województwo (2-digit code). */
    VOIVODESHIP,
    /** Miasto na prawach powiatu: a gmina (RODZ 1, POW ≥ 61) that also does a county's work. */
    CITY_COUNTY,
    /** Powiat ziemski (4-digit code, POW < 61). */
    COUNTY,
    /** Gmina miejska (RODZ 1). */
    URBAN_MUNICIPALITY,
    /** Gmina miejsko-wiejska (RODZ 3). */
    URBAN_RURAL_MUNICIPALITY,
    /** Gmina wiejska (RODZ 2). */
    RURAL_MUNICIPALITY;

    /** True for the kinds that are gminas (including cities with county rights). */
    public boolean isMunicipality() {
        return this == CITY_COUNTY || this == URBAN_MUNICIPALITY || this == URBAN_RURAL_MUNICIPALITY
                || this == RURAL_MUNICIPALITY;
    }

    /**
     * The kind of a whole gmina from its TERC {@code RODZ} digit and county number.
     *
     * @throws IllegalArgumentException for RODZ 4, 5, 8 and 9 (parts of gminas, not units) or a
     *         rural gmina inside a city county
     */
    public static UnitKind ofMunicipality(int rodz, int countyNumber) {
        boolean cityCounty = countyNumber >= 61;
        return switch (rodz) {
            case 1 -> cityCounty ? CITY_COUNTY : URBAN_MUNICIPALITY;
            case 2, 3 -> {
                if (cityCounty) {
                    throw new IllegalArgumentException("a city with county rights (POW " + countyNumber
                            + ") can only be a gmina miejska (RODZ 1), got RODZ " + rodz);
                }
                yield rodz == 2 ? RURAL_MUNICIPALITY : URBAN_RURAL_MUNICIPALITY;
            }
            default -> throw new IllegalArgumentException("RODZ " + rodz + " is a part of a gmina, not a unit");
        };
    }

    /**
     * Parses an API code, ignoring case.
     *
     * @throws IllegalArgumentException naming the allowed codes
     */
    public static UnitKind fromCode(String code) {
        for (UnitKind kind : values()) {
            if (kind.name().equalsIgnoreCase(code == null ? "" : code.strip())) {
                return kind;
            }
        }
        throw new IllegalArgumentException("Unknown unit kind '" + code + "'; expected one of "
                + java.util.Arrays.toString(values()));
    }
}
