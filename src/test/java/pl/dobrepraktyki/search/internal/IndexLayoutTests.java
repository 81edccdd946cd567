package pl.dobrepraktyki.search.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class IndexLayoutTests {

    @TempDir
    Path dataDir;

    @Test
    void anIndexBuiltByAnotherVersionIsRebuiltWhenTheBaseHoldsPractices() throws Exception {
        Files.createDirectories(dataDir.resolve("index"));
        // e.g. a newer version, then a rollback to this one
        Files.writeString(dataDir.resolve("index/layout-version"), (IndexLayout.VERSION + 1) + "\n");
        IndexLayout layout = new IndexLayout(dataDir);

        assertThat(layout.needsRebuild(500)).isTrue();
        assertThat(layout.needsRebuild(500)).as("until a rebuild marks it current").isTrue();
        layout.markCurrent();
        assertThat(new IndexLayout(dataDir).needsRebuild(500)).isFalse();
        assertThat(new IndexLayout(dataDir).built()).isEqualTo(IndexLayout.VERSION);
    }

    @Test
    void anIndexFromBeforeVersionsIsRebuiltButAnEmptyBaseIsOnlyMarked() {
        assertThat(new IndexLayout(dataDir).needsRebuild(43)).isTrue();

        IndexLayout empty = new IndexLayout(dataDir);
        assertThat(empty.needsRebuild(0)).isFalse();
        assertThat(empty.built()).isEqualTo(IndexLayout.VERSION);
        assertThat(empty.needsRebuild(43)).as("practices saved later are indexed as they are saved").isFalse();
    }
}
