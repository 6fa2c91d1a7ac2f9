"""A year of dates around November 2026: course modules, network and Kreis meetings, workshops."""

import datetime

from demo.builders import publish
from events.models import EventIndexPage, EventPage
from home.models import HomePage
from knowledge.models import Municipality, Theme

D = datetime.date
T = datetime.time
RUB = "Veranstaltungszentrum der Ruhr-Universität Bochum"
RUB_ADDRESS = "Universitätsstraße 150, 44801 Bochum"


def paragraph(html):
    return [{"type": "paragraph", "value": html}]


# slug, title, kind, start, end, times, venue, address, (place, kind of place), themes, summary, body
EVENTS = [
    (
        "familienmanagertreffen-2025",
        "Familienmanagertreffen 2025",
        "familienmanagertreffen",
        D(2025, 11, 13),
        None,
        (T(10), T(16)),
        RUB,
        RUB_ADDRESS,
        ("Bochum", "kreisfreie_stadt"),
        ["vernetzung-und-kooperation"],
        "Jahrestreffen der zertifizierten Familienmanagerinnen und Familienmanager: Austausch über Praxisprojekte und Arbeitsgruppen.",
        "<p>Nach zwei Impulsvorträgen zu Netzwerkstrukturen arbeiteten die Teilnehmenden in Gruppen an selbst gewählten Themen.</p>",
    ),
    (
        "kurs-2025-modul-3",
        "Modul 3: Verwaltungsstrukturen und Familienberichterstattung",
        "kursmodul",
        D(2026, 5, 14),
        D(2026, 5, 15),
        (T(9, 30), T(16, 30)),
        RUB,
        RUB_ADDRESS,
        ("Bochum", "kreisfreie_stadt"),
        ["familienberichterstattung", "familienfreundliche-verwaltung"],
        "Drittes Modul des Zertifikatskurses 2025/26: Wie Verwaltungen arbeiten und wie eine kommunale Familienberichterstattung entsteht.",
        "<p>Das Modul verbindet Verwaltungswissen mit der Praxis der Berichterstattung: Welche Daten liegen vor, wer ist zuständig, wie wird aus Zahlen eine Strategie?</p>",
    ),
    (
        "werkstatt-familienbericht",
        "Werkstatt: Der erste Familienbericht im Kreis",
        "werkstatt",
        D(2026, 6, 18),
        None,
        (T(10), T(15)),
        "Kreishaus Warendorf",
        "Waldenburger Straße 2, 48231 Warendorf",
        ("Kreis Warendorf", "kreis"),
        ["familienberichterstattung"],
        "Werkstattreihe für Kreise: Von der Datenlage zum ersten Familienbericht – mit Beispielen aus zwei Kreisen.",
        "<p>In kleinen Gruppen entwerfen die Teilnehmenden die Gliederung eines Familienberichts für ihren Kreis.</p>",
    ),
    (
        "kurs-2025-modul-4",
        "Modul 4: Praxisarbeiten und Zertifikatsübergabe",
        "kursmodul",
        D(2026, 9, 10),
        D(2026, 9, 11),
        (T(9, 30), T(17)),
        RUB,
        RUB_ADDRESS,
        ("Bochum", "kreisfreie_stadt"),
        ["familienpolitische-strategie"],
        "Alle Teilnehmenden stellen ihre Praxisarbeit vor; zum Abschluss werden die Zertifikate überreicht.",
        "<p>Die Praxisarbeiten umfassen bis zu 15 Seiten und beschreiben ein Projekt aus der eigenen Kommune.</p>",
    ),
    (
        "kurs-2026-modul-1",
        "Modul 1: Grundlagen des kommunalen Managements für Familien",
        "kursmodul",
        D(2026, 10, 8),
        D(2026, 10, 9),
        (T(9, 30), T(16, 30)),
        RUB,
        RUB_ADDRESS,
        ("Bochum", "kreisfreie_stadt"),
        ["demografischer-wandel"],
        "Auftakt des Zertifikatskurses 2026/27: Familienforschung und demografische Entwicklung.",
        "<p>Wie leben Familien heute, und was bedeutet der demografische Wandel für eine Kommune?</p>",
    ),
    (
        "kreistreffen-coesfeld-herbst-2026",
        "Kreistreffen im Kreis Coesfeld",
        "kreistreffen",
        D(2026, 10, 22),
        None,
        (T(14), T(17)),
        "Rathaus Rosendahl",
        "Hauptstraße 30, 48720 Rosendahl",
        ("Rosendahl", "gemeinde"),
        ["vernetzung-und-kooperation", "pflege-von-angehoerigen"],
        "Regionaler Austausch der Städte und Gemeinden im Kreis Coesfeld, koordiniert von der Familienmanagerin des Kreises.",
        "<p>Schwerpunkt: Familie ist mehr als Kinderbetreuung und Vereinbarkeit – auch die Pflege von Angehörigen prägt das Familienleben.</p>",
    ),
    (
        "familienmanagertreffen-2026",
        "Familienmanagertreffen 2026",
        "familienmanagertreffen",
        D(2026, 11, 12),
        None,
        (T(10), T(16)),
        RUB,
        RUB_ADDRESS,
        ("Bochum", "kreisfreie_stadt"),
        ["vernetzung-und-kooperation", "familienfreundliche-verwaltung"],
        "Jahrestreffen mit Arbeitsgruppen zu familienfreundlicher Verwaltung, Doppelstrukturen und Motivation.",
        "<p>Die Ergebnisse der Arbeitsgruppen stehen nach dem Treffen im Portal.</p>",
    ),
    (
        "werkstatt-pflege",
        "Werkstatt: Pflege von Angehörigen als kommunale Aufgabe",
        "werkstatt",
        D(2026, 11, 26),
        None,
        (T(10), T(15, 30)),
        "Bürgerhaus Telgte",
        "Kapellenstraße 2, 48291 Telgte",
        ("Telgte", "stadt"),
        ["pflege-von-angehoerigen", "vereinbarkeit-von-familie-und-beruf"],
        "Wie Kommunen pflegende Angehörige entlasten können: Beratung, Netzwerke und Arbeitgeber.",
        "<p>Mit Beispielen aus drei Kommunen und einer Übung zur Angebotslandkarte.</p>",
    ),
    (
        "kreistreffen-borken-2026",
        "Kreistreffen im Kreis Borken",
        "kreistreffen",
        D(2026, 12, 3),
        None,
        (T(14), T(17)),
        "Stadthalle Rhede",
        "Rathausplatz 9, 46414 Rhede",
        ("Rhede", "stadt"),
        ["vernetzung-und-kooperation"],
        "Die Familienbeauftragten der Städte und Gemeinden im Kreis Borken tauschen sich über ihre Projekte aus.",
        "<p>Die gastgebende Stadt stellt ihr neues Familienzentrum vor.</p>",
    ),
    (
        "kurs-2026-modul-2",
        "Modul 2: Kommunale Familienpolitik",
        "kursmodul",
        D(2027, 1, 14),
        D(2027, 1, 15),
        (T(9, 30), T(16, 30)),
        RUB,
        RUB_ADDRESS,
        ("Bochum", "kreisfreie_stadt"),
        ["familienpolitische-strategie"],
        "Wie Familienpolitik vor Ort wirken kann: Ziele, Akteure und Steuerung.",
        "<p>Mit Gästen aus zwei Kommunen, die eine familienpolitische Strategie beschlossen haben.</p>",
    ),
    (
        "werkstatt-familienzentren",
        "Werkstatt: Familienzentren als Netzwerk",
        "werkstatt",
        D(2027, 2, 11),
        None,
        (T(10), T(15)),
        "Familienzentrum am Park",
        "Parkstraße 4, 59423 Unna",
        ("Unna", "stadt"),
        ["familienzentren", "kinderbetreuung"],
        "Familienzentren verbinden Kita, Beratung und Bildung. Die Werkstatt zeigt, wie das Netzwerk trägt.",
        "<p>Ein Praxisbeispiel: „Familienzentrum – Ein Netzwerk familienorientierter Dienste“.</p>",
    ),
    (
        "fachtag-demografie-2027",
        "Fachtag: Familie im demografischen Wandel",
        "fachtag",
        D(2027, 3, 4),
        None,
        None,
        "Kongresszentrum Westfalenhallen",
        "Rheinlanddamm 200, 44139 Dortmund",
        ("Dortmund", "kreisfreie_stadt"),
        ["demografischer-wandel", "familienpolitische-strategie"],
        "Landesweiter Fachtag mit Vorträgen, Foren und dem Markt der Praxisprojekte.",
        "<p>Der Fachtag richtet sich an Verwaltung, Politik und freie Träger.</p>",
    ),
    (
        "kreistreffen-coesfeld-fruehjahr-2027",
        "Kreistreffen im Kreis Coesfeld (Frühjahr)",
        "kreistreffen",
        D(2027, 3, 25),
        None,
        (T(14), T(17)),
        "Jugendzentrum Coesfeld",
        "Bahnhofstraße 10, 48653 Coesfeld",
        ("Coesfeld", "stadt"),
        ["jugend", "vernetzung-und-kooperation"],
        "Das Kreistreffen wandert weiter: Gastgeberin ist die Stadt Coesfeld mit ihrem neuen Jugendzentrum.",
        "<p>Themen: Angebote für Jugendliche und die Zusammenarbeit mit Schulen.</p>",
    ),
    (
        "werkstatt-verwaltung",
        "Werkstatt: Familienfreundliche Verwaltung",
        "werkstatt",
        D(2027, 4, 22),
        None,
        (T(10), T(15)),
        RUB,
        RUB_ADDRESS,
        ("Bochum", "kreisfreie_stadt"),
        ["familienfreundliche-verwaltung"],
        "Familienfreundlichkeit als Querschnittsaufgabe: Wie eine Verwaltung nach innen und außen familienfreundlich wird.",
        "<p>Mit einer Checkliste für die eigene Verwaltung.</p>",
    ),
    (
        "kurs-2026-modul-3",
        "Modul 3: Verwaltungsstrukturen und Familienberichterstattung",
        "kursmodul",
        D(2027, 5, 13),
        D(2027, 5, 14),
        (T(9, 30), T(16, 30)),
        RUB,
        RUB_ADDRESS,
        ("Bochum", "kreisfreie_stadt"),
        ["familienberichterstattung"],
        "Drittes Modul des Zertifikatskurses 2026/27.",
        "<p>Verwaltungsstrukturen verstehen und eine Familienberichterstattung planen.</p>",
    ),
    (
        "familienmanagertreffen-fruehjahr-2027",
        "Familienmanagertreffen Frühjahr 2027",
        "familienmanagertreffen",
        D(2027, 6, 10),
        None,
        (T(10), T(16)),
        RUB,
        RUB_ADDRESS,
        ("Bochum", "kreisfreie_stadt"),
        ["bildung", "vernetzung-und-kooperation"],
        "Austausch der Familienmanagerinnen und Familienmanager zu Bildungsnetzwerken.",
        "<p>Anmeldung über das Formular des IQZ.</p>",
    ),
    (
        "kurs-2026-modul-4",
        "Modul 4: Praxisarbeiten und Zertifikatsübergabe",
        "kursmodul",
        D(2027, 9, 9),
        D(2027, 9, 10),
        (T(9, 30), T(17)),
        RUB,
        RUB_ADDRESS,
        ("Bochum", "kreisfreie_stadt"),
        ["familienpolitische-strategie"],
        "Abschluss des Zertifikatskurses 2026/27 mit den Präsentationen der Praxisarbeiten.",
        "<p>Zum Abschluss überreicht das IQZ die Zertifikate.</p>",
    ),
]


def place(name, kind):
    """The municipality from the knowledge demo's vocabulary, if it has it (the map needs
    coordinates and Kreis, so events never invent places of their own)."""
    return Municipality.objects.filter(name=name, kind=kind).first()


def ensure_themed_child(parent, model, slug, themes, **fields):
    """Like demo.builders.ensure_child, with themes set before the first revision."""
    existing = model.objects.child_of(parent).filter(slug=slug).first()
    if existing is not None:
        return existing, False
    page = model(slug=slug, **fields)
    page.themes.add(*Theme.objects.filter(slug__in=themes))
    parent.add_child(instance=page)
    return publish(page), True


def load(report):
    home = HomePage.objects.first()
    index = EventIndexPage.objects.child_of(home).first()
    created = False
    if index is None:
        index = EventIndexPage(
            slug="termine",
            title="Termine",
            show_in_menus=True,
            lead=(
                "Module des Zertifikatskurses, Familienmanagertreffen, Kreistreffen, die "
                "Werkstattreihe und Fachtage – alle Termine des IQZ auf einen Blick."
            ),
        )
        home.add_child(instance=index)
        publish(index)
        created = True
    report("Termine", created)
    for (
        slug,
        title,
        kind,
        start,
        end,
        times,
        venue,
        address,
        where,
        themes,
        summary,
        body,
    ) in EVENTS:
        start_time, end_time = times or (None, None)
        registration = {}
        if start > D(2026, 11, 23):
            registration = {
                "registration_url": "https://example.org/iqz/anmeldung",
                "registration_deadline": start - datetime.timedelta(days=14),
            }
        _, created = ensure_themed_child(
            index,
            EventPage,
            slug,
            themes,
            title=title,
            kind=kind,
            start_date=start,
            end_date=end,
            start_time=start_time,
            end_time=end_time,
            venue=venue,
            address=address,
            municipality=place(*where),
            summary=summary,
            body=paragraph(body),
            **registration,
        )
        report(title, created)
