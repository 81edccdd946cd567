package pl.dobrepraktyki.exchange;

/** Small references the pages show. */
public final class Views {

    private Views() {
    }

    /** A unit by its TERYT code and name. */
    public record UnitRef(String teryt, String name) {
    }

    /** A practice presented at a meeting. */
    public record PracticeRef(long id, String title, String unitName) {
    }
}
