"""/healthz and /readyz for load balancers."""

import pytest


def test_healthz_needs_no_database_and_accepts_any_host(client, django_assert_num_queries, db):
    with django_assert_num_queries(0):
        response = client.get("/healthz", HTTP_HOST="10.0.0.17")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert "no-store" in response["Cache-Control"]


@pytest.mark.django_db
def test_readyz_checks_database_cache_and_search(client):
    response = client.get("/readyz", HTTP_HOST="10.0.0.17")
    assert response.status_code == 200
    assert response.json() == {
        "status": "ok",
        "checks": {"database": "ok", "cache": "ok", "search": "ok"},
    }


@pytest.mark.django_db
def test_readyz_reports_an_unreachable_search_cluster(client, settings):
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "wagtail.search.backends.elasticsearch8",
            "URLS": ["http://127.0.0.1:1"],
            "TIMEOUT": 1,
        }
    }
    response = client.get("/readyz")
    assert response.status_code == 503
    body = response.json()
    assert body["checks"]["search"].startswith("error")
    assert body["checks"]["database"] == "ok"
