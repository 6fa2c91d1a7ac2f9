import os
import socket
import threading
import uuid
from types import SimpleNamespace

import pytest
from django.contrib.auth.models import Group, User

from tests.builders import add_project, knowledge_sections, kreis, municipality

# OPENSEARCH_URL set: every search test runs against that cluster, each in a fresh index.
CLUSTER_URLS = [url for url in os.environ.get("OPENSEARCH_URL", "").split(",") if url.strip()]
# SEARCH_TWO_PASSES=1: the cluster ranks in two passes as in a large collection
# (`search.backends.query.TWO_PASS_FROM`), whatever the number of pages.
TWO_PASSES = os.environ.get("SEARCH_TWO_PASSES") == "1"


def cluster_config(**options):
    """SEARCH_ENGINE for a test: a fresh index prefix, writes sent and visible at once."""
    prefix = os.environ.get("SEARCH_INDEX_PREFIX", "famnrw_test_")
    return {
        "BACKEND": "search.backends.opensearch.OpenSearchBackend",
        "URLS": CLUSTER_URLS,
        "INDEX_PREFIX": f"{prefix}{uuid.uuid4().hex[:12]}_",
        "TIMEOUT": 10,
        "REPLICAS": 0,
        "SYNC": "immediate",
        "REFRESH": True,
        **options,
    }


def pytest_collection_modifyitems(config, items):
    if not CLUSTER_URLS:
        return
    kept, left_out = [], []
    for item in items:
        (left_out if item.get_closest_marker("database_engine") else kept).append(item)
    if left_out:
        config.hook.pytest_deselected(items=left_out)
        items[:] = kept


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """In CI's cluster run no search test may skip: a skip there is a failure."""
    outcome = yield
    report = outcome.get_result()
    if report.skipped and CLUSTER_URLS and os.environ.get("CI"):
        report.outcome = "failed"
        report.longrepr = f"Skipped in the OpenSearch run of CI: {report.longrepr}"


@pytest.fixture(autouse=True)
def search_engine(request, settings):
    """The engine of this run: the database search, or a fresh index on the cluster."""
    from search import backends

    if not CLUSTER_URLS or request.node.get_closest_marker("database_engine"):
        yield backends.database()
        return
    # The index settings read the synonyms: the database must be open first.
    marker = request.node.get_closest_marker("django_db")
    transactional = marker is not None and marker.kwargs.get("transaction")
    request.getfixturevalue("transactional_db" if transactional else "db")
    settings.SEARCH_ENGINE = cluster_config()
    if TWO_PASSES:
        from search.backends import query

        request.getfixturevalue("monkeypatch").setattr(query, "TWO_PASS_FROM", 0)
    engine = backends.engine()
    engine.ensure_index()
    yield engine
    engine.drop()
    backends.reset()


@pytest.fixture
def cluster(search_engine):
    """The cluster engine; tests that need one skip without OPENSEARCH_URL (fail in its CI run)."""
    if not CLUSTER_URLS:
        pytest.skip("OPENSEARCH_URL is not set: runs in CI's OpenSearch pass")
    return search_engine


@pytest.fixture
def sections(home_page):
    return knowledge_sections(home_page)


@pytest.fixture
def places(db):
    hoexter = kreis("Kreis Höxter", slug="kreis-hoexter")
    unna = kreis("Kreis Unna", slug="kreis-unna")
    return {
        "driburg": municipality("Bad Driburg", kreis=hoexter, slug="bad-driburg"),
        "hoexter": hoexter,
        "schwerte": municipality("Schwerte", kreis=unna, slug="schwerte"),
        "unna": unna,
    }


@pytest.fixture
def projects(sections, places, django_capture_on_commit_callbacks):
    """Three public projects in different places, years and themes; the index is current."""
    with django_capture_on_commit_callbacks(execute=True):
        return [
            add_project(
                sections["projects"],
                title="Ferienbetreuung für Schulkinder",
                summary="Ferienbetreuung in den Sommerferien für Kinder berufstätiger Eltern.",
                themes=["kinderbetreuung"],
                target_groups=["alleinerziehende"],
                municipality=places["driburg"],
                year=2010,
                approach="<p>Die Stadt organisierte mit <b>Vereinen</b> eine Ferienfreizeit.</p>",
            ),
            add_project(
                sections["projects"],
                title="Familienbüro im Rathaus",
                summary="Eine zentrale Anlaufstelle für Familien in der Verwaltung.",
                themes=["bildung"],
                municipality=places["schwerte"],
                year=2014,
                results="<p>Weiterbildung für Fachleute in der Kommune wurde angeboten.</p>",
            ),
            add_project(
                sections["projects"],
                title="Pflege von Angehörigen",
                summary="Beratung für pflegende Angehörige im ländlichen Raum.",
                municipality=places["hoexter"],
                year=2014,
            ),
        ]


@pytest.fixture
def member(db):
    group, _ = Group.objects.get_or_create(name="Familienmanagerinnen")
    user = User.objects.create_user("mitglied", password="geheim-123")
    user.groups.add(group)
    return user


@pytest.fixture
def silent_server():
    """A TCP server that accepts connections and never answers: a hanging cluster."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(16)
    accepted, stop = [], threading.Event()

    def serve():
        server.settimeout(0.2)
        while not stop.is_set():
            try:
                accepted.append(server.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield SimpleNamespace(url=f"http://127.0.0.1:{server.getsockname()[1]}", accepted=accepted)
    stop.set()
    thread.join()
    for connection in accepted:
        connection.close()
    server.close()
