"""Keep the search index current: publish, unpublish, move, delete, restrictions, vocabularies."""

import logging

from django.db import transaction
from django.db.models import Q
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Collection, CollectionViewRestriction, Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from knowledge.models import Municipality, PracticeProjectPage, TargetGroup, Theme

from . import documents, indexing, suggest, vocabulary

logger = logging.getLogger(__name__)


def _safely(function, *args):
    """Index after the transaction commits; an index error is logged, never breaks publishing."""

    def run():
        try:
            function(*args)
        except Exception:
            logger.exception("Suchindex konnte nicht aktualisiert werden")

    transaction.on_commit(run)


@receiver(page_published)
def _published(sender, instance, **kwargs):
    _safely(indexing.index_page, instance)


@receiver(page_unpublished)
def _unpublished(sender, instance, **kwargs):
    _safely(indexing.remove_pages, [instance.pk])


@receiver(post_delete)
def _deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        _safely(indexing.remove_pages, [instance.pk])


@receiver(post_page_move)
def _moved(sender, instance, **kwargs):
    _safely(indexing.reindex_subtree, Page.objects.get(pk=instance.pk))


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def _restriction_changed(sender, instance, **kwargs):
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        _safely(indexing.reindex_subtree, page)


@receiver(post_save, sender=CollectionViewRestriction)
@receiver(post_delete, sender=CollectionViewRestriction)
def _collection_restriction_changed(sender, instance, **kwargs):
    collection = Collection.objects.filter(pk=instance.collection_id).first()
    if collection is not None:
        _safely(documents.reindex_pages_with_collection, collection)


def _reindex_tagged(page_ids):
    indexing.index_pages(indexing.specific_pages(Page.objects.filter(pk__in=list(page_ids))))


@receiver(post_save, sender=Theme)
@receiver(post_delete, sender=Theme)
@receiver(post_save, sender=TargetGroup)
@receiver(post_delete, sender=TargetGroup)
@receiver(post_save, sender=Municipality)
@receiver(post_delete, sender=Municipality)
def _forget_vocabulary(sender, **kwargs):
    vocabulary.forget()
    suggest.forget_names()


@receiver(post_save, sender=Theme)
def _theme_changed(sender, instance, created, **kwargs):
    if not created:
        ids = instance.page_items.values_list("content_object_id", flat=True)
        _safely(_reindex_tagged, ids)


@receiver(post_save, sender=TargetGroup)
def _target_group_changed(sender, instance, created, **kwargs):
    if not created:
        _safely(_reindex_tagged, instance.practice_projects.values_list("pk", flat=True))


@receiver(post_save, sender=Municipality)
def _municipality_changed(sender, instance, created, **kwargs):
    if not created:
        ids = PracticeProjectPage.objects.filter(
            Q(municipality=instance) | Q(municipality__kreis=instance)
        ).values_list("pk", flat=True)
        _safely(_reindex_tagged, ids)
