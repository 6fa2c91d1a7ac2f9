"""The internal area: /intern/, the section of course 5 and module material with handouts.

Handouts go into the course's private collection, so only its participants and the IQZ team can
download them. Runs `ensure_roles()` so that groups, restrictions and the workflow exist.
"""

from accounts.models import Handout, InternalAreaPage, InternalCoursePage, InternalMaterialPage
from accounts.roles import ensure_roles, secure_course_section
from demo.builders import ensure_child, publish
from demo.documents import ensure_document
from home.models import HomePage
from knowledge.models import Course


def paragraph(html):
    return {"type": "paragraph", "value": html}


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
            document, _ = ensure_document(title, filename, lines, collection)
            material.handouts.add(
                Handout(document=document, description=description, sort_order=order)
            )
        section.add_child(instance=material)
        publish(material)
