"""Validated records: what `extract` returns and every exporter consumes.

The readers and the engine build plain records (`quotes.records`, no pydantic); these models
are the library's edge: `Document.from_record` and `Article.from_record` turn plain records
into them, `Article.to_record` a user's article into the engine's.
"""

from __future__ import annotations

import datetime
from functools import cache
from typing import TypeVar

from pydantic import BaseModel, ConfigDict, Field, model_validator

import quotes.records as plain
from quotes.records import (
    SENTENCE_TEXT_LIMIT,
    QuoteKind,
    Resolution,
    RuleName,
    SkipReason,
    SpeakerKind,
)

# The plain records' literals, rule names and sentence limit are the models' too.
__all__ = [
    "SENTENCE_TEXT_LIMIT",
    "Article",
    "ArticleMetadata",
    "Cue",
    "Document",
    "Quote",
    "QuoteKind",
    "Record",
    "Resolution",
    "RuleName",
    "Sentence",
    "SkipReason",
    "Skipped",
    "Span",
    "Speaker",
    "SpeakerKind",
    "trusted",
]


class Record(BaseModel):
    """Common configuration: immutable, and unknown fields are an error.

    Each model builds its validator and serialiser the first time it is used, not on import:
    building all of them took about 40 ms, which a command using only a few (`quotes check`,
    `quotes who`) or none (`from quotes import __version__`) need not pay.
    """

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)


RecordT = TypeVar("RecordT", bound=Record)


def trusted(model: type[RecordT], **values: object) -> RecordT:
    """`model(**values)` without validation, for values the engine guarantees valid.

    Validating every record the engine builds cost about a tenth of extraction, for checks
    the engine already keeps (offsets, ranges, types); tests/test_records.py checks that
    these records equal validated ones. Every field must be given, in declaration order (as
    `repr` shows them), with the type the field declares. All records of one model share
    one set of field names: they are frozen, and `model_copy` copies the set before it
    changes it.
    """
    record = object.__new__(model)
    object.__setattr__(record, "__dict__", values)
    object.__setattr__(record, "__pydantic_fields_set__", _all_fields(model))
    object.__setattr__(record, "__pydantic_extra__", None)
    object.__setattr__(record, "__pydantic_private__", None)
    return record


@cache
def _all_fields(model: type[Record]) -> set[str]:
    """The names of all fields of `model`: the fields set of a record given every field."""
    return set(model.model_fields)


class ArticleMetadata(Record):
    """Where an article was published: what a fact-checker cites. Every field is optional."""

    headline: str | None = None
    url: str | None = Field(default=None, description="Canonical URL of the article.")
    outlet: str | None = Field(default=None, description="Publisher or site name.")
    published: datetime.datetime | datetime.date | None = Field(
        default=None, description="Publication date, with time and timezone when stated."
    )
    published_text: str | None = Field(
        default=None, description="A publication date as given that could not be parsed."
    )
    authors: list[str] = Field(default_factory=list)
    language: str | None = Field(default=None, description="Language tag, e.g. 'en'.")

    @classmethod
    def from_record(cls, record: plain.ArticleMetadata) -> ArticleMetadata:
        """The validated metadata of a plain record."""
        data = record._asdict()
        data["authors"] = list(record.authors)
        return cls(**data)

    def to_record(self) -> plain.ArticleMetadata:
        """This metadata as the plain record the engine reads."""
        return plain.ArticleMetadata(
            self.headline,
            self.url,
            self.outlet,
            self.published,
            self.published_text,
            tuple(self.authors),
            self.language,
        )


class Span(Record):
    """A stretch of the input text: `text == document_text[start:end]`."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.start >= self.end:
            raise ValueError(f"span start {self.start} is not before end {self.end}")
        if len(self.text) != self.end - self.start:
            raise ValueError("span text length does not match its offsets")
        return self


class Sentence(Record):
    """Where a quote's sentence lies; `text` is its first `SENTENCE_TEXT_LIMIT` characters.

    `text == document_text[start:start + len(text)]`; a longer sentence is cut there, and
    `end` still marks where it ends.
    """

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str = Field(
        description=f"The sentence, cut after its first {SENTENCE_TEXT_LIMIT} characters."
    )

    @model_validator(mode="after")
    def _bounded(self) -> Sentence:
        if self.start >= self.end:
            raise ValueError(f"sentence start {self.start} is not before end {self.end}")
        if len(self.text) != min(self.end - self.start, SENTENCE_TEXT_LIMIT):
            raise ValueError("sentence text length does not match its offsets and limit")
        return self


class Speaker(Record):
    """Who said a quote: one identity per person in a document."""

    name: str = Field(description="Canonical name: the fullest mention in the document.")
    kind: SpeakerKind = "person"
    role: str | None = Field(default=None, description="Title or role stated in the text.")
    mention: Span = Field(description="The mention that attributes this quote.")
    resolution: Resolution = Field(
        description="explicit: named at the cue; pronoun: resolved from he/she/they; "
        "context: inferred from the surrounding paragraphs."
    )
    ambiguous: bool = Field(
        default=False, description="A pronoun that could refer to more than one person."
    )


class Cue(Record):
    """The speech verb and the phrase around it that attribute a quote."""

    verb: str = Field(description="The verb as written, e.g. 'told'.")
    lemma: str = Field(description="Dictionary form of the verb, e.g. 'tell'.")
    phrase: Span = Field(description="The whole cue phrase, e.g. 'told a news conference'.")


class Quote(Span):
    """One contiguous quoted passage; offsets cover the content inside the marks."""

    kind: QuoteKind
    speaker: Speaker | None
    cue: Cue | None
    confidence: float = Field(ge=0.0, le=1.0)
    rule: RuleName = Field(description="Name of the attribution rule that fired.")
    group: int = Field(ge=0, description="Quotes of one quotation or split quote share it.")
    paragraph: int = Field(ge=1, description="1-based paragraph (non-empty line) number.")
    line: int = Field(ge=1, description="1-based line of the opening mark.")
    column: int = Field(ge=1, description="1-based column of the opening mark.")
    sentence: Sentence = Field(description="The sentence the quote stands in.")
    unclosed: bool = Field(default=False, description="No closing mark before the paragraph end.")


class Skipped(Span):
    """A quoted passage that is not speech (a title, nickname or scare quote)."""

    reason: SkipReason
    line: int = Field(ge=1)
    column: int = Field(ge=1)


class Document(Record):
    """An article with the quotes found in it."""

    id: str
    path: str | None = None
    line: int | None = Field(
        default=None,
        exclude=True,
        repr=False,
        description="Line of the JSON Lines corpus that held the article; not exported.",
    )
    metadata: ArticleMetadata | None = None
    text: str = Field(exclude=True, repr=False)
    quotes: list[Quote] = Field(default_factory=list)
    skipped: list[Skipped] = Field(default_factory=list)

    @classmethod
    def from_record(cls, record: plain.Document) -> Document:
        """The models of the engine's plain document, built without validation: the engine
        keeps their invariants (offsets index the text, numbers in range), which
        tests/test_records.py checks against validation."""
        metadata = record.metadata
        return trusted(
            Document,
            id=record.id,
            path=record.path,
            line=record.line,
            metadata=None if metadata is None else ArticleMetadata.from_record(metadata),
            text=record.text,
            quotes=[_quote(quote) for quote in record.quotes],
            skipped=[trusted(Skipped, **item._asdict()) for item in record.skipped],
        )

    def place(self, line: int, column: int) -> str:
        """Where `line`:`column` of this article is, for a message.

        In a JSON Lines corpus the corpus line and the id come first, so that the article's
        own line is not read as the corpus's: `corpus.jsonl:17 (id=abc) 5:146`.
        """
        if self.line is not None:
            return f"{self.path}:{self.line} (id={self.id}) {line}:{column}"
        return f"{self.path or self.id}:{line}:{column}"

    @model_validator(mode="after")
    def _offsets_index_text(self) -> Document:
        spans: list[Span | Sentence] = [*self.quotes, *self.skipped]
        for quote in self.quotes:
            spans.append(quote.sentence)
            if quote.speaker is not None:
                spans.append(quote.speaker.mention)
            if quote.cue is not None:
                spans.append(quote.cue.phrase)
        for span in spans:
            # a sentence's text may be cut short: it must still be where its offsets say
            if span.end > len(self.text) or not self.text.startswith(span.text, span.start):
                raise ValueError(
                    f"document {self.id!r}: offsets {span.start}:{span.end} "
                    f"do not hold {span.text[:40]!r}"
                )
        return self


class Article(Record):
    """An input text as decoded, before extraction."""

    id: str
    path: str | None = None
    line: int | None = Field(
        default=None, ge=1, description="Line of the JSON Lines corpus that held the article."
    )
    metadata: ArticleMetadata | None = None
    text: str
    markup: list[tuple[int, int]] = Field(
        default_factory=list,
        description="Ranges of `text` that are not prose (front matter, Markdown syntax): "
        "kept so that offsets point into the file, but never read as quotes or speech.",
    )

    @classmethod
    def from_record(cls, record: plain.Article) -> Article:
        """The validated article of a reader's plain record."""
        metadata = record.metadata
        return cls(
            id=record.id,
            path=record.path,
            line=record.line,
            metadata=None if metadata is None else ArticleMetadata.from_record(metadata),
            text=record.text,
            markup=list(record.markup),
        )

    def to_record(self) -> plain.Article:
        """This article as the plain record the engine reads."""
        metadata = self.metadata
        return plain.Article(
            id=self.id,
            text=self.text,
            path=self.path,
            line=self.line,
            metadata=None if metadata is None else metadata.to_record(),
            markup=tuple(self.markup),
        )

    @model_validator(mode="after")
    def _markup_inside_text(self) -> Article:
        for start, end in self.markup:
            if not 0 <= start <= end <= len(self.text):
                raise ValueError(f"article {self.id!r}: markup range {start}:{end} is outside")
        return self


def _quote(quote: plain.Quote) -> Quote:
    """The model of a plain quote, unvalidated (see `Document.from_record`)."""
    (start, end, text, kind, speaker, cue, confidence, rule, group, paragraph, line, column,
     sentence, unclosed) = quote  # fmt: skip
    return trusted(
        Quote,
        start=start,
        end=end,
        text=text,
        kind=kind,
        speaker=None if speaker is None else _speaker(speaker),
        cue=None
        if cue is None
        else trusted(Cue, verb=cue.verb, lemma=cue.lemma, phrase=_span(cue.phrase)),
        confidence=confidence,
        rule=rule,
        group=group,
        paragraph=paragraph,
        line=line,
        column=column,
        sentence=trusted(Sentence, start=sentence.start, end=sentence.end, text=sentence.text),
        unclosed=unclosed,
    )


def _speaker(speaker: plain.Speaker) -> Speaker:
    name, kind, role, mention, resolution, ambiguous = speaker
    return trusted(
        Speaker,
        name=name,
        kind=kind,
        role=role,
        mention=_span(mention),
        resolution=resolution,
        ambiguous=ambiguous,
    )


def _span(span: plain.Span) -> Span:
    return trusted(Span, start=span.start, end=span.end, text=span.text)
