package pl.dobrepraktyki.catalog;

import java.util.List;

/**
 * A practice cannot be sent to the editors yet: the methodology's required parts are missing.
 * {@link #missing()} lists message keys ({@code catalog.missing.*}), one per missing part.
 */
public class IncompletePracticeException extends RuntimeException {

    private final List<String> missing;

    public IncompletePracticeException(List<String> missing) {
        super("incomplete practice: " + missing);
        this.missing = List.copyOf(missing);
    }

    public List<String> missing() {
        return missing;
    }
}
