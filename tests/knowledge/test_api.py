"""Wagtail's API v2 exposes public knowledge pages with their structured fields, nothing else."""

import datetime

import pytest
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

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


PROBES = [
    ("/api/v2/pages/?offset=99999999999999999999", "„offset“ muss eine ganze Zahl"),
    ("/api/v2/pages/?limit=99999999999999999999", "„limit“ muss eine ganze Zahl"),
    ("/api/v2/pages/?child_of=99999999999999999999", "„child_of“ muss eine ganze Zahl"),
    ("/api/v2/pages/?id=99999999999999999999", "„id“ muss eine ganze Zahl"),
    ("/api/v2/pages/?locale=%00", "Die Website hat nur eine Sprache."),
    ("/api/v2/pages/?title=%00", "enthält Steuerzeichen"),
    ("/api/v2/pages/find/?html_path=%00", "enthält Steuerzeichen"),
    ("/api/v2/pages/?search=Pflege", "Für die Volltextsuche gibt es /api/search/"),
    ("/api/v2/pages/?search=", "Für die Volltextsuche gibt es /api/search/"),
]


@pytest.mark.parametrize(("url", "message"), PROBES)
def test_what_a_probe_sent_answers_400_in_german(client, sections, url, message):
    add_project(sections["projects"], title="Pflegelotsen")
    response = client.get(url)
    assert response.status_code == 400, response.content[:300]
    assert message in response.json()["message"]


def test_find_by_path_and_paging_still_work(client, sections):
    project = add_project(sections["projects"], title="Pflegelotsen")
    response = client.get("/api/v2/pages/find/", {"html_path": project.url})
    assert response.status_code == 302
    assert client.get(response["Location"]).json()["title"] == "Pflegelotsen"
    data = api(client, type="knowledge.PracticeProjectPage", offset=0, limit=20, order="-title")
    assert [item["title"] for item in data["items"]] == ["Pflegelotsen"]
    assert api(client, child_of=sections["projects"].pk)["meta"]["total_count"] == 1


API_PARAMETERS = [
    "type",
    "fields",
    "limit",
    "offset",
    "order",
    "child_of",
    "ancestor_of",
    "descendant_of",
    "id",
    "title",
    "slug",
    "show_in_menus",
    "search",
    "locale",
    "html_path",
    "year",
    "status",
]


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    params=st.dictionaries(
        st.sampled_from(API_PARAMETERS),
        st.one_of(
            st.text(max_size=30),
            st.integers(-(2**70), 2**70).map(str),
            st.sampled_from(["root", "knowledge.PracticeProjectPage", "*", "-title", "random"]),
        ),
        max_size=4,
    ),
    path=st.sampled_from(["/api/v2/pages/", "/api/v2/pages/find/"]),
)
def test_any_parameters_answer_without_a_server_error(client, sections, params, path):
    response = client.get(path, params)
    assert response.status_code in (200, 302, 400, 404), (params, response.status_code)
