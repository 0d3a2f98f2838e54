"""Word lists kept as data in `lexicons/*.txt`: loading and validating them."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from importlib import resources

import regex

from quotes.errors import LexiconError

# Entries are plain words: letters, and the full stop, hyphen and apostrophe
# of abbreviations and names. Anything else would be a regex hazard.
ENTRY = regex.compile(r"[a-z][a-z.'\-]*")


def read_lexicon(name: str, text: str | None = None, *, phrases: bool = False) -> list[list[str]]:
    """The rows of lexicon `name`: each non-comment line split into words.

    A row's first word must be unique, or with `phrases` the whole row.
    """
    if text is None:
        text = resources.files("quotes").joinpath("lexicons").joinpath(name).read_text("utf-8")
    rows: list[list[str]] = []
    seen: set[str] = set()
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        words = line.split()
        for word in words:
            if not ENTRY.fullmatch(word):
                raise LexiconError(f"{name}:{number}: {word!r} is not a lower-case word")
        key = " ".join(words) if phrases else words[0]
        if key in seen:
            raise LexiconError(f"{name}:{number}: {key!r} is listed twice")
        seen.add(key)
        rows.append(words)
    if not rows:
        raise LexiconError(f"{name}: the lexicon is empty")
    return rows


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


@dataclass(frozen=True)
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
    not_speakers: frozenset[str] = frozenset()
    web_labels: frozenset[str] = frozenset()
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
        return Lexicon(
            speech_verbs=verbs,
            partial_verbs=self.partial_verbs,
            titles=self.titles,
            roles=self.roles,
            pronouns=self.pronouns,
            particles=self.particles,
            organisation_words=self.organisation_words,
            given_names=self.given_names,
            function_words=self.function_words,
            determiners=self.determiners,
            sentence_openers=self.sentence_openers,
            source_nouns=self.source_nouns,
            title_abbreviations=self.title_abbreviations,
            phrasal_verbs=self.phrasal_verbs,
            not_speakers=self.not_speakers,
            web_labels=self.web_labels,
        )


@cache
def default_lexicon() -> Lexicon:
    """The lexicon shipped in `quotes/lexicons/`."""
    return Lexicon(
        speech_verbs=forms_to_lemma(read_lexicon("speech_verbs.txt")),
        partial_verbs=forms_to_lemma(read_lexicon("partial_verbs.txt")),
        titles=words(read_lexicon("titles.txt")),
        roles=words(read_lexicon("roles.txt")),
        pronouns=labels(read_lexicon("pronouns.txt")),
        particles=words(read_lexicon("particles.txt")),
        organisation_words=words(read_lexicon("organisations.txt")),
        given_names=labels(read_lexicon("given_names.txt")),
        function_words=words(read_lexicon("function_words.txt")),
        determiners=words(read_lexicon("determiners.txt")),
        sentence_openers=words(read_lexicon("sentence_openers.txt")),
        source_nouns=words(read_lexicon("source_nouns.txt")),
        title_abbreviations=labels(read_lexicon("title_abbreviations.txt")),
        phrasal_verbs=phrasal(read_lexicon("phrasal_verbs.txt")),
        not_speakers=words(read_lexicon("not_speakers.txt")),
        web_labels=phrases(read_lexicon("web_labels.txt", phrases=True)),
    )
