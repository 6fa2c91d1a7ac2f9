"""The page tree is strict: each type lives where it belongs, index pages exist once."""

import pytest
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from home.models import HomePage, StandardPage
from knowledge.models import (
    CourseIndexPage,
    ModulePage,
    PracticeProjectIndexPage,
    PracticeProjectPage,
    ThemeIndexPage,
    WorkingGroupIndexPage,
    WorkingGroupResultPage,
)
from tests.builders import build_site, knowledge_sections

INDEX_PAGES = [CourseIndexPage, PracticeProjectIndexPage, WorkingGroupIndexPage, ThemeIndexPage]


class TestTreeRules(WagtailPageTestCase):
    def test_index_pages_live_under_home_only(self):
        for model in INDEX_PAGES:
            self.assertAllowedParentPageTypes(model, {HomePage})
            self.assertCanCreateAt(HomePage, model)
            self.assertCanNotCreateAt(StandardPage, model)

    def test_leaves_have_exactly_one_parent_type_and_no_children(self):
        for leaf, parent in [
            (ModulePage, CourseIndexPage),
            (PracticeProjectPage, PracticeProjectIndexPage),
            (WorkingGroupResultPage, WorkingGroupIndexPage),
        ]:
            self.assertAllowedParentPageTypes(leaf, {parent})
            self.assertAllowedSubpageTypes(leaf, set())
            self.assertAllowedSubpageTypes(parent, {leaf})
            self.assertCanNotCreateAt(HomePage, leaf)

    def test_theme_index_has_no_children(self):
        self.assertAllowedSubpageTypes(ThemeIndexPage, set())

    def test_home_page_cannot_host_itself(self):
        self.assertCanNotCreateAt(HomePage, HomePage)
        self.assertCanCreateAt(Page, HomePage)


@pytest.mark.django_db
def test_index_pages_are_singletons():
    home = build_site()
    knowledge_sections(home)
    for model in INDEX_PAGES:
        assert not model.can_create_at(home), model
