package pl.dobrepraktyki.opendata;

import java.io.IOException;
import java.io.Writer;

import pl.dobrepraktyki.system.csv.SpreadsheetCells;

/**
 * Writes CSV as RFC 4180 describes it, with {@code ;} as the separator (what a Polish spreadsheet
 * expects): a cell with a separator, a quote or a line break is quoted and its quotes doubled; lines end
 * with CRLF. A text that a spreadsheet would take for a formula gets a leading apostrophe
 * ({@link SpreadsheetCells#defused}). The caller writes the UTF-8 byte order mark, if any, before the first row.
 */
final class CsvWriter {

    private final Writer out;

    CsvWriter(Writer out) {
        this.out = out;
    }

    void row(Object... cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.write(';');
            }
            out.write(cell(cells[i]));
        }
        out.write("\r\n");
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String s = value instanceof Number ? value.toString() : SpreadsheetCells.defused(value.toString());
        if (s.indexOf(';') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
