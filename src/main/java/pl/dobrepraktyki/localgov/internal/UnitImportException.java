package pl.dobrepraktyki.localgov.internal;

/**
 * An import file is wrong; the message names the file and the line (counting the header as line 1).
 * Nothing was changed in the register.
 */
public class UnitImportException extends RuntimeException {

    private final String file;
    private final long line;

    public UnitImportException(String file, long line, String problem) {
        super(file + (line > 0 ? ", wiersz " + line : "") + ": " + problem);
        this.file = file;
        this.line = line;
    }

    public UnitImportException(String file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
        this.line = 0;
    }

    public String getFile() {
        return file;
    }

    /** The line number (1 = header), or 0 when the problem is not tied to a line. */
    public long getLine() {
        return line;
    }
}
