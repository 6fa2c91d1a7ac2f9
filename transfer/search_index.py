"""Bring imported or restored pages into the search index in bulk, not one save at a time."""

from django.core.exceptions import FieldDoesNotExist
from modelsearch.backends import get_search_backends
from modelsearch.index import RelatedFields

BATCH = 500


def index_pages(model, page_ids):
    """Add (or refresh) the given pages of `model` in every search backend."""
    page_ids = list(page_ids)
    if not page_ids:
        return 0
    queryset = with_related(model, model.get_indexed_objects())
    for backend in get_search_backends(with_auto_update=True):
        for start in range(0, len(page_ids), BATCH):
            batch = list(queryset.filter(pk__in=page_ids[start : start + BATCH]))
            if batch:
                backend.add_bulk(model, batch)
    site_search_index(page_ids)
    return len(page_ids)


def site_search_index(page_ids):
    """The site search's own index (/suche/): the same pages, in bulk."""
    from wagtail.models import Page

    from search import indexing

    pages = list(indexing.specific_pages(Page.objects.filter(pk__in=list(page_ids))))
    for start in range(0, len(pages), BATCH):
        indexing.index_pages(pages[start : start + BATCH])


def with_related(model, queryset):
    """Fetch what the model's RelatedFields index in a few queries instead of three per page."""
    joins, prefetches = [], []
    for search_field in model.get_search_fields():
        if not isinstance(search_field, RelatedFields):
            continue
        try:
            field = model._meta.get_field(search_field.field_name)
        except FieldDoesNotExist:
            continue
        if field.many_to_one or field.one_to_one:
            joins.append(search_field.field_name)
        else:
            prefetches.append(search_field.field_name)
    return queryset.select_related(*joins).prefetch_related(*prefetches)


def rebuild():
    """Rebuild every search index from the database (after a restore)."""
    from django.core.management import call_command

    call_command("update_index", verbosity=0)
    call_command("rebuild_search_index", verbosity=0)
