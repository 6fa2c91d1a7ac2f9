"""Editors see the log of relayed contact messages (never their text) in the admin."""

from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import ContactRequest


class ContactRequestPermissionPolicy(ModelPermissionPolicy):
    """Entries come only from the form: editors view and delete them."""

    def user_has_permission(self, user, action):
        return action not in ("add", "change") and super().user_has_permission(user, action)


register_permission_policy(ContactRequest, ContactRequestPermissionPolicy(ContactRequest))


class ContactRequestViewSet(SnippetViewSet):
    model = ContactRequest
    icon = "mail"
    menu_label = "Kontaktanfragen"
    add_to_admin_menu = True
    menu_order = 910
    list_display = ["created_at", "recipient", "sender_name", "subject", "delivery_status"]
    search_fields = ["sender_name", "sender_email", "subject"]
    search_backend_name = None
    ordering = ["-created_at"]
    inspect_view_enabled = True
    inspect_view_fields = [
        "created_at",
        "recipient",
        "page",
        "municipality",
        "sender_name",
        "sender_email",
        "subject",
        "delivery_status",
    ]


register_snippet(ContactRequestViewSet)
