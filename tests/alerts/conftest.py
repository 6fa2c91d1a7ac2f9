import re

import pytest

from tests.builders import add_project, knowledge_sections


@pytest.fixture
def indexed(django_capture_on_commit_callbacks):
    """Run the commit hooks (search indexing, mail delivery) of what happens inside."""

    def run(function, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return function(*args, **kwargs)

    return run


@pytest.fixture
def projects(home_page, indexed):
    """The practice-project section with one project published before any alert exists."""
    sections = knowledge_sections(home_page)
    indexed(
        add_project,
        sections["projects"],
        title="Ferienbetreuung Altbestand",
        themes=["kinderbetreuung"],
    )
    return sections["projects"]


def links(text, kind):
    return re.findall(rf"https?://[^\s/]+(/suchauftraege/{kind}/[^/\s]+/)", text)
