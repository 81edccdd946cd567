package pl.dobrepraktyki.competition;

import java.util.List;

/** An entry cannot be sent: parts of the description or answers are missing (message keys). */
public class IncompleteEntryException extends CompetitionException {

    private final transient List<String> missing;

    public IncompleteEntryException(List<String> missing) {
        super("competition.entry.incomplete");
        this.missing = List.copyOf(missing);
    }

    public List<String> missing() {
        return missing;
    }
}
