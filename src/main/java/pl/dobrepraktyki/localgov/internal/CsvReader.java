package pl.dobrepraktyki.localgov.internal;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams a semicolon-separated file one record at a time. Fields may be quoted with {@code "}
 * (a doubled quote inside is a quote); a record is one line (LF or CRLF). A leading BOM is skipped.
 * Lines longer than {@link #MAX_LINE_LENGTH} characters and files of more than {@link #MAX_LINES}
 * lines are refused, so a broken file cannot exhaust memory.
 */
final class CsvReader {

    static final int MAX_LINE_LENGTH = 4_000;
    static final int MAX_LINES = 100_000;

    private final Reader in;
    private final String file;
    private long lineNumber;
    private boolean started;

    CsvReader(Reader in, String file) {
        this.in = in;
        this.file = file;
    }

    /** The number of the line last returned (1 = first line of the file). */
    long lineNumber() {
        return lineNumber;
    }

    /** The next record's fields, or {@code null} at the end of the file. Empty lines are skipped. */
    List<String> next() throws IOException {
        while (true) {
            String line = readLine();
            if (line == null) {
                return null;
            }
            if (!line.isEmpty()) {
                return split(line);
            }
        }
    }

    UnitImportException error(String problem) {
        return new UnitImportException(file, lineNumber, problem);
    }

    private String readLine() throws IOException {
        StringBuilder line = new StringBuilder(256);
        int c = in.read();
        if (!started) {
            started = true;
            if (c == '\uFEFF') {
                c = in.read();
            }
        }
        if (c == -1) {
            return null;
        }
        lineNumber++;
        if (lineNumber > MAX_LINES) {
            throw error("plik ma więcej niż " + MAX_LINES + " wierszy");
        }
        while (c != -1 && c != '\n') {
            if (line.length() >= MAX_LINE_LENGTH) {
                throw error("wiersz dłuższy niż " + MAX_LINE_LENGTH + " znaków");
            }
            line.append((char) c);
            c = in.read();
        }
        int end = line.length();
        if (end > 0 && line.charAt(end - 1) == '\r') {
            line.setLength(end - 1);
        }
        return line.toString();
    }

    private List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    }
                    else {
                        quoted = false;
                    }
                }
                else {
                    field.append(c);
                }
            }
            else if (c == ';') {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            }
            else if (c == '"' && field.isEmpty() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            }
            else {
                field.append(c);
            }
        }
        if (quoted) {
            throw error("niezamknięty cudzysłów");
        }
        fields.add(field.toString());
        return fields;
    }
}
