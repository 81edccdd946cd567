package pl.dobrepraktyki.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Which shape of the search documents the index under the data directory holds. When a new version
 * of the platform writes documents differently (a new field, another analysis), an index built by an
 * older one would answer wrongly until rebuilt: the platform then rebuilds it in the background at
 * start ({@link Reindexer}), and every full rebuild marks the index as current.
 */
public final class IndexLayout {

    /**
     * Raise when the documents change shape (and say why here). 1: the layout of December 2026;
     * 2: the competition award of a practice (facet {@code award}); 3: lemmas as written, with their
     * forms without Polish letters marked ("~piec" of "pięć"), so that "piec" no longer finds "pięć"; 4: competition
     * editions, exchange groups and meetings in indexes of their own ({@code IndexedContent}); 5: the contact person of a
     * practice (field {@code contact}), only while they consent to publication.
     */
    public static final int VERSION = 5;

    private final Path file;

    public IndexLayout(Path dataDir) {
        this.file = dataDir.resolve("index").resolve("layout-version");
    }

    /** The version the index was built with; 0 when unknown (an index from before versions, or none). */
    public int built() {
        try {
            return Files.exists(file) ? Integer.parseInt(Files.readString(file).strip()) : 0;
        }
        catch (IOException | NumberFormatException e) {
            return 0;
        }
    }

    /**
     * True when the index must be rebuilt: it was built with another version and the database holds
     * practices (an empty base has nothing to rebuild: its index is marked current instead).
     */
    public boolean needsRebuild(long practicesInDatabase) {
        if (built() == VERSION) {
            return false;
        }
        if (practicesInDatabase == 0) {
            markCurrent();
            return false;
        }
        return true;
    }

    public void markCurrent() {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, VERSION + "\n");
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
