"""The frame of the site: home page, about page and the legal pages in the footer."""

from wagtail.models import Site

from demo.builders import ensure_child, ensure_site_root
from home.models import FooterLinks, HomePage, StandardPage


def paragraph(html):
    return {"type": "paragraph", "value": html}


def heading(text, level="h2"):
    return {"type": "heading", "value": {"text": text, "level": level}}


HOME_BODY = [
    heading("Familienpolitik, die zur Kommune passt"),
    paragraph(
        "<p>Das Informations- und Qualifizierungszentrum für Kommunen (IQZ) an der "
        "Ruhr-Universität Bochum unterstützt Städte, Gemeinden und Kreise in Nordrhein-Westfalen "
        "dabei, eine familienfreundliche Politik aufzubauen, die zu ihnen passt – und sie auf Dauer "
        "zu tragen. Das Familienministerium des Landes fördert das IQZ im Rahmen der Initiative "
        "„Familie kommt an. In Nordrhein-Westfalen“.</p>"
    ),
    heading("Der Zertifikatskurs „Kommunales Management für Familien“"),
    paragraph(
        "<p>Der berufsbegleitende Kurs dauert ein Jahr und richtet sich an Fachleute, die in einer "
        "Kommunalverwaltung oder bei einem freien Träger familienfreundliche Projekte "
        "verantworten. In vier zweitägigen Modulen geht es um Familienforschung und demografische "
        "Entwicklung, kommunale Familienpolitik, Verwaltungsstrukturen und "
        "Familienberichterstattung. Zum Abschluss stellen alle Teilnehmenden ihre Praxisarbeit vor "
        "und erhalten ihr Zertifikat.</p>"
    ),
    paragraph(
        "<p>Auf diesem Portal finden Sie das Kursmaterial, die Praxisprojekte der "
        "Absolventinnen und Absolventen, die Ergebnisse der Arbeitsgruppen aus den Netzwerktreffen "
        "und die nächsten Termine.</p>"
    ),
]

LEGAL_PAGES = [
    (
        "imprint",
        "impressum",
        "Impressum",
        "Angaben gemäß § 5 Digitale-Dienste-Gesetz.",
        [
            heading("Anbieter"),
            paragraph(
                "<p>Informations- und Qualifizierungszentrum für Kommunen (IQZ)<br/>"
                "Ruhr-Universität Bochum, Regionalforschungszentrum<br/>Universitätsstraße 150<br/>"
                "44801 Bochum</p>"
            ),
            heading("Verantwortlich für den Inhalt"),
            paragraph("<p>Die Leitung des IQZ (Demo-Angabe: Dr. Beispiel Muster).</p>"),
        ],
    ),
    (
        "privacy",
        "datenschutz",
        "Datenschutzerklärung",
        "Wie wir mit Ihren Daten umgehen.",
        [
            heading("Grundsätze"),
            paragraph(
                "<p>Wir verarbeiten personenbezogene Daten nur, soweit das für den Betrieb dieses "
                "Portals nötig ist oder Sie eingewilligt haben. Diese Website setzt keine "
                "Analyse- oder Werbedienste ein.</p>"
            ),
            heading("Server-Protokolle"),
            paragraph(
                "<p>Beim Aufruf einer Seite verarbeitet der Server technisch notwendige Angaben "
                "(Zeitpunkt, aufgerufene Adresse, Browsertyp). Sie werden nach sieben Tagen "
                "gelöscht.</p>"
            ),
            heading("Ihre Rechte"),
            paragraph(
                "<p>Sie haben das Recht auf Auskunft, Berichtigung, Löschung und Einschränkung der "
                "Verarbeitung sowie auf Beschwerde bei der Landesbeauftragten für Datenschutz und "
                "Informationsfreiheit Nordrhein-Westfalen.</p>"
            ),
        ],
    ),
    (
        "contact",
        "kontakt",
        "Kontakt",
        "So erreichen Sie das Team des IQZ.",
        [
            paragraph(
                "<p>Informations- und Qualifizierungszentrum für Kommunen (IQZ)<br/>"
                "Ruhr-Universität Bochum<br/>Universitätsstraße 150, 44801 Bochum</p>"
                "<p>E-Mail: iqz@example.org<br/>Telefon: 0234 000000 (Demo-Angabe)</p>"
            ),
        ],
    ),
    (
        "accessibility",
        "barrierefreiheit",
        "Erklärung zur Barrierefreiheit",
        "Wie barrierefrei dieses Portal ist und wie Sie uns Barrieren melden.",
        [
            heading("Stand der Vereinbarkeit"),
            paragraph(
                "<p>Diese Website soll die Anforderungen der Barrierefreie-Informationstechnik-"
                "Verordnung Nordrhein-Westfalen (BITV NRW) und der WCAG 2.1 auf Stufe AA "
                "erfüllen. Jede Seitenvorlage wird bei jeder Änderung automatisch mit axe-core "
                "geprüft.</p>"
            ),
            heading("Barriere melden"),
            paragraph(
                "<p>Sind Ihnen Barrieren aufgefallen? Schreiben Sie uns an iqz@example.org. Wir "
                "antworten innerhalb von sechs Wochen.</p>"
            ),
            heading("Schlichtungsverfahren"),
            paragraph(
                "<p>Bleibt Ihre Meldung unbeantwortet, können Sie sich an die Ombudsstelle für "
                "barrierefreie Informationstechnik des Landes Nordrhein-Westfalen wenden.</p>"
            ),
        ],
    ),
]


def load(report):
    home, created = ensure_site_root(
        HomePage,
        "start",
        title="Kommunales Familienmanagement in Nordrhein-Westfalen",
        lead=(
            "Wissen, Praxisprojekte und Netzwerk für kommunale Familienmanagerinnen und "
            "Familienmanager in NRW."
        ),
        body=HOME_BODY,
    )
    report("Startseite", created)

    about, created = ensure_child(
        home,
        StandardPage,
        "ueber-uns",
        title="Über das IQZ",
        show_in_menus=True,
        lead="Das Informations- und Qualifizierungszentrum für Kommunen stellt sich vor.",
        body=[
            paragraph(
                "<p>Das IQZ sitzt an einem Regionalforschungszentrum der Ruhr-Universität Bochum. "
                "Es bietet einen Zertifikatskurs, dieses Internetportal, eine Werkstattreihe für "
                "Kreise und regionale Netzwerktreffen an. Das Land Nordrhein-Westfalen fördert "
                "die Arbeit mit rund 400.000 Euro im Jahr.</p>"
            ),
        ],
    )
    report("Über das IQZ", created)

    footer = FooterLinks.for_site(Site.objects.get(is_default_site=True))
    changed = False
    for field, slug, title, lead, body in LEGAL_PAGES:
        page, created = ensure_child(home, StandardPage, slug, title=title, lead=lead, body=body)
        report(title, created)
        if getattr(footer, f"{field}_id") is None:
            setattr(footer, field, page)
            changed = True
    if changed:
        footer.save()
