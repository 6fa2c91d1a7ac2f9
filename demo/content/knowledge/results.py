"""Working-group results from the network meetings; some groups continue across meetings."""

from knowledge.models import WorkingGroupFinding, WorkingGroupResultPage

from .common import ensure_themed_child, heading, paragraph, quote
from .recent_results import DISCUSSION as RECENT_DISCUSSION
from .recent_results import RECENT_RESULTS

RESULTS = [
    {
        "slug": "familienfreundliche-verwaltung-2008",
        "title": "Familienfreundlichkeit als Querschnittsaufgabe der Verwaltung",
        "meeting": "fmt-2008",
        "group": "familienfreundliche-kommunalverwaltung",
        "summary": (
            "Familienfreundlichkeit ist keine Aufgabe eines einzelnen Amtes, sondern eine "
            "Querschnittsaufgabe. Die Gruppe sammelte Wege, wie sich eine Verwaltung nach innen "
            "und außen als familienfreundlich qualifizieren kann."
        ),
        "themes": ["familienfreundliche-verwaltung", "vereinbarkeit-von-familie-und-beruf"],
        "municipalities": ["Unna", "Rhede", "Höxter", "Kreis Warendorf"],
        "findings": [
            (
                "Familienfreundlichkeit ist eine Querschnittsaufgabe",
                "Jugendamt, Bauamt, Bürgerbüro und Personalabteilung tragen gemeinsam "
                "Verantwortung; eine Stelle allein kann das nicht leisten.",
            ),
            (
                "Nach innen und außen wirken",
                "Nach außen zählen Öffnungszeiten, Wickelräume und ein Familienbüro; nach innen "
                "flexible Arbeitszeiten, Telearbeit und Rückkehrgespräche nach der Elternzeit.",
            ),
            (
                "Qualifizierung sichtbar machen",
                "Ein Audit oder ein Gütesiegel macht die Anstrengungen sichtbar und schafft "
                "Verbindlichkeit gegenüber Rat und Beschäftigten.",
            ),
        ],
        "next_steps": (
            "<p>Die Gruppe trägt Beispiele für Dienstvereinbarungen zur Arbeitszeit zusammen "
            "und setzt die Arbeit beim nächsten Familienmanagertreffen fort.</p>"
        ),
    },
    {
        "slug": "familienfreundliche-verwaltung-2009",
        "title": "Familienfreundliche Verwaltung: Vom Beschluss zur Umsetzung",
        "meeting": "fmt-2009",
        "group": "familienfreundliche-kommunalverwaltung",
        "summary": (
            "Ein Jahr später: Welche Kommunen haben Dienstvereinbarungen abgeschlossen, wie "
            "gelingt die Führungskräfteschulung, und was hilft gegen den Widerstand einzelner "
            "Ämter?"
        ),
        "themes": ["familienfreundliche-verwaltung"],
        "municipalities": ["Unna", "Lage", "Everswinkel"],
        "findings": [
            (
                "Führungskräfte sind der Schlüssel",
                "Wo Amtsleitungen Teilzeit und mobiles Arbeiten vorleben, nutzen Beschäftigte "
                "die Angebote auch.",
            ),
            (
                "Kleine Schritte statt großer Programme",
                "Ein Eltern-Kind-Arbeitszimmer oder eine Ferienbetreuung für Beschäftigte "
                "überzeugt schneller als ein umfangreiches Konzept.",
            ),
        ],
        "next_steps": (
            "<p>Ein Musterleitfaden „Familienfreundliche Verwaltung“ wird bis zum Frühjahr "
            "im internen Bereich bereitgestellt.</p>"
        ),
    },
    {
        "slug": "bildungsberichterstattung-2008",
        "title": "Bildungsberichterstattung braucht strategische Partnerschaften",
        "meeting": "fmt-2008",
        "group": "bildungsberichterstattung-und-bildungskonzepte",
        "summary": (
            "Bildungsberichte und Bildungskonzepte gelingen nur, wenn Schulen, Kitas, "
            "Schulträger und Jugendhilfe strategische Partnerschaften eingehen und eine "
            "gemeinsame Vision in Ziele übersetzen."
        ),
        "themes": ["bildung", "familienberichterstattung"],
        "municipalities": ["Dortmund", "Lage", "Brüggen"],
        "findings": [
            (
                "Strategische Partnerschaften der Akteure",
                "Schulamt, Schulträger, Jugendamt, Träger der Kindertagesstätten und der "
                "Weiterbildung müssen an einem Tisch sitzen – verbindlich, nicht nur zum "
                "Austausch.",
            ),
            (
                "Eine gemeinsame Vision, heruntergebrochen auf Ziele",
                "Erst eine geteilte Vorstellung von Bildung vor Ort macht überprüfbare Ziele "
                "möglich; der Bildungsbericht misst, wie nah man ihnen kommt.",
            ),
        ],
        "next_steps": (
            "<p>Die Beteiligten tauschen Gliederungen ihrer Bildungsberichte aus und prüfen "
            "gemeinsame Kennzahlen.</p>"
        ),
    },
    {
        "slug": "bildungsberichterstattung-werkstatt-2011",
        "title": "Vom Familienbericht zum Bildungskonzept",
        "meeting": "werkstatt-2011",
        "group": "bildungsberichterstattung-und-bildungskonzepte",
        "summary": (
            "In der Werkstatt für Kreise ging die Arbeitsgruppe der Frage nach, wie aus "
            "Familien- und Bildungsberichterstattung ein Bildungskonzept für den ganzen Kreis "
            "wird."
        ),
        "themes": ["bildung", "familienberichterstattung", "familienpolitische-strategie"],
        "municipalities": ["Kreis Coesfeld", "Kreis Euskirchen", "Kreis Borken"],
        "findings": [
            (
                "Vorhandene Daten zuerst nutzen",
                "Schulstatistik, Kita-Bedarfsplanung und Einwohnerdaten liegen meist schon vor; "
                "eine eigene Erhebung lohnt sich erst für die offenen Fragen.",
            ),
            (
                "Kreis und kreisangehörige Kommunen gemeinsam",
                "Ein Bildungskonzept für den Kreis braucht die Städte und Gemeinden als "
                "Mitautorinnen, sonst bleibt es ein Papier der Kreisverwaltung.",
            ),
        ],
        "next_steps": (
            "<p>Die beteiligten Kreise verabreden eine gemeinsame Gliederung und treffen sich "
            "nach den Sommerferien erneut.</p>"
        ),
    },
    {
        "slug": "motivation-und-kommunikation-2008",
        "title": "Bündnisse mit den Motivierten schmieden",
        "meeting": "fmt-2008",
        "group": "motivation-kommunikation-und-befindlichkeiten",
        "summary": (
            "Der Erfolg hängt an Personen, und nicht alle sind motiviert. Die Gruppe rät zu "
            "kleinen Schritten und dazu, Bündnisse mit den Motivierten zu schmieden."
        ),
        "themes": ["vernetzung-und-kooperation"],
        "municipalities": ["Gescher", "Finnentrop", "Bad Driburg"],
        "findings": [
            (
                "Erfolg hängt an Personen",
                "Ein engagierter Bürgermeister oder eine überzeugte Kita-Leiterin bewegt mehr "
                "als jeder Ratsbeschluss.",
            ),
            (
                "Nicht alle sind motiviert – und das ist normal",
                "Befindlichkeiten zwischen Ämtern und Trägern ernst nehmen, aber nicht auf "
                "die Letzten warten.",
            ),
            (
                "Kleine Schritte gehen",
                "Sichtbare kleine Erfolge überzeugen Zögernde eher als große Programme.",
            ),
        ],
        "next_steps": "<p>Erfahrungen mit Projektsteckbriefen für den Rat werden gesammelt.</p>",
        "quote": (
            "Bündnisse mit den Motivierten schmieden – die anderen kommen nach, wenn es läuft.",
            "Teilnehmerin der Arbeitsgruppe",
        ),
    },
    {
        "slug": "doppelstrukturen-2008",
        "title": "Doppelstrukturen vermeiden: Projekte in eine Gesamtstrategie einbinden",
        "meeting": "fmt-2008",
        "group": "doppelstrukturen",
        "summary": (
            "Projektgebundene Angebote innerhalb und außerhalb der Verwaltung laufen oft "
            "nebeneinander her. Die Gruppe empfiehlt, sie in eine Gesamtstrategie einzubinden "
            "und Zuständigkeiten zu klären."
        ),
        "themes": ["familienpolitische-strategie", "vernetzung-und-kooperation"],
        "municipalities": ["Herne", "Delbrück", "Swisttal"],
        "findings": [
            (
                "Projekte in eine Gesamtstrategie einbinden",
                "Befristete Modellprojekte brauchen von Beginn an einen Platz in der "
                "kommunalen Strategie, sonst entstehen Parallelangebote.",
            ),
            (
                "Zuständigkeiten von Bund, Land und Kommune klären",
                "Wer wofür verantwortlich ist, muss vor Ort bekannt sein – etwa bei "
                "Frühen Hilfen, Familienzentren und Familienbildung.",
            ),
        ],
        "next_steps": (
            "<p>Eine Übersicht der Förderprogramme von Bund und Land mit den jeweiligen "
            "Zuständigkeiten wird erstellt.</p>"
        ),
    },
    {
        "slug": "familie-im-kreis-coesfeld-2010",
        "title": "Familie ist mehr als Kinderbetreuung",
        "meeting": "kreistreffen-coesfeld-2010",
        "group": "familie-im-kreis",
        "summary": (
            "Beim ersten Kreistreffen im Kreis Coesfeld waren sich alle einig: Familie ist mehr "
            "als Kinderbetreuung und Vereinbarkeit von Familie und Beruf – auch die Pflege von "
            "Angehörigen prägt das Familienleben."
        ),
        "themes": ["pflege-von-angehoerigen", "vernetzung-und-kooperation", "jugend"],
        "municipalities": ["Kreis Coesfeld", "Rosendahl"],
        "findings": [
            (
                "Familie ist mehr als Kinderbetreuung",
                "Neben Kita und Vereinbarkeit gehören Jugend, Bildung und die Sorge um ältere "
                "Angehörige zur Familienpolitik des Kreises.",
            ),
            (
                "Treffen reihum in den Kommunen",
                "Die Kommunen laden abwechselnd ein; die Gastgeberin zeigt ein eigenes Projekt – "
                "diesmal das neue Jugendzentrum.",
            ),
        ],
        "next_steps": (
            "<p>Das nächste Kreistreffen im Herbst widmet sich der Pflege von Angehörigen; die "
            "Familienmanagerin des Kreises koordiniert.</p>"
        ),
    },
    {
        "slug": "familie-im-kreis-coesfeld-pflege-2010",
        "title": "Pflegende Angehörige im Kreis erreichen",
        "meeting": "kreistreffen-coesfeld-2010-herbst",
        "group": "familie-im-kreis",
        "summary": (
            "Wie erreichen Städte und Gemeinden Familien, die Angehörige pflegen? Das zweite "
            "Kreistreffen sammelte Zugangswege, von der Hausarztpraxis bis zum Arbeitgeber."
        ),
        "themes": ["pflege-von-angehoerigen", "vereinbarkeit-von-familie-und-beruf"],
        "municipalities": ["Kreis Coesfeld", "Rosendahl"],
        "findings": [
            (
                "Pflegende Angehörige suchen selten selbst Hilfe",
                "Angehörigenpflege beginnt oft schleichend; Beratung muss dorthin gehen, wo "
                "Familien ohnehin sind: Arztpraxen, Apotheken, Kirchengemeinden.",
            ),
            (
                "Arbeitgeber einbeziehen",
                "Viele pflegende Angehörige sind berufstätig; Betriebe können mit flexiblen "
                "Arbeitszeiten entlasten.",
            ),
        ],
        "next_steps": (
            "<p>Ein gemeinsamer Flyer der Pflegeberatung für alle Kommunen des Kreises wird "
            "abgestimmt.</p>"
        ),
    },
]


# What was said, in brief (the body of each result page).
DISCUSSION = {
    "familienfreundliche-verwaltung-2008": (
        "Ausgangspunkt war die Erfahrung vieler Teilnehmender, dass Familienthemen in der "
        "Verwaltung beim Jugendamt „abgelegt“ werden. Die Gruppe sammelte Beispiele, in denen "
        "Bauamt, Ordnungsamt und Personalamt Familien mitdenken – vom Spielplatz im Bebauungsplan "
        "bis zur Teilzeit für Führungskräfte."
    ),
    "familienfreundliche-verwaltung-2009": (
        "Die Gruppe knüpfte an ihre Ergebnisse vom ersten Treffen an. Mehrere Kommunen berichteten"
        " von Dienstvereinbarungen und ersten Erfahrungen mit Telearbeit; andere standen noch am "
        "Anfang und nutzten die Runde, um Argumente für ihre Verwaltungsspitze zu sammeln."
    ),
    "bildungsberichterstattung-2008": (
        "Am Tisch saßen Familienmanagerinnen aus einer Großstadt, einer Mittelstadt und einer "
        "kleinen Gemeinde. Trotz der Unterschiede war man sich einig: Ein Bildungsbericht ist nur "
        "so gut wie die Zusammenarbeit, die er auslöst."
    ),
    "bildungsberichterstattung-werkstatt-2011": (
        "Die Arbeitsgruppe setzte in der Werkstattreihe fort, was beim ersten "
        "Familienmanagertreffen begonnen hatte. Die Kreise brachten ihre Entwürfe mit und "
        "verglichen Gliederungen, Kennzahlen und Beteiligungsverfahren."
    ),
    "motivation-und-kommunikation-2008": (
        "Offen wurde über Rückschläge gesprochen: Projekte, die an einer einzelnen Amtsleitung "
        "scheiterten, Ratsmitglieder, die das Thema Familie für erledigt hielten, und Kolleginnen,"
        " die neue Aufgaben als Last empfanden."
    ),
    "doppelstrukturen-2008": (
        "Beispiele gab es viele: zwei Elterncafés im selben Stadtteil, Beratungsangebote von Stadt"
        " und Kreis mit gleichem Auftrag, Modellprojekte, die nach dem Ende der Förderung niemand "
        "fortführen wollte."
    ),
    "familie-im-kreis-coesfeld-2010": (
        "Die Gastgeberin führte durch das neue Jugendzentrum, das Jugendliche selbst mitgeplant "
        "hatten. Danach diskutierten die Familienmanagerinnen und Familienmanager der Kommunen, "
        "welche Themen der Kreis gemeinsam angehen sollte."
    ),
    "familie-im-kreis-coesfeld-pflege-2010": (
        "Das zweite Treffen fand im Kreishaus statt. Die Pflegeberatung des Kreises stellte Zahlen"
        " zur häuslichen Pflege vor; anschließend sammelten die Kommunen, wie sie pflegende "
        "Angehörige bisher erreichen – und wo es hakt."
    ),
}


def load(report, group_index, meetings, groups, municipalities):
    discussion = DISCUSSION | RECENT_DISCUSSION
    for spec in RESULTS + RECENT_RESULTS:
        meeting = meetings[spec["meeting"]]
        body = [heading("Aus der Diskussion"), paragraph(f"<p>{discussion[spec['slug']]}</p>")]
        if "quote" in spec:
            body.append(quote(*spec["quote"]))
        _, created = ensure_themed_child(
            group_index,
            WorkingGroupResultPage,
            spec["slug"],
            theme_slugs=spec["themes"],
            title=spec["title"],
            summary=spec["summary"],
            meeting=meeting,
            working_group=groups[spec["group"]],
            findings=[
                WorkingGroupFinding(headline=headline, explanation=explanation)
                for headline, explanation in spec["findings"]
            ],
            next_steps=spec["next_steps"],
            body=body,
            participating_municipalities=[municipalities[name] for name in spec["municipalities"]],
        )
        report(f"Arbeitsgruppen-Ergebnis {spec['title']}", created)
