"""Signal wiring of the language analysis: synonym changes and document uploads."""

from django.db.models.signals import post_delete, post_save
from wagtail.documents import get_document_model

from .analysis import synonyms_changed
from .documents import document_saved
from .models import Synonym


def connect():
    post_save.connect(synonyms_changed, sender=Synonym, dispatch_uid="search_synonyms_saved")
    post_delete.connect(synonyms_changed, sender=Synonym, dispatch_uid="search_synonyms_deleted")
    post_save.connect(
        document_saved, sender=get_document_model(), dispatch_uid="search_document_text"
    )
