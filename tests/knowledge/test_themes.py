"""Theme pages count and group everything on a theme; drafts and private pages never count."""

import pytest

from tests.builders import add_module, add_project, add_result, restrict_to_login

pytestmark = pytest.mark.django_db


def test_theme_overview_counts_readable_pages(client, sections):
    add_project(sections["projects"], title="A", themes=["kinderbetreuung", "bildung"])
    add_project(sections["projects"], title="B", themes=["kinderbetreuung"])
    add_project(sections["projects"], title="Entwurf", themes=["kinderbetreuung"], publish=False)
    restrict_to_login(add_project(sections["projects"], title="Intern", themes=["kinderbetreuung"]))
    add_module(sections["course"], themes=["bildung"])
    response = client.get("/themen/")
    assert response.status_code == 200
    from django.contrib.auth.models import AnonymousUser

    from knowledge.selectors import themes_with_counts

    counts = {t.slug: t.count for t in themes_with_counts(AnonymousUser())}
    assert counts["kinderbetreuung"] == 2 and counts["bildung"] == 2 and counts["jugend"] == 0
    assert len(counts) == 12
    html = response.content.decode()
    assert "Kinderbetreuung" in html and "2 Beiträge" in html and "0 Beiträge" in html


def test_theme_page_groups_by_type_with_counts(client, sections):
    add_project(sections["projects"], title="Kita-Netz", themes=["bildung"])
    add_project(sections["projects"], title="Lernwerkstatt", themes=["bildung"])
    add_module(sections["course"], title="Familienpolitik vor Ort", themes=["bildung"])
    add_result(sections["groups"], title="Bildungsberichte", themes=["bildung"])
    add_project(sections["projects"], title="Anderes Thema", themes=["jugend"])
    response = client.get("/themen/bildung/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'Praxisprojekte <span class="count">(2)</span>' in html
    assert 'Kursmodule <span class="count">(1)</span>' in html
    assert 'Arbeitsgruppen-Ergebnisse <span class="count">(1)</span>' in html
    assert html.index("Praxisprojekte") < html.index("Kursmodule")
    assert "Anderes Thema" not in html


def test_unknown_theme_is_404(client, sections):
    assert client.get("/themen/gibt-es-nicht/").status_code == 404


def test_theme_page_shows_a_few_and_links_to_all(client, sections):
    for n in range(14):
        add_project(sections["projects"], title=f"Projekt {n}", themes=["jugend"])
    html = client.get("/themen/jugend/").content.decode()
    assert html.count('class="card project-card"') == 12
    assert "Alle 14 Praxisprojekte" in html


def test_theme_links_follow_the_overview_when_it_moves_or_goes(client, sections):
    """The overview's URL is cached across page views, and forgotten when the tree changes."""
    project = add_project(sections["projects"], title="Elternbildung", themes=["bildung"])
    assert 'href="/themen/bildung/"' in client.get(project.url).content.decode()
    overview = sections["themes"]
    overview.slug = "schwerpunkte"
    overview.save_revision().publish()
    assert 'href="/schwerpunkte/bildung/"' in client.get(project.url).content.decode()
    overview.unpublish()
    html = client.get(project.url).content.decode()
    assert "Elternbildung" in html and "/bildung/" not in html
