"""The site's frame: the home page, plain content pages and the footer links."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from events import selectors as event_selectors
from events.models import EventIndexPage
from knowledge import selectors as knowledge_selectors
from knowledge.blocks import BodyBlock
from knowledge.models.mixins import ReviewableMixin
from operations.routing import ChainRoutingMixin


class HomePage(ChainRoutingMixin, Page):
    """The start page: who the IQZ is, what the course offers, and what is new.

    As the site root it routes every URL below it (ChainRoutingMixin: one query per URL).
    """

    lead = models.TextField(_("Einleitung"), max_length=600, blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("Inhalt"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("lead"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("lead"), index.SearchField("body")]

    parent_page_types = ["wagtailcore.Page"]
    max_count = 1

    class Meta:
        verbose_name = _("Startseite")
        verbose_name_plural = _("Startseiten")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["latest_projects"] = knowledge_selectors.latest_practice_projects(request.user)
        context["themes"] = knowledge_selectors.themes_with_counts(request.user)
        context["next_dates"] = event_selectors.next_dates(request.user)
        context["event_index"] = EventIndexPage.objects.live().first()
        return context


class StandardPage(ReviewableMixin, Page):
    """A plain content page: Impressum, Datenschutz, Kontakt, about the centre."""

    lead = models.TextField(_("Einleitung"), max_length=600, blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("Inhalt"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("lead"), FieldPanel("body")]
    settings_panels = [*Page.settings_panels, *ReviewableMixin.review_panels]
    search_fields = [*Page.search_fields, index.SearchField("lead"), index.SearchField("body")]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("Inhaltsseite")
        verbose_name_plural = _("Inhaltsseiten")


@register_setting(icon="list-ul")
class FooterLinks(BaseSiteSetting):
    """The legal and service pages every page links to in its footer."""

    imprint = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("Impressum"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    privacy = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("Datenschutz"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    contact = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("Kontakt"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    accessibility = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("Erklärung zur Barrierefreiheit"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        FieldPanel("imprint"),
        FieldPanel("privacy"),
        FieldPanel("contact"),
        FieldPanel("accessibility"),
    ]

    class Meta:
        verbose_name = _("Fußzeilen-Links")

    @property
    def page_ids(self):
        return [
            pk
            for pk in (self.imprint_id, self.privacy_id, self.contact_id, self.accessibility_id)
            if pk
        ]
