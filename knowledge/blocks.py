"""Stream blocks shared by every content page: one body vocabulary for the whole site."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "h3", "h4"]


class HeadingBlock(blocks.StructBlock):
    """A section heading; level 2 or 3 keeps the page outline intact."""

    text = blocks.CharBlock(label=_("Überschrift"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Ebene"),
        choices=[("h2", _("Abschnitt (H2)")), ("h3", _("Unterabschnitt (H3)"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Überschrift")
        template = "blocks/heading_block.html"


class QuoteBlock(blocks.StructBlock):
    """A quotation with its source, e.g. a participant's voice."""

    text = blocks.TextBlock(label=_("Zitat"))
    attribution = blocks.CharBlock(label=_("Quelle"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        label = _("Zitat")
        template = "blocks/quote_block.html"


class FigureBlock(blocks.StructBlock):
    """An image with alt text, optional caption and credit."""

    image = ImageBlock(label=_("Bild"))
    caption = blocks.CharBlock(label=_("Bildunterschrift"), required=False, max_length=300)
    credit = blocks.CharBlock(label=_("Bildnachweis"), required=False, max_length=200)

    class Meta:
        icon = "image"
        label = _("Bild")
        template = "blocks/figure_block.html"


class VideoBlock(blocks.StructBlock):
    """An embedded video (YouTube, Vimeo, ...) with a title for screen readers."""

    video = EmbedBlock(label=_("Video-URL"))
    title = blocks.CharBlock(label=_("Titel des Videos"), max_length=200)
    caption = blocks.CharBlock(label=_("Beschreibung"), required=False, max_length=300)

    class Meta:
        icon = "media"
        label = _("Video")
        template = "blocks/video_block.html"


class DocumentValue(blocks.StructValue):
    """Derived values for a document download: link text and file facts."""

    def link_text(self):
        return self.get("title") or self["document"].title

    def file_extension(self):
        return self["document"].file_extension.upper()

    def file_size(self):
        try:
            return self["document"].get_file_size()
        except OSError:
            return None


class DocumentBlock(blocks.StructBlock):
    """A document to download (handout, practice paper, presentation)."""

    document = DocumentChooserBlock(label=_("Dokument"))
    title = blocks.CharBlock(
        label=_("Linktext"),
        required=False,
        max_length=200,
        help_text=_("Leer lassen, um den Titel des Dokuments zu verwenden."),
    )
    description = blocks.TextBlock(label=_("Kurzbeschreibung"), required=False)

    class Meta:
        icon = "doc-full"
        label = _("Download")
        template = "blocks/document_block.html"
        value_class = DocumentValue


class DataTableBlock(TableBlock):
    """A data table; the caption tells screen-reader users what it shows."""

    class Meta:
        icon = "table"
        label = _("Tabelle")
        template = "blocks/table_block.html"

    def clean(self, value):
        value = super().clean(value)
        data = (value or {}).get("data") or []
        if not any(cell not in (None, "") for row in data for cell in row):
            raise ValidationError(_("Die Tabelle ist leer."))
        if not (value or {}).get("table_caption"):
            raise ValidationError(_("Bitte geben Sie eine Tabellenbeschriftung an."))
        return value


class BodyBlock(blocks.StreamBlock):
    """The body of every content page."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES,
        label=_("Text"),
        icon="pilcrow",
        template="blocks/paragraph_block.html",
    )
    quote = QuoteBlock()
    figure = FigureBlock()
    table = DataTableBlock()
    video = VideoBlock()
    document = DocumentBlock()

    class Meta:
        label = _("Inhalt")
