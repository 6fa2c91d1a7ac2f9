"""The anonymous page cache: hits, invalidation, and what it must never store or serve."""

import time

import pytest
from django.contrib.auth.models import Group
from django.middleware.csrf import get_token
from wagtail import hooks
from wagtail.models import PageViewRestriction

from tests.builders import add_page, restrict_to_login

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache")]


@pytest.fixture
def about(home_page):
    return add_page(home_page, title="Über das IQZ", slug="ueber-uns", show_in_menus=True)


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_user("redaktion", password="x", is_superuser=True)


def fetch(client, url, **extra):
    response = client.get(url, **extra)
    return response.status_code, response.get("X-Cache"), response.content.decode()


def test_second_anonymous_view_is_a_hit_without_queries(client, about, django_assert_num_queries):
    status, state, first = fetch(client, about.url)
    assert (status, state) == (200, "MISS")
    with django_assert_num_queries(0):
        status, state, second = fetch(client, about.url)
    assert (status, state) == (200, "HIT")
    assert second == first


def test_head_is_answered_from_the_stored_get(client, about):
    fetch(client, about.url)
    response = client.head(about.url)
    assert response.status_code == 200 and response["X-Cache"] == "HIT"


def test_query_string_and_host_are_part_of_the_key(client, about, settings):
    settings.ALLOWED_HOSTS = ["testserver", "andere.example.org"]
    fetch(client, about.url)
    assert fetch(client, about.url + "?seite=2")[1] == "MISS"
    assert fetch(client, about.url, HTTP_HOST="andere.example.org")[1] == "MISS"
    assert fetch(client, about.url + "?seite=2")[1] == "HIT"


def test_publishing_a_change_invalidates(client, about, home_page):
    fetch(client, about.url)
    fetch(client, "/")
    about.title = "Über uns"
    about.save_revision().publish()
    status, state, html = fetch(client, about.url)
    assert (status, state) == (200, "MISS") and "Über uns" in html
    # Other pages showing it (the menu on the home page) are fresh too.
    assert "Über uns" in fetch(client, "/")[2]


def test_unpublishing_invalidates(client, about):
    fetch(client, about.url)
    about.unpublish()
    assert fetch(client, about.url)[0] == 404


def test_moving_invalidates(client, about, home_page):
    other = add_page(home_page, title="Service", slug="service")
    child = add_page(about, title="Team", slug="team")
    old_url = child.url
    fetch(client, old_url)
    child.move(other, pos="last-child")
    response = client.get(old_url)  # Wagtail leaves a redirect behind
    assert response.status_code == 301 and response["Location"].endswith("/service/team/")
    assert fetch(client, "/service/team/")[0] == 200


def test_deleting_invalidates(client, about):
    fetch(client, about.url)
    about.delete()
    assert fetch(client, about.url)[0] == 404


def test_a_saved_draft_does_not_reach_visitors_and_keeps_the_cache(client, about):
    fetch(client, about.url)
    about.title = "Entwurfstitel"
    about.save_revision()
    status, state, html = fetch(client, about.url)
    assert state == "HIT" and "Entwurfstitel" not in html


def test_logged_in_views_are_never_stored_nor_served_from_cache(client, about, editor):
    fetch(client, about.url)  # stored for anonymous visitors
    client.force_login(editor)
    status, state, html = fetch(client, about.url)
    assert (status, state) == (200, "BYPASS")
    client.logout()
    # An editor's view did not replace the anonymous copy, nor create one.
    assert fetch(client, about.url)[1] == "HIT"
    client.force_login(editor)
    assert fetch(client, "/")[1] == "BYPASS"
    client.logout()
    assert fetch(client, "/")[1] == "MISS"


def test_restricted_pages_are_never_stored(client, about, editor):
    secret = add_page(about, title="Interne Notizen", slug="intern")
    restrict_to_login(secret)
    response = client.get(secret.url)
    assert response.status_code == 302
    client.force_login(editor)
    status, state, html = fetch(client, secret.url)
    assert (status, state) == (200, "BYPASS") and "Interne Notizen" in html
    client.logout()
    response = client.get(secret.url)
    assert response.status_code == 302 and response["X-Cache"] != "HIT"


def test_a_new_restriction_takes_a_cached_page_away(client, about):
    fetch(client, about.url)
    restriction = PageViewRestriction.objects.create(page=about, restriction_type="groups")
    restriction.groups.add(Group.objects.create(name="Familienmanager"))
    assert client.get(about.url).status_code == 302


def test_password_protected_pages_are_never_stored(client, about):
    PageViewRestriction.objects.create(page=about, restriction_type="password", password="geheim")
    for _ in range(2):
        status, state, html = fetch(client, about.url)
        assert status == 200 and state == "BYPASS" and "Über das IQZ" not in html.split("<h1")[0]


def test_responses_that_set_a_cookie_are_never_stored(client, about):
    def uses_csrf(callback):
        def inner(page, request, args, kwargs):
            get_token(request)  # what a page with a POST form does when it renders {% csrf_token %}
            return callback(page, request, args, kwargs)

        return inner

    with hooks.register_temporarily("on_serve_page", uses_csrf):
        for _ in range(2):
            response = client.get(about.url)
            assert response.cookies and response["X-Cache"] == "BYPASS"


def test_requests_with_a_session_cookie_bypass(client, about):
    fetch(client, about.url)
    client.cookies["sessionid"] = "irgendwas"
    assert fetch(client, about.url)[1] == "BYPASS"


def test_posts_and_non_page_urls_are_not_cached(client, about):
    assert client.post(about.url)["X-Cache"] == "BYPASS"
    for _ in range(2):
        assert client.get("/suche/?q=Familie")["X-Cache"] == "BYPASS"
    for _ in range(2):
        assert client.get("/gibt-es-nicht/")["X-Cache"] == "BYPASS"


def test_a_change_made_by_another_server_is_seen_within_the_local_window(client, about, settings):
    from operations.models import ContentGeneration

    settings.PAGE_CACHE_LOCAL_SECONDS = 0.2
    fetch(client, about.url)
    assert fetch(client, about.url)[1] == "HIT"
    # What a change on another server does (without this process hearing of it).
    ContentGeneration.objects.filter(pk=1).update(value="publiziert-auf-server-2")
    time.sleep(0.25)
    assert fetch(client, about.url)[1] == "MISS"


def test_an_expired_page_is_gone_before_the_scheduled_job_runs(client, home_page):
    """The page stayed at its URL until publish_scheduled unpublished it (issue 17)."""
    from datetime import timedelta

    from django.utils import timezone

    page = add_page(home_page, title="Aktion bis gestern", slug="aktion")
    type(page).objects.filter(pk=page.pk).update(expire_at=timezone.now() - timedelta(minutes=1))
    assert client.get(page.url).status_code == 404


def test_a_stored_copy_does_not_outlive_its_page(client, home_page):
    from datetime import timedelta

    from django.utils import timezone

    page = add_page(home_page, title="Aktion", slug="aktion")
    page.expire_at = timezone.now() + timedelta(seconds=1)
    page.save_revision().publish()
    assert fetch(client, page.url)[:2] == (200, "MISS")
    assert fetch(client, page.url)[:2] == (200, "HIT")
    time.sleep(1.1)  # the expiry date passes; no job runs, no generation changes
    assert client.get(page.url).status_code == 404
