"""Editors see the subscribers in the admin and download the active ones as CSV."""

import csv

from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.urls import path, reverse
from django.utils import timezone
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from operations.spreadsheets import neutralise, neutralise_row

from .models import Subscriber


class SubscriberPermissionPolicy(ModelPermissionPolicy):
    """Subscriptions come only from the double opt-in: editors view, export and delete them."""

    def user_has_permission(self, user, action):
        return action not in ("add", "change") and super().user_has_permission(user, action)


register_permission_policy(Subscriber, SubscriberPermissionPolicy(Subscriber))


class SubscriberIndexView(SnippetViewSet.index_view_class):
    """The listing; its CSV download marks text that would run as a formula."""

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        return neutralise(value) if export_format == self.FORMAT_CSV else value


class SubscriberViewSet(SnippetViewSet):
    model = Subscriber
    index_view_class = SubscriberIndexView
    icon = "mail"
    menu_label = "Newsletter"
    add_to_admin_menu = True
    menu_order = 900
    list_display = ["email", "status", "confirmed_at", "unsubscribed_at"]
    list_filter = ["status"]
    search_fields = ["email"]
    search_backend_name = None
    list_export = ["email", "status", "confirmed_at", "unsubscribed_at"]
    export_filename = "newsletter-abonnenten"
    ordering = ["-confirmed_at"]
    inspect_view_enabled = True


register_snippet(SubscriberViewSet)


def export_active(request):
    """CSV of the active subscribers (address and confirmation time), for the mailing tool."""
    if not request.user.has_perm("newsletter.view_subscriber"):
        raise PermissionDenied
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    stamp = timezone.localdate().isoformat()
    response["Content-Disposition"] = (
        f'attachment; filename="newsletter-aktive-abonnenten-{stamp}.csv"'
    )
    response.write("\ufeff")  # lets spreadsheet programs detect UTF-8
    writer = csv.writer(response, delimiter=";")
    writer.writerow(["E-Mail-Adresse", "Bestätigt am"])
    for email, confirmed_at in (
        Subscriber.objects.active().order_by("email").values_list("email", "confirmed_at")
    ):
        confirmed = timezone.localtime(confirmed_at).strftime("%d.%m.%Y %H:%M")
        writer.writerow(neutralise_row([email, confirmed]))
    return response


@hooks.register("register_admin_urls")
def register_export_url():
    return [path("newsletter/export/", export_active, name="newsletter_export")]


class ExportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("newsletter.view_subscriber")


@hooks.register("register_reports_menu_item")
def register_export_menu_item():
    return ExportMenuItem(
        "Newsletter: aktive Abonnenten (CSV)",
        reverse("newsletter_export"),
        icon_name="download",
        order=900,
    )
