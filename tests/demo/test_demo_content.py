"""The demo content loads, loads again without creating anything, and every page answers.

The content is loaded once for this module (the `demo` fixture in conftest.py), so each test sees
the full demo site without paying for another load.
"""

from io import StringIO

from django.core.management import call_command
from wagtail.models import Page, ReferenceIndex, Revision, Site
from wagtail.search.backends import get_search_backend

from home.models import FooterLinks, HomePage
from knowledge.models import (
    Course,
    CourseIndexPage,
    FamilyManager,
    Meeting,
    ModulePage,
    Municipality,
    PracticeProjectIndexPage,
    PracticeProjectPage,
    TargetGroup,
    Theme,
    ThemeIndexPage,
    WorkingGroup,
    WorkingGroupIndexPage,
    WorkingGroupResultPage,
)

# Every place DOMAIN.md names as a municipality with family managers.
DOMAIN_PLACES = [
    "Bad Driburg",
    "Bad Lippspringe",
    "Beverungen",
    "Brüggen",
    "Kreis Coesfeld",
    "Delbrück",
    "Dortmund",
    "Ense",
    "Kreis Euskirchen",
    "Finnentrop",
    "Gescher",
    "Herne",
    "Höxter",
    "Hückelhoven",
    "Lage",
    "Löhne",
    "Rödinghausen",
    "Sassenberg",
    "Schwalmtal",
    "Straelen",
    "Swisttal",
    "Unna",
    "Wetter (Ruhr)",
    "Sendenhorst",
    "Telgte",
    "Rosendahl",
    "Raesfeld",
    "Rhede",
    "Everswinkel",
    "Kreis Warendorf",
    "Kreis Borken",
]


def counts():
    return {
        model.__name__: model.objects.count()
        for model in (Page, Revision, Municipality, Course, FamilyManager, Meeting, WorkingGroup)
    }


def test_second_run_creates_nothing(demo, db):
    before = counts()
    out = StringIO()
    call_command("load_demo_content", stdout=out)
    assert "Demo content: 0 created" in out.getvalue()
    assert counts() == before
    assert " 0 created" not in demo  # the first run did create


def test_deferred_indexing_still_indexes_everything(demo, db):
    """Loading skips per-save index updates; the search and reference indexes are still full."""
    telgte = PracticeProjectPage.objects.get(slug="ferienbetreuung-telgte")
    assert telgte in list(PracticeProjectPage.objects.live().search("Ferienbetreuung"))
    rosendahl = Municipality.objects.get(name="Rosendahl")
    assert list(get_search_backend().search("Rosendahl", Municipality)) == [rosendahl]
    module = ModulePage.objects.get(number=4)
    assert ReferenceIndex.get_references_to(telgte).filter(object_id=str(module.pk)).exists()


def test_every_demo_page_answers(demo, db, client):
    root = Site.objects.get(is_default_site=True).root_page
    pages = Page.objects.live().descendant_of(root, inclusive=True).specific()
    assert pages.count() > 50
    for page in pages:
        response = client.get(page.url)
        if page.get_view_restrictions():
            # The internal area sends anonymous visitors to the login.
            assert response.status_code == 302, page.url
            assert response["Location"].startswith("/konto/anmelden/?next=")
        else:
            assert response.status_code == 200, (page.url, response.status_code)


def test_every_theme_page_answers(demo, db, client):
    index = ThemeIndexPage.objects.get()
    for theme in Theme.objects.all():
        response = client.get(f"{index.url}{theme.slug}/")
        assert response.status_code == 200, theme.slug


def test_listing_filters_answer(demo, db, client):
    index = PracticeProjectIndexPage.objects.get()
    kreis = Municipality.objects.get(name="Kreis Warendorf")
    for query in ("thema=kinderbetreuung", f"kreis={kreis.slug}", "status=geplant", "seite=3"):
        response = client.get(f"{index.url}?{query}")
        assert response.status_code == 200, query
    html = client.get(f"{index.url}?kreis={kreis.slug}").content.decode()
    assert "Ferienbetreuung" in html  # Telgte belongs to Kreis Warendorf


def test_every_theme_has_a_project(demo, db):
    for theme in Theme.objects.all():
        projects = PracticeProjectPage.objects.live().filter(theme_items__tag=theme)
        assert projects.exists(), theme.name


def test_every_target_group_status_and_year_is_used(demo, db):
    projects = PracticeProjectPage.objects.live()
    for group in TargetGroup.objects.all():
        assert projects.filter(target_groups=group).exists(), group.name
    assert {p.status for p in projects} == set(PracticeProjectPage.Status.values)
    assert len({p.year for p in projects}) >= 5


def test_municipalities_are_placed_on_the_map(demo, db):
    names = set(Municipality.objects.values_list("name", flat=True))
    assert set(DOMAIN_PLACES) <= names
    for place in Municipality.objects.select_related("kreis"):
        assert place.has_coordinates, place.name
        # Inside North Rhine-Westphalia.
        assert 50.3 < place.latitude < 52.6, place.name
        assert 5.8 < place.longitude < 9.5, place.name
        assert place.population, place.name
        if place.kind in (Municipality.Kind.CITY, Municipality.Kind.MUNICIPALITY):
            assert place.kreis is not None and place.kreis.is_district, place.name
        else:
            assert place.kreis is None, place.name
    assert Municipality.objects.get(name="Telgte").kreis.name == "Kreis Warendorf"
    assert Municipality.objects.get(name="Dortmund").kind == Municipality.Kind.INDEPENDENT_CITY


def test_courses_follow_the_module_calendar(demo, db):
    courses = list(Course.objects.all())
    # One cohort a year since 2006; the fifth (DOMAIN.md) ended in 2011 with 23 graduates.
    assert [c.number for c in courses] == list(range(1, 22))
    assert [c.year for c in courses] == list(range(2006, 2027))
    assert courses[4].year == 2010 and courses[4].graduates == 23
    assert sum(c.graduates for c in courses[:5]) > 120
    # The 21st course runs (2026/27): no graduates yet.
    assert courses[-1].graduates is None and courses[-2].graduates
    for course in courses:
        months = [date.month for date in course.module_dates]
        assert months == [10, 1, 5, 9], course
        assert course.module_1_date.year == course.year
        assert course.module_4_date.year == course.year + 1


def test_content_counts(demo, db):
    assert CourseIndexPage.objects.count() == 1
    assert PracticeProjectIndexPage.objects.count() == 1
    assert WorkingGroupIndexPage.objects.count() == 1
    assert ThemeIndexPage.objects.count() == 1
    assert sorted(ModulePage.objects.values_list("number", flat=True)) == [1, 2, 3, 4]
    assert PracticeProjectPage.objects.live().count() >= 30
    assert 2 <= PracticeProjectPage.objects.filter(is_archived=True).count() <= 3
    assert FamilyManager.objects.count() >= 30
    assert FamilyManager.objects.filter(contact_consent=True).exists()
    assert FamilyManager.objects.filter(contact_consent=False).exists()
    assert WorkingGroup.objects.count() >= 5
    assert WorkingGroupResultPage.objects.count() >= 6
    assert set(Meeting.objects.values_list("kind", flat=True)) == set(Meeting.Kind.values)


def test_working_groups_continue_across_meetings(demo, db):
    continued = [
        group
        for group in WorkingGroup.objects.all()
        if group.results.values("meeting").distinct().count() >= 2
    ]
    assert len(continued) >= 2


def test_modules_have_goals_and_a_full_body(demo, db):
    for module in ModulePage.objects.all():
        assert module.learning_goals.count() >= 3
        assert {block.block_type for block in module.body} >= {
            "heading",
            "paragraph",
            "quote",
            "table",
        }
        assert module.related_projects.exists()


def test_projects_fill_every_section(demo, db):
    for project in PracticeProjectPage.objects.all():
        assert len(project.sections) == 6, project.title
        assert len(project.summary) <= 300
        assert project.themes.exists() and project.target_groups.exists()


def test_every_project_has_its_practice_paper(demo, db):
    """The written paper as a public PDF (its text: tests/demo/test_documents.py)."""
    projects = list(PracticeProjectPage.objects.live().select_related("practice_paper"))
    assert projects and all(p.practice_paper_id for p in projects)
    paper = projects[0].practice_paper
    assert paper.title == f"Praxisarbeit: {projects[0].title}"
    assert paper.filename.endswith(".pdf") and not paper.collection.get_view_restrictions()


def test_footer_links_to_legal_pages(demo, db, client):
    footer = FooterLinks.objects.get()
    assert len(footer.page_ids) == 4
    assert HomePage.objects.count() == 1
    html = client.get("/").content.decode()
    for title in ("Impressum", "Datenschutzerklärung", "Kontakt", "Erklärung zur Barrierefreiheit"):
        assert title in html


def test_dev_accounts_print_their_login(db, settings, capsys):
    settings.DEBUG = True
    call_command("create_dev_accounts")
    out = capsys.readouterr().out
    password = out.split("password: ")[1].split()[0]
    from django.contrib.auth import get_user_model

    assert get_user_model().objects.get(username="admin").check_password(password)
