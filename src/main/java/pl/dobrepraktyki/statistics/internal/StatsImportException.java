package pl.dobrepraktyki.statistics.internal;

import java.util.List;

/** An import file was refused; nothing was written. The problems name their lines. */
public class StatsImportException extends RuntimeException {

    private final transient List<ImportProblem> problems;
    private final long problemCount;

    public StatsImportException(String message, List<ImportProblem> problems, long problemCount) {
        super(message);
        this.problems = List.copyOf(problems);
        this.problemCount = problemCount;
    }

    public StatsImportException(String message) {
        this(message, List.of(), 0);
    }

    /** The first problems (at most {@value StatsImporter#MAX_PROBLEMS}). */
    public List<ImportProblem> problems() {
        return problems;
    }

    /** All problems found, also those not listed. */
    public long problemCount() {
        return problemCount;
    }
}
