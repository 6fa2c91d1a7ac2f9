"""Queries a family manager might type, each with the pages judged relevant (by hand).

Relevant means: the page answers the question behind the query, whether or not it uses the
query's words. Kept apart from the corpus so the judgements are easy to review.

- `QUERIES`: keyword queries, the words (or forms, compounds, typos of the words) the pages use;
- `PARAPHRASES`: written the way a manager asks: questions, colloquial words, words the relevant
  write-up never uses;
- `JUDGED`: both, as (query, relevant keys, style) with style "keyword" or "paraphrase".
"""

QUERIES = [
    ("Ferienbetreuung", ["ferien-grundschule", "ferienspiele-bauernhof"]),
    ("Wie organisiere ich Ferienbetreuung?", ["ferien-grundschule", "ferienspiele-bauernhof"]),
    ("Ferienbetreeung", ["ferien-grundschule", "ferienspiele-bauernhof"]),
    (
        "Kita",
        [
            "randzeiten",
            "sprachbildung",
            "u3-ausbau",
            "betriebskita",
            "familienzentrum-netzwerk",
            "inklusive-kita",
        ],
    ),
    (
        "Kindertagesstätten",
        [
            "randzeiten",
            "sprachbildung",
            "u3-ausbau",
            "betriebskita",
            "familienzentrum-netzwerk",
            "inklusive-kita",
        ],
    ),
    (
        "Angehörigenpflege",
        [
            "pflege-beruf",
            "gespraechskreis-demenz",
            "wegweiser-pflege",
            "pflegezeit-verwaltung",
            "demenzfreundlich",
        ],
    ),
    (
        "Pflege von Angehörigen",
        [
            "pflege-beruf",
            "gespraechskreis-demenz",
            "wegweiser-pflege",
            "pflegezeit-verwaltung",
            "demenzfreundlich",
        ],
    ),
    ("pflegende Angehörige im Beruf", ["pflege-beruf", "pflegezeit-verwaltung"]),
    (
        "Senioren",
        [
            "nachbarschaftshilfe",
            "seniorenbeirat",
            "mehrgenerationenhaus",
            "mittagstisch",
            "besuchsdienst-vereinsamung",
        ],
    ),
    (
        "ältere Menschen",
        [
            "nachbarschaftshilfe",
            "seniorenbeirat",
            "mehrgenerationenhaus",
            "mittagstisch",
            "besuchsdienst-vereinsamung",
        ],
    ),
    ("Jugendhaus", ["jugendzentrum-bahnhof", "jugendhaeuser-land"]),
    ("Jugendzentren", ["jugendzentrum-bahnhof", "jugendhaeuser-land"]),
    ("Vaeter", ["vaeterarbeit"]),
    ("Väterarbeit", ["vaeterarbeit"]),
    ("alleinerziehend", ["netzwerk-alleinerziehende", "teilzeitausbildung"]),
    ("Ausbildung in Teilzeit für Alleinerziehende", ["teilzeitausbildung"]),
    ("Bildungsbericht", ["bildungsmonitoring"]),
    ("Familienbericht", ["familienbericht"]),
    ("Befragung von Familien", ["familienbericht", "online-umfrage"]),
    ("Eltern befragen", ["familienbericht", "online-umfrage"]),
    ("Zertifikatskurs", ["vom-kurs-in-die-praxis", "meldung-kurs"]),
    ("Gesamtstrategie", ["gesamt-strategie"]),
    ("Strassenfest", ["strassenfest"]),
    ("Familienmanagerin", ["regionaltreffen", "vom-kurs-in-die-praxis", "gesamt-strategie"]),
    ("Familienmanager treffen sich", ["regionaltreffen", "termin-regional"]),
    ("Kinder unter drei Jahren", ["u3-ausbau", "tagespflege-qualifizierung"]),
    ("Sprachförderung in der Kita", ["sprachbildung", "lesepaten"]),
    ("Fortbildung für Erzieherinnen", ["sprachbildung", "tagespflege-qualifizierung"]),
    ("Demenz", ["gespraechskreis-demenz", "demenzfreundlich"]),
    (
        "Unternehmen und Familienfreundlichkeit",
        ["buendnis-betriebe", "pflege-beruf", "betriebskita", "audit-verwaltung"],
    ),
    (
        "familienfreundliche Verwaltung",
        ["audit-verwaltung", "buergerbuero", "querschnitt", "pflegezeit-verwaltung"],
    ),
    ("Spielplatz", ["spielplaetze"]),
    ("Kinderarmut", ["praeventionskette"]),
    ("Wohnungen für große Familien", ["familienwohnen"]),
    ("zugewanderte Familien", ["willkommenslotsen", "elterncafe-einwanderung"]),
    ("Lesepatin", ["lesepaten"]),
    ("Hausaufgabenhilfe", ["mehrgenerationenhaus", "offener-ganztag"]),
    (
        "Beteiligung von Jugendlichen",
        ["jugendparlament", "jugendzentrum-bahnhof", "kinder-stadtplanung"],
    ),
    ("Dortmund", ["vaeterarbeit", "praeventionskette", "kinder-stadtplanung"]),
    ("Kreis Coesfeld", ["wegweiser-pflege", "regionaltreffen"]),
    ("Familienzentrum", ["familienzentrum-netzwerk", "vaeterarbeit", "termin-werkstatt"]),
    ("Schichtdienst Öffnungszeiten", ["randzeiten", "betriebskita"]),
    ("Frühe Hilfen", ["fruehe-hilfen", "willkommensbesuche"]),
    ("Besuch bei Neugeborenen", ["willkommensbesuche"]),
    ("Elternkurs Pubertät", ["elternkurse"]),
    ("Ganztagsschule", ["offener-ganztag"]),
    ("Bevölkerungsentwicklung", ["demografie-check"]),
    ("Schwimmbad Ermäßigung", ["familienpass"]),
    ("Sportangebote für Familien", ["familiensport", "familienpass"]),
    ("Mittagstisch für Jung und Alt", ["mittagstisch", "mehrgenerationenhaus"]),
    ("Querschnittsaufgabe", ["querschnitt"]),
    ("Tagesmutter", ["tagespflege-qualifizierung", "randzeiten"]),
    ("Schulsozialarbiet", ["schulsozialarbeit"]),
    ("Mehrgenerationenhäuser", ["mehrgenerationenhaus"]),
    ("Betreuung kranker Kinder", ["buendnis-betriebe"]),
    ("Gleitzeit und Homeoffice", ["audit-verwaltung", "pflegezeit-verwaltung"]),
    (
        "Zusammenarbeit mit Hebammen",
        ["fruehe-hilfen", "familienzentrum-netzwerk", "willkommensbesuche"],
    ),
]

# Everything about looking after children, whatever the words.
CHILDCARE = [
    "ferien-grundschule",
    "ferienspiele-bauernhof",
    "randzeiten",
    "tagespflege-qualifizierung",
    "u3-ausbau",
    "betriebskita",
    "offener-ganztag",
    "netzwerk-alleinerziehende",
    "buendnis-betriebe",
    "inklusive-kita",
]

QUERIES += [
    ("Leihgroßeltern", ["leihgrosseltern"]),
    ("Familienbüro", ["familienbuero", "vom-kurs-in-die-praxis"]),
    ("Vereinsamung", ["besuchsdienst-vereinsamung"]),
    ("Bürgerbus", ["buergerbus"]),
    ("Inklusion", ["inklusive-kita"]),
    ("Schuldnerberatung", ["budgetberatung", "familienzentrum-netzwerk"]),
    ("Ganztag", ["offener-ganztag", "mittagstisch", "meldung-ganztag"]),
    ("Kinderbetreuung", CHILDCARE),
    ("Kinderbetreung", CHILDCARE),  # typo
    # Added 2026-12-07, judged before running them.
    ("Repair-Café", ["mehrgenerationenhaus"]),
    ("Sozialdaten", ["familienbericht"]),
    ("Krippenplätze", ["u3-ausbau"]),
    ("Telefonkette", ["besuchsdienst-vereinsamung"]),
    # Added 2026-12-07 (second round), judged before running them.
    ("Ehrenamtsbörse", ["ehrenamtsboerse"]),
    ("Musikschule", ["ferien-grundschule", "familienpass"]),
    ("Sprachmittlerinnen", ["elterncafe-einwanderung"]),
    ("Baugebiete Demografie", ["demografie-check"]),
]

PARAPHRASES = [
    ("Leihoma", ["leihgrosseltern"]),
    ("Großeltern auf Zeit für Familien ohne Verwandte am Ort", ["leihgrosseltern"]),
    ("mobiles Arbeiten in der Verwaltung", ["audit-verwaltung", "pflegezeit-verwaltung"]),
    ("Angebote für Migranten", ["willkommenslotsen", "elterncafe-einwanderung"]),
    ("Firmen für Familienfreundlichkeit gewinnen", ["buendnis-betriebe", "pflege-beruf"]),
    ("Kinder im Urlaub betreuen", ["ferien-grundschule", "ferienspiele-bauernhof"]),
    ("Statistik über Familien", ["familienbericht", "bildungsmonitoring"]),
    ("Einsamkeit im Alter", ["besuchsdienst-vereinsamung", "nachbarschaftshilfe"]),
    (
        "Wie beteilige ich Kinder an der Planung?",
        ["spielplaetze", "kinder-stadtplanung", "schulwegplan"],
    ),
    ("Hilfe für Familien mit Geldsorgen", ["budgetberatung", "praeventionskette", "familienpass"]),
    ("Wer kümmert sich um Oma, wenn ich arbeite?", ["pflege-beruf", "pflegezeit-verwaltung"]),
    (
        "Vergesslichkeit im Alter, Angehörige sind überfordert",
        ["gespraechskreis-demenz", "demenzfreundlich"],
    ),
    ("Kinder mit Handicap im Kindergarten", ["inklusive-kita"]),
    (
        "Unterstützung für junge Eltern mit Baby",
        ["fruehe-hilfen", "willkommensbesuche", "elternbriefe"],
    ),
    (
        "Wo bekommen Eltern Rat bei Erziehungsproblemen?",
        ["elternkurse", "familienzentrum-netzwerk", "schulsozialarbeit"],
    ),
    ("Mitbestimmung von Teenagern", ["jugendparlament", "kinder-stadtplanung"]),
    ("Treffpunkt für Jugendliche auf dem Dorf", ["jugendhaeuser-land", "jugendzentrum-bahnhof"]),
    ("Papas einbinden", ["vaeterarbeit"]),
    ("Mütter ohne Partner", ["netzwerk-alleinerziehende", "teilzeitausbildung"]),
    ("Freiwillige gewinnen", ["ehrenamtsboerse", "nachbarschaftshilfe", "lesepaten"]),
    ("Fahrdienst für Senioren auf dem Land", ["buergerbus", "nachbarschaftshilfe"]),
    ("gefährlicher Weg zur Schule", ["schulwegplan"]),
    ("billiger ins Freibad mit Kindern", ["familienpass"]),
    ("Deutsch lernen im Kindergarten", ["sprachbildung", "elterncafe-einwanderung"]),
    ("eine Anlaufstelle für Familien im Rathaus", ["familienbuero", "buergerbuero"]),
    (
        "Wie finde ich heraus, was Familien brauchen?",
        ["familienbericht", "online-umfrage", "u3-ausbau"],
    ),
    ("geflüchtete Familien begleiten", ["willkommenslotsen", "elterncafe-einwanderung"]),
    ("als Arbeitgeber attraktiv für Fachkräfte", ["audit-verwaltung", "buendnis-betriebe"]),
    ("Betreuung für Kleinkinder", ["u3-ausbau", "tagespflege-qualifizierung"]),
    (
        "Wie wird die Verwaltung familienfreundlicher?",
        ["audit-verwaltung", "querschnitt", "buergerbuero", "pflegezeit-verwaltung"],
    ),
    ("Tipps für Eltern im ersten Jahr", ["elternbriefe", "willkommensbesuche"]),
    ("Streit und Mobbing in der Schule", ["schulsozialarbeit"]),
    ("Wohnraum für kinderreiche Familien", ["familienwohnen"]),
    ("Kinder mit Behinderung", ["inklusive-kita"]),
    ("Lesen fördern", ["lesepaten", "sprachbildung"]),
    # Added 2026-12-07, judged before running them.
    ("Angebote für Kinder aus armen Familien", ["praeventionskette", "familienpass"]),
    ("Mitfahrgelegenheit für ältere Leute ohne Auto", ["buergerbus", "nachbarschaftshilfe"]),
    (
        "Sommerferien überbrücken, wenn beide Eltern arbeiten",
        ["ferien-grundschule", "ferienspiele-bauernhof"],
    ),
    ("Hausbesuch nach der Geburt", ["willkommensbesuche"]),
    ("Treff für Alt und Jung", ["mehrgenerationenhaus", "mittagstisch"]),
    ("Kinder reden bei der Spielplatzplanung mit", ["spielplaetze", "kinder-stadtplanung"]),
    # Added 2026-12-07 (second round), judged before running them. "Essen" is also a town.
    ("Essen für Kinder und Senioren zusammen", ["mittagstisch", "mehrgenerationenhaus"]),
    ("Kinder sicher über die Straße zur Schule", ["schulwegplan"]),
    ("Angebote am Wochenende für die ganze Familie", ["familiensport"]),
    ("Hilfe beim Ausfüllen von Anträgen für Zugewanderte", ["willkommenslotsen"]),
    ("Kind krank, Eltern müssen arbeiten", ["buendnis-betriebe"]),
]

JUDGED = [(query, keys, "keyword") for query, keys in QUERIES] + [
    (query, keys, "paraphrase") for query, keys in PARAPHRASES
]

# The domain's synonym groups the evaluation runs with (editors keep them in the admin).
SYNONYMS = [
    "Kita, Kindertagesstätte, Kindertageseinrichtung, Kindergarten",
    "Jugendhaus, Jugendzentrum, Jugendtreff, Haus der offenen Tür",
    "Senioren, ältere Menschen, Seniorinnen, Hochbetagte, Rentner",
    "Angehörigenpflege, Pflege von Angehörigen, pflegende Angehörige",
    "Tagesmutter, Tagespflegeperson, Kindertagespflege, Tagesvater",
    "Homeoffice, Telearbeit, Arbeiten von zu Hause",
]
