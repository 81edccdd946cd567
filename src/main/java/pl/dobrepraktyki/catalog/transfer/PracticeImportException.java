package pl.dobrepraktyki.catalog.transfer;

import java.util.List;

/** An import file was refused and nothing was written; the problems say why, record by record. */
public class PracticeImportException extends RuntimeException {

    private final List<RecordProblem> problems;

    PracticeImportException(String message, List<RecordProblem> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    public List<RecordProblem> problems() {
        return problems;
    }
}
