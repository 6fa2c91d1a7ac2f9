from io import StringIO

import pytest
from django.core.management import call_command
from django.db import transaction


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """The demo content, loaded once for a test module and rolled back afterwards.

    Every test using it also asks for `db`, so pytest-django runs them together (before any
    transactional test flushes the database) and the content is loaded only once per module.
    """
    with django_db_blocker.unblock(), transaction.atomic():
        out = StringIO()
        call_command("load_demo_content", stdout=out)
        yield out.getvalue()
        transaction.set_rollback(True)
