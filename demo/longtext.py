"""Long, many-topic German pages for benchmarks and the search evaluation's distractors.

Each page reads like an annual report, minutes or a newsletter of a municipality: about 300
words, one sentence after another on a different subject of family policy (care, childcare,
youth, ageing, administration, ...), so it mentions many of the words managers search for
without being about any of them. Deterministic: the same seed gives the same pages.

The sentences were written for the domain as a whole, not for any list of queries.
"""

import random
from dataclasses import dataclass

# Towns of their own: a page about a place is relevant to a search for that place, so the
# distractors stay away from the places of the judged collection.
PLACES = [
    "Ahlen",
    "Arnsberg",
    "Beckum",
    "Bergkamen",
    "Bünde",
    "Detmold",
    "Emsdetten",
    "Espelkamp",
    "Geldern",
    "Gütersloh",
    "Hamm",
    "Iserlohn",
    "Kleve",
    "Lemgo",
    "Lippstadt",
    "Lübbecke",
    "Marsberg",
    "Meschede",
    "Minden",
    "Olpe",
    "Rheine",
    "Siegen",
    "Soest",
    "Warburg",
    "Wesel",
    "Xanten",
]
KINDS = [
    "Jahresbericht {jahr} der Familienarbeit in {ort}",
    "Sitzung des {gremium} in {ort} am {tag}. {monat} {jahr}",
    "Rundbrief Nr. {zahl} aus {ort}",
    "Tätigkeitsbericht {jahr}: {ort}",
    "Protokoll des Netzwerktreffens in {ort}, {monat} {jahr}",
    "Haushaltsberatungen {jahr} in {ort}: Auszüge",
    "Rückblick auf das Jahr {jahr} in {ort}",
    "Bericht aus dem {gremium}, {ort} {jahr}",
]
COMMITTEES = [
    "Jugendhilfeausschusses",
    "Sozialausschusses",
    "Ausschusses für Generationen und Soziales",
    "Schulausschusses",
    "Haupt- und Finanzausschusses",
    "Seniorenbeirats",
    "Integrationsrats",
]
MONTHS = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
]
PROVIDERS = [
    "die Caritas",
    "die Diakonie",
    "die Arbeiterwohlfahrt",
    "der Paritätische",
    "das Deutsche Rote Kreuz",
    "die Volkshochschule",
    "die Familienbildungsstätte",
    "der Kreissportbund",
    "die Kirchengemeinde",
    "ein Förderverein",
]
SUBJECTS = [
    "Kinderbetreuung",
    "Ferienangebote",
    "Pflege von Angehörigen",
    "Jugendarbeit",
    "Familienbildung",
    "Vereinbarkeit von Familie und Beruf",
    "Seniorenarbeit",
    "Bildungsplanung",
    "Familienzentren",
    "Quartiersentwicklung",
    "Integration",
    "Ehrenamt",
    "Spielflächen",
    "Schulsozialarbeit",
    "Familienberichterstattung",
    "Gesundheitsförderung",
    "Wohnen",
    "Mobilität",
    "Kultur und Sport",
    "Frühe Hilfen",
]
SENTENCES = [
    # Childcare and school
    "Die Zahl der Betreuungsplätze für Kinder unter drei Jahren stieg auf {zahl}.",
    "Zwei Kindertageseinrichtungen haben ihre Öffnungszeiten am Nachmittag verlängert.",
    "Der Elternbeirat der Kitas wünscht sich verlässliche Schließzeiten im Sommer.",
    "In der Offenen Ganztagsschule wurden zusätzliche Gruppen eingerichtet.",
    "Die Tagespflegepersonen treffen sich viermal im Jahr zum Austausch.",
    "Für die Ferien stellten {traeger} und die Sportvereine ein Programm zusammen.",
    "Die Anmeldung für das neue Kindergartenjahr beginnt im {monat}.",
    "Die Schulen berichten von mehr Kindern mit Förderbedarf in der Sprache.",
    "Die Schulsozialarbeit wurde an einer weiteren Grundschule eingeführt.",
    "Die Kosten für das Mittagessen in der Betreuung bleiben unverändert.",
    # Care and ageing
    "Die Pflegeberatung verzeichnete {zahl} Gespräche mit Angehörigen.",
    "Ein Kurs für pflegende Angehörige fand an sechs Abenden statt.",
    "Der Seniorenbeirat bat um mehr Sitzbänke entlang der Hauptstraße.",
    "Die Tagespflege in {ort} hat zehn zusätzliche Plätze erhalten.",
    "Viele ältere Menschen wünschen sich, möglichst lange in der eigenen Wohnung zu bleiben.",
    "Das Demenz-Café öffnet künftig zweimal im Monat.",
    "Die Wohnberatung für barrierefreies Wohnen wurde stark nachgefragt.",
    "Der Besuchsdienst sucht weitere Ehrenamtliche für die Ortsteile.",
    # Work and family
    "Mehrere Betriebe beteiligen sich an einem Netzwerk für familienbewusste Personalpolitik.",
    "Die Verwaltung bietet ihren Beschäftigten flexible Arbeitszeiten an.",
    "Ein Informationsabend zu Elternzeit und Wiedereinstieg war gut besucht.",
    "Die Agentur für Arbeit stellte ein Programm für Berufsrückkehrerinnen vor.",
    "Arbeitgeber aus dem Gewerbegebiet fragten nach Belegplätzen in Kitas.",
    # Youth
    "Das Jugendzentrum hat neue Öffnungszeiten am Freitagabend.",
    "Jugendliche gestalteten eine Wand am Skatepark mit Graffiti.",
    "Die mobile Jugendarbeit ist an drei Abenden pro Woche unterwegs.",
    "Der Jugendhilfeausschuss beriet über den Kinder- und Jugendförderplan.",
    "Eine Umfrage unter Jugendlichen ergab den Wunsch nach mehr Treffpunkten.",
    # Family education and counselling
    "Die Familienbildungsstätte bot Kurse zu Erziehung und Medien an.",
    "Die Erziehungsberatungsstelle verkürzte ihre Wartezeiten.",
    "Ein Elternkurs zum Thema Pubertät wird im {monat} wiederholt.",
    "Die Hebammensprechstunde im Familienzentrum ist jeden Mittwoch geöffnet.",
    "Junge Eltern erhalten nach der Geburt einen Willkommensbrief der Stadt.",
    "Die Frühen Hilfen arbeiten eng mit den Kinderärztinnen zusammen.",
    # Family centres and networks
    "Das Familienzentrum wurde erneut zertifiziert.",
    "Ein Runder Tisch bündelt die Angebote für Familien im Stadtteil.",
    "Beim Netzwerktreffen stellten sich {zahl} Einrichtungen vor.",
    "Die Kooperation mit {traeger} wurde um zwei Jahre verlängert.",
    "Ein gemeinsamer Veranstaltungskalender erscheint zweimal im Jahr.",
    "Die Vernetzung der Beratungsstellen soll Doppelstrukturen vermeiden.",
    # Administration and strategy
    "Der Rat beschloss, die familienpolitischen Leitlinien fortzuschreiben.",
    "Die Familienmanagerin berichtete im Ausschuss über den Stand der Projekte.",
    "Im Haushalt {jahr} sind {zahl}.000 Euro für die Familienarbeit vorgesehen.",
    "Die Verwaltung prüft Beschlussvorlagen auf ihre Folgen für Familien.",
    "Das Bürgerbüro hat am Samstagvormittag geöffnet.",
    "Die Stelle der Koordinatorin wurde unbefristet besetzt.",
    "Eine Arbeitsgruppe aus mehreren Ämtern traf sich {zahl} Mal.",
    "Die Förderung des Landes läuft Ende {jahr} aus.",
    # Reporting and data
    "Die Auswertung der Sozialdaten nach Stadtteilen liegt vor.",
    "Die Bevölkerungsvorausberechnung zeigt eine Zunahme der über Achtzigjährigen.",
    "Eine Befragung von Eltern ergab hohe Zufriedenheit mit den Spielplätzen.",
    "Der Bildungsbericht soll im nächsten Jahr fortgeschrieben werden.",
    "Die Geburtenzahlen sind leicht gestiegen.",
    # Integration
    "Sprachkurse für Eltern finden vormittags während der Kita-Zeit statt.",
    "Ehrenamtliche begleiten neu zugezogene Familien zu Behörden.",
    "Der Integrationsrat regte mehrsprachige Informationen an.",
    "Im Familienzentrum gibt es ein offenes Frühstück für Mütter aus vielen Ländern.",
    # Leisure, culture, sport
    "Der Familienpass wurde {zahl} Mal ausgegeben.",
    "Das Freibad bietet an Sonntagen einen Familientarif an.",
    "Die Bücherei lädt einmal im Monat zum Vorlesen ein.",
    "Beim Stadtfest gab es eine Spielstraße für Kinder.",
    "Die Musikschule erweiterte ihr Angebot für Grundschulkinder.",
    "Die Sportvereine bieten Schnupperstunden für Familien an.",
    # Housing, mobility, neighbourhood
    "Im Neubaugebiet entstehen Wohnungen für Familien mit mehreren Kindern.",
    "Die Buslinie in die Ortsteile fährt nun auch am Wochenende.",
    "Eine Quartiersmanagerin ist im Stadtteilbüro erreichbar.",
    "Die Nachbarschaftshilfe vermittelte Fahrdienste und Einkaufshilfen.",
    "Der Spielplatz an der Schule wurde mit Beteiligung der Kinder erneuert.",
    "Die Schulwege wurden gemeinsam mit der Polizei überprüft.",
    # Money and poverty
    "Die Zahl der Familien mit Anspruch auf Wohngeld ist gestiegen.",
    "Leistungen für Bildung und Teilhabe werden häufiger beantragt.",
    "Die Schuldnerberatung bietet eine offene Sprechstunde an.",
    # Volunteering
    "Der Ehrenamtstag würdigte {zahl} Engagierte.",
    "Die Freiwilligenagentur vermittelt Helferinnen und Helfer an Vereine.",
    "Lesepatinnen und Lesepaten kommen wöchentlich in die Grundschulen.",
    # General
    "Die Ergebnisse werden im {monat} öffentlich vorgestellt.",
    "Ein Flyer informiert über alle Angebote in einfacher Sprache.",
    "Die Internetseite der Stadt wurde um eine Seite für Familien ergänzt.",
    "Die Rückmeldungen der Teilnehmenden waren überwiegend positiv.",
    "Die Planung für das kommende Jahr beginnt nach den Sommerferien.",
    "{traeger} übernimmt die Trägerschaft für ein weiteres Angebot.",
    "Die Zusammenarbeit mit den Nachbarkommunen soll ausgebaut werden.",
    "Für die Umsetzung ist eine Projektgruppe verantwortlich.",
]
SECTION_SENTENCES = 7  # four sections of about 75 words: about 300 words a page


@dataclass
class LongPage:
    title: str
    summary: str
    sections: list  # four paragraphs of plain text


def _fill(text, rng, place, year):
    return text.format(
        ort=place,
        jahr=year,
        monat=rng.choice(MONTHS),
        tag=rng.randint(1, 28),
        zahl=rng.randint(3, 480),
        gremium=rng.choice(COMMITTEES),
        traeger=rng.choice(PROVIDERS),
    )


def long_page(rng: random.Random, place: str, year: int) -> LongPage:
    """One page: a report-style title, a summary naming three subjects, four paragraphs."""
    title = _fill(rng.choice(KINDS), rng, place, year)
    first, second, third = rng.sample(SUBJECTS, 3)
    summary = f"Überblick für {place} im Jahr {year}: {first}, {second} und {third}."
    sentences = rng.sample(SENTENCES, SECTION_SENTENCES * 4)
    sections = [
        " ".join(_fill(s, rng, place, year) for s in sentences[i : i + SECTION_SENTENCES])
        for i in range(0, len(sentences), SECTION_SENTENCES)
    ]
    sections[0] = sections[0][0].upper() + sections[0][1:]
    return LongPage(title=title, summary=summary, sections=sections)
