"""Attachments checked by what they contain, not by their names: PDF, JPEG or PNG, and sizes."""

import io
import warnings
from dataclasses import dataclass

from django import forms
from django.utils.translation import gettext as _

MAX_FILES = 5
MAX_FILE_SIZE = 10 * 1024 * 1024
MAX_TOTAL_SIZE = 25 * 1024 * 1024
MAX_PIXELS = 40_000_000  # larger images are refused (decompression bombs)
IMAGE_FORMATS = {"JPEG": ("jpg", "image/jpeg"), "PNG": ("png", "image/png")}


@dataclass
class Attachment:
    kind: str  # "pdf" or "image"
    extension: str
    content: bytes
    original_name: str


def _megabytes(size):
    return f"{size / 1024 / 1024:.0f} MB".replace(".", ",")


def _pdf(content):
    if not content.startswith(b"%PDF-"):
        return False
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(content))
        return len(reader.pages) > 0
    except (PyPdfError, ValueError, KeyError, TypeError, OSError, RecursionError):
        return False


def _image_format(content):
    from PIL import Image, UnidentifiedImageError

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(content)) as image:
                if image.format not in IMAGE_FORMATS:
                    return None
                if image.width * image.height > MAX_PIXELS:
                    return "too-large"
                image.verify()
                return image.format
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, Image.DecompressionBombError):
        return None
    except Image.DecompressionBombWarning:
        return "too-large"


def check(files):
    """The uploaded files as Attachments; raises ValidationError with German messages."""
    if len(files) > MAX_FILES:
        raise forms.ValidationError(
            _("Bitte laden Sie höchstens %(count)s Dateien hoch.") % {"count": MAX_FILES}
        )
    total = sum(upload.size for upload in files)
    if total > MAX_TOTAL_SIZE:
        raise forms.ValidationError(
            _("Die Dateien sind zusammen zu groß (höchstens %(limit)s).")
            % {"limit": _megabytes(MAX_TOTAL_SIZE)}
        )
    attachments, errors = [], []
    for upload in files:
        name = str(upload.name)[:100]
        if upload.size > MAX_FILE_SIZE:
            errors.append(
                _("„%(name)s“ ist zu groß (höchstens %(limit)s je Datei).")
                % {"name": name, "limit": _megabytes(MAX_FILE_SIZE)}
            )
            continue
        content = upload.read()
        if _pdf(content):
            attachments.append(Attachment("pdf", "pdf", content, name))
            continue
        image_format = _image_format(content)
        if image_format == "too-large":
            errors.append(
                _("Das Bild „%(name)s“ hat zu viele Bildpunkte (höchstens 40 Megapixel).")
                % {"name": name}
            )
        elif image_format:
            attachments.append(Attachment("image", IMAGE_FORMATS[image_format][0], content, name))
        else:
            errors.append(
                _(
                    "„%(name)s“ ist keine lesbare PDF-, JPEG- oder PNG-Datei. Bitte laden Sie nur "
                    "solche Dateien hoch."
                )
                % {"name": name}
            )
    if errors:
        raise forms.ValidationError(errors)
    return attachments
