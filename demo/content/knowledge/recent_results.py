"""Working-group results of the meetings of 2026: the groups of 2008 are still at work."""

# ruff: noqa: E501

RECENT_RESULTS = [
    {
        "slug": "familienfreundliche-verwaltung-2026",
        "title": "Familienfreundliche Verwaltung: Fachkräfte halten mit Familienzeit",
        "meeting": "fmt-2026",
        "group": "familienfreundliche-kommunalverwaltung",
        "summary": (
            "Achtzehn Jahre nach dem ersten Treffen ist die familienfreundliche Verwaltung "
            "wieder Thema – diesmal, weil Kommunen Fachkräfte suchen: mobiles Arbeiten, "
            "Pflegezeiten und Führung in Teilzeit."
        ),
        "themes": ["familienfreundliche-verwaltung", "vereinbarkeit-von-familie-und-beruf"],
        "municipalities": ["Unna", "Hückelhoven", "Kreis Warendorf", "Delbrück"],
        "findings": [
            (
                "Familienfreundlichkeit ist Personalgewinnung",
                "Bewerberinnen und Bewerber fragen im Vorstellungsgespräch nach mobilem Arbeiten "
                "und Arbeitszeiten. Wer das gut beantworten kann, gewinnt Fachkräfte für Kita, "
                "Bauamt und IT.",
            ),
            (
                "Pflege gehört dazu",
                "Immer mehr Beschäftigte pflegen Angehörige. Dienstvereinbarungen sollten "
                "Pflegezeiten so selbstverständlich regeln wie die Elternzeit.",
            ),
            (
                "Führung in Teilzeit ermöglichen",
                "Zwei Kommunen berichteten von Doppelspitzen in Amtsleitungen. Sie funktionieren, "
                "wenn Zuständigkeiten klar verteilt sind und beide an einem Tag gemeinsam da sind.",
            ),
        ],
        "next_steps": (
            "<p>Die Gruppe sammelt bis zum Frühjahr Musterdienstvereinbarungen zu mobilem Arbeiten "
            "und Pflegezeiten und stellt sie in den internen Bereich. Die Werkstatt "
            "„Familienfreundliche Verwaltung“ im April 2027 baut darauf auf.</p>"
        ),
    },
    {
        "slug": "doppelstrukturen-2026",
        "title": "Doppelstrukturen: Wenn Förderprogramme nebeneinander herlaufen",
        "meeting": "fmt-2026",
        "group": "doppelstrukturen",
        "summary": (
            "Familienbüro, Familienzentrum, Frühe Hilfen, Quartiersmanagement: Jedes Programm "
            "bringt eigene Stellen und eigene Netzwerke. Die Gruppe suchte Wege, sie in eine "
            "Gesamtstrategie einzubinden."
        ),
        "themes": ["vernetzung-und-kooperation", "familienpolitische-strategie"],
        "municipalities": ["Dortmund", "Lage", "Kreis Coesfeld"],
        "findings": [
            (
                "Ein Netzwerk statt fünf",
                "Wo Frühe Hilfen, Familienzentren und Familienbüro ein gemeinsames Netzwerktreffen "
                "haben, sparen alle Zeit, und Familien bekommen weniger widersprüchliche "
                "Auskünfte.",
            ),
            (
                "Förderende früh mitdenken",
                "Schon beim Antrag sollte feststehen, wer ein Projekt nach der Förderung "
                "weiterführt. Sonst entstehen Angebote, die nach drei Jahren wieder "
                "verschwinden.",
            ),
            (
                "Zuständigkeiten sichtbar machen",
                "Eine einfache Übersicht – wer macht was für welche Familien – hilft Rat und "
                "Verwaltung mehr als jedes Organigramm.",
            ),
        ],
        "next_steps": (
            "<p>Zwei Kommunen erproben bis zum nächsten Treffen eine gemeinsame Netzwerkkonferenz "
            "für alle familienbezogenen Programme und berichten davon.</p>"
        ),
    },
    {
        "slug": "motivation-und-kommunikation-2026",
        "title": "Motivation: Bündnisse mit den Motivierten, auch nach zwanzig Jahren",
        "meeting": "fmt-2026",
        "group": "motivation-kommunikation-und-befindlichkeiten",
        "summary": (
            "Was trägt Familienmanagerinnen und Familienmanager durch lange Projekte? Erfahrene "
            "und neue Absolventinnen und Absolventen tauschten sich über Rückschläge, "
            "Verbündete und kleine Erfolge aus."
        ),
        "themes": ["vernetzung-und-kooperation"],
        "municipalities": ["Ense", "Rhede", "Unna"],
        "findings": [
            (
                "Kleine Schritte zeigen",
                "Ein sichtbarer Erfolg im ersten Jahr – ein Bauwagen, ein Ferienangebot – "
                "überzeugt Rat und Verwaltung mehr als ein langes Konzept.",
            ),
            (
                "Erfolg hängt an Personen",
                "Nicht alle sind motiviert. Die Gruppe riet, Bündnisse mit den Motivierten zu "
                "schließen und die anderen mit Ergebnissen zu überzeugen.",
            ),
            (
                "Sich gegenseitig stärken",
                "Der Austausch mit Familienmanagerinnen und Familienmanagern anderer Kommunen "
                "hilft gegen das Gefühl, allein zu kämpfen. Die Gruppe möchte sich zwischen den "
                "Jahrestreffen online treffen.",
            ),
        ],
        "next_steps": (
            "<p>Ab Februar 2027 trifft sich die Gruppe jeden zweiten Monat online für eine Stunde "
            "kollegiale Beratung.</p>"
        ),
        "quote": (
            "Bündnisse mit den Motivierten schließen – das galt 2008 und gilt heute noch.",
            "Familienmanager aus dem ersten Kurs",
        ),
    },
    {
        "slug": "familie-im-kreis-coesfeld-2026",
        "title": "Familie im Kreis Coesfeld: Pflege bleibt gemeinsames Thema",
        "meeting": "kreistreffen-coesfeld-2026",
        "group": "familie-im-kreis",
        "summary": (
            "Beim Kreistreffen in Rosendahl zogen die Kommunen Bilanz: Das Pflegenetzwerk mit "
            "Sprechstunden in jeder Gemeinde trägt, jetzt sollen mehr Betriebe mitmachen."
        ),
        "themes": ["pflege-von-angehoerigen", "vernetzung-und-kooperation"],
        "municipalities": ["Kreis Coesfeld", "Rosendahl"],
        "findings": [
            (
                "Familie ist mehr als Kinderbetreuung",
                "Die Kommunen bestätigten, was sie 2010 vereinbart hatten: Auch die Pflege von "
                "Angehörigen prägt das Familienleben und gehört zur Familienpolitik.",
            ),
            (
                "Sprechstunden vor Ort wirken",
                "Seit es in jeder Gemeinde eine Sprechstunde gibt, kommen mehr Angehörige früh in "
                "die Beratung, nicht erst in der Krise.",
            ),
            (
                "Betriebe gewinnen",
                "Die Kommunen wollen gemeinsam mit der Wirtschaftsförderung weitere Betriebe für "
                "Pflegelotsinnen und Pflegelotsen gewinnen.",
            ),
        ],
        "next_steps": (
            "<p>Das nächste Treffen findet im Frühjahr 2027 in Coesfeld statt; Gastgeberin ist die "
            "Stadt mit ihrem neuen Jugendzentrum.</p>"
        ),
    },
]

DISCUSSION = {
    "familienfreundliche-verwaltung-2026": (
        "Die Gruppe knüpfte an die Ergebnisse von 2008 und 2009 an. Neu war der Blick der "
        "Personalämter: Mehrere Kommunen können Stellen in Kitas und Bauämtern nicht besetzen "
        "und sehen Familienfreundlichkeit inzwischen als Teil ihrer Personalgewinnung."
    ),
    "doppelstrukturen-2026": (
        "Ausgangspunkt war ein Bericht aus einem Stadtbezirk, in dem vier Programme je ein "
        "eigenes Netzwerk für dieselben Familien pflegten. Die Gruppe sammelte, was geholfen hat, "
        "diese Netzwerke zusammenzuführen, ohne einem Programm seine Aufgabe zu nehmen."
    ),
    "motivation-und-kommunikation-2026": (
        "In der Gruppe saßen Absolventinnen und Absolventen aus dem ersten und aus dem 20. Kurs. "
        "Die Erfahrenen erzählten von Projekten, die erst im dritten Anlauf gelangen; die Neuen "
        "von der Sorge, mit einer halben Stelle zu wenig zu bewegen."
    ),
    "familie-im-kreis-coesfeld-2026": (
        "Die Gemeinde Rosendahl lud ins Rathaus ein. Die Pflege- und Wohnberatung des Kreises "
        "stellte die Zahlen des ersten Jahres mit Sprechstunden in allen elf Kommunen vor; danach "
        "ging es um die Frage, wie Betriebe pflegende Beschäftigte besser unterstützen."
    ),
}
