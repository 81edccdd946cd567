package pl.dobrepraktyki.search;

import java.time.Instant;
import java.util.List;

/** A synonym group as the editors' page shows it. */
public record SynonymGroupView(long id, List<String> terms, long version, Instant updatedAt, String updatedBy) {
}
