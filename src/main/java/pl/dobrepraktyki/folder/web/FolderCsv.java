package pl.dobrepraktyki.folder.web;

import java.util.List;

import pl.dobrepraktyki.system.csv.SpreadsheetCells;

/**
 * CSV for spreadsheets: UTF-8 with a byte order mark (Excel then reads Polish letters), {@code ;} between
 * cells (the separator Polish Excel expects), CRLF line ends, every cell quoted. A cell that a spreadsheet
 * would take for a formula (starting with {@code = + - @}, a tab or a carriage return) gets a leading
 * apostrophe (CSV injection).
 */
final class FolderCsv {

    static final String BOM = "\uFEFF";

    private final StringBuilder text = new StringBuilder(BOM);

    FolderCsv row(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                text.append(';');
            }
            text.append('"').append(cell(cells.get(i)).replace("\"", "\"\"")).append('"');
        }
        text.append("\r\n");
        return this;
    }

    static String cell(String value) {
        return SpreadsheetCells.defused(value);
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
