"""The report "Nutzung in Zahlen" in the admin's reports menu, for the Redaktion."""

from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from search.admin_views import can_view_report

from . import admin_views


@hooks.register("register_admin_urls")
def register_usage_url():
    return [path("reports/nutzung/", admin_views.usage_report, name="figures_usage_report")]


class UsageMenuItem(MenuItem):
    def is_shown(self, request):
        return can_view_report(request.user)


@hooks.register("register_reports_menu_item")
def register_usage_menu_item():
    return UsageMenuItem(
        "Nutzung in Zahlen", reverse("figures_usage_report"), icon_name="table", order=1320
    )
