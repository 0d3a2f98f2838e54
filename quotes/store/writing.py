"""Writing documents into the database: one writer, batched transactions, each document
whole or not at all."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

from quotes.errors import StoreError
from quotes.store.rows import INSERT_QUOTE, DocumentRows, IndexReport, IndexStatus
from quotes.store.schema import transaction

BATCH_DOCUMENTS = 200
"""Most documents written in one transaction: one commit per document would cost more than
extracting it, yet a killed run should lose little."""
BATCH_SECONDS = 1.0
"""Longest time spent gathering one batch, so that slow inputs are still committed often."""
JOIN_DOCUMENTS = 10_000
"""Documents written between two joins of their speakers in a long index run: joining only at
the end held every name of a 100,000-article run in memory at once (600 MB)."""


Written = list[tuple[DocumentRows, IndexStatus, str | None]]
"""Each document written, what was done with it, and the path it was stored from before."""


class DocumentStore:
    """The rows of documents written inside a transaction the caller holds: each document
    replacing an older version, and the batch's quotes in the full-text index."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection

    def store_all(
        self,
        documents: list[DocumentRows],
        written: Written,
    ) -> None:
        """Writes `documents` inside the caller's transaction, noting each in `written`, then
        their quotes' words into the full-text index in one statement.

        One INSERT ... SELECT for the batch costs a tenth of a trigger per quote (FTS5 does
        its per-statement work once). The quotes get ids from one past the largest, so that
        the batch's quotes are exactly those from that id on, even when a replaced document
        freed the ids at the top.
        """
        db = self.connection
        first = db.execute("SELECT coalesce(max(id), 0) + 1 FROM quotes").fetchone()[0]
        next_id = first
        for document in documents:
            written.append((document, *self._store(document, next_id)))
            next_id += len(document.quotes)
        if next_id > first:
            db.execute(
                "INSERT INTO quotes_fts (rowid, text) SELECT id, text FROM quotes WHERE id >= ?",
                (first,),
            )

    def _store(self, document: DocumentRows, first_id: int) -> tuple[IndexStatus, str | None]:
        """Writes `document` inside the caller's transaction, replacing an older version, its
        quotes with ids from `first_id` on; returns what it did and the path the document was
        stored from before. The caller adds the quotes to the full-text index."""
        db = self.connection
        stored = db.execute(
            "SELECT content_hash, path FROM documents WHERE id = ?", (document.id,)
        ).fetchone()
        if stored is not None and stored[0] == document.digest:
            return "unchanged", stored[1]
        if stored is not None:
            db.execute("DELETE FROM quotes WHERE document_id = ?", (document.id,))
        db.execute(
            "INSERT INTO documents (id, path, content_hash, quote_count, indexed_at, "
            "headline, url, outlet, published, published_text, authors, language, "
            "published_day) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (id) DO UPDATE SET path = excluded.path, "
            "content_hash = excluded.content_hash, quote_count = excluded.quote_count, "
            "indexed_at = excluded.indexed_at, headline = excluded.headline, "
            "url = excluded.url, outlet = excluded.outlet, published = excluded.published, "
            "published_text = excluded.published_text, authors = excluded.authors, "
            "language = excluded.language, published_day = excluded.published_day",
            (
                document.id,
                document.path,
                document.digest,
                len(document.quotes),
                datetime.now(UTC).isoformat(timespec="seconds"),
                *document.metadata,
            ),
        )
        db.executemany(
            INSERT_QUOTE,
            ((first_id + i, document.id, *row) for i, row in enumerate(document.quotes)),
        )
        # A document can change whom a name sharing a surname with its names joins elsewhere
        # (a second "Jane Okafor" splits "Okafor"): those are joined again before they are read.
        db.execute(
            "INSERT OR IGNORE INTO pending_documents (document_id) VALUES (?)", (document.id,)
        )
        return ("added" if stored is None else "replaced"), None if stored is None else stored[1]


def count_written(
    written: Written,
    report: IndexReport,
    advance: Callable[[], None],
) -> None:
    """Counts documents written in `report`, noting those that replaced another file's."""
    for document, status, previous in written:
        if status == "replaced" and previous not in (None, document.path):
            # Never silent: two files known by one id would otherwise swap each run.
            report.moved.append(
                f"{document.path}: replaced article {document.id!r}, "
                f"which was stored from {previous}"
            )
        setattr(report, status, getattr(report, status) + 1)
        if status != "unchanged":
            report.quotes += len(document.quotes)
        advance()


class BatchWriter:
    """The one writer of an index run, a transaction per batch of documents;
    `join_speakers` is called between long stretches of documents, so that a long run
    never holds every name at once."""

    def __init__(
        self, connection: sqlite3.Connection, path: Path, join_speakers: Callable[[], None]
    ) -> None:
        self.connection = connection
        self.path = path
        self.join_speakers = join_speakers
        self.store = DocumentStore(connection)

    def write(
        self,
        documents: Iterator[DocumentRows],
        report: IndexReport,
        advance: Callable[[], None] = lambda: None,
    ) -> None:
        """Stores each of `documents` (see `document_rows`), counting them in `report`.

        This process is the one writer. Documents are written in batches, one transaction per
        batch: a failure or Ctrl-C keeps every document written before it and nothing of the
        one it stopped, and a killed process loses at most the last batch (BATCH_DOCUMENTS
        documents or BATCH_SECONDS of work).
        """
        unjoined = 0
        while batch := self._next_batch(documents):
            self._write_batch(batch, report, advance)
            unjoined += len(batch)
            if unjoined >= JOIN_DOCUMENTS:
                self.join_speakers()
                unjoined = 0

    def _next_batch(self, documents: Iterator[DocumentRows]) -> list[DocumentRows]:
        """The next documents to write together; on Ctrl-C, those finished so far are written."""
        batch: list[DocumentRows] = []
        deadline = time.monotonic() + BATCH_SECONDS
        try:
            for document in documents:
                batch.append(document)
                if len(batch) >= BATCH_DOCUMENTS or time.monotonic() > deadline:
                    break
        except BaseException:
            self._write_batch(batch, IndexReport(), lambda: None)
            raise
        return batch

    def _write_batch(
        self,
        batch: list[DocumentRows],
        report: IndexReport,
        advance: Callable[[], None],
    ) -> None:
        """Stores `batch` in one transaction, each document whole or not at all.

        No savepoint per document: FTS5 writes its pending index to disk at every savepoint,
        which made each document a segment of its own to merge. A document that fails rolls
        the batch back instead, and the documents before it are written again and kept.
        """
        if not batch:
            return
        db = self.connection
        written: Written = []
        try:
            db.execute("BEGIN IMMEDIATE")
            try:
                self.store.store_all(batch, written)
            except BaseException:
                db.execute("ROLLBACK")
                # Also after a failure or Ctrl-C: the documents before it are whole, so kept.
                kept = [document for document, _, _ in written]
                written = []
                with transaction(self.connection):
                    self.store.store_all(kept, written)
                count_written(written, report, advance)
                raise
            db.execute("COMMIT")
        except sqlite3.Error as error:
            raise StoreError(f"{self.path}: cannot store the documents ({error})") from error
        count_written(written, report, advance)
