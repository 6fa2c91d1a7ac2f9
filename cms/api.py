"""Wagtail API v2: public pages only (no drafts, no restricted or expired pages)."""

from django.contrib.auth.models import AnonymousUser
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet

from knowledge.access import viewable


class PublicPagesAPIViewSet(PagesAPIViewSet):
    """Pages as an anonymous visitor may read them, whoever asks."""

    def get_base_queryset(self):
        return viewable(super().get_base_queryset(), AnonymousUser())


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
