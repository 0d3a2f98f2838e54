"""The library's edge: `extract` and `load_documents` as `quotes` exports them.

The readers and the engine work on plain records (`quotes.records`); here they become the
validated pydantic models of `quotes.models` that users receive, and a user's `Article`
becomes the engine's record.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import quotes.readers.files as files
import quotes.records as plain
from quotes.engine.composer import ExtractOptions, extract_records
from quotes.errors import InputError
from quotes.models import Article, Document

__all__ = ["ExtractOptions", "extract", "load_documents"]


def extract(
    text: str | Article | plain.Article, id: str = "text", options: ExtractOptions | None = None
) -> Document:
    """Finds every quotation in `text` and credits each to its speaker.

    Args:
        text: The article text (offsets refer to it exactly), or an `Article` (a model, or
            the plain record a reader gives).
        id: The document id used when `text` is a plain string.
        options: Extraction options; the shipped lexicons by default.
    """
    given = text.to_record() if isinstance(text, Article) else text
    return Document.from_record(extract_records(given, id, options))


def load_documents(
    paths: Iterable[str | Path],
    on_error: Callable[[InputError], None] | None = None,
    on_warning: Callable[[str], None] = files.warn_by_default,
) -> Iterator[Article]:
    """Articles from files, folders, JSON Lines corpora and `-` (stdin), in the order given,
    each a validated `Article`; see `quotes.readers.files.load_documents`."""
    for record in files.load_documents(paths, on_error, on_warning):
        yield Article.from_record(record)
