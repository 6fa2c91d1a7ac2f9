"""Which page types the search covers, and how a page becomes a search document.

Apps register their searchable page types once (in their `AppConfig.ready`)::

    from search.registry import register
    register(EventPage, kind="veranstaltung", label="Veranstaltung")

The document is built from the page's `search_fields` and the shared names every themed page
exposes (`summary`, `themes`, `municipality`, `year`, `target_groups`). A page type that needs
something else defines `search_document(self) -> SearchDocument` (start from
`search.registry.default_document(self)` and change what differs).
"""

import datetime
import html
import re
from dataclasses import dataclass, field
from functools import cache

from django.core.exceptions import FieldDoesNotExist
from django.db.models import Field, Manager
from django.utils.encoding import force_str
from modelsearch.index import RelatedFields, SearchField
from wagtail.fields import RichTextField

# Related fields whose names describe the page (weighted like the summary), not its body.
META_FIELDS = {"themes", "keywords", "municipality", "target_groups"}


@dataclass
class SearchDocument:
    """What the index stores for one page."""

    title: str
    summary: str = ""
    meta: str = ""
    body: str = ""
    documents: str = ""
    municipality: object = None
    year: int | None = None
    published: datetime.datetime | None = None
    themes: list = field(default_factory=list)  # [(slug, name)]
    target_groups: list = field(default_factory=list)  # [(slug, name)]


@dataclass
class SearchType:
    model: type
    kind: str
    label: str
    label_plural: str
    prefetch: tuple = ()
    weight: float = 1.0  # ranking: < 1 for pages that mention topics rather than treat them


_TYPES: dict[type, SearchType] = {}


def register(model, kind, label=None, label_plural=None, prefetch=(), weight=1.0):
    """Make `model` searchable under the URL value `kind` (?typ=kind).

    `weight` scales the relevance of its pages: the structured write-ups keep 1, pages that
    mention topics in passing (news, events) get a little less.
    """
    _TYPES[model] = SearchType(
        model,
        kind,
        str(label or model._meta.verbose_name),
        str(label_plural or model._meta.verbose_name_plural),
        tuple(prefetch),
        float(weight),
    )


def registered_types():
    return list(_TYPES.values())


def type_for_model(model):
    return _TYPES.get(model)


def kind_labels():
    return {t.kind: t.label for t in _TYPES.values()}


@dataclass
class Shortcut:
    """A page that is not in the index but answers the query directly (a municipality's page)."""

    label: str  # what it is, e.g. "Kommune"
    title: str
    url: str
    description: str = ""


_SHORTCUTS = []


def register_shortcuts(provider):
    """Add `provider(query, user, request) -> [Shortcut]`, asked once per search with a query."""
    if provider not in _SHORTCUTS:
        _SHORTCUTS.append(provider)


def shortcuts_for(query, user, request=None):
    return [item for provider in _SHORTCUTS for item in provider(query, user, request)]


def kind_weights():
    return {t.kind: t.weight for t in _TYPES.values()}


_TAG = re.compile(r"<[^>]*>")


def _text(value):
    if value is None:
        return ""
    if isinstance(value, str):
        return html.unescape(_TAG.sub(" ", value)) if "<" in value else value
    if isinstance(value, (list, tuple)):
        return " ".join(_text(item) for item in value)
    if isinstance(value, dict):
        return " ".join(_text(item) for item in value.values())
    return force_str(value)


@cache
def is_rich_text(model, name):
    try:
        return isinstance(model._meta.get_field(name), RichTextField)
    except FieldDoesNotExist:
        return False


@cache
def _plain_attname(model, name):
    """The attribute of a plain model field, whose value modelsearch's `get_value` returns
    unchanged (it asks the app registry on each call); None for any other search field."""
    try:
        model_field = model._meta.get_field(name)
    except FieldDoesNotExist:
        return None
    if (
        model_field.is_relation
        or not model_field.concrete
        or hasattr(model_field, "get_searchable_content")
        or type(model_field).value_from_object is not Field.value_from_object
    ):
        return None
    return model_field.attname


def _field_texts(obj, search_field):
    """(field name, text) pairs of a search field, following related fields."""
    if isinstance(search_field, SearchField):
        if is_rich_text(type(obj), search_field.field_name):
            # Wagtail's own indexing text parses the HTML; a regex is many times faster.
            yield search_field.field_name, _text(getattr(obj, search_field.field_name))
        else:
            attname = _plain_attname(type(obj), search_field.field_name)
            value = getattr(obj, attname) if attname else search_field.get_value(obj)
            yield search_field.field_name, _text(value)
    elif isinstance(search_field, RelatedFields):
        value = search_field.get_value(obj)
        if value is None:
            return
        items = value.all() if isinstance(value, Manager) else [value]
        for item in items:
            for sub_field in search_field.fields:
                for _name, text in _field_texts(item, sub_field):
                    yield search_field.field_name, text


def related_data(pages):
    """Themes, keywords and target groups of many pages in three queries, bypassing taggit.

    Returns {page id: {"themes": [(slug, name)], "keywords": [name], "target_groups": [...]}}.
    """
    from knowledge.models import PageKeyword, PageTheme

    data = {}
    for page in pages:
        loaded = _loaded_related(page)
        if loaded is not None:
            data[page.pk] = loaded
    pages = [page for page in pages if page.pk not in data]
    ids = [page.pk for page in pages]
    if not ids:
        return data
    data.update({pk: {"themes": [], "keywords": [], "target_groups": []} for pk in ids})
    for pk, slug, name in (
        PageTheme.objects.filter(content_object_id__in=ids)
        .order_by("tag__sort_order", "tag__name")
        .values_list("content_object_id", "tag__slug", "tag__name")
    ):
        data[pk]["themes"].append((slug, name))
    for pk, name in PageKeyword.objects.filter(content_object_id__in=ids).values_list(
        "content_object_id", "tag__name"
    ):
        data[pk]["keywords"].append(name)
    by_model = {}
    for page in pages:
        by_model.setdefault(type(page), []).append(page.pk)
    for model, model_ids in by_model.items():
        field = _target_groups_field(model)
        if field is None:
            continue
        through = field.remote_field.through
        source, target = field.m2m_field_name(), field.m2m_reverse_field_name()
        for pk, slug, name in (
            through.objects.filter(**{f"{source}__in": model_ids})
            .order_by(f"{target}__sort_order", f"{target}__name")
            .values_list(f"{source}_id", f"{target}__slug", f"{target}__name")
        ):
            data[pk]["target_groups"].append((slug, name))
    return data


def _loaded_related(page):
    """The related data of a page whose relations are already in memory (a page an import has
    just written, see `transfer.search_index.as_loaded`), or None if a query must read them."""
    cache = getattr(page, "_prefetched_objects_cache", None) or {}
    if "themes" not in cache or "keywords" not in cache:
        return None
    if _target_groups_field(type(page)) is not None and "target_groups" not in cache:
        return None
    return {
        "themes": [(tag.slug, tag.name) for tag in cache["themes"]],
        "keywords": [tag.name for tag in cache["keywords"]],
        "target_groups": [(group.slug, group.name) for group in cache.get("target_groups", [])],
    }


@cache
def _target_groups_field(model):
    """The model's `target_groups` relation, or None where it has none."""
    try:
        return model._meta.get_field("target_groups")
    except FieldDoesNotExist:
        return None


def attach_related(pages):
    for page in pages:
        page._search_related = None
    data = related_data(pages)
    for page in pages:
        page._search_related = data[page.pk]


def default_document(page):
    """The document for a page from its search fields and the shared field names."""
    related = getattr(page, "_search_related", None) or related_data([page])[page.pk]
    summary = _text(getattr(page, "summary", "") or getattr(page, "lead", ""))
    meta = [name for _slug, name in related["themes"]]
    meta += related["keywords"]
    meta += [name for _slug, name in related["target_groups"]]
    body = []
    for search_field in _plain_search_fields(type(page)):
        for _name, text in _field_texts(page, search_field):
            if text:
                body.append(text)
    municipality = getattr(page, "municipality", None)
    if municipality is not None:
        meta.append(municipality.name)
        district = municipality.district
        if district is not None and district != municipality:
            meta.append(district.name)
    year = getattr(page, "year", None)
    return SearchDocument(
        title=page.title,
        summary=summary,
        meta=" ".join(dict.fromkeys(meta)),
        body="\n".join(body),
        municipality=municipality,
        year=year if isinstance(year, int) else None,
        published=page.first_published_at or page.last_published_at,
        themes=related["themes"],
        target_groups=related["target_groups"],
    )


_PLAIN_FIELDS = {}


def _plain_search_fields(model):
    """The model's search fields that feed the body (not title, summary or the shared names)."""
    if model not in _PLAIN_FIELDS:
        _PLAIN_FIELDS[model] = [
            f
            for f in model.get_search_fields()
            if isinstance(f, (SearchField, RelatedFields))
            and f.field_name not in ("title", "summary", "lead", *META_FIELDS)
        ]
    return _PLAIN_FIELDS[model]


def document_for(page):
    builder = getattr(page, "search_document", None)
    return builder() if callable(builder) else default_document(page)


def prefetch_for(model):
    """select/prefetch the relations the document builder reads, for bulk indexing."""
    queryset = model.objects.all()
    for search_field in _plain_search_fields(model):
        if isinstance(search_field, RelatedFields):
            queryset = search_field.select_on_queryset(queryset)
    try:
        model._meta.get_field("municipality")
        queryset = queryset.select_related("municipality__kreis")
    except FieldDoesNotExist:
        pass
    search_type = type_for_model(model)
    if search_type and search_type.prefetch:
        queryset = queryset.prefetch_related(*search_type.prefetch)
    return queryset
