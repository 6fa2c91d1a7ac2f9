"""Query budgets of issue 10 (uncached practice-project page <= 12, home page <= 15), kept at
what the pages need today: 10 and 7 (one of them reads the page's view restrictions from the
database for Wagtail's access check, issue 17)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.builders import add_page, knowledge_sections, restrict_to_login
from tests.knowledge.test_queries import fill

pytestmark = pytest.mark.django_db


def queries(client, url):
    client.get(url)  # per-process caches and the per-generation menu and footer
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200
    return len(ctx)


@pytest.fixture
def sections(home_page):
    sections = knowledge_sections(home_page)
    for slug, title in [("impressum", "Impressum"), ("datenschutz", "Datenschutz")]:
        add_page(home_page, slug=slug, title=title)
    return sections


def test_project_page_budget_holds_as_content_grows(client, sections):
    from knowledge.models import PracticeProjectPage

    fill(sections, 5)
    url = PracticeProjectPage.objects.order_by("pk").first().url
    small = queries(client, url)
    fill(sections, 30)
    large = queries(client, url)
    assert small == large <= 10, (small, large)


def test_home_page_budget(client, sections):
    fill(sections, 10)
    assert queries(client, "/") <= 7


def test_budget_with_restricted_sections(client, sections):
    from knowledge.models import PracticeProjectPage

    fill(sections, 5)
    restrict_to_login(add_page(sections["projects"].get_parent().specific, title="Intern"))
    url = PracticeProjectPage.objects.order_by("pk").first().url
    assert queries(client, url) <= 10


def test_a_cached_page_costs_no_query(client, sections, page_cache):
    from knowledge.models import PracticeProjectPage

    fill(sections, 3)
    url = PracticeProjectPage.objects.first().url
    queries(client, url)
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url)["X-Cache"] == "HIT"
    assert len(ctx) == 0
