"""Second paragraphs for the shortest sections of the early practice projects.

A paragraph starting "Nachtrag 2026" tells what became of a project planned back then (its
status in `project_texts` is today's).

`projects.py` appends them to the texts in `project_texts.PROJECTS`, so a write-up explains its
goals, results and lessons the way a family manager would tell a colleague: with figures, the
reason behind a decision and what happened afterwards.
"""

# ruff: noqa: E501

ADDITIONS = {
    "bildungskonferenz-kreis-euskirchen": {
        "results": "Nachtrag 2026: Die erste Bildungs- und Familienkonferenz fand im Herbst 2013 statt, seitdem tagt sie jedes Jahr. Der dritte Bildungs- und Familienbericht des Kreises erschien 2024; die Steuerungsgruppe ist heute Teil des regionalen Bildungsbüros.",
        "goals": "Alle elf Städte und Gemeinden sollen sich auf drei gemeinsame Ziele für Übergänge von der Kita in die Schule und von der Schule in den Beruf verständigen. Der Bericht soll alle drei Jahre erscheinen, damit der Kreistag sieht, ob die Maßnahmen wirken.",
    },
    "generationentreff-ense": {
        "results": "Nachtrag 2026: Der Generationentreff im alten Bahnhof ist 2014 eröffnet worden. Jede Woche treffen sich dort ein Erzählcafé, eine Krabbelgruppe und ein Reparaturcafé; getragen wird das Haus von einem Förderverein mit gut 120 Mitgliedern.",
    },
    "elternkurse-brueggen": {
        "goals": "Die Kurse sollen dort stattfinden, wo Eltern ohnehin hinkommen: in der Kita, am Nachmittag beim Abholen, mit Kinderbetreuung. Jede Kita der Gemeinde sollte mindestens einen Kurs im Jahr anbieten, einen davon an einem Samstag für Väter.",
    },
    "familienaudit-schwalmtal": {
        "goals": "Der Rat sollte am Ende nicht nur einen Bericht zur Kenntnis nehmen, sondern ein Programm mit Zuständigkeiten und Kosten beschließen. Dazu gehörte auch die Frage, was die Gemeindeverwaltung selbst als Arbeitgeberin für Familien tun kann.",
    },
    "familienfreundliche-innenstadt-hoexter": {
        "results": "Ein Aufkleber an der Tür zeigt seitdem, wo Eltern willkommen sind. Die Werbegemeinschaft hat die Aktion in ihr Stadtmarketing übernommen, und zwei Cafés haben ihre Toiletten um einen Wickeltisch erweitert.",
        "lessons_learned": "Die Geschäftsleute ließen sich am ehesten überzeugen, wenn Mütter aus dem Familienzentrum selbst nachfragten, nicht die Verwaltung. Ein kleiner Zuschuss für den Wickeltisch war wichtiger als jede Broschüre.",
    },
    "familienleitbild-delbrueck": {
        "lessons_learned": "Wir würden wieder mit einer Zukunftswerkstatt anfangen, in der Eltern, Vereine und Politik gemeinsam schreiben: Was alle mitformuliert haben, wird später auch verteidigt. Zu viele Ziele auf einmal sind dagegen ein Fehler; fünf reichen.",
    },
    "familiensporttag-gescher": {
        "goals": "Angesprochen waren besonders Familien, die bisher in keinem Verein sind, und Kinder, die sich wenig bewegen. Die Vereine sollten zeigen, was sie für Eltern mit kleinen Kindern anbieten, zum Beispiel Eltern-Kind-Turnen zur gleichen Zeit wie das Training der Großen.",
    },
    "familienwegweiser-everswinkel": {
        "lessons_learned": "Wir haben die Einträge deshalb nach Trägern aufgeteilt: Jeder Träger prüft seine Seite einmal im Jahr, das Familienbüro erinnert daran. Ein gedrucktes Heft lohnt sich nur für die Grunddaten; Termine gehören ins Internet.",
    },
    "grosstagespflege-swisttal": {
        "goals": "Die Plätze sollten in den Ortsteilen entstehen, in denen es keine Kita mit Gruppen für Unterdreijährige gab. Tagesmütter und Tagesväter sollten sich zu Großtagespflegestellen zusammenschließen können, damit Urlaub und Krankheit nicht zum Betreuungsausfall führen.",
        "lessons_learned": "Außerdem hat es geholfen, mit der ersten Großtagespflegestelle ein Vorbild zu haben, das Interessierte besuchen konnten. Die Vertretungsregelung zwischen den Stellen muss schriftlich feststehen, bevor die ersten Kinder kommen.",
    },
    "jugendforum-finnentrop": {
        "goals": "Das Forum sollte regelmäßig stattfinden, zweimal im Jahr, und jedes Mal sollte die Verwaltung berichten, was aus den Vorschlägen des letzten Forums geworden ist. Jugendliche aus allen Ortsteilen sollten kommen können, auch ohne Auto der Eltern.",
        "results": "Der Rat hat beschlossen, dass jedes Vorhaben für Jugendliche vorher im Forum vorgestellt wird. Zwei ehemalige Sprecherinnen des Forums sitzen heute als sachkundige Bürgerinnen im Jugendhilfeausschuss.",
    },
    "jugendhaus-straelen": {
        "results": "Die mobile Jugendarbeit erreicht an zwei Abenden in der Woche Jugendliche, die nie ins Jugendhaus kämen. Seit 2010 gibt es einen Jugendbeirat, der das Programm des Hauses mitplant und ein kleines eigenes Budget verwaltet.",
    },
    "kita-ausbau-herne-sportkita": {
        "goals": "Die Kinder sollten jeden Tag mindestens eine Stunde bewegt spielen, drinnen in der Halle des Vereins oder draußen. Eltern sollten über die Kita den Weg in den Verein finden, und der Verein sollte Übungsleiterinnen mit pädagogischer Zusatzausbildung gewinnen.",
        "lessons_learned": "Die gemeinsame Nutzung der Halle musste in einem Vertrag bis auf die Stunde geregelt werden, sonst gab es Streit mit den Abteilungen des Vereins. Gelohnt hat sich eine gemeinsame Fortbildung von Erzieherinnen und Übungsleitern.",
    },
    "leihgrosseltern-roedinghausen": {
        "goals": "Vermittelt werden sollten Familien ohne Großeltern in der Nähe, oft zugezogene Familien, und ältere Menschen, die Zeit und Lust auf Kinder haben. Niemand sollte dafür bezahlen müssen, aber alle sollten sich auf Absprachen verlassen können.",
    },
    "willkommensbesuche-bad-lippspringe": {
        "goals": "Jede Familie mit einem Neugeborenen sollte innerhalb der ersten drei Lebensmonate einen Besuch angeboten bekommen. Die Besuche sollten freiwillig sein, von geschulten Fachkräften gemacht werden und mit einem Willkommenspaket der Stadt verbunden sein.",
    },
}
