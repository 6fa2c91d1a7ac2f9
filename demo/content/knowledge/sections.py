"""The four index pages of the knowledge area, directly under the home page."""

from demo.builders import ensure_child
from knowledge.models import (
    CourseIndexPage,
    PracticeProjectIndexPage,
    ThemeIndexPage,
    WorkingGroupIndexPage,
)

from .common import heading, paragraph

COURSE_BODY = [
    heading("Berufsbegleitend in einem Jahr"),
    paragraph(
        "<p>Der Zertifikatskurs „Kommunales Management für Familien“ – kurz "
        "Kommunales Familienmanagement – qualifiziert Fachkräfte aus Städten, Gemeinden und "
        "Kreisen für eine Familienpolitik, die zur eigenen Kommune passt. Der Kurs läuft "
        "berufsbegleitend über ein Jahr und besteht aus vier zweitägigen Modulen im "
        "Veranstaltungszentrum der Ruhr-Universität Bochum.</p>"
        "<p>Zwischen den Modulen entwickeln die Teilnehmenden ein eigenes Praxisprojekt. Die "
        "schriftliche Praxisarbeit (bis zu 15 Seiten) stellen sie im vierten Modul vor; danach "
        "werden die Zertifikate überreicht.</p>"
    ),
    heading("Der Kurs 2026/27"),
    paragraph(
        "<p>Der 21. Kurs hat am 8. und 9. Oktober 2026 mit dem ersten Modul begonnen. Die "
        "weiteren Module folgen am 14. und 15. Januar, am 13. und 14. Mai und am 9. und 10. "
        "September 2027; dann stellen die Teilnehmenden ihre Praxisarbeiten vor und erhalten "
        "ihr Zertifikat. Der 20. Kurs hat im September 2026 mit 18 Absolventinnen und "
        "Absolventen abgeschlossen.</p>"
    ),
    heading("Bilanz seit 2006"),
    paragraph(
        "<p>Schon nach dem fünften Kurs arbeiteten 2011 mehr als 120 zertifizierte "
        "Familienmanagerinnen und Familienmanager in Nordrhein-Westfalen; in diesen fünf "
        "Kursen waren 138 Praxisprojekte und strategische Maßnahmen entstanden und umgesetzt "
        "worden. Seitdem beginnt jedes Jahr im Oktober ein neuer Kurs. Nach zwanzig Kursen "
        "sind es mehr als 400 Absolventinnen und Absolventen in Städten, Gemeinden und "
        "Kreisen.</p>"
    ),
]

COURSE_AUDIENCE = (
    "<p>Der Kurs richtet sich an Fachleute, die in einer Kommunalverwaltung oder bei einem "
    "freien Träger der Familien- und Jugendhilfe bereits familienfreundliche Projekte "
    "verantworten – etwa im Jugendamt, im Familienbüro, in der Sozialplanung, in der "
    "Gleichstellungsstelle oder in der Wirtschaftsförderung.</p>"
)

COURSE_APPLICATION = (
    "<p>Bewerbungen für den nächsten Kurs nimmt das IQZ formlos per E-Mail entgegen. Bitte "
    "beschreiben Sie kurz Ihre Aufgaben und das Vorhaben, das Sie im Kurs als Praxisprojekt "
    "entwickeln möchten. Ein Einverständnis Ihrer Dienststelle zur Freistellung für die "
    "acht Kurstage ist erforderlich.</p>"
)

PROJECTS_BODY = [
    paragraph(
        "<p>Jedes Praxisprojekt folgt derselben Gliederung: Ausgangslage, Ziele und "
        "Zielgruppen, Vorgehen, Ergebnisse, Stolpersteine und Partner. So lassen sich Projekte "
        "aus verschiedenen Kommunen leicht vergleichen. Abgeschlossene Projekte bleiben als "
        "Archiv online.</p>"
    ),
]

GROUPS_BODY = [
    paragraph(
        "<p>Auf den Familienmanagertreffen, den Kreistreffen und in der Werkstattreihe "
        "arbeiten die Teilnehmenden in Arbeitsgruppen an Themen, die sie selbst mitbringen. "
        "Hier sind die Ergebnisse dokumentiert – Arbeitsgruppen, die sich über mehrere Treffen "
        "fortsetzen, sind miteinander verknüpft.</p>"
    ),
]


def load(report):
    from home.models import HomePage

    home = HomePage.objects.first()
    course_index, created = ensure_child(
        home,
        CourseIndexPage,
        "zertifikatskurs",
        title="Zertifikatskurs Kommunales Familienmanagement",
        show_in_menus=True,
        lead=(
            "Ein Jahr, vier Module, ein eigenes Praxisprojekt: Der Zertifikatskurs "
            "„Kommunales Management für Familien“ an der Ruhr-Universität Bochum."
        ),
        body=COURSE_BODY,
        audience=COURSE_AUDIENCE,
        application=COURSE_APPLICATION,
    )
    report("Zertifikatskurs (Übersicht)", created)

    project_index, created = ensure_child(
        home,
        PracticeProjectIndexPage,
        "praxisprojekte",
        title="Praxisprojekte",
        show_in_menus=True,
        lead=(
            "Was zertifizierte Familienmanagerinnen und Familienmanager in ihren Städten, "
            "Gemeinden und Kreisen aufgebaut haben – von der Ferienbetreuung bis zum "
            "Familienbericht. Filtern Sie nach Thema, Kommune, Kreis, Kurs, Jahr, "
            "Umsetzungsstand und Zielgruppe."
        ),
        body=PROJECTS_BODY,
    )
    report("Praxisprojekte (Übersicht)", created)

    group_index, created = ensure_child(
        home,
        WorkingGroupIndexPage,
        "arbeitsgruppen",
        title="Ergebnisse der Arbeitsgruppen",
        show_in_menus=True,
        lead=(
            "Kernergebnisse und vereinbarte nächste Schritte aus den Arbeitsgruppen der "
            "Netzwerktreffen, Kreistreffen und Werkstätten."
        ),
        body=GROUPS_BODY,
    )
    report("Arbeitsgruppen (Übersicht)", created)

    theme_index, created = ensure_child(
        home,
        ThemeIndexPage,
        "themen",
        title="Themen",
        show_in_menus=True,
        lead=(
            "Alle Inhalte nach Themen: Kinderbetreuung, Pflege von Angehörigen, Vereinbarkeit "
            "von Familie und Beruf, Bildung, Familienzentren und mehr."
        ),
    )
    report("Themen (Übersicht)", created)

    return {
        "course": course_index,
        "projects": project_index,
        "groups": group_index,
        "themes": theme_index,
    }
