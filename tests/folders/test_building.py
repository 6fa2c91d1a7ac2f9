"""Building collections: the button on content pages, the add form, the admin, the internal area."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from folders.models import Folder, FolderItem
from tests.builders import course

from .conftest import make_folder

pytestmark = pytest.mark.django_db
BUTTON = "Zur Mappe hinzufügen"


def test_button_only_for_trainers_and_editors(client, content, people):
    url = content["project"].url
    assert BUTTON not in client.get(url).content.decode()
    for name, shown in [("participant", False), ("trainer", True), ("editor", True)]:
        client.force_login(people[name])
        assert (BUTTON in client.get(url).content.decode()) is shown, name


def test_trainer_adds_pages_to_a_new_then_an_existing_collection(client, content, people):
    client.force_login(people["trainer"])
    add_url = f"/mappen/hinzufuegen/{content['project'].pk}/"
    assert client.get(add_url).status_code == 200
    response = client.post(add_url, {"new_title": "Sitzung Januar", "note": "Vorher lesen"})
    assert response.status_code == 302 and response["Location"] == content["project"].url
    folder = Folder.objects.get(title="Sitzung Januar")
    assert folder.owner == people["trainer"] and folder.visibility == "privat"
    response = client.post(
        f"/mappen/hinzufuegen/{content['module'].pk}/", {"folder": folder.pk}, follow=True
    )
    assert "steht jetzt in der Mappe „Sitzung Januar“" in response.content.decode()
    items = list(folder.items.order_by("sort_order").values_list("page_id", "note"))
    assert items == [(content["project"].pk, "Vorher lesen"), (content["module"].pk, "")]


def test_add_form_refuses_bad_input_in_german(client, content, people):
    foreign = make_folder(people["other_trainer"], content)
    client.force_login(people["trainer"])
    add_url = f"/mappen/hinzufuegen/{content['project'].pk}/"
    cases = [
        ({}, "Bitte wählen Sie eine Mappe oder geben Sie einen Titel"),
        ({"folder": foreign.pk}, "Bitte wählen Sie eine Ihrer Mappen."),
        ({"folder": "abc"}, "Bitte wählen Sie eine Ihrer Mappen."),
        ({"new_title": "X", "note": "n" * 301}, "höchstens 300 Zeichen"),
    ]
    for data, message in cases:
        response = client.post(add_url, data)
        assert response.status_code == 400 and message in response.content.decode(), data
    assert not FolderItem.objects.filter(folder__owner=people["trainer"]).exists()
    assert foreign.items.count() == 6


def test_add_needs_trainer_rights_and_a_readable_page(client, content, people):
    add_url = f"/mappen/hinzufuegen/{content['project'].pk}/"
    response = client.post(add_url, {"new_title": "X"})
    assert response.status_code == 302 and "/konto/anmelden/" in response["Location"]
    client.force_login(people["participant"])
    assert client.post(add_url, {"new_title": "X"}).status_code == 403
    client.force_login(people["trainer"])
    # Internal material of a course is not readable for trainers of no course? It is (staff):
    # a page nobody may read in this way is a draft.
    from tests.builders import add_project

    draft = add_project(content["projects"], title="Entwurf", slug="entwurf", publish=False)
    assert client.get(f"/mappen/hinzufuegen/{draft.pk}/").status_code == 404
    assert client.get("/mappen/hinzufuegen/999999/").status_code == 404
    assert not Folder.objects.exists()


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(title=st.text(max_size=250), note=st.text(max_size=350))
def test_add_form_never_fails_on_any_text(client, content, people, title, note):
    client.force_login(people["trainer"])
    response = client.post(
        f"/mappen/hinzufuegen/{content['project'].pk}/", {"new_title": title, "note": note}
    )
    assert response.status_code in (302, 400)
    if response.status_code == 302:
        assert Folder.objects.filter(title=title.strip()).exists()


def test_admin_shows_trainers_their_own_collections_only(client, content, people):
    own = make_folder(people["trainer"], content, title="Meine Mappe")
    other = make_folder(people["other_trainer"], content, title="Fremde Mappe")
    client.force_login(people["trainer"])
    listing = client.get("/admin/snippets/folders/folder/").content.decode()
    assert "Meine Mappe" in listing and "Fremde Mappe" not in listing
    assert client.get(f"/admin/snippets/folders/folder/edit/{own.pk}/").status_code == 200
    assert client.get(f"/admin/snippets/folders/folder/edit/{other.pk}/").status_code in (
        302,
        403,
        404,
    )
    client.force_login(people["editor"])
    listing = client.get("/admin/snippets/folders/folder/").content.decode()
    assert "Meine Mappe" in listing and "Fremde Mappe" in listing


def test_admin_creates_a_collection_owned_by_its_author(client, content, people):
    from wagtail.test.utils.form_data import inline_formset, nested_form_data

    client.force_login(people["trainer"])
    data = nested_form_data(
        {
            "title": "Sitzung Mai",
            "session_date": "2027-05-12",
            "course": "",
            "intro": "",
            "visibility": "kurs",
            "items": inline_formset(
                [
                    {"page": content["module"].pk, "document": "", "note": "Lesen"},
                    {"page": "", "document": content["handout"].pk, "note": ""},
                ]
            ),
        }
    )
    response = client.post("/admin/snippets/folders/folder/add/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    folder = Folder.objects.get(title="Sitzung Mai")
    assert folder.owner == people["trainer"] and folder.items.count() == 2
    bad = dict(data, **{"items-0-document": content["handout"].pk})
    bad["title"] = "Doppelt"
    response = client.post("/admin/snippets/folders/folder/add/", bad)
    assert response.status_code == 200
    assert "genau eine Seite oder ein Dokument" in response.content.decode()


def test_internal_area_lists_collections_shared_with_the_participant(client, content, people):
    make_folder(people["trainer"], content, course=course(5, 2005), title="Für Kurs 5")
    make_folder(people["trainer"], content, course=course(6, 2006), title="Für Kurs 6")
    make_folder(people["trainer"], content, visibility="privat", title="Noch privat")
    client.force_login(people["participant"])
    body = client.get("/intern/").content.decode()
    assert "Für Kurs 5" in body
    assert "Für Kurs 6" not in body and "Noch privat" not in body
