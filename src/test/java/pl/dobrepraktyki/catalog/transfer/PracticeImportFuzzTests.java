package pl.dobrepraktyki.catalog.transfer;

import java.io.ByteArrayInputStream;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.springframework.beans.factory.annotation.Autowired;

import pl.dobrepraktyki.catalog.PracticeService;
import pl.dobrepraktyki.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Any bytes given to the practice import (the same path as the admin page and {@code import-practices})
 * are imported or refused with the documented {@link PracticeImportException}, and a refused file
 * writes nothing. {@link #practiceRecords} fuzzes the reading and checking of a file, where untrusted
 * bytes are handled (fast, 100,000 runs in {@code -Pfuzz}); {@link #practiceJson} the whole import with
 * its writes (slow: tens of runs a second, so {@code -Pfuzz} gives it a time cap). The seeds in
 * {@code PracticeImportFuzzTestsInputs/} run in every build (they import drafts only, so the public index
 * of the shared test platform stays as it is).
 */
@IntegrationTest
class PracticeImportFuzzTests {

    @Autowired
    PracticeTransferService transfer;

    @Autowired
    PracticeService practices;

    @FuzzTest(maxExecutions = 100_000, maxDuration = "8m")
    void practiceRecords(byte[] bytes) {
        try {
            assertThat(transfer.checked(new ByteArrayInputStream(bytes), "fuzz.json", (done, total, line) -> { }))
                    .allSatisfy(record -> assertThat(record.title()).isNotBlank());
        }
        catch (PracticeImportException e) {
            assertThat(e.getMessage()).startsWith("fuzz.json: ");
        }
    }

    @FuzzTest(maxExecutions = 100_000, maxDuration = "8m")
    void practiceJson(byte[] bytes) {
        long before = practices.count();
        try {
            PracticeTransferService.ImportSummary summary = transfer.importPractices(new ByteArrayInputStream(bytes),
                    "fuzz.json", line -> { });
            assertThat(practices.count()).isEqualTo(before + summary.added());
        }
        catch (PracticeImportException e) {
            assertThat(e.getMessage()).startsWith("fuzz.json: ");
            assertThat(practices.count()).as("a refused file writes nothing").isEqualTo(before);
        }
    }
}
