"""The "Rückmeldungen" item in the Wagtail admin menu."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import admin_views


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path("rueckmeldungen/", admin_views.overview, name="feedback_overview"),
        path("rueckmeldungen/kommentare/", admin_views.comments, name="feedback_comments"),
        path(
            "rueckmeldungen/kommentare/<int:pk>/erledigt/",
            admin_views.set_done,
            name="feedback_set_done",
        ),
    ]


class FeedbackMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.can_view(request.user)


@hooks.register("register_admin_menu_item")
def register_menu_item():
    return FeedbackMenuItem(
        _("Rückmeldungen"), reverse("feedback_overview"), icon_name="comment", order=950
    )
