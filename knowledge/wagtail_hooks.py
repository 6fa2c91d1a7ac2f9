"""Admin for the shared vocabularies ("Vokabulare") and the freshness review of pages."""

from django.urls import path, reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from . import admin_views, review
from .models import (
    Course,
    FamilyManager,
    Meeting,
    Municipality,
    ReviewableMixin,
    TargetGroup,
    Theme,
    WorkingGroup,
)


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "tag"
    menu_label = _("Themen")
    list_display = ["name", "slug"]
    search_fields = ["name"]
    ordering = ["sort_order", "name"]


class MunicipalityViewSet(SnippetViewSet):
    model = Municipality
    icon = "site"
    menu_label = _("Kommunen")
    list_display = ["name", "kind", "kreis", "population"]
    list_filter = ["kind"]
    search_fields = ["name"]


class FamilyManagerViewSet(SnippetViewSet):
    model = FamilyManager
    icon = "user"
    menu_label = _("Familienmanager/innen")
    list_display = ["name", "municipality", "course", "contact_consent"]
    list_filter = ["contact_consent", "course"]
    search_fields = ["name"]


class CourseViewSet(SnippetViewSet):
    model = Course
    icon = "calendar"
    menu_label = _("Kurse")
    list_display = ["__str__", "graduates"]


class TargetGroupViewSet(SnippetViewSet):
    model = TargetGroup
    icon = "group"
    menu_label = _("Zielgruppen")
    list_display = ["name", "slug"]


class MeetingViewSet(SnippetViewSet):
    model = Meeting
    icon = "date"
    menu_label = _("Treffen")
    list_display = ["title", "kind", "date", "place"]
    list_filter = ["kind"]
    search_fields = ["title", "place"]


class WorkingGroupViewSet(SnippetViewSet):
    model = WorkingGroup
    icon = "group"
    menu_label = _("Arbeitsgruppen")
    list_display = ["name"]


class VocabularyGroup(SnippetViewSetGroup):
    menu_label = _("Vokabulare")
    menu_icon = "folder-open-inverse"
    menu_order = 250
    items = (
        ThemeViewSet,
        MunicipalityViewSet,
        FamilyManagerViewSet,
        CourseViewSet,
        TargetGroupViewSet,
        MeetingViewSet,
        WorkingGroupViewSet,
    )


register_snippet(VocabularyGroup)


# --- Freshness review ------------------------------------------------------------------------

REVIEW_PANEL_ROWS = 15


class ReviewDuePanel(Component):
    """Dashboard: pages due for review that the user may edit, the oldest review first."""

    name = "review_due"
    template_name = "knowledge/admin/review_panel.html"
    order = 150

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        request = parent_context["request"]
        pages = review.due_pages(user=request.user)
        context.update(
            {
                "pages": pages[:REVIEW_PANEL_ROWS],
                "more": max(len(pages) - REVIEW_PANEL_ROWS, 0),
                "request": request,
                "csrf_token": parent_context["csrf_token"],
            }
        )
        return context


@hooks.register("construct_homepage_panels")
def add_review_panel(request, panels):
    panels.append(ReviewDuePanel())


@hooks.register("register_admin_urls")
def register_review_urls():
    return [
        path(
            "pruefung/<int:page_id>/",
            admin_views.mark_reviewed,
            name="knowledge_mark_reviewed",
        )
    ]


@hooks.register("register_log_actions")
def register_review_log_action(actions):
    actions.register_action(
        review.REVIEWED_ACTION, _("Als geprüft markiert"), _("Als geprüft markiert")
    )


class MarkReviewedButton(PageMenuItem):
    label = _("Als geprüft markieren")
    icon_name = "tick"

    def is_shown(self, user):
        return (
            isinstance(self.page.specific_deferred, ReviewableMixin)
            and self.page.live
            and self.page.permissions_for_user(user).can_edit()
        )

    @property
    def url(self):
        url = reverse("knowledge_mark_reviewed", args=[self.page.pk])
        return f"{url}?{urlencode({'next': self.next_url})}" if self.next_url else url


@hooks.register("register_page_header_buttons")
def page_header_review_button(page, user, view_name, next_url=None):
    yield MarkReviewedButton(page=page, next_url=next_url, priority=62)


@hooks.register("register_page_listing_more_buttons")
def page_listing_review_button(page, user, next_url=None):
    yield MarkReviewedButton(page=page, next_url=next_url, priority=45)
