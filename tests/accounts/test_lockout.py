"""Login lockouts behind a load balancer, their end, and limits on password resets (issue 17)."""

from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.core import mail
from django.utils import timezone

from accounts.lockout import ACCOUNT_FAILURE_LIMIT
from tests.builders import add_user

PASSWORD = "Sicheres-Passwort-2026"
STRANGER = "203.0.113.7"
MEMBER_ELSEWHERE = "198.51.100.4"


@pytest.fixture
def member(home_page):
    return add_user("teilnehmer", "Kursteilnehmende", email="teilnehmer@example.org")


@pytest.fixture
def behind_proxy(settings):
    """One load balancer in front: every request arrives from 127.0.0.1 with X-Forwarded-For."""
    settings.TRUSTED_PROXY_COUNT = 1


def login(client, password, address, forwarded=None):
    return client.post(
        "/konto/anmelden/",
        {"username": "teilnehmer", "password": password},
        HTTP_X_FORWARDED_FOR=forwarded or address,
    )


def test_behind_a_proxy_a_stranger_locks_only_himself(client, member, behind_proxy):
    for _ in range(5):
        response = login(client, "geraten", STRANGER)
    assert response.status_code == 429
    assert login(client, PASSWORD, STRANGER).status_code == 429
    assert login(client, PASSWORD, MEMBER_ELSEWHERE).status_code == 302


def test_a_forged_forwarded_address_is_not_believed(client, member, behind_proxy):
    """The balancer appends the real address; what the client wrote before it does not count."""
    for number in range(5):
        response = login(client, "geraten", STRANGER, forwarded=f"10.0.0.{number}, {STRANGER}")
    assert response.status_code == 429


def test_without_a_proxy_the_forwarded_header_is_ignored(client, member):
    for number in range(5):
        response = login(client, "geraten", f"10.0.0.{number}")
    assert response.status_code == 429
    assert login(client, PASSWORD, MEMBER_ELSEWHERE).status_code == 429  # the same connection


def test_tries_during_the_lock_do_not_extend_it(client, member, behind_proxy):
    for _ in range(5):
        login(client, "geraten", STRANGER)
    attempt = AccessAttempt.objects.get(username="teilnehmer", ip_address=STRANGER)
    locked_at = attempt.attempt_time
    assert login(client, "geraten", STRANGER).status_code == 429
    attempt.refresh_from_db()
    assert attempt.attempt_time == locked_at
    AccessAttempt.objects.filter(pk=attempt.pk).update(
        attempt_time=timezone.now() - timedelta(hours=1, minutes=1)
    )
    assert login(client, PASSWORD, STRANGER).status_code == 302


def test_a_name_attacked_from_many_addresses(client, member, behind_proxy):
    attackers = [f"192.0.2.{number}" for number in range(ACCOUNT_FAILURE_LIMIT)]
    for address in attackers:
        assert login(client, "geraten", address).status_code == 200
    response = login(client, PASSWORD, attackers[0])
    assert response.status_code == 429
    assert "15 Minuten" in response.content.decode()
    # The member, from an address that never failed, still gets in.
    assert login(client, PASSWORD, MEMBER_ELSEWHERE).status_code == 302


def reset(client, email, address):
    return client.post("/konto/passwort-vergessen/", {"email": email}, REMOTE_ADDR=address)


def test_password_resets_are_limited_per_address_and_per_sender(client, member):
    for _ in range(5):
        response = reset(client, member.email, "192.0.2.1")
        assert response.status_code == 302  # the same answer every time: nothing is revealed
    assert len(mail.outbox) == 3
    for number in range(5, 10):  # ten requests from one sender in all
        assert reset(client, f"niemand{number}@example.org", "192.0.2.1").status_code == 302
    response = reset(client, "noch-jemand@example.org", "192.0.2.1")
    assert response.status_code == 429
    assert "Zu viele Anfragen in kurzer Zeit" in response.content.decode()
    assert reset(client, "noch-jemand@example.org", "192.0.2.2").status_code == 302
