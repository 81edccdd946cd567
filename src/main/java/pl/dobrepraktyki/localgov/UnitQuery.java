package pl.dobrepraktyki.localgov;

/**
 * A search over the register; every part is optional.
 *
 * @param kind only units of this kind
 * @param voivodeship only units in this voivodeship (2-digit code)
 * @param text part of the name; case and Polish diacritics are ignored ({@code lodz} finds Łódź)
 */
public record UnitQuery(UnitKind kind, String voivodeship, String text) {

    public UnitQuery {
        if (voivodeship != null && voivodeship.isBlank()) {
            voivodeship = null;
        }
        if (voivodeship != null && TerytCode.of(voivodeship).level() != TerytCode.Level.VOIVODESHIP) {
            throw new IllegalArgumentException("Invalid voivodeship code '" + voivodeship + "': expected 2 digits");
        }
        if (text != null && text.isBlank()) {
            text = null;
        }
    }

    public static UnitQuery byName(String text) {
        return new UnitQuery(null, null, text);
    }

    public static UnitQuery all() {
        return new UnitQuery(null, null, null);
    }
}
