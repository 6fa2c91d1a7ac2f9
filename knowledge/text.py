"""Small German text helpers."""

from django.utils.text import slugify

_TRANSLITERATION = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}
)


def german_slug(text):
    """A URL slug that spells umlauts out: "Dülmen" -> "duelmen", "Straße" -> "strasse"."""
    return slugify(str(text).translate(_TRANSLITERATION))
