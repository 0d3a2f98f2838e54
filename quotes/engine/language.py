"""Languages: the quotation marks and word lists of one language, read from its data folder.

A language is data only: `quotes/lexicons/<code>/` holds its quotation marks
(`quotation_marks.txt`) and every word list. Adding one means adding a folder.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache

from quotes.engine.lexicon import (
    DEFAULT_LANGUAGE,
    Lexicon,
    languages,
    lexicon_text,
    load_lexicon,
    read_lexicon,
    read_rows,
    words,
)
from quotes.engine.marks import QuotationMarks, parse_mark_pairs, parse_stand_ins
from quotes.errors import LexiconError

MARKS_FILE = "quotation_marks.txt"


@dataclass(frozen=True)
class Language:
    """Everything extraction knows about one language."""

    code: str
    lexicon: Lexicon
    marks: QuotationMarks

    def with_speech_verbs(self, extra: list[str]) -> Language:
        """A copy whose lexicon also counts the verbs in `extra`."""
        return replace(self, lexicon=self.lexicon.with_speech_verbs(extra))


def load_marks(code: str) -> QuotationMarks:
    """The quotation marks of language `code`."""
    name = f"{code}/{MARKS_FILE}"
    rows = read_rows(name, lexicon_text(MARKS_FILE, code))
    elisions = sorted(words(read_lexicon("elisions.txt", language=code)))
    return QuotationMarks(parse_mark_pairs(rows, name), elisions, parse_stand_ins(rows, name))


@cache
def load_language(code: str = DEFAULT_LANGUAGE) -> Language:
    """The language shipped under `code`; an unknown code names the ones there are."""
    if code not in languages():
        raise LexiconError(f"unknown language {code!r}; choose from {', '.join(languages())}")
    return Language(code, load_lexicon(code), load_marks(code))


def default_language() -> Language:
    """English."""
    return load_language(DEFAULT_LANGUAGE)
