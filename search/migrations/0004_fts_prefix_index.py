"""SQLite: rebuild the FTS5 table with prefix indexes (2 to 4 letters) for fast autocomplete."""

from django.db import migrations

COLUMNS = "title, summary, meta, body, documents"


def add_prefix_index(apps, schema_editor):
    if schema_editor.connection.vendor != "sqlite":
        return
    schema_editor.execute(
        f"CREATE VIRTUAL TABLE search_fts_prefix USING fts5({COLUMNS}, "
        "tokenize = 'unicode61 remove_diacritics 0', prefix = '2 3 4')"
    )
    schema_editor.execute(
        f"INSERT INTO search_fts_prefix (rowid, {COLUMNS}) SELECT rowid, {COLUMNS} FROM search_fts"
    )
    schema_editor.execute("DROP TABLE search_fts")
    schema_editor.execute("ALTER TABLE search_fts_prefix RENAME TO search_fts")


class Migration(migrations.Migration):
    dependencies = [("search", "0003_search_text_apart_facet_codes")]

    operations = [migrations.RunPython(add_prefix_index, migrations.RunPython.noop)]
