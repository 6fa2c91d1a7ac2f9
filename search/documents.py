"""The text inside documents (PDF practice papers, module handouts), for the search index.

- ``extract_text(document)``: the plain text of a PDF (pypdf) or text file;
- ``update_document_text(document)``: extract and store it in ``DocumentText``, skipping a file
  whose content hash has not changed; runs as a task after a document is saved;
- ``page_documents_text(page)``: the stored text of every document a page attaches (foreign keys
  such as the practice paper, inline child objects such as working-group documents, document
  blocks and document links in StreamFields and rich text). The engine indexes it with the page,
  so a document's text is exactly as visible as the page that carries it. Documents in a
  collection under a view restriction are left out: a public page may link them, but their text
  must not reach a public snippet.
"""

import functools
import hashlib
import logging
import re
from collections.abc import Iterable, Iterator

from django.db import models, transaction
from django_tasks import task
from wagtail import blocks
from wagtail.documents import get_document_model
from wagtail.fields import RichTextField, StreamField
from wagtail.rich_text import extract_references_from_rich_text

from knowledge.access import in_private_collection

from .models import DocumentText

logger = logging.getLogger(__name__)

MAX_PAGES = 300
MAX_CHARS = 300_000
TEXT_EXTENSIONS = {"txt", "md", "csv"}
SPACES = re.compile(r"[ \t\r\f\v]+")
BLANK_LINES = re.compile(r"\n\s*\n+")
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


# --- Extraction -------------------------------------------------------------------------------


def file_hash(document) -> str:
    digest = hashlib.sha256()
    with document.open_file() as handle:
        for chunk in iter(lambda: handle.read(1 << 16), b""):
            digest.update(chunk)
    return digest.hexdigest()


def clean(text: str) -> str:
    """Plain text without control characters, hyphenation at line ends or runs of blanks."""
    text = CONTROL.sub(" ", text or "")
    text = re.sub(r"(\w)-\n(\w)", r"\1\2", text)
    text = SPACES.sub(" ", text)
    text = BLANK_LINES.sub("\n\n", text)
    return text.strip()[:MAX_CHARS]


def extract_text(document) -> str:
    """The plain text of a PDF or text document; empty for other files and unreadable PDFs."""
    extension = (document.file_extension or "").lower()
    try:
        with document.open_file() as handle:
            if extension == "pdf":
                return clean(_pdf_text(handle))
            if extension in TEXT_EXTENSIONS:
                return clean(handle.read(MAX_CHARS * 4).decode("utf-8", errors="replace"))
    except Exception as error:  # noqa: BLE001 - a broken upload must not break saving it
        logger.warning("Kein Text aus Dokument %s: %s", document.pk, error)
    return ""


def _pdf_text(handle) -> str:
    from pypdf import PdfReader

    reader = PdfReader(handle)
    if reader.is_encrypted:
        reader.decrypt("")
    parts, size = [], 0
    for page in reader.pages[:MAX_PAGES]:
        text = page.extract_text() or ""
        parts.append(text)
        size += len(text)
        if size >= MAX_CHARS:
            break
    return "\n\n".join(parts)


def update_document_text(document, force: bool = False) -> bool:
    """Store the document's text unless its file is unchanged; True if the text was (re)read."""
    try:
        digest = file_hash(document)
    except OSError as error:
        logger.warning("Dokument %s nicht lesbar: %s", document.pk, error)
        return False
    existing = DocumentText.objects.filter(document=document).first()
    if existing and existing.file_hash == digest and not force:
        return False
    text = extract_text(document)
    DocumentText.objects.update_or_create(
        document=document, defaults={"text": text, "file_hash": digest}
    )
    return True


@task()
def extract_document_text(document_id: int) -> None:
    """Task: read a saved document's text, then reindex the pages that attach it.

    Also when the file is unchanged: the document may have moved into or out of a private
    collection.
    """
    document = get_document_model().objects.filter(pk=document_id).first()
    if document is None:
        return
    update_document_text(document)
    reindex_pages_with(document)


def reindex_pages_with_collection(collection) -> None:
    """Reindex the pages attaching documents of `collection` or below (its privacy changed)."""
    for document in get_document_model().objects.filter(
        collection__path__startswith=collection.path
    ):
        reindex_pages_with(document)


def reindex_pages_with(document) -> None:
    """Reindex the live pages that reference `document` (its text is indexed with them)."""
    from wagtail.models import Page, ReferenceIndex

    page_ids = [
        int(object_id)
        for object_id in ReferenceIndex.get_references_to(document)
        .filter(base_content_type=ReferenceIndex._get_base_content_type(Page))
        .values_list("object_id", flat=True)
    ]
    if not page_ids:
        return
    try:
        from .indexing import index_pages
    except ImportError:  # pragma: no cover - an engine without page indexing
        return
    index_pages(Page.objects.filter(pk__in=page_ids, live=True).specific())


def document_saved(sender, instance, created=False, raw=False, **kwargs) -> None:
    """post_save receiver for the document model: extract after the transaction commits."""
    if raw or not instance.file:
        return
    transaction.on_commit(lambda: extract_document_text.enqueue(instance.pk))


# --- Which documents a page attaches ----------------------------------------------------------


def _is_document_model(model) -> bool:
    return model is not None and issubclass(model, get_document_model())


@functools.cache
def _document_fields(model) -> tuple:
    """The concrete fields of `model` that can point at documents: a document foreign key, a
    stream field or a rich-text field. Looked up once per model, not once per page indexed."""
    return tuple(
        field
        for field in model._meta.concrete_fields
        if (isinstance(field, models.ForeignKey) and _is_document_model(field.related_model))
        or isinstance(field, StreamField | RichTextField)
    )


@functools.cache
def _document_relations(model) -> tuple:
    """Accessor names of the child relations of `model` whose rows link a document."""
    from modelcluster.models import get_all_child_relations

    return tuple(
        relation.get_accessor_name()
        for relation in get_all_child_relations(model)
        if any(
            isinstance(field, models.ForeignKey) and _is_document_model(field.related_model)
            for field in relation.related_model._meta.concrete_fields
        )
    )


def _block_document_ids(block, raw) -> Iterator[int]:
    """Document ids in the raw (JSON) value of a block, without loading any document."""
    if raw is None:
        return
    if isinstance(block, blocks.ChooserBlock):
        if _is_document_model(getattr(block, "model_class", None)) and isinstance(raw, int):
            yield raw
    elif isinstance(block, blocks.RichTextBlock):
        yield from _rich_text_document_ids(raw)
    elif isinstance(block, blocks.StructBlock) and isinstance(raw, dict):
        for name, child in block.child_blocks.items():
            yield from _block_document_ids(child, raw.get(name))
    elif isinstance(block, blocks.StreamBlock) and isinstance(raw, list):
        for item in raw:
            if isinstance(item, dict) and item.get("type") in block.child_blocks:
                yield from _block_document_ids(block.child_blocks[item["type"]], item.get("value"))
    elif isinstance(block, blocks.ListBlock) and isinstance(raw, list):
        for item in raw:
            value = item.get("value") if isinstance(item, dict) and "type" in item else item
            yield from _block_document_ids(block.child_block, value)


def _rich_text_document_ids(html) -> Iterator[int]:
    if not isinstance(html, str) or "document" not in html:
        return
    for model, object_id, _path, _content_path in extract_references_from_rich_text(html):
        if _is_document_model(model):
            try:
                yield int(object_id)
            except (TypeError, ValueError):
                continue


def _field_document_ids(instance) -> Iterator[int]:
    for field in _document_fields(type(instance)):
        if isinstance(field, models.ForeignKey):
            value = getattr(instance, field.attname)
            if value:
                yield value
        elif isinstance(field, StreamField):
            stream = instance.__dict__.get(field.name)
            if stream is not None:
                yield from _block_document_ids(field.stream_block, list(stream.raw_data))
        elif isinstance(field, RichTextField):
            yield from _rich_text_document_ids(getattr(instance, field.name))


def attached_document_ids(page) -> list[int]:
    """Ids of the documents `page` attaches, in the order they appear."""
    ids = list(_field_document_ids(page))
    for accessor in _document_relations(type(page)):
        for child in getattr(page, accessor).all():
            ids.extend(_field_document_ids(child))
    return list(dict.fromkeys(ids))


def documents_text(pages: Iterable) -> dict[int, str]:
    """{page id: text of its documents} for many pages, with one query for all the texts."""
    attached = {page.pk: attached_document_ids(page) for page in pages}
    wanted = {document_id for ids in attached.values() for document_id in ids}
    texts = {}
    if wanted:
        texts = dict(
            DocumentText.objects.filter(document_id__in=wanted)
            .exclude(in_private_collection("document__collection__path"))
            .values_list("document_id", "text")
        )
    return {
        page_id: "\n\n".join(texts[i] for i in ids if texts.get(i))
        for page_id, ids in attached.items()
    }


def page_documents_text(page) -> str:
    """Plain text of the documents (PDFs, handouts) attached to `page`."""
    return documents_text([page]).get(page.pk, "")
