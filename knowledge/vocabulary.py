"""The controlled vocabularies the IQZ curates: themes and target groups.

A data migration seeds them; `ensure_vocabulary` takes the model classes so that migrations can
pass their historical models.
"""

THEMES = [
    (
        "kinderbetreuung",
        "Kinderbetreuung",
        "Betreuung von Kindern in Kitas, Kindertagespflege, Randzeiten- und Ferienbetreuung.",
    ),
    (
        "pflege-von-angehoerigen",
        "Pflege von Angehörigen",
        "Familien, die Angehörige pflegen: Entlastung, Beratung, Pflege und Beruf.",
    ),
    (
        "vereinbarkeit-von-familie-und-beruf",
        "Vereinbarkeit von Familie und Beruf",
        "Arbeitgeber, Arbeitszeiten und Angebote, die Familie und Beruf zusammenbringen.",
    ),
    (
        "bildung",
        "Bildung",
        "Bildung für Kinder und Erwachsene, Bildungsberichterstattung und Bildungsnetzwerke.",
    ),
    (
        "familienzentren",
        "Familienzentren",
        "Familienzentren als Netzwerke familienorientierter Dienste im Stadtteil.",
    ),
    (
        "demografischer-wandel",
        "Demografischer Wandel",
        "Wie Alterung, Wanderung und Geburtenentwicklung die Familienpolitik vor Ort verändern.",
    ),
    (
        "familienberichterstattung",
        "Familienberichterstattung",
        "Kommunale Familienberichte, Befragungen und Sozialdaten als Planungsgrundlage.",
    ),
    (
        "familienfreundliche-verwaltung",
        "Familienfreundliche Verwaltung",
        "Familienfreundlichkeit als Querschnittsaufgabe der Kommunalverwaltung.",
    ),
    (
        "freizeit-kultur-und-sport",
        "Freizeit, Kultur und Sport",
        "Freizeit-, Kultur- und Sportangebote für Familien.",
    ),
    (
        "jugend",
        "Jugend",
        "Angebote für Jugendliche, Jugendzentren und Beteiligung junger Menschen.",
    ),
    (
        "vernetzung-und-kooperation",
        "Vernetzung und Kooperation",
        "Netzwerke zwischen Verwaltung, Trägern, Schulen, Kitas, Wirtschaft und Initiativen.",
    ),
    (
        "familienpolitische-strategie",
        "Familienpolitische Strategie",
        "Leitbilder, Ziele und Gesamtstrategien kommunaler Familienpolitik.",
    ),
]

TARGET_GROUPS = [
    ("familien-mit-kleinkindern", "Familien mit Kleinkindern"),
    ("schulkinder", "Schulkinder"),
    ("jugendliche", "Jugendliche"),
    ("alleinerziehende", "Alleinerziehende"),
    ("pflegende-angehoerige", "pflegende Angehörige"),
    ("seniorinnen-und-senioren", "Seniorinnen und Senioren"),
    ("zugewanderte", "Zugewanderte"),
    ("unternehmen", "Unternehmen"),
    ("verwaltung", "Verwaltung"),
]


def ensure_vocabulary(theme_model, target_group_model):
    """Create missing themes and target groups; leaves editors' changes alone."""
    for order, (slug, name, description) in enumerate(THEMES):
        theme_model.objects.get_or_create(
            slug=slug, defaults={"name": name, "description": description, "sort_order": order}
        )
    for order, (slug, name) in enumerate(TARGET_GROUPS):
        target_group_model.objects.get_or_create(
            slug=slug, defaults={"name": name, "sort_order": order}
        )
