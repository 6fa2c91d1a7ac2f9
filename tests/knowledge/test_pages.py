"""Every knowledge page type renders its fields in German, with links and related content."""

import pytest

from knowledge.models import FamilyManager, ModuleRelatedProject, ModuleTrainer
from tests.builders import (
    add_module,
    add_project,
    add_result,
    course,
    kreis,
    municipality,
    restrict_to_login,
)

pytestmark = pytest.mark.django_db


def html_of(client, page):
    response = client.get(page.url)
    assert response.status_code == 200, response.status_code
    return response.content.decode()


def test_practice_project_page_shows_its_fields(client, sections):
    hoexter = kreis("Kreis Höxter")
    town = municipality("Bad Driburg", kreis=hoexter)
    manager = FamilyManager.objects.create(
        name="Anna Beispiel",
        role="Familienbüro",
        municipality=town,
        email="anna@example.org",
        contact_consent=True,
    )
    project = add_project(
        sections["projects"],
        title="Familienzentrum – Ein Netzwerk familienorientierter Dienste",
        municipality=town,
        course=course(5, 2010),
        year=2011,
        status="verstetigt",
        starting_situation="<p>Viele Angebote, wenig Abstimmung.</p>",
        lessons_learned="<p>Kleine Schritte gehen.</p>",
        contact_person=manager,
        authors="Anna Beispiel",
        themes=["familienzentren", "vernetzung-und-kooperation"],
        target_groups=["familien-mit-kleinkindern"],
    )
    html = html_of(client, project)
    for text in [
        "Bad Driburg",
        "Kreis Höxter",
        "2011",
        "Kurs 5 (2010/2011)",
        "verstetigt",
        "Ausgangslage",
        "Stolpersteine und Tipps",
        "Kleine Schritte gehen.",
        "Familien mit Kleinkindern",
        "anna@example.org",
        "Verfasst von",
    ]:
        assert text in html, text
    assert 'href="/themen/familienzentren/"' in html
    assert "?kommune=bad-driburg" in html and "?kreis=kreis-hoexter" in html
    assert "Ziele und Zielgruppen" not in html  # empty sections are left out


def test_place_links_lead_to_the_listing_also_from_a_slug_with_umlauts(client, sections):
    """The slug "ferienbetreuung-für-schulkinder" is longer in the URL than in characters."""
    project = add_project(sections["projects"], title="Ferienbetreuung für Schulkinder")
    assert "%C3%BC" in project.url
    html = html_of(client, project)
    assert f'href="{sections["projects"].url}?kommune=bad-driburg"' in html


def test_contact_details_need_consent(client, sections):
    manager = FamilyManager.objects.create(
        name="Bernd Muster",
        municipality=municipality(),
        email="bernd@example.org",
        phone="0123 456",
        contact_consent=False,
    )
    project = add_project(sections["projects"], contact_person=manager)
    html = html_of(client, project)
    assert "Bernd Muster" in html
    assert "bernd@example.org" not in html and "0123 456" not in html


def test_similar_projects_rank_shared_themes_then_target_groups(client, sections):
    index = sections["projects"]
    base = add_project(
        index, title="Basis", themes=["kinderbetreuung", "bildung"], target_groups=["schulkinder"]
    )
    two = add_project(index, title="Zwei Themen", themes=["kinderbetreuung", "bildung"], year=2008)
    one_plus_group = add_project(
        index,
        title="Ein Thema plus Zielgruppe",
        themes=["kinderbetreuung"],
        target_groups=["schulkinder"],
    )
    one_new = add_project(index, title="Ein Thema neu", themes=["bildung"], year=2011)
    add_project(index, title="Nichts gemeinsam", themes=["jugend"])
    draft = add_project(
        index, title="Entwurf", themes=["kinderbetreuung", "bildung"], publish=False
    )
    from django.contrib.auth.models import AnonymousUser

    from knowledge.selectors import similar_projects

    ranked = similar_projects(base, AnonymousUser())
    assert [p.title for p in ranked] == [two.title, one_plus_group.title, one_new.title]
    html = html_of(client, base)
    assert "Ähnliche Praxisprojekte" in html and draft.title not in html


def test_similar_projects_are_exact_across_tiers(sections, django_assert_num_queries):
    """Best tier first (every theme and group), then every theme, then anything shared."""
    from django.contrib.auth.models import AnonymousUser
    from django.db.models import prefetch_related_objects

    from knowledge.access import hidden_paths
    from knowledge.selectors import similar_projects

    index = sections["projects"]
    base = add_project(
        index, title="Basis", themes=["kinderbetreuung", "bildung"], target_groups=["schulkinder"]
    )
    everything = add_project(
        index,
        title="Alles gemeinsam",
        themes=["kinderbetreuung", "bildung"],
        target_groups=["schulkinder"],
        year=2001,
    )
    themes_only = add_project(index, title="Beide Themen", themes=["kinderbetreuung", "bildung"])
    group_only = add_project(index, title="Nur Zielgruppe", target_groups=["schulkinder"])
    newest_one = add_project(index, title="Ein Thema, neu", themes=["bildung"], year=2020)
    older_one = add_project(index, title="Ein Thema, alt", themes=["bildung"], year=2005)
    add_project(index, title="Nichts gemeinsam", themes=["jugend"])
    restrict_to_login(
        add_project(index, title="Geschützt", themes=["kinderbetreuung", "bildung"], year=2030)
    )
    anonymous = AnonymousUser()
    hidden_paths(anonymous)  # the restriction rules, cached
    prefetch_related_objects([base], "themes", "target_groups")  # as the page does
    with django_assert_num_queries(4):  # ranking, cards, then their themes and groups
        ranked = similar_projects(base, anonymous, limit=10)
    assert [p.title for p in ranked] == [
        everything.title,
        themes_only.title,
        newest_one.title,
        older_one.title,
        group_only.title,
    ]
    assert [p.title for p in similar_projects(base, anonymous, limit=2)] == [
        everything.title,
        themes_only.title,
    ]
    assert similar_projects(add_project(index, title="Ohne alles"), anonymous) == []


def test_archived_page_shows_notice_and_listing_label(client, sections):
    project = add_project(sections["projects"], title="Netzwerk Münsterland", is_archived=True)
    assert "nicht mehr aktualisiert" in html_of(client, project)
    listing = html_of(client, sections["projects"])
    assert "Netzwerk Münsterland" in listing and "badge-archived" in listing


def test_module_page_shows_goals_trainers_and_related_projects(client, sections):
    project = add_project(sections["projects"], title="Familienbericht Unna")
    hidden = add_project(sections["projects"], title="Geschützt")
    restrict_to_login(hidden)
    module = add_module(
        sections["course"],
        number=3,
        title="Verwaltungsstrukturen",
        themes=["familienberichterstattung"],
    )
    ModuleTrainer.objects.create(
        page=module, name="Prof. Dr. Erika Muster", affiliation="Ruhr-Universität Bochum"
    )
    ModuleRelatedProject.objects.create(page=module, project=project, sort_order=0)
    ModuleRelatedProject.objects.create(page=module, project=hidden, sort_order=1)
    html = html_of(client, module)
    for text in [
        "Modul 3",
        "Mai",
        "Lernziele",
        "Familienformen kennen",
        "Erika Muster",
        "Passende Praxisprojekte",
        "Familienbericht Unna",
    ]:
        assert text in html, text
    assert "Geschützt" not in html


def test_course_index_lists_modules_and_course_dates(client, sections):
    import datetime

    add_module(sections["course"], number=2, title="Kommunale Familienpolitik")
    add_module(sections["course"], number=1, title="Grundlagen")
    c = course(5, 2010)
    c.module_1_date = datetime.date(2010, 10, 14)
    c.save()
    html = html_of(client, sections["course"])
    assert html.index("Modul 1: Grundlagen") < html.index("Modul 2: Kommunale Familienpolitik")
    assert "14.10.2010" in html and "Kurs 5 (2010/2011)" in html


def test_working_group_result_links_same_group_elsewhere(client, sections):
    import datetime

    from knowledge.models import Meeting

    first = add_result(
        sections["groups"], title="Verwaltung 2008", themes=["familienfreundliche-verwaltung"]
    )
    kreistreffen = Meeting.objects.create(
        title="Kreistreffen Coesfeld",
        kind="kreistreffen",
        date=datetime.date(2009, 3, 4),
        place="Dülmen",
    )
    second = add_result(
        sections["groups"], title="Verwaltung 2009", meeting=kreistreffen, group=first.working_group
    )
    html = html_of(client, first)
    for text in [
        "Kernergebnisse",
        "Querschnittsaufgabe",
        "1. Familienmanagertreffen",
        "Bochum",
        "Dieselbe Arbeitsgruppe bei anderen Treffen",
        second.title,
    ]:
        assert text in html, text
    assert first.title in html_of(client, second)
