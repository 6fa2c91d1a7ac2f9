"""Places, cohorts, people, meetings and working groups the knowledge pages point to.

Municipalities are the ones DOMAIN.md names, with the Kreise they belong to. Coordinates are
approximate town centres; a Kreis sits at the seat of its administration (Kreisstadt).
Populations are rounded figures of the early 2020s. People are invented.
"""

import datetime
from decimal import Decimal

from knowledge.models import Course, FamilyManager, Meeting, Municipality, WorkingGroup
from knowledge.text import german_slug

STADT = Municipality.Kind.CITY
GEMEINDE = Municipality.Kind.MUNICIPALITY
KREIS = Municipality.Kind.DISTRICT
KREISFREI = Municipality.Kind.INDEPENDENT_CITY

# name, latitude, longitude, population (Kreise first: towns refer to them)
KREISE = [
    ("Kreis Borken", "51.8440", "6.8580", 372000),
    ("Kreis Coesfeld", "51.9458", "7.1675", 221000),
    ("Kreis Euskirchen", "50.6600", "6.7876", 195000),
    ("Kreis Heinsberg", "51.0631", "6.0964", 257000),
    ("Kreis Herford", "52.1146", "8.6734", 251000),
    ("Kreis Höxter", "51.7747", "9.3821", 141000),
    ("Kreis Kleve", "51.7883", "6.1381", 315000),
    ("Kreis Lippe", "51.9378", "8.8795", 348000),
    ("Kreis Olpe", "51.0289", "7.8514", 134000),
    ("Kreis Paderborn", "51.7189", "8.7575", 310000),
    ("Kreis Soest", "51.5711", "8.1061", 303000),
    ("Kreis Unna", "51.5347", "7.6889", 395000),
    ("Kreis Viersen", "51.2556", "6.3917", 300000),
    ("Kreis Warendorf", "51.9539", "7.9933", 280000),
    ("Ennepe-Ruhr-Kreis", "51.2866", "7.2930", 325000),
    ("Rhein-Sieg-Kreis", "50.7998", "7.2074", 600000),
]

# name, kind, Kreis, latitude, longitude, population
TOWNS = [
    ("Bad Driburg", STADT, "Kreis Höxter", "51.7339", "9.0203", 19000),
    ("Bad Lippspringe", STADT, "Kreis Paderborn", "51.7826", "8.8197", 16500),
    ("Beverungen", STADT, "Kreis Höxter", "51.6633", "9.3725", 13200),
    ("Brüggen", GEMEINDE, "Kreis Viersen", "51.2405", "6.1828", 16000),
    ("Delbrück", STADT, "Kreis Paderborn", "51.7660", "8.5703", 32500),
    ("Dortmund", KREISFREI, None, "51.5136", "7.4653", 595000),
    ("Ense", GEMEINDE, "Kreis Soest", "51.4992", "7.9692", 12300),
    ("Everswinkel", GEMEINDE, "Kreis Warendorf", "51.9253", "7.8478", 9700),
    ("Finnentrop", GEMEINDE, "Kreis Olpe", "51.1683", "7.9717", 17000),
    ("Gescher", STADT, "Kreis Borken", "51.9536", "7.0058", 17400),
    ("Herne", KREISFREI, None, "51.5386", "7.2257", 157000),
    ("Höxter", STADT, "Kreis Höxter", "51.7736", "9.3817", 28800),
    ("Hückelhoven", STADT, "Kreis Heinsberg", "51.0553", "6.2250", 40500),
    ("Lage", STADT, "Kreis Lippe", "51.9896", "8.7925", 35000),
    ("Löhne", STADT, "Kreis Herford", "52.1966", "8.7131", 40000),
    ("Raesfeld", GEMEINDE, "Kreis Borken", "51.7667", "6.8500", 11500),
    ("Rhede", STADT, "Kreis Borken", "51.8350", "6.6950", 19500),
    ("Rödinghausen", GEMEINDE, "Kreis Herford", "52.2550", "8.4817", 9800),
    ("Rosendahl", GEMEINDE, "Kreis Coesfeld", "52.0167", "7.2000", 10900),
    ("Sassenberg", STADT, "Kreis Warendorf", "51.9906", "8.0431", 14400),
    ("Schwalmtal", GEMEINDE, "Kreis Viersen", "51.2250", "6.2417", 19000),
    ("Sendenhorst", STADT, "Kreis Warendorf", "51.8439", "7.8278", 13600),
    ("Straelen", STADT, "Kreis Kleve", "51.4425", "6.2661", 16500),
    ("Swisttal", GEMEINDE, "Rhein-Sieg-Kreis", "50.7333", "6.9000", 19000),
    ("Telgte", STADT, "Kreis Warendorf", "51.9811", "7.7861", 20000),
    ("Unna", STADT, "Kreis Unna", "51.5347", "7.6889", 59000),
    ("Wetter (Ruhr)", STADT, "Ennepe-Ruhr-Kreis", "51.3881", "7.3950", 27500),
]

# Module dates: each module starts on the second Thursday of its month (two days each).
# One cohort a year since 2006: the fifth finished in 2011 (23 graduates), the twentieth in
# September 2026 (18); the 21st began in October 2026 and has no graduates yet.
COURSES = [
    (1, 2006, 24),
    (2, 2007, 26),
    (3, 2008, 25),
    (4, 2009, 24),
    (5, 2010, 23),
    (6, 2011, 21),
    (7, 2012, 19),
    (8, 2013, 22),
    (9, 2014, 20),
    (10, 2015, 18),
    (11, 2016, 17),
    (12, 2017, 19),
    (13, 2018, 16),
    (14, 2019, 20),
    (15, 2020, 15),
    (16, 2021, 17),
    (17, 2022, 19),
    (18, 2023, 21),
    (19, 2024, 20),
    (20, 2025, 18),
    (21, 2026, None),
]

# name, role, municipality, course number, contact consent
FAMILY_MANAGERS = [
    ("Sabine Kluge", "Familienbüro der Stadt", "Bad Driburg", 1, True),
    ("Thomas Berkemeier", "Fachbereich Jugend, Familie und Soziales", "Bad Lippspringe", 2, False),
    ("Andrea Vössing", "Familienbeauftragte", "Beverungen", 3, True),
    ("Martina Heyen", "Gleichstellung und Familie", "Brüggen", 4, False),
    ("Jörg Austermann", "Familienmanager, Stabsstelle Demografie", "Delbrück", 2, True),
    ("Gülay Demir", "Familienprojekte im Jugendamt", "Dortmund", 1, True),
    ("Ulrike Schulte-Bremen", "Familienbüro", "Ense", 5, False),
    ("Petra Brüggemann", "Fachstelle Familie", "Everswinkel", 5, True),
    ("Christoph Rameil", "Jugendpflege und Familie", "Finnentrop", 3, False),
    ("Birgit Hoffstede", "Familienmanagerin", "Gescher", 4, True),
    ("Oliver Nowak", "Fachbereich Kinder, Jugend und Familie", "Herne", 2, True),
    ("Katharina Lüke", "Familienbüro", "Höxter", 1, False),
    ("Sandra Cremer", "Familien- und Seniorenbüro", "Hückelhoven", 3, True),
    ("Heike Oberdiek", "Familienbeauftragte", "Lage", 4, False),
    ("Frank Niederbröker", "Familienmanager", "Löhne", 5, True),
    ("Monika Terhorst", "Familienbüro", "Raesfeld", 5, True),
    ("Stefan Böing", "Jugend, Familie und Sport", "Rhede", 3, False),
    ("Claudia Meierkord", "Familienmanagerin", "Rödinghausen", 2, True),
    ("Anne Schulze Vohren", "Familienbüro", "Rosendahl", 4, False),
    ("Markus Pöppelmann", "Familienmanager", "Sassenberg", 5, True),
    ("Elke Tillmanns", "Familienbeauftragte", "Schwalmtal", 1, False),
    ("Dorothee Hölscher", "Familien- und Seniorenbüro", "Sendenhorst", 4, True),
    ("Ingrid van Bebber", "Familienbüro", "Straelen", 2, False),
    ("Ralf Hoitz", "Familienmanager", "Swisttal", 3, True),
    ("Julia Everwin", "Familienbüro", "Telgte", 5, False),
    ("Nicole Gräfe", "Familienmanagerin, Bereich Familie und Bildung", "Unna", 1, True),
    ("Bernd Sartorius", "Familienmanager", "Wetter (Ruhr)", 3, False),
    ("Marion Lembeck", "Koordination Familie und Demografie", "Kreis Coesfeld", 2, True),
    ("Hans-Peter Mertens", "Kreisjugendamt, Familienmanager", "Kreis Euskirchen", 4, False),
    ("Kerstin Wiewel", "Kreisfamilienbüro", "Kreis Warendorf", 1, True),
    ("Annette Lanfer", "Familienmanagerin im Kreisjugendamt", "Kreis Borken", 5, True),
]

# Graduates of recent courses who wrote the newest practice projects (see recent_projects.py).
RECENT_MANAGERS = [
    ("Martin Schöning", "Wirtschaftsförderung und Familie", "Delbrück", 12, True),
    ("Carina Wessels", "Familienbüro", "Sassenberg", 14, False),
    ("Sven Kowalski", "Familienbüro im Stadtbezirk", "Dortmund", 16, True),
    ("Aylin Şahin", "Digitale Familienangebote, Familienbüro", "Hückelhoven", 18, True),
    ("Johanna Kemper", "Pflege- und Wohnberatung des Kreises", "Kreis Coesfeld", 18, True),
    ("Tobias Reckmann", "Schulverwaltung, Koordination Ganztag", "Unna", 19, False),
    ("Nadia Haddad", "Integration und Familie", "Lage", 19, True),
    ("Lena Hagedorn", "Sozialplanung im Kreisjugendamt", "Kreis Warendorf", 20, True),
    ("Lukas Brinkhoff", "Jugendpflege", "Ense", 20, False),
]

MEETINGS = {
    "fmt-2008": dict(
        title="1. Familienmanagertreffen",
        kind=Meeting.Kind.MANAGERS,
        date=datetime.date(2008, 6, 12),
        place="Veranstaltungszentrum der Ruhr-Universität Bochum",
        municipality=None,
        description=(
            "Erstes Treffen der zertifizierten Familienmanagerinnen und Familienmanager: "
            "Vorträge zu Netzwerkstrukturen und zur Familienforschung, danach stellten die "
            "Teilnehmenden einander ihre Praxisprojekte vor und arbeiteten in Gruppen an "
            "selbst eingebrachten Themen."
        ),
    ),
    "fmt-2009": dict(
        title="2. Familienmanagertreffen",
        kind=Meeting.Kind.MANAGERS,
        date=datetime.date(2009, 11, 19),
        place="Veranstaltungszentrum der Ruhr-Universität Bochum",
        municipality=None,
        description=(
            "Austausch der Absolventinnen und Absolventen aus drei Kursen. Die Arbeitsgruppe "
            "zur familienfreundlichen Verwaltung setzte ihre Arbeit vom ersten Treffen fort."
        ),
    ),
    "kreistreffen-coesfeld-2010": dict(
        title="Kreistreffen Familie im Kreis Coesfeld",
        kind=Meeting.Kind.DISTRICT,
        date=datetime.date(2010, 3, 4),
        place="Neues Jugendzentrum, Rosendahl",
        municipality="Rosendahl",
        description=(
            "Der Kreis Coesfeld lädt seine Städte und Gemeinden zu Treffen ein, die reihum in "
            "den Kommunen stattfinden; die Familienmanagerin des Kreises koordiniert. Die "
            "erste Gastgeberin stellte ihr neues Jugendzentrum vor."
        ),
    ),
    "kreistreffen-coesfeld-2010-herbst": dict(
        title="Kreistreffen Familie im Kreis Coesfeld (Herbst)",
        kind=Meeting.Kind.DISTRICT,
        date=datetime.date(2010, 10, 7),
        place="Kreishaus Coesfeld",
        municipality="Kreis Coesfeld",
        description=(
            "Zweites Treffen der Reihe: Schwerpunkt war die Pflege von Angehörigen und wie "
            "die Kommunen pflegende Familien besser erreichen."
        ),
    ),
    "kreistreffen-coesfeld-2026": dict(
        title="Kreistreffen Familie im Kreis Coesfeld (Herbst 2026)",
        kind=Meeting.Kind.DISTRICT,
        date=datetime.date(2026, 10, 22),
        place="Rathaus Rosendahl",
        municipality="Rosendahl",
        description=(
            "Die Städte und Gemeinden des Kreises zogen Bilanz zum Pflegenetzwerk mit "
            "Sprechstunden in jeder Kommune und verabredeten, weitere Betriebe zu gewinnen."
        ),
    ),
    "fmt-2026": dict(
        title="Familienmanagertreffen 2026",
        kind=Meeting.Kind.MANAGERS,
        date=datetime.date(2026, 11, 12),
        place="Veranstaltungszentrum der Ruhr-Universität Bochum",
        municipality=None,
        description=(
            "Jahrestreffen der zertifizierten Familienmanagerinnen und Familienmanager aus 20 "
            "Kursen, mit Arbeitsgruppen zu familienfreundlicher Verwaltung, Doppelstrukturen "
            "und Motivation."
        ),
    ),
    "werkstatt-2011": dict(
        title="Werkstatt für Kreise: Familienberichterstattung",
        kind=Meeting.Kind.WORKSHOP,
        date=datetime.date(2011, 2, 17),
        place="Ruhr-Universität Bochum",
        municipality=None,
        description=(
            "Aus der Werkstattreihe für Kreise: Wie entsteht ein kommunaler Familienbericht, "
            "welche Daten liegen schon vor, und wie wird daraus ein Bildungs- und "
            "Familienkonzept?"
        ),
    ),
}

WORKING_GROUPS = [
    (
        "Familienfreundliche Kommunalverwaltung",
        "familienfreundliche-kommunalverwaltung",
        "Wie eine Verwaltung nach innen und außen familienfreundlich wird.",
    ),
    (
        "Bildungsberichterstattung und Bildungskonzepte",
        "bildungsberichterstattung-und-bildungskonzepte",
        "Berichte über Bildung vor Ort und die Konzepte, die daraus folgen.",
    ),
    (
        "Motivation, Kommunikation und Befindlichkeiten",
        "motivation-kommunikation-und-befindlichkeiten",
        "Was Familienmanagerinnen und -manager antreibt und bremst.",
    ),
    (
        "Doppelstrukturen innerhalb und außerhalb der Verwaltung",
        "doppelstrukturen",
        "Projektgebundene Angebote in eine Gesamtstrategie einbinden.",
    ),
    (
        "Familie im Kreis: Pflege und Zusammenarbeit",
        "familie-im-kreis",
        "Regionale Zusammenarbeit der Kommunen eines Kreises, besonders zur Pflege von "
        "Angehörigen.",
    ),
]


def second_thursday(year, month):
    first = datetime.date(year, month, 1)
    return first + datetime.timedelta(days=(3 - first.weekday()) % 7 + 7)


def load_municipalities(report):
    by_name = {}
    for name, lat, lon, population in KREISE:
        by_name[name] = _municipality(report, name, KREIS, None, lat, lon, population)
    for name, kind, kreis, lat, lon, population in TOWNS:
        by_name[name] = _municipality(
            report, name, kind, kreis and by_name[kreis], lat, lon, population
        )
    return by_name


def _municipality(report, name, kind, kreis, lat, lon, population):
    obj, created = Municipality.objects.get_or_create(
        name=name,
        defaults={
            "slug": german_slug(name),
            "kind": kind,
            "kreis": kreis,
            "latitude": Decimal(lat),
            "longitude": Decimal(lon),
            "population": population,
        },
    )
    report(f"Kommune {name}", created)
    return obj


def load_courses(report):
    courses = {}
    for number, year, graduates in COURSES:
        obj, created = Course.objects.get_or_create(
            number=number,
            defaults={
                "year": year,
                "module_1_date": second_thursday(year, 10),
                "module_2_date": second_thursday(year + 1, 1),
                "module_3_date": second_thursday(year + 1, 5),
                "module_4_date": second_thursday(year + 1, 9),
                "graduates": graduates,
            },
        )
        report(f"Kurs {number}", created)
        courses[number] = obj
    return courses


def load_family_managers(report, municipalities, courses):
    """The first graduates by municipality, and everyone by name."""
    managers = {}
    by_name = {}
    for name, role, place, course, consent in FAMILY_MANAGERS + RECENT_MANAGERS:
        local = german_slug(name).replace("-", ".")
        obj, created = FamilyManager.objects.get_or_create(
            name=name,
            municipality=municipalities[place],
            defaults={
                "role": role,
                "course": courses[course],
                "email": f"{local}@example.org",
                "phone": f"0000 {1000 + len(by_name) * 37}",
                "contact_consent": consent,
            },
        )
        report(f"Familienmanager/in {name}", created)
        managers.setdefault(place, obj)
        by_name[name] = obj
    return managers, by_name


def load_meetings(report, municipalities):
    meetings = {}
    for key, fields in MEETINGS.items():
        fields = dict(fields)
        host = fields.pop("municipality")
        obj, created = Meeting.objects.get_or_create(
            title=fields.pop("title"),
            date=fields.pop("date"),
            defaults={**fields, "municipality": host and municipalities[host]},
        )
        report(f"Treffen {obj.title}", created)
        meetings[key] = obj
    return meetings


def load_working_groups(report):
    groups = {}
    for name, slug, description in WORKING_GROUPS:
        obj, created = WorkingGroup.objects.get_or_create(
            slug=slug, defaults={"name": name, "description": description}
        )
        report(f"Arbeitsgruppe {name}", created)
        groups[slug] = obj
    return groups
