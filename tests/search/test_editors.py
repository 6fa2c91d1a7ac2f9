"""What editors get: promoted results and the report of frequent and fruitless queries."""

import pytest
from django.contrib.auth.models import User
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from tests.builders import add_project, restrict_to_login


@pytest.mark.django_db
def test_promotions_come_first_on_page_and_api(client, projects):
    query = Query.get("kita")
    SearchPromotion.objects.create(query=query, page=projects[1], description="Unser Tipp")
    SearchPromotion.objects.create(
        query=query, external_link_url="https://example.org/kita", external_link_text="Kita-Portal"
    )
    response = client.get("/suche/", {"q": "Kita"})
    body = response.content.decode()
    assert "Empfehlungen der Redaktion" in body and "Unser Tipp" in body and "Kita-Portal" in body
    data = client.get("/api/search/", {"q": "kita"}).json()
    assert [p["title"] for p in data["promotions"]] == ["Familienbüro im Rathaus", "Kita-Portal"]


@pytest.mark.django_db
def test_promotions_of_restricted_pages_stay_hidden(client, projects):
    restrict_to_login(projects[1])
    SearchPromotion.objects.create(query=Query.get("kita"), page=projects[1])
    assert client.get("/api/search/", {"q": "kita"}).json()["promotions"] == []


@pytest.mark.django_db
def test_report_lists_frequent_and_zero_hit_queries(client, projects):
    for query in ("Ferienbetreuung", "ferienbetreuung", "Xylophon"):
        client.get("/suche/", {"q": query})
    client.get("/suche/", {"q": "Ferienbetreuung", "seite": "1"})
    admin = User.objects.create_superuser("redaktion", password="geheim-123")
    client.force_login(admin)
    response = client.get("/admin/reports/suchanfragen/")
    assert response.status_code == 200
    frequent = response.context["frequent"]
    assert frequent[0]["query"] == "ferienbetreuung" and frequent[0]["total"] == 3
    assert [row["query"] for row in response.context["zero"]] == ["xylophon"]


@pytest.mark.django_db
def test_report_is_for_editors_only(client, projects):
    user = User.objects.create_user("leser", password="geheim-123")
    client.force_login(user)
    assert client.get("/admin/reports/suchanfragen/").status_code in (302, 403)


@pytest.mark.django_db
def test_editors_see_why_a_hit_ranks_first(admin_client, projects):
    response = admin_client.get("/admin/reports/suchanfragen/erklaeren/", {"q": "Ferienbetreuung"})
    assert response.status_code == 200
    first = response.context["explanations"][0]
    assert first.title == "Ferienbetreuung für Schulkinder"
    assert {match.how for match in first.matches} >= {"Suchwort"}
    assert "Titel" in first.matches[0].fields
    assert "Ferienbetreuung für Schulkinder" in response.content.decode()


@pytest.mark.django_db
def test_the_explanation_follows_the_search_page_and_names_its_engine(
    admin_client, projects, search_engine
):
    from search.explain import ENGINE_LABELS

    shown = admin_client.get("/api/search/", {"q": "Familien Ferien"}).json()["results"]
    response = admin_client.get("/admin/reports/suchanfragen/erklaeren/", {"q": "Familien Ferien"})
    explained = [item.title for item in response.context["explanations"]]
    assert len(explained) >= 2
    assert explained == [hit["title"] for hit in shown]
    assert f"Suchmaschine: {ENGINE_LABELS[search_engine.name]}" in response.content.decode()


@pytest.mark.django_db
def test_editors_see_that_a_long_page_counts_less(
    admin_client, sections, search_engine, django_capture_on_commit_callbacks
):
    """As the answering engine weighs it: the cluster by words, at least half; the database
    by index terms, without a floor."""
    from search.backends.schema import LONG_PAGE_WEIGHT

    chapter = " ".join(["Bedarfe erheben, Angebote planen, Träger beteiligen."] * 60)
    with django_capture_on_commit_callbacks(execute=True):
        add_project(sections["projects"], title="Sozialplanung", results=f"<p>{chapter}</p>")
        add_project(sections["projects"], title="Spielplatzpaten", summary="Mit Sozialplanung.")
    response = admin_client.get("/admin/reports/suchanfragen/erklaeren/", {"q": "Sozialplanung"})
    weights = {item.title: item.length_weight for item in response.context["explanations"]}
    assert weights["Spielplatzpaten"] == 1
    if search_engine.name == "database":
        assert 0 < weights["Sozialplanung"] < LONG_PAGE_WEIGHT
    else:
        assert weights["Sozialplanung"] == LONG_PAGE_WEIGHT
    assert "Lange Seite: Punkte × 0," in response.content.decode()


@pytest.mark.django_db
def test_the_explanation_is_for_editors_only(client, projects):
    response = client.get("/admin/reports/suchanfragen/erklaeren/", {"q": "Ferienbetreuung"})
    assert response.status_code in (302, 403)
