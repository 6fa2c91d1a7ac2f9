"""The contact form: German messages at every field, a honeypot, nothing a header can break."""

from django import forms
from django.core.validators import EmailValidator
from django.utils.translation import gettext_lazy as _

from knowledge.forms import LineField, TextField
from newsletter.models import normalise_email

EMAIL_ERROR = _("Bitte geben Sie eine gültige E-Mail-Adresse an, z. B. name@beispiel.de.")
MESSAGE_MIN, MESSAGE_MAX = 20, 5000
CONSENT_TEXT = _(
    "Ich bin damit einverstanden, dass meine Nachricht mit meinem Namen und meiner "
    "E-Mail-Adresse an die Ansprechperson weitergeleitet wird, damit sie mir antworten kann."
)


def email_field(label, required_message, **kwargs):
    """An e-mail address field with German messages (shared by the site's public forms)."""
    return forms.EmailField(
        label=label,
        max_length=254,
        validators=[EmailValidator(message=EMAIL_ERROR)],
        error_messages={
            "required": required_message,
            "invalid": EMAIL_ERROR,
            "max_length": _("Die E-Mail-Adresse ist zu lang (höchstens 254 Zeichen)."),
        },
        **kwargs,
    )


class RecipientField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.name}{', ' + obj.role if obj.role else ''} ({obj.municipality.name})"


class ContactForm(forms.Form):
    recipient = RecipientField(
        label=_("An wen möchten Sie schreiben?"),
        queryset=None,
        widget=forms.RadioSelect,
        empty_label=None,
        error_messages={
            "required": _("Bitte wählen Sie, an wen die Nachricht gehen soll."),
            "invalid_choice": _("Bitte wählen Sie eine der genannten Personen."),
        },
    )
    name = LineField(
        label=_("Ihr Name"),
        max_length=150,
        error_messages={
            "required": _("Bitte geben Sie Ihren Namen an."),
            "max_length": _("Der Name ist zu lang (höchstens %(limit_value)s Zeichen)."),
        },
    )
    email = email_field(
        _("Ihre E-Mail-Adresse"),
        _("Bitte geben Sie Ihre E-Mail-Adresse an, damit man Ihnen antworten kann."),
    )
    subject = LineField(
        label=_("Betreff"),
        max_length=200,
        error_messages={
            "required": _("Bitte geben Sie einen Betreff an."),
            "max_length": _("Der Betreff ist zu lang (höchstens %(limit_value)s Zeichen)."),
        },
    )
    message = TextField(
        label=_("Ihre Nachricht"),
        min_length=MESSAGE_MIN,
        max_length=MESSAGE_MAX,
        widget=forms.Textarea(attrs={"rows": 8}),
        error_messages={
            "required": _("Bitte schreiben Sie eine Nachricht."),
            "min_length": _(
                "Die Nachricht ist zu kurz (mindestens %(limit_value)s Zeichen, Sie haben "
                "%(show_value)s)."
            ),
            "max_length": _(
                "Die Nachricht ist zu lang (höchstens %(limit_value)s Zeichen, Sie haben "
                "%(show_value)s)."
            ),
        },
    )
    consent = forms.BooleanField(
        label=CONSENT_TEXT,
        error_messages={
            "required": _("Bitte bestätigen Sie, dass wir Ihre Nachricht weiterleiten dürfen.")
        },
    )
    # Honeypot: hidden from people, filled in by bots.
    website = forms.CharField(required=False, max_length=500)

    def __init__(self, *args, recipients, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["recipient"].queryset = recipients
        self.only = recipients[0] if len(recipients) == 1 else None
        if self.only is not None:
            # One contact person (a practice project): nothing to choose, nothing to forge.
            del self.fields["recipient"]

    @property
    def single(self):
        return self.only is not None

    def clean(self):
        data = super().clean()
        if self.single:
            data["recipient"] = self.only
        return data

    def clean_email(self):
        return normalise_email(self.cleaned_data["email"])

    def clean_message(self):
        return self.cleaned_data["message"].strip()

    @property
    def is_spam(self):
        return bool(self.data.get("website"))
