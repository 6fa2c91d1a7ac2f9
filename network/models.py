"""The network of family managers: a page per municipality and Kreis, and the map."""

from urllib.parse import urlsplit

from django import forms
from django.conf import settings
from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page

from knowledge.forms import ListingFilterForm, SlugChoiceField
from knowledge.models import Theme
from knowledge.models.mixins import FilteredListingMixin, form_errors


class MunicipalityIndexPage(RoutablePageMixin, Page):
    """The municipalities and Kreise of the network (/kommunen/) and one page for each of them
    (/kommunen/<kürzel>/), built from the "Kommunen" snippets."""

    lead = models.TextField(_("Einleitung"), max_length=600, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("lead")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("Kommunen (Übersicht)")

    @path("")
    def overview(self, request):
        from . import selectors

        return self.render(
            request,
            context_overrides={"groups": selectors.grouped_by_kreis(request.user, request=request)},
        )

    @path("<slug:slug>/")
    def municipality(self, request, slug):
        from . import selectors

        place = selectors.municipality_by_slug(slug)
        if place is None:
            raise Http404
        return self.render(
            request,
            template="network/municipality_page.html",
            context_overrides=selectors.municipality_profile(place, request.user, request),
        )


class MapThemeForm(ListingFilterForm):
    """The map's theme filter; without JavaScript it narrows the list below the map."""

    thema = SlugChoiceField(
        Theme.objects.all(),
        label=_("Thema"),
        empty_label=_("Alle Themen"),
        widget=forms.Select(attrs={"data-map-theme": ""}),
    )


class MapPage(FilteredListingMixin, Page):
    """The map of the network (/karte/): where family managers work and their practice projects.

    Tiles load only after the visitor agrees; the same information is listed below the map.
    """

    lead = models.TextField(_("Einleitung"), max_length=600, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("lead")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("Karte")
        verbose_name_plural = _("Karten")

    def listing_context(self, request):
        from . import selectors

        form = MapThemeForm(request.GET)
        errors, groups, theme = [], [], None
        if form.is_valid():
            theme = form.cleaned_data["thema"]
            groups = selectors.grouped_by_kreis(request.user, theme=theme, request=request)
        else:
            errors = form_errors(form)
        return {
            "form": form,
            "groups": groups,
            "theme": theme,
            "errors": errors,
            "place_count": sum(len(g.members) + (1 if g.kreis else 0) for g in groups),
            "tiles": tile_settings(),
        }


def tile_settings():
    """The tile server the map uses, and the host named in the consent notice."""
    url = settings.MAP_TILE_URL
    host = urlsplit(url.replace("{s}.", "")).hostname or url
    return {"url": url, "attribution": settings.MAP_TILE_ATTRIBUTION, "host": host}
