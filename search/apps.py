from django.apps import AppConfig
from django.db.models.signals import post_migrate


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = "Suche"

    def ready(self):
        from django.utils.translation import gettext_lazy as _

        from home.models import StandardPage
        from knowledge import text_search
        from knowledge.models import ModulePage, PracticeProjectPage, WorkingGroupResultPage

        from . import listing, receivers, signals  # noqa: F401
        from .registry import register

        register(PracticeProjectPage, kind="praxisprojekt")
        register(ModulePage, kind="modul", prefetch=["learning_goals", "trainers"])
        register(
            WorkingGroupResultPage,
            kind="arbeitsgruppe",
            prefetch=["findings", "documents", "meeting__municipality__kreis"],
        )
        register(StandardPage, kind="seite", label=_("Seite"), label_plural=_("Seiten"), weight=0.8)
        # The free text of the practice-project listing is a search of its pages.
        text_search.register(listing.ranked_ids)
        post_migrate.connect(_drop_orphans, sender=self)
        receivers.connect()

        from datetime import timedelta

        from jobs import registry as jobs

        from .backends import sync

        # Whatever a search cluster missed (an outage, a restarted worker) goes out on every
        # run of `manage.py run_jobs`.
        jobs.register("search.sync_engine", sync.periodic, every=timedelta(0))


def _drop_orphans(sender, using="default", **kwargs):
    """A flush empties the tables Django knows, not the FTS5 table: drop its orphaned rows.

    Orphans would match nothing (every hit joins its entry), but they would skew bm25's term
    statistics and so the ranking.
    """
    from django.db import connections

    from .indexing import FTS_TABLE

    connection = connections[using]
    if connection.vendor != "sqlite":
        return
    with connection.cursor() as cursor:
        tables = connection.introspection.table_names(cursor)
        if FTS_TABLE in tables and "search_searchentry" in tables:
            cursor.execute(
                f"DELETE FROM {FTS_TABLE} "  # noqa: S608
                "WHERE rowid NOT IN (SELECT page_id FROM search_searchentry)"
            )
