"""The internal area: /intern/, the section of course 5 and module material with handouts.

Handouts go into the course's private collection, so only its participants and the IQZ team can
download them. Runs `ensure_roles()` so that groups, restrictions and the workflow exist.
"""

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from accounts.models import Handout, InternalAreaPage, InternalCoursePage, InternalMaterialPage
from accounts.roles import ensure_roles, secure_course_section
from demo.builders import ensure_child, publish
from home.models import HomePage
from knowledge.models import Course


def paragraph(html):
    return {"type": "paragraph", "value": html}


def simple_pdf(title, lines):
    """A one-page PDF with a title and a few lines of text (Helvetica, no dependencies)."""
    text = [f"BT /F1 16 Tf 56 780 Td ({title}) Tj ET"]
    for number, line in enumerate(lines):
        text.append(f"BT /F1 11 Tf 56 {750 - 18 * number} Td ({line}) Tj ET")
    stream = "\n".join(text).encode("latin-1")
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


HANDOUTS = [
    (
        "Handout Modul 1: Familienformen im Wandel",
        "handout-modul-1-familienformen.pdf",
        "Folien und Literaturliste zum Einstieg in die Familienforschung.",
        [
            "Familienformen in Nordrhein-Westfalen: Zahlen und Trends",
            "Demografische Entwicklung in Ihrer Kommune lesen",
            "Literatur zur Vertiefung (Auswahl)",
        ],
    ),
    (
        "Arbeitsblatt Modul 1: Familienbericht der eigenen Kommune",
        "arbeitsblatt-modul-1-familienbericht.pdf",
        "Leitfragen für die Bestandsaufnahme bis zum zweiten Modul.",
        [
            "Welche Daten zu Familien liegen in Ihrer Verwaltung vor?",
            "Wer ist für Familienpolitik zuständig?",
            "Welche Angebote gibt es, welche fehlen?",
        ],
    ),
]


def ensure_handout(collection, title, filename, lines):
    Document = get_document_model()
    existing = Document.objects.filter(title=title).first()
    if existing is not None:
        return existing, False
    document = Document(title=title, collection=collection)
    document.file.save(filename, ContentFile(simple_pdf(title, lines)), save=False)
    document.save()
    return document, True


def load(report):
    home = HomePage.objects.first()
    area, created = ensure_child(
        home,
        InternalAreaPage,
        "intern",
        title="Interner Bereich",
        lead="Kursmaterial, Handouts und Arbeitshilfen für Teilnehmende des Zertifikatskurses "
        "und die Familienmanagerinnen und Familienmanager.",
    )
    report("Interner Bereich", created)
    course, _ = Course.objects.get_or_create(number=5, defaults={"year": 2010, "graduates": 23})
    section, created = ensure_child(
        area,
        InternalCoursePage,
        "kurs-5",
        title="Kurs 5 (2010/2011)",
        course=course,
        lead="Material und Termine des fünften Zertifikatskurses.",
    )
    report("Interner Kursbereich Kurs 5", created)
    ensure_roles()
    collection = secure_course_section(section)

    material = InternalMaterialPage.objects.child_of(section).filter(slug="modul-1").first()
    report("Internes Material Modul 1", material is None)
    if material is None:
        material = InternalMaterialPage(
            slug="modul-1",
            title="Modul 1: Familienforschung und demografische Entwicklung",
            number=1,
            summary="Folien, Arbeitsblatt und Hinweise zur Praxisaufgabe bis Modul 2.",
            body=[
                paragraph(
                    "<p>Im ersten Modul haben wir Familienformen, Lebenslagen und die "
                    "demografische Entwicklung in Nordrhein-Westfalen betrachtet. Bitte "
                    "bearbeiten Sie bis zum zweiten Modul im Januar das Arbeitsblatt für Ihre "
                    "Kommune.</p>"
                )
            ],
        )
        for order, (title, filename, description, lines) in enumerate(HANDOUTS):
            document, _ = ensure_handout(collection, title, filename, lines)
            material.handouts.add(
                Handout(document=document, description=description, sort_order=order)
            )
        section.add_child(instance=material)
        publish(material)
