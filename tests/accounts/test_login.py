"""Login, lockout, logout and the password pages (German, in the site's design)."""

import re

import pytest
from django.core import mail
from hypothesis import HealthCheck, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from tests.builders import add_user

PASSWORD = "Sicheres-Passwort-2026"


@pytest.fixture
def member(home_page):
    return add_user("teilnehmer", "Kursteilnehmende")


def login(client, username, password, **extra):
    return client.post("/konto/anmelden/", {"username": username, "password": password, **extra})


def test_login_page_is_german_and_in_the_site_frame(client, home_page):
    html = client.get("/konto/anmelden/").content.decode()
    assert "<h1>Anmelden</h1>" in html
    assert "Benutzername" in html and "Passwort vergessen?" in html
    assert 'class="site-footer"' in html


def test_login_then_redirect_to_next(client, member):
    response = login(client, "teilnehmer", PASSWORD, next="/intern/kurs-5/")
    assert response.status_code == 302
    assert response["Location"] == "/intern/kurs-5/"


def test_login_ignores_foreign_next(client, member):
    response = login(client, "teilnehmer", PASSWORD, next="https://boese.example/")
    assert response["Location"] == "/intern/"


def test_wrong_password_answers_in_german(client, member):
    response = login(client, "teilnehmer", "falsch")
    assert response.status_code == 200
    assert "Benutzername oder Passwort sind nicht richtig" in response.content.decode()


def test_fifth_failure_locks_the_login_with_429(client, member):
    for _ in range(4):
        assert login(client, "teilnehmer", "falsch").status_code == 200
    response = login(client, "teilnehmer", "falsch")
    assert response.status_code == 429
    html = response.content.decode()
    assert "Anmeldung vorübergehend gesperrt" in html
    # Even the right password is refused now.
    response = login(client, "teilnehmer", PASSWORD)
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_lockout_also_guards_the_admin_login(client, member):
    for _ in range(5):
        response = client.post("/admin/login/", {"username": "teilnehmer", "password": "x"})
    assert response.status_code == 429


def test_success_resets_the_failure_count(client, member):
    for _ in range(4):
        login(client, "teilnehmer", "falsch")
    assert login(client, "teilnehmer", PASSWORD).status_code == 302
    client.post("/konto/abmelden/")
    for _ in range(4):
        assert login(client, "teilnehmer", "falsch").status_code == 200


def test_logout_needs_post(client, member):
    client.force_login(member)
    assert client.get("/konto/abmelden/").status_code == 405
    response = client.post("/konto/abmelden/")
    assert response.status_code == 200
    assert "Sie sind abgemeldet" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_password_change(client, member):
    assert client.get("/konto/passwort/")["Location"].startswith("/konto/anmelden/")
    client.force_login(member)
    response = client.post(
        "/konto/passwort/",
        {
            "old_password": PASSWORD,
            "new_password1": "Neues-Kurs-Passwort-77",
            "new_password2": "Neues-Kurs-Passwort-77",
        },
    )
    assert response["Location"] == "/konto/passwort/geaendert/"
    member.refresh_from_db()
    assert member.check_password("Neues-Kurs-Passwort-77")


def test_password_change_rejects_weak_passwords_in_german(client, member):
    client.force_login(member)
    response = client.post(
        "/konto/passwort/",
        {"old_password": PASSWORD, "new_password1": "123", "new_password2": "123"},
    )
    assert response.status_code == 200
    assert "zu kurz" in response.content.decode()


def test_password_reset_by_mail_with_signed_link(client, member):
    response = client.post("/konto/passwort-vergessen/", {"email": member.email})
    assert response["Location"] == "/konto/passwort-vergessen/gesendet/"
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.subject == "Neues Passwort für Kommunales Familienmanagement NRW"
    link = re.search(r"http://testserver(/konto/passwort-neu/\S+)", message.body).group(1)
    form = client.get(link, follow=True)
    assert "Neues Passwort festlegen" in form.content.decode()
    response = client.post(
        form.redirect_chain[-1][0],
        {"new_password1": "Frisches-Passwort-55", "new_password2": "Frisches-Passwort-55"},
    )
    assert response["Location"] == "/konto/passwort-neu/fertig/"
    member.refresh_from_db()
    assert member.check_password("Frisches-Passwort-55")
    # The link works only once.
    assert "ungültig oder abgelaufen" in client.get(link, follow=True).content.decode()


def test_password_reset_link_expires(client, member, settings):
    client.post("/konto/passwort-vergessen/", {"email": member.email})
    link = re.search(r"http://testserver(/konto/passwort-neu/\S+)", mail.outbox[0].body).group(1)
    settings.PASSWORD_RESET_TIMEOUT = -1
    assert "ungültig oder abgelaufen" in client.get(link, follow=True).content.decode()


def test_password_reset_does_not_reveal_accounts(client, member):
    response = client.post("/konto/passwort-vergessen/", {"email": "niemand@example.org"})
    assert response["Location"] == "/konto/passwort-vergessen/gesendet/"
    assert mail.outbox == []


@given(username=st.text(max_size=300), password=st.text(max_size=300))
@hsettings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_any_login_input_is_answered_without_error(client, home_page, username, password):
    response = login(client, username, password)
    assert response.status_code in (200, 429)


@given(
    email=st.text(max_size=300), uid=st.text(min_size=1, max_size=40).filter(lambda s: "/" not in s)
)
@hsettings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_any_reset_input_is_answered_without_error(client, home_page, email, uid):
    assert client.post("/konto/passwort-vergessen/", {"email": email}).status_code in (200, 302)
    from urllib.parse import quote

    response = client.get(f"/konto/passwort-neu/{quote(uid, safe='')}/set-password/")
    assert response.status_code in (200, 302, 404)
