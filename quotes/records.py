"""Plain records: what the readers and the engine build, without pydantic.

Named tuples with the fields, in the order, of the validated models of `quotes.models`, which
the library hands to its users (`quotes.extract`): importing pydantic and building the models
took about 80 ms, most of a one-file run, and building a validated record per quote about a
tenth of extraction. `quotes.models` turns these into its models (`Document.from_record`) and
`quotes.writers.jsonlines` writes them as the models' JSON, byte for byte.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, NamedTuple

if TYPE_CHECKING:  # the annotations only: importing datetime is a millisecond of start-up
    import datetime

QuoteKind = Literal["direct", "partial"]
SpeakerKind = Literal["person", "unnamed", "group"]
Resolution = Literal["explicit", "pronoun", "context"]
SkipReason = Literal["title", "nickname", "term", "scare_quote", "no_letters", "web_debris"]

# A quote's sentence can run to megabytes (a paragraph with no full stop); every quote in it
# carrying all of it made output grow with the square of the input.
SENTENCE_TEXT_LIMIT = 600


class RuleName(StrEnum):
    """The attribution rules: the ones that read a quote's own cue, then the ones that carry
    a speaker over from a neighbouring quote or sentence. See quotes.engine.ruleset."""

    quote_then_speaker_verb = "quote_then_speaker_verb"
    quote_then_verb_speaker = "quote_then_verb_speaker"
    quote_then_unlisted_verb = "quote_then_unlisted_verb"
    speaker_verb_then_quote = "speaker_verb_then_quote"
    reported_speech = "reported_speech"
    according_to = "according_to"
    sentence_final_cue = "sentence_final_cue"
    headline_speaker = "headline_speaker"
    signature_line = "signature_line"
    following_frame = "following_frame"
    sentence_subject = "sentence_subject"
    cue_sentence = "cue_sentence"
    split_quote = "split_quote"
    continued_quotation = "continued_quotation"
    same_sentence = "same_sentence"
    previous_paragraph = "previous_paragraph"
    previous_sentence = "previous_sentence"
    interview_answer = "interview_answer"
    none = "none"


class ArticleMetadata(NamedTuple):
    """Where an article was published (see `quotes.models.ArticleMetadata`)."""

    headline: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: datetime.datetime | datetime.date | None = None
    published_text: str | None = None
    authors: tuple[str, ...] = ()
    language: str | None = None


class Article(NamedTuple):
    """An input text as decoded, before extraction (see `quotes.models.Article`)."""

    id: str
    text: str
    path: str | None = None
    line: int | None = None
    metadata: ArticleMetadata | None = None
    markup: tuple[tuple[int, int], ...] = ()


class Span(NamedTuple):
    """A stretch of the input text: `text == document_text[start:end]`."""

    start: int
    end: int
    text: str


class Sentence(NamedTuple):
    """Where a quote's sentence lies; `text` is its first `SENTENCE_TEXT_LIMIT` characters."""

    start: int
    end: int
    text: str


class Speaker(NamedTuple):
    """Who said a quote: one identity per person in a document."""

    name: str
    kind: SpeakerKind
    role: str | None
    mention: Span
    resolution: Resolution
    ambiguous: bool = False


class Cue(NamedTuple):
    """The speech verb and the phrase around it that attribute a quote."""

    verb: str
    lemma: str
    phrase: Span


class Quote(NamedTuple):
    """One contiguous quoted passage; offsets cover the content inside the marks."""

    start: int
    end: int
    text: str
    kind: QuoteKind
    speaker: Speaker | None
    cue: Cue | None
    confidence: float
    rule: RuleName
    group: int
    paragraph: int
    line: int
    column: int
    sentence: Sentence
    unclosed: bool


class Skipped(NamedTuple):
    """A quoted passage that is not speech (a title, nickname or scare quote)."""

    start: int
    end: int
    text: str
    reason: SkipReason
    line: int
    column: int


class Document(NamedTuple):
    """An article with the quotes found in it."""

    id: str
    path: str | None
    line: int | None
    metadata: ArticleMetadata | None
    text: str
    quotes: list[Quote]
    skipped: list[Skipped]

    def place(self, line: int, column: int) -> str:
        """Where `line`:`column` of this article is, for a message (as `models.Document`)."""
        if self.line is not None:
            return f"{self.path}:{self.line} (id={self.id}) {line}:{column}"
        return f"{self.path or self.id}:{line}:{column}"
