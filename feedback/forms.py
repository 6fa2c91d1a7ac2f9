"""The helpfulness form as strangers send it: German messages, never a 500."""

from django import forms
from django.utils.translation import gettext_lazy as _

from knowledge.forms import TextField

from .models import COMMENT_MAX_LENGTH

CHOICES = [("ja", _("Ja")), ("nein", _("Nein"))]


class FeedbackForm(forms.Form):
    antwort = forms.ChoiceField(
        label=_("War diese Seite hilfreich?"),
        choices=CHOICES,
        error_messages={
            "required": _("Bitte wählen Sie „Ja“ oder „Nein“."),
            "invalid_choice": _("Bitte wählen Sie „Ja“ oder „Nein“."),
        },
    )
    kommentar = TextField(
        label=_("Ihr Kommentar (freiwillig)"),
        required=False,
        max_length=COMMENT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={
            "max_length": _(
                "Der Kommentar ist zu lang (höchstens %(limit_value)s Zeichen, Sie haben "
                "%(show_value)s)."
            )
        },
    )
    # Honeypot: hidden from people (CSS and aria-hidden), filled in by bots.
    website = forms.CharField(required=False, max_length=500)

    def clean_kommentar(self):
        return self.cleaned_data["kommentar"].strip()

    @property
    def is_spam(self):
        return bool(self.data.get("website"))

    @property
    def helpful(self):
        return self.cleaned_data["antwort"] == "ja"
