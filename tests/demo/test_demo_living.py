"""The demo reads like a network that is alive in December 2026 (issue 21, item 5).

Recent projects, a course calendar that news, events and the internal area agree with, material
for every module held so far, and pictures: drawn illustrations with alt text, press photos that
look like photos rather than a coloured placeholder.
"""

import datetime
from collections import Counter
from pathlib import Path

from django.utils.html import strip_tags
from PIL import Image as PILImage

from accounts.models import InternalCoursePage, InternalMaterialPage
from demo.illustrations import ART, ILLUSTRATIONS
from events.models import EventPage
from knowledge.models import (
    Course,
    Meeting,
    ModulePage,
    PracticeProjectPage,
    WorkingGroupResultPage,
)
from news.models import NewsPage

# The demo's present: the last dates it treats as past (the week of its latest news).
DEMO_TODAY = datetime.date(2026, 12, 5)


def test_newest_projects_are_from_this_decade(demo, db):
    years = Counter(PracticeProjectPage.objects.live().values_list("year", flat=True))
    assert max(years) in (2025, 2026)
    assert max(years) <= DEMO_TODAY.year
    assert sum(count for year, count in years.items() if year >= 2024) >= 5
    assert {2024, 2025, 2026} <= set(years)


def test_only_recent_projects_are_still_planned(demo, db):
    planned = PracticeProjectPage.objects.filter(status=PracticeProjectPage.Status.PLANNED)
    assert planned.exists()
    assert all(project.year >= DEMO_TODAY.year - 2 for project in planned)


def test_recent_projects_come_from_recent_courses(demo, db):
    for project in PracticeProjectPage.objects.filter(year__gte=2020).select_related(
        "course", "contact_person__course"
    ):
        # The practice paper is written in the course year; the project year is its end.
        assert project.course.year in (project.year - 1, project.year), project.title
        assert project.contact_person.course_id == project.course_id, project.title


def test_recent_projects_have_full_sections(demo, db):
    for project in PracticeProjectPage.objects.filter(year__gte=2020):
        for field in ("starting_situation", "goals", "approach", "results", "lessons_learned"):
            assert len(strip_tags(getattr(project, field))) >= 200, (project.title, field)


def test_every_project_explains_goals_results_and_lessons(demo, db):
    """No one-line write-ups: every section says something, together they tell the story."""
    fields = ("starting_situation", "goals", "approach", "results", "lessons_learned")
    for project in PracticeProjectPage.objects.all():
        lengths = [len(strip_tags(getattr(project, field))) for field in fields]
        assert min(lengths) >= 100, project.title
        assert sum(lengths) >= 750, project.title


def test_every_project_has_an_illustration_with_alt_text(demo, db, client):
    projects = PracticeProjectPage.objects.live().prefetch_related("gallery_images__image")
    for project in projects:
        images = list(project.gallery_images.all())
        assert images, project.title
        assert all(item.image.description and item.credit for item in images), project.title
    project = projects.get(slug="familienbericht-kreis-warendorf")
    image = project.gallery_images.first().image
    html = client.get(project.url).content.decode()
    assert f'alt="{image.description}"' in html
    assert "CC0" in html


def test_press_photos_are_pictures_not_placeholders(demo, db):
    press = NewsPage.objects.filter(kind="pressemitteilung").select_related("press_photo")
    assert press.count() == 3
    for page in press:
        photo = page.press_photo
        assert photo.description and page.press_photo_caption
        # Each test has its own MEDIA_ROOT: read the shipped file the image was made from.
        name = Path(photo.file.name).stem.split("_")[0]
        assert name in ILLUSTRATIONS and ILLUSTRATIONS[name][0] == photo.title
        with PILImage.open(ART / f"{name}.jpg") as original:
            assert original.size == (photo.width, photo.height)
            picture = original.convert("RGB").resize((200, 133))
        # Reduce to 4 bits per channel so that JPEG noise does not count as colour.
        colours = Counter((r >> 4, g >> 4, b >> 4) for r, g, b in picture.get_flattened_data())
        assert len(colours) >= 40, page.title
        assert colours.most_common(1)[0][1] < 0.5 * 200 * 133, page.title
        assert photo.width >= 1200


def test_illustrations_ship_small():
    files = list(ART.glob("*.jpg"))
    assert len(files) >= 10
    assert sum(path.stat().st_size for path in files) < 1_000_000


def test_every_module_held_has_material_in_the_internal_area(demo, db):
    modules = set(ModulePage.objects.values_list("number", flat=True))
    assert modules == {1, 2, 3, 4}
    sections = InternalCoursePage.objects.select_related("course")
    finished = [s for s in sections if s.course.module_4_date < DEMO_TODAY]
    assert finished and any(s.course.year >= 2025 for s in finished)
    for section in sections:
        held = {
            number
            for number, date in enumerate(section.course.module_dates, start=1)
            if date and date <= DEMO_TODAY
        }
        materials = InternalMaterialPage.objects.child_of(section).live()
        assert set(materials.values_list("number", flat=True)) == held, section.title
        for material in materials:
            assert material.handouts.exists(), material.url_path
            assert material.body and material.summary, material.url_path


def test_course_modules_in_the_calendar_are_course_dates(demo, db):
    """Every course-module event starts on a module date of a course, and vice versa for the
    courses the calendar covers."""
    module_dates = {date for course in Course.objects.all() for date in course.module_dates}
    events = EventPage.objects.live().filter(kind="kursmodul")
    assert events.count() >= 4
    for event in events:
        assert event.start_date in module_dates, (event.title, event.start_date)
        assert event.end_date == event.start_date + datetime.timedelta(days=1), event.title


def test_news_dates_fit_the_course_calendar(demo, db):
    news = NewsPage.objects.live()
    assert all(page.date <= DEMO_TODAY for page in news)
    assert all(page.date.year == DEMO_TODAY.year for page in news)
    ended = Course.objects.get(year=DEMO_TODAY.year - 1)  # the course that ended this September
    running = Course.objects.get(year=DEMO_TODAY.year)
    certificates = news.get(slug="pm-zertifikate-2026")
    assert ended.module_4_date <= certificates.date <= ended.module_4_date + datetime.timedelta(7)
    assert certificates.title.startswith(f"{ended.graduates} ")
    registration = news.get(slug="neuer-kurs-2026")
    assert registration.date < running.module_1_date
    assert f"{running.year}/{str(running.year + 1)[2:]}" in registration.title


def test_news_items_have_pictures_and_the_meeting_results_they_announce(demo, db):
    news = NewsPage.objects.live().filter(kind="meldung").select_related("image")
    assert all(page.image_id and page.image_alt for page in news)
    announcement = news.get(slug="ergebnisse-familienmanagertreffen")
    results = WorkingGroupResultPage.objects.live().filter(
        meeting__kind=Meeting.Kind.MANAGERS, meeting__date__year=announcement.date.year
    )
    assert results.count() >= 2
    assert all(result.meeting.date <= announcement.date for result in results)
