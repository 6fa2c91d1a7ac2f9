"""Small builders for test content. Each returns saved, published objects."""

from demo.builders import ensure_site_root
from home.models import HomePage, StandardPage
from knowledge.models import TargetGroup, Theme
from knowledge.vocabulary import ensure_vocabulary


def build_site(title="Kommunales Familienmanagement in Nordrhein-Westfalen"):
    """Home page as site root, and the seeded vocabularies (a transactional flush drops them)."""
    ensure_vocabulary(Theme, TargetGroup)
    home, _ = ensure_site_root(
        HomePage, "start", title=title, lead="Wissen und Praxis für Familien in NRW."
    )
    return home


def add_page(parent, model=StandardPage, publish=True, **fields):
    fields.setdefault("title", "Testseite")
    page = model(live=publish, **fields)
    parent.add_child(instance=page)
    revision = page.save_revision()
    if publish:
        revision.publish()
        page.refresh_from_db()
    return page
