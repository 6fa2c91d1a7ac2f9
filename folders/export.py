"""The exports of a collection: one PDF of all its pages, one ZIP of its documents.

Both are built from `access.visible_items` for the reader at hand, so they contain exactly what
that reader may see. The PDF is laid out by WeasyPrint from an HTML template (cover, table of
contents with page numbers, each page's text, links as footnotes); it never fetches anything
over the network.
"""

import io
import zipfile
from dataclasses import dataclass, field

from bs4 import BeautifulSoup
from django.db import models
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.text import get_valid_filename
from wagtail.documents.models import AbstractDocument
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.rich_text import expand_db_html

from knowledge.pdf import render_pdf

from .access import document_visible, hidden_collection_paths

# Fields every page has; the text of a page is what its own type adds.
_PAGE_FIELDS = {f.name for f in Page._meta.get_fields()}
_INTRO_FIELDS = ("summary", "lead")
# Headings of ordered child records, by their accessor; others use the model's verbose name.
CHILD_HEADINGS = {
    "learning_goals": "Lernziele",
    "findings": "Kernergebnisse",
    "trainers": "Referentinnen und Referenten",
}


@dataclass
class Section:
    heading: str
    html: str


@dataclass
class ExportedPage:
    number: int
    title: str
    kind: str
    url: str
    note: str
    intro: str
    sections: list = field(default_factory=list)


def _text_children(relation):
    """Text fields of an ordered child model that holds words, not media (images, files)."""
    model = relation.related_model
    fields = model._meta.get_fields()
    if not relation.one_to_many or "sort_order" not in {f.name for f in fields}:
        return []
    if any(isinstance(f, models.ForeignKey) and f.name != relation.field.name for f in fields):
        return []  # images, documents, linked pages: not text of the page itself
    return [f for f in fields if isinstance(f, models.CharField | models.TextField)]


def _child_sections(page):
    """Ordered child records that carry text (learning goals, findings) as one section each."""
    sections = []
    for relation in page._meta.related_objects:
        text_fields = _text_children(relation)
        if not text_fields:
            continue
        rows = []
        for child in getattr(page, relation.get_accessor_name()).all():
            parts = [escape(value) for f in text_fields if (value := getattr(child, f.name))]
            if parts:
                rest = "".join(f" – {part}" for part in parts[1:])
                rows.append(f"<li><strong>{parts[0]}</strong>{rest}</li>")
        if rows:
            accessor = relation.get_accessor_name()
            heading = CHILD_HEADINGS.get(
                accessor, str(relation.related_model._meta.verbose_name_plural)
            )
            sections.append(Section(heading, f"<ul>{''.join(rows)}</ul>"))
    return sections


def page_sections(page):
    """(intro, [Section]) of a page's own text, in the order its type declares its fields."""
    intro = next((getattr(page, name) for name in _INTRO_FIELDS if getattr(page, name, "")), "")
    sections = []
    for model_field in page._meta.get_fields():
        if model_field.name in _PAGE_FIELDS or not getattr(model_field, "concrete", False):
            continue
        value = getattr(page, model_field.name, None)
        if not value:
            continue
        if isinstance(model_field, RichTextField):
            html = expand_db_html(value)
        elif isinstance(model_field, StreamField):
            html = str(value.render_as_block()) if hasattr(value, "render_as_block") else str(value)
        else:
            continue
        sections.append(Section(str(model_field.verbose_name), html))
    return str(intro), [*sections, *_child_sections(page)]


def _with_footnotes(html, base_url):
    """Links become footnotes: the link text stays, its absolute address goes to the foot."""
    soup = BeautifulSoup(html, "html.parser")
    for tag in soup.find_all(["img", "iframe", "script", "style", "video", "audio", "source"]):
        tag.decompose()
    for link in soup.find_all("a"):
        href = (link.get("href") or "").strip()
        attrs = {}
        if href and not href.startswith(("#", "javascript:")):
            url = href if "://" in href or href.startswith("mailto:") else base_url + href
            note = soup.new_tag("span", attrs={"class": "footnote"})
            note.string = url.removeprefix("mailto:")
            link.insert_after(note)
        link.attrs = attrs
        link.name = "span"
    return mark_safe(str(soup))  # noqa: S308 - parsed and rebuilt by BeautifulSoup from our own HTML


def exported_pages(items, base_url):
    pages = []
    for entry in items:
        if entry.page is None:
            continue
        intro, sections = page_sections(entry.page)
        for section in sections:
            section.html = _with_footnotes(section.html, base_url)
        pages.append(
            ExportedPage(
                number=entry.number,
                title=entry.page.title,
                kind=str(entry.page.specific_class._meta.verbose_name),
                url=base_url + (entry.page.url or ""),
                note=entry.note,
                intro=intro,
                sections=sections,
            )
        )
    return pages


def folder_pdf(folder, items, base_url):
    """The collection as PDF bytes, for the items given (already filtered for the reader)."""
    context = {
        "folder": folder,
        "pages": exported_pages(items, base_url),
        "documents": [entry for entry in items if entry.document is not None],
        "exported_on": timezone.localdate(),
    }
    return render_pdf("folders/folder_pdf.html", context, base_url)


# --- Documents as ZIP ------------------------------------------------------------------------


def _attached_documents(page):
    """Documents a page links to through its fields and its ordered child records."""
    documents = []
    for model_field in page._meta.get_fields():
        if (
            isinstance(model_field, models.ForeignKey)
            and model_field.name not in _PAGE_FIELDS
            and issubclass(model_field.related_model, AbstractDocument)
        ):
            document = getattr(page, model_field.name)
            if document is not None:
                documents.append(document)
    for relation in page._meta.related_objects:
        if not relation.one_to_many:
            continue
        child_fields = relation.related_model._meta.get_fields()
        fk = next(
            (
                f
                for f in child_fields
                if isinstance(f, models.ForeignKey)
                and issubclass(f.related_model, AbstractDocument)
            ),
            None,
        )
        if fk is None:
            continue
        children = getattr(page, relation.get_accessor_name()).select_related(
            f"{fk.name}__collection"
        )
        documents.extend(getattr(child, fk.name) for child in children)
    return documents


def zip_entries(items, user):
    """[(archive name, document)] of every document the reader may download, in item order."""
    hidden = hidden_collection_paths(user)
    seen, entries = set(), []
    for entry in items:
        documents = [entry.document] if entry.document else _attached_documents(entry.page)
        for document in documents:
            if document.pk in seen or not document_visible(document, hidden):
                continue
            seen.add(document.pk)
            stem = get_valid_filename(document.title)[:80] or "dokument"
            extension = document.file_extension or "bin"
            entries.append((f"{len(entries) + 1:02d}_{stem}.{extension}", document))
    return entries


def folder_zip(items, user):
    """A ZIP archive (bytes) of the documents, or None when there are none to give."""
    entries = zip_entries(items, user)
    if not entries:
        return None
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, document in entries:
            with document.file.open("rb") as handle:
                archive.writestr(name, handle.read())
    return buffer.getvalue()
