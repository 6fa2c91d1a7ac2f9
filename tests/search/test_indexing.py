"""The index follows the pages: edits, moves, restrictions, vocabulary changes, rebuilds."""

import io

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from search import indexing, registry
from search.analysis import index_terms
from search.models import SearchEntry, SearchTerm
from tests.builders import add_page, add_project, restrict_to_login

FERIENBETREUUNG = index_terms("Ferienbetreuung")[0]  # the word's index term (its stem)


def titles(client, query):
    return [hit["title"] for hit in client.get("/api/search/", {"q": query}).json()["results"]]


@pytest.mark.django_db
def test_republished_edit_updates_the_entry(client, projects, django_capture_on_commit_callbacks):
    page = projects[0]
    page.title = "Sommerprogramm für Schulkinder"
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    entry = SearchEntry.objects.get(pk=page.pk)
    assert entry.title == "Sommerprogramm für Schulkinder"
    assert "kommune=bad-driburg" in entry.facet_codes.split()
    assert "thema=kinderbetreuung" in entry.facet_codes.split()
    assert client.get("/api/search/", {"q": "Sommerprogramm"}).json()["count"] == 1


@pytest.mark.django_db
def test_restricting_a_section_hides_its_pages_and_their_words(
    client, sections, projects, django_capture_on_commit_callbacks
):
    assert SearchTerm.objects.filter(term=FERIENBETREUUNG).exists()
    with django_capture_on_commit_callbacks(execute=True):
        restrict_to_login(sections["projects"])
    assert client.get("/api/search/", {"q": "Ferienbetreuung"}).json()["count"] == 0
    assert not SearchEntry.objects.filter(public=True).exists()
    # Restricted pages never feed "Meinten Sie …?" or typo lookup.
    assert not SearchTerm.objects.filter(term=FERIENBETREUUNG).exists()
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.all().delete()
    assert client.get("/api/search/", {"q": "Ferienbetreuung"}).json()["count"] == 1
    assert SearchTerm.objects.get(term=FERIENBETREUUNG).doc_count == 1


@pytest.mark.django_db
def test_group_restriction_shows_pages_to_members_only(
    client, sections, places, member, django_capture_on_commit_callbacks
):
    from django.contrib.auth.models import User

    with django_capture_on_commit_callbacks(execute=True):
        page = add_project(sections["projects"], title="Protokoll der Kursgruppe")
        restriction = PageViewRestriction.objects.create(page=page, restriction_type="groups")
        restriction.groups.set(member.groups.all())
    outsider = User.objects.create_user("aussen", password="geheim-123")
    client.force_login(outsider)
    assert client.get("/api/search/", {"q": "Protokoll"}).json()["count"] == 0
    client.force_login(member)
    assert client.get("/api/search/", {"q": "Protokoll"}).json()["count"] == 1


@pytest.mark.django_db
def test_moving_a_page_updates_its_url_and_visibility(
    client, home_page, sections, projects, django_capture_on_commit_callbacks
):
    from home.models import StandardPage

    with django_capture_on_commit_callbacks(execute=True):
        intern = add_page(home_page, StandardPage, title="Intern", slug="intern")
        restrict_to_login(intern)
        extra = add_page(home_page, StandardPage, title="Elternbriefe im Überblick", slug="eltern")
    assert "Elternbriefe im Überblick" in titles(client, "Elternbriefe")
    with django_capture_on_commit_callbacks(execute=True):
        extra.move(intern, pos="last-child")
    entry = SearchEntry.objects.get(pk=extra.pk)
    assert entry.url == "/intern/eltern/"
    assert "Elternbriefe im Überblick" not in titles(client, "Elternbriefe")


@pytest.mark.django_db
def test_theme_rename_reaches_the_index(projects, django_capture_on_commit_callbacks):
    from knowledge.models import Theme

    theme = Theme.objects.get(slug="kinderbetreuung")
    theme.name = "Betreuung von Kindern"
    with django_capture_on_commit_callbacks(execute=True):
        theme.save()
    entry = SearchEntry.objects.get(pk=projects[0].pk)
    assert entry.themes == [["kinderbetreuung", "Betreuung von Kindern"]]


@pytest.mark.django_db
def test_expired_pages_are_not_found_before_the_scheduler_unpublishes_them(
    client, projects, django_capture_on_commit_callbacks
):
    import datetime

    from django.utils import timezone
    from wagtail.models import Page

    page = projects[0]
    Page.objects.filter(pk=page.pk).update(expire_at=timezone.now() + datetime.timedelta(hours=1))
    with django_capture_on_commit_callbacks(execute=True):
        indexing.index_page(Page.objects.get(pk=page.pk))
    assert client.get("/api/search/", {"q": "Ferienbetreuung"}).json()["count"] == 1
    # The hour has passed; the page is still live until publish_scheduled runs.
    Page.objects.filter(pk=page.pk).update(expire_at=timezone.now() - datetime.timedelta(minutes=1))
    with django_capture_on_commit_callbacks(execute=True):
        indexing.index_page(Page.objects.get(pk=page.pk))
    assert Page.objects.get(pk=page.pk).live
    assert client.get("/api/search/", {"q": "Ferienbetreuung"}).json()["count"] == 0
    assert client.get("/api/search/").json()["count"] == 2


@pytest.mark.django_db
def test_rebuild_command_restores_the_same_index(projects):
    before = sorted(SearchEntry.objects.values_list("pk", "facet_codes"))
    terms = dict(SearchTerm.objects.values_list("term", "doc_count"))
    indexing.clear()
    assert not SearchEntry.objects.exists()
    out = io.StringIO()
    call_command("rebuild_search_index", stdout=out)
    assert "3 Seiten" in out.getvalue()
    assert sorted(SearchEntry.objects.values_list("pk", "facet_codes")) == before
    assert dict(SearchTerm.objects.values_list("term", "doc_count")) == terms


@pytest.mark.django_db(transaction=True)
def test_rebuild_outside_a_transaction_compacts_and_still_finds(client, projects):
    """Outside a transaction the rebuild truncates and vacuums (PostgreSQL) or optimises (FTS5)."""
    assert not connection.in_atomic_block
    call_command("rebuild_search_index", stdout=io.StringIO())
    call_command("rebuild_search_index", stdout=io.StringIO())
    assert SearchEntry.objects.count() == 3
    assert titles(client, "Ferienbetreuung") == ["Ferienbetreuung für Schulkinder"]
    facets = client.get("/api/search/").json()["facets"]
    assert {item["value"]: item["count"] for item in facets["jahr"]} == {"2014": 2, "2010": 1}


@pytest.mark.django_db
def test_generator_makes_varied_indexed_pages(client, home_page):
    call_command("generate_practice_projects", 30, stdout=io.StringIO())
    data = client.get("/api/search/").json()
    assert data["count"] == 30
    assert len(data["facets"]["kreis"]) > 3 and len(data["facets"]["jahr"]) > 3
    assert client.get("/api/search/", {"q": "Projektkennung PX00007"}).json()["results"][0]


@pytest.mark.django_db
@pytest.mark.database_engine
def test_entries_are_the_rows_django_would_write(projects):
    """The index writes its entries in bulk (operations.bulk); Django's own bulk_create of the
    same entries stores the same values, and on PostgreSQL the vector written with each row is
    the weighted vector of the page's analysed texts."""
    concrete = SearchEntry._meta.local_concrete_fields
    fields = [f.attname for f in concrete if f.name != "search_vector"]
    written = list(SearchEntry.objects.order_by("pk").values_list(*fields))
    assert len(written) == len(projects)
    entries = list(SearchEntry.objects.order_by("pk"))
    SearchEntry.objects.all().delete()
    SearchEntry.objects.bulk_create(entries)
    assert list(SearchEntry.objects.order_by("pk").values_list(*fields)) == written
    if connection.vendor != "postgresql":
        return
    indexing.index_pages([page.specific for page in projects])
    for page in projects:
        document = registry.document_for(page.specific)
        texts = [" ".join(terms) for terms in indexing._analysed(document)]
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT search_vector = (SELECT {indexing.PG_VECTOR} FROM "  # noqa: S608
                f"(SELECT {', '.join(f'%s::text AS {c}' for c in indexing.COLUMNS)}) v) "
                "FROM search_searchentry WHERE page_id = %s",
                [*texts, page.pk],
            )
            assert cursor.fetchone() == (True,)


@pytest.mark.django_db
def test_reindexing_replaces_a_restricted_pages_postings(
    client, sections, member, django_capture_on_commit_callbacks
):
    """A restricted entry adds nothing to the vocabulary, but its rows are still replaced."""
    with django_capture_on_commit_callbacks(execute=True):
        page = add_project(sections["projects"], title="Protokoll der Kursgruppe")
        restrict_to_login(page)
    protokoll, sitzung = index_terms("Protokoll")[0], index_terms("Sitzungsbericht")[0]

    def postings(term):
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT page_id FROM search_searchposting WHERE term = %s AND page_id = %s",
                [term, page.pk],
            )
            return cursor.fetchall()

    assert postings(protokoll) == [(page.pk,)]
    page.title = page.summary = "Sitzungsbericht der Kursgruppe"
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()

    assert postings(protokoll) == []
    assert postings(sitzung) == [(page.pk,)]
    assert not SearchTerm.objects.filter(term__in=[protokoll, sitzung]).exists()
    client.force_login(member)
    assert titles(client, "Sitzungsbericht") == ["Sitzungsbericht der Kursgruppe"]


@pytest.mark.django_db
def test_indexing_new_pages_deletes_nothing(projects):
    """New pages have no rows to replace: their batch writes without a DELETE."""
    for page in projects:
        indexing.remove_pages([page.pk])
    pages = [page.specific for page in projects]
    with CaptureQueriesContext(connection) as queries:
        indexing.index_pages(pages)
    assert SearchEntry.objects.filter(pk__in=[p.pk for p in projects]).count() == len(projects)
    assert not [q["sql"] for q in queries.captured_queries if q["sql"].startswith("DELETE")]


@pytest.mark.django_db
def test_plain_search_fields_read_directly_give_modelsearchs_values(projects):
    """`registry` reads plain fields as attributes; modelsearch's `get_value` gives the same."""
    from search.registry import _plain_attname, _plain_search_fields

    pages = [page.specific for page in projects]
    pages += [search_type.model() for search_type in registry.registered_types()]
    direct = 0
    for page in pages:
        for search_field in _plain_search_fields(type(page)):
            attname = _plain_attname(type(page), search_field.field_name)
            if attname:
                assert getattr(page, attname) == search_field.get_value(page), search_field
                direct += 1
    assert direct >= len(projects)  # practice projects have plain text fields (authors, ...)
    assert _plain_attname(type(pages[0]), "municipality") is None  # a relation
    assert _plain_attname(type(pages[0]), "no_such_field") is None
