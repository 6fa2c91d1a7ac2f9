"""The postings' primary key leads with the page: it serves the lookups by page (index updates,
snapshot patches), so the separate page index goes and each posting is kept in two B-trees
instead of three. Lookups by term use `search_posting_heaviest`."""

from django.db import migrations, models

TABLE = "search_searchposting"


def primary_key(*columns):
    def change(apps, schema_editor):
        _set_primary_key(schema_editor, ", ".join(columns))

    return change


def _set_primary_key(schema_editor, columns):
    with schema_editor.connection.cursor() as cursor:
        if schema_editor.connection.vendor == "postgresql":
            cursor.execute(
                "SELECT conname FROM pg_constraint WHERE conrelid = %s::regclass AND contype = 'p'",
                [TABLE],
            )
            (name,) = cursor.fetchone()
            cursor.execute(f'ALTER TABLE {TABLE} DROP CONSTRAINT "{name}"')
            cursor.execute(f"ALTER TABLE {TABLE} ADD PRIMARY KEY ({columns})")
            return
        # SQLite cannot change a table's primary key: a new table takes the rows.
        cursor.execute(
            'CREATE TABLE "search_searchposting_new" ("term" varchar(100) NOT NULL, '
            '"page_id" integer NOT NULL, "impact" smallint NOT NULL, '
            f"PRIMARY KEY ({columns}))"
        )
        cursor.execute(
            "INSERT INTO search_searchposting_new (term, page_id, impact) "
            f"SELECT term, page_id, impact FROM {TABLE}"
        )
        cursor.execute(f"DROP TABLE {TABLE}")
        cursor.execute(f"ALTER TABLE search_searchposting_new RENAME TO {TABLE}")
        cursor.execute(
            f'CREATE INDEX "search_posting_heaviest" ON {TABLE} ("term", "impact", "page_id")'
        )


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0013_entry_indexes_unused"),
    ]

    operations = [
        migrations.AlterField(
            model_name="searchposting",
            name="page_id",
            field=models.IntegerField(),
        ),
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="searchposting",
                    name="pk",
                    field=models.CompositePrimaryKey(
                        "page_id",
                        "term",
                        "impact",
                        blank=True,
                        editable=False,
                        primary_key=True,
                        serialize=False,
                    ),
                ),
            ],
            database_operations=[
                migrations.RunPython(
                    primary_key("page_id", "term", "impact"),
                    primary_key("term", "page_id", "impact"),
                )
            ],
        ),
    ]
