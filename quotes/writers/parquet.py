"""Quote records as a Parquet table: one row per quote, for DuckDB, pandas and Spark.

Each row holds the quote, its speaker and cue, and the metadata of its article, in typed
columns (offsets are integers, confidence a double, the publication date a date). Rows are
written in groups as documents arrive, so memory stays flat however large the input.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from quotes.errors import DependencyError
from quotes.models import Document, Quote
from quotes.writers.atomic import OUT_OPTION, write_atomically

if TYPE_CHECKING:
    import pyarrow

ROWS_PER_GROUP = 10_000
"""Rows gathered before a row group is written: Parquet readers skip whole groups, and a
row held as a dict costs a few kilobytes until then."""

INSTALL_HINT = "pyarrow is not installed; install it with: pip install 'quotes[parquet]'"


def _arrow() -> Any:
    """The pyarrow module, or a one-line error saying how to install it."""
    try:
        import pyarrow
        import pyarrow.parquet  # the writer; a submodule pyarrow does not load by itself
    except ImportError as error:
        raise DependencyError(INSTALL_HINT) from error
    return pyarrow


def quote_schema() -> pyarrow.Schema:
    """The columns of the quote table, in order, with their types."""
    pa = _arrow()
    string, int64, int32 = pa.string(), pa.int64(), pa.int32()
    return pa.schema(
        [
            ("document_id", string),
            ("document_path", string),
            ("headline", string),
            ("url", string),
            ("outlet", string),
            ("published_date", pa.date32()),
            ("published_at", pa.timestamp("us", tz="UTC")),
            ("published_text", string),
            ("authors", pa.list_(string)),
            ("language", string),
            ("quote_index", int32),
            ("quote_start", int64),
            ("quote_end", int64),
            ("quote_text", string),
            ("kind", string),
            ("rule", string),
            ("confidence", pa.float64()),
            ("quote_group", int32),
            ("paragraph", int32),
            ("line", int32),
            ("column", int32),
            ("unclosed", pa.bool_()),
            ("sentence_start", int64),
            ("sentence_end", int64),
            ("sentence", string),
            ("speaker_name", string),
            ("speaker_kind", string),
            ("speaker_role", string),
            ("speaker_resolution", string),
            ("speaker_ambiguous", pa.bool_()),
            ("speaker_mention", string),
            ("speaker_mention_start", int64),
            ("speaker_mention_end", int64),
            ("cue_verb", string),
            ("cue_lemma", string),
            ("cue_phrase", string),
            ("cue_start", int64),
            ("cue_end", int64),
        ]
    )


def _published(document: Document) -> tuple[datetime.date | None, datetime.datetime | None]:
    """The publication date, and the instant when the time and its zone are known."""
    published = document.metadata.published if document.metadata else None
    if isinstance(published, datetime.datetime):
        instant = published.astimezone(datetime.UTC) if published.tzinfo else None
        return published.date(), instant
    return published, None


def document_rows(document: Document) -> list[dict[str, object]]:
    """The rows of one document: one per quote, with the article's metadata on each."""
    metadata = document.metadata
    published_date, published_at = _published(document)
    article: dict[str, object] = {
        "document_id": document.id,
        "document_path": document.path,
        "headline": metadata.headline if metadata else None,
        "url": metadata.url if metadata else None,
        "outlet": metadata.outlet if metadata else None,
        "published_date": published_date,
        "published_at": published_at,
        "published_text": metadata.published_text if metadata else None,
        "authors": list(metadata.authors) if metadata else [],
        "language": metadata.language if metadata else None,
    }
    return [article | quote_columns(index, quote) for index, quote in enumerate(document.quotes)]


def quote_columns(index: int, quote: Quote) -> dict[str, object]:
    """The columns of one quote, its speaker and its cue."""
    speaker, cue = quote.speaker, quote.cue
    return {
        "quote_index": index,
        "quote_start": quote.start,
        "quote_end": quote.end,
        "quote_text": quote.text,
        "kind": quote.kind,
        "rule": quote.rule,
        "confidence": quote.confidence,
        "quote_group": quote.group,
        "paragraph": quote.paragraph,
        "line": quote.line,
        "column": quote.column,
        "unclosed": quote.unclosed,
        "sentence_start": quote.sentence.start,
        "sentence_end": quote.sentence.end,
        "sentence": quote.sentence.text,
        "speaker_name": speaker.name if speaker else None,
        "speaker_kind": speaker.kind if speaker else None,
        "speaker_role": speaker.role if speaker else None,
        "speaker_resolution": speaker.resolution if speaker else None,
        "speaker_ambiguous": speaker.ambiguous if speaker else None,
        "speaker_mention": speaker.mention.text if speaker else None,
        "speaker_mention_start": speaker.mention.start if speaker else None,
        "speaker_mention_end": speaker.mention.end if speaker else None,
        "cue_verb": cue.verb if cue else None,
        "cue_lemma": cue.lemma if cue else None,
        "cue_phrase": cue.phrase.text if cue else None,
        "cue_start": cue.phrase.start if cue else None,
        "cue_end": cue.phrase.end if cue else None,
    }


def write_quotes_parquet(documents: Iterable[Document], stream: IO[bytes]) -> int:
    """Writes the quotes of `documents` to `stream` as Parquet; returns the number of rows."""
    pa = _arrow()
    schema = quote_schema()
    rows: list[dict[str, object]] = []
    written = 0
    with pa.parquet.ParquetWriter(stream, schema, compression="zstd") as writer:
        for document in documents:
            rows.extend(document_rows(document))
            if len(rows) >= ROWS_PER_GROUP:
                writer.write_table(pa.Table.from_pylist(rows, schema=schema))
                written += len(rows)
                rows = []
        # Written even when empty, so that a run with no quotes still gives a readable table.
        writer.write_table(pa.Table.from_pylist(rows, schema=schema))
        written += len(rows)
    return written


def write_parquet_file(documents: Iterable[Document], path: Path, option: str = OUT_OPTION) -> int:
    """Writes the quotes of `documents` to `path` atomically; returns the number of rows.
    `option` is the command line option that named `path`, for errors."""
    _arrow()  # fail before any article is read when pyarrow is missing
    count = 0

    def write(stream: IO[bytes]) -> None:
        nonlocal count
        count = write_quotes_parquet(documents, stream)

    write_atomically(path, write, option)
    return count
