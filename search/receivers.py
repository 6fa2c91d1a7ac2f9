"""Signal wiring: synonym changes, document uploads, a search cluster following the index."""

from django.apps import apps
from django.db.models.signals import post_delete, post_save
from wagtail.documents import get_document_model

from .analysis import PLACE_MODEL, synonyms_changed
from .backends import sync
from .documents import document_saved
from .indexing import entries_changed
from .models import ExpansionBlock, Synonym


def connect():
    post_save.connect(synonyms_changed, sender=Synonym, dispatch_uid="search_synonyms_saved")
    post_delete.connect(synonyms_changed, sender=Synonym, dispatch_uid="search_synonyms_deleted")
    # A search cluster follows the database index and the synonyms (search.backends.sync).
    entries_changed.connect(sync.pages_changed, dispatch_uid="search_engine_pages")
    post_save.connect(sync.synonyms_changed, sender=Synonym, dispatch_uid="search_engine_syn")
    post_delete.connect(sync.synonyms_changed, sender=Synonym, dispatch_uid="search_engine_syn_d")
    post_save.connect(
        synonyms_changed, sender=ExpansionBlock, dispatch_uid="search_expansions_saved"
    )
    post_delete.connect(
        synonyms_changed, sender=ExpansionBlock, dispatch_uid="search_expansions_deleted"
    )
    # Place names are never thesaurus expansions (search.analysis.SynonymTable.places).
    places = apps.get_model(PLACE_MODEL)
    post_save.connect(synonyms_changed, sender=places, dispatch_uid="search_places_saved")
    post_delete.connect(synonyms_changed, sender=places, dispatch_uid="search_places_deleted")
    post_save.connect(
        document_saved, sender=get_document_model(), dispatch_uid="search_document_text"
    )
