"""Filters of the event list ("Alle Termine"). Values come from strangers: validate, never trust."""

from django import forms
from django.utils.translation import gettext_lazy as _

from knowledge.forms import ListingFilterForm, SlugChoiceField
from knowledge.models import Theme

from .models import EventKind


class EventFilterForm(ListingFilterForm):
    """Kind and theme, both optional."""

    art = forms.ChoiceField(
        label=_("Art"),
        required=False,
        choices=[("", _("Alle Arten")), *EventKind.choices],
        error_messages={"invalid_choice": _("Diese Art von Termin gibt es nicht.")},
    )
    thema = SlugChoiceField(Theme.objects.all(), label=_("Thema"), empty_label=_("Alle Themen"))
