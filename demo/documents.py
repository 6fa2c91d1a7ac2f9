"""Small PDF files for the demo content: handouts and practice papers with real, searchable text."""

import textwrap

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection

LINE_WIDTH = 92
MAX_LINES = 38


def _pdf_text(text):
    """A PDF string literal body: WinAnsi (cp1252) bytes, with \\, ( and ) escaped."""
    raw = text.encode("cp1252", errors="replace")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def simple_pdf(title, lines):
    """A one-page PDF with a title and lines of text (Helvetica, no dependencies)."""
    parts = [b"BT /F1 16 Tf 56 780 Td (" + _pdf_text(title) + b") Tj ET"]
    for number, line in enumerate(lines[:MAX_LINES]):
        parts.append(
            b"BT /F1 10 Tf 56 %d Td (" % (750 - 18 * number) + _pdf_text(line) + b") Tj ET"
        )
    stream = b"\n".join(parts)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def wrapped(paragraphs):
    """Lines of at most LINE_WIDTH characters, a blank line between paragraphs."""
    lines = []
    for paragraph in paragraphs:
        if lines:
            lines.append("")
        lines.extend(textwrap.wrap(paragraph, LINE_WIDTH))
    return lines


def ensure_document(title, filename, lines, collection=None):
    """(document, created): the PDF document with this title, made once."""
    Document = get_document_model()
    existing = Document.objects.filter(title=title).first()
    if existing is not None:
        return existing, False
    document = Document(title=title, collection=collection or Collection.get_first_root_node())
    document.file.save(filename, ContentFile(simple_pdf(title, lines)), save=False)
    document.save()
    return document, True
