"""What the search keeps beside the pages: the editors' synonyms and the text of documents."""

from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.documents import get_document_model_string


class Synonym(models.Model):
    """A group of words the search treats as the same (Kita, Kindertagesstätte, ...).

    Editors maintain the groups in the admin; the search reads them at query and index time.
    """

    terms = models.TextField(
        _("Begriffe"),
        help_text=_(
            "Gleichbedeutende Begriffe, durch Kommas getrennt, z. B. „Kita, Kindertagesstätte“."
        ),
    )
    note = models.CharField(_("Notiz"), max_length=200, blank=True)

    panels = [FieldPanel("terms"), FieldPanel("note")]

    class Meta:
        verbose_name = _("Synonymgruppe")
        verbose_name_plural = _("Synonyme")
        ordering = ["terms"]

    def __str__(self):
        return self.terms[:80]

    @property
    def term_list(self) -> list[str]:
        return [term.strip() for term in self.terms.split(",") if term.strip()]


class ExpansionBlock(models.Model):
    """A thesaurus expansion editors switched off: the search no longer adds `expansion` (or,
    left empty, any thesaurus word) to a search for `word`."""

    word = models.CharField(
        _("Suchwort"), max_length=100, help_text=_("Das Wort, wie Besucher es eingeben.")
    )
    expansion = models.CharField(
        _("Erweiterung"),
        max_length=100,
        blank=True,
        help_text=_("Das Wort aus dem Thesaurus, das nicht mehr mitgesucht wird; leer: keines."),
    )
    note = models.CharField(_("Notiz"), max_length=200, blank=True)

    panels = [FieldPanel("word"), FieldPanel("expansion"), FieldPanel("note")]

    class Meta:
        verbose_name = _("Abgeschaltete Erweiterung")
        verbose_name_plural = _("Abgeschaltete Erweiterungen")
        ordering = ["word", "expansion"]

    def __str__(self):
        return f"{self.word} → {self.expansion or '*'}"


class DocumentText(models.Model):
    """The plain text extracted from an uploaded document (PDF), kept for the search."""

    document = models.OneToOneField(
        get_document_model_string(), on_delete=models.CASCADE, related_name="extracted_text"
    )
    text = models.TextField(blank=True)
    file_hash = models.CharField(max_length=64, blank=True)
    extracted_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("Dokumenttext")
        verbose_name_plural = _("Dokumenttexte")

    def __str__(self):
        return str(self.document)


class SearchEntry(models.Model):
    """One searchable page, denormalised: what the results, facets and filters read.

    Maintained by `search.indexing` on publish, unpublish, move, delete and restriction changes.
    Access is checked at query time from `path` (see `knowledge.access.hidden_paths`) and
    `expire_at`; only live pages have an entry. Searches filter, count and sort in the
    process's `search.snapshot`, not in SQL: so the table carries no index on its facet and
    sort columns, each of which would only slow down every write.
    """

    page = models.OneToOneField(
        "wagtailcore.Page", primary_key=True, on_delete=models.CASCADE, related_name="+"
    )
    kind = models.CharField(max_length=40)
    title = models.CharField(max_length=255)
    title_folded = models.CharField(max_length=260)
    url = models.CharField(max_length=500, blank=True)
    path = models.CharField(max_length=255, db_index=True)
    municipality_slug = models.CharField(max_length=120, blank=True)
    municipality_name = models.CharField(max_length=120, blank=True)
    kreis_slug = models.CharField(max_length=120, blank=True)
    kreis_name = models.CharField(max_length=120, blank=True)
    year = models.PositiveSmallIntegerField(null=True, blank=True)
    published = models.DateTimeField(null=True, blank=True)
    sort_key = models.BigIntegerField(default=0, help_text="Publication time as epoch seconds.")
    facet_codes = models.TextField(
        blank=True, help_text="Facet values as space-separated facet=value tokens, for counting."
    )
    expire_at = models.DateTimeField(null=True, blank=True)
    public = models.BooleanField(default=True)
    themes = models.JSONField(default=list, blank=True)
    search_vector = SearchVectorField(null=True, editable=False)

    class Meta:
        verbose_name = _("Suchindex-Eintrag")
        verbose_name_plural = _("Suchindex")

    def __str__(self):
        return self.title


class SearchEntryText(models.Model):
    """The original text of an entry, for snippets; apart so that scans of entries stay narrow."""

    entry = models.OneToOneField(
        SearchEntry, primary_key=True, on_delete=models.CASCADE, related_name="text"
    )
    summary = models.TextField(blank=True)
    # Names of themes, keywords, place and target groups, as a search engine indexes them.
    meta = models.TextField(blank=True)
    body = models.TextField(blank=True)
    documents = models.TextField(blank=True)

    def __str__(self):
        return str(self.entry_id)


class SearchEntryTag(models.Model):
    """A facet value of an entry that can occur several times (themes, target groups)."""

    entry = models.ForeignKey(SearchEntry, on_delete=models.CASCADE, related_name="tags")
    facet = models.CharField(max_length=12)
    slug = models.CharField(max_length=120)
    label = models.CharField(max_length=200)

    class Meta:
        indexes = [models.Index(fields=["facet", "slug"], name="search_tag_facet_slug")]

    def __str__(self):
        return f"{self.facet}: {self.slug}"


class SearchPosting(models.Model):
    """One index term of one entry and its weight there (see `search.ranking`).

    The weight (`impact`, thousandths) is BM25's term-frequency part, computed when the page is
    indexed: matches in title and summary count more than in the body, long pages are normalised
    by their length. The engine adds the terms' rarity (idf) at query time. Kept apart from the
    full-text data because neither FTS5's bm25 (no weight for a word in most pages) nor
    PostgreSQL's ts_rank (no idf, no length normalisation) ranks a large collection well.
    """

    pk = models.CompositePrimaryKey("page_id", "term", "impact")
    term = models.CharField(max_length=100)
    page_id = models.IntegerField()
    impact = models.SmallIntegerField()

    class Meta:
        verbose_name = _("Gewicht eines Suchbegriffs")
        # A term's postings in the order of their weight: the top hits read only the heaviest
        # (search.topk).
        indexes = [
            models.Index(fields=["term", "impact", "page_id"], name="search_posting_heaviest")
        ]

    def __str__(self):
        return f"{self.term} {self.page_id}"


class SearchTerm(models.Model):
    """The index vocabulary of public pages: each term with the number of pages holding it.

    Read for "Meinten Sie …?" and typo lookup; restricted pages never contribute, so a
    suggestion cannot reveal what they contain.
    """

    term = models.CharField(max_length=100, primary_key=True)
    doc_count = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("Suchbegriff im Index")

    def __str__(self):
        return self.term


class SearchQueryLog(models.Model):
    """How often a query was searched on a day and how many results it found last time."""

    query = models.CharField(_("Suchanfrage"), max_length=200)
    day = models.DateField(_("Tag"))
    searches = models.PositiveIntegerField(_("Suchen"), default=0)
    hits = models.PositiveIntegerField(_("Treffer"), default=0)

    class Meta:
        verbose_name = _("Suchanfrage")
        verbose_name_plural = _("Suchanfragen")
        constraints = [
            models.UniqueConstraint(fields=["query", "day"], name="search_querylog_query_day")
        ]
        indexes = [models.Index(fields=["day", "query"], name="search_querylog_day")]

    def __str__(self):
        return self.query


class IndexState(models.Model):
    """One row: where the search index stands, for the processes that keep it in memory.

    `token` changes when the index is cleared (processes load it again); `version` grows with
    every write, which logs its pages in `SearchChange` (processes patch what they keep).
    Writers take this row's lock, so versions become visible in order.
    """

    token = models.CharField(max_length=32)
    version = models.BigIntegerField(default=0)
    # The oldest version whose changes are still logged (older ones were pruned).
    kept_from = models.BigIntegerField(default=0)

    def __str__(self):
        return self.token


class SearchChange(models.Model):
    """A page that a write to the search index added, changed or removed, at `version`."""

    version = models.BigIntegerField(db_index=True)
    page_id = models.IntegerField()

    def __str__(self):
        return f"{self.version}: {self.page_id}"


class EngineUpdate(models.Model):
    """A page whose index entry a search cluster has not received yet (see search.backends.sync).

    Written in the transaction of every change to the database index, removed once the cluster
    has the page's current state; a failed attempt is retried after `retry_at`.
    """

    # No foreign key: a deleted page must still be taken out of the cluster.
    page_id = models.IntegerField(primary_key=True)
    # Changes with every new change of the page: only the version that was sent is removed.
    token = models.UUIDField()
    queued_at = models.DateTimeField()
    retry_at = models.DateTimeField(db_index=True)
    attempts = models.PositiveIntegerField(default=0)
    error = models.CharField(max_length=300, blank=True)

    class Meta:
        verbose_name = _("ausstehende Aktualisierung der Suchmaschine")
        verbose_name_plural = _("ausstehende Aktualisierungen der Suchmaschine")

    def __str__(self):
        return str(self.page_id)
