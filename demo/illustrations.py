"""The demo's illustrations as Wagtail images: German title, alt text and licence note.

The files in `demo/art/` are drawn by `demo.pictures` and shipped in the repository; this module
only reads them. An image is created once, found by its title afterwards.
"""

from pathlib import Path

from django.core.files.images import ImageFile
from wagtail.images import get_image_model
from wagtail.models import Collection

ART = Path(__file__).resolve().parent / "art"
LICENCE = "IQZ-Demo, gezeichnet, frei nutzbar (CC0)"

# file name: (title, alt text). The alt text is stored as the image's description, which
# Wagtail renders as the default alt attribute.
ILLUSTRATIONS = {
    "kita": (
        "Illustration: Kita mit Spielplatz",
        "Gezeichnete Kita mit gelber Fassade und einer Rutsche daneben; Kinder und eine "
        "Erzieherin spielen auf der Wiese davor.",
    ),
    "pflege": (
        "Illustration: Pflege von Angehörigen",
        "Gezeichnete Parkszene: eine ältere Frau mit Rollator und eine jüngere Angehörige an "
        "einer Bank, über ihnen ein Herz.",
    ),
    "vereinbarkeit": (
        "Illustration: Familie und Beruf",
        "Gezeichneter Weg zwischen einem Bürogebäude und einem Wohnhaus; ein Vater mit "
        "Aktentasche geht mit seinem Kind, am Himmel eine Uhr.",
    ),
    "bildung": (
        "Illustration: Bildung",
        "Gezeichnetes Schulgebäude mit einem Stapel bunter Bücher, davor ein Erwachsener mit "
        "Schulkindern.",
    ),
    "bericht": (
        "Illustration: Familienbericht",
        "Gezeichneter Bericht auf einem Schreibtisch: ein Balkendiagramm, in dem die Balken der "
        "älteren Jahrgänge wachsen, daneben ein Kreisdiagramm.",
    ),
    "rathaus": (
        "Illustration: Rathaus",
        "Gezeichnetes Backsteinrathaus mit Uhrturm, davor Eltern mit Kindern auf dem Marktplatz.",
    ),
    "freizeit": (
        "Illustration: Freizeit und Sport",
        "Gezeichnete Wiese mit Fußballtor und Ball; Kinder und Jugendliche spielen, ein Drachen "
        "steigt.",
    ),
    "netzwerk": (
        "Illustration: Netzwerk",
        "Gezeichnetes Netzwerk: sieben farbige Kreise mit Personensymbolen, durch Linien "
        "miteinander verbunden.",
    ),
    "pressefoto-zertifikate": (
        "Pressefoto: Zertifikatsübergabe 2026",
        "Gezeichnete Gruppe von Absolventinnen und Absolventen mit ihren Zertifikaten vor einem "
        "Hochschulgebäude mit Banner.",
    ),
    "pressefoto-fachtag": (
        "Pressefoto: Forum beim Fachtag",
        "Gezeichnetes Forum: Publikum von hinten vor einer Bühne mit Leinwand und "
        "Balkendiagramm, rechts ein Redner am Pult.",
    ),
    "pressefoto-portal": (
        "Pressefoto: Das neue Portal",
        "Gezeichneter Laptop auf einem Schreibtisch; der Bildschirm zeigt das Portal mit einer "
        "Karte von Nordrhein-Westfalen und Projektkarten.",
    ),
}

# The illustration a page gets for its first theme.
THEME_ILLUSTRATIONS = {
    "kinderbetreuung": "kita",
    "familienzentren": "kita",
    "pflege-von-angehoerigen": "pflege",
    "vereinbarkeit-von-familie-und-beruf": "vereinbarkeit",
    "bildung": "bildung",
    "demografischer-wandel": "bericht",
    "familienberichterstattung": "bericht",
    "familienfreundliche-verwaltung": "rathaus",
    "familienpolitische-strategie": "rathaus",
    "freizeit-kultur-und-sport": "freizeit",
    "jugend": "freizeit",
    "vernetzung-und-kooperation": "netzwerk",
}


def ensure_illustration(name):
    """(image, created): the Wagtail image of `demo/art/<name>.jpg`, made once."""
    title, alt = ILLUSTRATIONS[name]
    Image = get_image_model()
    image = Image.objects.filter(title=title).first()
    created = image is None
    if created:
        image = Image(title=title, description=alt, collection=Collection.get_first_root_node())
        with open(ART / f"{name}.jpg", "rb") as handle:
            image.file = ImageFile(handle, name=f"{name}.jpg")
            image.save()
        image.tags.add("Demo-Illustration", "CC0")
    return image, created


def for_themes(theme_slugs):
    """The illustration name for a page with these themes (by its first theme)."""
    return THEME_ILLUSTRATIONS[theme_slugs[0]]
