"""Editors pick themes from the curated list; the page form cannot invent new ones."""

import re

import pytest
from django.contrib.auth import get_user_model
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from knowledge.models import PracticeProjectPage, Theme
from tests.builders import municipality

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client):
    user = get_user_model().objects.create_superuser("redaktion", "r@example.org", "pw")
    client.force_login(user)
    return client


def post_new_project(client, index, themes):
    data = nested_form_data(
        {
            "title": "Neues Projekt",
            "slug": "neues-projekt",
            "summary": "Kurz.",
            "municipality": municipality().pk,
            "year": 2011,
            "status": "umgesetzt",
            "starting_situation": rich_text("<p>Ausgangslage</p>"),
            "keywords": "Ferien, Schule",
            "gallery_images": inline_formset([]),
            "comments": inline_formset([]),
        }
    )
    data["themes"] = themes  # a list: several checkboxes of one name
    url = f"/admin/pages/add/knowledge/practiceprojectpage/{index.pk}/"
    return client.post(url, data)


def theme_ids(*names):
    return [Theme.objects.get(name=name).pk for name in names]


def test_editor_picks_themes_from_the_list(editor_client, sections):
    """A theme whose name holds a comma stays one theme (a tag box split it and lost it)."""
    themes = theme_ids("Freizeit, Kultur und Sport", "Bildung")
    response = post_new_project(editor_client, sections["projects"], themes)
    assert response.status_code == 302, response.content.decode()[:2000]
    page = PracticeProjectPage.objects.get(slug="neues-projekt")
    revision = page.latest_revision.as_object()
    assert sorted(t.name for t in revision.themes.all()) == [
        "Bildung",
        "Freizeit, Kultur und Sport",
    ]
    assert sorted(k.name for k in revision.keywords.all()) == ["Ferien", "Schule"]

    form = editor_client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    boxes = re.findall(r'<input type="checkbox" name="themes" value="(\d+)"[^>]*>', form)
    assert len(boxes) == Theme.objects.count()
    checked = re.findall(r'<input type="checkbox" name="themes" value="(\d+)"[^>]*checked', form)
    assert sorted(map(int, checked)) == sorted(themes)


@pytest.mark.parametrize("value", ["Erfundenes Thema", "999999", "Kinderbetreuung, Bildung"])
def test_page_form_cannot_create_a_theme(editor_client, sections, value):
    before = Theme.objects.count()
    response = post_new_project(editor_client, sections["projects"], [value])
    assert response.status_code == 200  # the form again, with a message
    assert "Dieses Thema gibt es nicht." in response.content.decode()
    assert Theme.objects.count() == before
    assert not PracticeProjectPage.objects.filter(slug="neues-projekt").exists()


def test_summary_longer_than_300_characters_is_rejected(editor_client, sections):
    from wagtail.test.utils.form_data import nested_form_data as nfd

    data = nfd(
        {
            "title": "Zu lang",
            "slug": "zu-lang",
            "summary": "x" * 301,
            "municipality": municipality().pk,
            "year": 2011,
            "status": "umgesetzt",
            "gallery_images": inline_formset([]),
            "comments": inline_formset([]),
        }
    )
    response = editor_client.post(
        f"/admin/pages/add/knowledge/practiceprojectpage/{sections['projects'].pk}/", data
    )
    assert response.status_code == 200
    assert not PracticeProjectPage.objects.filter(slug="zu-lang").exists()
