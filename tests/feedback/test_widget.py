""" "War diese Seite hilfreich?": one vote per page and session, German messages, no 500."""

import json

import pytest
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from feedback.models import Feedback
from tests.builders import add_page, add_project, knowledge_sections, restrict_to_login
from tests.operations.conftest import page_cache  # noqa: F401 - fixture

pytestmark = pytest.mark.django_db
FIXTURES = [HealthCheck.function_scoped_fixture]


@pytest.fixture
def project(home_page):
    sections = knowledge_sections(home_page)
    return add_project(sections["projects"], title="Ferienbetreuung", themes=["kinderbetreuung"])


def vote(client, page, answer="ja", comment="", **extra):
    return client.post(
        f"/rueckmeldung/{page.pk}/", {"antwort": answer, "kommentar": comment}, **extra
    )


def test_content_pages_carry_the_widget_without_a_csrf_cookie(client, project, home_page):
    response = client.get(project.url)
    html = response.content.decode()
    assert "War diese Seite hilfreich?" in html
    assert f'action="/rueckmeldung/{project.pk}/"' in html
    # No token and no cookie: the page stays shareable for the page cache.
    assert "csrfmiddlewaretoken" not in html and not response.cookies
    assert "War diese Seite hilfreich?" not in client.get(home_page.url).content.decode()


def test_vote_with_comment_then_the_page_thanks_instead_of_asking(client, project):
    response = vote(client, project, "nein", "  Die Kontaktdaten fehlen.\x00 ")
    assert response.status_code == 302
    assert response["Location"] == f"{project.url}#rueckmeldung"
    feedback = Feedback.objects.get()
    assert feedback.page_id == project.pk and feedback.helpful is False
    assert feedback.comment == "Die Kontaktdaten fehlen."
    assert len(feedback.visitor) == 64 and not feedback.is_done
    html = client.get(project.url).content.decode()
    assert "Vielen Dank für Ihre Rückmeldung!" in html and "feedback-form" not in html


def test_one_vote_per_page_and_session(client, project, home_page):
    assert vote(client, project).status_code == 302
    second = vote(client, project, "nein")
    assert second.status_code == 409
    assert "bereits eine Rückmeldung" in second.content.decode()
    assert Feedback.objects.count() == 1
    # Another page, and another visitor, may still vote.
    other = add_page(home_page, title="Impressum", slug="impressum")
    assert vote(client, other).status_code == 302
    assert vote(Client(), project, "nein").status_code == 302
    assert Feedback.objects.filter(page=project).count() == 2


def test_a_session_that_lost_its_memory_still_cannot_vote_twice(client, project):
    vote(client, project)
    session = client.session
    session["feedback_pages"] = []
    session.save()
    assert vote(client, project).status_code == 409  # the unique constraint holds
    assert Feedback.objects.count() == 1


def test_json_answers_for_the_script(client, project):
    response = vote(client, project, HTTP_ACCEPT="application/json")
    assert response.status_code == 200
    assert json.loads(response.content)["message"] == "Vielen Dank für Ihre Rückmeldung!"
    again = vote(client, project, HTTP_ACCEPT="application/json")
    assert again.status_code == 409
    bad = vote(Client(), project, "vielleicht", HTTP_ACCEPT="application/json")
    assert bad.status_code == 400
    assert json.loads(bad.content)["errors"]["antwort"] == ["Bitte wählen Sie „Ja“ oder „Nein“."]


@pytest.mark.parametrize(
    "answer,comment,message",
    [
        ("", "", "Bitte wählen Sie „Ja“ oder „Nein“."),
        ("egal", "", "Bitte wählen Sie „Ja“ oder „Nein“."),
        ("ja", "x" * 1001, "Der Kommentar ist zu lang (höchstens 1000 Zeichen, Sie haben 1001)."),
    ],
)
def test_bad_input_gets_a_german_message_at_the_field(client, project, answer, comment, message):
    response = vote(client, project, answer, comment)
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html and 'id="feedback-comment"' in html
    assert not Feedback.objects.exists()


def test_votes_from_another_site_are_refused(client, project):
    response = vote(client, project, HTTP_ORIGIN="https://evil.example")
    assert response.status_code == 403
    assert vote(client, project, HTTP_ORIGIN="http://testserver").status_code == 302
    assert Feedback.objects.count() == 1


def test_the_honeypot_thanks_bots_and_stores_nothing(client, project):
    response = client.post(
        f"/rueckmeldung/{project.pk}/", {"antwort": "ja", "website": "http://spam.example"}
    )
    assert response.status_code == 302
    assert not Feedback.objects.exists()


def test_drafts_and_restricted_pages_take_no_votes(client, home_page):
    sections = knowledge_sections(home_page)
    draft = add_project(sections["projects"], title="Entwurf", publish=False)
    secret = add_project(sections["projects"], title="Geheim")
    restrict_to_login(secret)
    assert vote(client, draft).status_code == 404
    assert vote(client, secret).status_code == 404
    assert client.post("/rueckmeldung/999999/", {"antwort": "ja"}).status_code == 404
    assert client.get(f"/rueckmeldung/{secret.pk}/").status_code == 405
    assert not Feedback.objects.exists()


def test_votes_are_rate_limited_per_address(project):
    for _ in range(30):
        assert vote(Client(), project).status_code == 302
    response = vote(Client(), project)
    assert response.status_code == 429
    assert "Zu viele Rückmeldungen" in response.content.decode()
    assert vote(Client(), project, REMOTE_ADDR="10.0.0.7").status_code == 302


@settings(max_examples=60, deadline=None, suppress_health_check=FIXTURES)
@given(
    answer=st.one_of(st.sampled_from(["ja", "nein"]), st.text(max_size=30)),
    comment=st.text(max_size=1200),
    honeypot=st.one_of(st.just(""), st.text(max_size=50)),
    page_id=st.one_of(st.none(), st.integers(min_value=0, max_value=2**40)),
)
def test_whatever_strangers_send_never_fails(project, answer, comment, honeypot, page_id):
    from django.core.cache import cache

    cache.clear()
    client = Client()
    target = project.pk if page_id is None else page_id
    response = client.post(
        f"/rueckmeldung/{target}/", {"antwort": answer, "kommentar": comment, "website": honeypot}
    )
    assert response.status_code in (302, 400, 404)
    if response.status_code == 302:
        assert Feedback.objects.filter(page_id=target).count() <= 1
    Feedback.objects.all().delete()


@pytest.mark.usefixtures("page_cache")
def test_pages_with_the_widget_stay_in_the_page_cache_until_the_visitor_votes(client, project):
    assert client.get(project.url)["X-Cache"] == "MISS"
    assert client.get(project.url)["X-Cache"] == "HIT"
    vote(client, project)
    # Now with a session: rendered for this visitor, thanking instead of asking.
    response = client.get(project.url)
    assert response["X-Cache"] == "BYPASS"
    assert "Vielen Dank für Ihre Rückmeldung!" in response.content.decode()
    assert "feedback-form" in Client().get(project.url).content.decode()
