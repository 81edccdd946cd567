package pl.dobrepraktyki.catalog.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides what a file is from its content (never its name) and extracts its text for search:
 * PDF ({@code %PDF-}), DOCX, ODT and XLSX (ZIP containers recognised by their parts), PNG and JPEG
 * (signatures). Anything else is refused: an HTML page or a program renamed to {@code .pdf} too.
 * <p>
 * Accepted kinds are refused when they carry something active or hostile: a PDF with JavaScript, a
 * launch action, embedded files, rich media or XFA forms, a PDF or image that is also an HTML page
 * (a polyglot a sniffing browser would render), an office document whose XML declares a DTD or
 * entities (XXE; the text is never read with an XML parser, but such a file is not a genuine office
 * document), and a ZIP container that would unpack to too much (a zip bomb: too many entries, too
 * large, or compressed beyond {@value #MAX_RATIO}:1), judged from its directory before unpacking and
 * again while reading.
 */
public final class DocumentInspector {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentInspector.class);

    public static final String PDF = "application/pdf";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String ODT = "application/vnd.oasis.opendocument.text";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";

    /** Longest text kept per file. */
    public static final int MAX_TEXT = 1_000_000;
    private static final long MAX_XML_BYTES = 50L * 1024 * 1024;

    /** At most this many entries in a ZIP container (a large workbook has a few hundred). */
    public static final int MAX_ENTRIES = 10_000;
    /** At most this many bytes unpacked, per entry and for the whole container. */
    public static final long MAX_UNPACKED_ENTRY = 100L * 1024 * 1024;
    public static final long MAX_UNPACKED_TOTAL = 200L * 1024 * 1024;
    /** An entry larger than {@link #RATIO_GRACE} unpacked may be at most this many times its packed size. */
    public static final int MAX_RATIO = 100;
    private static final long RATIO_GRACE = 1024 * 1024;
    /** How much of each XML part is searched for a DTD (it can only come before the root element). */
    private static final int PROLOG_BYTES = 64 * 1024;

    /** PDF dictionary keys and action types that make a document run something. */
    private static final Set<COSName> ACTIVE_KEYS = Set.of(COSName.JS, COSName.JAVA_SCRIPT, COSName.EMBEDDED_FILES,
            COSName.getPDFName("EmbeddedFile"), COSName.getPDFName("RichMedia"), COSName.XFA);
    private static final Set<COSName> ACTIVE_ACTIONS = Set.of(COSName.JAVA_SCRIPT, COSName.getPDFName("Launch"),
            COSName.getPDFName("ImportData"), COSName.getPDFName("RichMediaExecute"), COSName.getPDFName("Rendition"));
    private static final Set<COSName> ACTIVE_TYPES = Set.of(COSName.getPDFName("EmbeddedFile"));
    /** Markup that makes a browser treat the bytes as a page (searched case-insensitively). */
    private static final List<byte[]> HTML_MARKERS = List.of("<html", "<script", "<body", "<iframe", "<svg",
            "<!doctype html", "<object", "<embed").stream().map(m -> m.getBytes(StandardCharsets.US_ASCII)).toList();

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
        try {
            return inspect(file, head);
        }
        catch (RuntimeException e) {
            // a parser tripping over a malformed file: the person gets a message, not an error page
            LOG.warn("Uploaded file could not be inspected: {}", e.toString());
            throw new RejectedFileException("catalog.attachment.damaged");
        }
    }

    private static Inspection inspect(Path file, byte[] head) throws IOException, RejectedFileException {
        if (startsWith(head, PDF_MAGIC)) {
            String text = pdfText(file);
            refuseHtml(file);
            return new Inspection(PDF, text);
        }
        if (startsWith(head, PNG_MAGIC)) {
            refuseHtml(file);
            return new Inspection(PNG, null);
        }
        if (startsWith(head, JPEG_MAGIC)) {
            refuseHtml(file);
            return new Inspection(JPEG, null);
        }
        if (startsWith(head, ZIP_MAGIC)) {
            return zipDocument(file);
        }
        throw new RejectedFileException("catalog.attachment.type");
    }

    private static String pdfText(Path file) throws RejectedFileException {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            refuseActivePdf(document.getDocument());
            return limit(new PDFTextStripper().getText(document));
        }
        catch (IOException e) {
            throw new RejectedFileException("catalog.attachment.damaged");
        }
    }

    /** Every object of the file (also those packed in object streams), looked at for scripts and actions. */
    private static void refuseActivePdf(COSDocument document) throws IOException, RejectedFileException {
        if (active(document.getTrailer())) {
            throw new RejectedFileException("catalog.attachment.activeContent");
        }
        for (COSObjectKey key : List.copyOf(document.getXrefTable().keySet())) {
            COSObject object = document.getObjectFromPool(key);
            COSBase base = object == null ? null : object.getObject();
            if (base instanceof COSDictionary dictionary && active(dictionary)) {
                throw new RejectedFileException("catalog.attachment.activeContent");
            }
        }
    }

    private static boolean active(COSDictionary dictionary) {
        if (dictionary == null) {
            return false;
        }
        for (COSName key : dictionary.keySet()) {
            if (ACTIVE_KEYS.contains(key)) {
                return true;
            }
        }
        COSName action = dictionary.getCOSName(COSName.S);
        COSName type = dictionary.getCOSName(COSName.TYPE);
        return action != null && ACTIVE_ACTIONS.contains(action) || type != null && ACTIVE_TYPES.contains(type);
    }

    /** A PDF or image that is also an HTML page: browsers that sniff the content would render it. */
    private static void refuseHtml(Path file) throws IOException, RejectedFileException {
        int overlap = HTML_MARKERS.stream().mapToInt(m -> m.length).max().orElse(0) - 1;
        byte[] buffer = new byte[64 * 1024 + overlap];
        try (InputStream in = Files.newInputStream(file)) {
            int kept = 0;
            int n;
            while ((n = in.read(buffer, kept, buffer.length - kept)) > 0) {
                int length = kept + n;
                if (containsMarker(buffer, length)) {
                    throw new RejectedFileException("catalog.attachment.activeContent");
                }
                kept = Math.min(overlap, length);
                System.arraycopy(buffer, length - kept, buffer, 0, kept);
            }
        }
    }

    private static boolean containsMarker(byte[] data, int length) {
        for (int i = 0; i < length; i++) {
            if (data[i] != '<') {
                continue;
            }
            for (byte[] marker : HTML_MARKERS) {
                if (i + marker.length <= length && matchesIgnoringCase(data, i, marker)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean matchesIgnoringCase(byte[] data, int from, byte[] marker) {
        for (int j = 0; j < marker.length; j++) {
            int b = data[from + j];
            if (b >= 'A' && b <= 'Z') {
                b += 'a' - 'A';
            }
            if (b != marker[j]) {
                return false;
            }
        }
        return true;
    }

    private static Inspection zipDocument(Path file) throws RejectedFileException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            refuseBomb(zip);
            refuseDtd(zip);
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

    /** Judged from the central directory, before anything is unpacked. */
    private static void refuseBomb(ZipFile zip) throws RejectedFileException {
        if (zip.size() > MAX_ENTRIES) {
            throw new RejectedFileException("catalog.attachment.packed");
        }
        long total = 0;
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry entry = entries.nextElement();
            long size = entry.getSize();
            long packed = entry.getCompressedSize();
            total += Math.max(size, 0);
            if (size > MAX_UNPACKED_ENTRY || total > MAX_UNPACKED_TOTAL
                    || (size > RATIO_GRACE && (packed <= 0 || size / packed > MAX_RATIO))) {
                throw new RejectedFileException("catalog.attachment.packed");
            }
        }
    }

    /** OOXML and ODF never declare a DTD; a part that does is an XXE attempt (or not an office document). */
    private static void refuseDtd(ZipFile zip) throws IOException, RejectedFileException {
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry entry = entries.nextElement();
            String name = entry.getName().toLowerCase(Locale.ROOT);
            if (entry.isDirectory() || !(name.endsWith(".xml") || name.endsWith(".rels"))) {
                continue;
            }
            byte[] prolog;
            try (InputStream in = zip.getInputStream(entry)) {
                prolog = in.readNBytes(PROLOG_BYTES);
            }
            String text = prolog.length >= 2 && (prolog[0] == (byte) 0xFE && prolog[1] == (byte) 0xFF
                    || prolog[0] == (byte) 0xFF && prolog[1] == (byte) 0xFE)
                            ? new String(prolog, StandardCharsets.UTF_16)
                            : new String(prolog, StandardCharsets.ISO_8859_1);
            String upper = text.toUpperCase(Locale.ROOT);
            if (upper.contains("<!DOCTYPE") || upper.contains("<!ENTITY")) {
                throw new RejectedFileException("catalog.attachment.externalEntities");
            }
        }
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

    private static byte[] read(ZipFile zip, ZipEntry entry, long limit) throws IOException {
        long max = entry.getSize() >= 0 ? Math.min(limit, entry.getSize()) : limit;
        try (InputStream in = zip.getInputStream(entry)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            long total = 0;
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > max) {
                    throw new IOException("zip entry larger than declared or allowed: " + entry.getName());
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
