package pl.dobrepraktyki.statistics.internal;

/** What is wrong with one line of an import file (lines count from 1, the header is line 1). */
public record ImportProblem(long line, String message) {

    @Override
    public String toString() {
        return "wiersz " + line + ": " + message;
    }
}
