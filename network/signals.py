"""Drop the cached map data whenever what it shows may have changed."""

from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from knowledge.models import FamilyManager, Municipality, PageTheme, Theme

from . import geojson

WATCHED = (Municipality, FamilyManager, Theme, PageTheme, PageViewRestriction)


@receiver(post_save)
@receiver(post_delete)
def _model_changed(sender, instance, **kwargs):
    if isinstance(instance, WATCHED) or (
        kwargs.get("signal") is post_delete and isinstance(instance, Page)
    ):
        geojson.forget()


@receiver(m2m_changed, sender=PageViewRestriction.groups.through)
@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
def _pages_changed(**kwargs):
    geojson.forget()
