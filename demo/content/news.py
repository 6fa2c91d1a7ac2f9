"""Ten news items and three press releases of 2026, with a press contact and press photos.

Dates follow the course calendar (DOMAIN.md): the 2025/26 course ended with module 4 on
10–11 September 2026, the 2026/27 course began with module 1 on 8–9 October 2026.
"""

import datetime

from demo.builders import publish
from demo.content.events import ensure_themed_child
from demo.illustrations import ensure_illustration, for_themes
from home.models import HomePage
from news.models import NewsIndexPage, NewsPage, PressContact

D = datetime.date


def paragraph(html):
    return {"type": "paragraph", "value": html}


NEWS = [
    (
        "neuer-kurs-2026",
        "Zertifikatskurs 2026/27: Anmeldung geöffnet",
        D(2026, 3, 2),
        ["familienpolitische-strategie"],
        "Ab sofort können sich Fachleute aus Kommunalverwaltungen und freien Trägern für den neuen Zertifikatskurs anmelden.",
        "<p>Der berufsbegleitende Kurs beginnt im Oktober mit dem ersten Modul in Bochum. Er umfasst vier zweitägige Module und endet mit der Vorstellung der Praxisarbeiten.</p>",
    ),
    (
        "praxisprojekte-online",
        "Neue Praxisprojekte im Portal",
        D(2026, 4, 15),
        ["vernetzung-und-kooperation"],
        "Die Praxisarbeiten des 19. Kurses sind jetzt im Portal zu finden – vom Ganztag für alle Grundschulkinder in Unna bis zu den Familienlotsinnen in Lage.",
        "<p>Die Absolventinnen und Absolventen haben ihre Arbeiten im September 2025 in Bochum vorgestellt. Für das Portal haben sie Ausgangslage, Ziele, Vorgehen, Ergebnisse und Stolpersteine zusammengefasst; die vollständige Praxisarbeit steht jeweils als PDF zum Herunterladen bereit.</p><p>Alle Projekte lassen sich nach Thema, Kommune, Kurs und Jahr filtern.</p>",
    ),
    (
        "familienbericht-warendorf",
        "Kreis Warendorf legt ersten Familienbericht vor",
        D(2026, 5, 20),
        ["familienberichterstattung"],
        "Der Kreis Warendorf hat seinen ersten Familienbericht veröffentlicht. Die Familienmanagerin des Kreises hat ihn koordiniert.",
        "<p>Der Bericht bündelt Daten zu Betreuung, Bildung und Pflege aus allen dreizehn Städten und Gemeinden und ergänzt sie um eine Befragung von 2.100 Eltern. Für jede Kommune gibt es einen eigenen Steckbrief mit Handlungsempfehlungen. Entstanden ist er als Praxisarbeit im laufenden Zertifikatskurs.</p>",
    ),
    (
        "werkstattreihe-2026",
        "Werkstattreihe für Kreise geht weiter",
        D(2026, 6, 1),
        ["vernetzung-und-kooperation"],
        "Auch in diesem Jahr bietet das IQZ Werkstätten für Kreise an – diesmal zu Familienberichterstattung und Pflege.",
        "<p>Die Termine stehen im Kalender; die Plätze sind begrenzt.</p>",
    ),
    (
        "kita-randzeiten",
        "Kinderbetreuung in Randzeiten: Erfahrungen aus fünf Kommunen",
        D(2026, 7, 8),
        ["kinderbetreuung", "vereinbarkeit-von-familie-und-beruf"],
        "Wie Kommunen Betreuung früh morgens und abends organisieren: ein Überblick über fünf Praxisprojekte.",
        "<p>Gemeinsam ist allen Projekten die enge Zusammenarbeit mit Arbeitgebern vor Ort.</p>",
    ),
    (
        "pflege-und-beruf",
        "Pflege und Beruf: Neue Arbeitshilfe für Kommunen",
        D(2026, 8, 19),
        ["pflege-von-angehoerigen", "vereinbarkeit-von-familie-und-beruf"],
        "Eine Arbeitshilfe zeigt, wie Kommunen pflegende Angehörige mit Arbeitgebern zusammenbringen.",
        "<p>Die Arbeitshilfe entstand aus einer Arbeitsgruppe des Familienmanagertreffens.</p>",
    ),
    (
        "kreistreffen-coesfeld-bericht",
        "Rückblick: Kreistreffen in Rosendahl",
        D(2026, 10, 26),
        ["vernetzung-und-kooperation", "pflege-von-angehoerigen"],
        "Beim Kreistreffen im Kreis Coesfeld ging es um die Pflege von Angehörigen als Teil des Familienlebens.",
        "<p>Das nächste Treffen findet im Frühjahr in Coesfeld statt.</p>",
    ),
    (
        "ergebnisse-familienmanagertreffen",
        "Ergebnisse des Familienmanagertreffens 2026",
        D(2026, 11, 16),
        ["familienfreundliche-verwaltung"],
        "Die Arbeitsgruppen des Jahrestreffens haben ihre Ergebnisse zusammengefasst – jetzt im Portal.",
        "<p>„Bündnisse mit den Motivierten schließen“ – so fasste eine Gruppe ihre wichtigste Erkenntnis zusammen.</p>",
    ),
    (
        "jugendbeteiligung",
        "Jugendliche planen mit: Beteiligung in kleinen Gemeinden",
        D(2026, 9, 3),
        ["jugend", "freizeit-kultur-und-sport"],
        "Drei Gemeinden zeigen, wie Jugendliche an Freizeitangeboten mitplanen.",
        "<p>Die Beispiele stammen aus Praxisarbeiten des Zertifikatskurses.</p>",
    ),
    (
        "newsletter-start",
        "Unser Newsletter: jetzt abonnieren",
        D(2026, 11, 2),
        ["vernetzung-und-kooperation"],
        "Termine, Praxisprojekte und Meldungen einmal im Monat per E-Mail – mit Bestätigung und jederzeit abbestellbar.",
        "<p>Die Anmeldung finden Sie unten auf jeder Seite.</p>",
    ),
]

PRESS = [
    (
        "pm-zertifikate-2026",
        "18 neue kommunale Familienmanagerinnen und Familienmanager zertifiziert",
        D(2026, 9, 11),
        ["familienpolitische-strategie"],
        "Am Ende des einjährigen Kurses haben 18 Fachleute aus Städten, Gemeinden und Kreisen in Bochum ihr Zertifikat erhalten.",
        "<p>Die Absolventinnen und Absolventen des 20. Kurses stellten am 10. und 11. September ihre Praxisarbeiten vor – vom ersten Familienbericht für den Kreis Warendorf bis zum Jugendrat, der in Ense Jugendliche aus allen Ortsteilen beteiligen soll. Damit arbeiten in Nordrhein-Westfalen inzwischen mehr als 400 zertifizierte Familienmanagerinnen und Familienmanager.</p><p>Der 21. Kurs hat im Oktober mit dem ersten Modul begonnen.</p>",
        "Zertifikatsübergabe an den 20. Kurs vor dem Veranstaltungszentrum der Ruhr-Universität Bochum (Zeichnung)",
    ),
    (
        "pm-fachtag-2027",
        "Fachtag „Familie im demografischen Wandel“ im März in Dortmund",
        D(2026, 10, 30),
        ["demografischer-wandel"],
        "Das IQZ lädt Verwaltung, Politik und freie Träger zum landesweiten Fachtag ein.",
        "<p>Im Mittelpunkt stehen Strategien für Kommunen, in denen die Zahl junger Familien sinkt.</p>",
        "Ein Forum beim Fachtag: Publikum vor der Bühne (Zeichnung)",
    ),
    (
        "pm-portal",
        "Wissensportal Kommunales Familienmanagement NRW neu gestartet",
        D(2026, 11, 19),
        ["vernetzung-und-kooperation"],
        "Praxisprojekte, Kursmaterial und Termine an einem Ort: Das IQZ hat sein Portal neu aufgebaut.",
        "<p>Das Portal ist barrierefrei und zeigt, wo in Nordrhein-Westfalen Familienmanagerinnen und Familienmanager arbeiten.</p>",
        "Das neue Portal mit der Karte der Familienmanagerinnen und Familienmanager in NRW (Zeichnung)",
    ),
]


def load(report):
    home = HomePage.objects.first()
    index = NewsIndexPage.objects.child_of(home).first()
    created = False
    if index is None:
        index = NewsIndexPage(
            slug="aktuelles",
            title="Aktuelles",
            show_in_menus=True,
            lead="Meldungen und Pressemitteilungen des IQZ zum kommunalen Familienmanagement.",
        )
        home.add_child(instance=index)
        publish(index)
        created = True
    report("Aktuelles", created)
    contact, created = PressContact.objects.get_or_create(
        email="presse-iqz@example.org",
        defaults={
            "name": "Miriam Sonnenfeld",
            "role": "Presse- und Öffentlichkeitsarbeit",
            "phone": "0234 000001",
        },
    )
    report("Pressekontakt", created)
    for slug, title, date, themes, lead, body in NEWS:
        picture, _ = ensure_illustration(for_themes(themes))
        _, created = ensure_themed_child(
            index,
            NewsPage,
            slug,
            themes,
            title=title,
            date=date,
            lead=lead,
            body=[paragraph(body)],
            image=picture,
            image_alt=picture.description,
        )
        report(title, created)
    pictures = ["pressefoto-zertifikate", "pressefoto-fachtag", "pressefoto-portal"]
    for (slug, title, date, themes, lead, body, caption), picture in zip(
        PRESS, pictures, strict=True
    ):
        photo, created = ensure_illustration(picture)
        report(photo.title, created)
        _, created = ensure_themed_child(
            index,
            NewsPage,
            slug,
            themes,
            title=title,
            kind="pressemitteilung",
            date=date,
            lead=lead,
            body=[paragraph(body)],
            press_photo=photo,
            press_photo_caption=caption,
            press_photo_credit="IQZ Bochum, Illustration (CC0)",
            press_contact=contact,
        )
        report(title, created)
