"""Meaning beyond the author's words: German synonyms from OpenThesaurus.

The data is Debian's package `openthesaurus-de-text` (OpenThesaurus, LGPL 2.1; one synonym set a
line, `;`-separated, notes in parentheses). It is read once per process, on the first search
that needs it (about 30,000 sets). Where the file is missing the search works without
expansions and logs that once (`apt-get install openthesaurus-de-text`, or
SEARCH_THESAURUS_PATH).

A query word is expanded with the single words that share one of its synonym sets: "Urlaub"
also finds "Ferien", "Firma" also "Betrieb", and so does an inflected form whose stem differs
from its lemma's ("Firmen", see `inflections`). Expansions weigh less than the words typed (see
`search.ranking`); large sets are vague ("Familie": Sippe, Clan, Anhang, ...) and are left out,
and editors switch off a bad expansion in the admin (`search.models.ExpansionBlock`).
"""

import logging
import pickle
import re
import tempfile
import threading
from functools import cache, lru_cache
from pathlib import Path

from django.conf import settings

logger = logging.getLogger(__name__)

DEFAULT_PATH = "/usr/share/openthesaurus-de/openthesaurus.txt"
# Bump when what `load` and friends build changes: the pickles of the old build are then unused.
BUILD_VERSION = 2
# Sets with more single words than this are too vague to search with.
MAX_SET = 16
# Words with these notes are insults or out of use: never searched for, never expanded from.
UNWANTED_NOTES = ("derb", "vulgär", "abwertend", "veraltet", "beleidigend", "Jargon")
# Endings of an inflected adjective ("freiwillig": freiwillige, freiwilligen, ...).
ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")
NOTE = re.compile(r"\(([^)]*)\)")
WORD = re.compile(r"^[^\W\d_]+(?:-[^\W\d_]+)*$")

_lock = threading.Lock()
_table: dict | None = None
_words_by_stem: dict | None = None


def path() -> Path:
    return Path(getattr(settings, "SEARCH_THESAURUS_PATH", "") or DEFAULT_PATH)


def _words(line: str) -> list[str]:
    """The wanted single words of one synonym set line."""
    words = []
    for entry in line.split(";"):
        notes = " ".join(NOTE.findall(entry))
        if any(note in notes for note in UNWANTED_NOTES):
            continue
        word = NOTE.sub("", entry).strip()
        if WORD.match(word):
            words.append(word)
    return words


def load(source: Path) -> dict[tuple[str, bool], tuple[str, ...]]:
    """{(stem, capitalised): stems of its synonyms} from a file in OpenThesaurus's format.

    Capitalisation tells nouns from other words that share a stem ("Firmen" the companies,
    "firm" the adjective); smaller sets come first, they are the more exact ones.
    """

    found: dict[tuple[str, bool], list[tuple[int, tuple[str, ...]]]] = {}
    with source.open(encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("#") or ";" not in line:
                continue
            words = _words(line.strip())
            if not 2 <= len(words) <= MAX_SET:
                continue
            stems = [(stem, word[:1].isupper()) for word in words for stem in word_stems(word)]
            members = tuple(dict.fromkeys(stem for stem, _upper in stems if stem))
            for key in dict.fromkeys(stems):
                if key[0]:
                    found.setdefault(key, []).append((len(members), members))
    table = {}
    for (stem, upper), sets in found.items():
        ordered = (other for _size, members in sorted(sets) for other in members)
        table[(stem, upper)] = tuple(o for o in dict.fromkeys(ordered) if o != stem)
    forms = inflections()
    for key, lemmas in forms.items():
        lemmas = [lemma for lemma in lemmas if (lemma, key[1]) in table]
        if lemmas:
            own = table.get(key, ())
            merged = (*own, *lemmas, *(o for lemma in lemmas for o in table[(lemma, key[1])]))
            table[key] = tuple(o for o in dict.fromkeys(merged) if o != key[0])
    return table


def word_stems(word: str) -> tuple[str, ...]:
    """The stem of a thesaurus word; for an agent noun of an -ern verb also the stem of its -ung
    noun, which the word's compounds hold: Snowball takes -er twice from "Einwanderer"
    (einwand), once from "Einwanderung" (einwander), the index term of "Einwanderungsgeschichte".
    """
    from .analysis import fold, word_stem

    stem = word_stem(word)
    if stem and fold(word).endswith("erer"):
        return (stem, stem + "er")
    return (stem,)


def inflections() -> dict[tuple[str, bool], tuple[str, ...]]:
    """{(stem of an inflected form, capitalised): stems of its lemmas}, for the forms whose stem
    differs from their lemma's: "Firmen" (stem "firm") is a form of "Firma" (stem "firma"),
    "Themen" of "Thema". A query word finds the synonyms of its lemma through it.

    The forms come from simplemma's German dictionary (MIT, from Wiktionary): about a million,
    read once per machine (cached like the thesaurus, see `_cached`).
    """
    return _cached(_forms_source(), _load_inflections, "inflections")


def _forms_source() -> Path:
    """simplemma's German dictionary of forms (the cached tables are keyed on this file)."""
    from simplemma.strategies.dictionaries import dictionary_factory

    return dictionary_factory.DATA_FOLDER / "de.plzma"


def names_people(token: str, stem: str) -> bool:
    """Whether a capitalised word is an adjective that names people: "die Freiwilligen",
    "Ältere", "Ehrenamtliche" (an adjective's ending, and the stem of an adjective's inflected
    form). Such a word expands like the adjective as well as like a noun of its stem."""
    return token.endswith(ADJECTIVE_ENDINGS) and stem in adjective_stems()


@cache
def adjective_stems() -> frozenset[str]:
    """Stems of the inflected forms of adjectives and participles ("freiwillige", "ältere"),
    from simplemma's German dictionary (as `inflections`); read once per process."""
    return _cached(_forms_source(), _load_adjective_stems, "adjective-stems")


def _load_adjective_stems(source: Path) -> frozenset[str]:
    from simplemma.strategies.dictionaries.dictionary_factory import DefaultDictionaryFactory

    from .analysis import word_stem

    return frozenset(
        word_stem(form)
        for form, lemma in DefaultDictionaryFactory().get_dictionary("de").items()
        if form != lemma
        and form[:1].islower()
        and lemma[:1].islower()
        and form.endswith(ADJECTIVE_ENDINGS)
        # Verbs' forms have lemmas in -en ("gingen": gehen), not adjectives'.
        and not lemma.endswith(("en", "ern", "eln"))
        and form.isalpha()
    ) - {""}


def _load_inflections(source: Path) -> dict[tuple[str, bool], tuple[str, ...]]:
    from simplemma.strategies.dictionaries.dictionary_factory import DefaultDictionaryFactory

    from .analysis import word_stem

    found: dict[tuple[str, bool], dict[str, None]] = {}
    for form, lemma in DefaultDictionaryFactory().get_dictionary("de").items():
        upper = lemma[:1].isupper()
        if form[:1].isupper() != upper or not WORD.match(form):
            continue
        form_stem, lemma_stem = word_stem(form), word_stem(lemma)
        if form_stem and lemma_stem and form_stem != lemma_stem:
            found.setdefault((form_stem, upper), {})[lemma_stem] = None
    return {key: tuple(lemmas) for key, lemmas in found.items()}


def table() -> dict[str, tuple[str, ...]]:
    """The loaded thesaurus ({} when its file is missing); read once per process."""
    global _table
    if _table is None:
        with _lock:
            if _table is None:
                source = path()
                try:
                    _table = _cached(source, name="thesaurus-with-forms")
                except OSError as error:
                    logger.warning(
                        "Thesaurus %s nicht lesbar (%s): Suche ohne Erweiterungen. "
                        "Abhilfe: apt-get install openthesaurus-de-text",
                        source,
                        error.strerror or error,
                    )
                    _table = {}
    return _table


def _cached(source: Path, build=load, name="thesaurus") -> dict:
    """`build(source)`, kept in a pickle beside the temporary files: parsing takes seconds,
    reading the pickle a fraction of one. A changed source file gets a new pickle."""
    stat = source.stat()
    key = f"{name}-v{BUILD_VERSION}-{stat.st_mtime_ns}-{stat.st_size}"
    cache = Path(tempfile.gettempdir()) / f"famnrw-{key}.pickle"
    try:
        with cache.open("rb") as infile:
            return pickle.load(infile)  # noqa: S301 - our own file, written below
    except (OSError, pickle.UnpicklingError, EOFError):
        pass
    table = build(source)
    try:
        partial = cache.with_suffix(f".{threading.get_ident()}.tmp")
        with partial.open("wb") as outfile:
            pickle.dump(table, outfile, protocol=pickle.HIGHEST_PROTOCOL)
        partial.replace(cache)
    except OSError:  # pragma: no cover - a read-only temporary folder: parse every time
        pass
    return table


def load_words(source: Path) -> dict[str, str]:
    """{stem: the first word of the file with that stem}: the words behind `table()`'s stems,
    for a search engine that analyses words itself (search.backends.query)."""
    words: dict[str, str] = {}
    with source.open(encoding="utf-8") as lines:
        for line in lines:
            if not line.startswith("#") and ";" in line:
                for word in _words(line.strip()):
                    stem, *action = word_stems(word)
                    words.setdefault(stem, word)
                    for other in action:  # the -ung noun: Zuwanderer -> Zuwanderung
                        words.setdefault(other, word[:-2] + "ung")
    words.pop("", None)
    return words


def words_by_stem() -> dict[str, str]:
    """`load_words` of the thesaurus ({} when its file is missing); read once per process."""
    global _words_by_stem
    if _words_by_stem is None:
        with _lock:
            if _words_by_stem is None:
                try:
                    _words_by_stem = _cached(path(), load_words, "thesaurus-words")
                except OSError:
                    _words_by_stem = {}  # table() logs the missing file
    return _words_by_stem


def forget() -> None:
    """Read the file again on next use (tests, a changed SEARCH_THESAURUS_PATH)."""
    global _table, _words_by_stem
    _table = _words_by_stem = None
    candidates.cache_clear()


@lru_cache(maxsize=20_000)
def candidates(stem: str, capitalised: bool, adjective: bool = False) -> tuple[str, ...]:
    """Stems of the words that share a synonym set with the word of `stem`, exact sets first.

    A capitalised word (a noun) looks at nouns only, and then at adjectives when it is one that
    names people (`adjective`, see `names_people`); a word typed in lower case at all words.
    """
    nouns = table().get((stem, True), ())
    if capitalised and not adjective:
        return nouns
    others = table().get((stem, False), ())
    return tuple(dict.fromkeys((*nouns, *others) if capitalised else (*others, *nouns)))
