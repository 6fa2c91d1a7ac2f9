"""The four modules of the certificate course, with learning goals and teaching material."""

from knowledge.models import (
    ModuleLearningGoal,
    ModulePage,
    ModuleRelatedProject,
    ModuleTrainer,
    PracticeProjectPage,
)

from .common import ensure_themed_child, heading, paragraph, quote, table

MODULES = [
    {
        "number": 1,
        "month": 10,
        "title": "Grundlagen: Familienforschung und demografische Entwicklung",
        "summary": (
            "Was Familien heute ausmacht, wie sich Bevölkerung und Haushalte in NRW verändern "
            "und was das für die kommunale Familienpolitik bedeutet."
        ),
        "themes": ["demografischer-wandel", "familienpolitische-strategie"],
        "goals": [
            "Familienformen und Lebenslagen von Familien beschreiben und einordnen",
            "Demografische Kennzahlen der eigenen Kommune lesen und deuten",
            "Die Aufgaben kommunalen Managements für Familien benennen",
            "Das eigene Praxisprojekt als Idee skizzieren",
        ],
        "trainers": [
            ("Prof. Dr. Gisela Brandhorst", "Familiensoziologie, Ruhr-Universität Bochum"),
            ("Dr. Matthias Kettler", "Regionalforschung, Ruhr-Universität Bochum"),
        ],
        "body": [
            heading("Familie im Wandel"),
            paragraph(
                "<p>Familie ist vielfältiger geworden: Ehepaare mit Kindern, Alleinerziehende, "
                "Patchwork- und Regenbogenfamilien, Familien mit Zuwanderungsgeschichte und "
                "Mehrgenerationenfamilien, in denen ältere Menschen gepflegt werden. Das Modul "
                "führt in die Ergebnisse der Familienforschung ein und fragt, welche Lebenslagen "
                "in der eigenen Stadt oder Gemeinde vorkommen.</p>"
            ),
            heading("Demografische Entwicklung vor Ort"),
            paragraph(
                "<p>Weniger Geburten, mehr Hochbetagte, Zu- und Abwanderung: Der demografische "
                "Wandel verläuft in ländlichen Gemeinden anders als in Großstädten des "
                "Ruhrgebiets. Die Teilnehmenden werten Bevölkerungsdaten ihrer Kommune aus und "
                "leiten erste Handlungsfelder ab.</p>"
            ),
            table(
                "Ablauf der beiden Kurstage in Modul 1",
                [
                    ["Zeit", "Erster Tag", "Zweiter Tag"],
                    ["Vormittag", "Familienformen und Lebenslagen", "Demografische Daten lesen"],
                    [
                        "Nachmittag",
                        "Familienforschung für die Praxis",
                        "Ideenwerkstatt Praxisprojekt",
                    ],
                ],
            ),
            quote(
                "Ich habe zum ersten Mal gesehen, wie schnell unsere Gemeinde altert – das hat "
                "die Diskussion im Rat verändert.",
                "Teilnehmerin aus Kurs 3",
            ),
        ],
        "projects": ["demografie-check-sendenhorst", "familienbericht-kreis-coesfeld"],
    },
    {
        "number": 2,
        "month": 1,
        "title": "Kommunale Familienpolitik",
        "summary": (
            "Wie Familienpolitik vor Ort wirkt: Zuständigkeiten, Handlungsfelder, Bündnisse "
            "für Familie und der Weg von der Einzelmaßnahme zur Strategie."
        ),
        "themes": ["familienpolitische-strategie", "vernetzung-und-kooperation"],
        "goals": [
            "Handlungsfelder kommunaler Familienpolitik unterscheiden",
            "Zuständigkeiten von Bund, Land und Kommune zuordnen",
            "Partner für ein lokales Bündnis für Familie gewinnen",
            "Ziele für das eigene Praxisprojekt formulieren",
        ],
        "trainers": [
            ("Dr. Renate Vollmer", "Politikwissenschaft, Ruhr-Universität Bochum"),
            ("Klaus-Dieter Imming", "ehemaliger Jugendamtsleiter, Kreis im Münsterland"),
        ],
        "body": [
            heading("Was Kommunen für Familien tun können"),
            paragraph(
                "<p>Kinderbetreuung, Bildung, Vereinbarkeit von Familie und Beruf, Freizeit, "
                "Kultur und Sport, die Pflege von Angehörigen und eine familienfreundliche "
                "Verwaltung: Kommunale Familienpolitik ist eine Querschnittsaufgabe. Das Modul "
                "zeigt, wie Städte und Gemeinden diese Felder verbinden, statt sie "
                "nebeneinander zu verwalten.</p>"
            ),
            heading("Bündnisse und Netzwerke"),
            paragraph(
                "<p>Familienmanagerinnen und Familienmanager vermitteln zwischen Ämtern und "
                "Verbänden und arbeiten mit Schulen, Kindertagesstätten, Medien, Initiativen und "
                "Arbeitgebern zusammen. An Beispielen aus dem Kurs wird geübt, wie man ein "
                "Netzwerk aufbaut und trägt.</p>"
            ),
            table(
                "Zuständigkeiten in der Familienpolitik (Auswahl)",
                [
                    ["Ebene", "Beispiele"],
                    ["Bund", "Elterngeld, Kindergeld, Pflegezeit"],
                    ["Land NRW", "Kinderbildungsgesetz, Familienzentren, Landesinitiativen"],
                    ["Kommune", "Kita-Ausbau, Jugendhilfe, Familienbüros, Ferienangebote"],
                ],
            ),
            quote(
                "Verbündete suchen sich am besten unter denen, die schon motiviert sind.",
                "Merksatz aus der Arbeitsgruppe",
            ),
        ],
        "projects": ["lokales-buendnis-fuer-familie-loehne", "familienbuero-rhede"],
    },
    {
        "number": 3,
        "month": 5,
        "title": "Verwaltungsstrukturen und Familienberichterstattung",
        "summary": (
            "Wie Verwaltungen familienfreundlich arbeiten, welche Strukturen Familienpolitik "
            "tragen und wie ein kommunaler Familienbericht entsteht."
        ),
        "themes": ["familienfreundliche-verwaltung", "familienberichterstattung"],
        "goals": [
            "Organisationsformen für Familienpolitik in der Verwaltung vergleichen",
            "Doppelstrukturen erkennen und abbauen",
            "Datenquellen für einen Familienbericht nennen und bewerten",
            "Eine Befragung von Eltern planen",
        ],
        "trainers": [
            ("Dr. Sevgi Aydın", "Sozialplanung und Sozialberichterstattung"),
            ("Rainer Hülsmann", "Organisationsberatung für Kommunen"),
        ],
        "body": [
            heading("Familienfreundliche Verwaltung"),
            paragraph(
                "<p>Eine familienfreundliche Verwaltung wirkt nach außen – mit Öffnungszeiten, "
                "Wegweisern und Familienbüros – und nach innen, als Arbeitgeberin mit "
                "flexiblen Arbeitszeiten. Wer die Verantwortung trägt, ob eine Stabsstelle, "
                "ein Fachbereich oder eine Lenkungsgruppe, entscheidet über den Erfolg.</p>"
            ),
            heading("Familienberichterstattung"),
            paragraph(
                "<p>Ein Familienbericht bündelt Daten aus Einwohnerstatistik, Jugendhilfe, "
                "Schulen und Kitas und ergänzt sie um Befragungen. Er ist keine Pflichtübung, "
                "sondern Grundlage für Planung und Haushalt. Im Modul entsteht eine Gliederung "
                "für den eigenen Bericht.</p>"
            ),
            table(
                "Datenquellen für einen kommunalen Familienbericht",
                [
                    ["Quelle", "Was sie zeigt"],
                    ["Einwohnermeldedaten", "Haushalte, Altersaufbau, Zu- und Wegzüge"],
                    ["Kita-Bedarfsplanung", "Betreuungsquoten und Wartelisten"],
                    ["Schulstatistik", "Übergänge und Abschlüsse"],
                    ["Elternbefragung", "Wünsche, Zufriedenheit, Zeitnot"],
                ],
            ),
            quote(
                "Der Bericht hat uns im Ausschuss mehr geholfen als jede Einzelforderung.",
                "Familienmanager aus dem Münsterland",
            ),
        ],
        "projects": ["familienfreundliche-verwaltung-unna", "familienbericht-kreis-coesfeld"],
    },
    {
        "number": 4,
        "month": 9,
        "title": "Praxisarbeiten und Zertifikatsübergabe",
        "summary": (
            "Alle Teilnehmenden stellen ihre Praxisarbeit vor und diskutieren sie mit der "
            "Gruppe; zum Abschluss werden die Zertifikate überreicht."
        ),
        "themes": ["vernetzung-und-kooperation"],
        "goals": [
            "Das eigene Praxisprojekt in zehn Minuten überzeugend vorstellen",
            "Rückmeldungen aus der Gruppe aufnehmen und einarbeiten",
            "Übertragbare Erfahrungen aus anderen Kommunen erkennen",
        ],
        "trainers": [
            ("Prof. Dr. Gisela Brandhorst", "Familiensoziologie, Ruhr-Universität Bochum"),
            ("Team des IQZ", "Kursleitung"),
        ],
        "body": [
            heading("Die Praxisarbeit"),
            paragraph(
                "<p>Die Praxisarbeit umfasst bis zu 15 Seiten. Sie beschreibt Ausgangslage, "
                "Ziele, Vorgehen und erste Ergebnisse eines Projekts oder einer strategischen "
                "Maßnahme in der eigenen Kommune. Ein Beispiel für einen Titel: "
                "<i>Familienzentrum – Ein Netzwerk familienorientierter Dienste</i>.</p>"
            ),
            heading("Präsentation und Zertifikat"),
            paragraph(
                "<p>An beiden Kurstagen stellen alle Teilnehmenden ihre Arbeit vor. Die "
                "Diskussion in der Gruppe ist oft der Beginn einer Zusammenarbeit über die "
                "Grenzen der eigenen Kommune hinaus. Am Ende des zweiten Tages überreicht das "
                "IQZ die Zertifikate.</p>"
            ),
            table(
                "Gliederung einer Praxisarbeit",
                [
                    ["Abschnitt", "Umfang"],
                    ["Ausgangslage und Ziele", "3 Seiten"],
                    ["Vorgehen und Partner", "5 Seiten"],
                    ["Ergebnisse und Stolpersteine", "5 Seiten"],
                    ["Ausblick", "2 Seiten"],
                ],
            ),
            quote(
                "Die Präsentationen waren für mich der wertvollste Teil – ich habe drei Ideen "
                "mit nach Hause genommen.",
                "Absolventin aus Kurs 5",
            ),
        ],
        "projects": ["familienzentrum-netzwerk-beverungen", "ferienbetreuung-telgte"],
    },
]


def load(report, course_index):
    projects = {p.slug: p for p in PracticeProjectPage.objects.only("pk", "slug").order_by("path")}
    for spec in MODULES:
        links = [projects[slug] for slug in spec["projects"] if slug in projects]
        _, created = ensure_themed_child(
            course_index,
            ModulePage,
            f"modul-{spec['number']}",
            theme_slugs=spec["themes"],
            title=spec["title"],
            number=spec["number"],
            month=spec["month"],
            summary=spec["summary"],
            body=spec["body"],
            learning_goals=[ModuleLearningGoal(text=text) for text in spec["goals"]],
            trainers=[
                ModuleTrainer(name=name, affiliation=affiliation)
                for name, affiliation in spec["trainers"]
            ],
            related_projects=[ModuleRelatedProject(project=project) for project in links],
        )
        report(f"Modul {spec['number']}", created)
