"""News and press releases at /aktuelles/, with RSS/Atom feeds and the press contacts."""

from django.core.validators import MaxLengthValidator
from django.db import models
from django.db.models import prefetch_related_objects
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from knowledge.blocks import BodyBlock
from knowledge.models.mixins import theme_field


class NewsKind(models.TextChoices):
    NEWS = "meldung", _("Meldung")
    PRESS = "pressemitteilung", _("Pressemitteilung")


@register_snippet
class PressContact(models.Model):
    """Who journalists call about a press release (name, role, phone, e-mail)."""

    name = models.CharField(_("Name"), max_length=150)
    role = models.CharField(_("Funktion"), max_length=200, blank=True)
    organisation = models.CharField(
        _("Einrichtung"),
        max_length=200,
        default="Informations- und Qualifizierungszentrum für Kommunen (IQZ)",
    )
    email = models.EmailField(_("E-Mail"))
    phone = models.CharField(_("Telefon"), max_length=50, blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("role"),
        FieldPanel("organisation"),
        FieldRowPanel([FieldPanel("email"), FieldPanel("phone")]),
    ]

    class Meta:
        verbose_name = _("Pressekontakt")
        verbose_name_plural = _("Pressekontakte")
        ordering = ["name"]

    def __str__(self):
        return self.name


class NewsIndexPage(RoutablePageMixin, Page):
    """The news section: all news, the press releases, and their feeds."""

    per_page = 10

    lead = models.TextField(_("Einleitung"), max_length=600, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("lead")]
    search_fields = [*Page.search_fields, index.SearchField("lead")]
    api_fields = [APIField("lead")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsPage"]
    max_count = 1

    class Meta:
        verbose_name = _("Aktuelles (Übersicht)")

    def _listing(self, request, kind):
        from knowledge.pagination import InvalidPageError, paginate
        from news import selectors

        errors = []
        try:
            items = paginate(
                selectors.news(request.user, kind), request.GET.get("seite"), self.per_page
            )
        except InvalidPageError as error:
            errors.append(str(error))
            items = paginate([], 1, self.per_page)
        response = self.render(
            request,
            template="news/news_index_page.html",
            context_overrides={"items": items, "kind": kind, "errors": errors},
        )
        if errors:
            response.status_code = 400
        return response

    @path("")
    def all_news(self, request):
        return self._listing(request, None)

    @path("presse/", name="press")
    def press(self, request):
        return self._listing(request, NewsKind.PRESS)

    @path("feed/", name="rss")
    def rss(self, request):
        from news.feeds import NewsFeed

        return NewsFeed(self)(request)

    @path("feed/atom/", name="atom")
    def atom(self, request):
        from news.feeds import AtomNewsFeed

        return AtomNewsFeed(self)(request)

    @path("presse/feed/", name="press_rss")
    def press_rss(self, request):
        from news.feeds import PressFeed

        return PressFeed(self)(request)

    @path("presse/feed/atom/", name="press_atom")
    def press_atom(self, request):
        from news.feeds import AtomPressFeed

        return AtomPressFeed(self)(request)

    def get_sitemap_urls(self, request=None):
        urls = super().get_sitemap_urls(request)
        base = self.get_full_url(request)
        return urls + [{"location": base + self.reverse_subpage("press")}] if base else urls

    def subpage_url(self, name):
        return self.url + self.reverse_subpage(name) if self.url else ""


class NewsPage(Page):
    """A news item or press release: date, lead, body, image, themes; press photo and contact."""

    kind = models.CharField(
        _("Art"), max_length=20, choices=NewsKind.choices, default=NewsKind.NEWS
    )
    date = models.DateField(_("Datum"), default=timezone.localdate, db_index=True)
    lead = models.TextField(
        _("Vorspann"),
        max_length=300,
        validators=[MaxLengthValidator(300)],
        help_text=_("Höchstens 300 Zeichen; erscheint in Listen, Feeds und Suchergebnissen."),
    )
    body = StreamField(BodyBlock(), verbose_name=_("Text"), blank=True)
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("Bild"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    image_alt = models.CharField(
        _("Alternativtext des Bildes"),
        max_length=250,
        blank=True,
        help_text=_("Leer lassen, wenn das Bild nur schmückt."),
    )
    press_photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("Pressefoto"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Druckfähiges Foto zum Herunterladen (nur bei Pressemitteilungen)."),
    )
    press_photo_caption = models.CharField(_("Bildunterschrift"), max_length=300, blank=True)
    press_photo_credit = models.CharField(_("Bildnachweis"), max_length=200, blank=True)
    press_contact = models.ForeignKey(
        PressContact,
        verbose_name=_("Pressekontakt"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="news_pages",
    )
    themes = theme_field("news_pages")

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("kind"), FieldPanel("date")]),
        FieldPanel("lead"),
        MultiFieldPanel([FieldPanel("image"), FieldPanel("image_alt")], heading=_("Bild")),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("press_photo"),
                FieldPanel("press_photo_caption"),
                FieldPanel("press_photo_credit"),
                FieldPanel("press_contact"),
            ],
            heading=_("Presse"),
        ),
        FieldPanel("themes"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("lead", boost=3),
        index.SearchField("body"),
        index.RelatedFields("themes", [index.SearchField("name", boost=2)]),
        index.FilterField("kind"),
        index.FilterField("date"),
    ]
    api_fields = [
        APIField("kind"),
        APIField("date"),
        APIField("lead"),
        APIField("body"),
        APIField("image"),
        APIField("press_photo"),
        APIField("press_photo_caption"),
        APIField("press_photo_credit"),
        APIField("themes"),
    ]

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []
    card_template = "news/includes/news_card.html"

    class Meta:
        verbose_name = _("Meldung")
        verbose_name_plural = _("Meldungen und Pressemitteilungen")

    # Names listings and search share with the other page types.
    @property
    def summary(self):
        return self.lead

    @property
    def year(self):
        return self.date.year if self.date else None

    municipality = None
    target_groups = ()
    is_archived = False

    @property
    def is_press_release(self):
        return self.kind == NewsKind.PRESS

    @classmethod
    def for_listing(cls, queryset):
        return queryset.select_related("image").prefetch_related("themes")

    def clean(self):
        from django.core.exceptions import ValidationError

        super().clean()
        if self.press_photo_id and not self.press_photo_credit:
            raise ValidationError(
                {"press_photo_credit": _("Ein Pressefoto braucht einen Bildnachweis.")}
            )

    def get_context(self, request, *args, **kwargs):
        from knowledge.selectors import related_by_theme

        context = super().get_context(request, *args, **kwargs)
        prefetch_related_objects([self], "theme_items", "themes")
        context["related_news"] = related_by_theme(self, request.user, NewsPage)
        return context
