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
