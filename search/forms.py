"""The search parameters as strangers send them: validated, German messages, never a 500."""

from django import forms
from django.utils.translation import gettext_lazy as _

from knowledge.forms import TextField
from knowledge.geo import DEFAULT_RADIUS_KM, MAX_RADIUS_KM, municipalities_within
from knowledge.models import Municipality

from . import registry
from .engine import Filters, clean_text
from .vocabulary import facet_vocabulary

MAX_QUERY_LENGTH = 500
MAX_PAGE = 100_000
RADIUS_ERROR = _("Bitte geben Sie eine Entfernung zwischen 1 und 300 Kilometern an.")
SORT_CHOICES = [("relevanz", _("Relevanz")), ("neueste", _("Neueste zuerst"))]


class VocabularyField(TextField):
    """A slug that must exist in the facet's vocabulary."""

    def __init__(self, facet, message, **kwargs):
        self.facet = facet
        self.message = message
        super().__init__(required=False, max_length=200, **kwargs)

    def clean(self, value):
        value = clean_text(super().clean(value)).strip()
        if value and value not in facet_vocabulary()[self.facet]:
            raise forms.ValidationError(self.message % {"value": value[:80]})
        return value


class ThemesField(forms.MultipleChoiceField):
    """Several theme slugs (?thema=a&thema=b); all must exist."""

    widget = forms.MultipleHiddenInput

    def valid_value(self, value):
        return value in facet_vocabulary()["thema"]

    def validate(self, value):
        if len(value) > 20:
            raise forms.ValidationError(_("Bitte wählen Sie höchstens 20 Themen."))
        for item in value:
            if not self.valid_value(item):
                raise forms.ValidationError(
                    _("Das Thema „%(value)s“ gibt es nicht.") % {"value": clean_text(item)[:80]}
                )


class SearchForm(forms.Form):
    """All parameters of /suche/ and /api/search/; every one optional."""

    q = TextField(
        label=_("Suchbegriff"),
        required=False,
        max_length=MAX_QUERY_LENGTH,
        error_messages={
            "max_length": _("Die Suchanfrage ist zu lang (höchstens %(limit_value)s Zeichen).")
        },
    )
    thema = ThemesField(label=_("Thema"), required=False)
    typ = TextField(label=_("Inhaltstyp"), required=False, max_length=40)
    kommune = VocabularyField("kommune", _("Die Kommune „%(value)s“ gibt es nicht."))
    kreis = VocabularyField("kreis", _("Den Kreis „%(value)s“ gibt es nicht."))
    zielgruppe = VocabularyField("zielgruppe", _("Die Zielgruppe „%(value)s“ gibt es nicht."))
    jahr = forms.IntegerField(
        label=_("Jahr"),
        required=False,
        min_value=1900,
        max_value=2100,
        error_messages={
            "invalid": _("Bitte geben Sie ein Jahr als Zahl an."),
            "min_value": _("Bitte geben Sie ein Jahr zwischen 1900 und 2100 an."),
            "max_value": _("Bitte geben Sie ein Jahr zwischen 1900 und 2100 an."),
        },
    )
    umkreis = TextField(label=_("Umkreis um"), required=False, max_length=200)
    km = forms.IntegerField(
        label=_("Entfernung (km)"),
        required=False,
        min_value=1,
        max_value=MAX_RADIUS_KM,
        error_messages={
            "invalid": RADIUS_ERROR,
            "min_value": RADIUS_ERROR,
            "max_value": RADIUS_ERROR,
        },
    )
    sortierung = forms.ChoiceField(
        label=_("Sortierung"),
        required=False,
        choices=SORT_CHOICES,
        error_messages={"invalid_choice": _("Diese Sortierung gibt es nicht.")},
    )
    seite = forms.IntegerField(
        label=_("Seite"),
        required=False,
        min_value=1,
        max_value=MAX_PAGE,
        error_messages={
            "invalid": _("Die Seitenzahl muss eine ganze Zahl sein."),
            "min_value": _("Diese Seitenzahl gibt es nicht."),
            "max_value": _("Diese Seitenzahl gibt es nicht."),
        },
    )

    def clean_q(self):
        return " ".join(clean_text(self.cleaned_data["q"]).split())

    def clean_typ(self):
        value = clean_text(self.cleaned_data["typ"]).strip()
        if value and value not in registry.kind_labels():
            raise forms.ValidationError(
                _("Den Inhaltstyp „%(value)s“ gibt es nicht.") % {"value": value[:80]}
            )
        return value

    def clean_umkreis(self):
        """The municipality (with coordinates) at the centre of a radius search, or None."""
        value = clean_text(self.cleaned_data["umkreis"]).strip()
        if not value:
            return None
        place = Municipality.objects.filter(
            slug=value, latitude__isnull=False, longitude__isnull=False
        ).first()
        if place is None:
            raise forms.ValidationError(
                _("Für „%(value)s“ ist keine Kommune mit Lage bekannt.") % {"value": value[:80]}
            )
        return place

    def clean(self):
        data = super().clean()
        if data.get("km") is not None and not data.get("umkreis") and "umkreis" not in self.errors:
            self.add_error(
                "km", _("Bitte wählen Sie auch die Kommune, um die herum gesucht werden soll.")
            )
        return data

    def radius(self):
        """(municipality, km) of the radius search, or None."""
        place = self.cleaned_data.get("umkreis")
        if not place:
            return None
        return place, self.cleaned_data.get("km") or DEFAULT_RADIUS_KM

    def clean_sortierung(self):
        return self.cleaned_data["sortierung"] or "relevanz"

    def clean_seite(self):
        return self.cleaned_data["seite"] or 1

    def filters(self):
        data = self.cleaned_data
        return Filters(
            themes=list(dict.fromkeys(data["thema"])),
            kind=data["typ"],
            municipality=data["kommune"],
            kreis=data["kreis"],
            year=data["jahr"],
            target_group=data["zielgruppe"],
            municipalities=self._nearby_slugs(),
            near=self._centre(),
        )

    def _centre(self):
        radius = self.radius()
        if radius is None:
            return None
        place, km = radius
        return float(place.latitude), float(place.longitude), km

    def _nearby_slugs(self):
        radius = self.radius()
        if radius is None:
            return None
        return [place.slug for place in municipalities_within(*radius)]

    def messages(self):
        return [str(m) for messages in self.errors.values() for m in messages]
