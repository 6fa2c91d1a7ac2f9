"""German language analysis for the search index and the queries.

The same analysis runs on the indexed text and on the query, for every database backend:

- case folding, umlauts and ß folded (``Väter`` = ``Vaeter``, ``Straße`` = ``Strasse``);
- stop words and question words dropped (``Wie organisiere ich Ferienbetreuung?``);
- Snowball's German stemmer (PyStemmer): ``Familie``/``Familien``, ``Managerin``/``Managerinnen``;
- compounds split into their parts with a frequency list (wordfreq): ``Kinderbetreuung`` is also
  indexed as ``kind`` and ``betreu``, ``Zertifikatskurs`` as ``zertifikat`` and ``kurs``;
- the editors' synonym groups (``search.models.Synonym``): every member of a group also gets the
  group's canonical term, so ``Kita`` finds ``Kindertagesstätte``;
- typos: an unknown longer query word also matches index terms at edit distance 1.

Two functions form the interface the engine uses:

- ``index_terms(text)``: the terms stored in the full-text index for a text, in order;
- ``query_groups(query, known_terms)``: one group per meaningful query word, each listing the
  index terms any of which counts as a match for that word.
"""

import gzip
import importlib.util
import re
import threading
import time
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import msgpack
import Stemmer

from . import thesaurus

# --- Normalisation ----------------------------------------------------------------------------

# A word: letters and digits, hyphenated parts kept together ("Gesamt-Strategie", "U3-Betreuung").
TOKEN = re.compile(r"[^\W_]+(?:-[^\W_]+)*", re.UNICODE)
UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
NOT_ALNUM = re.compile(r"[^a-z0-9]+")
# No German word is longer; a longer run of letters is noise and is cut before any analysis
# (a 3,000-letter "word" would otherwise cost seconds and gigabytes in compounds and typos).
MAX_WORD = 60


def tokens(text: str) -> list[str]:
    """The words of `text`, each cut to MAX_WORD characters: the entry of every analysis."""
    return [token[:MAX_WORD] for token in TOKEN.findall(text or "")]


def fold(word: str) -> str:
    """Lower case, umlauts as ae/oe/ue, ß as ss, other accents dropped, only a-z and 0-9 kept."""
    word = word.casefold().translate(UMLAUTS)
    if not word.isascii():
        word = unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode("ascii")
    return NOT_ALNUM.sub("", word)


def _split(text: str) -> list[str]:
    return text.split()


# Snowball's German stop-word list, plus question and filler words of search queries.
STOP_WORDS = frozenset(
    fold(word)
    for word in _split(
        """
    aber alle allem allen aller alles als also am an ander andere anderem anderen anderer anderes
    anderm andern anders auch auf aus bei bin bis bist da damit dann der den des dem die das dass
    daß derselbe derselben denselben desselben demselben dieselbe dieselben dasselbe dazu dein
    deine deinem deinen deiner deines denn derer dessen dich dir du dies diese diesem diesen dieser
    dieses doch dort durch ein eine einem einen einer eines einig einige einigem einigen einiger
    einiges einmal er ihn ihm es etwas euer eure eurem euren eurer eures für gegen gewesen hab habe
    haben hat hatte hatten hier hin hinter ich mich mir ihr ihre ihrem ihren ihrer ihres euch im in
    indem ins ist jede jedem jeden jeder jedes jene jenem jenen jener jenes jetzt kann kein keine
    keinem keinen keiner keines können könnte machen man manche manchem manchen mancher manches
    mein meine meinem meinen meiner meines mit muss musste nach nicht nichts noch nun nur ob oder
    ohne sehr sein seine seinem seinen seiner seines selbst sich sie ihnen sind so solche solchem
    solchen solcher solches soll sollte sondern sonst über um und uns unsere unserem unseren unser
    unseres unter viel vom von vor während war waren warst was weg weil weiter welche welchem
    welchen welcher welches wenn werde werden wie wieder will wir wird wirst wo wollen wollte würde
    würden zu zum zur zwar zwischen
    ab ans aufs beim übers sei seien wäre wären wurde wurden worden kannst könnt können müssen
    wann warum weshalb wieso wer wem wen wessen woher wohin womit wofür worüber wozu welches
    gibt gib geben gibts finde finden findet möchte möchten möchtest bitte mal eigentlich etwa
    bekomme bekommen bekommt kriege kriegen kriegt
    ja nein schon gern gerne
    and or not the of
    """
    )
)


_stemmer = threading.local()
# Latin plurals Snowball cannot relate to their singular (Jugendzentren, Gremien).
LATIN_PLURALS = (
    ("zentren", "zentrum"),
    ("gremien", "gremium"),
    ("museen", "museum"),
    ("ministerien", "ministerium"),
    ("kriterien", "kriterium"),
    ("praktika", "praktikum"),
    ("curricula", "curriculum"),
    ("zentrums", "zentrum"),
)


def _stem(word: str) -> str:
    stemmer = getattr(_stemmer, "german", None)
    if stemmer is None:
        stemmer = _stemmer.german = Stemmer.Stemmer("german")
    # Plural -s after a vowel, which Snowball keeps: Kitas, Azubis, Omas, Fotos, Babys.
    if len(word) >= 5 and word[-1] == "s" and word[-2] in "aoy" and word[-3] not in "aeiou":
        word = word[:-1]
    for plural, singular in LATIN_PLURALS:
        if word.endswith(plural):
            word = word[: -len(plural)] + singular
            break
    return stemmer.stemWord(word)


# --- Word list for compounds ------------------------------------------------------------------

# Parts of three letters are too often fragments (ver-, ent-, and): only these real words count.
SHORT_PARTS = frozenset(
    _split(
        "amt tag rat ort bad alt neu not rad see hof bau typ kur tor tal zoo eis oel arm tat "
        "lob ruf rom ehe heim oma opa"
    )
)
# Words the frequency list lacks or ranks too low, from the domain of family policy.
DOMAIN_WORDS = {
    "kita": 450,
    "kitas": 400,
    "ogs": 350,
    "familienmanagement": 300,
    "familienmanager": 300,
    "familienmanagerin": 300,
    "familienzentrum": 350,
    "familienzentren": 350,
    "familienbildung": 350,
    "familienbericht": 350,
    "familienberichterstattung": 300,
    "jugendhilfe": 380,
    "sozialraum": 350,
    "ganztag": 380,
    "tagespflege": 350,
    "tagesmutter": 350,
    "tagesmuetter": 350,
    "quartier": 400,
    "netzwerk": 450,
    "demografie": 380,
    "alleinerziehende": 380,
    "alleinerziehend": 350,
    "senioren": 420,
    "elterncafe": 300,
    "zertifikat": 380,
}
# A part must be at least this frequent (Zipf scale x 100: 300 = once per million words).
MIN_PART = 300
# Heads that are suffixes or grammatical words rather than the last part of a compound.
NOT_HEADS = frozenset(_split("innen ende enden ungen lich lichen heit keit schaft ismus"))
# Frequent fragments that are no parts: prefixes of participles, endings of adjectives.
NOT_PARTS = frozenset(
    _split(
        "chen isch lich igen iger erin sten ling ange ausg ausge zuge uebe abge einge vorge ente "
        "ueberge wiede"
    )
)
# Parts of four letters must be more frequent than longer ones (fewer chance hits).
MIN_SHORT_PART = 350
# Linking elements between the parts of a compound (Fugenelemente): Zertifikat-s-kurs.
LINKS = ("s", "es", "n", "en", "er", "e", "ns", "ens", "nen")


def _frequency_buckets() -> list[list[str]]:
    """wordfreq's German list of words at least once per million (its "small" list).

    Read straight from the package's data file (cBpack: gzipped msgpack, header then one list of
    words per centibel of frequency): importing wordfreq itself takes a second.
    """
    spec = importlib.util.find_spec("wordfreq")
    path = Path(spec.submodule_search_locations[0]) / "data" / "small_de.msgpack.gz"
    try:
        with gzip.open(path, "rb") as infile:
            data = msgpack.load(infile, raw=False)
        if data[0].get("format") != "cB" or data[0].get("version") != 1:
            raise ValueError(data[0])
        return data[1:]
    except (OSError, ValueError, AttributeError):  # pragma: no cover - another wordfreq layout
        from wordfreq import get_frequency_list

        return get_frequency_list("de", "small")


@lru_cache(maxsize=1)
def lexicon() -> dict[str, int]:
    """Folded German word -> frequency (Zipf scale x 100), from wordfreq and the domain words."""
    words: dict[str, int] = {}
    for bucket, bucket_words in enumerate(_frequency_buckets()):
        zipf = 900 - bucket  # buckets are centibels: frequency = 10 ** (-bucket / 100)
        for word in bucket_words:
            if len(word) >= 3 and word.isalpha():
                key = word.translate(UMLAUTS)
                if not key.isascii():
                    key = fold(key)
                if key not in words:
                    words[key] = zipf
    for word, zipf in DOMAIN_WORDS.items():
        words[word] = max(words.get(word, 0), zipf)
    return words


def _part_score(part: str, head: bool) -> int:
    """Frequency of a compound part (0 if it is no word); modifiers may carry a linking element."""
    words = lexicon()
    if head and part in NOT_HEADS:
        return 0

    def score(candidate):
        if len(candidate) < 3 or (len(candidate) == 3 and candidate not in SHORT_PARTS):
            return 0
        if candidate in STOP_WORDS or candidate in NOT_PARTS:
            return 0
        value = words.get(candidate, 0)
        minimum = MIN_SHORT_PART if len(candidate) == 4 else MIN_PART
        return value if value >= minimum else 0

    best = score(part)
    if not head:
        for link in LINKS:
            if part.endswith(link) and len(part) - len(link) >= 3:
                best = max(best, score(part[: -len(link)]))
        best = max(best, score(part + "e"))  # Schul-sozialarbeit, Kirch-turm
        best = max(best, score(part + "en"))  # a verb's stem: Leih-oma, Fahr-dienst
    return best


@lru_cache(maxsize=50_000)
def _best_split(word: str, head: bool = True, whole: bool = True) -> tuple[tuple[str, ...], float]:
    """The segmentation of `word` into known parts with the highest mean frequency.

    Koehn and Knight's method: the geometric mean of the parts' frequencies (the arithmetic mean
    on the log scale) decides between segmentations. Returns ((), 0) if there is none.
    """
    best: tuple[tuple[str, ...], float] = ((), 0.0)
    single = _part_score(word, head) if whole else 0
    if single:
        best = ((word,), float(single))
    for cut in range(3, len(word) - 2):
        modifier, rest = word[:cut], word[cut:]
        modifier_score = _part_score(modifier, head=False)
        if not modifier_score:
            continue
        rest_parts, rest_score = _best_split(rest, head)
        if not rest_parts:
            continue
        parts = (modifier, *rest_parts)
        score = (modifier_score + rest_score * len(rest_parts)) / len(parts)
        if score > best[1] or (score == best[1] and len(parts) < len(best[0])):
            best = (parts, score)
    return best


@lru_cache(maxsize=50_000)
def split_compound(word: str) -> tuple[str, ...]:
    """The parts of a folded compound, finest segmentation (empty tuple if it is no compound).

    ``kinderbetreuung`` -> (kinder, betreuung); ``bildungsberichterstattung`` -> (bildungs,
    bericht, erstattung). A frequent word that is no compound stays whole (``verwaltung``).
    """
    if len(word) < 6 or not word.isalpha():
        return ()
    parts, score = _best_split(word)
    if len(parts) < 2 or score <= lexicon().get(word, 0):
        return ()
    finer: list[str] = []
    for index, part in enumerate(parts):
        head = index == len(parts) - 1
        sub = _inner_split(part, head)
        finer.extend(sub or (part,))
    return tuple(finer)


def _inner_split(part: str, head: bool) -> tuple[str, ...]:
    """Split a part further when all its pieces are known, long words (Bericht-erstattung)."""
    if len(part) < 7:
        return ()
    sub, _score = _best_split(part, head, whole=False)
    # Only long pieces: short ones inside a known word are mostly chance (Gene-rat-ionen).
    return sub if len(sub) >= 2 and all(len(piece) >= 5 for piece in sub) else ()


# --- Per word ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class WordTerms:
    primary: str  # the stem of the whole word
    extra: tuple[str, ...]  # stems of compound parts and of runs of parts


@lru_cache(maxsize=200_000)
def analyse_word(token: str) -> WordTerms | None:
    """Index terms for one token of text (None for stop words and noise)."""
    if "-" in token:
        pieces = [fold(piece) for piece in token.split("-")]
        pieces = [piece for piece in pieces if piece]
        if not pieces:
            return None
        if len(pieces) == 1:
            return analyse_word(pieces[0])
        extra: list[str] = []
        for piece in pieces:
            terms = analyse_word(piece)
            if terms:
                extra.append(terms.primary)
                extra.extend(terms.extra)
        joined = "".join(pieces)[:MAX_WORD]
        return WordTerms(_stem(joined), _dedupe(extra, exclude=_stem(joined)))
    word = fold(token)[:MAX_WORD]
    if not word or word in STOP_WORDS or (len(word) == 1 and not word.isdigit()):
        return None
    primary = _stem(word)
    parts = split_compound(word)
    if not parts:
        return WordTerms(primary, ())
    extra = [_stem(_strip_link(part)) for part in parts if _strip_link(part) not in STOP_WORDS]
    # Runs of neighbouring parts: Bildungs+bericht of Bildungsberichterstattung.
    for start in range(len(parts)):
        for end in range(start + 2, len(parts) + 1):
            if end - start < len(parts):
                extra.append(_stem("".join(parts[start:end])))
    return WordTerms(primary, _dedupe(extra, exclude=primary))


def word_stem(token: str) -> str:
    """The stem `analyse_word` gives a word (without looking for compound parts); "" for none."""
    pieces = [fold(piece) for piece in token.split("-")]
    word = "".join(pieces)[:MAX_WORD]
    if not word or word in STOP_WORDS or len(word) == 1:
        return ""
    return _stem(word)


def _strip_link(part: str) -> str:
    """The part without a linking element, if that is the known word (bildungs -> bildung)."""
    words = lexicon()
    if words.get(part, 0) >= MIN_PART:
        return part
    for link in LINKS:
        base = part[: -len(link)]
        if part.endswith(link) and words.get(base, 0) >= MIN_PART:
            return base
    if words.get(part + "e", 0) >= MIN_PART:
        return part + "e"
    return part


def _dedupe(terms: Iterable[str], exclude: str = "") -> tuple[str, ...]:
    return tuple(term for term in dict.fromkeys(terms) if term and term != exclude)


# --- Synonyms ---------------------------------------------------------------------------------

SYNONYM_VERSION_KEY = "search:synonyms:version"
SYNONYM_RECHECK_SECONDS = 5.0


@dataclass
class SynonymTable:
    """The editors' synonym groups, analysed: which stems lead to which canonical terms."""

    single: dict[str, tuple[str, ...]]  # stem -> canonical terms of its groups
    phrases: dict[str, tuple[tuple[tuple[str, ...], str], ...]]  # first stem -> (stems, canon)
    members: dict[str, tuple[str, ...]]  # canonical -> single-word stems of the group
    # canonical -> the group's terms as written, for an engine that analyses text itself
    texts: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # stem -> thesaurus expansions editors switched off for it ("*": all of them)
    blocked: dict[str, frozenset[str]] = field(default_factory=dict)
    # stems of the municipalities' names: never a thesaurus expansion, a guess that would find
    # every page naming the town ("gewinnen" is no "Siegen", "kommen" no "Kamen")
    places: frozenset[str] = frozenset()
    # token -> its index terms, () for no word (see `index_terms`)
    expanded: dict = field(default_factory=dict, repr=False, compare=False)


def phrase_stems(term: str) -> tuple[str, ...]:
    """The stems of a text's meaningful words, in order."""
    stems = []
    for token in tokens(term):
        terms = analyse_word(token)
        if terms:
            stems.append(terms.primary)
    return tuple(stems)


def build_synonym_table(groups: Iterable[Iterable[str]]) -> SynonymTable:
    single: dict[str, list[str]] = {}
    phrases: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    members: dict[str, list[str]] = {}
    texts: dict[str, list[str]] = {}
    for group in groups:
        written = [(term, stems) for term in group if (stems := phrase_stems(term))]
        analysed = [stems for _term, stems in written]
        if len(analysed) < 2:
            continue
        canonical = "".join(analysed[0])[:MAX_WORD]
        texts.setdefault(canonical, []).extend(" ".join(term.split()) for term, _ in written)
        for stems in analysed:
            if len(stems) == 1:
                single.setdefault(stems[0], []).append(canonical)
                members.setdefault(canonical, []).append(stems[0])
            else:
                phrases.setdefault(stems[0], []).append((stems, canonical))
    return SynonymTable(
        single={stem: _dedupe(canon) for stem, canon in single.items()},
        phrases={stem: tuple(entries) for stem, entries in phrases.items()},
        members={canon: _dedupe(stems) for canon, stems in members.items()},
        texts={canon: _dedupe(terms) for canon, terms in texts.items()},
    )


_synonyms: dict = {"table": None, "version": None, "checked": 0.0}
_synonym_lock = threading.Lock()


def synonym_table() -> SynonymTable:
    """The current synonym table, rebuilt when an editor changed a group (in any process)."""
    from django.core.cache import cache

    now = time.monotonic()
    table = _synonyms["table"]
    if table is not None and now - _synonyms["checked"] < SYNONYM_RECHECK_SECONDS:
        return table
    version = cache.get(SYNONYM_VERSION_KEY)
    if version is None:
        # A flushed cache may hide changes (or a rolled-back test): start a new version.
        cache.add(SYNONYM_VERSION_KEY, time.time_ns(), None)
        version = cache.get(SYNONYM_VERSION_KEY)
    if table is not None and version == _synonyms["version"]:
        _synonyms["checked"] = now
        return table
    with _synonym_lock:
        from .models import ExpansionBlock, Synonym

        try:
            groups = [synonym.term_list for synonym in Synonym.objects.all()]
            blocks = list(ExpansionBlock.objects.values_list("word", "expansion"))
            places = _place_stems()
        except Exception:  # noqa: BLE001 - no tables yet (before migrate): no synonyms
            groups, blocks, places = [], [], frozenset()
        table = build_synonym_table(groups)
        table.blocked = _blocked(blocks)
        table.places = places
        _synonyms.update(table=table, version=version, checked=now)
    return table


def _blocked(blocks) -> dict[str, frozenset[str]]:
    found: dict[str, set[str]] = {}
    for word, expansion in blocks:
        stem = word_stem(word.strip())
        if stem:
            found.setdefault(stem, set()).add(word_stem(expansion.strip()) or "*")
    return {stem: frozenset(expansions) for stem, expansions in found.items()}


PLACE_MODEL = "knowledge.Municipality"
GENERIC_PLACE_WORDS = frozenset(("kreis", "stadt", "gemeind", "hansestadt", "bad", "sankt"))


def _place_stems() -> frozenset[str]:
    """Stems of the words of the municipalities' names (PLACE_MODEL), but generic ones."""
    from django.apps import apps

    names = apps.get_model(PLACE_MODEL).objects.values_list("name", flat=True)
    return frozenset(stem for name in names for stem in phrase_stems(name)) - GENERIC_PLACE_WORDS


def synonyms_changed(**kwargs) -> None:
    """Signal receiver: drop the cached table here and tell the other processes."""
    from django.core.cache import cache

    _synonyms.update(table=None, checked=0.0)
    cache.set(SYNONYM_VERSION_KEY, time.time_ns(), None)


def _synonym_terms(stems: list[str], index: int, table: SynonymTable) -> list[str]:
    """Canonical terms for the word at `index` (alone or as the start of a phrase)."""
    found = list(table.single.get(stems[index], ()))
    for phrase, canonical in table.phrases.get(stems[index], ()):
        if tuple(stems[index : index + len(phrase)]) == phrase:
            found.append(canonical)
    return found


# --- The interface ----------------------------------------------------------------------------


def _words(text: str) -> list[WordTerms]:
    words = []
    for token in tokens(text):
        terms = analyse_word(token)
        if terms is not None:
            words.append(terms)
    return words


def index_terms(text: str) -> list[str]:
    """The terms the index stores for `text`, in order (repeats kept for term frequency).

    A token's terms depend on the token alone unless it starts a synonym phrase: those are kept
    with the synonym table (which is rebuilt when the synonyms change), so a bulk indexing
    analyses each distinct token once.
    """
    table = synonym_table()
    cache = table.expanded
    found = []  # (token, its terms) of the text's words
    phrases = False
    for token in tokens(text):
        known = cache.get(token)
        if known is None:
            known = _token_terms(token, table)
            if len(cache) >= MAX_EXPANDED:
                cache.clear()
            cache[token] = known
        if known:  # () for no word
            found.append((token, known))
            phrases = phrases or known is STARTS_PHRASE
    if not phrases:
        return [term for _token, known in found for term in known]
    stems = [analyse_word(token).primary for token, _known in found]
    terms: list[str] = []
    for position, (token, known) in enumerate(found):
        if known is STARTS_PHRASE:
            canon = _synonym_terms(stems, position, table)
            known = _word_terms(analyse_word(token), canon, table)
        terms.extend(known)
    return terms


STARTS_PHRASE = ("",)  # marker in the token cache: terms depend on the words that follow


def _token_terms(token: str, table: SynonymTable) -> tuple[str, ...]:
    word = analyse_word(token)
    if word is None:
        return ()
    if word.primary in table.phrases:
        return STARTS_PHRASE
    return _word_terms(word, list(table.single.get(word.primary, ())), table)


MAX_EXPANDED = 200_000


def _word_terms(word: WordTerms, canon: list[str], table: SynonymTable) -> tuple[str, ...]:
    """A word's index terms, given the canonical terms of the synonyms it takes part in."""
    terms = [word.primary, *word.extra]
    if table.single or table.phrases:
        for part in word.extra:
            canon.extend(table.single.get(part, ()))
        terms.extend(term for term in dict.fromkeys(canon) if term != word.primary)
    return tuple(terms)


TYPO_MIN_LENGTH = 6
# Longer words get no typo help: their ~55 variants per letter cost more than they find.
TYPO_MAX_LENGTH = 30
MAX_TYPO_WORDS = 3
ALPHABET = "abcdefghijklmnopqrstuvwxyz"


def spelling_variants(word: str) -> tuple[tuple[str, str], ...]:
    """(variant, its stem) for every folded word at edit distance 1 from the folded `word`.

    Empty for a word longer than TYPO_MAX_LENGTH. Not cached: ~1 ms for a long word, while a
    cache of them would hold ~0.3 MB per distinct word a stranger sends.
    """
    if len(word) > TYPO_MAX_LENGTH:
        return ()
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    edits = set()
    for left, right in splits:
        if right:
            edits.add(left + right[1:])
            if len(right) > 1:
                edits.add(left + right[1] + right[0] + right[2:])
            for letter in ALPHABET:
                edits.add(left + letter + right[1:])
        for letter in ALPHABET:
            edits.add(left + letter + right)
    edits.discard(word)
    return tuple((edit, _stem(edit)) for edit in sorted(edits))


@lru_cache(maxsize=128)
def typo_candidates(word: str) -> frozenset[str]:
    """Stems of the words at edit distance 1 from the folded `word` (Damerau: with swaps)."""
    return frozenset(stem for _edit, stem in spelling_variants(word))


@dataclass
class QueryGroup:
    """What one meaningful query word accepts.

    - ``terms``: index terms any of which is a match: the word's stem first, then the terms of
      its synonym groups and, for a word the index does not know, known terms one typo away;
    - ``phrases``: for a compound, its head followed by its modifier ("Betreuung der Kinder" for
      Kinderbetreuung, "Pflege von Angehörigen" for Angehörigenpflege); stop words are not
      indexed, so these are adjacent index terms; a match as well;
    - ``parts``: the compound's parts alone ("tag" of Ganztag): never a match on their own (the
      "tag" in "Fachtag" or "Tage" is no Ganztag), they only add a little to the score of pages
      that match otherwise, or find something when nothing else does.
    """

    terms: list[str]
    phrases: list[tuple[str, str]] = field(default_factory=list)
    parts: list[str] = field(default_factory=list)
    typo: bool = False  # the word is unknown; `terms` holds the known words one typo away
    # Words of the same meaning from the thesaurus (search.thesaurus), best first: they match,
    # with less weight than the word typed.
    expansions: list[str] = field(default_factory=list)


def query_groups(
    query: str, known_terms: Callable[[set[str]], set[str]] | None = None
) -> list[list[str]]:
    """One group of acceptable index terms per meaningful word of the query (see QueryGroup)."""
    return [group.terms for group in analyse_query(query, known_terms)]


def analyse_query(
    query: str, known_terms: Callable[[set[str]], set[str]] | None = None
) -> list[QueryGroup]:
    """One `QueryGroup` per meaningful word of the query; a word given twice counts once."""
    analysed = [(token, analyse_word(token)) for token in tokens(query)]
    analysed = [(token, terms) for token, terms in analysed if terms is not None]
    table = synonym_table()
    stems = [terms.primary for _token, terms in analysed]
    groups: list[QueryGroup] = []
    for index, (token, terms) in enumerate(analysed):
        group = [terms.primary]
        canon = _synonym_terms(stems, index, table)
        for phrase_start in range(max(0, index - 3), index):
            for phrase, canonical in table.phrases.get(stems[phrase_start], ()):
                if (
                    phrase_start + len(phrase) > index
                    and tuple(stems[phrase_start : phrase_start + len(phrase)]) == phrase
                ):
                    canon.append(canonical)
        for canonical in canon:
            group.append(canonical)
            group.extend(table.members.get(canonical, ()))
        group = list(dict.fromkeys(group))
        phrases = _head_first(token)
        parts = [part for part in terms.extra if part not in group]
        blocked = table.blocked.get(terms.primary, frozenset())
        capitalised = token[:1].isupper()
        expansions = (
            [
                stem
                for stem in thesaurus.candidates(
                    terms.primary,
                    capitalised,
                    capitalised and thesaurus.names_people(token, terms.primary),
                )
                if stem not in group
                and stem not in parts
                and stem not in blocked
                and stem not in table.places
            ]
            if "*" not in blocked
            else []
        )
        groups.append(QueryGroup(group, phrases, parts, expansions=expansions))
    if known_terms is not None and groups:
        _add_typos(analysed, groups, known_terms)
    unique: list[QueryGroup] = []
    seen: set[str] = set()
    for group in groups:
        if group.terms[0] not in seen:
            seen.add(group.terms[0])
            unique.append(group)
    return unique


@lru_cache(maxsize=20_000)
def _head_first(token: str) -> list[tuple[str, str]]:
    """(head, modifier) stems of each way to cut a compound in two: Kinder|betreuung gives
    (betreu, kind); Bildungs|bericht|erstattung gives (berichterstatt, bildung) and
    (erstatt, bildungsbericht). Hyphenated words are cut at their hyphens."""
    if "-" in token:
        pieces = [fold(piece) for piece in token.split("-") if fold(piece)]
    else:
        word = fold(token)[:MAX_WORD]
        pieces = list(split_compound(word)) if word not in STOP_WORDS else []
    phrases = []
    for cut in range(1, len(pieces)):
        modifier = _strip_link("".join(pieces[:cut]))
        head = "".join(pieces[cut:])
        if modifier in STOP_WORDS or head in STOP_WORDS:
            continue
        phrases.append((_stem(head), _stem(modifier)))
    return phrases


def _add_typos(analysed, groups: list[QueryGroup], known_terms) -> None:
    """Give each longer word the index does not know the known terms one typo away."""
    own = {term for group in groups for term in group.terms}
    known = known_terms(own)
    wanted: dict[int, set[str]] = {}
    for index, (token, terms) in enumerate(analysed):
        word = fold(token)
        if len(word) >= TYPO_MIN_LENGTH and word.isalpha() and terms.primary not in known:
            wanted[index] = typo_candidates(word) - own
            if len(wanted) == MAX_TYPO_WORDS:
                break  # each word brings ~800 candidates to look up
    if not wanted:
        return
    found = known_terms(set().union(*wanted.values()))
    for index, candidates in wanted.items():
        extra = sorted(candidates & found)
        if extra:
            groups[index].terms.extend(extra)
            groups[index].typo = True
