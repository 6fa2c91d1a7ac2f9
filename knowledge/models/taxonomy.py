"""Shared vocabularies (snippets): themes, keywords, target groups, municipalities, people, courses,
meetings and working groups. Every app of the site tags and links its pages with these."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from taggit.models import ItemBase, TagBase, TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.search import index

from knowledge.text import german_slug


class Theme(TagBase):
    """A theme of the controlled vocabulary (Kinderbetreuung, Pflege von Angehörigen, ...).

    Editors pick themes on pages but cannot invent new ones there; the Redaktion curates the list.
    """

    free_tagging = False

    description = models.TextField(_("Beschreibung"), blank=True)
    sort_order = models.PositiveSmallIntegerField(_("Reihenfolge"), default=0)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]

    class Meta:
        verbose_name = _("Thema")
        verbose_name_plural = _("Themen")
        ordering = ["sort_order", "name"]


class PageTheme(ItemBase):
    """Links any page to a theme; one table for all page types makes cross-type counts cheap."""

    tag = models.ForeignKey(Theme, related_name="page_items", on_delete=models.CASCADE)
    content_object = ParentalKey(
        "wagtailcore.Page", related_name="theme_items", on_delete=models.CASCADE
    )

    class Meta:
        verbose_name = _("Themenzuordnung")
        unique_together = [("content_object", "tag")]


class PageKeyword(TaggedItemBase):
    """Free keywords ("Schlagwörter") on any page, beside the controlled themes."""

    content_object = ParentalKey(
        "wagtailcore.Page", related_name="keyword_items", on_delete=models.CASCADE
    )

    class Meta:
        verbose_name = _("Schlagwort-Zuordnung")


class TargetGroup(models.Model):
    """Who a project or event is for (Alleinerziehende, pflegende Angehörige, ...)."""

    name = models.CharField(_("Bezeichnung"), max_length=100, unique=True)
    slug = models.SlugField(_("Kürzel"), max_length=100, unique=True, allow_unicode=False)
    sort_order = models.PositiveSmallIntegerField(_("Reihenfolge"), default=0)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")]

    class Meta:
        verbose_name = _("Zielgruppe")
        verbose_name_plural = _("Zielgruppen")
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


class Municipality(index.Indexed, models.Model):
    """A town, municipality or Kreis in NRW; Kreise contain the towns that belong to them."""

    class Kind(models.TextChoices):
        CITY = "stadt", _("Stadt")
        MUNICIPALITY = "gemeinde", _("Gemeinde")
        DISTRICT = "kreis", _("Kreis")
        INDEPENDENT_CITY = "kreisfreie_stadt", _("Kreisfreie Stadt")

    name = models.CharField(_("Name"), max_length=120, unique=True)
    slug = models.SlugField(_("Kürzel"), max_length=120, unique=True)
    kind = models.CharField(_("Art"), max_length=20, choices=Kind.choices, default=Kind.CITY)
    kreis = models.ForeignKey(
        "self",
        verbose_name=_("Kreis"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="members",
        limit_choices_to={"kind": Kind.DISTRICT},
        help_text=_("Für kreisangehörige Städte und Gemeinden."),
    )
    latitude = models.DecimalField(
        _("Breitengrad"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.DecimalField(
        _("Längengrad"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )
    population = models.PositiveIntegerField(_("Einwohnerzahl"), null=True, blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("kreis")]),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")])],
            heading=_("Lage"),
        ),
        FieldPanel("population"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        verbose_name = _("Kommune")
        verbose_name_plural = _("Kommunen")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = german_slug(self.name)
        super().save(*args, **kwargs)

    def clean(self):
        if self.kind in (self.Kind.DISTRICT, self.Kind.INDEPENDENT_CITY) and self.kreis_id:
            raise ValidationError(
                {"kreis": _("Kreise und kreisfreie Städte gehören zu keinem Kreis.")}
            )
        if self.kreis_id and self.kreis_id == self.pk:
            raise ValidationError({"kreis": _("Eine Kommune kann nicht ihr eigener Kreis sein.")})
        if (self.latitude is None) != (self.longitude is None):
            raise ValidationError(_("Bitte Breiten- und Längengrad gemeinsam angeben."))

    @property
    def is_district(self):
        return self.kind == self.Kind.DISTRICT

    @cached_property
    def district(self):
        """The Kreis a place belongs to; a Kreis is its own district."""
        return self if self.is_district else self.kreis

    @property
    def has_coordinates(self):
        return self.latitude is not None and self.longitude is not None


class Course(models.Model):
    """A cohort of the certificate course ("Kurs 5"), with the dates of its four modules."""

    number = models.PositiveSmallIntegerField(_("Kursnummer"), unique=True)
    year = models.PositiveSmallIntegerField(
        _("Beginn (Jahr)"), validators=[MinValueValidator(2000), MaxValueValidator(2100)]
    )
    module_1_date = models.DateField(_("Modul 1 (Oktober)"), null=True, blank=True)
    module_2_date = models.DateField(_("Modul 2 (Januar)"), null=True, blank=True)
    module_3_date = models.DateField(_("Modul 3 (Mai)"), null=True, blank=True)
    module_4_date = models.DateField(_("Modul 4 (September)"), null=True, blank=True)
    graduates = models.PositiveSmallIntegerField(
        _("Absolventinnen und Absolventen"), null=True, blank=True
    )

    panels = [
        FieldRowPanel([FieldPanel("number"), FieldPanel("year")]),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("module_1_date"), FieldPanel("module_2_date")]),
                FieldRowPanel([FieldPanel("module_3_date"), FieldPanel("module_4_date")]),
            ],
            heading=_("Termine der Module"),
        ),
        FieldPanel("graduates"),
    ]

    class Meta:
        verbose_name = _("Kurs")
        verbose_name_plural = _("Kurse")
        ordering = ["number"]

    def __str__(self):
        return f"Kurs {self.number} ({self.year}/{self.year + 1})"

    @property
    def label(self):
        return f"Kurs {self.number}"

    @property
    def module_dates(self):
        return [self.module_1_date, self.module_2_date, self.module_3_date, self.module_4_date]

    def clean(self):
        dates = [d for d in self.module_dates if d]
        if dates != sorted(dates):
            raise ValidationError(_("Die Module müssen in zeitlicher Reihenfolge liegen."))


class FamilyManager(index.Indexed, models.Model):
    """A certified family manager; contact details are public only with their consent."""

    name = models.CharField(_("Name"), max_length=150)
    role = models.CharField(_("Funktion"), max_length=200, blank=True)
    municipality = models.ForeignKey(
        Municipality,
        verbose_name=_("Kommune"),
        on_delete=models.PROTECT,
        related_name="family_managers",
    )
    course = models.ForeignKey(
        Course,
        verbose_name=_("Zertifikatskurs"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="graduates_list",
    )
    email = models.EmailField(_("E-Mail"), blank=True)
    phone = models.CharField(_("Telefon"), max_length=50, blank=True)
    contact_consent = models.BooleanField(
        _("Kontaktdaten veröffentlichen"),
        default=False,
        help_text=_("Nur ankreuzen, wenn eine schriftliche Einwilligung vorliegt."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("role"),
        FieldRowPanel([FieldPanel("municipality"), FieldPanel("course")]),
        MultiFieldPanel(
            [FieldPanel("email"), FieldPanel("phone"), FieldPanel("contact_consent")],
            heading=_("Kontakt"),
        ),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        verbose_name = _("Familienmanagerin/Familienmanager")
        verbose_name_plural = _("Familienmanagerinnen und Familienmanager")
        ordering = ["name"]

    def __str__(self):
        return f"{self.name} ({self.municipality})"

    @property
    def public_email(self):
        return self.email if self.contact_consent else ""

    @property
    def public_phone(self):
        return self.phone if self.contact_consent else ""


class Meeting(models.Model):
    """A network meeting, Kreis meeting or workshop whose working groups produced results."""

    class Kind(models.TextChoices):
        MANAGERS = "familienmanagertreffen", _("Familienmanagertreffen")
        DISTRICT = "kreistreffen", _("Kreistreffen")
        WORKSHOP = "werkstatt", _("Werkstatt")

    title = models.CharField(_("Titel"), max_length=200)
    kind = models.CharField(_("Art"), max_length=30, choices=Kind.choices)
    date = models.DateField(_("Datum"))
    place = models.CharField(_("Ort"), max_length=200)
    municipality = models.ForeignKey(
        Municipality,
        verbose_name=_("Gastgebende Kommune"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="meetings",
    )
    description = models.TextField(_("Beschreibung"), blank=True)

    panels = [
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("date")]),
        FieldRowPanel([FieldPanel("place"), FieldPanel("municipality")]),
        FieldPanel("description"),
    ]

    class Meta:
        verbose_name = _("Treffen")
        verbose_name_plural = _("Treffen")
        ordering = ["-date"]

    def __str__(self):
        return f"{self.title} ({self.date:%d.%m.%Y})"


class WorkingGroup(models.Model):
    """A working group that meets across several meetings; its results link to each other."""

    name = models.CharField(_("Thema der Arbeitsgruppe"), max_length=200, unique=True)
    slug = models.SlugField(_("Kürzel"), max_length=200, unique=True)
    description = models.TextField(_("Beschreibung"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]

    class Meta:
        verbose_name = _("Arbeitsgruppe")
        verbose_name_plural = _("Arbeitsgruppen")
        ordering = ["name"]

    def __str__(self):
        return self.name
