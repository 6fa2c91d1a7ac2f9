"""The practice-project listing's free text, answered by whichever engine runs (in CI also the
OpenSearch pass): ids of readable projects, best first."""

import pytest
from django.contrib.auth.models import AnonymousUser

from knowledge import text_search
from knowledge.models import PracticeProjectPage
from search import listing
from tests.builders import add_page, restrict_to_login

pytestmark = pytest.mark.django_db


def site_search_titles(page):
    """Titles the site search finds for the page's title (the page is indexed)."""
    from search import backends
    from search.engine import Filters

    outcome, _ = backends.ask("search", page.title, Filters(), AnonymousUser())
    return [hit.title for hit in outcome.hits]


def test_the_search_app_answers_the_listings_text():
    assert text_search._matcher["ranked_ids"] is listing.ranked_ids


def test_ranked_ids_are_readable_projects_best_first(
    projects, sections, member, django_capture_on_commit_callbacks
):
    ferien, buero, pflege = projects
    anonymous = AnonymousUser()
    assert listing.ranked_ids(PracticeProjectPage, "Ferienbetreuung", anonymous) == [ferien.pk]
    ids = listing.ranked_ids(PracticeProjectPage, "Familien Verwaltung", anonymous)
    assert ids[:1] == [buero.pk]
    assert listing.ranked_ids(PracticeProjectPage, "und der die", anonymous) == []
    with django_capture_on_commit_callbacks(execute=True):
        restrict_to_login(pflege)
    assert pflege.pk not in listing.ranked_ids(PracticeProjectPage, "Angehörige", anonymous)
    assert listing.ranked_ids(PracticeProjectPage, "Angehörige", member)[:1] == [pflege.pk]


def test_ranked_ids_hold_only_the_listings_type(
    projects, sections, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        page = add_page(sections["projects"].get_parent(), title="Ferienbetreuung", slug="ferien")
    assert "Ferienbetreuung" in site_search_titles(page)
    ids = listing.ranked_ids(PracticeProjectPage, "Ferienbetreuung", AnonymousUser())
    assert ids == [projects[0].pk]
