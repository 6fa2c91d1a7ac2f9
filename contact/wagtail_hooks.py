"""Editors see the log of relayed contact messages (never their text) in the admin."""

from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from accounts.policies import FormRecordPermissionPolicy

from .models import ContactRequest

register_permission_policy(ContactRequest, FormRecordPermissionPolicy(ContactRequest))


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
