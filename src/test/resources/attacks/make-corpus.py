#!/usr/bin/env python3
"""Writes the upload attack corpus into this folder (run from anywhere: python3 make-corpus.py).

Every file is small (under 100 KB) and deterministic, so running the script again gives the same bytes.
The file names that cannot exist on a disk (control characters, 10,000 characters) are sent by the
test as the uploaded name of valid.pdf; see README.md.
"""
import os
import struct
import zipfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))


def write(name, data):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


def pdf(objects, prefix=b""):
    """A PDF with a correct cross-reference table; objects[0] is the catalog (object 1)."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + prefix)
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for o in offsets:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


PAGE_TEXT = b"BT /F1 12 Tf 72 700 Td (Raport z realizacji praktyki) Tj ET"
PAGES = [
    b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
    b" /Resources << /Font << /F1 5 0 R >> >> >>",
    b"<< /Length %d >>\nstream\n" % len(PAGE_TEXT) + PAGE_TEXT + b"\nendstream",
    b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
]

# A plain one-page PDF: the control case, and the content sent under the bad names.
write("valid.pdf", pdf([b"<< /Type /Catalog /Pages 2 0 R >>"] + PAGES))

# A PDF that is also an HTML page: a browser sniffing the content would run the script.
write("polyglot-pdf-html.pdf", pdf([b"<< /Type /Catalog /Pages 2 0 R >>"] + PAGES,
      prefix=b"%<html><body><script>alert(document.domain)</script></body></html>\n"))

# A PDF that runs JavaScript when opened.
write("pdf-javascript.pdf", pdf([b"<< /Type /Catalog /Pages 2 0 R /OpenAction 6 0 R >>"] + PAGES
      + [b"<< /Type /Action /S /JavaScript /JS (app.alert\\('BDP'\\);) >>"]))

# A PDF that asks the reader to start a program when opened.
write("pdf-launch.pdf", pdf([b"<< /Type /Catalog /Pages 2 0 R /OpenAction 6 0 R >>"] + PAGES
      + [b"<< /Type /Action /S /Launch /F (cmd.exe) /Win << /F (cmd.exe) /P (/c calc) >> >>"]))

# An SVG image with a script (sent as .svg and as .png).
write("svg-script.svg", b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"'
      b' onload="alert(1)"><script>alert(document.cookie)</script></svg>\n')

# An HTML page named .pdf.
write("html-renamed.pdf", b"<!DOCTYPE html><html><body><script>alert(1)</script></body></html>\n")

# A Windows program (MZ header) named .pdf.
write("program-renamed.pdf", b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 44
      + b"\x80\x00\x00\x00" + b"This program cannot be run in DOS mode.\r\r\n$" + b"\x00" * 32)

# A real 1x1 PNG (sent as .pdf: the name does not match the content).
def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

write("valid.png", b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
      + chunk(b"IDAT", zlib.compress(b"\x00\xff\xff\xff")) + chunk(b"IEND", b""))

# An empty file.
write("empty.pdf", b"")

FIXED = (1980, 1, 1, 0, 0, 0)


def docx(name, document, compression=zipfile.ZIP_DEFLATED):
    with zipfile.ZipFile(os.path.join(HERE, name), "w", compression, compresslevel=9) as z:
        for entry, content in [
            ("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.'
             'openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType='
             '"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
            ("word/document.xml", document),
        ]:
            info = zipfile.ZipInfo(entry, FIXED)
            info.compress_type = compression
            z.writestr(info, content)


# A DOCX whose main part declares an external entity that reads a local file.
docx("docx-xxe.docx", '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE w:document [\n'
     '  <!ENTITY xxe SYSTEM "file:///etc/passwd">\n]>\n<w:document xmlns:w="http://schemas.openxmlformats.org/'
     'wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>')

# A zip bomb: a DOCX of about 40 KB whose main part inflates to 40 MB (ratio about 1000:1).
docx("docx-zip-bomb.docx", '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.'
     'openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Bomba'
     + " " * (40 * 1024 * 1024) + "</w:t></w:r></w:p></w:body></w:document>")
