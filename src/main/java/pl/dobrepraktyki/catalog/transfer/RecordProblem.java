package pl.dobrepraktyki.catalog.transfer;

/** What is wrong with one record of an import file: its index (from 0), the field and why. */
public record RecordProblem(int index, String field, String message) {

    @Override
    public String toString() {
        return "rekord " + index + ", pole " + field + ": " + message;
    }
}
