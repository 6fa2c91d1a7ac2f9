"""The internal area: /intern/, course sections (5, 20 and the running 21) with module material.

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


# The course sections of the internal area: course number, title, lead, modules held so far.
# Kurs 5 is the archive of the first years; Kurs 20 finished in September 2026; Kurs 21 began
# in October 2026, so only its first module has material (module 2 follows in January 2027).
SECTIONS = [
    (5, "Kurs 5 (2010/2011)", "Material und Termine des fünften Zertifikatskurses.", 4),
    (
        20,
        "Kurs 20 (2025/2026)",
        "Material des 20. Zertifikatskurses, der im September 2026 mit der Übergabe der "
        "Zertifikate endete.",
        4,
    ),
    (
        21,
        "Kurs 21 (2026/2027)",
        "Material des laufenden Zertifikatskurses. Das zweite Modul folgt im Januar 2027.",
        1,
    ),
]

# Module number: title, summary, the note to participants, handouts (title, file stem,
# description, lines of the PDF).
MATERIAL = {
    1: (
        "Modul 1: Familienforschung und demografische Entwicklung",
        "Folien, Arbeitsblatt und Hinweise zur Praxisaufgabe bis Modul 2.",
        "<p>Im ersten Modul haben wir Familienformen, Lebenslagen und die demografische "
        "Entwicklung in Nordrhein-Westfalen betrachtet. Bitte bearbeiten Sie bis zum zweiten "
        "Modul im Januar das Arbeitsblatt für Ihre Kommune.</p>",
        [
            (
                "Handout Modul 1: Familienformen im Wandel",
                "handout-modul-1-familienformen",
                "Folien und Literaturliste zum Einstieg in die Familienforschung.",
                [
                    "Familienformen in Nordrhein-Westfalen: Zahlen und Trends",
                    "Demografische Entwicklung in Ihrer Kommune lesen",
                    "Literatur zur Vertiefung (Auswahl)",
                ],
            ),
            (
                "Arbeitsblatt Modul 1: Familienbericht der eigenen Kommune",
                "arbeitsblatt-modul-1-familienbericht",
                "Leitfragen für die Bestandsaufnahme bis zum zweiten Modul.",
                [
                    "Welche Daten zu Familien liegen in Ihrer Verwaltung vor?",
                    "Wer ist für Familienpolitik zuständig?",
                    "Welche Angebote gibt es, welche fehlen?",
                ],
            ),
        ],
    ),
    2: (
        "Modul 2: Kommunale Familienpolitik",
        "Folien zu Handlungsfeldern und Zuständigkeiten, Ergebnisse der Gruppenarbeit und die "
        "Vorlage für die Projektskizze.",
        "<p>Im zweiten Modul ging es darum, wie Familienpolitik vor Ort wirkt: Handlungsfelder, "
        "Zuständigkeiten von Bund, Land und Kommune und der Weg von der Einzelmaßnahme zur "
        "Strategie. Die Gruppen haben Partner für ein lokales Bündnis gesammelt; die "
        "Ergebnisse finden Sie im Protokoll.</p><p>Bitte schicken Sie Ihre Projektskizze (zwei "
        "Seiten) bis Ende März an das IQZ; wir besprechen sie im dritten Modul im Mai.</p>",
        [
            (
                "Handout Modul 2: Handlungsfelder kommunaler Familienpolitik",
                "handout-modul-2-handlungsfelder",
                "Folien zu Handlungsfeldern, Zuständigkeiten und Bündnissen für Familie.",
                [
                    "Familienpolitik als Querschnittsaufgabe: Betreuung, Bildung, Vereinbarkeit, "
                    "Freizeit, Pflege, Verwaltung",
                    "Wer ist zuständig? Bund, Land NRW und Kommune im Überblick",
                    "Lokale Bündnisse für Familie: Partner, Ziele, Arbeitsweise",
                    "Von der Einzelmaßnahme zur familienpolitischen Strategie",
                ],
            ),
            (
                "Protokoll Modul 2: Gruppenarbeit Bündnispartner",
                "protokoll-modul-2-gruppenarbeit",
                "Ergebnisse der Gruppenarbeit: wen Familienmanagerinnen und -manager gewinnen "
                "wollen und wie.",
                [
                    "Gruppe 1: Arbeitgeber gewinnen – über Fachkräftesicherung sprechen, nicht "
                    "über Sozialpolitik.",
                    "Gruppe 2: Schulen und Kitas – feste Ansprechpersonen, kurze Wege.",
                    "Gruppe 3: Politik – Bündnisse mit den Motivierten schließen, kleine "
                    "Schritte zeigen.",
                    "Gruppe 4: Vereine und Initiativen – Ehrenamt nicht überfordern.",
                ],
            ),
            (
                "Vorlage Modul 2: Projektskizze für die Praxisarbeit",
                "vorlage-modul-2-projektskizze",
                "Zwei Seiten: Ausgangslage, Ziel, Partner, erste Schritte.",
                [
                    "1. Ausgangslage: Was ist der Anlass in Ihrer Kommune?",
                    "2. Ziel und Zielgruppen: Was soll sich für wen ändern?",
                    "3. Partner: Wen brauchen Sie, wer ist schon dabei?",
                    "4. Erste Schritte bis zum dritten Modul",
                ],
            ),
        ],
    ),
    3: (
        "Modul 3: Verwaltungsstrukturen und Familienberichterstattung",
        "Folien zur familienfreundlichen Verwaltung, eine Checkliste Datenquellen und die "
        "Gliederung für einen kommunalen Familienbericht.",
        "<p>Im dritten Modul haben wir verglichen, wie Verwaltungen Familienpolitik "
        "organisieren – als Stabsstelle, im Fachbereich oder mit einer Lenkungsgruppe – und "
        "wie ein kommunaler Familienbericht entsteht. Die Checkliste hilft Ihnen, die Daten "
        "Ihrer Kommune zusammenzutragen.</p><p>Bis zum vierten Modul im September schreiben "
        "Sie Ihre Praxisarbeit (bis zu 15 Seiten). Bitte schicken Sie sie zwei Wochen vorher "
        "an das IQZ.</p>",
        [
            (
                "Handout Modul 3: Familienfreundliche Verwaltung",
                "handout-modul-3-verwaltung",
                "Organisationsformen im Vergleich, Doppelstrukturen erkennen und abbauen.",
                [
                    "Stabsstelle, Fachbereich oder Lenkungsgruppe: Vor- und Nachteile",
                    "Familienfreundlichkeit nach außen (Öffnungszeiten, Familienbüro) und nach "
                    "innen (Arbeitgeberin)",
                    "Doppelstrukturen: projektgebundene Angebote in eine Gesamtstrategie einbinden",
                ],
            ),
            (
                "Checkliste Modul 3: Datenquellen für den Familienbericht",
                "checkliste-modul-3-datenquellen",
                "Welche Daten es gibt, wo sie liegen und was sie zeigen.",
                [
                    "Einwohnermeldedaten: Haushalte, Altersaufbau, Zu- und Wegzüge",
                    "Kita-Bedarfsplanung: Betreuungsquoten, Wartelisten",
                    "Schulstatistik: Übergänge, Abschlüsse, Ganztag",
                    "Pflegestatistik: Pflegebedürftige, Versorgung zu Hause",
                    "Elternbefragung: Wünsche, Zufriedenheit, Zeitnot",
                ],
            ),
        ],
    ),
    4: (
        "Modul 4: Praxisarbeiten und Zertifikatsübergabe",
        "Ablaufplan der Präsentationen, Rückmeldebogen und die Sammlung aller Kurzfassungen "
        "der Praxisarbeiten.",
        "<p>Im vierten Modul haben alle Teilnehmenden ihre Praxisarbeit vorgestellt; am Ende "
        "des zweiten Tages wurden die Zertifikate überreicht. Herzlichen Glückwunsch!</p>"
        "<p>Die Kurzfassungen Ihrer Arbeiten erscheinen mit Ihrem Einverständnis als "
        "Praxisprojekte im Portal. Zum nächsten Familienmanagertreffen im November laden wir "
        "Sie gesondert ein.</p>",
        [
            (
                "Ablaufplan Modul 4: Präsentation der Praxisarbeiten",
                "ablaufplan-modul-4-praesentationen",
                "Wer stellt wann vor: zehn Minuten Vortrag, zehn Minuten Gespräch.",
                [
                    "Erster Tag: Präsentationen in zwei Gruppen, je zehn Minuten und zehn "
                    "Minuten Rückfragen",
                    "Zweiter Tag vormittags: weitere Präsentationen, Auswertung in der Gruppe",
                    "Zweiter Tag nachmittags: Übergabe der Zertifikate, Ausblick auf das "
                    "Familienmanagertreffen",
                ],
            ),
            (
                "Rückmeldebogen Modul 4: Feedback zur Praxisarbeit",
                "rueckmeldebogen-modul-4",
                "Leitfragen für die Rückmeldung der Gruppe zu jeder Präsentation.",
                [
                    "Was ist übertragbar auf andere Kommunen?",
                    "Welche Partner fehlen noch?",
                    "Was würden Sie als Nächstes tun?",
                ],
            ),
        ],
    ),
}


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
    ensure_roles()
    for number, title, lead, modules in SECTIONS:
        course = Course.objects.get(number=number)
        section, created = ensure_child(
            area, InternalCoursePage, f"kurs-{number}", title=title, course=course, lead=lead
        )
        report(f"Interner Kursbereich Kurs {number}", created)
        collection = secure_course_section(section)
        for module in range(1, modules + 1):
            ensure_material(report, section, collection, module)


def ensure_material(report, section, collection, module):
    """The internal material of one module of a course section, with its handouts."""
    number = section.course.number
    material = InternalMaterialPage.objects.child_of(section).filter(number=module).first()
    report(f"Internes Material Kurs {number} Modul {module}", material is None)
    if material is not None:
        return
    title, summary, note, handouts = MATERIAL[module]
    material = InternalMaterialPage(
        slug=f"modul-{module}",
        title=title,
        number=module,
        summary=summary,
        body=[paragraph(note)],
    )
    for order, (handout, stem, description, lines) in enumerate(handouts):
        # Kurs 5 keeps the titles it always had; other courses name their course.
        suffix = "" if number == 5 else f" (Kurs {number})"
        filename = f"{stem}.pdf" if number == 5 else f"{stem}-kurs-{number}.pdf"
        document, _ = ensure_document(handout + suffix, filename, lines, collection)
        material.handouts.add(Handout(document=document, description=description, sort_order=order))
    section.add_child(instance=material)
    publish(material)
