"""Import practice projects from a checked table: create, update or leave pages alone.

A row matches a page by `external_id`, otherwise by title and municipality. A row whose content
equals the page's (see `transfer.fingerprint`) writes nothing; a changed row saves a new revision
(published with `publish=True`); a new row creates a page under the practice-project index.
New pages get their tree position computed here rather than through `add_child`, which costs
several queries per page, and search indexing happens once, in bulk, at the end.
"""

import functools
import hashlib
import logging
from collections import defaultdict
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from django.contrib.contenttypes.models import ContentType
from django.core.files import File
from django.db import DatabaseError, transaction
from django.db.models import CharField, Field, OuterRef, Subquery
from django.db.models.functions import Cast
from django.db.models.signals import post_save
from django.utils import timezone
from modelcluster.models import (
    get_all_child_m2m_relations,
    get_all_child_relations,
    get_field_value,
    get_serializable_data_for_fields,
)
from wagtail.documents import get_document_model
from wagtail.models import Page, PageLogEntry, Revision
from wagtail.signal_handlers import disable_reference_index_auto_update

from knowledge.models import (
    Course,
    Municipality,
    PageTheme,
    PracticeProjectIndexPage,
    PracticeProjectPage,
)
from knowledge.text import german_slug
from operations import bulk

from . import search_index
from .fingerprint import fingerprint, page_values, row_values
from .readers import FileError, RowError, Table
from .rows import SECTIONS, Vocabulary, paragraphs_to_html, parse_row

logger = logging.getLogger(__name__)

CREATED, UPDATED, UNCHANGED, FAILED = "angelegt", "aktualisiert", "unverändert", "fehlerhaft"


@dataclass
class Outcome:
    row: int
    action: str
    title: str
    page_id: int | None = None


@dataclass
class ImportReport:
    """What an import did (or, in a dry run, would do)."""

    dry_run: bool = False
    total: int = 0
    outcomes: list = field(default_factory=list)
    errors: list = field(default_factory=list)
    new_vocabulary: list = field(default_factory=list)
    file_error: str = ""

    def count(self, action):
        return sum(1 for outcome in self.outcomes if outcome.action == action)

    @property
    def created(self):
        return self.count(CREATED)

    @property
    def updated(self):
        return self.count(UPDATED)

    @property
    def unchanged(self):
        return self.count(UNCHANGED)

    @property
    def failed(self):
        return len({error.row for error in self.errors})

    @property
    def ok(self):
        return not self.file_error and not self.errors

    def summary(self):
        prefix = "Probelauf – nichts gespeichert. " if self.dry_run else ""
        return (
            f"{prefix}{self.created} angelegt, {self.updated} aktualisiert, "
            f"{self.unchanged} unverändert, {self.failed} fehlerhaft."
        )


class RowFailed(Exception):  # noqa: N818 - carries a RowError, not a bug
    def __init__(self, error):
        super().__init__(str(error))
        self.error = error


class ImportAborted(Exception):
    """The import cannot start (no index page, unreadable documents folder); German message."""


# --- Lookups ------------------------------------------------------------------------------------


class RowAtomic:
    """A row's `transaction.atomic()`, entered before the row first touches the database.

    A new row whose vocabulary is known writes nothing until its batch is flushed: it needs no
    savepoint, which on PostgreSQL costs two round trips (SAVEPOINT, RELEASE). Whatever may write
    (or read) calls `open()` first, so a failing row still rolls back alone.
    """

    def __init__(self):
        self.stack = None
        self.opened = False

    def open(self):
        if self.stack is None:
            self.stack = ExitStack()
            self.stack.enter_context(transaction.atomic())
            self.opened = True

    def __enter__(self):
        self.opened = False
        return self

    def __exit__(self, *exc_info):
        stack, self.stack = self.stack, None
        return stack.__exit__(*exc_info) if stack is not None else False


class Resolver:
    """Caches what a row created; a failed row's savepoint rolls back, so must the cache."""

    def __init__(self, report, dry_run, atomic):
        self.report, self.dry_run, self.atomic = report, dry_run, atomic
        self.pending = []

    def _remember(self, cache, key, label):
        self.pending.append((cache, key, label))
        self.report.new_vocabulary.append(label)

    def commit(self):
        self.pending = []

    def rollback(self):
        for cache, key, label in self.pending:
            cache.pop(key, None)
            if label and label in self.report.new_vocabulary:
                self.report.new_vocabulary.remove(label)
        self.pending = []


class Places(Resolver):
    """Municipalities and Kreise by name; unknown ones are created (or, in a dry run, noted)."""

    def __init__(self, report, dry_run, atomic):
        super().__init__(report, dry_run, atomic)
        self.by_name = {m.name.casefold(): m for m in Municipality.objects.all()}
        self.slugs = set(Municipality.objects.values_list("slug", flat=True))

    def _create(self, name, kind, kreis=None):
        label = "Kreis" if kind == Municipality.Kind.DISTRICT else "Kommune"
        place = Municipality(name=name, kind=kind, slug=self._slug(name), kreis=kreis)
        # One insert, no later update: saving a known municipality again makes the search
        # reindex all of its pages when the transaction commits (`search.signals`).
        if not self.dry_run:
            self.atomic.open()
            place.save()
        self.by_name[name.casefold()] = place
        self._remember(self.by_name, name.casefold(), f"{label} „{name}“")
        return place

    def _slug(self, name):
        base = german_slug(name)[:100] or "kommune"
        slug, number = base, 2
        while slug in self.slugs:
            slug, number = f"{base}-{number}", number + 1
        self.slugs.add(slug)
        return slug

    def resolve(self, row):
        """The row's municipality, after checking (and completing) its Kreis; raises RowError."""
        kreis = None
        if row.kreis:
            kreis = self.by_name.get(row.kreis.casefold())
            if kreis is None:
                kreis = self._create(row.kreis, Municipality.Kind.DISTRICT)
            elif kreis.kind != Municipality.Kind.DISTRICT:
                raise RowFailed(
                    RowError(row.number, "kreis", f"„{kreis.name}“ ist im Vokabular kein Kreis.")
                )
        place = self.by_name.get(row.municipality.casefold())
        if place is None:
            kind = (
                Municipality.Kind.DISTRICT
                if row.municipality.casefold().startswith("kreis ")
                else Municipality.Kind.CITY
            )
            belongs_to = kreis if kind != Municipality.Kind.DISTRICT else None
            return self._create(row.municipality, kind, kreis=belongs_to)
        if kreis is None or kreis is place or kreis.pk == place.pk:
            return place
        if place.kreis_id is None and not place.is_district:
            place.kreis = kreis
            if not self.dry_run:
                self.atomic.open()
                place.save(update_fields=["kreis"])
            return place
        if place.kreis_id != kreis.pk or place.is_district:
            self.atomic.open()  # place.kreis may be read
            current = place.kreis.name if place.kreis_id else "keinem Kreis"
            raise RowFailed(
                RowError(
                    row.number,
                    "kreis",
                    f"„{place.name}“ gehört laut Vokabular zu {current}, nicht zu „{kreis.name}“.",
                )
            )
        return place


class Courses(Resolver):
    """Courses by number; a course the file names but the site lacks is created."""

    def __init__(self, report, dry_run, atomic):
        super().__init__(report, dry_run, atomic)
        self.by_number = {c.number: c for c in Course.objects.all()}

    def resolve(self, row):
        if row.course is None:
            return None
        course = self.by_number.get(row.course)
        if course is None:
            # The practice paper is presented at the end of the one-year course.
            course = Course(number=row.course, year=max(row.year - 1, 1990))
            if not self.dry_run:
                self.atomic.open()
                course.save()
            self.by_number[row.course] = course
            label = f"Kurs {row.course} (Beginn {course.year} angenommen)"
            self._remember(self.by_number, row.course, label)
        return course


class Documents(Resolver):
    """Practice papers named in the `document` column: files under a folder, or known documents.

    Known documents are only those the importing user may choose in the admin (a document of a
    collection they cannot use reads as unknown); an import without a user (the command line)
    sees all.
    """

    def __init__(self, folder, report, dry_run, user, atomic):
        super().__init__(report, dry_run, atomic)
        self.folder = Path(folder).resolve() if folder else None
        self.user = user
        self.model = get_document_model()
        self._by_name = None
        self._by_hash = None
        self.cache = {}
        if self.folder is not None and not self.folder.is_dir():
            raise ImportAborted(f"Den Ordner „{folder}“ für die Dokumente gibt es nicht.")

    def _index(self):
        if self._by_name is None:
            self._by_name, self._by_hash = {}, {}
            for document in self._choosable():
                self._by_name.setdefault(Path(document.file.name).name.casefold(), document)
                if document.file_hash:
                    self._by_hash.setdefault(document.file_hash, document)

    def _choosable(self):
        if self.user is None:
            return self.model.objects.all()
        from wagtail.permissions import policy_registry

        policy = policy_registry.get_by_type(self.model)
        return policy.instances_user_has_any_permission_for(self.user, ["choose"])

    def resolve(self, row):
        """A document id (or a placeholder for a new file in a dry run); raises RowError."""
        name = row.document
        if name in self.cache:
            return self.cache[name]
        self.atomic.open()
        self._index()
        if self.folder is None:
            document = self._by_name.get(name.casefold())
            if document is None:
                raise RowFailed(
                    RowError(
                        row.number,
                        "document",
                        f"Ein Dokument „{name}“ gibt es noch nicht; bitte den Ordner mit "
                        "den Dateien angeben (--documents).",
                    )
                )
            self.cache[name] = document.pk
            return document.pk
        path = (self.folder / name).resolve()
        if path.parent != self.folder or not path.is_file():
            raise RowFailed(
                RowError(
                    row.number, "document", f"Die Datei „{name}“ liegt nicht im Dokumente-Ordner."
                )
            )
        digest = hashlib.sha1(path.read_bytes()).hexdigest()  # noqa: S324 - Wagtail's file_hash
        document = self._by_hash.get(digest)
        if document is None:
            if self.dry_run:
                self.cache[name] = f"neu:{digest}"
                return self.cache[name]
            with path.open("rb") as handle:
                document = self.model(title=path.stem, uploaded_by_user=self.user)
                document.file.save(path.name, File(handle), save=False)
                document.file_hash = digest
                document.file_size = path.stat().st_size
                document.save()
            self._by_hash[digest] = document
            self._remember(self._by_hash, digest, f"Dokument „{name}“")
        self.cache[name] = document.pk
        self.pending.append((self.cache, name, None))
        return document.pk


class ExistingProjects:
    """The practice projects already on the site, with their comparable content."""

    def __init__(self):
        pages = list(
            PracticeProjectPage.objects.select_related("municipality", "course").order_by("path")
        )
        themes, groups = defaultdict(list), defaultdict(list)
        for page_id, slug in PageTheme.objects.filter(
            content_object__in=PracticeProjectPage.objects.values("pk")
        ).values_list("content_object_id", "tag__slug"):
            themes[page_id].append(slug)
        through = PracticeProjectPage.target_groups.through
        for page_id, slug in through.objects.values_list(
            "practiceprojectpage_id", "targetgroup__slug"
        ):
            groups[page_id].append(slug)
        # A page with a pending draft is compared (and updated) as its latest revision.
        drafts = {
            revision.pk: revision
            for revision in Revision.objects.filter(
                pk__in=[p.latest_revision_id for p in pages if p.has_unpublished_changes]
            )
        }
        self.by_external_id, self.by_title = {}, {}
        self.values = {}
        self.objects = {}
        for page in pages:
            current = page
            revision = drafts.get(page.latest_revision_id) if page.has_unpublished_changes else None
            if revision is not None:
                current = revision.as_object()
                theme_slugs = [t.slug for t in current.themes.all()]
                group_slugs = [g.slug for g in current.target_groups.all()]
            else:
                theme_slugs, group_slugs = themes[page.pk], groups[page.pk]
            self.objects[page.pk] = current
            self.values[page.pk] = page_values(current, theme_slugs, group_slugs)
            if page.external_id:
                self.by_external_id[page.external_id] = page.pk
            municipality = current.municipality.name.casefold() if current.municipality_id else ""
            self.by_title.setdefault((current.title.casefold(), municipality), page.pk)

    def match(self, row):
        if row.external_id and row.external_id in self.by_external_id:
            return self.by_external_id[row.external_id]
        page_id = self.by_title.get((row.title.casefold(), row.municipality.casefold()))
        if page_id is None:
            return None
        existing = self.objects[page_id].external_id
        if row.external_id and existing and existing != row.external_id:
            return None
        return page_id


# --- Writing ------------------------------------------------------------------------------------


class TreeSlots:
    """Paths and slugs for new children of the index, without a query per page."""

    def __init__(self, index):
        self.index = index
        last = index.get_last_child()
        self.next_step = Page._str2int(last.path[-Page.steplen :]) + 1 if last else 1
        self.slugs = set(Page.objects.child_of(index).values_list("slug", flat=True))
        self.added = 0

    def take(self, page):
        base = german_slug(page.title)[:80].strip("-") or "praxisprojekt"
        slug, number = base, 2
        while slug in self.slugs:
            slug, number = f"{base}-{number}", number + 1
        self.slugs.add(slug)
        page.slug = slug
        page.depth = self.index.depth + 1
        page.path = Page._get_path(self.index.path, page.depth, self.next_step)
        page.url_path = f"{self.index.url_path}{slug}/"
        page.locale_id = self.index.locale_id
        page._cached_parent_obj = self.index
        page._is_site_root = False
        self.next_step += 1
        self.added += 1

    def finish(self):
        if self.added:
            # get_children_count() trusts numchild, which is what we are fixing here.
            count = Page.objects.filter(
                path__startswith=self.index.path, depth=self.index.depth + 1
            ).count()
            Page.objects.filter(pk=self.index.pk).update(numchild=count)
            self.index.numchild = count


def apply_row(page, row, municipality, course, document_id, new=False):
    page.title = page.draft_title = row.title
    page.summary = row.summary
    for name in SECTIONS:
        setattr(page, name, paragraphs_to_html(row.sections.get(name, [])))
    page.municipality = municipality
    page.course = course
    page.year = row.year
    page.authors = row.authors
    if new:
        # What `themes.set` leaves on a page without themes, without taggit's diffing.
        page.theme_items.set([PageTheme(tag=theme) for theme in dict.fromkeys(row.themes)])
    else:
        page.themes.set(list(row.themes))
    if row.status is not None:
        page.status = row.status
    if row.target_groups is not None:
        page.target_groups = list(row.target_groups)
    if row.document:
        page.practice_paper_id = document_id
    if row.external_id:
        page.external_id = row.external_id


@contextmanager
def deferred_search_index(enabled=True):
    """Stop the per-save search update for practice projects; the import indexes in bulk."""
    if not enabled:
        yield
        return
    from modelsearch.signal_handlers import post_save_signal_handler

    disconnected = post_save.disconnect(post_save_signal_handler, sender=PracticeProjectPage)
    try:
        yield
    finally:
        if disconnected:
            post_save.connect(post_save_signal_handler, sender=PracticeProjectPage)


def import_projects(
    table: Table,
    *,
    publish=False,
    dry_run=False,
    documents_dir=None,
    user=None,
    progress=None,
    defer_index=True,
):
    """Import the rows of `table`; returns an ImportReport. Raises ImportAborted."""
    report = ImportReport(dry_run=dry_run, total=len(table.rows))
    index = PracticeProjectIndexPage.objects.first()
    if index is None:
        raise ImportAborted(
            "Es gibt noch keine Übersichtsseite „Praxisprojekte“. Bitte zuerst im Admin anlegen."
        )
    vocabulary = Vocabulary.load()
    rows, seen_ids, seen_titles = [], {}, {}
    for raw in table.rows:
        row, errors = parse_row(raw, vocabulary)
        if row is not None:
            duplicate = _duplicate_of(row, seen_ids, seen_titles)
            if duplicate:
                errors = [
                    RowError(
                        row.number,
                        duplicate[1],
                        f"Doppelte Zeile: dasselbe Projekt steht schon in Zeile {duplicate[0]}.",
                    )
                ]
                row = None
        report.errors.extend(errors)
        if row is not None:
            rows.append(row)
    if dry_run:
        with transaction.atomic():
            _run(rows, report, index, publish, documents_dir, user, progress, dry_run=True)
            transaction.set_rollback(True)
        return report
    with (
        deferred_search_index(defer_index),
        disable_reference_index_auto_update(),
        transaction.atomic(),
    ):
        updated, created = _run(rows, report, index, publish, documents_dir, user, progress)
    # New pages never went through save(), so they are indexed here in any case; as they are
    # in memory, without reading them back.
    search_index.index_pages(PracticeProjectPage, updated, created)
    return report


def _duplicate_of(row, seen_ids, seen_titles):
    """(first row, column) when the file already had this project: same external id, or same
    title and municipality where one of the two rows has no external id."""
    title_key = (row.title.casefold(), row.municipality.casefold())
    if row.external_id and row.external_id in seen_ids:
        return seen_ids[row.external_id], "external_id"
    earlier = seen_titles.get(title_key)
    if earlier and not (row.external_id and earlier[1]):
        return earlier[0], "title"
    if row.external_id:
        seen_ids[row.external_id] = row.number
    seen_titles.setdefault(title_key, (row.number, row.external_id))
    return None


def _run(rows, report, index, publish, documents_dir, user, progress, dry_run=False):
    atomic = RowAtomic()
    places = Places(report, dry_run, atomic)
    courses = Courses(report, dry_run, atomic)
    documents = Documents(documents_dir, report, dry_run, user, atomic)
    existing = ExistingProjects()
    slots = TreeSlots(index)
    creator = Creator(slots, publish, user)
    for done, row in enumerate(rows, start=1):
        try:
            with atomic:
                outcome = _import_row(
                    row, places, courses, documents, existing, creator, publish, user, dry_run
                )
        except RowFailed as failure:
            for resolver in (places, courses, documents):
                resolver.rollback()
            report.errors.append(failure.error)
        except DatabaseError as error:
            if not atomic.opened:
                raise  # no savepoint to return to: the import's transaction is broken
            for resolver in (places, courses, documents):
                resolver.rollback()
            logger.exception("Import of row %s failed", row.number)
            report.errors.append(
                RowError(row.number, None, f"Die Zeile konnte nicht gespeichert werden ({error}).")
            )
        else:
            for resolver in (places, courses, documents):
                resolver.commit()
            report.outcomes.append(outcome)
        if creator.full:
            # Outside the row's savepoint: a failure here is the whole import's, not a row's.
            creator.flush()
        if progress:
            progress(done, len(rows))
    if not dry_run:
        creator.finish()
        slots.finish()
    report.errors.sort(key=lambda error: error.row)
    updated = [o.page_id for o in report.outcomes if o.action == UPDATED and o.page_id]
    return updated, creator.created


def _import_row(row, places, courses, documents, existing, creator, publish, user, dry_run):
    atomic = places.atomic  # the row's, shared by the resolvers
    municipality = places.resolve(row)
    course = courses.resolve(row)
    document_id = documents.resolve(row) if row.document else None
    wanted = row_values(row, document_id)
    page_id = existing.match(row)
    if page_id is not None:
        current = existing.values[page_id]
        page = existing.objects[page_id]
        if fingerprint(current, wanted) == fingerprint(wanted):
            if not (publish and not page.live):
                return Outcome(row.number, UNCHANGED, row.title, page_id)
            # Same content, but now to be published: publish the latest revision as it is.
            if not dry_run:
                atomic.open()
                page.get_latest_revision().publish(user=user, skip_permission_checks=True)
            return Outcome(row.number, UPDATED, row.title, page_id)
        if dry_run:
            return Outcome(row.number, UPDATED, row.title, page_id)
        atomic.open()
        apply_row(page, row, municipality, course, document_id)
        if not page.live:
            # Drafts keep their row in step with the latest revision.
            page.save(clean=False)
        revision = page.save_revision(user=user, clean=False, log_action=True)
        if publish:
            revision.publish(user=user, skip_permission_checks=True)
        existing.values[page_id] = {**current, **wanted}
        return Outcome(row.number, UPDATED, row.title, page_id)
    if dry_run:
        return Outcome(row.number, CREATED, row.title)
    outcome = Outcome(row.number, CREATED, row.title)
    creator.create(row, municipality, course, document_id, outcome)
    return outcome


class Creator:
    """Creates new pages in batches: a handful of queries per 500 pages.

    `add_child`, `save_revision` and `publish` together cost dozens of queries per page (parent
    lookups, cluster commits, log entries, signals), which caps an import at a few pages a
    second. A new page needs none of that: its position is known, its themes and target groups
    are new rows, its revision is its first one. Updates of existing pages take the normal path.
    """

    BATCH = 500

    def __init__(self, slots, publish, user):
        self.slots, self.publish, self.user = slots, publish, user
        self.now = timezone.now()
        self.content_type = ContentType.objects.get_for_model(PracticeProjectPage)
        self.page_content_type = ContentType.objects.get_for_model(Page)
        self.pending = []
        self.created = []

    def create(self, row, municipality, course, document_id, outcome):
        now = self.now
        page = PracticeProjectPage(
            live=self.publish,
            has_unpublished_changes=not self.publish,
            first_published_at=now if self.publish else None,
            last_published_at=now if self.publish else None,
            latest_revision_created_at=now,
            content_type=self.content_type,
        )
        apply_row(page, row, municipality, course, document_id, new=True)
        self.slots.take(page)
        # Serialised while unsaved: all its relations are in memory, none is queried.
        self.pending.append((page, row, outcome, revision_content(page)))

    @property
    def full(self):
        return len(self.pending) >= self.BATCH

    def flush(self):
        if not self.pending:
            return
        pending, self.pending = self.pending, []
        pages = [page for page, *_ in pending]
        # The Page rows, then the PracticeProjectPage rows pointing at them (Django's
        # bulk_create refuses multi-table models).
        bulk.insert(Page, pages, returning_ids=True)
        for page in pages:
            page.page_ptr_id = page.id
        bulk.insert(PracticeProjectPage, pages, PracticeProjectPage._meta.local_concrete_fields)
        revisions = []
        for page, _row, _outcome, content in pending:
            for key in ("pk", "id", "page_ptr"):
                if key in content:
                    content[key] = page.pk
            revisions.append(
                Revision(
                    content_type=self.content_type,
                    base_content_type=self.page_content_type,
                    object_id=str(page.pk),
                    user=self.user,
                    content=content,
                    object_str=page.title,
                    created_at=self.now,
                )
            )
        bulk.insert(Revision, revisions, returning_ids=True)
        for page, revision in zip(pages, revisions, strict=True):
            page.latest_revision = revision
            if self.publish:
                page.live_revision = revision
        # Each new page has exactly one revision: one UPDATE finds it, where bulk_update
        # would build a CASE expression of 500 branches (in Python) per field.
        first_revision = Subquery(
            Revision.objects.filter(
                base_content_type=self.page_content_type,
                object_id=Cast(OuterRef("pk"), CharField()),
            )
            .order_by("pk")
            .values("pk")[:1]
        )
        links = {"latest_revision_id": first_revision}
        if self.publish:
            links["live_revision_id"] = first_revision
        Page.objects.filter(pk__in=[page.pk for page in pages]).update(**links)
        themes, groups, logs = [], [], []
        actions = ["wagtail.create"] + (["wagtail.publish"] if self.publish else [])
        for (page, row, outcome, _content), revision in zip(pending, revisions, strict=True):
            outcome.page_id = page.pk
            themes.extend((page.pk, theme.pk) for theme in row.themes)
            groups.extend((page.pk, group.pk) for group in row.target_groups or [])
            logs.extend((page.title, action, revision.pk, page.pk) for action in actions)
        # Rows that differ only in their ids and labels: no model instance each.
        bulk.insert_varying(PageTheme, PageTheme(), ["content_object", "tag"], themes)
        through = PracticeProjectPage.target_groups.through
        bulk.insert_varying(through, through(), ["practiceprojectpage", "targetgroup"], groups)
        log = PageLogEntry(
            content_type=self.content_type, timestamp=self.now, user=self.user, content_changed=True
        )
        bulk.insert_varying(PageLogEntry, log, ["label", "action", "revision", "page"], logs)
        for page, row, _outcome, _content in pending:
            related = {
                "themes": row.themes,
                "keywords": [],
                "target_groups": row.target_groups or [],
            }
            self.created.append(search_index.as_loaded(page, related))

    def finish(self):
        self.flush()


def revision_content(page):
    """`page.serializable_data()`, reading plain fields directly (modelcluster's
    `get_field_value` costs ~10 µs a field, and a page has 50)."""
    data = {"pk": get_field_value(_root_pk(type(page)), page)}
    for model_field, fast in _serialized_fields(type(page)):
        if not fast:
            value = get_field_value(model_field, page)
        else:
            value = getattr(page, model_field.attname)
            plain = value is None or type(value) in PLAIN
            if model_field.remote_field is None and not plain:
                value = get_field_value(model_field, page)
        data[model_field.name] = value
    for relation in _child_relations(type(page)):
        name = relation.get_accessor_name()
        children = getattr(page, name).all()
        if hasattr(relation.related_model, "serializable_data"):
            data[name] = [child.serializable_data() for child in children]
        else:
            data[name] = [get_serializable_data_for_fields(child) for child in children]
    for m2m in _child_m2m_relations(type(page)):
        if m2m.serialize:
            data[m2m.name] = [child.pk for child in getattr(page, m2m.name).all()]
    return data


# Values modelcluster keeps as they are (`is_protected_type`) or turns into themselves (str).
PLAIN = (str, int, bool, float)


# modelcluster scans every field of the model on each call; the answer depends on the class.
_child_relations = functools.cache(get_all_child_relations)
_child_m2m_relations = functools.cache(get_all_child_m2m_relations)


@functools.cache
def _root_pk(model):
    pk = model._meta.pk
    while pk.remote_field and pk.remote_field.parent_link:
        pk = pk.remote_field.model._meta.pk
    return pk


@functools.cache
def _serialized_fields(model):
    """(field, fast) for the serialised fields; fast: the value needs no `pre_save` or
    `value_to_string` of the field's own."""
    return tuple(
        (
            field,
            field.remote_field is not None
            or (
                type(field).pre_save is Field.pre_save
                and type(field).value_to_string is Field.value_to_string
            ),
        )
        for field in model._meta.fields
        if field.serialize
    )


def import_file(filename, data, **options):
    """Read and import a file; a file-level problem ends up in `report.file_error`."""
    from .readers import read_table

    try:
        table = read_table(filename, data)
    except FileError as error:
        return ImportReport(dry_run=options.get("dry_run", False), file_error=str(error))
    try:
        return import_projects(table, **options)
    except ImportAborted as error:
        return ImportReport(dry_run=options.get("dry_run", False), file_error=str(error))
