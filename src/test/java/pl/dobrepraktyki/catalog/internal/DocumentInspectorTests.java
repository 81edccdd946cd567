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

    @Test
    void refusesAPdfWithAnEmbeddedFile() throws Exception {
        byte[] pdf;
        try (org.apache.pdfbox.pdmodel.PDDocument document = new org.apache.pdfbox.pdmodel.PDDocument();
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            var file = new org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification();
            file.setFile("makro.exe");
            file.setEmbeddedFile(new org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile(document,
                    new java.io.ByteArrayInputStream(new byte[] {'M', 'Z'})));
            var tree = new org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode();
            tree.setNames(Map.of("makro.exe", file));
            var names = new org.apache.pdfbox.pdmodel.PDDocumentNameDictionary(document.getDocumentCatalog());
            names.setEmbeddedFiles(tree);
            document.getDocumentCatalog().setNames(names);
            document.save(out);
            pdf = out.toByteArray();
        }
        refused("z-zalacznikiem.pdf", pdf, "catalog.attachment.activeContent");
    }

    @Test
    void refusesAnImageThatIsAlsoAnHtmlPage() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
        byte[] html = "<HTML><Script>alert(1)</Script>".getBytes(StandardCharsets.US_ASCII);
        byte[] polyglot = java.util.Arrays.copyOf(png, png.length + html.length);
        System.arraycopy(html, 0, polyglot, png.length, html.length);
        refused("obraz.png", polyglot, "catalog.attachment.activeContent");
    }

    @Test
    void refusesAnOfficeDocumentWithADtdAlsoInUtf16OrInAnotherPart() {
        Map<String, String> docx = new LinkedHashMap<>();
        docx.put("word/document.xml", "<w:document><w:body><w:p><w:r><w:t>Tekst</w:t></w:r></w:p></w:body></w:document>");
        docx.put("word/_rels/document.xml.rels", "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY a SYSTEM \"http://x/\">]><r/>");
        refused("opis.docx", TestFiles.zip(docx), "catalog.attachment.externalEntities");

        byte[] utf16 = ("\uFEFF<?xml version=\"1.0\" encoding=\"UTF-16\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<w:document>&x;</w:document>").getBytes(StandardCharsets.UTF_16BE);
        refused("opis.docx", zipOfBytes(Map.of("word/document.xml", utf16)), "catalog.attachment.externalEntities");
    }

    @Test
    void refusesAZipBombBeforeUnpackingIt() {
        refused("bomba.xlsx", zipOfBytes(Map.of("xl/workbook.xml", "<workbook/>".getBytes(StandardCharsets.UTF_8),
                "xl/sharedStrings.xml", new byte[5 * 1024 * 1024])), "catalog.attachment.packed");
    }

    private static byte[] zipOfBytes(Map<String, byte[]> entries) {
        try (java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
                java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : new java.util.TreeMap<>(entries).entrySet()) {
                zip.putNextEntry(new java.util.zip.ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
            zip.finish();
            return bytes.toByteArray();
        }
        catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
