"""Small builders for test content. Each returns saved, published objects."""

from demo.builders import ensure_site_root
from home.models import HomePage, StandardPage
from knowledge.models import TargetGroup, Theme
from knowledge.vocabulary import ensure_vocabulary


def build_site(title="Kommunales Familienmanagement in Nordrhein-Westfalen"):
    """Home page as site root, the root collection and the seeded vocabularies.

    A transactional flush drops all three, so browser and other transactional tests call this first.
    """
    from wagtail.models import Collection

    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    ensure_vocabulary(Theme, TargetGroup)
    home, _ = ensure_site_root(
        HomePage, "start", title=title, lead="Wissen und Praxis für Familien in NRW."
    )
    return home


def add_page(parent, model=StandardPage, publish=True, **fields):
    fields.setdefault("title", "Testseite")
    page = model(live=publish, **fields)
    parent.add_child(instance=page)
    revision = page.save_revision()
    if publish:
        revision.publish()
        page.refresh_from_db()
    return page


# --- Knowledge content -----------------------------------------------------------------------


def knowledge_sections(home):
    """The four knowledge index pages under the home page (created once)."""
    from knowledge.models import (
        CourseIndexPage,
        PracticeProjectIndexPage,
        ThemeIndexPage,
        WorkingGroupIndexPage,
    )

    def section(model, slug, title):
        existing = model.objects.first()
        return existing or add_page(home, model, title=title, slug=slug)

    return {
        "course": section(CourseIndexPage, "zertifikatskurs", "Zertifikatskurs"),
        "projects": section(PracticeProjectIndexPage, "praxisprojekte", "Praxisprojekte"),
        "groups": section(WorkingGroupIndexPage, "arbeitsgruppen", "Arbeitsgruppen"),
        "themes": section(ThemeIndexPage, "themen", "Themen"),
    }


def municipality(name="Bad Driburg", kind="stadt", kreis=None, **fields):
    from knowledge.models import Municipality

    obj, _ = Municipality.objects.get_or_create(
        name=name, defaults={"kind": kind, "kreis": kreis, **fields}
    )
    return obj


def kreis(name="Kreis Höxter", **fields):
    return municipality(name, kind="kreis", **fields)


def course(number=5, year=2010):
    from knowledge.models import Course

    obj, _ = Course.objects.get_or_create(number=number, defaults={"year": year})
    return obj


def theme(slug="kinderbetreuung"):
    return Theme.objects.get(slug=slug)


def target_group(slug="alleinerziehende"):
    return TargetGroup.objects.get(slug=slug)


def add_project(
    index,
    title="Ferienbetreuung für Schulkinder",
    themes=(),
    target_groups=(),
    publish=True,
    **fields,
):
    """A practice project under the index; themes and target groups given by slug."""
    from knowledge.models import PracticeProjectPage

    fields.setdefault("summary", f"Kurzbeschreibung: {title}.")
    fields.setdefault("municipality", municipality())
    fields.setdefault("year", 2010)
    page = PracticeProjectPage(title=title, live=publish, **fields)
    index.add_child(instance=page)
    for slug in themes:
        page.themes.add(theme(slug))
    if target_groups:
        page.target_groups.set([target_group(slug) for slug in target_groups])
    revision = page.save_revision()
    if publish:
        revision.publish()
    return PracticeProjectPage.objects.get(pk=page.pk)


def add_result(
    index,
    title="Familienfreundliche Verwaltung",
    group=None,
    meeting=None,
    themes=(),
    finding=("Querschnittsaufgabe", "Alle Ämter sind beteiligt."),
    **fields,
):
    """A working-group result with one finding (headline, explanation)."""
    import datetime

    from knowledge.models import Meeting, WorkingGroup, WorkingGroupFinding, WorkingGroupResultPage

    group = (
        group
        or WorkingGroup.objects.get_or_create(
            name="Familienfreundliche Kommunalverwaltung",
            defaults={"slug": "familienfreundliche-kommunalverwaltung"},
        )[0]
    )
    meeting = (
        meeting
        or Meeting.objects.get_or_create(
            title="1. Familienmanagertreffen",
            defaults={
                "kind": "familienmanagertreffen",
                "date": datetime.date(2008, 6, 12),
                "place": "Bochum",
            },
        )[0]
    )
    fields.setdefault("summary", "Familienfreundlichkeit ist eine Querschnittsaufgabe.")
    page = WorkingGroupResultPage(title=title, meeting=meeting, working_group=group, **fields)
    page.findings = [WorkingGroupFinding(headline=finding[0], explanation=finding[1])]
    index.add_child(instance=page)
    for slug in themes:
        page.themes.add(theme(slug))
    page.save_revision().publish()
    return WorkingGroupResultPage.objects.get(pk=page.pk)


def add_module(index, number=1, title="Grundlagen", themes=(), **fields):
    from knowledge.models import ModuleLearningGoal, ModulePage

    fields.setdefault("summary", "Familienforschung und demografische Entwicklung.")
    fields.setdefault("month", {1: 10, 2: 1, 3: 5, 4: 9}[number])
    page = ModulePage(title=title, number=number, slug=f"modul-{number}", **fields)
    page.learning_goals = [ModuleLearningGoal(text="Familienformen kennen")]
    index.add_child(instance=page)
    for slug in themes:
        page.themes.add(theme(slug))
    page.save_revision().publish()
    return ModulePage.objects.get(pk=page.pk)


def restrict_to_login(page):
    from wagtail.models import PageViewRestriction

    return PageViewRestriction.objects.create(page=page, restriction_type="login")


# --- Events, news, newsletter ------------------------------------------------------------------


def event_index(home):
    from events.models import EventIndexPage

    return EventIndexPage.objects.first() or add_page(
        home, EventIndexPage, title="Termine", slug="termine"
    )


def add_event(
    index, title="Werkstatt Familienzentren", start=None, themes=(), publish=True, **fields
):
    """An event under the index; `start` is a date (default: 10 days from today)."""
    import datetime

    from django.utils import timezone

    from events.models import EventPage

    fields.setdefault("kind", "werkstatt")
    fields.setdefault("summary", f"Kurzbeschreibung: {title}.")
    start = start or timezone.localdate() + datetime.timedelta(days=10)
    page = EventPage(title=title, start_date=start, live=publish, **fields)
    index.add_child(instance=page)
    for slug in themes:
        page.themes.add(theme(slug))
    revision = page.save_revision()
    if publish:
        revision.publish()
    return EventPage.objects.get(pk=page.pk)


def news_index(home):
    from news.models import NewsIndexPage

    return NewsIndexPage.objects.first() or add_page(
        home, NewsIndexPage, title="Aktuelles", slug="aktuelles"
    )


def add_news(index, title="Neuer Zertifikatskurs startet", themes=(), publish=True, **fields):
    from news.models import NewsPage

    fields.setdefault("lead", f"Vorspann: {title}.")
    page = NewsPage(title=title, live=publish, **fields)
    index.add_child(instance=page)
    for slug in themes:
        page.themes.add(theme(slug))
    revision = page.save_revision()
    if publish:
        revision.publish()
    return NewsPage.objects.get(pk=page.pk)


def image(title="Pressefoto", width=1200, height=800):
    """A real (small-file) PNG image in the Wagtail image library."""
    from io import BytesIO

    from django.core.files.images import ImageFile
    from PIL import Image as PILImage
    from wagtail.images.models import Image
    from wagtail.models import Collection

    if Collection.get_first_root_node() is None:  # a transactional flush drops it
        Collection.add_root(name="Root")
    buffer = BytesIO()
    PILImage.new("RGB", (width, height), (11, 85, 99)).save(buffer, "PNG")
    return Image.objects.create(title=title, file=ImageFile(buffer, name=f"{title}.png"))


# --- Network (municipality pages and the map) --------------------------------------------------

# Town halls of real places (WGS84), for distance tests and the map.
TOWNS = {
    "Köln": ("kreisfreie_stadt", 50.938056, 6.956944),
    "Düsseldorf": ("kreisfreie_stadt", 51.225556, 6.772500),
    "Dortmund": ("kreisfreie_stadt", 51.514167, 7.465278),
    "Bochum": ("kreisfreie_stadt", 51.481944, 7.219722),
    "Münster": ("kreisfreie_stadt", 51.961667, 7.627500),
    "Höxter": ("stadt", 51.774444, 9.381389),
    "Bad Driburg": ("stadt", 51.733889, 9.021111),
    "Beverungen": ("stadt", 51.663333, 9.373056),
}


def town(name, kreis=None):
    """A real town with its coordinates (see TOWNS)."""
    kind, latitude, longitude = TOWNS[name]
    place = municipality(name, kind=kind, kreis=kreis, latitude=latitude, longitude=longitude)
    if place.latitude is None:
        place.latitude, place.longitude = latitude, longitude
        place.save()
    return place


def family_manager(place, name="Petra Beispiel", consent=False, **fields):
    from knowledge.models import FamilyManager

    fields.setdefault("email", f"{name.split()[0].lower()}@example.org")
    fields.setdefault("phone", "05271 000000")
    return FamilyManager.objects.create(
        name=name, municipality=place, contact_consent=consent, **fields
    )


def network_sections(home):
    """The municipality index (/kommunen/) and the map page (/karte/)."""
    from network.models import MapPage, MunicipalityIndexPage

    index = MunicipalityIndexPage.objects.first() or add_page(
        home, MunicipalityIndexPage, title="Kommunen", slug="kommunen"
    )
    map_page = MapPage.objects.first() or add_page(home, MapPage, title="Karte", slug="karte")
    return {"municipalities": index, "map": map_page}


# --- Accounts and the internal area ----------------------------------------------------------


def add_user(username, *groups, password="Sicheres-Passwort-2026", **fields):  # noqa: S107
    """An active user in the named groups (created if missing), with e-mail and password."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    fields.setdefault("email", f"{username}@example.org")
    user = get_user_model().objects.create_user(username=username, password=password, **fields)
    user.groups.set([Group.objects.get_or_create(name=name)[0] for name in groups])
    return user


def internal_area(home, course_number=5):
    """/intern/ with one course section and module material holding one handout."""
    from accounts.models import Handout, InternalAreaPage, InternalCoursePage, InternalMaterialPage
    from accounts.roles import ensure_roles, secure_course_section

    area = InternalAreaPage.objects.first() or add_page(
        home, InternalAreaPage, title="Interner Bereich", slug="intern"
    )
    section = add_page(
        area,
        InternalCoursePage,
        title=f"Kurs {course_number}",
        slug=f"kurs-{course_number}",
        course=course(course_number, 2000 + course_number),
    )
    ensure_roles()
    collection = secure_course_section(section)
    document = add_document(
        f"Handout Modul 1 Kurs {course_number}", content=b"%PDF-1.4 test", collection=collection
    )
    material = InternalMaterialPage(
        title="Modul 1 intern", slug="modul-1", number=1, summary="Geheimes Kursmaterial."
    )
    material.handouts.add(Handout(document=document, description="Folien"))
    section.add_child(instance=material)
    material.save_revision().publish()
    return {"area": area, "section": section, "material": material, "document": document}


# --- Documents -------------------------------------------------------------------------------


def pdf_bytes(*paragraphs):
    """A small valid PDF (fpdf2, core font) holding the paragraphs as text."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for paragraph in paragraphs:
        pdf.multi_cell(0, 6, paragraph)
        pdf.ln(3)
    return bytes(pdf.output())


def add_document(title="Praxisarbeit", content=None, filename="praxisarbeit.pdf", collection=None):
    """A Wagtail document with the given file content (a one-line PDF by default).

    Without `collection` it goes into the root collection.
    """
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model

    content = (
        pdf_bytes("Ein Netzwerk familienorientierter Dienste.") if content is None else content
    )
    document = get_document_model()(title=title)
    if collection is not None:
        document.collection = collection
    document.file.save(filename, ContentFile(content), save=False)
    document.save()
    return document


def ranked_titles(client, query, sections, capture, *pages):
    """The titles the search API ranks for `query` once projects with the `pages` (fields of
    `add_project`) exist; `capture` runs the index updates on commit."""
    with capture(execute=True):
        for fields in pages:
            add_project(sections["projects"], **fields)
    return [hit["title"] for hit in client.get("/api/search/", {"q": query}).json()["results"]]
