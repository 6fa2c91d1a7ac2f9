"""Idempotent builders for demo content: find a page by its place in the tree, or create it."""

from django.conf import settings
from wagtail.models import Collection, Locale, Page, Site

SITE_NAME = "Kommunales Familienmanagement NRW"


def publish(page):
    """Save a first revision and publish it, as an editor would."""
    page.save_revision().publish()
    return page


def ensure_child(parent, model, slug, **fields):
    """Return (page, created): the child of `parent` with `slug`; created and published if new."""
    existing = model.objects.child_of(parent).filter(slug=slug).first()
    if existing is not None:
        return existing, False
    page = model(slug=slug, **fields)
    parent.add_child(instance=page)
    return publish(page), True


def ensure_tree_root():
    """The page tree's root, the root collection and the default locale (Wagtail's migrations
    create all three; a flush does not)."""
    Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    return Page.get_first_root_node() or Page.add_root(instance=Page(title="Root", slug="root"))


def ensure_site_root(model, slug, **fields):
    """Make a `model` page the root of the default site, replacing Wagtail's welcome page."""
    existing = model.objects.first()
    if existing is not None:
        return existing, False
    home = model(slug=slug, **fields)
    ensure_tree_root().add_child(instance=home)
    publish(home)
    site = Site.objects.filter(is_default_site=True).first()
    welcome = site.root_page if site else None
    if site is None:
        Site.objects.create(
            hostname="localhost",
            port=80,
            root_page=home,
            is_default_site=True,
            site_name=SITE_NAME,
        )
    else:
        site.root_page = home
        site.site_name = SITE_NAME
        site.save()
    if welcome is not None and welcome.pk != home.pk and welcome.specific_class is Page:
        welcome.delete()
    return home, True
