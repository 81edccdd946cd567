package pl.dobrepraktyki.system.csv;

/** Text for a CSV cell that a person opens in a spreadsheet. */
public final class SpreadsheetCells {

    /** A plain decimal number, negative or not: a spreadsheet reads it as that number, never as a formula. */
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("-?\\d+([.,]\\d+)?");

    private SpreadsheetCells() {
    }

    /**
     * The text with a leading apostrophe when a spreadsheet would take it for a formula (it starts with
     * {@code = + - @}, a tab or a carriage return: CSV injection); otherwise, and for a plain number such as
     * {@code -3.5}, the text as it is. {@code null} is empty.
     */
    public static String defused(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !NUMBER.matcher(text).matches() ? "'" + text : text;
    }
}
