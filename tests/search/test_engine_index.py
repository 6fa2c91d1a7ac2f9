"""The cluster's index follows the pages, off the request path, and is rebuilt behind an alias.

Against a real OpenSearch node (OPENSEARCH_URL); without one these tests skip (CI runs them).
"""

import io
import time

import pytest
from django.core.files.base import ContentFile
from django.core.management import call_command
from wagtail.models import PageViewRestriction

from search import backends
from search.backends import sync
from search.models import EngineUpdate
from tests.builders import add_document, add_page, add_project, pdf_bytes, restrict_to_login

from .conftest import cluster_config

pytestmark = pytest.mark.django_db


def stored(cluster, *pages):
    """{page id: the cluster's document or None}."""
    found = cluster.call(
        "mget", index=cluster.alias, body={"ids": [str(page.pk) for page in pages]}
    )
    return {int(doc["_id"]): doc.get("_source") for doc in found["docs"]}


def test_publish_edit_unpublish_and_delete_reach_the_cluster(
    cluster, projects, django_capture_on_commit_callbacks
):
    page = projects[0]
    assert stored(cluster, page)[page.pk]["title"] == "Ferienbetreuung für Schulkinder"
    page.title = "Sommerprogramm für Schulkinder"
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    assert stored(cluster, page)[page.pk]["title"] == "Sommerprogramm für Schulkinder"
    with django_capture_on_commit_callbacks(execute=True):
        page.unpublish()
    with django_capture_on_commit_callbacks(execute=True):
        projects[1].delete()
    assert stored(cluster, page, projects[1], projects[2]) == {
        page.pk: None,
        projects[1].pk: None,
        projects[2].pk: stored(cluster, projects[2])[projects[2].pk],
    }
    assert cluster.call("count", index=cluster.alias)["count"] == 1


def test_move_and_restriction_change_update_path_url_and_vocabulary(
    cluster, home_page, projects, django_capture_on_commit_callbacks
):
    from home.models import StandardPage

    with django_capture_on_commit_callbacks(execute=True):
        intern = add_page(home_page, StandardPage, title="Intern", slug="intern")
        extra = add_page(home_page, StandardPage, title="Elternbriefe im Überblick", slug="eltern")
    assert stored(cluster, extra)[extra.pk]["url"] == "/eltern/"
    with django_capture_on_commit_callbacks(execute=True):
        extra.move(intern, pos="last-child")
    moved = stored(cluster, extra)[extra.pk]
    assert moved["url"] == "/intern/eltern/" and moved["path"].startswith(intern.path)
    assert moved["public"] is True
    with django_capture_on_commit_callbacks(execute=True):
        restrict_to_login(intern)
    hidden = stored(cluster, extra)[extra.pk]
    assert hidden["public"] is False
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.all().delete()
    assert stored(cluster, extra)[extra.pk]["public"] is True


def test_a_documents_new_text_reaches_the_cluster(
    cluster, sections, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        paper = add_document("Praxisarbeit", pdf_bytes("Die Quartiersbegehung mit Eltern."))
    with django_capture_on_commit_callbacks(execute=True):
        project = add_project(sections["projects"], title="Sichere Schulwege", practice_paper=paper)
    assert "Quartiersbegehung" in stored(cluster, project)[project.pk]["documents"]
    with django_capture_on_commit_callbacks(execute=True):
        paper.file.save("neu.pdf", ContentFile(pdf_bytes("Neue Fassung zum Elterntaxi.")))
    text = stored(cluster, project)[project.pk]["documents"]
    assert "Elterntaxi" in text and "Quartiersbegehung" not in text


def test_changes_wait_in_the_queue_while_the_cluster_is_down(
    cluster, sections, settings, django_capture_on_commit_callbacks
):
    settings.SEARCH_ENGINE = cluster_config(
        URLS=["http://127.0.0.1:9"], INDEX_PREFIX=cluster.prefix, TIMEOUT=1
    )
    with django_capture_on_commit_callbacks(execute=True):
        page = add_project(sections["projects"], title="Familienpass für alle")
    assert page.live  # publishing never waits for, or fails with, the cluster
    queued = EngineUpdate.objects.get(page_id=page.pk)
    assert queued.attempts == 0
    # Retries come later after each failure.
    sync.drain(everything=True)
    first = EngineUpdate.objects.get(page_id=page.pk)
    sync.drain(everything=True)
    second = EngineUpdate.objects.get(page_id=page.pk)
    assert (first.attempts, second.attempts) == (1, 2)
    assert second.retry_at - second.queued_at > first.retry_at - first.queued_at
    assert "ConnectionError" in second.error
    # The cluster is back: the command sends what waited, and the queue is empty.
    settings.SEARCH_ENGINE = cluster_config(INDEX_PREFIX=cluster.prefix)
    out = io.StringIO()
    call_command("sync_search_engine", stdout=out)
    assert "1 Seiten übertragen, 0 ausstehend" in out.getvalue()
    assert stored(backends.engine(), page)[page.pk]["title"] == "Familienpass für alle"
    assert not EngineUpdate.objects.exists()


def test_an_index_built_before_a_new_field_takes_it_and_its_pages(
    cluster, projects, django_capture_on_commit_callbacks
):
    """An index of an older release (no page length) still takes page changes: the field
    joins its mapping (a strict mapping would refuse every document otherwise)."""
    from search.backends import schema

    cluster.drop()
    older = schema.index_body(replicas=0)
    del older["mappings"]["properties"]["brevity"]
    name = cluster.index_name()
    cluster.call("indices.create", index=name, body=older)
    cluster.call("indices.put_alias", index=name, name=cluster.alias)
    page = projects[0]
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    mapping = cluster.call("indices.get_mapping", index=name)[name]["mappings"]
    assert mapping["properties"]["brevity"] == {"type": "float"}
    assert stored(cluster, page)[page.pk]["brevity"] == 1.0
    assert cluster.live_indexes() == [name]


def test_rebuild_fills_a_new_index_and_swaps_the_alias_at_once(
    cluster, projects, django_capture_on_commit_callbacks
):
    (old,) = cluster.live_indexes()
    during = []

    def progress(count):
        during.append((cluster.live_indexes(), cluster.call("count", index=cluster.alias)["count"]))
        # A change while the new index fills waits, and reaches the new index after the swap.
        with django_capture_on_commit_callbacks(execute=True):
            projects[0].unpublish()

    assert cluster.rebuild(progress=progress) == 3
    (new,) = cluster.live_indexes()
    assert new != old
    # Meanwhile the alias answered from the complete old index, never the half-built one.
    assert during == [([old], 3)]
    assert not cluster.call("indices.exists", index=old)
    documents = stored(cluster, *projects)
    assert documents[projects[0].pk] is None
    assert all(documents[page.pk] for page in projects[1:])
    assert not EngineUpdate.objects.exists()


def index_settings(cluster, index):
    found = cluster.call("indices.get_settings", index=index, flat_settings=True)
    values = found[index]["settings"]
    keys = ("refresh_interval", "number_of_replicas")
    return {key: values.get(f"index.{key}") for key in keys}


@pytest.mark.parametrize(("replicas", "expected"), [(0, "0"), ("0-1", "0")])
def test_rebuild_fills_without_refresh_or_replicas_and_restores_them(
    cluster, projects, settings, replicas, expected
):
    settings.SEARCH_ENGINE = cluster_config(INDEX_PREFIX=cluster.prefix, REPLICAS=replicas)
    engine = backends.engine()
    during = []

    def progress(count):
        (building,) = engine._aliased(engine.building_alias)
        during.append(index_settings(engine, building))

    assert engine.rebuild(progress=progress) == 3
    assert during == [{"refresh_interval": "-1", "number_of_replicas": "0"}]
    (live,) = engine.live_indexes()
    assert index_settings(engine, live) == {
        "refresh_interval": "1s",
        "number_of_replicas": expected,  # a single node: "0-1" expands to none
    }
    auto = engine.call("indices.get_settings", index=live, flat_settings=True)[live]["settings"]
    assert auto.get("index.auto_expand_replicas", "false") == (
        "0-1" if replicas == "0-1" else "false"
    )


def test_rebuild_command_rebuilds_database_and_cluster(cluster, projects):
    out = io.StringIO()
    call_command("rebuild_search_index", stdout=out)
    assert "Datenbank: 3 Seiten" in out.getvalue()
    assert "opensearch: 3 Seiten" in out.getvalue()
    assert cluster.call("count", index=cluster.alias)["count"] == 3


@pytest.mark.django_db(transaction=True)
def test_background_sync_keeps_the_editor_from_waiting(cluster, settings, silent_server, home_page):
    """Publishing with a hanging cluster returns at once; the worker sends the page later."""
    from tests.builders import knowledge_sections

    sections = knowledge_sections(home_page)
    settings.SEARCH_ENGINE = cluster_config(
        URLS=[silent_server.url], INDEX_PREFIX=cluster.prefix, TIMEOUT=2, SYNC="background"
    )
    started = time.perf_counter()
    page = add_project(sections["projects"], title="Elterncafé im Quartier")
    assert time.perf_counter() - started < 1.5  # not one cluster timeout (2 s) on the way
    deadline = time.monotonic() + 20
    while EngineUpdate.objects.filter(page_id=page.pk, attempts=0).exists():
        assert time.monotonic() < deadline, "the worker never tried"
        time.sleep(0.1)
    # The cluster answers again: the worker, woken by the next change, sends both pages.
    settings.SEARCH_ENGINE = cluster_config(INDEX_PREFIX=cluster.prefix, SYNC="background")
    EngineUpdate.objects.update(retry_at=EngineUpdate.objects.get().queued_at)
    other = add_project(sections["projects"], title="Spielplatzpaten")
    engine = backends.engine()
    while EngineUpdate.objects.exists():
        assert time.monotonic() < deadline + 20, "the worker never sent the pages"
        time.sleep(0.1)
    engine.call("indices.refresh", index=engine.alias)
    assert all(stored(engine, page, other).values())
