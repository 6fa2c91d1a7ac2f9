"""The subscription form: an address and consent. German messages for every mistake."""

from django import forms
from django.core.validators import EmailValidator
from django.utils.translation import gettext_lazy as _

from .models import normalise_email

CONSENT_TEXT = (
    "Ich möchte den Newsletter des IQZ zum kommunalen Familienmanagement per E-Mail erhalten. "
    "Meine E-Mail-Adresse wird nur dafür verwendet und nicht weitergegeben. Ich kann mich "
    "jederzeit über den Link in jeder E-Mail wieder abmelden."
)
EMAIL_ERROR = _("Bitte geben Sie eine gültige E-Mail-Adresse an, z. B. name@beispiel.de.")


class SubscribeForm(forms.Form):
    email = forms.EmailField(
        label=_("E-Mail-Adresse"),
        max_length=254,
        validators=[EmailValidator(message=EMAIL_ERROR)],
        error_messages={
            "required": _("Bitte geben Sie Ihre E-Mail-Adresse an."),
            "invalid": EMAIL_ERROR,
            "max_length": _("Die E-Mail-Adresse ist zu lang (höchstens 254 Zeichen)."),
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    consent = forms.BooleanField(
        label=CONSENT_TEXT,
        error_messages={
            "required": _("Bitte bestätigen Sie, dass Sie den Newsletter erhalten möchten.")
        },
    )

    def clean_email(self):
        return normalise_email(self.cleaned_data["email"])
