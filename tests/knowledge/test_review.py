"""Freshness reviews: review dates, "Als geprüft markieren", the dashboard panel, reminders."""

import datetime

import pytest
from django.apps import apps
from django.utils import timezone
from wagtail.models import Page, PageLogEntry

from accounts.roles import EDITORS, TRAINERS, ensure_roles
from home.models import StandardPage
from knowledge import review
from knowledge.models import PracticeProjectPage
from knowledge.models.mixins import add_months
from tests.builders import add_module, add_page, add_project, add_user

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()
LONG_AGO = datetime.date(2020, 3, 31)


def reviewed_on(page, day):
    """Set a page's review date as if it had been checked on `day`."""
    return review.mark_reviewed(page, day=day)


def test_add_months_keeps_the_day_or_the_month_end():
    assert add_months(datetime.date(2025, 1, 31), 1) == datetime.date(2025, 2, 28)
    assert add_months(datetime.date(2024, 11, 15), 14) == datetime.date(2026, 1, 15)
    assert add_months(datetime.date(2024, 2, 29), 12) == datetime.date(2025, 2, 28)


def test_first_publication_counts_as_review(sections):
    draft = add_project(sections["projects"], publish=False)
    assert draft.last_reviewed_at is None and draft.review_due_at is None
    draft.save_revision().publish()
    draft.refresh_from_db()
    assert draft.last_reviewed_at == TODAY
    assert draft.review_due_at == add_months(TODAY, 12)


def test_interval_per_page_overrides_the_type_default(sections):
    project = add_project(sections["projects"], review_interval_months=3)
    assert project.review_due_at == add_months(TODAY, 3)
    assert PracticeProjectPage.review_interval_default == 12


def test_marking_reviewed_makes_no_revision_and_survives_a_later_publish(sections):
    project = add_project(sections["projects"])
    reviewed_on(project, LONG_AGO)
    draft = PracticeProjectPage.objects.get(pk=project.pk)
    draft.summary = "Neu formuliert."
    revision = draft.save_revision()  # a draft made while the page still said LONG_AGO
    revisions = project.revisions.count()

    review.mark_reviewed(project)
    project.refresh_from_db()
    assert project.revisions.count() == revisions
    assert project.last_reviewed_at == TODAY
    assert PageLogEntry.objects.filter(page=project, action=review.REVIEWED_ACTION).exists()

    revision.publish()
    project.refresh_from_db()
    assert project.summary == "Neu formuliert."
    assert project.last_reviewed_at == TODAY
    assert project.review_due_at == add_months(TODAY, 12)


def test_due_pages_oldest_first_without_archived_or_drafts(sections, home_page):
    old = add_project(sections["projects"], title="Alt")
    older = add_module(sections["course"], title="Älter")
    archived = add_project(sections["projects"], title="Archiviert", is_archived=True)
    fresh = add_project(sections["projects"], title="Frisch")
    legal = add_page(home_page, StandardPage, title="Impressum", slug="impressum")
    reviewed_on(old, datetime.date(2024, 5, 1))
    reviewed_on(older, datetime.date(2023, 5, 1))
    reviewed_on(archived, datetime.date(2020, 1, 1))
    reviewed_on(legal, datetime.date(2024, 6, 1))
    draft = add_project(sections["projects"], title="Entwurf", publish=False)
    PracticeProjectPage.objects.filter(pk=draft.pk).update(
        last_reviewed_at=LONG_AGO, review_due_at=LONG_AGO
    )
    due = review.due_pages(TODAY)
    assert [p.title for p in due] == ["Älter", "Alt", "Impressum"]
    assert fresh.pk not in {p.pk for p in due}


def test_backfill_uses_the_publication_date(sections):
    project = add_project(sections["projects"])
    published = timezone.now() - datetime.timedelta(days=400)
    PracticeProjectPage.objects.filter(pk=project.pk).update(
        last_reviewed_at=None, review_due_at=None, last_published_at=published
    )
    review.backfill_review_dates(apps, "knowledge", ["PracticeProjectPage"])
    project.refresh_from_db()
    assert project.last_reviewed_at == timezone.localtime(published).date()
    assert project.review_due_at == add_months(project.last_reviewed_at, 12)


# --- Admin -------------------------------------------------------------------------------------


@pytest.fixture
def editor(home_page):
    ensure_roles()
    return add_user("redakteurin", EDITORS, first_name="Rita", last_name="Redlich")


def test_dashboard_lists_due_pages_with_owner(client, sections, editor):
    trainer = add_user("trainer", TRAINERS, first_name="Tom", last_name="Trainer")
    module = add_module(sections["course"], title="Grundlagen der Familienpolitik")
    type(module).objects.filter(pk=module.pk).update(owner=trainer)
    reviewed_on(module, LONG_AGO)
    client.force_login(editor)
    body = client.get("/admin/").content.decode()
    assert "Zur Prüfung fällig" in body
    assert "Grundlagen der Familienpolitik" in body and "Tom Trainer" in body
    assert "31.03.2020" in body


def test_mark_reviewed_in_the_admin(client, sections, editor):
    project = add_project(sections["projects"])
    reviewed_on(project, LONG_AGO)
    revisions = project.revisions.count()
    client.force_login(editor)
    url = f"/admin/pruefung/{project.pk}/"
    confirm = client.get(url)
    assert confirm.status_code == 200 and "31. März 2020" in confirm.content.decode()
    response = client.post(url, {"next": "/admin/"})
    assert response.status_code == 302 and response["Location"] == "/admin/"
    project.refresh_from_db()
    assert project.last_reviewed_at == TODAY and project.revisions.count() == revisions
    # A foreign "next" is not followed.
    assert client.post(url, {"next": "https://example.com/"})["Location"].startswith("/admin/")


def test_mark_reviewed_needs_edit_permission(client, sections, home_page):
    ensure_roles()
    trainer = add_user("trainer", TRAINERS)
    project = add_project(sections["projects"])
    reviewed_on(project, LONG_AGO)
    client.force_login(trainer)
    # Wagtail answers a refused admin action with a redirect to the dashboard and a message.
    response = client.post(f"/admin/pruefung/{project.pk}/")
    assert response.status_code == 302 and response["Location"] == "/admin/"
    project.refresh_from_db()
    assert project.last_reviewed_at == LONG_AGO
    # Pages without review dates (an index page) are not found.
    client.force_login(add_user("chefin", is_superuser=True))
    assert client.get(f"/admin/pruefung/{sections['projects'].pk}/").status_code == 404


def test_trainer_dashboard_shows_only_pages_they_may_edit(client, sections, home_page):
    ensure_roles()
    trainer = add_user("trainer", TRAINERS)
    module = add_module(sections["course"], title="Modul zur Prüfung")
    project = add_project(sections["projects"], title="Fremdes Projekt")
    reviewed_on(module, LONG_AGO)
    reviewed_on(project, LONG_AGO)
    titles = [p.title for p in review.due_pages(TODAY, user=trainer)]
    assert titles == ["Modul zur Prüfung"]


# --- Reminders and the public "Stand" ----------------------------------------------------------


def test_weekly_reminder_goes_to_each_owner_with_due_pages(sections, home_page):
    from jobs.models import OutgoingMail
    from jobs.registry import registered, run

    anna = add_user("anna", TRAINERS, first_name="Anna")
    ben = add_user("ben", TRAINERS)
    gone = add_user("gone", TRAINERS, is_active=False)
    pages = {
        "Modul A": (anna, LONG_AGO),
        "Projekt A": (anna, datetime.date(2021, 1, 1)),
        "Projekt B": (ben, TODAY),
        "Projekt C": (gone, LONG_AGO),
    }
    for title, (owner, day) in pages.items():
        if title.startswith("Modul"):
            page = add_module(sections["course"], title=title)
        else:
            page = add_project(sections["projects"], title=title, slug=title.lower()[-1])
        type(page).objects.filter(pk=page.pk).update(owner=owner)
        reviewed_on(page, day)
    job = registered()["accounts.review_reminders"]
    assert job.every == datetime.timedelta(days=7)
    assert run(job) == ("ok", 1)
    (queued,) = OutgoingMail.objects.all()
    assert queued.to == ["anna@example.org"]
    assert queued.subject == "2 Seiten zur Prüfung fällig"
    assert "Guten Tag Anna" in queued.body
    assert queued.body.index("Modul A") < queued.body.index("Projekt A")
    assert f"/admin/pages/{Page.objects.get(title='Modul A').pk}/edit/" in queued.body
    # Run again in the same week (forced): the queue's key keeps it to one mail.
    assert run(job, force=True) == ("ok", 0)
    assert OutgoingMail.objects.count() == 1


def test_no_reminder_without_due_pages(sections):
    add_project(sections["projects"])
    assert review.reminder_messages(TODAY) == []


def test_project_page_shows_stand_and_updates_after_review(client, sections):
    project = add_project(sections["projects"])
    reviewed_on(project, LONG_AGO)
    assert "31. März 2020" in client.get(project.url).content.decode()
    review.mark_reviewed(project)
    body = client.get(project.url).content.decode()
    assert "Stand" in body and timezone.localdate().strftime("%Y-%m-%d") in body
