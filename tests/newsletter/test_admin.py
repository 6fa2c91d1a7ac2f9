"""Editors see subscribers in the admin and export the active ones as CSV."""

import csv
import io

import pytest
from django.contrib.auth.models import Group, Permission
from django.utils import timezone

from newsletter.models import Subscriber

pytestmark = pytest.mark.django_db


@pytest.fixture
def subscribers(home_page):
    now = timezone.now()
    for email, status in [
        ("aktiv1@example.org", "aktiv"),
        ("aktiv2@example.org", "aktiv"),
        ("weg@example.org", "abgemeldet"),
    ]:
        Subscriber.objects.create(
            email=email, status=status, consent_text="x", requested_at=now, confirmed_at=now
        )


def editor(django_user_model, perms=("access_admin", "view_subscriber")):
    user = django_user_model.objects.create_user("redaktion", password="x")
    group = Group.objects.create(name="Redaktion")
    group.permissions.set(Permission.objects.filter(codename__in=perms))
    user.groups.add(group)
    return user


def test_listing_in_the_admin(client, subscribers, django_user_model):
    client.force_login(editor(django_user_model))
    response = client.get("/admin/snippets/newsletter/subscriber/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "aktiv1@example.org" in html and "weg@example.org" in html


def test_csv_export_holds_active_subscribers_only(client, subscribers, django_user_model):
    client.force_login(editor(django_user_model))
    response = client.get("/admin/newsletter/export/")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment" in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == ["E-Mail-Adresse", "Bestätigt am"]
    assert [row[0] for row in rows[1:]] == ["aktiv1@example.org", "aktiv2@example.org"]


def test_csv_exports_run_no_formula(client, subscribers, django_user_model):
    now = timezone.now()
    Subscriber.objects.create(
        email="=1+1@example.org", consent_text="x", requested_at=now, confirmed_at=now
    )
    client.force_login(editor(django_user_model))
    text = client.get("/admin/newsletter/export/").content.decode("utf-8-sig")
    assert "'=1+1@example.org" in text.splitlines()[1]
    listing = client.get("/admin/snippets/newsletter/subscriber/?export=csv")
    text = b"".join(listing.streaming_content).decode("utf-8-sig")
    assert "'=1+1@example.org" in text and "\n=1" not in text


def test_export_needs_the_permission(client, subscribers, django_user_model):
    client.force_login(editor(django_user_model, perms=("access_admin",)))
    assert client.get("/admin/newsletter/export/").status_code in (302, 403)
    client.logout()
    response = client.get("/admin/newsletter/export/")
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_nobody_adds_or_edits_subscribers_past_the_double_opt_in(
    client, subscribers, django_user_model
):
    admin = django_user_model.objects.create_superuser("admin", "admin@example.org", "x")
    client.force_login(admin)
    pk = Subscriber.objects.first().pk
    assert client.get("/admin/snippets/newsletter/subscriber/add/").status_code in (302, 403)
    assert client.get(f"/admin/snippets/newsletter/subscriber/edit/{pk}/").status_code in (
        302,
        403,
    )
    inspect = client.get(f"/admin/snippets/newsletter/subscriber/inspect/{pk}/")
    assert inspect.status_code == 200
    assert client.get(f"/admin/snippets/newsletter/subscriber/delete/{pk}/").status_code == 200
