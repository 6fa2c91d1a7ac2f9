# ruff: noqa: S608 - SQL is assembled from table names and placeholders; values are parameters.
"""'Ähnliche Praxisprojekte': shared themes first, then shared target groups, newest first.

Ranked in SQL over the link tables. Candidates come in tiers: the pages sharing every theme and
every target group, then every theme, then anything. Every page of a tier outranks every page
outside it, so when a tier fills the list the answer is exact. The tiers are chained with UNION
ALL under one LIMIT, and both SQLite and PostgreSQL stop before a later tier once the list is
full: at scale the first tier does, and it holds a small fraction of the related pages.

The two sets the tiers are made of (pages sharing every theme, pages sharing every group) are
common table expressions, computed once per statement rather than once per use. Within a tier
the scores that are equal by construction are not computed: in the first tier every candidate
shares all themes and groups, in the second all themes, so only the third counts both.
"""

from django.db import connection
from django.db.models import prefetch_related_objects
from django.utils import timezone

from .access import hidden_paths
from .models import PageTheme, PracticeProjectPage

PROJECTS = PracticeProjectPage._meta.db_table
THEMES = PageTheme._meta.db_table
GROUPS = PracticeProjectPage.target_groups.through._meta.db_table

# The project's own themes and groups, by subquery: they are prefetched afterwards, together
# with those of the similar projects, in one query per relation.
OWN_THEMES = f"SELECT tag_id FROM {THEMES} WHERE content_object_id = %(project)s"
OWN_GROUPS = f"SELECT targetgroup_id FROM {GROUPS} WHERE practiceprojectpage_id = %(project)s"
SETS = (
    f"WITH every_theme AS (SELECT content_object_id AS id FROM {THEMES} "
    f"WHERE tag_id IN ({OWN_THEMES}) GROUP BY content_object_id "
    f"HAVING COUNT(*) = (SELECT COUNT(*) FROM {THEMES} WHERE content_object_id = %(project)s)), "
    f"every_group AS (SELECT practiceprojectpage_id AS id FROM {GROUPS} "
    f"WHERE targetgroup_id IN ({OWN_GROUPS}) GROUP BY practiceprojectpage_id "
    f"HAVING COUNT(*) = "
    f"(SELECT COUNT(*) FROM {GROUPS} WHERE practiceprojectpage_id = %(project)s)) "
)
SHARED_THEMES = (
    f"(SELECT COUNT(*) FROM {THEMES} t WHERE t.content_object_id = p.page_ptr_id "
    f"AND t.tag_id IN ({OWN_THEMES}))"
)
SHARED_GROUPS = (
    f"(SELECT COUNT(*) FROM {GROUPS} g WHERE g.practiceprojectpage_id = p.page_ptr_id "
    f"AND g.targetgroup_id IN ({OWN_GROUPS}))"
)
SHARING_ANY = (
    f"SELECT content_object_id FROM {THEMES} WHERE tag_id IN ({OWN_THEMES}) "
    f"UNION SELECT practiceprojectpage_id FROM {GROUPS} WHERE targetgroup_id IN ({OWN_GROUPS})"
)
# (candidates, the scores that still differ between them), best tier first.
TIERS = [
    (
        "p.page_ptr_id IN (SELECT id FROM every_theme) "
        "AND p.page_ptr_id IN (SELECT id FROM every_group)",
        [],
    ),
    (
        "p.page_ptr_id IN (SELECT id FROM every_theme) "
        "AND p.page_ptr_id NOT IN (SELECT id FROM every_group)",
        [SHARED_GROUPS],
    ),
    (
        f"p.page_ptr_id IN ({SHARING_ANY}) AND p.page_ptr_id NOT IN (SELECT id FROM every_theme)",
        [SHARED_THEMES, SHARED_GROUPS],
    ),
]


def _tier_sql(index, hidden):
    """The candidates of one tier (none of an earlier one), best first."""
    where, scores = TIERS[index]
    paths = "".join(
        f"AND substr(w.path, 1, {len(path)}) <> %(hidden{number})s "
        for number, path in enumerate(hidden)
    )
    order = "".join(f"{score} DESC, " for score in scores)
    return (
        f"SELECT p.page_ptr_id AS id FROM {PROJECTS} p "
        f"JOIN wagtailcore_page w ON w.id = p.page_ptr_id "
        f"WHERE {where} AND p.page_ptr_id <> %(project)s AND w.live "
        f"AND (w.expire_at IS NULL OR w.expire_at > %(now)s) {paths}"
        f"ORDER BY {order}p.year DESC, w.first_published_at DESC, p.page_ptr_id DESC "
        "LIMIT %(limit)s"
    )


def similar_projects(project, user, limit=3):
    """Readable practice projects most like `project`, with what their cards show.

    One statement for the ranking, one for the cards, then one per prefetched relation, shared
    with the project itself (its themes and groups are prefetched here too, if not already).
    """
    hidden = hidden_paths(user)
    params = {"project": project.pk, "now": timezone.now(), "limit": limit}
    params.update((f"hidden{number}", path) for number, path in enumerate(hidden))
    parts = [
        f"SELECT id FROM ({_tier_sql(index, hidden)}) tier{index}" for index in range(len(TIERS))
    ]
    with connection.cursor() as cursor:
        cursor.execute(
            f"{SETS}SELECT id FROM ({' UNION ALL '.join(parts)}) tiers LIMIT %(limit)s", params
        )
        ranked = [row[0] for row in cursor.fetchall()]
    # The card data of `for_listing` by id (as a subquery, PostgreSQL would scan every page),
    # its prefetches done below together with the project's.
    queryset = PracticeProjectPage.for_listing(PracticeProjectPage.objects.filter(pk__in=ranked))
    pages = list(queryset.prefetch_related(None))
    prefetch_related_objects([project, *pages], "themes", "target_groups")
    # The same order again, from the prefetched themes and groups of the few winners.
    themes = {theme.pk for theme in project.themes.all()}
    groups = {group.pk for group in project.target_groups.all()}

    def key(page):
        shared_themes = sum(1 for theme in page.themes.all() if theme.pk in themes)
        shared_groups = sum(1 for group in page.target_groups.all() if group.pk in groups)
        published = page.first_published_at.timestamp() if page.first_published_at else 0
        return (shared_themes, shared_groups, page.year or 0, published, page.pk)

    return sorted(pages, key=key, reverse=True)
