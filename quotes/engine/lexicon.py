"""Word lists kept as data in `lexicons/<language>/*.txt`: loading and validating them."""

from __future__ import annotations

import marshal
import os
import sys
import unicodedata
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import regex

from quotes.caching import cache_folder, write_whole
from quotes.errors import LexiconError

# Entries are plain words: lower-case letters of any script, and the full stop, hyphen
# and apostrophe of abbreviations and names. Anything else would be a regex hazard.
ENTRY = regex.compile(r"\p{Ll}[\p{Ll}.'\-]*")
# Entries of lists where case matters ("No." abbreviates, "no." ends a sentence).
CASED_ENTRY = regex.compile(r"\p{L}[\p{L}.'\-]*")
# Every entry of a file at once, joined by spaces (which no entry holds): one match per file
# instead of one per word, a few milliseconds of every start.
ENTRIES = regex.compile(rf"(?:{ENTRY.pattern})(?: (?:{ENTRY.pattern}))*")
CASED_ENTRIES = regex.compile(rf"(?:{CASED_ENTRY.pattern})(?: (?:{CASED_ENTRY.pattern}))*")
DEFAULT_LANGUAGE = "en"

# The package's data folder, found beside this module rather than through importlib.resources:
# pip installs packages as folders, and that module's imports (tempfile, shutil, zipfile and
# the compression libraries) cost several milliseconds of every one-file run.
LEXICONS = Path(__file__).resolve().parent.parent / "lexicons"


def languages() -> tuple[str, ...]:
    """The codes of the languages shipped in `quotes/lexicons/`, sorted."""
    return tuple(sorted(entry.name for entry in LEXICONS.iterdir() if entry.is_dir()))


def lexicon_text(name: str, language: str = DEFAULT_LANGUAGE) -> str:
    """The text of data file `name` of `language`."""
    path = LEXICONS / language / name
    try:
        return path.read_text("utf-8")
    except FileNotFoundError:
        raise LexiconError(
            f"lexicons/{language}/{name}: missing; every language needs it"
        ) from None


def read_rows(name: str, text: str) -> list[tuple[int, list[str]]]:
    """Each non-comment line of a data file, split into words, with its line number."""
    rows: list[tuple[int, list[str]]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        words = line.split("#", 1)[0].split()
        if words:
            rows.append((number, words))
    return rows


def read_lexicon(
    name: str,
    text: str | None = None,
    language: str = DEFAULT_LANGUAGE,
    cased: bool = False,
    phrases: bool = False,
) -> list[list[str]]:
    """The rows of lexicon `name`: each non-comment line split into words.

    A row's first word must be unique, or with `phrases` the whole row.
    """
    if text is None:
        text = lexicon_text(name, language)
    entry = CASED_ENTRY if cased else ENTRY
    numbered = read_rows(name, text)
    every = " ".join(word for _, words in numbered for word in words)
    # Word by word only when some entry is bad, to report the first error in file order.
    checked = (CASED_ENTRIES if cased else ENTRIES).fullmatch(every) is not None
    rows: list[list[str]] = []
    seen: set[str] = set()
    for number, words in numbered:
        for word in () if checked else words:
            if not entry.fullmatch(word):
                kind = "word" if cased else "lower-case word"
                raise LexiconError(f"{name}:{number}: {word!r} is not a {kind}")
        key = " ".join(words) if phrases else words[0]
        if key in seen:
            raise LexiconError(f"{name}:{number}: {key!r} is listed twice")
        seen.add(key)
        rows.append(words)
    if not rows:
        raise LexiconError(f"{name}: the lexicon is empty")
    return rows


def alternation(entries: Iterable[str]) -> str:
    """A regex group matching any of `entries` literally, longest first."""
    ordered = sorted(entries, key=lambda entry: (-len(entry), entry))
    return "(?:" + "|".join(regex.escape(entry) for entry in ordered) + ")"


def forms_to_lemma(rows: list[list[str]]) -> dict[str, str]:
    """Each word form of a `lemma form form…` lexicon, mapped to its lemma."""
    return {form: row[0] for row in rows for form in row}


def words(rows: list[list[str]]) -> frozenset[str]:
    """The first word of every row."""
    return frozenset(row[0] for row in rows)


def labels(rows: list[list[str]]) -> dict[str, str]:
    """A `word label` lexicon as a mapping."""
    return {row[0]: row[1] for row in rows if len(row) > 1}


def related(rows: list[list[str]]) -> dict[str, tuple[str, ...]]:
    """A `word word word…` lexicon: the first word mapped to the words after it."""
    return {row[0]: tuple(row[1:]) for row in rows if len(row) > 1}


def phrases(rows: list[list[str]]) -> frozenset[str]:
    """Every row as one phrase of space-separated words."""
    return frozenset(" ".join(row) for row in rows)


def phrasal(rows: list[list[str]]) -> dict[tuple[str, str], str]:
    """A `verb particle lemma particle` lexicon: each two-word form mapped to its lemma."""
    for row in rows:
        if len(row) != 4:
            raise LexiconError(f"phrasal_verbs.txt: {' '.join(row)!r} is not four words")
    return {(row[0], row[1]): f"{row[2]} {row[3]}" for row in rows}


# eq=False: a lexicon is hashed by identity, so that patterns built from it can be cached.
@dataclass(frozen=True, eq=False)
class Lexicon:
    """Every word list the rules consult."""

    speech_verbs: dict[str, str]
    speaking_verbs: dict[str, str]
    reporting_verbs: dict[str, str]
    partial_verbs: dict[str, str]
    titles: frozenset[str]
    roles: frozenset[str]
    pronouns: dict[str, str]
    object_pronouns: dict[str, str]
    role_synonyms: dict[str, tuple[str, ...]]
    issued_nouns: frozenset[str]
    opening_participles: frozenset[str]
    introduction_openers: frozenset[str]
    epithets: frozenset[str]
    pair_references: dict[str, str]
    particles: frozenset[str]
    organisation_words: frozenset[str]
    given_names: dict[str, str]
    function_words: frozenset[str]
    determiners: frozenset[str]
    sentence_openers: frozenset[str]
    source_nouns: frozenset[str]
    title_abbreviations: dict[str, str]
    phrasal_verbs: dict[tuple[str, str], str]
    # Closed classes of words the rules and the resolver consult.
    name_connectors: frozenset[str]
    singular_determiners: frozenset[str]
    name_like_words: frozenset[str]
    relative_pronouns: frozenset[str]
    conjunctions: frozenset[str]
    listener_verbs: frozenset[str]
    cue_stops: frozenset[str]
    leading_determiners: frozenset[str]
    discourse_openers: frozenset[str]
    subordinators: frozenset[str]
    plural_subject_openers: frozenset[str]
    plural_subject_determiners: frozenset[str]
    honorifics: dict[str, str]
    third_person_pronouns: frozenset[str]
    describing_determiners: frozenset[str]
    passive_auxiliaries: frozenset[str]
    clause_openers: frozenset[str]
    subject_adverbs: frozenset[str]
    demonstratives: frozenset[str]
    title_connectors: frozenset[str]
    possessive_pronouns: frozenset[str]
    document_participles: frozenset[str]
    holder_participles: frozenset[str]
    author_links: dict[str, str]
    author_stops: frozenset[str]
    noun_markers: frozenset[str]
    adjective_endings: tuple[str, ...]
    agent_endings: tuple[str, ...]
    describing_endings: tuple[str, ...]
    gendered_titles: dict[str, str]
    gender_words: dict[str, str]
    not_heads: frozenset[str]
    head_prepositions: frozenset[str]
    headless_endings: tuple[str, ...]
    place_prepositions: frozenset[str]
    regions: frozenset[str]
    places: frozenset[str]
    company_nouns: frozenset[str]
    title_modifiers: frozenset[str]
    given_name_titles: frozenset[str]
    postnominals: frozenset[str]
    death_phrases: frozenset[str]
    question_verbs: frozenset[str]
    labelling_verbs: frozenset[str]
    following_frames: frozenset[str]
    naming_sentences: frozenset[str]
    embed_credits: frozenset[str]
    speech_nouns: frozenset[str]
    person_nouns: frozenset[str]
    gendered_nouns: dict[str, str]
    byline_openers: frozenset[str]
    source_phrases: frozenset[str]
    plural_nouns: frozenset[str]
    time_nouns: frozenset[str]
    clause_conjunctions: frozenset[str]
    object_prepositions: frozenset[str]
    modifier_endings: tuple[str, ...]
    count_words: frozenset[str]
    postmodifiers: frozenset[str]
    kin_words: dict[str, str]
    # Words around quotes that are titles, names and nicknames rather than speech.
    work_nouns: frozenset[str]
    naming_verbs: frozenset[str]
    name_giving_phrases: frozenset[str]
    title_verbs: frozenset[str]
    term_nouns: frozenset[str]
    auxiliaries: frozenset[str]
    nickname_cues: frozenset[str]
    nickname_verbs: frozenset[str]
    lead_in_words: frozenset[str]
    lead_in_ends: frozenset[str]
    title_small_words: frozenset[str]
    sentence_abbreviations: frozenset[str]
    not_speakers: frozenset[str] = frozenset()
    web_labels: frozenset[str] = frozenset()
    live_labels: frozenset[str] = frozenset()
    addressee_pronouns: frozenset[str] = frozenset()
    party_words: frozenset[str] = frozenset()
    rating_words: frozenset[str] = frozenset()
    rating_contexts: frozenset[str] = frozenset()
    thing_relatives: frozenset[str] = frozenset()
    free_relatives: frozenset[str] = frozenset()
    definite_determiners: frozenset[str] = frozenset()
    singular_demonstratives: frozenset[str] = frozenset()
    # "d" → "democrat": the party letters of a tag after a name ("Sen. Ann Ruiz, D-Tucson").
    party_tags: dict[str, str] = field(default_factory=dict)
    # "q" → "question", "a" → "answer": the labels of a question-and-answer interview.
    interview_labels: dict[str, str] = field(default_factory=dict)
    calendar_words: frozenset[str] = frozenset()
    link_openers: frozenset[str] = frozenset()
    reply_verbs: frozenset[str] = frozenset()
    # "the statement read", "a sign reads": verbs that are speech cues only for a document.
    document_verbs: dict[str, str] = field(default_factory=dict)
    written_nouns: frozenset[str] = frozenset()
    depiction_nouns: frozenset[str] = frozenset()
    pronoun_heads: frozenset[str] = frozenset()
    coming_frames: frozenset[str] = frozenset()
    gathering_nouns: frozenset[str] = frozenset()
    all_verbs: dict[str, str] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "all_verbs", {**self.partial_verbs, **self.speech_verbs})

    def with_speech_verbs(self, extra: list[str]) -> Lexicon:
        """A copy that also counts the verbs in `extra` (each its own lemma)."""
        verbs = dict(self.speech_verbs)
        for verb in extra:
            word = verb.strip().lower()
            if not ENTRY.fullmatch(word):
                raise LexiconError(f"extra speech verb {verb!r} is not a lower-case word")
            verbs.setdefault(word, word)
        return replace(self, speech_verbs=verbs)


def endings(rows: list[list[str]]) -> tuple[str, ...]:
    """The first word of every row, sorted: suffixes for `str.endswith`."""
    return tuple(sorted(words(rows)))


@dataclass(frozen=True)
class Source:
    """Where one field of `Lexicon` comes from: its file and how the rows become the value."""

    file: str
    reader: Callable[[list[list[str]]], Any]
    cased: bool = False  # entries keep their capitals ("No." abbreviates, "no." does not)
    phrases: bool = False  # a whole row, not its first word, must be unique


# Where every field of `Lexicon` is read from. Adding a word list
# is one file in each language folder, one field and one line here.
SOURCES: dict[str, Source] = {
    "speech_verbs": Source("speech_verbs.txt", forms_to_lemma),
    "speaking_verbs": Source("speaking_verbs.txt", forms_to_lemma),
    "reporting_verbs": Source("reporting_verbs.txt", forms_to_lemma),
    "partial_verbs": Source("partial_verbs.txt", forms_to_lemma),
    "titles": Source("titles.txt", words),
    "roles": Source("roles.txt", words),
    "pronouns": Source("pronouns.txt", labels),
    "object_pronouns": Source("object_pronouns.txt", labels),
    "role_synonyms": Source("role_synonyms.txt", related),
    "issued_nouns": Source("issued_nouns.txt", words),
    "opening_participles": Source("opening_participles.txt", words),
    "introduction_openers": Source("introduction_openers.txt", words),
    "epithets": Source("epithets.txt", words),
    "pair_references": Source("pair_references.txt", labels),
    "particles": Source("particles.txt", words),
    "organisation_words": Source("organisations.txt", words),
    "given_names": Source("given_names.txt", labels),
    "function_words": Source("function_words.txt", words),
    "determiners": Source("determiners.txt", words),
    "sentence_openers": Source("sentence_openers.txt", words),
    "source_nouns": Source("source_nouns.txt", words),
    "title_abbreviations": Source("title_abbreviations.txt", labels),
    "phrasal_verbs": Source("phrasal_verbs.txt", phrasal),
    "name_connectors": Source("name_connectors.txt", words),
    "singular_determiners": Source("singular_determiners.txt", words),
    "name_like_words": Source("name_like_words.txt", words),
    "relative_pronouns": Source("relative_pronouns.txt", words),
    "conjunctions": Source("conjunctions.txt", words),
    "listener_verbs": Source("listener_verbs.txt", words),
    "cue_stops": Source("cue_stops.txt", words),
    "leading_determiners": Source("leading_determiners.txt", words),
    "discourse_openers": Source("discourse_openers.txt", words),
    "subordinators": Source("subordinators.txt", words),
    "plural_subject_openers": Source("plural_subject_openers.txt", words),
    "plural_subject_determiners": Source("plural_subject_determiners.txt", phrases, phrases=True),
    "honorifics": Source("honorifics.txt", labels),
    "third_person_pronouns": Source("third_person_pronouns.txt", words),
    "work_nouns": Source("work_nouns.txt", words),
    "naming_verbs": Source("naming_verbs.txt", words),
    "name_giving_phrases": Source("name_giving_phrases.txt", phrases, phrases=True),
    "title_verbs": Source("title_verbs.txt", words),
    "term_nouns": Source("term_nouns.txt", words),
    "auxiliaries": Source("auxiliaries.txt", words),
    "nickname_cues": Source("nickname_cues.txt", phrases, phrases=True),
    "nickname_verbs": Source("nickname_verbs.txt", words),
    "lead_in_words": Source("lead_in_words.txt", words),
    "lead_in_ends": Source("lead_in_ends.txt", words),
    "title_small_words": Source("title_small_words.txt", words),
    "sentence_abbreviations": Source("sentence_abbreviations.txt", words, cased=True),
    "describing_determiners": Source("describing_determiners.txt", words),
    "passive_auxiliaries": Source("passive_auxiliaries.txt", words),
    "clause_openers": Source("clause_openers.txt", words),
    "subject_adverbs": Source("subject_adverbs.txt", words),
    "demonstratives": Source("demonstratives.txt", words),
    "title_connectors": Source("title_connectors.txt", words),
    "possessive_pronouns": Source("possessive_pronouns.txt", words),
    "document_participles": Source("document_participles.txt", words),
    "holder_participles": Source("holder_participles.txt", words),
    "author_links": Source("author_links.txt", labels),
    "author_stops": Source("author_stops.txt", words),
    "noun_markers": Source("noun_markers.txt", words),
    "adjective_endings": Source("adjective_endings.txt", endings),
    "agent_endings": Source("agent_endings.txt", endings),
    "describing_endings": Source("describing_endings.txt", endings),
    "gendered_titles": Source("gendered_titles.txt", labels),
    "gender_words": Source("gender_words.txt", labels),
    "not_heads": Source("not_heads.txt", words),
    "head_prepositions": Source("head_prepositions.txt", words),
    "headless_endings": Source("headless_endings.txt", endings),
    "place_prepositions": Source("place_prepositions.txt", words),
    "regions": Source("regions.txt", phrases, phrases=True),
    "places": Source("places.txt", phrases, phrases=True),
    "company_nouns": Source("company_nouns.txt", words),
    "title_modifiers": Source("title_modifiers.txt", words),
    "given_name_titles": Source("given_name_titles.txt", words),
    "postnominals": Source("postnominals.txt", words),
    "death_phrases": Source("death_phrases.txt", phrases, phrases=True),
    "question_verbs": Source("question_verbs.txt", words),
    "labelling_verbs": Source("labelling_verbs.txt", words),
    "following_frames": Source("following_frames.txt", phrases, phrases=True),
    "naming_sentences": Source("naming_sentences.txt", phrases, phrases=True),
    "embed_credits": Source("embed_credits.txt", phrases, phrases=True),
    "speech_nouns": Source("speech_nouns.txt", words),
    "person_nouns": Source("person_nouns.txt", words),
    "gendered_nouns": Source("gendered_nouns.txt", labels),
    "byline_openers": Source("byline_openers.txt", phrases),
    "source_phrases": Source("source_phrases.txt", phrases),
    "plural_nouns": Source("plural_nouns.txt", words),
    "time_nouns": Source("time_nouns.txt", words),
    "clause_conjunctions": Source("clause_conjunctions.txt", words),
    "object_prepositions": Source("object_prepositions.txt", words),
    "modifier_endings": Source("modifier_endings.txt", endings),
    "count_words": Source("count_words.txt", words),
    "postmodifiers": Source("postmodifiers.txt", words),
    "kin_words": Source("kin_words.txt", labels),
    "not_speakers": Source("not_speakers.txt", words),
    "web_labels": Source("web_labels.txt", phrases, phrases=True),
    "live_labels": Source("live_labels.txt", words),
    "addressee_pronouns": Source("addressee_pronouns.txt", words),
    "party_words": Source("party_words.txt", words),
    "rating_words": Source("rating_words.txt", phrases, phrases=True),
    "rating_contexts": Source("rating_contexts.txt", words),
    "thing_relatives": Source("thing_relatives.txt", words),
    "free_relatives": Source("free_relatives.txt", words),
    "definite_determiners": Source("definite_determiners.txt", words),
    "singular_demonstratives": Source("singular_demonstratives.txt", words),
    "party_tags": Source("party_tags.txt", labels),
    "interview_labels": Source("interview_labels.txt", labels),
    "calendar_words": Source("calendar_words.txt", words),
    "link_openers": Source("link_openers.txt", phrases, phrases=True),
    "reply_verbs": Source("reply_verbs.txt", phrases, phrases=True),
    "document_verbs": Source("document_verbs.txt", forms_to_lemma),
    "written_nouns": Source("written_nouns.txt", words),
    "depiction_nouns": Source("depiction_nouns.txt", words),
    "pronoun_heads": Source("pronoun_heads.txt", words),
    "coming_frames": Source("coming_frames.txt", phrases, phrases=True),
    "gathering_nouns": Source("gathering_nouns.txt", words),
}


@cache
def load_lexicon(language: str = DEFAULT_LANGUAGE) -> Lexicon:
    """The lexicon shipped in `quotes/lexicons/<language>/`."""
    fingerprint = _fingerprint(language)
    values = _read_snapshot(language, fingerprint)
    if values is None:
        values = {
            name: source.reader(
                read_lexicon(
                    source.file, language=language, cased=source.cased, phrases=source.phrases
                )
            )
            for name, source in SOURCES.items()
        }
        _write_snapshot(language, fingerprint, values)
    return Lexicon(**{**values, "given_names": GivenNames(values["given_names"])})


class GivenNames(dict[str, str]):
    """Given names and their genders, found with or without their accents: the list
    writes "tomas" and "jose" once, and "Tomás" or "José" in a text finds them. A name of
    two listed given names joined by a hyphen ("chloe-mae", "jean-pierre") is one too,
    with the first one's gender; "lloyd-webber" is not."""

    def __contains__(self, word: object) -> bool:
        if dict.__contains__(self, word):
            return True  # most look-ups: an ASCII word, listed or not
        return (
            isinstance(word, str)
            and (not word.isascii() or "-" in word)
            and self.get(word) is not None
        )

    def get(self, word: str, default: Any = None) -> Any:
        found = dict.get(self, word)
        if found is None and not word.isascii():
            found = dict.get(self, unaccented(word))
        if found is None and "-" in word:
            first, _, second = word.partition("-")
            if first and second and "-" not in second and self.get(second) is not None:
                found = self.get(first)
        return default if found is None else found


@lru_cache(maxsize=4096)
def unaccented(word: str) -> str:
    """`word` without its accents ("tomás" → "tomas")."""
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# Snapshots: reading and checking a language's seventy word lists took about a tenth of a
# one-file run. Once read, their values are kept in the user's cache folder (see
# quotes.caching; as Python keeps bytecode), in `marshal`'s format, which loads them in a
# fraction of that and runs no code.
# A snapshot counts only while the lists' folder and this module are as they were when it was
# written (every file's name, size and modification time); anything else rereads the lists.
SNAPSHOT_FORMAT = 1
Fingerprint = tuple[Any, ...]


def _snapshot_path(language: str) -> Path | None:
    folder = cache_folder()
    if folder is None:
        return None
    # one file per installation and language: several checkouts may share a cache folder
    place = zlib.crc32(str(LEXICONS).encode("utf-8", "surrogatepass"))
    return folder / f"lexicon-{place:08x}-{language}.marshal"


def _fingerprint(language: str) -> Fingerprint | None:
    """What the snapshot of `language` must have been written from: None when the lists
    cannot be listed (then there is no snapshot, and reading them says what is wrong)."""
    try:
        with os.scandir(LEXICONS / language) as entries:
            files = sorted(
                (entry.name, entry.stat().st_size, entry.stat().st_mtime_ns) for entry in entries
            )
        module = os.stat(__file__)
    except OSError:
        return None
    version = (SNAPSHOT_FORMAT, marshal.version, sys.version_info[:2])
    return (version, str(LEXICONS), (module.st_size, module.st_mtime_ns), tuple(files))


def _read_snapshot(language: str, fingerprint: Fingerprint | None) -> dict[str, Any] | None:
    """The values of `language`'s lexicon kept by an earlier run, if still current."""
    path = _snapshot_path(language)
    if path is None or fingerprint is None:
        return None
    try:
        stored, values = marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return None  # none yet, unreadable, or written by something else
    if stored != fingerprint or not isinstance(values, dict) or set(values) != set(SOURCES):
        return None
    return values


def _write_snapshot(language: str, fingerprint: Fingerprint | None, values: dict[str, Any]) -> None:
    """Keeps `values` for later runs; a cache folder that cannot be written is no error."""
    path = _snapshot_path(language)
    if path is None or fingerprint is None:
        return
    write_whole(path, marshal.dumps((fingerprint, values)))


def default_lexicon() -> Lexicon:
    """The English lexicon."""
    return load_lexicon(DEFAULT_LANGUAGE)
