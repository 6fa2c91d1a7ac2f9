"""Forms of the editors' import in the Wagtail admin."""

from django import forms
from django.utils.translation import gettext_lazy as _

MAX_UPLOAD = 10 * 1024 * 1024


class ImportUploadForm(forms.Form):
    file = forms.FileField(
        label=_("Datei"),
        help_text=_(
            "CSV (UTF-8, Komma als Trennzeichen) oder Excel (.xlsx, erstes Tabellenblatt)."
        ),
        error_messages={"required": _("Bitte eine Datei wählen.")},
    )
    publish = forms.BooleanField(label=_("Seiten sofort veröffentlichen"), required=False)

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if not upload.name.lower().endswith((".csv", ".xlsx")):
            raise forms.ValidationError(
                _("Bitte eine CSV-Datei (.csv) oder eine Excel-Datei (.xlsx) wählen.")
            )
        if upload.size > MAX_UPLOAD:
            raise forms.ValidationError(_("Die Datei ist größer als 10 MB."))
        return upload


class ImportConfirmForm(forms.Form):
    token = forms.RegexField(regex=r"^[0-9a-f]{32}$", widget=forms.HiddenInput)
    publish = forms.BooleanField(required=False, widget=forms.HiddenInput)
