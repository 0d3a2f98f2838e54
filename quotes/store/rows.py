"""What the store writes of a document: its table rows, plain values cheap to send from a
worker process, and the hash that tells an unchanged article."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal, NamedTuple

from quotes import __version__
from quotes.models import ArticleMetadata, Document, Quote

IndexStatus = Literal["added", "replaced", "unchanged"]


@dataclass
class IndexReport:
    """What one index run did."""

    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    quotes: int = 0
    moved: list[str] = field(default_factory=list)
    """One line per article that replaced one with its id stored from another file."""


def content_hash(text: str, settings: str = "") -> str:
    """The SHA-256 of `text`, the engine version and the settings: a changed text, a newer
    engine or other settings that may read it differently make it be extracted again."""
    engine = f"quotes {__version__}\n{settings}".encode()
    return hashlib.sha256(engine + text.encode("utf-8", "surrogatepass")).hexdigest()


def metadata_key(metadata: ArticleMetadata | None) -> str:
    """An article's metadata as hashed with its text: changed metadata is stored again.

    Empty without metadata, so that articles indexed before metadata was kept stay unchanged.
    """
    return "" if metadata is None else "metadata: " + metadata.model_dump_json() + "\n"


def fold(name: str) -> str:
    """`name` folded for case-insensitive matching."""
    return name.casefold()


def _quote_row(document: Document, position: int, quote: Quote) -> tuple[object, ...]:
    """The `quotes` table row of one quote, from `position` on (without id and document)."""
    speaker = quote.speaker
    return (
        position,
        quote.start,
        quote.end,
        quote.text,
        quote.kind,
        quote.paragraph,
        quote.line,
        quote.column,
        speaker.name if speaker else None,
        speaker.kind if speaker else None,
        speaker.role if speaker else None,
        speaker.mention.text if speaker else None,
        speaker.resolution if speaker else None,
        quote.cue.phrase.text if quote.cue else None,
        quote.rule,
        quote.confidence,
    )


class DocumentRows(NamedTuple):
    """A document as the store writes it: plain values, cheap to send from a worker process
    (a pickled Document costs the writer more to load than to store)."""

    id: str
    path: str | None
    digest: str
    """content_hash of its text, the engine version and the settings it was extracted with."""
    metadata: tuple[object, ...]
    """The `documents` columns headline to published_day."""
    quotes: list[tuple[object, ...]]
    """The `quotes` table rows, from position on."""


def document_rows(document: Document, settings: str = "") -> DocumentRows:
    """What the store writes of `document`, extracted with `settings`."""
    return DocumentRows(
        document.id,
        document.path,
        content_hash(document.text, settings + metadata_key(document.metadata)),
        metadata_columns(document.metadata),
        [_quote_row(document, i, quote) for i, quote in enumerate(document.quotes)],
    )


INSERT_QUOTE = (
    'INSERT INTO quotes (id, document_id, position, start, "end", text, kind, paragraph, line, '
    '"column", speaker, speaker_kind, role, mention, resolution, cue, rule, confidence) '
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


METADATA_FIELDS = (
    "headline",
    "url",
    "outlet",
    "published",
    "published_text",
    "authors",
    "language",
)


def metadata_columns(metadata: ArticleMetadata | None) -> tuple[object, ...]:
    """The `documents` columns of an article's metadata, from headline to published_day."""
    if metadata is None:
        return (None,) * (len(METADATA_FIELDS) + 1)
    published = metadata.published
    day = published.date() if isinstance(published, datetime) else published
    return (
        metadata.headline,
        metadata.url,
        metadata.outlet,
        published.isoformat() if published else None,
        metadata.published_text,
        json.dumps(metadata.authors, ensure_ascii=False) if metadata.authors else None,
        metadata.language,
        day.isoformat() if day else None,
    )
