"""Admin for the shared vocabularies, grouped under "Vokabulare"."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import (
    Course,
    FamilyManager,
    Meeting,
    Municipality,
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
