"""The form behind "Zur Mappe hinzufügen" on content pages."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Folder


class AddToFolderForm(forms.Form):
    """Pick one of your collections, or name a new one, and add a note for the group."""

    folder = forms.ModelChoiceField(
        queryset=Folder.objects.none(),
        label=_("Mappe"),
        required=False,
        empty_label=_("Neue Mappe anlegen"),
        error_messages={"invalid_choice": _("Bitte wählen Sie eine Ihrer Mappen.")},
    )
    new_title = forms.CharField(
        label=_("Titel der neuen Mappe"), max_length=200, required=False, strip=True
    )
    note = forms.CharField(
        label=_("Hinweis (optional)"),
        max_length=300,
        required=False,
        strip=True,
        help_text=_("Zum Beispiel „Für die Gruppenarbeit lesen“."),
        error_messages={"max_length": _("Der Hinweis darf höchstens 300 Zeichen lang sein.")},
    )

    def __init__(self, *args, folders, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["folder"].queryset = folders

    def clean(self):
        data = super().clean()
        if not data.get("folder") and not data.get("new_title") and not self.errors:
            raise forms.ValidationError(
                _("Bitte wählen Sie eine Mappe oder geben Sie einen Titel für eine neue an.")
            )
        for name in ("new_title", "note"):
            if "\x00" in data.get(name, ""):
                self.add_error(name, _("Der Text enthält ungültige Zeichen."))
        return data
