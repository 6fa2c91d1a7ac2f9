"""Admin for what editors tune in the search."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import admin_views
from .models import ExpansionBlock, Synonym


class SynonymViewSet(SnippetViewSet):
    model = Synonym
    icon = "resubmit"
    menu_label = _("Synonyme")
    add_to_admin_menu = True
    menu_order = 310
    list_display = ["terms", "note"]
    search_fields = ["terms"]


register_snippet(SynonymViewSet)


class ExpansionBlockViewSet(SnippetViewSet):
    """Thesaurus expansions (OpenThesaurus) that editors switched off."""

    model = ExpansionBlock
    icon = "cross"
    menu_label = _("Erweiterungen abschalten")
    add_to_admin_menu = True
    menu_order = 311
    list_display = ["word", "expansion", "note"]
    search_fields = ["word", "expansion"]


register_snippet(ExpansionBlockViewSet)


@hooks.register("register_admin_urls")
def register_report_url():
    return [
        path("reports/suchanfragen/", admin_views.query_report, name="search_query_report"),
        path(
            "reports/suchanfragen/erklaeren/",
            admin_views.query_explanation,
            name="search_query_explanation",
        ),
    ]


class QueryReportMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.can_view_report(request.user)


@hooks.register("register_reports_menu_item")
def register_report_menu_item():
    return QueryReportMenuItem(
        _("Suchanfragen"),
        reverse("search_query_report"),
        name="search-queries",
        icon_name="search",
        order=1310,
    )
