"""/healthz and /readyz for load balancers."""

import pytest


def test_healthz_needs_no_database_and_accepts_any_host(client, django_assert_num_queries, db):
    with django_assert_num_queries(0):
        response = client.get("/healthz", HTTP_HOST="10.0.0.17")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert "no-store" in response["Cache-Control"]


@pytest.mark.django_db
def test_readyz_checks_database_and_cache_and_names_the_search_engine(client):
    response = client.get("/readyz", HTTP_HOST="10.0.0.17")
    assert response.status_code == 200
    assert response.json() == {
        "status": "ok",
        "checks": {"database": "ok", "cache": "ok", "search": "database: ok"},
    }


@pytest.mark.django_db
def test_an_unreachable_search_cluster_is_reported_not_failing_and_not_located(client, settings):
    settings.SEARCH_ENGINE = {
        "BACKEND": "search.backends.opensearch.OpenSearchBackend",
        "URLS": ["http://10.255.255.1:9200", "http://127.0.0.1:9"],
        "INDEX_PREFIX": "famnrw_readyz_",
        "TIMEOUT": 0.5,
    }
    response = client.get("/readyz")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok" and body["checks"]["database"] == "ok"
    assert "unavailable" in body["checks"]["search"]
    text = response.content.decode()
    assert "10.255.255.1" not in text and "127.0.0.1" not in text and ":9200" not in text


def test_addresses_never_reach_the_answer():
    from operations.health import _public

    for detail in ("cache.intern:6379", "redis://10.0.0.5:6379/0", "[fd00::5]:9200"):
        assert detail not in _public(f"Fehler bei {detail} beim Verbinden")
    assert _public("opensearch: unavailable (ConnectionError to 10.0.0.7:9200)") == (
        "opensearch: unavailable"
    )
