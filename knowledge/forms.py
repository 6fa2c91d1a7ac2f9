"""Filter forms for the knowledge listings. Values come from strangers: validate, never trust."""

import re

from django import forms
from django.utils.html import conditional_escape, escape
from django.utils.safestring import SafeData, mark_safe
from django.utils.translation import gettext_lazy as _

from .geo import DEFAULT_RADIUS_KM, MAX_RADIUS_KM
from .models import Course, Meeting, Municipality, PracticeProjectPage, TargetGroup, Theme

YEAR_ERROR = _("Bitte geben Sie ein Jahr zwischen 1990 und 2100 an.")
RADIUS_ERROR = _("Bitte geben Sie eine Entfernung zwischen 1 und 300 Kilometern an.")
MAX_TEXT_LENGTH = 200
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


# A "valid floating-point number" (HTML standard): the only thing `<input type="number">` may hold.
HTML_NUMBER = re.compile(r"-?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][-+]?\d+)?")


class NumberInput(forms.NumberInput):
    """A number box that leaves out a submitted value that is not a number ("?jahr=abc").

    HTML allows only numbers in its `value` (browsers show anything else as an empty box); the
    field's error message says what was wrong.
    """

    def format_value(self, value):
        value = super().format_value(value)
        if value is None or not HTML_NUMBER.fullmatch(value.strip()):
            return None
        return value.strip()


class LongSelect(forms.Select):
    """`forms.Select` with its options built in Python, for long lists such as every NRW
    municipality (427): Django renders each option through a template include, 14 ms for such
    a select, and a listing's filters have two of them. The markup is Django's, character for
    character (`tests/knowledge/test_long_select.py`)."""

    def render(self, name, value, attrs=None, renderer=None):
        widget = self.get_context(name, value, attrs)["widget"]
        parts = [f'<select name="{conditional_escape(widget["name"])}"{_attrs(widget["attrs"])}>']
        for group_name, options, _index in widget["optgroups"]:
            if group_name:
                parts.append(f'\n  <optgroup label="{conditional_escape(group_name)}">')
            for option in options:
                parts.append(
                    f'\n  <option value="{_text(option["value"])}"{_attrs(option["attrs"])}>'
                    f"{conditional_escape(option['label'])}</option>\n"
                )
            if group_name:
                parts.append("\n  </optgroup>")
        parts.append("\n</select>")
        return mark_safe("".join(parts))  # noqa: S308 - every value escaped above


def _text(value):
    """A value as `{{ value|stringformat:'s' }}` writes it."""
    text = "%s" % (value,)  # noqa: UP031 - the filter's own formatting
    return text if isinstance(value, SafeData) else escape(text)


def _attrs(attrs):
    """HTML attributes as Django's `attrs.html` writes them (True: the name alone)."""
    return "".join(
        f" {conditional_escape(name)}" + ("" if value is True else f'="{_text(value)}"')
        for name, value in attrs.items()
        if value is not False
    )


class SlugChoiceField(forms.ModelChoiceField):
    """A model choice addressed by slug in the URL (?thema=kinderbetreuung)."""

    widget = LongSelect

    default_error_messages = {
        "invalid_choice": _("Diesen Wert gibt es nicht: „%(value)s“."),
    }

    def __init__(self, queryset, **kwargs):
        kwargs.setdefault("required", False)
        kwargs.setdefault("to_field_name", "slug")
        super().__init__(queryset, **kwargs)

    def to_python(self, value):
        if value in self.empty_values:
            return None
        key = self.to_field_name or "pk"
        if "\x00" in str(value):
            # PostgreSQL refuses NUL in a query parameter (DataError, a 500): no slug has one.
            raise forms.ValidationError(
                self.error_messages["invalid_choice"],
                code="invalid_choice",
                params={"value": str(value).replace("\x00", "")[:80]},
            )
        try:
            if "\x00" in str(value):  # PostgreSQL refuses NUL bytes with a DataError (500)
                raise ValueError
            return self.queryset.get(**{key: str(value)[:200]})
        except (self.queryset.model.DoesNotExist, ValueError, TypeError):
            raise forms.ValidationError(
                self.error_messages["invalid_choice"],
                code="invalid_choice",
                params={"value": str(value)[:80]},
            ) from None


class ListingFilterForm(forms.Form):
    """Base of the listing filters: knows which filters are in use, for "remove" links."""

    def active_filters(self):
        """(parameter names, label, display value) of each valid filter in use.

        Removing a filter drops all its parameters (a radius is a place and a distance).
        """
        if not self.is_valid():
            return []
        active = []
        for name, value in self.cleaned_data.items():
            if value in (None, ""):
                continue
            field = self.fields[name]
            if isinstance(field, forms.ChoiceField) and not isinstance(field, SlugChoiceField):
                value = dict(field.choices).get(value, value)
            active.append(((name,), field.label, value))
        return active


class RadiusFilterMixin(forms.Form):
    """ "Within N km of a municipality": `umkreis` (a municipality slug) and `km`."""

    umkreis = SlugChoiceField(
        Municipality.objects.filter(latitude__isnull=False, longitude__isnull=False),
        label=_("Umkreis um"),
        empty_label=_("Keine Umkreissuche"),
    )
    km = forms.IntegerField(
        label=_("Entfernung (km)"),
        required=False,
        min_value=1,
        max_value=MAX_RADIUS_KM,
        widget=NumberInput(attrs={"placeholder": str(DEFAULT_RADIUS_KM)}),
        error_messages={
            "invalid": RADIUS_ERROR,
            "min_value": RADIUS_ERROR,
            "max_value": RADIUS_ERROR,
        },
    )

    def clean(self):
        data = super().clean()
        if data.get("km") is not None and not data.get("umkreis") and "umkreis" not in self.errors:
            self.add_error(
                "km", _("Bitte wählen Sie auch die Kommune, um die herum gesucht werden soll.")
            )
        return data

    def active_filters(self):
        """The place and the distance of a radius search as one filter, removed together."""
        active = [
            item for item in super().active_filters() if item[0] not in (("umkreis",), ("km",))
        ]
        if self.radius_km:
            place = self.cleaned_data["umkreis"]
            label = _("Umkreis")
            active.insert(0, (("umkreis", "km"), label, f"{self.radius_km} km um {place.name}"))
        return active

    @property
    def radius_km(self):
        """The radius to search, or None without a radius filter."""
        if not self.is_valid() or not self.cleaned_data.get("umkreis"):
            return None
        return self.cleaned_data.get("km") or DEFAULT_RADIUS_KM


class TextField(forms.CharField):
    """Free text from a stranger: control characters (NUL included) become spaces, not errors.

    PostgreSQL refuses NUL in a query parameter (a 500). The site's forms all build on this one.
    """

    def to_python(self, value):
        return CONTROL.sub(" ", super().to_python(value))


class LineField(TextField):
    """One line of text: line breaks and runs of spaces become single spaces (safe in headers)."""

    def to_python(self, value):
        return " ".join(super().to_python(value).split())


class TextSortMixin(forms.Form):
    """Free text (`q`, searched by the site search) and the order of the listing (`sortierung`).

    Relevance needs text: without it the listing is ordered newest first, not refused.
    """

    q = LineField(
        label=_("Suchbegriff"),
        required=False,
        max_length=MAX_TEXT_LENGTH,
        widget=forms.TextInput(attrs={"type": "search"}),
        error_messages={
            "max_length": _("Der Suchbegriff ist zu lang (höchstens %(limit_value)s Zeichen).")
        },
    )
    sortierung = forms.ChoiceField(
        label=_("Sortierung"),
        required=False,
        choices=[
            ("", _("Automatisch (Relevanz bei Suchbegriff)")),
            ("relevanz", _("Relevanz")),
            ("neueste", _("Neueste zuerst")),
            ("titel", _("Titel (A–Z)")),
        ],
        error_messages={"invalid_choice": _("Diese Sortierung gibt es nicht.")},
    )

    def clean(self):
        data = super().clean()
        if "sortierung" in data:
            wanted = data["sortierung"] or "relevanz"
            data["sortierung"] = wanted if wanted != "relevanz" or data.get("q") else "neueste"
        return data

    def active_filters(self):
        """The text is a filter a visitor can remove; the order is not."""
        return [item for item in super().active_filters() if item[0] != ("sortierung",)]


class PracticeProjectFilterForm(TextSortMixin, RadiusFilterMixin, ListingFilterForm):
    """Filters of the practice-project listing; all optional, combined with AND."""

    thema = SlugChoiceField(Theme.objects.all(), label=_("Thema"), empty_label=_("Alle Themen"))
    kreis = SlugChoiceField(
        Municipality.objects.filter(kind=Municipality.Kind.DISTRICT),
        label=_("Kreis"),
        empty_label=_("Alle Kreise"),
    )
    kommune = SlugChoiceField(
        Municipality.objects.all(), label=_("Kommune"), empty_label=_("Alle Kommunen")
    )
    kurs = SlugChoiceField(
        Course.objects.all(), to_field_name="number", label=_("Kurs"), empty_label=_("Alle Kurse")
    )
    jahr = forms.IntegerField(
        label=_("Jahr"),
        required=False,
        min_value=1990,
        max_value=2100,
        widget=NumberInput,
        error_messages={"invalid": YEAR_ERROR, "min_value": YEAR_ERROR, "max_value": YEAR_ERROR},
    )
    status = forms.ChoiceField(
        label=_("Umsetzungsstand"),
        required=False,
        choices=[("", _("Alle"))] + list(PracticeProjectPage.Status.choices),
        error_messages={"invalid_choice": _("Diesen Umsetzungsstand gibt es nicht.")},
    )
    zielgruppe = SlugChoiceField(
        TargetGroup.objects.all(), label=_("Zielgruppe"), empty_label=_("Alle Zielgruppen")
    )

    field_order = [
        "q",
        "thema",
        "kreis",
        "kommune",
        "umkreis",
        "km",
        "kurs",
        "jahr",
        "status",
        "zielgruppe",
        "sortierung",
    ]


class WorkingGroupFilterForm(ListingFilterForm):
    """Filters of the working-group results: theme, kind of meeting, year."""

    thema = SlugChoiceField(Theme.objects.all(), label=_("Thema"), empty_label=_("Alle Themen"))
    art = forms.ChoiceField(
        label=_("Art des Treffens"),
        required=False,
        choices=[("", _("Alle"))] + list(Meeting.Kind.choices),
        error_messages={"invalid_choice": _("Diese Art von Treffen gibt es nicht.")},
    )
    jahr = forms.IntegerField(
        label=_("Jahr"),
        required=False,
        min_value=1990,
        max_value=2100,
        widget=NumberInput,
        error_messages={"invalid": YEAR_ERROR, "min_value": YEAR_ERROR, "max_value": YEAR_ERROR},
    )
