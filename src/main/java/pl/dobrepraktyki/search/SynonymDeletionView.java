package pl.dobrepraktyki.search;

import java.time.Instant;
import java.util.List;

/** A deleted synonym group as the editors' page lists it. */
public record SynonymDeletionView(List<String> terms, Instant deletedAt, String deletedBy) {
}
