package pl.dobrepraktyki.statistics.internal;

import java.util.List;

/**
 * What an import did.
 *
 * @param format the recognised format
 * @param rows data rows read
 * @param written values added or changed (0 when the same file is imported again)
 * @param skipped rows that name no unit of the register by design: Poland, parts of gminas, the
 *        powiat rows of cities with county rights (their values are in the gmina rows)
 * @param indicators indicator codes that received values or definitions
 * @param derived derived values recomputed
 */
public record ImportSummary(String fileName, ImportFormat format, long rows, long written, long skipped,
        List<String> indicators, long derived, double seconds) {

    public long rowsPerSecond() {
        return seconds <= 0 ? rows : Math.round(rows / seconds);
    }

    public String describe() {
        return "%s: %s, wierszy %d, zapisano %d nowych lub zmienionych wartości, pominięto %d, wskaźniki %s, wartości pochodne %d, %.1f s (%d wierszy/s)"
                .formatted(fileName, format.description(), rows, written, skipped, String.join(", ", indicators),
                        derived, seconds, rowsPerSecond());
    }
}
