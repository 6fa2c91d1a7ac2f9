"""Wagtail's API v2 exposes public knowledge pages with their structured fields, nothing else."""

import datetime

import pytest
from django.utils import timezone

from tests.builders import add_module, add_project, add_result, restrict_to_login

pytestmark = pytest.mark.django_db


def api(client, **params):
    response = client.get("/api/v2/pages/", params)
    assert response.status_code == 200, response.content[:300]
    return response.json()


def test_practice_project_fields(client, sections):
    project = add_project(
        sections["projects"],
        title="Pflegelotsen",
        themes=["pflege-von-angehoerigen"],
        target_groups=["pflegende-angehoerige"],
        status="verstetigt",
        goals="<p>Entlastung</p>",
    )
    data = api(
        client,
        type="knowledge.PracticeProjectPage",
        fields="summary,themes,municipality,year,status,target_groups,goals,is_archived",
    )
    assert data["meta"]["total_count"] == 1
    item = data["items"][0]
    assert item["id"] == project.pk
    assert item["themes"] == ["Pflege von Angehörigen"]
    assert item["year"] == 2010 and item["status"] == "verstetigt"
    assert item["municipality"]["id"] == project.municipality_id
    assert "Entlastung" in item["goals"]
    assert item["is_archived"] is False


def test_module_and_result_fields(client, sections):
    module = add_module(sections["course"], number=4)
    result = add_result(sections["groups"])
    detail = client.get(f"/api/v2/pages/{module.pk}/").json()
    assert detail["number"] == 4 and detail["learning_goals"][0]["text"] == "Familienformen kennen"
    detail = client.get(f"/api/v2/pages/{result.pk}/").json()
    assert detail["findings"][0]["headline"] == "Querschnittsaufgabe"


def test_drafts_restricted_and_expired_pages_stay_out(client, sections):
    add_project(sections["projects"], title="Öffentlich")
    draft = add_project(sections["projects"], title="Entwurf", publish=False)
    private = add_project(sections["projects"], title="Intern")
    restrict_to_login(private)
    expired = add_project(sections["projects"], title="Abgelaufen")
    type(expired).objects.filter(pk=expired.pk).update(
        expire_at=timezone.now() - datetime.timedelta(hours=1)
    )
    titles = {i["title"] for i in api(client, type="knowledge.PracticeProjectPage")["items"]}
    assert titles == {"Öffentlich"}
    for page in (draft, private, expired):
        assert client.get(f"/api/v2/pages/{page.pk}/").status_code == 404
