"""Seed the domain's synonym groups; editors change them in the admin afterwards."""

from django.db import migrations

GROUPS = [
    ("Kita, Kindertagesstätte, Kindertageseinrichtung, Kindergarten", "Kinderbetreuung"),
    ("Jugendhaus, Jugendzentrum, Jugendtreff, Haus der offenen Tür", "Offene Jugendarbeit"),
    ("Senioren, ältere Menschen, Seniorinnen, Hochbetagte", "Ältere Menschen"),
    ("Angehörigenpflege, Pflege von Angehörigen, pflegende Angehörige", "Pflege"),
    ("Tagesmutter, Tagespflegeperson, Kindertagespflege, Tagesvater", "Kindertagespflege"),
    ("Homeoffice, Telearbeit, Arbeiten von zu Hause", "Vereinbarkeit"),
    ("Familienmanagerin, Familienmanager, Familienmanagement", "Kursabsolventinnen und -absolventen"),
    ("OGS, Offene Ganztagsschule, offener Ganztag", "Schulkinderbetreuung"),
    ("Alleinerziehende, Einelternfamilie, alleinerziehend", "Familienformen"),
    ("Zugewanderte, Migrantinnen und Migranten, Geflüchtete", "Zuwanderung"),
]


def seed(apps, schema_editor):
    Synonym = apps.get_model("search", "Synonym")
    for terms, note in GROUPS:
        Synonym.objects.get_or_create(terms=terms, defaults={"note": note})


class Migration(migrations.Migration):
    dependencies = [("search", "0004_fts_prefix_index")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
