"""The German texts of the demo practice projects (data only; `projects.py` loads them).

Written to exercise German search: inflections, compounds, synonyms (Kita/Kindertagesstätte,
Jugendzentrum/Jugendhaus, Senioren/ältere Menschen), umlauts and ß.
"""

PROJECTS = [
    {
        "slug": "ferienbetreuung-telgte",
        "title": "Verlässliche Ferienbetreuung für Grundschulkinder",
        "municipality": "Telgte",
        "course": 5,
        "year": 2011,
        "status": "verstetigt",
        "themes": ["kinderbetreuung", "vereinbarkeit-von-familie-und-beruf"],
        "target_groups": ["schulkinder", "alleinerziehende"],
        "keywords": ["Ferienbetreuung", "Offene Ganztagsschule"],
        "summary": (
            "Sechs Wochen Sommerferien, aber nur 30 Tage Urlaub: Telgte bietet berufstätigen "
            "Eltern eine verlässliche Ferienbetreuung für Grundschulkinder, gemeinsam mit "
            "Sportvereinen und der Offenen Ganztagsschule."
        ),
        "starting_situation": (
            "Eine Elternbefragung zeigte: Mehr als die Hälfte der Familien mit Grundschulkindern "
            "wusste nicht, wie sie die Schulferien überbrücken sollte. Besonders Alleinerziehende "
            "und Eltern im Schichtdienst berichteten von großer Zeitnot. Die Offene Ganztagsschule "
            "schloss in den Sommerferien drei Wochen lang.\n\n"
            "Einzelne Vereine boten Ferienfreizeiten an, doch die Angebote waren nicht "
            "aufeinander abgestimmt und endeten meist mittags."
        ),
        "goals": (
            "Ziel war eine Betreuung in allen Ferien außer zwischen Weihnachten und Neujahr, "
            "täglich von 7.30 bis 16 Uhr, zu einem sozial gestaffelten Beitrag. Zielgruppe sind "
            "Kinder im Grundschulalter, deren Eltern berufstätig sind oder sich in Ausbildung "
            "befinden."
        ),
        "approach": (
            "<ul><li>Bedarfsabfrage über alle Grundschulen</li>"
            "<li>Runder Tisch mit Offener Ganztagsschule, Sportvereinen, Musikschule und "
            "Jugendhaus</li><li>Gemeinsamer Ferienkalender und eine zentrale Anmeldung im "
            "Familienbüro</li><li>Beitragsstaffel nach Einkommen, Geschwisterermäßigung</li></ul>"
        ),
        "results": (
            "Im ersten Sommer nutzten 84 Kinder die Ferienbetreuung, zwei Jahre später waren es "
            "über 150. Die Eltern bewerteten vor allem die verlässlichen Zeiten und das "
            "Mittagessen positiv. Seit 2013 ist das Angebot im Haushalt der Stadt fest "
            "verankert."
        ),
        "lessons_learned": (
            "Die Abstimmung der Versicherungsfragen mit den Vereinen kostete mehr Zeit als "
            "gedacht. Unser Tipp: Früh einen Kooperationsvertrag aufsetzen und die "
            "Betreuungskräfte gemeinsam schulen. Die Anmeldung sollte spätestens im Februar "
            "starten, damit Eltern ihren Urlaub planen können."
        ),
        "partners": (
            "<p>Offene Ganztagsschulen der Stadt, drei Sportvereine, Musikschule, katholische "
            "Kirchengemeinde, Jugendhaus Telgte</p>"
        ),
    },
    {
        "slug": "familienzentrum-netzwerk-beverungen",
        "title": "Familienzentrum – Ein Netzwerk familienorientierter Dienste",
        "municipality": "Beverungen",
        "course": 3,
        "year": 2009,
        "status": "verstetigt",
        "themes": ["familienzentren", "vernetzung-und-kooperation"],
        "target_groups": ["familien-mit-kleinkindern", "zugewanderte"],
        "keywords": ["Familienzentrum", "Kindertagesstätte"],
        "summary": (
            "Eine Kindertagesstätte in Beverungen wurde zum Familienzentrum: Beratung, "
            "Familienbildung und Kindertagespflege unter einem Dach, verbunden mit den Diensten "
            "der Stadt und der Wohlfahrtsverbände."
        ),
        "starting_situation": (
            "In der ländlich geprägten Stadt mit vielen Ortsteilen waren Beratungsstellen "
            "weit entfernt; Familien mussten für eine Erziehungsberatung oft nach Höxter "
            "fahren. Die Kitas waren für Eltern dagegen ein vertrauter Ort.\n\n"
            "Das Land NRW förderte den Aufbau von Familienzentren; die Stadt wollte diese "
            "Chance nutzen, ohne neue Parallelstrukturen zu schaffen."
        ),
        "goals": (
            "Die Kita sollte zu einem Knotenpunkt für alle familienorientierten Dienste werden. "
            "Eltern kleiner Kinder, auch zugewanderte Familien, sollten Beratung und "
            "Bildungsangebote dort finden, wo sie ihre Kinder ohnehin hinbringen."
        ),
        "approach": (
            "Die Familienmanagerin moderierte eine Steuerungsgruppe aus Kita-Leitung, "
            "Jugendamt, Erziehungsberatungsstelle, Familienbildungsstätte und Caritas. "
            "Gemeinsam entstand ein Jahresprogramm mit offener Sprechstunde, Elternkursen, "
            "Sprachförderung und einem Elterncafé. Die Praxisarbeit im Zertifikatskurs "
            "beschrieb das Netzwerk als Modell für weitere Kindertageseinrichtungen."
        ),
        "results": (
            "Das Familienzentrum wurde 2010 zertifiziert. Die Sprechstunde der "
            "Erziehungsberatung ist regelmäßig ausgebucht, das Elterncafé wird von Müttern "
            "und Vätern aus zwölf Herkunftsländern besucht. Zwei weitere Kitas haben sich "
            "inzwischen zu einem Verbund-Familienzentrum zusammengeschlossen."
        ),
        "lessons_learned": (
            "Ein Familienzentrum ist kein Gebäude, sondern ein Netzwerk – das muss allen "
            "Beteiligten klar sein. Stolperstein war anfangs die Sorge der Träger, Zuständigkeiten "
            "zu verlieren. Geholfen hat eine schriftliche Vereinbarung, wer was verantwortet."
        ),
        "partners": (
            "<p>Kita-Träger, Kreisjugendamt, Erziehungsberatungsstelle, Familienbildungsstätte, "
            "Caritasverband, Grundschulen im Ortsteil</p>"
        ),
    },
    {
        "slug": "demografie-check-sendenhorst",
        "title": "Demografie-Check für Ratsbeschlüsse",
        "municipality": "Sendenhorst",
        "course": 4,
        "year": 2010,
        "status": "umgesetzt",
        "themes": ["demografischer-wandel", "familienpolitische-strategie"],
        "target_groups": ["verwaltung", "seniorinnen-und-senioren"],
        "keywords": ["Demografie", "Ratsvorlage"],
        "summary": (
            "Jede Vorlage für den Rat der Stadt Sendenhorst enthält einen kurzen "
            "Demografie-Check: Was bedeutet die Entscheidung für Familien, für Kinder und für "
            "ältere Menschen?"
        ),
        "starting_situation": (
            "Die Bevölkerungsvorausberechnung für Sendenhorst zeigte einen deutlichen Anstieg "
            "der über 80-Jährigen bei gleichzeitig sinkenden Kinderzahlen. Im Rat wurden "
            "Baugebiete, Schulstandorte und Spielplätze jedoch getrennt beraten, ohne diese "
            "Entwicklung im Blick zu haben."
        ),
        "goals": (
            "Entscheidungen sollen die Folgen für Familien und Senioren sichtbar machen, bevor "
            "sie fallen. Die Verwaltung soll das Thema demografischer Wandel als "
            "Querschnittsaufgabe verstehen."
        ),
        "approach": (
            "Mit dem Bürgermeister und den Fachbereichsleitungen wurde eine Checkliste mit "
            "sechs Fragen entwickelt. Sie ist Teil der Vorlagenvorlage im Ratsinformationssystem. "
            "In einer halbtägigen Schulung lernten die Sachbearbeiterinnen und Sachbearbeiter, "
            "den Check auszufüllen."
        ),
        "results": (
            "Seit 2011 enthalten alle Beschlussvorlagen den Demografie-Check. Bei der Planung "
            "eines Neubaugebiets führte er dazu, dass barrierefreie Wohnungen und ein "
            "Spielplatz gleich mitgeplant wurden."
        ),
        "lessons_learned": (
            "Die Checkliste muss kurz bleiben, sonst wird sie abgehakt statt genutzt. "
            "Wichtig war, dass der Verwaltungsvorstand den Check selbst ernst nimmt und in "
            "Sitzungen nachfragt."
        ),
        "partners": "<p>Verwaltungsvorstand, Seniorenbeirat, Ratsfraktionen</p>",
    },
    {
        "slug": "familienbericht-kreis-coesfeld",
        "title": "Der erste Familienbericht für den Kreis Coesfeld",
        "municipality": "Kreis Coesfeld",
        "course": 2,
        "year": 2008,
        "status": "verstetigt",
        "themes": ["familienberichterstattung", "familienpolitische-strategie"],
        "target_groups": ["verwaltung"],
        "keywords": ["Familienbericht", "Sozialplanung", "Elternbefragung"],
        "summary": (
            "Mit Daten aus allen Städten und Gemeinden und einer kreisweiten Elternbefragung "
            "entstand der erste Familienbericht des Kreises Coesfeld – Grundlage für die "
            "regionale Familienpolitik."
        ),
        "starting_situation": (
            "Der Kreis verfügte über viele Einzeldaten – aus der Kita-Bedarfsplanung, der "
            "Schulstatistik und der Jugendhilfe –, aber über kein Gesamtbild der Lebenslagen "
            "von Familien. Die kreisangehörigen Kommunen wünschten sich eine gemeinsame "
            "Planungsgrundlage."
        ),
        "goals": (
            "Der Familienbericht sollte Stärken und Lücken der Angebote für Familien aufzeigen, "
            "Unterschiede zwischen den Kommunen sichtbar machen und Handlungsempfehlungen für "
            "Kreistag und Räte formulieren."
        ),
        "approach": (
            "Eine Arbeitsgruppe aus Kreisverwaltung und Vertreterinnen der Kommunen legte "
            "Kennzahlen fest. Ergänzend wurden 2.400 Eltern schriftlich befragt, etwa zu "
            "Kinderbetreuung, Freizeitangeboten und der Vereinbarkeit von Familie und Beruf. "
            "Die Ergebnisse wurden in regionalen Werkstätten diskutiert."
        ),
        "results": (
            "Der Bericht erschien 2009 und wird seither alle fünf Jahre fortgeschrieben. Aus "
            "ihm entstanden die regelmäßigen Kreistreffen, in denen die Kommunen ihre "
            "Familienpolitik abstimmen."
        ),
        "lessons_learned": (
            "Datenschutz und unterschiedliche Datenformate der Kommunen kosteten viel Zeit. "
            "Tipp: Kennzahlen früh und verbindlich festlegen und die Kommunen als Mitautorinnen "
            "gewinnen, nicht nur als Datenlieferanten."
        ),
        "partners": (
            "<p>Kreisjugendamt, Sozialplanung, Städte und Gemeinden des Kreises, IQZ an der "
            "Ruhr-Universität Bochum</p>"
        ),
    },
    {
        "slug": "lokales-buendnis-fuer-familie-loehne",
        "title": "Lokales Bündnis für Familie mit Betrieben",
        "municipality": "Löhne",
        "course": 5,
        "year": 2011,
        "status": "umgesetzt",
        "themes": ["vernetzung-und-kooperation", "vereinbarkeit-von-familie-und-beruf"],
        "target_groups": ["unternehmen", "familien-mit-kleinkindern"],
        "keywords": ["Bündnis für Familie", "Arbeitgeber"],
        "summary": (
            "In Löhne haben Stadt, Unternehmen, Kirchen und Vereine ein lokales Bündnis für "
            "Familie gegründet. Erste Ergebnisse: eine Notfallbetreuung für Kinder und ein "
            "Wiedereinstiegsprogramm nach der Elternzeit."
        ),
        "starting_situation": (
            "Mittelständische Betriebe der Möbel- und Zulieferindustrie klagten über "
            "Fachkräftemangel. Gleichzeitig fanden Mütter nach der Elternzeit schwer zurück in "
            "den Beruf, weil die Betreuungszeiten nicht zu den Schichten passten."
        ),
        "goals": (
            "Familienfreundlichkeit sollte ein Standortvorteil werden. Das Bündnis will "
            "Arbeitgeber und Familien zusammenbringen und konkrete Angebote für die "
            "Vereinbarkeit von Familie und Beruf schaffen."
        ),
        "approach": (
            "Nach einer Auftaktveranstaltung mit 60 Gästen bildeten sich drei Arbeitskreise: "
            "Betreuung, Arbeitszeit und Information. Die Wirtschaftsförderung sprach gezielt "
            "Personalverantwortliche an; die Familienmanagerin koordinierte."
        ),
        "results": (
            "Zwölf Unternehmen haben sich dem Bündnis angeschlossen. Eine Notfallbetreuung, "
            "die Kinder bei Krankheit der Tagesmutter oder Kita-Schließung auffängt, wird von "
            "vier Betrieben mitfinanziert."
        ),
        "lessons_learned": (
            "Betriebe wollen schnelle, greifbare Ergebnisse; lange Grundsatzdebatten "
            "schrecken ab. Die Sitzungen finden deshalb frühmorgens statt und dauern höchstens "
            "eine Stunde."
        ),
        "partners": (
            "<p>Wirtschaftsförderung, zwölf Unternehmen, evangelische und katholische "
            "Kirchengemeinden, Familienbildungsstätte, Agentur für Arbeit</p>"
        ),
    },
    {
        "slug": "familienbuero-rhede",
        "title": "Familienbüro im Rathaus: eine Anlaufstelle für alle Fragen",
        "municipality": "Rhede",
        "course": 3,
        "year": 2009,
        "status": "verstetigt",
        "themes": ["familienfreundliche-verwaltung", "vernetzung-und-kooperation"],
        "target_groups": ["familien-mit-kleinkindern", "zugewanderte"],
        "keywords": ["Familienbüro", "Willkommensbesuch"],
        "summary": (
            "Das Familienbüro im Rathaus der Stadt Rhede beantwortet alle Fragen rund um "
            "Familie – vom Kita-Platz über das Elterngeld bis zur Pflege – und begrüßt jedes "
            "neugeborene Kind mit einem Besuch."
        ),
        "starting_situation": (
            "Eltern mussten für Anträge und Auskünfte mehrere Ämter aufsuchen, teils beim "
            "Kreis, teils bei der Stadt. Viele Angebote der Familienbildung waren kaum bekannt."
        ),
        "goals": (
            "Eine Anlaufstelle mit kurzen Wegen, die Familien lotst, statt sie weiterzuschicken. "
            "Alle Familien mit Neugeborenen sollen früh von den Angeboten erfahren."
        ),
        "approach": (
            "Im Erdgeschoss des Rathauses entstand ein Familienbüro mit Spielecke und "
            "Wickeltisch. Die Mitarbeiterinnen wurden zu Leistungen von Kreis, Land und Bund "
            "geschult. Ehrenamtliche Familienpatinnen übernehmen die Willkommensbesuche."
        ),
        "results": (
            "Im Jahr kommen rund 1.200 Anfragen; über 90 Prozent der Familien mit Neugeborenen "
            "nehmen den Willkommensbesuch an. Die Zusammenarbeit mit dem Kreisjugendamt ist "
            "enger geworden."
        ),
        "lessons_learned": (
            "Die Öffnungszeiten müssen zu Familien passen: Der lange Donnerstag bis 18 Uhr ist "
            "der meistbesuchte Tag. Ehrenamtliche brauchen regelmäßige Schulung und "
            "Anerkennung."
        ),
        "partners": "<p>Kreisjugendamt Borken, Hebammen, Kinderärzte, Familienbildungsstätte</p>",
    },
    {
        "slug": "familienfreundliche-verwaltung-unna",
        "title": "Die Stadtverwaltung als familienfreundliche Arbeitgeberin",
        "municipality": "Unna",
        "course": 1,
        "year": 2007,
        "status": "verstetigt",
        "themes": ["familienfreundliche-verwaltung", "vereinbarkeit-von-familie-und-beruf"],
        "target_groups": ["verwaltung", "pflegende-angehoerige"],
        "keywords": ["Dienstvereinbarung", "Telearbeit", "Audit"],
        "summary": (
            "Mit einer Dienstvereinbarung zu flexiblen Arbeitszeiten, Telearbeit und einem "
            "Eltern-Kind-Büro wurde die Stadtverwaltung Unna zur familienfreundlichen "
            "Arbeitgeberin – für Eltern und für Beschäftigte, die Angehörige pflegen."
        ),
        "starting_situation": (
            "Die Verwaltung verlor qualifizierte Beschäftigte nach der Elternzeit, und immer "
            "mehr Kolleginnen und Kollegen pflegten Eltern oder Schwiegereltern. Es fehlten "
            "verlässliche Regelungen; vieles hing vom Wohlwollen der Vorgesetzten ab."
        ),
        "goals": (
            "Die Stadt wollte verbindliche Regeln für die Vereinbarkeit von Familie und Beruf "
            "schaffen und als Arbeitgeberin mit gutem Beispiel vorangehen."
        ),
        "approach": (
            "Eine Projektgruppe aus Personalrat, Gleichstellungsstelle und Personalamt befragte "
            "alle Beschäftigten. Daraus entstand eine Dienstvereinbarung. Führungskräfte "
            "wurden in Workshops auf ihre Rolle vorbereitet."
        ),
        "results": (
            "Telearbeit nutzen inzwischen über 80 Beschäftigte; das Eltern-Kind-Büro ist an "
            "zwei bis drei Tagen pro Woche belegt. Die Rückkehrquote nach der Elternzeit ist "
            "deutlich gestiegen."
        ),
        "lessons_learned": (
            "Ohne die Unterstützung der Führungskräfte bleiben Regelungen Papier. Die "
            "Angehörigenpflege wurde anfangs unterschätzt – heute ist sie ein eigener "
            "Baustein mit Pflegelotsin im Haus."
        ),
        "partners": "<p>Personalrat, Gleichstellungsstelle, Personalamt, Betriebsarzt</p>",
    },
    {
        "slug": "pflegelotsen-kreis-warendorf",
        "title": "Pflegelotsinnen und Pflegelotsen in Betrieben und Gemeinden",
        "municipality": "Kreis Warendorf",
        "course": 1,
        "year": 2007,
        "status": "verstetigt",
        "themes": ["pflege-von-angehoerigen", "vereinbarkeit-von-familie-und-beruf"],
        "target_groups": ["pflegende-angehoerige", "seniorinnen-und-senioren", "unternehmen"],
        "keywords": ["Pflegelotse", "Angehörigenpflege"],
        "summary": (
            "Ehrenamtliche Pflegelotsinnen und Pflegelotsen in Betrieben und Gemeinden des "
            "Kreises Warendorf helfen pflegenden Angehörigen, den Weg zu Beratung und "
            "Entlastung zu finden."
        ),
        "starting_situation": (
            "Die Pflegeberatung des Kreises erreichte viele Familien zu spät, oft erst nach "
            "einem Krankenhausaufenthalt. Berufstätige, die Angehörige pflegen, sprachen im "
            "Betrieb selten darüber."
        ),
        "goals": (
            "Ansprechpersonen sollen dort sein, wo pflegende Angehörige arbeiten und leben. "
            "Sie kennen die Angebote und vermitteln früh in die Beratung."
        ),
        "approach": (
            "In einer Schulungsreihe mit vier Abenden wurden Beschäftigte aus Betrieben und "
            "Ehrenamtliche aus Kirchengemeinden zu Pflegelotsen ausgebildet. Ein Leitfaden und "
            "ein Netzwerktreffen zweimal im Jahr sichern die Qualität."
        ),
        "results": (
            "Über 70 Pflegelotsinnen und Pflegelotsen sind im Kreis aktiv, davon 25 in "
            "Unternehmen. Die Pflegeberatung verzeichnet mehr frühe Anfragen."
        ),
        "lessons_learned": (
            "Pflege ist noch immer ein Tabu am Arbeitsplatz. Hilfreich war, dass die "
            "Geschäftsführungen die Lotsen im Betrieb offiziell vorgestellt haben."
        ),
        "partners": (
            "<p>Pflegeberatung des Kreises, Städte und Gemeinden im Kreis Warendorf, "
            "Unternehmen, Kirchengemeinden, Pflegekassen</p>"
        ),
    },
    {
        "slug": "jugendzentrum-rosendahl",
        "title": "Ein neues Jugendzentrum, von Jugendlichen mitgeplant",
        "municipality": "Rosendahl",
        "course": 4,
        "year": 2010,
        "status": "umgesetzt",
        "themes": ["jugend", "freizeit-kultur-und-sport"],
        "target_groups": ["jugendliche"],
        "keywords": ["Jugendzentrum", "Jugendbeteiligung"],
        "summary": (
            "In Rosendahl haben Jugendliche aus allen drei Ortsteilen ihr neues Jugendzentrum "
            "selbst mitgeplant – von der Raumaufteilung bis zu den Öffnungszeiten. Beim ersten "
            "Kreistreffen im Kreis Coesfeld wurde es den Nachbarkommunen vorgestellt."
        ),
        "starting_situation": (
            "Das alte Jugendheim war baufällig und wurde kaum noch besucht. Jugendliche trafen "
            "sich an der Bushaltestelle oder fuhren in die Nachbarstädte. Anwohnerinnen und "
            "Anwohner beschwerten sich über Lärm, die Jugendlichen fühlten sich nicht "
            "willkommen."
        ),
        "goals": (
            "Ein Treffpunkt, den junge Menschen zwischen 12 und 21 Jahren als ihren eigenen "
            "ansehen. Die Jugendlichen sollten nicht nur gefragt werden, sondern mitentscheiden."
        ),
        "approach": (
            "Mit einer Jugendbefragung und drei Zukunftswerkstätten sammelte die Gemeinde Ideen. "
            "Ein Planungsteam aus acht Jugendlichen arbeitete mit dem Architekten zusammen und "
            "stellte den Entwurf im Rat vor. Beim Innenausbau halfen Jugendliche und Eltern an "
            "mehreren Samstagen mit."
        ),
        "results": (
            "Das Jugendzentrum öffnete im Frühjahr 2010 mit Bandraum, Café und Werkstatt. An "
            "vier Abenden pro Woche kommen durchschnittlich 40 Jugendliche. Ein Jugendbeirat "
            "bestimmt über Programm und Hausordnung mit."
        ),
        "lessons_learned": (
            "Beteiligung braucht Geduld: Zwischen Zukunftswerkstatt und Eröffnung lagen fast "
            "zwei Jahre, und einige der ersten Planer waren inzwischen weggezogen. Tipp: "
            "Zwischenergebnisse sichtbar machen und jüngere Jahrgänge früh einbinden."
        ),
        "partners": (
            "<p>Kreisjugendamt Coesfeld, katholische Jugend, Sportverein, Schulen, örtliche "
            "Handwerksbetriebe</p>"
        ),
    },
    {
        "slug": "bildungsbericht-dortmund",
        "title": "Bildungsberichterstattung für einen Stadtbezirk",
        "municipality": "Dortmund",
        "course": 1,
        "year": 2007,
        "status": "umgesetzt",
        "themes": ["bildung", "familienberichterstattung"],
        "target_groups": ["schulkinder", "zugewanderte"],
        "keywords": ["Bildungsbericht", "Übergang Kita–Schule", "Sozialraum"],
        "summary": (
            "Ein kleinräumiger Bildungsbericht zeigt für einen Dortmunder Stadtbezirk, wie "
            "Kinder von der Kita in die Grundschule und weiter in die Sekundarstufe kommen – "
            "und wo Familien Unterstützung brauchen."
        ),
        "starting_situation": (
            "Gesamtstädtische Zahlen verdeckten die großen Unterschiede zwischen den "
            "Stadtteilen. In einigen Quartieren wechselten deutlich weniger Kinder aufs "
            "Gymnasium, viele Familien haben eine Zuwanderungsgeschichte."
        ),
        "goals": (
            "Der Bericht sollte Übergänge im Bildungsverlauf sichtbar machen und Schulen, Kitas "
            "und Jugendhilfe eine gemeinsame Grundlage für ihre Arbeit geben."
        ),
        "approach": (
            "Die Familienmanagerin arbeitete mit der Statistikstelle und dem Schulverwaltungsamt "
            "zusammen. Daten zu Sprachstandsfeststellungen, Schuleingangsuntersuchungen und "
            "Übergangsquoten wurden auf Ebene der Sozialräume ausgewertet und in einer "
            "Bildungskonferenz diskutiert."
        ),
        "results": (
            "Aus dem Bericht entstanden zwei Projekte: eine Sprachförderung in Kindertagesstätten "
            "mit Elternbeteiligung und Lernpatenschaften beim Übergang in die weiterführende "
            "Schule. Die Bildungsberichterstattung wurde später auf weitere Stadtbezirke "
            "übertragen."
        ),
        "lessons_learned": (
            "Daten allein ändern nichts – erst die Diskussion mit Schulleitungen und "
            "Kita-Leitungen machte den Bericht wirksam. Der Datenschutz verlangte eine "
            "sorgfältige Aggregation der Zahlen."
        ),
        "partners": (
            "<p>Statistikstelle, Schulverwaltungsamt, Jugendamt, Grundschulen und weiterführende "
            "Schulen, Kita-Träger, Migrantenselbstorganisationen</p>"
        ),
    },
    {
        "slug": "familienpass-herne",
        "title": "Familienpass: Freizeit, Kultur und Sport für alle Familien",
        "municipality": "Herne",
        "course": 2,
        "year": 2008,
        "status": "verstetigt",
        "themes": ["freizeit-kultur-und-sport"],
        "target_groups": ["familien-mit-kleinkindern", "alleinerziehende", "schulkinder"],
        "keywords": ["Familienpass", "Ermäßigung", "Schwimmbad"],
        "summary": (
            "Mit dem Herner Familienpass zahlen Familien weniger im Schwimmbad, im Museum, in "
            "der Musikschule und bei Sportvereinen. Für Familien mit geringem Einkommen sind "
            "viele Angebote kostenlos."
        ),
        "starting_situation": (
            "Viele Familien, besonders Alleinerziehende und kinderreiche Familien, konnten sich "
            "Eintrittsgelder und Vereinsbeiträge kaum leisten. Die Ermäßigungen waren über "
            "viele Stellen verstreut und kaum bekannt."
        ),
        "goals": (
            "Alle Kinder sollen an Freizeit-, Kultur- und Sportangeboten teilhaben können. Ein "
            "einziger Ausweis soll Ermäßigungen bündeln und den Zugang erleichtern."
        ),
        "approach": (
            "Die Stadt gewann städtische Einrichtungen, Sportvereine, das Theater und private "
            "Anbieter als Partner. Der Pass wird im Bürgerbüro ausgestellt; ein Heft mit allen "
            "Angeboten erscheint jährlich."
        ),
        "results": (
            "Rund 6.000 Familien besitzen den Familienpass. Die Besuche von Kindern im "
            "Hallenbad stiegen im ersten Jahr um ein Viertel. Über 40 Partner beteiligen sich."
        ),
        "lessons_learned": (
            "Die Finanzierung der Ermäßigungen muss vor dem Start geklärt sein. Ein einfaches "
            "Antragsverfahren ohne Scham ist entscheidend: Der Pass sieht für alle Familien "
            "gleich aus."
        ),
        "partners": (
            "<p>Bäderbetrieb, Stadtbibliothek, Musikschule, Stadtsportbund, Theater, "
            "Heimatmuseum, private Freizeitanbieter</p>"
        ),
    },
    {
        "slug": "randzeitenbetreuung-hueckelhoven",
        "title": "Randzeitenbetreuung für Eltern im Schichtdienst",
        "municipality": "Hückelhoven",
        "course": 3,
        "year": 2009,
        "status": "umgesetzt",
        "themes": ["kinderbetreuung", "vereinbarkeit-von-familie-und-beruf"],
        "target_groups": ["alleinerziehende", "familien-mit-kleinkindern"],
        "keywords": ["Kindertagespflege", "Randzeiten", "Schichtarbeit"],
        "summary": (
            "Wenn die Kita um 16.30 Uhr schließt, die Schicht aber bis 22 Uhr dauert: In "
            "Hückelhoven übernehmen qualifizierte Tagespflegepersonen die Betreuung in den "
            "Randzeiten, auch im Haushalt der Familie."
        ),
        "starting_situation": (
            "In Handel, Pflege und Logistik arbeiten viele Eltern früh morgens, abends oder am "
            "Wochenende. Die Öffnungszeiten der Kindertageseinrichtungen deckten das nicht ab; "
            "Alleinerziehende mussten Stellen ablehnen."
        ),
        "goals": (
            "Eine verlässliche, bezahlbare Betreuung außerhalb der Kita-Öffnungszeiten, damit "
            "Eltern im Schichtdienst arbeiten können, ohne auf Verwandte angewiesen zu sein."
        ),
        "approach": (
            "Das Familienbüro ermittelte mit Arbeitgebern den Bedarf. Zwölf Tagesmütter und "
            "Tagesväter wurden für die Randzeitenbetreuung zusätzlich qualifiziert. Die "
            "Vermittlung läuft über das Jugendamt, die Kita und die Tagespflegeperson "
            "stimmen sich über ein Übergabeheft ab."
        ),
        "results": (
            "Im ersten Jahr wurden 35 Kinder in Randzeiten betreut, drei Viertel davon aus "
            "Familien Alleinerziehender. Zwei Pflegedienste beteiligen sich an den Kosten."
        ),
        "lessons_learned": (
            "Die Betreuung im Haushalt der Familie erfordert klare Absprachen zu Versicherung "
            "und Vertretung. Wichtig ist ein Vertretungspool, sonst bricht das System bei "
            "Krankheit zusammen."
        ),
        "partners": (
            "<p>Jugendamt, Kindertagespflegebörse, Kitas, Einzelhandel, Pflegedienste, "
            "Jobcenter</p>"
        ),
    },
    {
        "slug": "pflege-und-beruf-bad-driburg",
        "title": "Pflege und Beruf vereinbaren: Beratung im Betrieb",
        "municipality": "Bad Driburg",
        "course": 1,
        "year": 2007,
        "status": "beendet",
        "themes": ["pflege-von-angehoerigen", "vereinbarkeit-von-familie-und-beruf"],
        "target_groups": ["pflegende-angehoerige", "unternehmen"],
        "keywords": ["Pflegezeit", "Kliniken"],
        "summary": (
            "Ein Modellprojekt brachte Pflegeberatung direkt in Kliniken und Betriebe in Bad "
            "Driburg: Sprechstunden am Arbeitsplatz für Beschäftigte, die Eltern oder Partner "
            "pflegen. Die Förderung ist ausgelaufen."
        ),
        "starting_situation": (
            "In den Kliniken und Kurbetrieben der Stadt arbeiten viele Frauen in Teilzeit, die "
            "zugleich Angehörige pflegen. Fehlzeiten und Kündigungen häuften sich, ohne dass "
            "die Arbeitgeber die Gründe kannten."
        ),
        "goals": (
            "Beschäftigte mit Pflegeaufgaben sollten früh beraten werden; Arbeitgeber sollten "
            "lernen, was ihnen hilft – von flexiblen Dienstplänen bis zur Freistellung."
        ),
        "approach": (
            "Eine Pflegeberaterin bot zwei Jahre lang monatliche Sprechstunden in vier Betrieben "
            "an. Personalverantwortliche erhielten eine Schulung zum Thema Pflege und Beruf."
        ),
        "results": (
            "Über 120 Beratungsgespräche fanden statt. Zwei Kliniken haben Pflege als Thema in "
            "ihre Mitarbeitergespräche aufgenommen. Nach dem Ende der Förderung wurde die "
            "Sprechstunde nicht fortgeführt; die Erfahrungen flossen in das Angebot des Kreises "
            "ein."
        ),
        "lessons_learned": (
            "Ohne Anschlussfinanzierung endet auch ein erfolgreiches Modellprojekt. Beim "
            "nächsten Mal würden wir die Betriebe von Beginn an an den Kosten beteiligen."
        ),
        "partners": "<p>Kliniken und Kurbetriebe, Pflegeberatung des Kreises Höxter, "
        "Pflegekasse</p>",
    },
    {
        "slug": "willkommensbesuche-bad-lippspringe",
        "title": "Willkommen im Leben: Besuche bei allen Neugeborenen",
        "municipality": "Bad Lippspringe",
        "course": 2,
        "year": 2008,
        "status": "verstetigt",
        "themes": ["vernetzung-und-kooperation", "kinderbetreuung"],
        "target_groups": ["familien-mit-kleinkindern", "alleinerziehende"],
        "keywords": ["Frühe Hilfen", "Willkommensbesuch", "Babybegrüßung"],
        "summary": (
            "Jede Familie mit einem neugeborenen Kind bekommt in Bad Lippspringe Besuch: mit "
            "einem Begrüßungspaket, Informationen zu Kinderbetreuung und Beratung und einem "
            "offenen Ohr für Fragen."
        ),
        "starting_situation": (
            "Junge Eltern kannten die Angebote der Stadt und der freien Träger kaum. Familien in "
            "schwierigen Lebenslagen wurden oft erst erreicht, wenn Probleme schon groß waren."
        ),
        "goals": (
            "Alle Familien früh und ohne Stigma erreichen, über Angebote informieren und bei "
            "Bedarf in Frühe Hilfen vermitteln."
        ),
        "approach": (
            "Geschulte Fachkräfte der Familienbildung besuchen die Familien nach Terminabsprache "
            "in den ersten acht Wochen. Ein Netzwerk aus Hebammen, Kinderärztinnen, Kitas und "
            "Beratungsstellen trifft sich vierteljährlich."
        ),
        "results": (
            "Rund 85 Prozent der Familien nehmen den Besuch an. Die Anmeldungen zu Eltern-Kind-"
            "Kursen und zur Kindertagespflege sind gestiegen. Das Netzwerk Frühe Hilfen ist "
            "heute Teil der Jugendhilfeplanung."
        ),
        "lessons_learned": (
            "Der Besuch muss freiwillig und freundlich sein, sonst wirkt er wie Kontrolle. "
            "Ein Brief des Bürgermeisters vor dem Besuch erhöht die Zustimmung deutlich."
        ),
        "partners": (
            "<p>Kreisjugendamt Paderborn, Familienbildungsstätte, Hebammen, Kinderärzte, "
            "Kitas, Schwangerschaftsberatung</p>"
        ),
    },
    {
        "slug": "elternkurse-brueggen",
        "title": "Starke Eltern: Familienbildung in der Kita",
        "municipality": "Brüggen",
        "course": 4,
        "year": 2010,
        "status": "umgesetzt",
        "themes": ["bildung", "familienzentren"],
        "target_groups": ["familien-mit-kleinkindern"],
        "keywords": ["Familienbildung", "Elternkurs"],
        "summary": (
            "Elternkurse, Vätertreffs und Gesprächsabende direkt in den Kindertagesstätten: "
            "Die Gemeinde Brüggen bringt Familienbildung dorthin, wo Eltern ohnehin täglich "
            "hinkommen."
        ),
        "starting_situation": (
            "Die Kurse der Familienbildungsstätte in der Kreisstadt wurden von Brüggener "
            "Familien kaum besucht – die Wege waren zu weit, die Angebote zu wenig bekannt. "
            "Erzieherinnen berichteten von vielen Fragen der Eltern zu Erziehung, Sprache und "
            "Medien."
        ),
        "goals": (
            "Eltern von Kindern unter sechs Jahren sollen niedrigschwellig Bildungsangebote "
            "erhalten; auch Väter sollen erreicht werden."
        ),
        "approach": (
            "Gemeinsam mit der Familienbildungsstätte entstand ein Jahresprogramm für alle "
            "fünf Kitas der Gemeinde. Themen wählen die Eltern mit; Kinderbetreuung während "
            "der Kurse ist selbstverständlich."
        ),
        "results": (
            "Jährlich finden rund 30 Veranstaltungen statt, im Schnitt mit zwölf Teilnehmenden. "
            "Der Vätertreff am Samstagvormittag hat sich zum beliebtesten Angebot entwickelt."
        ),
        "lessons_learned": (
            "Abendtermine funktionieren schlechter als gedacht; besser sind Zeiten direkt nach "
            "dem Bringen oder vor dem Abholen. Die Erzieherinnen sind die wichtigsten "
            "Werberinnen."
        ),
        "partners": "<p>Familienbildungsstätte, Kita-Träger, Kreisjugendamt Viersen</p>",
    },
    {
        "slug": "familienleitbild-delbrueck",
        "title": "Ein familienpolitisches Leitbild für Delbrück",
        "municipality": "Delbrück",
        "course": 2,
        "year": 2008,
        "status": "verstetigt",
        "themes": ["familienpolitische-strategie", "demografischer-wandel"],
        "target_groups": ["verwaltung"],
        "keywords": ["Leitbild", "Bürgerbeteiligung"],
        "summary": (
            "Mit Bürgerinnen und Bürgern, Rat und Verwaltung entwickelte Delbrück ein "
            "familienpolitisches Leitbild mit überprüfbaren Zielen – die Grundlage aller "
            "familienfreundlichen Maßnahmen der Stadt."
        ),
        "starting_situation": (
            "Die wachsende Stadt hatte viele Einzelmaßnahmen für Familien, aber kein "
            "gemeinsames Ziel. Im Rat wurde über Prioritäten gestritten, die Verwaltung "
            "reagierte auf einzelne Anträge."
        ),
        "goals": (
            "Ein Leitbild, das sagt, wofür die Stadt in der Familienpolitik steht, und Ziele, "
            "an denen sich Haushalt und Planung messen lassen."
        ),
        "approach": (
            "In vier Bürgerforen und einer Online-Befragung wurden Wünsche gesammelt. Eine "
            "Lenkungsgruppe aus Ratsmitgliedern, Verwaltung und Trägern formulierte daraus sechs "
            "Leitsätze mit je drei Zielen."
        ),
        "results": (
            "Der Rat beschloss das Leitbild 2009 einstimmig. Seitdem berichtet die Verwaltung "
            "jährlich über den Stand der Ziele. Das Leitbild ist Teil der Demografiestrategie "
            "der Stadt."
        ),
        "lessons_learned": (
            "Ein Leitbild ohne Ziele und Bericht verstaubt in der Schublade. Die jährliche "
            "Berichtspflicht war der wichtigste Baustein."
        ),
        "partners": "<p>Ratsfraktionen, Wohlfahrtsverbände, Kirchengemeinden, Schulen, Vereine</p>",
    },
    {
        "slug": "generationentreff-ense",
        "title": "Generationentreff im alten Bahnhof",
        "municipality": "Ense",
        "course": 5,
        "year": 2012,
        "status": "verstetigt",
        "themes": ["demografischer-wandel", "pflege-von-angehoerigen"],
        "target_groups": ["seniorinnen-und-senioren", "familien-mit-kleinkindern"],
        "keywords": ["Mehrgenerationenhaus", "Ehrenamt"],
        "summary": (
            "Im leerstehenden Bahnhofsgebäude soll ein Treffpunkt für Jung und Alt entstehen: "
            "Krabbelgruppe am Vormittag, Mittagstisch für ältere Menschen, Beratung für "
            "pflegende Angehörige."
        ),
        "starting_situation": (
            "In den Ortsteilen der Gemeinde leben immer mehr ältere Menschen allein, während "
            "junge Familien zuziehen, ohne Großeltern in der Nähe zu haben. Es fehlt ein Ort, "
            "an dem sich die Generationen begegnen."
        ),
        "goals": (
            "Ein Generationentreff, der Seniorinnen und Senioren, junge Familien und pflegende "
            "Angehörige zusammenbringt und das Ehrenamt stärkt."
        ),
        "approach": (
            "Ein Förderverein wurde gegründet, ein Nutzungskonzept mit Vereinen und "
            "Kirchengemeinden abgestimmt. Der Umbau ist für 2013 geplant; bis dahin finden "
            "erste Angebote im Pfarrheim statt."
        ),
        "results": (
            "Der Rat hat der Nutzung des Gebäudes zugestimmt, Fördermittel sind beantragt. Ein "
            "Erzählcafé und eine Leihgroßeltern-Börse laufen bereits."
        ),
        "lessons_learned": (
            "Bauvorhaben dauern länger als Projekte – es lohnt sich, mit kleinen Angeboten "
            "schon vorher zu beginnen, damit das Interesse nicht erlahmt."
        ),
        "partners": "<p>Förderverein, Kirchengemeinden, Seniorenbeirat, Kreis Soest, Vereine</p>",
    },
    {
        "slug": "familienwegweiser-everswinkel",
        "title": "Familienwegweiser: alle Angebote auf einen Blick",
        "municipality": "Everswinkel",
        "course": 5,
        "year": 2011,
        "status": "umgesetzt",
        "themes": ["familienfreundliche-verwaltung", "vernetzung-und-kooperation"],
        "target_groups": ["familien-mit-kleinkindern", "zugewanderte"],
        "keywords": ["Familienwegweiser", "Broschüre"],
        "summary": (
            "Vom Babyschwimmen bis zur Schuldnerberatung: Der Familienwegweiser der Gemeinde "
            "Everswinkel bündelt alle Angebote für Familien in einem Heft und im Internet, auch "
            "in leichter Sprache."
        ),
        "starting_situation": (
            "Zugezogene Familien fanden sich schwer zurecht, und auch Alteingesessene kannten "
            "viele Angebote der Vereine und Träger nicht."
        ),
        "goals": (
            "Eine aktuelle, verständliche Übersicht aller Angebote für Familien – gedruckt und "
            "online, auch für Familien, die wenig Deutsch sprechen."
        ),
        "approach": (
            "Alle Vereine, Kitas, Schulen und Beratungsstellen wurden angeschrieben. Das "
            "Familienbüro pflegt die Einträge und verschickt einmal im Jahr eine "
            "Aktualisierungsbitte."
        ),
        "results": (
            "Der Wegweiser mit über 150 Einträgen liegt im Rathaus, bei Ärzten und in Kitas aus "
            "und wird jedem neugeborenen Kind mitgebracht."
        ),
        "lessons_learned": (
            "Die Aktualisierung ist die eigentliche Arbeit. Ohne feste Zuständigkeit im Rathaus "
            "veraltet ein Wegweiser in einem Jahr."
        ),
        "partners": "<p>Vereine, Kitas, Schulen, Kirchengemeinden, Kreis Warendorf</p>",
    },
    {
        "slug": "jugendforum-finnentrop",
        "title": "Jugendforum: Jugendliche reden mit",
        "municipality": "Finnentrop",
        "course": 3,
        "year": 2009,
        "status": "verstetigt",
        "themes": ["jugend"],
        "target_groups": ["jugendliche"],
        "keywords": ["Jugendparlament", "Beteiligung"],
        "summary": (
            "Zweimal im Jahr lädt die Gemeinde Finnentrop Jugendliche ins Rathaus ein. Im "
            "Jugendforum bringen sie ihre Anliegen vor – von Busverbindungen bis zum Skatepark "
            "– und erhalten verbindliche Antworten."
        ),
        "starting_situation": (
            "Jugendliche in den Dörfern der Gemeinde fühlten sich von der Politik übersehen. "
            "Viele wollten nach der Schule wegziehen."
        ),
        "goals": (
            "Jugendliche sollen erleben, dass ihre Stimme zählt, und an Entscheidungen, die sie "
            "betreffen, beteiligt werden."
        ),
        "approach": (
            "Schulen und Jugendtreffs bereiten das Forum vor. Im Rathaus diskutieren die "
            "Jugendlichen mit Bürgermeister und Ausschussvorsitzenden; die Verwaltung berichtet "
            "beim nächsten Forum, was aus den Anliegen geworden ist."
        ),
        "results": (
            "Ein Nachtbus am Wochenende und ein Skatepark gehen auf das Jugendforum zurück. "
            "Pro Forum kommen rund 60 Jugendliche."
        ),
        "lessons_learned": (
            "Verbindlichkeit ist alles: Wenn Anliegen versanden, bleiben die Jugendlichen weg. "
            "Die Rückmeldung beim nächsten Forum ist deshalb fester Tagesordnungspunkt."
        ),
        "partners": "<p>Schulen, Jugendtreffs, Kreisjugendamt Olpe, Verkehrsbetrieb</p>",
    },
    {
        "slug": "familiensporttag-gescher",
        "title": "Familiensporttag und bewegte Wochenenden",
        "municipality": "Gescher",
        "course": 4,
        "year": 2010,
        "status": "beendet",
        "themes": ["freizeit-kultur-und-sport"],
        "target_groups": ["schulkinder", "familien-mit-kleinkindern"],
        "keywords": ["Sportverein", "Bewegung"],
        "summary": (
            "Ein jährlicher Familiensporttag und monatliche Bewegungsangebote am Wochenende "
            "brachten Familien in Gescher in die Sportvereine. Nach drei Jahren übernahmen die "
            "Vereine die Angebote selbst."
        ),
        "starting_situation": (
            "Die Schuleingangsuntersuchungen zeigten bei vielen Kindern Bewegungsmangel. "
            "Sportvereine verloren Mitglieder und suchten neue Wege, Familien anzusprechen."
        ),
        "goals": (
            "Familien sollten gemeinsam Sport erleben und den Weg in die Vereine finden; die "
            "Vereine sollten familienfreundlicher werden."
        ),
        "approach": (
            "Stadt, Stadtsportverband und Schulen organisierten einen Familiensporttag mit 20 "
            "Stationen. An einem Sonntag im Monat öffneten die Vereine ihre Hallen für Eltern "
            "und Kinder gemeinsam."
        ),
        "results": (
            "Über 1.500 Besucherinnen und Besucher kamen zum ersten Familiensporttag. Die "
            "beteiligten Vereine gewannen über 100 neue Mitglieder, darunter viele Eltern. Das "
            "Projekt endete planmäßig 2012; die Vereine führen die Familiensonntage fort."
        ),
        "lessons_learned": (
            "Die Vereine müssen früh Verantwortung übernehmen, damit das Projekt nach der "
            "Anschubphase weiterläuft. Familienbeiträge statt Einzelbeiträge helfen sehr."
        ),
        "partners": "<p>Stadtsportverband, Sportvereine, Grundschulen, Krankenkasse</p>",
    },
    {
        "slug": "regionalnetzwerk-familie-beruf-kleinbetriebe",
        "title": "Regionales Netzwerk Familie, Beruf und Kleinbetriebe im Münsterland",
        "municipality": "Kreis Borken",
        "course": 5,
        "year": 2011,
        "status": "beendet",
        "archived": True,
        "archived_note": (
            "Das Netzwerk hat seine Arbeit 2013 beendet. Die Seite bleibt zur Information "
            "online, wird aber nicht mehr aktualisiert."
        ),
        "themes": ["vereinbarkeit-von-familie-und-beruf", "vernetzung-und-kooperation"],
        "target_groups": ["unternehmen", "alleinerziehende"],
        "keywords": ["Kleinbetriebe", "Handwerk", "Münsterland"],
        "summary": (
            "Ein regionales Netzwerk half Handwerksbetrieben und kleinen Unternehmen im "
            "Münsterland, familienfreundliche Lösungen zu finden – mit Beratung, "
            "Betriebsbesuchen und einem Austausch der Inhaberinnen und Inhaber."
        ),
        "starting_situation": (
            "Kleine Betriebe mit weniger als 20 Beschäftigten haben keine Personalabteilung. "
            "Familienfreundliche Maßnahmen großer Unternehmen passten nicht zu ihnen, obwohl "
            "sie im Wettbewerb um Fachkräfte stehen."
        ),
        "goals": (
            "Kleinbetriebe sollten einfache, passende Lösungen für die Vereinbarkeit von "
            "Familie und Beruf kennenlernen und sich gegenseitig unterstützen."
        ),
        "approach": (
            "Der Kreis Borken baute mit der Kreishandwerkerschaft und Nachbarkreisen ein "
            "Netzwerk auf. Eine Beraterin besuchte Betriebe, Stammtische für Inhaberinnen und "
            "Inhaber fanden reihum statt. Gute Beispiele wurden in einer Broschüre "
            "veröffentlicht."
        ),
        "results": (
            "Über 90 Betriebe nahmen teil. Typische Lösungen: Arbeitszeitkonten, Absprachen "
            "zur Ferienbetreuung zwischen Nachbarbetrieben und Teilzeit in der Ausbildung."
        ),
        "lessons_learned": (
            "Inhaberinnen und Inhaber haben wenig Zeit; Betriebsbesuche wirkten besser als "
            "Veranstaltungen. Nach dem Ende der Projektförderung fand sich kein Träger für die "
            "Fortführung."
        ),
        "partners": (
            "<p>Kreishandwerkerschaft, Industrie- und Handelskammer, Wirtschaftsförderung, "
            "Nachbarkreise im Münsterland, Agentur für Arbeit</p>"
        ),
    },
    {
        "slug": "ganztag-qualitaetszirkel-lage",
        "title": "Qualitätszirkel Offene Ganztagsschule",
        "municipality": "Lage",
        "course": 4,
        "year": 2010,
        "status": "verstetigt",
        "themes": ["bildung", "kinderbetreuung"],
        "target_groups": ["schulkinder"],
        "keywords": ["Offene Ganztagsschule", "Qualitätsentwicklung"],
        "summary": (
            "Lehrkräfte, Betreuungskräfte und Eltern aller Offenen Ganztagsschulen in Lage "
            "arbeiten in einem Qualitätszirkel an gemeinsamen Standards für Mittagessen, "
            "Hausaufgabenbetreuung und Ferienangebote."
        ),
        "starting_situation": (
            "Die Qualität der Nachmittagsbetreuung unterschied sich stark von Schule zu Schule. "
            "Eltern beklagten wechselndes Personal und fehlende Absprachen zwischen Schule und "
            "Betreuung."
        ),
        "goals": (
            "Gemeinsame Qualitätsstandards für alle Offenen Ganztagsschulen, bessere "
            "Zusammenarbeit von Schule und Jugendhilfe und verlässliche Bildungsangebote am "
            "Nachmittag."
        ),
        "approach": (
            "Der Qualitätszirkel trifft sich viermal im Jahr. Jede Schule bearbeitet ein "
            "Schwerpunktthema und stellt die Ergebnisse den anderen vor. Eine Elternbefragung "
            "alle zwei Jahre misst die Zufriedenheit."
        ),
        "results": (
            "Ein Qualitätshandbuch mit zehn Standards gilt an allen Schulen. Die Zufriedenheit "
            "der Eltern stieg deutlich, besonders bei der Hausaufgabenbetreuung."
        ),
        "lessons_learned": (
            "Schulleitungen müssen die Zeit für den Zirkel freigeben. Hilfreich war eine "
            "neutrale Moderation durch die Familienbeauftragte."
        ),
        "partners": "<p>Grundschulen, Träger der Ganztagsbetreuung, Schulamt, "
        "Elternvertretungen</p>",
    },
    {
        "slug": "verbundfamilienzentrum-raesfeld",
        "title": "Verbund-Familienzentrum im ländlichen Raum",
        "municipality": "Raesfeld",
        "course": 5,
        "year": 2011,
        "status": "umgesetzt",
        "themes": ["familienzentren", "kinderbetreuung"],
        "target_groups": ["familien-mit-kleinkindern", "alleinerziehende"],
        "keywords": ["Familienzentrum", "Kita-Verbund"],
        "summary": (
            "Drei kleine Kindertagesstätten in Raesfeld und seinen Ortsteilen bilden gemeinsam "
            "ein Familienzentrum: Beratung, Familienbildung und Betreuung werden reihum "
            "angeboten."
        ),
        "starting_situation": (
            "Keine der Kitas war groß genug, um allein ein Familienzentrum zu tragen. Die "
            "Familien in den Ortsteilen sollten aber nicht schlechter gestellt sein als in der "
            "Stadt."
        ),
        "goals": (
            "Ein gemeinsames Familienzentrum, das allen Familien in der Gemeinde offensteht, "
            "ohne dass eine Kita ihr eigenes Profil aufgeben muss."
        ),
        "approach": (
            "Die Leitungen der drei Kitas bildeten ein Koordinationsteam, unterstützt von der "
            "Familienmanagerin. Ein gemeinsames Halbjahresprogramm verteilt die Angebote auf die "
            "Standorte; eine Erziehungsberaterin kommt im Wechsel."
        ),
        "results": (
            "Das Verbund-Familienzentrum wurde 2012 anerkannt. Die Elternberatung wird an allen "
            "drei Standorten genutzt, der gemeinsame Babytreff ist ausgebucht."
        ),
        "lessons_learned": (
            "Unterschiedliche Träger haben unterschiedliche Regeln – eine schriftliche "
            "Kooperationsvereinbarung schafft Klarheit. Fahrdienste für Familien ohne Auto "
            "sind auf dem Land unverzichtbar."
        ),
        "partners": "<p>Drei Kita-Träger, Kreisjugendamt Borken, Caritas, "
        "Familienbildungsstätte</p>",
    },
    {
        "slug": "leihgrosseltern-roedinghausen",
        "title": "Leihgroßeltern: Generationen verbinden",
        "municipality": "Rödinghausen",
        "course": 2,
        "year": 2008,
        "status": "umgesetzt",
        "themes": ["demografischer-wandel", "vernetzung-und-kooperation"],
        "target_groups": ["seniorinnen-und-senioren", "familien-mit-kleinkindern"],
        "keywords": ["Leihgroßeltern", "Ehrenamt", "Generationen"],
        "summary": (
            "Ältere Menschen ohne Enkel in der Nähe und junge Familien ohne Großeltern am Ort "
            "finden in Rödinghausen zueinander: Die Leihgroßeltern-Börse vermittelt "
            "Patenschaften zwischen den Generationen."
        ),
        "starting_situation": (
            "Viele junge Familien sind zugezogen, ihre Eltern leben weit entfernt. Gleichzeitig "
            "suchen aktive Seniorinnen und Senioren eine sinnvolle Aufgabe."
        ),
        "goals": (
            "Verlässliche Beziehungen zwischen Jung und Alt, Entlastung für Eltern und "
            "Teilhabe für ältere Menschen."
        ),
        "approach": (
            "Das Familienbüro führt Kennenlerngespräche mit beiden Seiten und vermittelt "
            "passende Paare. Regelmäßige Treffen der Leihgroßeltern dienen dem Austausch und der "
            "Fortbildung, etwa zu Erster Hilfe am Kind."
        ),
        "results": (
            "Bisher sind 28 Patenschaften entstanden, einige bestehen seit vielen Jahren. Mehrere "
            "Leihgroßeltern engagieren sich inzwischen auch als Lesepaten in der Grundschule."
        ),
        "lessons_learned": (
            "Gute Vermittlung braucht Zeit – lieber wenige passende Paare als viele, die nach "
            "kurzer Zeit enden. Klare Absprachen schützen beide Seiten vor Überforderung."
        ),
        "partners": "<p>Seniorenbeirat, Kirchengemeinden, Kitas, Grundschule, Kreis Herford</p>",
    },
    {
        "slug": "sprachpaten-sassenberg",
        "title": "Sprachpatenschaften für Kinder und Eltern",
        "municipality": "Sassenberg",
        "course": 5,
        "year": 2011,
        "status": "umgesetzt",
        "themes": ["bildung", "kinderbetreuung"],
        "target_groups": ["zugewanderte", "familien-mit-kleinkindern"],
        "keywords": ["Sprachförderung", "Integration", "Ehrenamt"],
        "summary": (
            "Ehrenamtliche Sprachpatinnen und Sprachpaten begleiten zugewanderte Familien in "
            "Sassenberg: Sie lesen mit den Kindern in der Kita vor und üben mit den Eltern "
            "Alltagsdeutsch."
        ),
        "starting_situation": (
            "In zwei Kindertagesstätten sprach fast die Hälfte der Kinder zu Hause kein Deutsch. "
            "Die Eltern wollten ihre Kinder unterstützen, fanden aber selbst kaum Zugang zu "
            "Sprachkursen."
        ),
        "goals": (
            "Kinder sollen mit guten Deutschkenntnissen in die Schule starten; Eltern sollen "
            "sicherer im Alltag werden und mit Kita und Schule sprechen können."
        ),
        "approach": (
            "Die Volkshochschule schulte 25 Ehrenamtliche. Jede Patin betreut eine Familie, "
            "einmal pro Woche in der Kita und bei Bedarf zu Hause. Ein monatliches Elterncafé "
            "ergänzt das Angebot."
        ),
        "results": (
            "Die Sprachstandserhebungen vor der Einschulung fielen besser aus als in den "
            "Vorjahren. Mehrere Mütter besuchen inzwischen einen Integrationskurs."
        ),
        "lessons_learned": (
            "Ehrenamtliche brauchen feste Ansprechpersonen und Anerkennung. Dolmetschende für "
            "das erste Gespräch erleichtern den Start sehr."
        ),
        "partners": "<p>Volkshochschule, Kitas, Integrationsbeauftragte des Kreises Warendorf</p>",
    },
    {
        "slug": "familienaudit-schwalmtal",
        "title": "Familiengerechte Gemeinde: der Audit-Prozess",
        "municipality": "Schwalmtal",
        "course": 1,
        "year": 2007,
        "status": "beendet",
        "archived": True,
        "themes": ["familienpolitische-strategie", "familienfreundliche-verwaltung"],
        "target_groups": ["verwaltung"],
        "keywords": ["Audit", "Zertifikat"],
        "summary": (
            "Schwalmtal durchlief als eine der ersten Gemeinden am Niederrhein einen "
            "Audit-Prozess zur familiengerechten Kommune. Das Projekt ist abgeschlossen; die "
            "Ziele sind in die Gemeindeentwicklung eingeflossen."
        ),
        "starting_situation": (
            "Die Gemeinde wollte ihre Familienpolitik systematisch überprüfen und sich "
            "von außen begleiten lassen."
        ),
        "goals": (
            "Eine Bestandsaufnahme aller familienbezogenen Angebote und ein Handlungsprogramm "
            "mit Zielen für drei Jahre."
        ),
        "approach": (
            "In Workshops mit Verwaltung, Politik, Vereinen und Eltern wurden Stärken und "
            "Lücken erarbeitet. Eine externe Auditorin begleitete den Prozess."
        ),
        "results": (
            "Von 24 Maßnahmen des Handlungsprogramms wurden 19 umgesetzt, darunter ein "
            "Spielplatzkonzept und verlängerte Öffnungszeiten im Bürgerbüro."
        ),
        "lessons_learned": (
            "Der Audit-Prozess bindet viel Arbeitszeit. Er lohnt sich, wenn die Ergebnisse "
            "anschließend in die reguläre Planung übergehen und nicht an das Zertifikat "
            "gebunden bleiben."
        ),
        "partners": "<p>Gemeinderat, Vereine, Elternvertretungen, Kreis Viersen</p>",
    },
    {
        "slug": "jugendhaus-straelen",
        "title": "Jugendhaus und mobile Jugendarbeit",
        "municipality": "Straelen",
        "course": 2,
        "year": 2008,
        "status": "verstetigt",
        "themes": ["jugend", "freizeit-kultur-und-sport"],
        "target_groups": ["jugendliche", "zugewanderte"],
        "keywords": ["Jugendhaus", "Streetwork"],
        "summary": (
            "Straelen verbindet das offene Jugendhaus mit mobiler Jugendarbeit: Fachkräfte gehen "
            "dorthin, wo sich junge Menschen treffen, und holen sie ins Jugendzentrum."
        ),
        "starting_situation": (
            "Viele Jugendliche, darunter Kinder von Saisonarbeitskräften, erreichte das "
            "Jugendhaus nicht. Am Marktplatz und an den Schulen gab es Konflikte."
        ),
        "goals": (
            "Jugendliche dort erreichen, wo sie sind, Konflikte im öffentlichen Raum entschärfen "
            "und das Jugendhaus für neue Gruppen öffnen."
        ),
        "approach": (
            "Zwei Fachkräfte arbeiten an drei Abenden pro Woche aufsuchend. Das Jugendhaus "
            "bietet Sport, Musik und Hausaufgabenhilfe an; Jugendliche gestalten das "
            "Programm mit."
        ),
        "results": (
            "Die Besucherzahl im Jugendhaus hat sich verdoppelt. Beschwerden über Lärm am "
            "Marktplatz gingen deutlich zurück."
        ),
        "lessons_learned": (
            "Mobile Jugendarbeit braucht Kontinuität: Ein Personalwechsel kostet Monate an "
            "Vertrauen. Mehrsprachige Fachkräfte sind ein großer Vorteil."
        ),
        "partners": "<p>Jugendamt, Polizei, Schulen, Sportvereine, Kreis Kleve</p>",
    },
    {
        "slug": "grosstagespflege-swisttal",
        "title": "Großtagespflege für Kinder unter drei Jahren",
        "municipality": "Swisttal",
        "course": 3,
        "year": 2009,
        "status": "verstetigt",
        "themes": ["kinderbetreuung"],
        "target_groups": ["familien-mit-kleinkindern"],
        "keywords": ["U3-Ausbau", "Kindertagespflege"],
        "summary": (
            "Um schnell mehr Betreuungsplätze für Kinder unter drei Jahren zu schaffen, "
            "unterstützt Swisttal Tagesmütter, die sich in gemeinsamen Räumen zu "
            "Großtagespflegestellen zusammenschließen."
        ),
        "starting_situation": (
            "Der Rechtsanspruch auf einen Betreuungsplatz für unter Dreijährige rückte näher, "
            "der Bau neuer Kitas dauerte jedoch Jahre. Die Wartelisten wurden länger."
        ),
        "goals": (
            "Kurzfristig 40 zusätzliche Plätze für Kinder unter drei Jahren in familiennaher "
            "Betreuung schaffen."
        ),
        "approach": (
            "Die Gemeinde stellte Räume in einem ehemaligen Schulgebäude und in einem "
            "Dorfgemeinschaftshaus zur Verfügung. Das Jugendamt qualifizierte und begleitet die "
            "Tagespflegepersonen."
        ),
        "results": (
            "Vier Großtagespflegestellen mit insgesamt 36 Plätzen sind entstanden. Die "
            "Zufriedenheit der Eltern ist hoch, viele schätzen die kleinen Gruppen."
        ),
        "lessons_learned": (
            "Brandschutz und Räume waren die größten Hürden. Ein fester Ansprechpartner im "
            "Bauamt hat die Genehmigungen beschleunigt."
        ),
        "partners": "<p>Jugendamt des Rhein-Sieg-Kreises, Tagespflegeverein, Bauamt</p>",
    },
    {
        "slug": "pflegende-angehoerige-wetter",
        "title": "Entlastung für pflegende Angehörige",
        "municipality": "Wetter (Ruhr)",
        "course": 3,
        "year": 2009,
        "status": "umgesetzt",
        "themes": ["pflege-von-angehoerigen"],
        "target_groups": ["pflegende-angehoerige", "seniorinnen-und-senioren"],
        "keywords": ["Angehörigenpflege", "Demenz", "Gesprächskreis"],
        "summary": (
            "Gesprächskreise, ein Betreuungscafé für Menschen mit Demenz und eine Pflegebörse "
            "entlasten in Wetter (Ruhr) Familien, die ihre Angehörigen zu Hause pflegen."
        ),
        "starting_situation": (
            "Die meisten pflegebedürftigen älteren Menschen werden von Angehörigen versorgt, "
            "häufig von Töchtern und Schwiegertöchtern, die selbst berufstätig sind. Viele "
            "fühlten sich erschöpft und allein gelassen."
        ),
        "goals": (
            "Pflegende Angehörige sollen Zeit für sich gewinnen, sich austauschen und Hilfe "
            "annehmen können, bevor sie selbst krank werden."
        ),
        "approach": (
            "Mit der Seniorenberatung und den Wohlfahrtsverbänden entstanden ein monatlicher "
            "Gesprächskreis und ein wöchentliches Betreuungscafé. Eine Pflegebörse vermittelt "
            "Ehrenamtliche für stundenweise Entlastung."
        ),
        "results": (
            "Der Gesprächskreis hat einen festen Kern von 15 Angehörigen. Das Betreuungscafé "
            "wird von zwölf Gästen mit Demenz besucht; ihre Angehörigen nutzen die Zeit für "
            "Erledigungen und Erholung."
        ),
        "lessons_learned": (
            "Pflegende Angehörige sehen sich selbst oft nicht als Zielgruppe. Ansprache über "
            "Hausärzte und Apotheken funktionierte besser als Plakate."
        ),
        "partners": (
            "<p>Seniorenberatung, Diakonie, Caritas, Hausarztpraxen, Pflegestützpunkt des "
            "Ennepe-Ruhr-Kreises</p>"
        ),
    },
    {
        "slug": "bildungskonferenz-kreis-euskirchen",
        "title": "Kreisweite Bildungs- und Familienkonferenz",
        "municipality": "Kreis Euskirchen",
        "course": 4,
        "year": 2013,
        "status": "verstetigt",
        "themes": ["bildung", "vernetzung-und-kooperation", "familienberichterstattung"],
        "target_groups": ["verwaltung", "schulkinder"],
        "keywords": ["Bildungskonferenz", "Bildungsnetzwerk"],
        "summary": (
            "Der Kreis Euskirchen plant eine jährliche Bildungs- und Familienkonferenz, auf der "
            "Kreis, Städte und Gemeinden, Schulen und Träger ihre Bildungsplanung abstimmen."
        ),
        "starting_situation": (
            "Bildungsangebote für Kinder, Jugendliche und Erwachsene werden im Kreis von vielen "
            "Stellen verantwortet. Ein gemeinsamer Überblick und abgestimmte Ziele fehlen."
        ),
        "goals": (
            "Eine gemeinsame Bildungsstrategie für den Kreis, gestützt auf einen regelmäßigen "
            "Bildungs- und Familienbericht."
        ),
        "approach": (
            "Eine Steuerungsgruppe bereitet die erste Konferenz vor. Vorab werden vorhandene "
            "Daten zu Kinderbetreuung, Schulabschlüssen und Weiterbildung zusammengetragen."
        ),
        "results": (
            "Die Steuerungsgruppe hat sich konstituiert, die erste Konferenz ist für den Herbst "
            "geplant. Elf Kommunen haben ihre Teilnahme zugesagt."
        ),
        "lessons_learned": (
            "Schon die Vorbereitung zeigt: Die Kommunen wollen mitgestalten, nicht nur "
            "informiert werden. Die Tagesordnung wird deshalb gemeinsam festgelegt."
        ),
        "partners": (
            "<p>Städte und Gemeinden im Kreis Euskirchen, Schulamt, Volkshochschule, "
            "Kita-Träger, Agentur für Arbeit</p>"
        ),
    },
    {
        "slug": "familienfreundliche-innenstadt-hoexter",
        "title": "Familienfreundliche Innenstadt: Still- und Wickelplätze",
        "municipality": "Höxter",
        "course": 1,
        "year": 2007,
        "status": "beendet",
        "archived": True,
        "themes": ["familienfreundliche-verwaltung", "freizeit-kultur-und-sport"],
        "target_groups": ["familien-mit-kleinkindern"],
        "keywords": ["Innenstadt", "Einzelhandel", "Wickelraum"],
        "summary": (
            "Gemeinsam mit dem Einzelhandel richtete Höxter in der Innenstadt Still- und "
            "Wickelplätze ein und markierte sie mit einem Aufkleber. Das Projekt ist "
            "abgeschlossen."
        ),
        "starting_situation": (
            "Eltern mit Babys fanden in der Innenstadt kaum Orte zum Wickeln oder Stillen. Der "
            "Einzelhandel suchte nach Wegen, Familien als Kundschaft zu halten."
        ),
        "goals": (
            "Ein Netz von Still- und Wickelplätzen in Geschäften, Cafés und öffentlichen "
            "Gebäuden, erkennbar an einem einheitlichen Zeichen."
        ),
        "approach": (
            "Die Stadt sprach Geschäfte an, stellte Wickelauflagen zur Verfügung und gab einen "
            "Stadtplan mit allen Plätzen heraus."
        ),
        "results": (
            "22 Geschäfte und Einrichtungen machten mit. Der Stadtplan wurde später in den "
            "allgemeinen Familienwegweiser übernommen."
        ),
        "lessons_learned": (
            "Inhaberwechsel im Einzelhandel lassen Plätze verschwinden – die Liste muss "
            "jährlich überprüft werden."
        ),
        "partners": "<p>Werbegemeinschaft, Einzelhandel, Stadtbücherei, Hebammen</p>",
    },
    {
        "slug": "kita-ausbau-herne-sportkita",
        "title": "Bewegungskita: Kindertagesstätte und Sportverein unter einem Dach",
        "municipality": "Herne",
        "course": 4,
        "year": 2010,
        "status": "umgesetzt",
        "authors": "Yvonne Markowski",
        "themes": ["kinderbetreuung", "freizeit-kultur-und-sport"],
        "target_groups": ["familien-mit-kleinkindern"],
        "keywords": ["Bewegungskita", "Sportverein", "Kita"],
        "summary": (
            "In Herne betreibt ein Sportverein gemeinsam mit einem Kita-Träger eine "
            "Bewegungskita: tägliche Bewegungszeiten in der Vereinshalle und Sportangebote für "
            "die ganze Familie."
        ),
        "starting_situation": (
            "Im Stadtteil fehlten Betreuungsplätze, und viele Kinder hatten wenig Gelegenheit "
            "zu Bewegung. Der Sportverein hatte freie Hallenzeiten am Vormittag."
        ),
        "goals": (
            "Zusätzliche Kita-Plätze schaffen und Bewegung zum festen Bestandteil des "
            "Kita-Alltags machen."
        ),
        "approach": (
            "Die Stadt vermittelte zwischen Verein und Träger, ein Anbau an das Vereinsheim "
            "wurde mit Landesmitteln für den U3-Ausbau finanziert."
        ),
        "results": (
            "Die Bewegungskita bietet 50 Plätze, davon 15 für Kinder unter drei Jahren. Viele "
            "Familien sind inzwischen auch Mitglied im Verein."
        ),
        "lessons_learned": (
            "Zwei Träger mit unterschiedlichen Kulturen brauchen klare Rollen. Ein gemeinsamer "
            "Beirat hat sich bewährt."
        ),
        "partners": "<p>Sportverein, Kita-Träger, Jugendamt, Stadtsportbund</p>",
    },
]
