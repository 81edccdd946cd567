package pl.dobrepraktyki.opendata;

import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Open-data CSV cells: a text that a spreadsheet would run as a formula is defused, numbers stay numbers. */
class CsvWriterTests {

    private static String row(Object... cells) throws Exception {
        StringWriter out = new StringWriter();
        new CsvWriter(out).row(cells);
        return out.toString();
    }

    @Test
    void aTitleThatLooksLikeAFormulaGetsAnApostropheAndIsQuotedWhenItHasASeparator() throws Exception {
        assertThat(row("=HYPERLINK(\"http://zlo.example\";\"klik\")", "Budżet"))
                .isEqualTo("\"'=HYPERLINK(\"\"http://zlo.example\"\";\"\"klik\"\")\";Budżet\r\n");
        assertThat(row("@SUM(A1)", "+48 42 123", "-2+3+cmd|' /C calc'!A0"))
                .isEqualTo("'@SUM(A1);'+48 42 123;'-2+3+cmd|' /C calc'!A0\r\n");
    }

    @Test
    void negativeValuesStayNumbers() throws Exception {
        assertThat(row(-3, "-3.5", "-0,25", 1465)).isEqualTo("-3;-3.5;-0,25;1465\r\n");
    }
}
