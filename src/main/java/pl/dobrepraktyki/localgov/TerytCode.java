package pl.dobrepraktyki.localgov;

import java.util.Objects;

/**
 * A TERYT (TERC) code of a unit: 2 digits for a voivodeship ({@code WOJ}), 4 for a county
 * ({@code WOJ+POW}) and 7 for a gmina ({@code WOJ+POW+GMI+RODZ}). The code is only checked for its
 * shape; whether a unit has it is the register's business.
 */
public final class TerytCode implements Comparable<TerytCode> {

    /** How many digits the code has, which tells the level of the unit. */
    public enum Level {
        VOIVODESHIP(2), COUNTY(4), MUNICIPALITY(7);

        private final int length;

        Level(int length) {
            this.length = length;
        }

        public int length() {
            return length;
        }
    }

    private final String value;

    private TerytCode(String value) {
        this.value = value;
    }

    /**
     * Parses a code.
     *
     * @throws IllegalArgumentException if the code is not 2, 4 or 7 digits (surrounding
     *         whitespace is ignored)
     */
    public static TerytCode of(String code) {
        if (code == null) {
            throw new IllegalArgumentException("TERYT code is missing: expected 2, 4 or 7 digits");
        }
        String trimmed = code.strip();
        int length = trimmed.length();
        if (length != 2 && length != 4 && length != 7) {
            throw new IllegalArgumentException("Invalid TERYT code '" + abbreviate(trimmed)
                    + "': expected 2 (voivodeship), 4 (county) or 7 (gmina) digits, got " + length + " characters");
        }
        for (int i = 0; i < length; i++) {
            char c = trimmed.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("Invalid TERYT code '" + trimmed
                        + "': only digits 0-9 are allowed");
            }
        }
        return new TerytCode(trimmed);
    }

    /** True when {@link #of(String)} would accept the code. */
    public static boolean isValid(String code) {
        try {
            of(code);
            return true;
        }
        catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 20 ? text.substring(0, 20) + "…" : text;
    }

    public String value() {
        return value;
    }

    public Level level() {
        return switch (value.length()) {
            case 2 -> Level.VOIVODESHIP;
            case 4 -> Level.COUNTY;
            default -> Level.MUNICIPALITY;
        };
    }

    /** The 2-digit code of the voivodeship the code lies in. */
    public String voivodeshipCode() {
        return value.substring(0, 2);
    }

    /** The 4-digit county part, or empty for a voivodeship code. */
    public java.util.Optional<String> countyCode() {
        return value.length() >= 4 ? java.util.Optional.of(value.substring(0, 4)) : java.util.Optional.empty();
    }

    /**
     * True for a 4-digit code of a city with county rights (POW ≥ 61). Such a code is an alias: the
     * unit itself is kept under its 7-digit gmina code.
     */
    public boolean isCityCountyCode() {
        return value.length() == 4 && Integer.parseInt(value.substring(2, 4)) >= 61;
    }

    @Override
    public int compareTo(TerytCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TerytCode code && code.value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
