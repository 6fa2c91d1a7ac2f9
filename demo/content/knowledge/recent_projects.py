"""Practice projects of the later courses (2018–2026): the network as it works today.

Same shape as `project_texts.PROJECTS`, plus `contact`: the family manager of that course who
wrote the practice paper (see `vocabularies.RECENT_MANAGERS`). People and figures are invented;
the legal facts (the right to all-day care at primary schools from August 2026) are real.
"""

# ruff: noqa: E501

RECENT_PROJECTS = [
    {
        "slug": "kita-verbund-gewerbegebiet-delbrueck",
        "title": "Betriebe teilen sich Kita-Plätze: ein Verbund im Gewerbegebiet",
        "municipality": "Delbrück",
        "course": 12,
        "year": 2018,
        "status": "verstetigt",
        "contact": "Martin Schöning",
        "themes": ["vereinbarkeit-von-familie-und-beruf", "kinderbetreuung"],
        "target_groups": ["unternehmen", "familien-mit-kleinkindern"],
        "keywords": ["Belegplätze", "Betriebskita", "Fachkräftesicherung"],
        "summary": (
            "Für eine eigene Betriebskita waren die Firmen im Gewerbegebiet zu klein. Gemeinsam "
            "mit der Stadt und einem Kita-Träger haben elf Betriebe Belegplätze in einer neuen "
            "Kita am Rand des Gewerbegebiets finanziert."
        ),
        "starting_situation": (
            "Im Gewerbegebiet arbeiten rund 2.500 Menschen in kleinen und mittleren Betrieben, "
            "viele im Schichtdienst. Die Unternehmen suchten Fachkräfte und verloren junge Mütter "
            "und Väter, weil die Kitas im Ort um 16 Uhr schlossen und keine Plätze für Kinder "
            "unter drei Jahren frei waren.\n\n"
            "Eine Betriebskita hatte ein großer Betrieb geprüft und verworfen: zu teuer, zu wenige "
            "Kinder aus dem eigenen Haus."
        ),
        "goals": (
            "Mindestens 20 Plätze für Kinder von Beschäftigten, davon die Hälfte für Kinder unter "
            "drei Jahren, mit Öffnungszeiten von 6 bis 18 Uhr. Die Betriebe sollten sich die Kosten "
            "teilen, und auch Kinder aus dem Ort sollten die Kita besuchen können, damit sie in "
            "den Kita-Bedarfsplan der Stadt passt."
        ),
        "approach": (
            "<ol><li>Umfrage in 30 Betrieben: Wie viele Beschäftigte brauchen wann einen Platz?</li>"
            "<li>Frühstückstreffen der Geschäftsführungen mit Wirtschaftsförderung und "
            "Jugendamt</li>"
            "<li>Ausschreibung für einen Träger, der die Kita baut und betreibt</li>"
            "<li>Ein Kooperationsvertrag: Jeder Betrieb kauft Belegplätze für fünf Jahre</li>"
            "<li>Ein Beirat aus Betrieben, Träger, Eltern und Stadt, der sich zweimal im Jahr "
            "trifft</li></ol>"
        ),
        "results": (
            "Die Kita mit vier Gruppen hat im August 2018 eröffnet. Elf Betriebe haben zusammen 26 "
            "Belegplätze gekauft, die übrigen Plätze vergibt die Stadt. Die Randzeiten werden vor "
            "allem von Eltern aus der Produktion genutzt.\n\n"
            "2023 haben alle Betriebe ihre Verträge verlängert; drei weitere sind "
            "hinzugekommen."
        ),
        "lessons_learned": (
            "Die Geschäftsführungen wollten Zahlen sehen, keine Konzepte: Die Umfrage in den "
            "Betrieben war deshalb der wichtigste Schritt. Ein Vertrag über fünf Jahre gibt dem "
            "Träger Sicherheit, ist für kleine Betriebe aber eine Hürde; wir haben halbe "
            "Belegplätze zugelassen. Die Wirtschaftsförderung gehört von Anfang an an den "
            "Tisch."
        ),
        "partners": (
            "<p>Wirtschaftsförderung und Jugendamt der Stadt, elf Betriebe des Gewerbegebiets, "
            "ein freier Kita-Träger, Unternehmerverein, Elternbeirat der Kita</p>"
        ),
    },
    {
        "slug": "familienbuero-pandemie-sassenberg",
        "title": "Familienbüro in der Pandemie: Beratung am Telefon, Lernpaten im Netz",
        "municipality": "Sassenberg",
        "course": 14,
        "year": 2020,
        "status": "umgesetzt",
        "contact": "Carina Wessels",
        "themes": ["bildung", "familienfreundliche-verwaltung"],
        "target_groups": ["schulkinder", "alleinerziehende"],
        "keywords": ["Corona", "Lernpaten", "Distanzunterricht"],
        "summary": (
            "Als Schulen und Kitas im Frühjahr 2020 schlossen, verlegte das Familienbüro "
            "Sassenberg seine Beratung ans Telefon und vermittelte Lernpatinnen und Lernpaten, "
            "die Kinder beim Distanzunterricht begleiteten."
        ),
        "starting_situation": (
            "Mit dem ersten Lockdown fielen Kita, Schule, Sportverein und Großeltern auf einmal "
            "weg. Im Familienbüro riefen Eltern an, die zu Hause arbeiten und gleichzeitig "
            "Arbeitsblätter erklären sollten; manche Familien hatten nur ein Handy für drei "
            "Kinder.\n\n"
            "Gleichzeitig meldeten sich Studierende und Menschen im Ruhestand, die helfen wollten, "
            "aber nicht wussten, wo."
        ),
        "goals": (
            "Familien sollten auch ohne persönliche Termine eine Ansprechperson haben, jeden "
            "Werktag. Kinder, die zu Hause keine Hilfe beim Lernen hatten, sollten eine "
            "Lernpatin oder einen Lernpaten bekommen, und Familien ohne Geräte sollten ein "
            "Leihgerät erhalten."
        ),
        "approach": (
            "<ul><li>Telefonsprechstunde des Familienbüros jeden Werktag von 8 bis 18 Uhr, "
            "bekannt gemacht über Schulen, Kitas und die Lokalzeitung</li>"
            "<li>Vermittlung von Lernpatenschaften per Videogespräch, mit einer kurzen "
            "Einführung in Kinderschutz und Datenschutz</li>"
            "<li>40 Leihgeräte, gespendet von Betrieben, verteilt über die Schulen</li>"
            "<li>Wöchentliche Abstimmung mit Schulleitungen und Jugendamt per Video</li></ul>"
        ),
        "results": (
            "In den ersten drei Monaten führte das Familienbüro mehr als 600 Telefongespräche. 54 "
            "Kinder hatten eine Lernpatenschaft, viele bis zum Ende des Schuljahres. Alle 40 "
            "Leihgeräte waren innerhalb einer Woche vergeben.\n\n"
            "Die Telefonsprechstunde am Abend und die Lernpatenschaften gibt es bis heute; die "
            "Schulen haben die Leihgeräte später in ihren Bestand übernommen."
        ),
        "lessons_learned": (
            "In der Krise hat geholfen, dass das Familienbüro die Schulleitungen schon kannte. "
            "Kurze Wege waren wichtiger als perfekte Konzepte. Schwierig war es, Familien zu "
            "erreichen, die weder Zeitung lesen noch E-Mails bekommen: Hier halfen die "
            "Klassenlehrerinnen und ein Aushang im Supermarkt. Ehrenamtliche brauchen auch per "
            "Video eine feste Ansprechperson."
        ),
        "partners": (
            "<p>Grundschulen und weiterführende Schulen der Stadt, Jugendamt des Kreises "
            "Warendorf, Kitas, Betriebe als Spender der Leihgeräte, Studierende und Ehrenamtliche "
            "als Lernpatinnen und Lernpaten</p>"
        ),
    },
    {
        "slug": "netzwerk-alleinerziehende-dortmund",
        "title": "Netzwerk Alleinerziehende im Stadtbezirk",
        "municipality": "Dortmund",
        "course": 16,
        "year": 2022,
        "status": "verstetigt",
        "contact": "Sven Kowalski",
        "themes": ["vereinbarkeit-von-familie-und-beruf", "vernetzung-und-kooperation"],
        "target_groups": ["alleinerziehende", "familien-mit-kleinkindern"],
        "keywords": ["Alleinerziehende", "Notfallbetreuung", "Jobcenter"],
        "summary": (
            "Eine Sprechstunde, ein Notfallpool für die Kinderbetreuung und ein fester Tisch mit "
            "Jobcenter, Familienbildung und Arbeitgebern: Im Stadtbezirk finden Alleinerziehende "
            "Hilfe an einem Ort."
        ),
        "starting_situation": (
            "In unserem Stadtbezirk wächst fast jedes dritte Kind bei nur einem Elternteil auf. "
            "Nach der Pandemie meldeten die Familienzentren, dass gerade Alleinerziehende den "
            "Anschluss an Arbeit und Weiterbildung verloren hatten. Beratung gab es genug – beim "
            "Jobcenter, bei zwei Wohlfahrtsverbänden, in der Familienbildung –, aber niemand "
            "wusste vom anderen, und die Mütter und Väter erzählten ihre Geschichte fünfmal.\n\n"
            "Das größte Hindernis für eine Arbeitsaufnahme war in den Gesprächen fast immer "
            "dasselbe: Was passiert, wenn das Kind krank ist oder die Kita kurzfristig schließt?"
        ),
        "goals": (
            "Alleinerziehende sollen mit einem Termin an alle Angebote kommen, die sie brauchen. "
            "Für Notfälle soll es eine Betreuung geben, die innerhalb eines Tages einspringt. "
            "Messbar wollten wir nach zwei Jahren sein: 150 beratene Familien im Jahr, 40 "
            "vermittelte Notfalleinsätze und ein Netzwerk, das sich ohne uns trifft."
        ),
        "approach": (
            "<ul><li>Wöchentliche Sprechstunde im Familienzentrum, abwechselnd besetzt von "
            "Jobcenter, Caritas, AWO und Familienbüro</li>"
            "<li>Ein Pool von zwölf Kindertagespflegepersonen für Notfälle, abgerechnet über das "
            "Jugendamt</li>"
            "<li>Quartalstreffen des Netzwerks mit drei Arbeitgebern aus Handel und Pflege</li>"
            "<li>Ein Elterncafé am Samstagvormittag, mit Kinderbetreuung</li>"
            "<li>Ein Faltblatt in fünf Sprachen und eine Seite im städtischen Familienportal</li></ul>"
        ),
        "results": (
            "Im ersten vollen Jahr kamen 172 Alleinerziehende in die Sprechstunde, im zweiten "
            "schon 230. Der Notfallpool wurde 58-mal gerufen; in fast allen Fällen war am selben "
            "Tag jemand da. 31 Mütter und Väter haben eine Arbeit oder Ausbildung begonnen, die "
            "meisten in Teilzeit.\n\n"
            "Das Netzwerk trifft sich inzwischen ohne Moderation des Familienbüros; die "
            "Sprechstunde ist seit 2024 im Haushalt des Jugendamts fest eingeplant."
        ),
        "lessons_learned": (
            "Der Datenschutz bremste uns ein halbes Jahr: Wer darf wem was über eine Familie "
            "sagen? Eine gemeinsame Einwilligungserklärung, die die Eltern einmal unterschreiben, "
            "hat das gelöst. Unterschätzt haben wir, wie viel Vertrauen ein fester Ort schafft – "
            "die Sprechstunde im Rathaus lief schlecht, im Familienzentrum läuft sie gut. Und: "
            "Arbeitgeber kommen eher zu einem Frühstück als zu einer Sitzung."
        ),
        "partners": (
            "<p>Jobcenter Dortmund, Caritas und AWO im Stadtbezirk, Familienbildungsstätte, zwei "
            "Familienzentren, Kindertagespflegepersonen des Bezirks, drei Arbeitgeber aus Handel "
            "und Pflege</p>"
        ),
    },
    {
        "slug": "familien-app-hueckelhoven",
        "title": "Familien-App: Angebote, Termine und Beratung auf dem Smartphone",
        "municipality": "Hückelhoven",
        "course": 18,
        "year": 2024,
        "status": "verstetigt",
        "contact": "Aylin Şahin",
        "themes": ["familienfreundliche-verwaltung", "vernetzung-und-kooperation"],
        "target_groups": ["familien-mit-kleinkindern", "zugewanderte"],
        "keywords": ["Familien-App", "Familienwegweiser", "Digitalisierung"],
        "summary": (
            "Der gedruckte Familienwegweiser war bei Erscheinen schon veraltet. Hückelhoven hat "
            "ihn durch eine App ersetzt, die Träger selbst pflegen: mit Kalender, Kita-Suche und "
            "Beratung in einfacher Sprache."
        ),
        "starting_situation": (
            "Unser Familienwegweiser erschien alle zwei Jahre auf 80 Seiten. Bis er gedruckt "
            "war, hatten sich Sprechzeiten und Ansprechpersonen geändert. Junge Eltern, das "
            "zeigte eine Befragung in den Kitas, suchen Angebote fast nur noch auf dem Handy – "
            "und fanden dort die Seiten von Vereinen, Kirchengemeinden und Stadt verstreut und "
            "oft ohne Datum.\n\n"
            "Familien, die neu nach Hückelhoven ziehen, besonders solche mit "
            "Zuwanderungsgeschichte, kannten viele Angebote gar nicht."
        ),
        "goals": (
            "Alle Angebote für Familien sollen an einer Stelle stehen, aktuell und in einfacher "
            "Sprache. Die Träger sollen ihre Einträge selbst pflegen, damit das Familienbüro "
            "nicht zur Redaktion wird. Ziel war außerdem, dass Eltern an Fristen erinnert werden: "
            "Kita-Anmeldung, Schulanmeldung, Ferienbetreuung."
        ),
        "approach": (
            "<ol><li>Bestandsaufnahme: 140 Angebote von 46 Trägern, in einer Tabelle gesammelt</li>"
            "<li>Auswahl einer App-Lösung, die auch andere Kommunen nutzen, gemeinsam mit der "
            "IT der Stadt und dem Datenschutzbeauftragten</li>"
            "<li>Zwei Schulungsabende für Träger; jeder Träger bekommt einen eigenen Zugang</li>"
            "<li>Texte in einfacher Sprache, die wichtigsten Seiten auch auf Türkisch, Arabisch "
            "und Ukrainisch</li>"
            "<li>Start mit Plakaten in Kitas, Kinderarztpraxen und beim Willkommensbesuch</li></ol>"
        ),
        "results": (
            "Ein Jahr nach dem Start ist die App auf gut 2.300 Geräten installiert; das sind "
            "mehr Haushalte, als der Wegweiser je erreicht hat. 38 Träger pflegen ihre Einträge "
            "selbst, der Kalender zeigt im Monat rund 120 Termine. Die Erinnerung an die "
            "Kita-Anmeldung hat die Zahl verspäteter Anmeldungen spürbar gesenkt.\n\n"
            "Der Rat hat die laufenden Kosten in den Haushalt übernommen; der gedruckte "
            "Wegweiser wird nicht mehr aufgelegt, ein Faltblatt verweist auf die App."
        ),
        "lessons_learned": (
            "Eine App ist kein Selbstläufer: Ohne eine Person, die Träger freundlich an veraltete "
            "Einträge erinnert, veraltet auch die App. Wir haben dafür vier Stunden in der Woche "
            "eingeplant. Der Datenschutz muss ganz am Anfang am Tisch sitzen, nicht am Ende. "
            "Und nicht alle Familien nutzen ein Smartphone: Die persönliche Beratung im "
            "Familienbüro bleibt."
        ),
        "partners": (
            "<p>IT-Abteilung und Datenschutzbeauftragter der Stadt, 38 freie Träger, Vereine und "
            "Kirchengemeinden, Kinderarztpraxen, Integrationsrat, Familienbildungsstätte</p>"
        ),
    },
    {
        "slug": "pflegenetzwerk-kreis-coesfeld",
        "title": "Pflegenetzwerk im Kreis: Beratung für pflegende Angehörige in jeder Gemeinde",
        "municipality": "Kreis Coesfeld",
        "course": 18,
        "year": 2024,
        "status": "verstetigt",
        "contact": "Johanna Kemper",
        "themes": [
            "pflege-von-angehoerigen",
            "vernetzung-und-kooperation",
            "demografischer-wandel",
        ],
        "target_groups": ["pflegende-angehoerige", "seniorinnen-und-senioren", "unternehmen"],
        "keywords": ["Pflegeberatung", "Angehörigenpflege", "Pflegestammtisch"],
        "summary": (
            "Wer Angehörige pflegt, findet im Kreis Coesfeld jetzt in jeder Stadt und Gemeinde "
            "eine Sprechstunde, einen Stammtisch und Hilfe beim Gespräch mit dem Arbeitgeber."
        ),
        "starting_situation": (
            "Beim Kreistreffen 2010 hatten die Kommunen vereinbart: Familie ist mehr als "
            "Kinderbetreuung, auch die Pflege von Angehörigen prägt das Familienleben. Fünfzehn "
            "Jahre später war die Pflegeberatung des Kreises gut, aber weit weg: Sie saß in "
            "Coesfeld, und wer in Rosendahl oder Nottuln lebte und nebenher arbeitete, schaffte "
            "den Weg kaum.\n\n"
            "Die Zahl der Pflegebedürftigen im Kreis ist seit 2015 um mehr als ein Drittel "
            "gestiegen; vier von fünf werden zu Hause versorgt, meist von Töchtern und "
            "Schwiegertöchtern, die selbst noch berufstätig sind."
        ),
        "goals": (
            "Pflegende Angehörige sollen Beratung in ihrer eigenen Gemeinde finden, auch am "
            "frühen Abend. Sie sollen andere Pflegende kennenlernen. Und Betriebe sollen wissen, "
            "wie sie Beschäftigte mit Pflegeaufgaben halten können."
        ),
        "approach": (
            "<ul><li>Eine Sprechstunde der Pflegeberatung im Monat in jeder der elf Kommunen, "
            "im Rathaus oder im Familienzentrum, bis 19 Uhr</li>"
            "<li>Pflegestammtische, die Ehrenamtliche leiten; das Familienbüro des Kreises "
            "schult sie</li>"
            "<li>Betriebliche Pflegelotsinnen und Pflegelotsen in 24 Unternehmen, aufbauend auf "
            "dem Projekt im Kreis Warendorf</li>"
            "<li>Die Kreistreffen Familie haben die Pflege seitdem jedes Jahr auf der "
            "Tagesordnung</li></ul>"
        ),
        "results": (
            "2025 nutzten 640 Angehörige die Sprechstunden vor Ort, mehr als doppelt so viele wie "
            "früher in Coesfeld allein. In acht Kommunen treffen sich Pflegestammtische "
            "regelmäßig. 24 Betriebe haben eine Pflegelotsin oder einen Pflegelotsen benannt; "
            "zwei davon haben eine Freistellung für Pflegeaufgaben in ihre "
            "Betriebsvereinbarung aufgenommen.\n\n"
            "Die Kreisverwaltung hat die Sprechstunden als Daueraufgabe in den Stellenplan "
            "übernommen."
        ),
        "lessons_learned": (
            "Die Städte und Gemeinden wollten nicht nur Räume stellen, sondern mitreden. Seit "
            "jede Kommune eine eigene Ansprechperson benannt hat, läuft es besser. Ehrenamtliche "
            "für die Stammtische findet man am ehesten unter ehemaligen pflegenden Angehörigen. "
            "Und in Betrieben öffnet das Wort „Fachkräftesicherung“ mehr Türen als das Wort "
            "„Pflege“."
        ),
        "partners": (
            "<p>Pflege- und Wohnberatung des Kreises, elf Städte und Gemeinden, Pflegekassen, "
            "ambulante Dienste, Familienzentren, 24 Betriebe, Kreishandwerkerschaft, "
            "Ehrenamtliche der Pflegestammtische</p>"
        ),
    },
    {
        "slug": "ganztag-rechtsanspruch-unna",
        "title": "Ganztag für alle Grundschulkinder: Unna bereitet den Rechtsanspruch vor",
        "municipality": "Unna",
        "course": 19,
        "year": 2025,
        "status": "umgesetzt",
        "contact": "Tobias Reckmann",
        "themes": ["kinderbetreuung", "bildung", "vereinbarkeit-von-familie-und-beruf"],
        "target_groups": ["schulkinder", "alleinerziehende"],
        "keywords": ["Offene Ganztagsschule", "Rechtsanspruch", "Ganztagsförderung"],
        "summary": (
            "Ab August 2026 haben Erstklässler einen Rechtsanspruch auf Ganztagsbetreuung. Unna "
            "hat Plätze, Räume, Personal und Ferienangebote mit Schulen, Trägern und Eltern "
            "vorausgeplant."
        ),
        "starting_situation": (
            "Mit dem Ganztagsförderungsgesetz haben Kinder, die ab August 2026 eingeschult "
            "werden, einen Anspruch auf Betreuung an fünf Tagen in der Woche, acht Stunden am "
            "Tag, auch in den meisten Ferienwochen. In Unna besuchten 2024 rund 62 Prozent der "
            "Grundschulkinder den Offenen Ganztag; an drei Schulen gab es Wartelisten, und die "
            "Mensen waren schon zu klein.\n\n"
            "Schulverwaltung, Jugendamt und Träger planten bis dahin jeweils für sich."
        ),
        "goals": (
            "Bis zum Schuljahr 2026/27 sollte jedes Kind der ersten Klasse, dessen Eltern es "
            "wünschen, einen Platz bekommen, und bis 2029 alle Grundschulkinder. Die "
            "Ferienbetreuung sollte so ausgebaut werden, dass höchstens vier Wochen im Jahr "
            "ohne Angebot bleiben. Die Qualität des Ganztags sollte dabei nicht sinken."
        ),
        "approach": (
            "<ol><li>Bedarfsabfrage bei allen Eltern der Kita-Jahrgänge 2020 und 2021</li>"
            "<li>Raumbegehung an allen Grundschulen mit Schulleitung, Träger und Gebäudewirtschaft: "
            "Welche Räume kann der Unterricht am Nachmittag abgeben?</li>"
            "<li>Ein Qualitätszirkel Ganztag mit allen Trägern, der sich zweimal im Jahr trifft</li>"
            "<li>Ferienbetreuung schulübergreifend an drei Standorten, zusammen mit Sportvereinen "
            "und Musikschule</li>"
            "<li>Anwerbung von Personal: Teilzeitstellen, die Ganztag und Kita verbinden</li></ol>"
        ),
        "results": (
            "Zum Schuljahr 2026/27 haben alle 480 angemeldeten Erstklässler einen Platz bekommen. "
            "Zwei Mensen wurden erweitert, an vier Schulen werden Klassenräume nachmittags "
            "gemeinsam genutzt. Die Ferienbetreuung deckt nun neun von zwölf Ferienwochen ab.\n\n"
            "Der Qualitätszirkel hat Standards für Hausaufgabenzeit, Mittagessen und "
            "Elterngespräche vereinbart, die für alle Träger gelten."
        ),
        "lessons_learned": (
            "Die Raumfrage ist die schwierigste: Schulen geben Räume nur her, wenn sie mitplanen "
            "und sehen, dass der Unterricht nicht leidet. Beim Personal hilft es, Stellen "
            "anzubieten, von denen man leben kann – reine Nachmittagsstellen finden kaum "
            "Bewerberinnen. Unser Tipp: Die Elternbefragung früh machen, die Zahlen haben im "
            "Rat jede Diskussion abgekürzt."
        ),
        "partners": (
            "<p>Schulverwaltung und Jugendamt der Stadt, alle Grundschulen, vier Träger des "
            "Offenen Ganztags, Gebäudewirtschaft, Sportvereine, Musikschule, Stadtelternrat</p>"
        ),
    },
    {
        "slug": "familienlotsinnen-lage",
        "title": "Familienlotsinnen für neu zugewanderte Familien",
        "municipality": "Lage",
        "course": 19,
        "year": 2025,
        "status": "umgesetzt",
        "contact": "Nadia Haddad",
        "themes": ["familienzentren", "bildung", "vernetzung-und-kooperation"],
        "target_groups": ["zugewanderte", "familien-mit-kleinkindern"],
        "keywords": ["Familienlotsin", "Integration", "Kindertagesstätte"],
        "summary": (
            "Zehn geschulte Lotsinnen, die selbst zugewandert sind, begleiten neu angekommene "
            "Familien in Lage zu Kita, Schule, Kinderarzt und Familienzentrum."
        ),
        "starting_situation": (
            "Seit 2022 sind viele Familien aus der Ukraine, aus Syrien und Afghanistan nach Lage "
            "gezogen. Die Familienzentren berichteten, dass diese Familien ihre Kinder spät oder "
            "gar nicht für die Kita anmeldeten und Vorsorgeuntersuchungen verpassten. Die "
            "Gründe waren oft einfach: Die Briefe der Verwaltung verstand niemand, und wer eine "
            "Frage hatte, wusste nicht, wohin.\n\n"
            "Gleichzeitig gab es in der Stadt Frauen, die selbst einmal neu waren und heute "
            "gut Deutsch sprechen – und die helfen wollten."
        ),
        "goals": (
            "Jede neu zugezogene Familie mit kleinen Kindern soll innerhalb von drei Monaten ein "
            "Familienzentrum kennen und ihr Kind für die Kita angemeldet haben. Die Lotsinnen "
            "sollen eine Aufwandsentschädigung bekommen und eine Qualifizierung, die ihnen auch "
            "beruflich nützt."
        ),
        "approach": (
            "<ul><li>Schulung von zehn Lotsinnen an sechs Abenden: Kita-System, Schule, "
            "Gesundheit, Datenschutz, eigene Grenzen</li>"
            "<li>Vermittlung der Familien über Ausländerbehörde, Jobcenter und "
            "Familienzentren</li>"
            "<li>Begleitung zu ersten Terminen, nicht Übernahme: Die Eltern sollen die Wege "
            "danach allein gehen</li>"
            "<li>Monatliche Fallbesprechung mit einer Sozialpädagogin des Familienzentrums</li>"
            "<li>Ein Elterncafé in drei Sprachen im Familienzentrum</li></ul>"
        ),
        "results": (
            "In den ersten zwölf Monaten haben die Lotsinnen 94 Familien begleitet. 81 Kinder "
            "wurden für eine Kita oder die Kindertagespflege angemeldet, die meisten innerhalb "
            "von sechs Wochen. Das Elterncafé besuchen jede Woche 15 bis 25 Mütter und einige "
            "Väter.\n\n"
            "Drei Lotsinnen haben inzwischen eine Ausbildung zur Kinderpflegerin begonnen."
        ),
        "lessons_learned": (
            "Die Lotsinnen brauchen selbst Begleitung: Manche Geschichten der Familien sind "
            "schwer zu tragen. Die Fallbesprechung war deshalb wichtiger als gedacht. Wir haben "
            "gelernt, die Aufwandsentschädigung unbürokratisch auszuzahlen, sonst springen "
            "gerade die Engagiertesten ab. Und: Briefe in einfacher Sprache sparen den "
            "Lotsinnen viele Wege."
        ),
        "partners": (
            "<p>Drei Familienzentren in Lage, Integrationsbüro der Stadt, Ausländerbehörde des "
            "Kreises Lippe, Jobcenter, Kinder- und Jugendärztinnen, Volkshochschule</p>"
        ),
    },
    {
        "slug": "familienbericht-kreis-warendorf",
        "title": "Der erste Familienbericht für den Kreis Warendorf",
        "municipality": "Kreis Warendorf",
        "course": 20,
        "year": 2026,
        "status": "umgesetzt",
        "contact": "Lena Hagedorn",
        "authors": "Lena Hagedorn, Kerstin Wiewel",
        "themes": [
            "familienberichterstattung",
            "demografischer-wandel",
            "vernetzung-und-kooperation",
        ],
        "target_groups": ["verwaltung", "familien-mit-kleinkindern"],
        "keywords": ["Familienbericht", "Sozialplanung", "Elternbefragung"],
        "summary": (
            "Dreizehn Städte und Gemeinden, ein Bericht: Der Kreis Warendorf hat Daten zu "
            "Betreuung, Bildung und Pflege mit einer Befragung von 2.100 Eltern verbunden und "
            "daraus Empfehlungen für jede Kommune abgeleitet."
        ),
        "starting_situation": (
            "Der Kreis Warendorf hat dreizehn Städte und Gemeinden, von Ahlen mit gut 50.000 "
            "Menschen bis Beelen mit rund 6.500. Jede Kommune hatte eigene Zahlen, die Jugendhilfe "
            "des Kreises andere, und im Kreisausschuss wurde über Kinderbetreuung und Pflege oft "
            "mit Einzelfällen argumentiert.\n\n"
            "Im Zertifikatskurs entstand die Idee, einen Familienbericht nicht für eine Stadt, "
            "sondern für den ganzen Kreis zu schreiben – mit Seiten für jede Kommune."
        ),
        "goals": (
            "Der Bericht soll zeigen, wie Familien im Kreis leben und was ihnen fehlt, und zwar "
            "so, dass jede Kommune ihre eigenen Zahlen neben denen der Nachbarn sieht. Er soll "
            "Grundlage für die Jugendhilfeplanung und die Pflegeplanung sein und alle fünf Jahre "
            "fortgeschrieben werden."
        ),
        "approach": (
            "<ol><li>Lenkungsgruppe aus Kreis, drei Kommunen, Jugendämtern und "
            "Wohlfahrtsverbänden</li>"
            "<li>Auswertung vorhandener Daten: Einwohnermeldedaten, Kita-Bedarfsplanung, "
            "Schulstatistik, Pflegestatistik</li>"
            "<li>Eine Online-Befragung von Eltern, beworben über Kitas und Schulen: 2.100 "
            "Antworten</li>"
            "<li>Werkstattgespräche in jeder Kommune, in denen die Zahlen vor Ort gedeutet "
            "wurden</li>"
            "<li>Ein Bericht mit einem Teil für den Kreis und einem Steckbrief je Kommune</li></ol>"
        ),
        "results": (
            "Der Bericht ist im Mai 2026 erschienen und wurde im Kreisausschuss und in allen "
            "dreizehn Räten vorgestellt. Drei Befunde haben die Diskussion bestimmt: In den "
            "kleinen Gemeinden fehlt Betreuung in Randzeiten, fast jede vierte befragte Familie "
            "pflegt zugleich einen Angehörigen, und Familienangebote sind vielen Eltern "
            "unbekannt.\n\n"
            "Fünf Kommunen haben daraus schon Maßnahmen beschlossen, darunter zwei gemeinsame "
            "Ferienangebote benachbarter Gemeinden."
        ),
        "lessons_learned": (
            "Die Werkstattgespräche vor Ort waren der wichtigste Teil: Erst dort wurden aus "
            "Zahlen Geschichten, die Räte überzeugen. Datenschutz und kleine Fallzahlen sind in "
            "kleinen Gemeinden ein echtes Problem; wir haben Werte unter zehn nicht ausgewiesen. "
            "Ein Rat für andere Kreise: Einen Termin für die Fortschreibung gleich mitbeschließen "
            "lassen, sonst bleibt es bei einem Bericht."
        ),
        "partners": (
            "<p>Sozialplanung und Kreisjugendamt des Kreises Warendorf, dreizehn Städte und "
            "Gemeinden, Jugendämter der Städte Ahlen, Beckum und Oelde, Wohlfahrtsverbände, "
            "Kitas und Schulen, Pflegeberatung, IQZ Bochum</p>"
        ),
    },
    {
        "slug": "jugendrat-ense",
        "title": "Jugendrat Ense: Jugendliche aus allen Ortsteilen reden mit",
        "municipality": "Ense",
        "course": 20,
        "year": 2026,
        "status": "geplant",
        "contact": "Lukas Brinkhoff",
        "themes": ["jugend", "freizeit-kultur-und-sport"],
        "target_groups": ["jugendliche"],
        "keywords": ["Jugendbeteiligung", "Jugendrat", "Jugendzentrum"],
        "summary": (
            "Ense hat viele kleine Ortsteile und kein Jugendzentrum in jedem Dorf. Ein Jugendrat mit "
            "eigenem Budget soll Jugendlichen eine Stimme geben, wenn über Treffpunkte, Busse und "
            "Freizeitangebote entschieden wird."
        ),
        "starting_situation": (
            "Bei einer Befragung an den weiterführenden Schulen sagten zwei Drittel der "
            "Jugendlichen aus Ense, es gebe für sie „nichts zu tun“. Die Angebote der "
            "Jugendpflege erreichen vor allem die beiden größeren Ortsteile; wer in einem der "
            "kleinen Dörfer wohnt, ist auf Eltern mit Auto oder den Bus angewiesen, der abends "
            "nicht mehr fährt.\n\n"
            "Zwei Versuche mit Jugendforen waren nach einem Treffen eingeschlafen, weil danach "
            "nichts passierte."
        ),
        "goals": (
            "Ein Jugendrat mit zwölf gewählten Jugendlichen zwischen 14 und 21 Jahren, mindestens "
            "einer oder einem aus jedem Schulbezirk. Er soll ein eigenes Budget von 10.000 Euro "
            "im Jahr haben, im Ausschuss für Jugend und Soziales Rederecht bekommen und innerhalb "
            "eines Jahres ein sichtbares Vorhaben umsetzen."
        ),
        "approach": (
            "<ul><li>Satzung für den Jugendrat, gemeinsam mit Jugendlichen geschrieben; der Rat "
            "entscheidet im Dezember 2026</li>"
            "<li>Wahl an den Schulen und online im Frühjahr 2027</li>"
            "<li>Ein Bauwagen als mobiler Treffpunkt, der reihum in den Ortsteilen steht</li>"
            "<li>Begleitung durch die Jugendpflege, aber Sitzungsleitung durch die "
            "Jugendlichen</li>"
            "<li>Austausch mit zwei Gemeinden, die schon einen Jugendrat haben</li></ul>"
        ),
        "results": (
            "Noch ist der Jugendrat nicht gewählt. Erreicht ist: Der Satzungsentwurf steht, 46 "
            "Jugendliche haben an drei Werkstätten teilgenommen, und der Ausschuss hat das Budget "
            "für 2027 vorgemerkt. Der Bauwagen ist gespendet und wird in den Herbstferien von "
            "Jugendlichen und der Holzwerkstatt eines Betriebs hergerichtet."
        ),
        "lessons_learned": (
            "Aus den gescheiterten Foren haben wir gelernt: Jugendliche bleiben dabei, wenn sie "
            "schnell etwas bewegen können. Deshalb gibt es das Budget vom ersten Tag an. "
            "Sitzungen müssen nach der Schule und nicht im Rathaus stattfinden. Und die "
            "Erwachsenen im Ausschuss brauchen eine Vorbereitung darauf, dass Jugendliche anders "
            "reden als Ratsmitglieder."
        ),
        "partners": (
            "<p>Jugendpflege der Gemeinde, die weiterführenden Schulen, "
            "Sportvereine, Kirchengemeinden, ein Holzbetrieb aus dem Ort, Jugendräte aus zwei "
            "Nachbargemeinden</p>"
        ),
    },
]
