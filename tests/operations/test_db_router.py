"""Reads go to the replica, writes and everything after them to the primary."""

import pytest
from django.test import RequestFactory
from wagtail.models import Page

from operations.db_router import ReplicaPinningMiddleware, ReplicaRouter, is_pinned, unpin

pytestmark = pytest.mark.filterwarnings("ignore:Overriding setting DATABASES")


@pytest.fixture
def with_replica(settings):
    settings.DATABASES = {**settings.DATABASES, "replica": dict(settings.DATABASES["default"])}
    unpin()
    yield ReplicaRouter()
    unpin()


def test_reads_go_to_the_replica_and_writes_to_the_primary(with_replica):
    router = with_replica
    assert router.db_for_read(Page) == "replica"
    assert router.db_for_write(Page) == "default"


def test_after_a_write_reads_stay_on_the_primary(with_replica):
    router = with_replica
    router.db_for_write(Page)
    assert is_pinned()
    assert router.db_for_read(Page) == "default"


def test_without_a_replica_everything_uses_the_primary(settings):
    unpin()
    assert "replica" not in settings.DATABASES
    assert ReplicaRouter().db_for_read(Page) == "default"


@pytest.mark.django_db  # Page() asks for the default locale
def test_migrations_and_relations(with_replica):
    router = with_replica
    assert router.allow_migrate("default", "knowledge")
    assert not router.allow_migrate("replica", "knowledge")
    assert router.allow_relation(Page(), Page())


@pytest.mark.parametrize(
    ("method", "path", "pinned"),
    [
        ("get", "/praxisprojekte/", False),
        ("head", "/", False),
        ("post", "/praxisprojekte/", True),
        ("delete", "/api/x", True),
        ("get", "/admin/pages/", True),
        ("get", "/django-admin/", True),
    ],
)
def test_requests_pin_writes_and_the_admin(with_replica, method, path, pinned):
    seen = {}

    def view(request):
        seen["pinned"] = is_pinned()
        seen["read"] = with_replica.db_for_read(Page)
        return None

    ReplicaPinningMiddleware(view)(getattr(RequestFactory(), method)(path))
    assert seen["pinned"] is pinned
    assert seen["read"] == ("default" if pinned else "replica")
    assert not is_pinned()  # reset after the request
