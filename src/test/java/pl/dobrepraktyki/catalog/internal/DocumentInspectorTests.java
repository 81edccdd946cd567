package pl.dobrepraktyki.catalog.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import pl.dobrepraktyki.catalog.TestFiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a file is comes from its content, never from its name. */
class DocumentInspectorTests {

    @TempDir
    Path dir;

    private DocumentInspector.Inspection inspect(String name, byte[] content) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, content);
        return DocumentInspector.inspect(file);
    }

    private void refused(String name, byte[] content, String key) {
        assertThatThrownBy(() -> inspect(name, content))
                .isInstanceOfSatisfying(DocumentInspector.RejectedFileException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    @Test
    void acceptsARealPdfAndExtractsItsText() throws Exception {
        DocumentInspector.Inspection pdf = inspect("raport.pdf", TestFiles.pdf("Zrodla finansowania budzetu"));

        assertThat(pdf.contentType()).isEqualTo(DocumentInspector.PDF);
        assertThat(pdf.text()).contains("Zrodla finansowania budzetu");
    }

    @Test
    void refusesAnHtmlPageRenamedToPdf() {
        refused("raport.pdf", TestFiles.html(), "catalog.attachment.type");
    }

    @Test
    void refusesAnSvgAndAProgramRenamedToPdf() {
        refused("logo.pdf", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"
                .getBytes(StandardCharsets.UTF_8), "catalog.attachment.type");
        refused("setup.pdf", new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0}, "catalog.attachment.type");
    }

    @Test
    void refusesADamagedPdf() {
        refused("zepsuty.pdf", "%PDF-1.7 to nie jest PDF".getBytes(StandardCharsets.US_ASCII),
                "catalog.attachment.damaged");
    }

    @Test
    void recognisesOfficeDocumentsByTheirParts() throws Exception {
        DocumentInspector.Inspection docx = inspect("opis.bin", TestFiles.docx("Budżet obywatelski &amp; konsultacje"));
        assertThat(docx.contentType()).isEqualTo(DocumentInspector.DOCX);
        assertThat(docx.text()).isEqualTo("Budżet obywatelski & konsultacje");

        Map<String, String> odt = new LinkedHashMap<>();
        odt.put("mimetype", "application/vnd.oasis.opendocument.text");
        odt.put("content.xml", "<office:document-content><text:p>Rada seniorów</text:p></office:document-content>");
        DocumentInspector.Inspection odtFile = inspect("opis.odt", TestFiles.zip(odt));
        assertThat(odtFile.contentType()).isEqualTo(DocumentInspector.ODT);
        assertThat(odtFile.text()).isEqualTo("Rada seniorów");

        Map<String, String> xlsx = new LinkedHashMap<>();
        xlsx.put("xl/workbook.xml", "<workbook/>");
        xlsx.put("xl/sharedStrings.xml", "<sst><si><t>Koszt</t></si><si><t>Liczba</t></si></sst>");
        DocumentInspector.Inspection sheet = inspect("dane.xlsx", TestFiles.zip(xlsx));
        assertThat(sheet.contentType()).isEqualTo(DocumentInspector.XLSX);
        assertThat(sheet.text()).contains("Koszt", "Liczba");
    }

    @Test
    void refusesOtherZipFiles() {
        refused("archiwum.docx", TestFiles.zip(Map.of("index.html", "<script>alert(1)</script>")),
                "catalog.attachment.type");
    }

    @Test
    void acceptsPngAndJpegImages() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16};
        assertThat(inspect("a.png", png).contentType()).isEqualTo(DocumentInspector.PNG);
        assertThat(inspect("a.txt", jpeg).contentType()).isEqualTo(DocumentInspector.JPEG);
    }

    @Test
    void refusesAnEmptyFile() throws IOException {
        refused("pusty.pdf", new byte[0], "catalog.attachment.type");
    }
}
