"""Queries a family manager might type, each with the practice projects judged relevant.

Relevant means: the page answers the question behind the query, whether or not it uses the
query's words. Kept apart from the corpus so the judgements are easy to review.
"""

QUERIES = [
    ("Ferienbetreuung", ["ferien-grundschule", "ferienspiele-bauernhof"]),
    ("Wie organisiere ich Ferienbetreuung?", ["ferien-grundschule", "ferienspiele-bauernhof"]),
    ("Ferienbetreeung", ["ferien-grundschule", "ferienspiele-bauernhof"]),
    (
        "Kita",
        ["randzeiten", "sprachbildung", "u3-ausbau", "betriebskita", "familienzentrum-netzwerk"],
    ),
    (
        "Kindertagesstätten",
        ["randzeiten", "sprachbildung", "u3-ausbau", "betriebskita", "familienzentrum-netzwerk"],
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
    ("Senioren", ["nachbarschaftshilfe", "seniorenbeirat", "mehrgenerationenhaus", "mittagstisch"]),
    (
        "ältere Menschen",
        ["nachbarschaftshilfe", "seniorenbeirat", "mehrgenerationenhaus", "mittagstisch"],
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
    ("Zertifikatskurs", ["vom-kurs-in-die-praxis"]),
    ("Gesamtstrategie", ["gesamt-strategie"]),
    ("Strassenfest", ["strassenfest"]),
    ("Familienmanagerin", ["regionaltreffen", "vom-kurs-in-die-praxis", "gesamt-strategie"]),
    ("Familienmanager treffen sich", ["regionaltreffen"]),
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
    ("zugewanderte Familien", ["willkommenslotsen"]),
    ("Lesepatin", ["lesepaten"]),
    ("Hausaufgabenhilfe", ["mehrgenerationenhaus", "offener-ganztag"]),
    ("Beteiligung von Jugendlichen", ["jugendparlament", "jugendzentrum-bahnhof"]),
    ("Dortmund", ["vaeterarbeit", "praeventionskette"]),
    ("Kreis Coesfeld", ["wegweiser-pflege", "regionaltreffen"]),
    ("Familienzentrum", ["familienzentrum-netzwerk", "vaeterarbeit"]),
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

# The domain's synonym groups the evaluation runs with (editors keep them in the admin).
SYNONYMS = [
    "Kita, Kindertagesstätte, Kindertageseinrichtung, Kindergarten",
    "Jugendhaus, Jugendzentrum, Jugendtreff, Haus der offenen Tür",
    "Senioren, ältere Menschen, Seniorinnen, Hochbetagte, Rentner",
    "Angehörigenpflege, Pflege von Angehörigen, pflegende Angehörige",
    "Tagesmutter, Tagespflegeperson, Kindertagespflege, Tagesvater",
    "Homeoffice, Telearbeit, Arbeiten von zu Hause",
]
