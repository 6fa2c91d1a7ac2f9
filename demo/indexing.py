"""Bulk loading without per-save index work.

Creating and publishing a page saves it several times; each save would update the search index
and Wagtail's reference index again. `deferred_indexing()` notes what was saved and updates both
indexes once per object when the block ends without an error.
"""

from collections import defaultdict
from contextlib import contextmanager

from django.apps import apps
from django.db.models.signals import post_save
from modelsearch import index as search_index
from modelsearch.backends import get_search_backends
from modelsearch.signal_handlers import post_save_signal_handler
from wagtail.models import ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update
from wagtail.tasks import update_reference_index_task


@contextmanager
def deferred_indexing():
    searchable = [
        model
        for model in search_index.get_indexed_models()
        if getattr(model, "search_auto_update", True)
    ]
    tracked = set(ReferenceIndex.tracked_models)
    saved = {}
    references = []

    def note(sender, instance, raw=False, **kwargs):
        if not raw:
            saved[(instance._meta.label, str(instance.pk))] = instance._meta

    post_save.connect(note, weak=False, dispatch_uid="demo.deferred_indexing")
    for model in searchable:
        post_save.disconnect(post_save_signal_handler, sender=model)
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        post_save.disconnect(note, dispatch_uid="demo.deferred_indexing")
        for model in searchable:
            post_save.connect(post_save_signal_handler, sender=model)

    searchable = set(searchable)
    pks_by_model = defaultdict(list)
    for (label, pk), meta in saved.items():
        pks_by_model[apps.get_model(label)].append(pk)
        if apps.get_model(label) in tracked:
            references.append((meta.app_label, meta.model_name, pk))
    for model, pks in pks_by_model.items():
        if model in searchable:
            objects = list(model.get_indexed_objects().filter(pk__in=pks))
            for backend in get_search_backends(with_auto_update=True):
                backend.add_bulk(model, objects)
    for app_label, model_name, pk in references:
        if apps.get_model(app_label, model_name).objects.filter(pk=pk).exists():
            update_reference_index_task.func(app_label, model_name, pk)
