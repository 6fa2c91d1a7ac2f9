"""Filter forms for the knowledge listings. Values come from strangers: validate, never trust."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Course, Municipality, PracticeProjectPage, TargetGroup, Theme

YEAR_ERROR = _("Bitte geben Sie ein Jahr zwischen 1990 und 2100 an.")


class SlugChoiceField(forms.ModelChoiceField):
    """A model choice addressed by slug in the URL (?thema=kinderbetreuung)."""

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
        try:
            return self.queryset.get(**{key: str(value)[:200]})
        except (self.queryset.model.DoesNotExist, ValueError, TypeError):
            raise forms.ValidationError(
                self.error_messages["invalid_choice"],
                code="invalid_choice",
                params={"value": str(value)[:80]},
            ) from None


class PracticeProjectFilterForm(forms.Form):
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

    def active_filters(self):
        """(name, label, value) of each filter in use, for the "remove filter" links."""
        if not self.is_valid():
            return []
        return [
            (name, self.fields[name].label, value)
            for name, value in self.cleaned_data.items()
            if value not in (None, "")
        ]
