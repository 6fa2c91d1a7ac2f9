"""The view-restriction rules: read from the database, kept per process for a second at most."""

import time

import pytest
from django.contrib.auth.models import AnonymousUser
from wagtail.models import PageViewRestriction

from knowledge.access import hidden_paths
from tests.builders import add_page, restrict_to_login

pytestmark = pytest.mark.django_db


def test_a_restriction_made_in_this_process_counts_at_once(home_page, settings):
    settings.VIEW_RESTRICTION_RECHECK_SECONDS = 3600
    page = add_page(home_page, title="Intern")
    assert hidden_paths(AnonymousUser()) == []
    restrict_to_login(page)
    assert hidden_paths(AnonymousUser()) == [page.path]


def test_a_restriction_made_elsewhere_counts_within_the_window(home_page, settings):
    settings.VIEW_RESTRICTION_RECHECK_SECONDS = 0.2
    page = add_page(home_page, title="Intern")
    assert hidden_paths(AnonymousUser()) == []
    # What another app server saves: no signal reaches this process, and no cache is asked.
    PageViewRestriction.objects.bulk_create(
        [PageViewRestriction(page=page, restriction_type=PageViewRestriction.LOGIN)]
    )
    time.sleep(0.25)
    assert hidden_paths(AnonymousUser()) == [page.path]


def test_documents_below_a_restricted_collection_are_private():
    """The restriction of a collection covers its sub-collections, not its siblings."""
    from wagtail.documents import get_document_model
    from wagtail.models import Collection, CollectionViewRestriction

    from knowledge.access import in_private_collection
    from tests.builders import add_document

    root = Collection.get_first_root_node()
    internal = root.add_child(name="Intern")
    minutes = internal.add_child(name="Protokolle")
    public = root.add_child(name="Öffentlich")
    CollectionViewRestriction.objects.create(
        collection=internal, restriction_type=CollectionViewRestriction.LOGIN
    )
    for title, collection in [("Notiz", internal), ("Protokoll", minutes), ("Flyer", public)]:
        add_document(title, collection=collection)
    add_document("Ohne Ordner")
    documents = get_document_model().objects
    assert set(documents.filter(in_private_collection()).values_list("title", flat=True)) == {
        "Notiz",
        "Protokoll",
    }
    assert set(documents.exclude(in_private_collection()).values_list("title", flat=True)) == {
        "Flyer",
        "Ohne Ordner",
    }
