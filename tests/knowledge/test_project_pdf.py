"""A practice project as PDF (`pdf/` below its page) and its print view, with the page's access."""

import io

import pytest
from django.contrib.auth.models import Group
from pypdf import PdfReader
from wagtail.models import PageViewRestriction

from tests.builders import add_project, add_user, kreis, municipality, restrict_to_login

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("pdf_engine")]


def pdf_text(response):
    assert response["Content-Type"] == "application/pdf"
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)


@pytest.fixture
def project(sections):
    return add_project(
        sections["projects"],
        title="Familienbüro im Rathaus",
        summary="Eine Anlaufstelle für alle Fragen von Familien.",
        municipality=municipality("Dülmen", kreis=kreis("Kreis Coesfeld")),
        year=2024,
        authors="Erika Mustermann",
        starting_situation="<p>Familien fanden die Angebote der Stadt nicht.</p>",
        results="<p>Im ersten Jahr kamen 1.200 Familien ins Büro.</p>",
        themes=["kinderbetreuung"],
    )


def test_project_pdf_holds_the_write_up(client, project):
    response = client.get(project.url + "pdf/")
    assert response.status_code == 200
    assert response["Content-Disposition"] == (
        "attachment; filename*=utf-8''praxisprojekt-familienb%C3%BCro-im-rathaus.pdf"
    )
    text = pdf_text(response)
    for expected in (
        "Familienbüro im Rathaus",
        "Eine Anlaufstelle für alle Fragen von Familien.",
        "Dülmen (Kreis Coesfeld)",
        "Erika Mustermann",
        "Ausgangslage",
        "Familien fanden die Angebote der Stadt nicht.",
        "Ergebnisse",
        "Kinderbetreuung",
        "Quelle: http://testserver/praxisprojekte/",
    ):
        assert expected in text, expected
    reader = PdfReader(io.BytesIO(response.content))
    assert reader.metadata.title == "Familienbüro im Rathaus"


def test_project_page_links_its_pdf_and_offers_printing(client, project):
    html = client.get(project.url).content.decode()
    assert f'<a href="{project.url}pdf/" download>Als PDF herunterladen</a>' in html
    assert (
        '<button type="button" class="button-secondary" data-print hidden>Drucken</button>' in html
    )


def test_draft_has_no_pdf(client, sections):
    draft = add_project(sections["projects"], title="Noch nicht fertig", publish=False)
    assert client.get(draft.url or f"/praxisprojekte/{draft.slug}/pdf/").status_code == 404
    assert client.get(f"/praxisprojekte/{draft.slug}/pdf/").status_code == 404


def test_unpublished_project_has_no_pdf(client, project):
    url = project.url + "pdf/"
    project.unpublish()
    assert client.get(url).status_code == 404


def test_login_restricted_project_pdf_needs_login(client, project):
    restrict_to_login(project)
    response = client.get(project.url + "pdf/")
    assert response.status_code == 302
    assert "pdf" not in response["Content-Type"]
    client.force_login(add_user("leserin"))
    assert "Familien fanden" in pdf_text(client.get(project.url + "pdf/"))


def test_group_restricted_project_pdf_only_for_the_group(client, project):
    restriction = PageViewRestriction.objects.create(page=project, restriction_type="groups")
    restriction.groups.set([Group.objects.create(name="Kurs 5")])
    client.force_login(add_user("aussen"))
    response = client.get(project.url + "pdf/")
    assert response.status_code in (302, 403)
    assert "pdf" not in response["Content-Type"]
    client.force_login(add_user("drinnen", "Kurs 5"))
    assert client.get(project.url + "pdf/")["Content-Type"] == "application/pdf"


def test_password_protected_project_pdf_asks_for_the_password(client, project):
    PageViewRestriction.objects.create(page=project, restriction_type="password", password="geheim")
    response = client.get(project.url + "pdf/")
    assert "pdf" not in response["Content-Type"]
    assert b"%PDF" not in response.content


def test_pdf_route_is_the_only_sub_url(client, project):
    assert client.get(project.url + "pdf/x/").status_code == 404
    assert client.get(project.url + "druck/").status_code == 404
    assert client.post(project.url + "pdf/").status_code in (200, 405)
