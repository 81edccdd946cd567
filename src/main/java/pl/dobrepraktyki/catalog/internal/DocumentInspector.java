package pl.dobrepraktyki.catalog.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Decides what a file is from its content (never its name) and extracts its text for search:
 * PDF ({@code %PDF-}), DOCX, ODT and XLSX (ZIP containers recognised by their parts), PNG and JPEG
 * (signatures). Anything else is refused: an HTML page or a program renamed to {@code .pdf} too.
 */
public final class DocumentInspector {

    public static final String PDF = "application/pdf";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String ODT = "application/vnd.oasis.opendocument.text";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";

    /** Longest text kept per file. */
    public static final int MAX_TEXT = 1_000_000;
    private static final long MAX_XML_BYTES = 50L * 1024 * 1024;

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    /** What the file is and its text ({@code null} for images). */
    public record Inspection(String contentType, String text) {
    }

    /** The file is not one of the accepted kinds, or is damaged; {@code messageKey} says which. */
    public static final class RejectedFileException extends Exception {

        private final String messageKey;

        public RejectedFileException(String messageKey) {
            super(messageKey);
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private DocumentInspector() {
    }

    public static Inspection inspect(Path file) throws IOException, RejectedFileException {
        byte[] head = new byte[8];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        }
        head = Arrays.copyOf(head, read);
        if (startsWith(head, PDF_MAGIC)) {
            return new Inspection(PDF, pdfText(file));
        }
        if (startsWith(head, PNG_MAGIC)) {
            return new Inspection(PNG, null);
        }
        if (startsWith(head, JPEG_MAGIC)) {
            return new Inspection(JPEG, null);
        }
        if (startsWith(head, ZIP_MAGIC)) {
            return zipDocument(file);
        }
        throw new RejectedFileException("catalog.attachment.type");
    }

    private static String pdfText(Path file) throws RejectedFileException {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            return limit(new PDFTextStripper().getText(document));
        }
        catch (IOException e) {
            throw new RejectedFileException("catalog.attachment.damaged");
        }
    }

    private static Inspection zipDocument(Path file) throws RejectedFileException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry mimetype = zip.getEntry("mimetype");
            if (mimetype != null && ODT.equals(new String(read(zip, mimetype, 200), StandardCharsets.US_ASCII).strip())) {
                return new Inspection(ODT, xmlText(zip, "content.xml", "</text:p>|</text:h>|<text:line-break/>"));
            }
            if (zip.getEntry("word/document.xml") != null) {
                return new Inspection(DOCX, xmlText(zip, "word/document.xml", "</w:p>|<w:br/>"));
            }
            if (zip.getEntry("xl/workbook.xml") != null) {
                return new Inspection(XLSX, xmlText(zip, "xl/sharedStrings.xml", "</si>"));
            }
        }
        catch (IOException e) {
            throw new RejectedFileException("catalog.attachment.damaged");
        }
        throw new RejectedFileException("catalog.attachment.type");
    }

    /** The text of an XML part: line breaks where {@code breaks} match, tags dropped, entities decoded. */
    private static String xmlText(ZipFile zip, String name, String breaks) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            return null;
        }
        String xml = new String(read(zip, entry, MAX_XML_BYTES), StandardCharsets.UTF_8);
        String text = xml.replaceAll(breaks, "\n").replaceAll("<[^>]*>", "").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&");
        return limit(text.replaceAll("[ \\t]+", " ").replaceAll("\\n\\s*\\n+", "\n").strip());
    }

    private static byte[] read(ZipFile zip, ZipEntry entry, long max) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            long total = 0;
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > max) {
                    throw new IOException("zip entry too large: " + entry.getName());
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        }
    }

    private static String limit(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip().replace("\u0000", "");
        if (stripped.isEmpty()) {
            return null;
        }
        return stripped.length() > MAX_TEXT ? stripped.substring(0, MAX_TEXT) : stripped;
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        return data.length >= prefix.length && Arrays.equals(Arrays.copyOf(data, prefix.length), prefix);
    }
}
