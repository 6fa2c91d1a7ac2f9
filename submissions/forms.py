"""The submission form: the structured fields of a write-up, attachments and consent."""

import datetime

from django import forms
from django.utils.translation import gettext_lazy as _

from contact.forms import email_field
from knowledge.forms import LineField, LongSelect, NumberInput, TextField
from knowledge.models import Municipality, PracticeProjectPage, TargetGroup, Theme
from newsletter.models import normalise_email

from . import uploads

SECTION_MAX = 10_000
CONSENT_TEXT = (
    "Ich darf dieses Projekt einreichen und bin einverstanden, dass die Redaktion des IQZ es "
    "nach Prüfung auf dieser Website veröffentlicht, mit meinem Namen als Verfasserin oder "
    "Verfasser. Meine E-Mail-Adresse und Telefonnummer werden nicht veröffentlicht; die "
    "Redaktion nutzt sie nur für Rückfragen."
)


def text_errors(label, max_length, required=True):
    messages = {
        "max_length": _("„%(label)s“ ist zu lang (höchstens %%(limit_value)s Zeichen).")
        % {"label": label}
    }
    if required:
        messages["required"] = _("Bitte füllen Sie „%(label)s“ aus.") % {"label": label}
    return messages


def section(label, required=False, hint=""):
    return TextField(
        label=label,
        required=required,
        max_length=SECTION_MAX,
        help_text=hint,
        widget=forms.Textarea(attrs={"rows": 6}),
        error_messages=text_errors(label, SECTION_MAX, required),
    )


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class AttachmentsField(forms.FileField):
    """Several files in one input; each checked by its content (see `uploads.check`)."""

    widget = MultipleFileInput

    def __init__(self, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": ".pdf,.jpg,.jpeg,.png"}))
        super().__init__(**kwargs)

    def clean(self, data, initial=None):
        files = data if isinstance(data, list | tuple) else [data] if data else []
        files = [super(AttachmentsField, self).clean(item, initial) for item in files[:50]]
        return uploads.check([item for item in files if item])


class SubmissionForm(forms.Form):
    title = LineField(
        label=_("Titel des Projekts"),
        max_length=255,
        error_messages=text_errors(_("Titel des Projekts"), 255),
    )
    summary = TextField(
        label=_("Kurzbeschreibung"),
        max_length=300,
        help_text=_("Zwei, drei Sätze; höchstens 300 Zeichen. Erscheint in Listen."),
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages=text_errors(_("Kurzbeschreibung"), 300),
    )
    municipality = forms.ModelChoiceField(
        label=_("Kommune oder Kreis"),
        queryset=Municipality.objects.order_by("name"),
        empty_label=_("Bitte wählen"),
        widget=LongSelect,
        error_messages={
            "required": _("Bitte wählen Sie die Kommune oder den Kreis."),
            "invalid_choice": _("Bitte wählen Sie eine Kommune aus der Liste."),
        },
    )
    themes = forms.ModelMultipleChoiceField(
        label=_("Themen"),
        queryset=Theme.objects.order_by("sort_order", "name"),
        widget=forms.CheckboxSelectMultiple,
        to_field_name="slug",
        error_messages={
            "required": _("Bitte wählen Sie mindestens ein Thema."),
            "invalid_choice": _("Bitte wählen Sie Themen aus der Liste."),
            "invalid_pk_value": _("Bitte wählen Sie Themen aus der Liste."),
        },
    )
    target_groups = forms.ModelMultipleChoiceField(
        label=_("Zielgruppen"),
        required=False,
        queryset=TargetGroup.objects.order_by("sort_order", "name"),
        widget=forms.CheckboxSelectMultiple,
        to_field_name="slug",
        error_messages={
            "invalid_choice": _("Bitte wählen Sie Zielgruppen aus der Liste."),
            "invalid_pk_value": _("Bitte wählen Sie Zielgruppen aus der Liste."),
        },
    )
    status = forms.ChoiceField(
        label=_("Umsetzungsstand"),
        choices=PracticeProjectPage.Status.choices,
        error_messages={
            "required": _("Bitte wählen Sie den Umsetzungsstand."),
            "invalid_choice": _("Bitte wählen Sie einen Umsetzungsstand aus der Liste."),
        },
    )
    year = forms.IntegerField(
        label=_("Jahr des Projektbeginns"),
        min_value=1990,
        widget=NumberInput,
        error_messages={
            "required": _("Bitte geben Sie das Jahr an."),
            "invalid": _("Bitte geben Sie das Jahr als Zahl an, z. B. 2024."),
            "min_value": _("Bitte geben Sie ein Jahr ab 1990 an."),
        },
    )
    starting_situation = section(_("Ausgangslage"))
    goals = section(_("Ziele und Zielgruppen"))
    approach = section(
        _("Vorgehen"), required=True, hint=_("Was wurde getan, mit wem, in welchen Schritten?")
    )
    results = section(_("Ergebnisse"))
    lessons_learned = section(_("Stolpersteine und Tipps"))
    attachments = AttachmentsField(
        label=_("Anhänge (freiwillig)"),
        required=False,
        help_text=_(
            "Praxisarbeit als PDF, Fotos als JPEG oder PNG; höchstens 5 Dateien, je 10 MB, "
            "zusammen 25 MB."
        ),
    )
    name = LineField(
        label=_("Ihr Name"), max_length=150, error_messages=text_errors(_("Ihr Name"), 150)
    )
    email = email_field(
        _("Ihre E-Mail-Adresse"), _("Bitte geben Sie Ihre E-Mail-Adresse für Rückfragen an.")
    )
    role = LineField(
        label=_("Funktion und Dienststelle (freiwillig)"),
        required=False,
        max_length=200,
        error_messages=text_errors(_("Funktion und Dienststelle"), 200, required=False),
    )
    phone = LineField(
        label=_("Telefon für Rückfragen (freiwillig)"),
        required=False,
        max_length=50,
        error_messages=text_errors(_("Telefon"), 50, required=False),
    )
    consent = forms.BooleanField(
        label=CONSENT_TEXT,
        error_messages={
            "required": _("Bitte bestätigen Sie, dass wir Ihr Projekt veröffentlichen dürfen.")
        },
    )
    # Honeypot: hidden from people, filled in by bots.
    website = forms.CharField(required=False, max_length=500)

    def clean_year(self):
        year = self.cleaned_data["year"]
        latest = datetime.date.today().year + 1
        if year > latest:
            raise forms.ValidationError(
                _("Bitte geben Sie ein Jahr bis %(latest)s an.") % {"latest": latest}
            )
        return year

    def clean_email(self):
        return normalise_email(self.cleaned_data["email"])

    @property
    def is_spam(self):
        return bool(self.data.get("website"))
