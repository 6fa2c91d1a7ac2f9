import pytest

from tests.builders import knowledge_sections, network_sections


@pytest.fixture
def sections(home_page):
    return {**knowledge_sections(home_page), **network_sections(home_page)}
