"""The alert form: the search comes from the search page; the visitor adds address and rhythm."""

from django import forms
from django.utils.translation import gettext_lazy as _

from contact.forms import email_field

from .models import SearchAlert
from .services import CONSENT_TEXT


class AlertForm(forms.Form):
    suche = forms.CharField(widget=forms.HiddenInput, required=False, max_length=4000)
    email = email_field(
        _("E-Mail-Adresse"),
        _("Bitte geben Sie Ihre E-Mail-Adresse an."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    frequency = forms.ChoiceField(
        label=_("Wie oft möchten Sie Post bekommen?"),
        choices=SearchAlert.Frequency.choices,
        initial=SearchAlert.Frequency.WEEKLY,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Bitte wählen Sie, wie oft Sie Post bekommen möchten."),
            "invalid_choice": _("Bitte wählen Sie „wöchentlich“ oder „monatlich“."),
        },
    )
    consent = forms.BooleanField(
        label=CONSENT_TEXT,
        error_messages={
            "required": _("Bitte bestätigen Sie, dass Sie diese E-Mails erhalten möchten.")
        },
    )
    # Honeypot: hidden from people, filled in by bots.
    website = forms.CharField(required=False, max_length=500)

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()

    @property
    def is_spam(self):
        return bool(self.data.get("website"))


class FrequencyForm(forms.Form):
    frequency = forms.ChoiceField(choices=SearchAlert.Frequency.choices)
