"""Wagtail API v2: public pages only (no drafts, no restricted or expired pages).

Only what the site's pages need is offered: `type`, `fields`, `limit`, `offset`, `order`,
`child_of`, `ancestor_of`, `descendant_of`, filters on the page type's fields, and
`find/?html_path=` or `find/?id=`. Every value is checked before it reaches the database; bad
input answers 400 with a German message. Full-text search is the site search's API
(`/api/search/?q=`), so `search`, and `locale`, `translation_of` and `site` (one language, one
site), are not parameters here.
"""

import re

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from wagtail.api.v2.filters import (
    AncestorOfFilter,
    ChildOfFilter,
    DescendantOfFilter,
    FieldsFilter,
    OrderingFilter,
)
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import BaseAPIViewSet, PagesAPIViewSet

from knowledge.access import viewable

MAX_OFFSET = 100_000
MAX_ID = 2**31 - 1
MAX_VALUE_LENGTH = 500
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
NOT_OFFERED = {
    "search": "Für die Volltextsuche gibt es /api/search/?q=… .",
    "search_operator": "Für die Volltextsuche gibt es /api/search/?q=… .",
    "locale": "Die Website hat nur eine Sprache.",
    "translation_of": "Die Website hat nur eine Sprache.",
    "site": "Die API liefert die Seiten dieser Website.",
}
PAGE_PARAMETERS = frozenset(["type", "child_of", "ancestor_of", "descendant_of"])


def _whole_number(name, value, low, high):
    if not value.isdigit() or not low <= int(value) <= high:
        raise BadRequestError(f"„{name}“ muss eine ganze Zahl zwischen {low} und {high} sein.")


class PublicPagesAPIViewSet(PagesAPIViewSet):
    """Pages as an anonymous visitor may read them, whoever asks."""

    filter_backends = [
        FieldsFilter,
        ChildOfFilter,
        AncestorOfFilter,
        DescendantOfFilter,
        OrderingFilter,
    ]
    known_query_parameters = (
        BaseAPIViewSet.known_query_parameters - {"search", "search_operator"}
    ) | PAGE_PARAMETERS

    def get_base_queryset(self):
        return viewable(super().get_base_queryset(), AnonymousUser())

    def check_values(self):
        """Refuse what no page could match and what a database would choke on."""
        for name, value in self.request.GET.items():
            if name in NOT_OFFERED:
                raise BadRequestError(
                    f"Den Parameter „{name}“ gibt es hier nicht. {NOT_OFFERED[name]}"
                )
            if CONTROL.search(value) or len(value) > MAX_VALUE_LENGTH:
                raise BadRequestError(
                    f"Der Wert von „{name[:40]}“ enthält Steuerzeichen oder ist zu lang."
                )
        params = self.request.GET
        if "limit" in params:
            limit = getattr(settings, "WAGTAILAPI_LIMIT_MAX", 20) or MAX_OFFSET
            _whole_number("limit", params["limit"], 1, limit)
        if "offset" in params:
            _whole_number("offset", params["offset"], 0, MAX_OFFSET)
        for name in ("child_of", "ancestor_of", "descendant_of", "id"):
            if name in params and not (name == "child_of" and params[name] == "root"):
                _whole_number(name, params[name], 1, MAX_ID)

    def check_query_parameters(self, queryset):
        self.check_values()
        for name, value in self.request.GET.items():
            try:
                field = queryset.model._meta.get_field(name)
            except FieldDoesNotExist:
                continue
            numeric = isinstance(field, (models.IntegerField, models.AutoField, models.ForeignKey))
            if numeric and not (re.fullmatch(r"-?\d{1,10}", value) and abs(int(value)) <= MAX_ID):
                raise BadRequestError(f"„{name}“ muss eine ganze Zahl sein.")
        super().check_query_parameters(queryset)

    def find_view(self, request):
        self.check_values()
        return super().find_view(request)


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
