"""Word lists kept as data in `lexicons/<language>/*.txt`: loading and validating them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources

import regex

from quotes.errors import LexiconError

# Entries are plain words: lower-case letters of any script, and the full stop, hyphen
# and apostrophe of abbreviations and names. Anything else would be a regex hazard.
ENTRY = regex.compile(r"\p{Ll}[\p{Ll}.'\-]*")
# Entries of lists where case matters ("No." abbreviates, "no." ends a sentence).
CASED_ENTRY = regex.compile(r"\p{L}[\p{L}.'\-]*")
DEFAULT_LANGUAGE = "en"


def languages() -> tuple[str, ...]:
    """The codes of the languages shipped in `quotes/lexicons/`, sorted."""
    folder = resources.files("quotes").joinpath("lexicons")
    return tuple(sorted(entry.name for entry in folder.iterdir() if entry.is_dir()))


def lexicon_text(name: str, language: str = DEFAULT_LANGUAGE) -> str:
    """The text of data file `name` of `language`."""
    path = resources.files("quotes").joinpath("lexicons", language, name)
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
    rows: list[list[str]] = []
    seen: set[str] = set()
    for number, words in read_rows(name, text):
        for word in words:
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
    partial_verbs: dict[str, str]
    titles: frozenset[str]
    roles: frozenset[str]
    pronouns: dict[str, str]
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
    noun_markers: frozenset[str]
    adjective_endings: tuple[str, ...]
    describing_endings: tuple[str, ...]
    gendered_titles: dict[str, str]
    gender_words: dict[str, str]
    not_heads: frozenset[str]
    head_prepositions: frozenset[str]
    headless_endings: tuple[str, ...]
    place_prepositions: frozenset[str]
    regions: frozenset[str]
    speech_nouns: frozenset[str]
    person_nouns: frozenset[str]
    clause_conjunctions: frozenset[str]
    object_prepositions: frozenset[str]
    modifier_endings: tuple[str, ...]
    count_words: frozenset[str]
    postmodifiers: frozenset[str]
    kin_words: dict[str, str]
    # Words around quotes that are titles, names and nicknames rather than speech.
    work_nouns: frozenset[str]
    naming_verbs: frozenset[str]
    nickname_cues: frozenset[str]
    nickname_verbs: frozenset[str]
    lead_in_words: frozenset[str]
    lead_in_ends: frozenset[str]
    title_small_words: frozenset[str]
    sentence_abbreviations: frozenset[str]
    not_speakers: frozenset[str] = frozenset()
    web_labels: frozenset[str] = frozenset()
    reply_verbs: frozenset[str] = frozenset()
    # "the statement read", "a sign reads": verbs that are speech cues only for a document.
    document_verbs: dict[str, str] = field(default_factory=dict)
    written_nouns: frozenset[str] = frozenset()
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


@cache
def load_lexicon(language: str = DEFAULT_LANGUAGE) -> Lexicon:
    """The lexicon shipped in `quotes/lexicons/<language>/`."""

    def rows(name: str) -> list[list[str]]:
        return read_lexicon(name, language=language)

    return Lexicon(
        speech_verbs=forms_to_lemma(rows("speech_verbs.txt")),
        partial_verbs=forms_to_lemma(rows("partial_verbs.txt")),
        titles=words(rows("titles.txt")),
        roles=words(rows("roles.txt")),
        pronouns=labels(rows("pronouns.txt")),
        particles=words(rows("particles.txt")),
        organisation_words=words(rows("organisations.txt")),
        given_names=labels(rows("given_names.txt")),
        function_words=words(rows("function_words.txt")),
        determiners=words(rows("determiners.txt")),
        sentence_openers=words(rows("sentence_openers.txt")),
        source_nouns=words(rows("source_nouns.txt")),
        title_abbreviations=labels(rows("title_abbreviations.txt")),
        phrasal_verbs=phrasal(rows("phrasal_verbs.txt")),
        name_connectors=words(rows("name_connectors.txt")),
        singular_determiners=words(rows("singular_determiners.txt")),
        name_like_words=words(rows("name_like_words.txt")),
        relative_pronouns=words(rows("relative_pronouns.txt")),
        conjunctions=words(rows("conjunctions.txt")),
        listener_verbs=words(rows("listener_verbs.txt")),
        cue_stops=words(rows("cue_stops.txt")),
        leading_determiners=words(rows("leading_determiners.txt")),
        discourse_openers=words(rows("discourse_openers.txt")),
        subordinators=words(rows("subordinators.txt")),
        plural_subject_openers=words(rows("plural_subject_openers.txt")),
        plural_subject_determiners=words(rows("plural_subject_determiners.txt")),
        honorifics=labels(rows("honorifics.txt")),
        third_person_pronouns=words(rows("third_person_pronouns.txt")),
        work_nouns=words(rows("work_nouns.txt")),
        naming_verbs=words(rows("naming_verbs.txt")),
        nickname_cues=phrases(read_lexicon("nickname_cues.txt", language=language, phrases=True)),
        nickname_verbs=words(rows("nickname_verbs.txt")),
        lead_in_words=words(rows("lead_in_words.txt")),
        lead_in_ends=words(rows("lead_in_ends.txt")),
        title_small_words=words(rows("title_small_words.txt")),
        sentence_abbreviations=words(
            read_lexicon("sentence_abbreviations.txt", language=language, cased=True)
        ),
        describing_determiners=words(rows("describing_determiners.txt")),
        passive_auxiliaries=words(rows("passive_auxiliaries.txt")),
        clause_openers=words(rows("clause_openers.txt")),
        subject_adverbs=words(rows("subject_adverbs.txt")),
        demonstratives=words(rows("demonstratives.txt")),
        title_connectors=words(rows("title_connectors.txt")),
        possessive_pronouns=words(rows("possessive_pronouns.txt")),
        document_participles=words(rows("document_participles.txt")),
        noun_markers=words(rows("noun_markers.txt")),
        adjective_endings=tuple(sorted(words(rows("adjective_endings.txt")))),
        describing_endings=tuple(sorted(words(rows("describing_endings.txt")))),
        gendered_titles=labels(rows("gendered_titles.txt")),
        gender_words=labels(rows("gender_words.txt")),
        not_heads=words(rows("not_heads.txt")),
        head_prepositions=words(rows("head_prepositions.txt")),
        headless_endings=tuple(sorted(words(rows("headless_endings.txt")))),
        place_prepositions=words(rows("place_prepositions.txt")),
        regions=phrases(read_lexicon("regions.txt", language=language, phrases=True)),
        speech_nouns=words(rows("speech_nouns.txt")),
        person_nouns=words(rows("person_nouns.txt")),
        clause_conjunctions=words(rows("clause_conjunctions.txt")),
        object_prepositions=words(rows("object_prepositions.txt")),
        modifier_endings=tuple(sorted(words(rows("modifier_endings.txt")))),
        count_words=words(rows("count_words.txt")),
        postmodifiers=words(rows("postmodifiers.txt")),
        kin_words=labels(rows("kin_words.txt")),
        not_speakers=words(rows("not_speakers.txt")),
        web_labels=phrases(read_lexicon("web_labels.txt", language=language, phrases=True)),
        reply_verbs=phrases(read_lexicon("reply_verbs.txt", language=language, phrases=True)),
        document_verbs=forms_to_lemma(rows("document_verbs.txt")),
        written_nouns=words(rows("written_nouns.txt")),
    )


def default_lexicon() -> Lexicon:
    """The English lexicon."""
    return load_lexicon(DEFAULT_LANGUAGE)
