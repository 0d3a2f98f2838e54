"""The quote database: opening it, and `Store`, the one object indexing and the commands use.

The work is done by the modules beside it: `schema` (the file and its migrations), `rows`
(what is written of a document), `writing` (batched transactions), `joins` (speakers across
articles) and `queries` (speakers, who, search).
"""

from __future__ import annotations

import sqlite3
import urllib.parse
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TypeVar

from quotes.errors import QueryError, StoreError
from quotes.models import Article
from quotes.store import joins, queries, schema
from quotes.store.queries import Period, SearchHit, SpeakerQuotes, SpeakerSummary
from quotes.store.rows import DocumentRows, IndexReport, content_hash, fold, metadata_key
from quotes.store.writing import BatchWriter

_T = TypeVar("_T")


def remove_database(path: Path) -> bool:
    """Deletes the database at `path`, with its write-ahead log, if it holds no document.

    For a run that created the file and then stored nothing: a mistyped path must not leave
    an empty database that later commands take for a real one. A document stored meanwhile
    by another process keeps the file.
    """
    with _open(path, create=False) as store:
        if not store.is_empty():
            return False
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return True


def open_store(path: Path, create: bool = False) -> Store:
    """The database at `path`, migrated to the current schema.

    Args:
        path: The database file.
        create: Create the file when it does not exist (for indexing); otherwise it must exist.
    """
    if path.is_dir():
        raise StoreError(f"{path}: is a folder, not a database file")
    if not create and not path.exists():
        raise StoreError(
            f"{path}: no such database; build it with: quotes index PATH... --db {path}"
        )
    if create:
        # like export's --out, a new database's folder is made rather than refused
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except (FileExistsError, NotADirectoryError) as error:
            raise StoreError(f"{path}: cannot create it (a file is in the way)") from error
        except OSError as error:
            raise StoreError(f"{path}: cannot create it ({error.strerror or error})") from error
    if not create:
        # Queries open the file read-only, so that a database in a read-only folder, or one
        # the user may only read, can still be asked; only an older schema needs writing.
        store = _open_read_only(path)
        if store is not None:
            return store
    return _open(path, create)


def _open(path: Path, create: bool, uri: str | None = None) -> Store:
    """The database at `path` (or at the SQLite `uri`), checked and migrated."""
    try:
        connection = sqlite3.connect(
            uri or path, timeout=schema.BUSY_TIMEOUT, isolation_level=None, uri=uri is not None
        )
    except sqlite3.Error as error:
        raise StoreError(f"{path}: cannot open it ({error})") from error
    store = Store(connection, path, read_only=uri is not None)
    try:
        store.prepare(create)
    except BaseException:
        connection.close()
        raise
    return store


def _open_read_only(path: Path) -> Store | None:
    """The database at `path` opened for reading; None when its schema must be upgraded."""
    location = "file:" + urllib.parse.quote(str(path.resolve())) + "?mode=ro"
    try:
        store = _open(path, create=False, uri=location)
    except StoreError as error:
        cause = error.__cause__
        if not isinstance(cause, sqlite3.OperationalError) or "unable to open" not in str(cause):
            raise
        # A WAL database whose -shm file is gone cannot be read where it cannot be created
        # (a read-only folder); nobody can be writing it there, so it is read as immutable.
        store = _open(path, create=False, uri=location + "&immutable=1")
    # An older schema, or speakers an interrupted index run left out of date, need writing.
    if store.version() < len(schema.MIGRATIONS) or store.speakers_stale():
        store.close()
        return None
    return store


class Store:
    """An open quote database."""

    def __init__(self, connection: sqlite3.Connection, path: Path, read_only: bool = False) -> None:
        self.connection = connection
        self.path = path
        self.read_only = read_only

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Closes the connection; the last one out folds the write-ahead log back in."""
        self.connection.close()

    # Schema ------------------------------------------------------------------------------------

    def version(self) -> int:
        """The schema version stored in the file."""
        return schema.schema_version(self.connection)

    def prepare(self, create: bool) -> None:
        """Checks that the file is a quote database and brings its schema up to date."""
        schema.prepare(self.connection, self.path, create, self.read_only)

    def transaction(self) -> AbstractContextManager[sqlite3.Connection]:
        """A write transaction that takes the lock at once, so concurrent writers queue."""
        return schema.transaction(self.connection)

    def is_empty(self) -> bool:
        """True when no document is stored."""
        return self.connection.execute("SELECT 1 FROM documents LIMIT 1").fetchone() is None

    # Indexing ----------------------------------------------------------------------------------

    def stored_hash(self, document_id: str) -> str | None:
        """The content hash stored for `document_id`, or None when it is not indexed."""
        row = self.connection.execute(
            "SELECT content_hash FROM documents WHERE id = ?", (document_id,)
        ).fetchone()
        return None if row is None else str(row[0])

    def holds(self, article: Article, settings: str = "") -> bool:
        """True when `article` is stored with this text, engine version and `settings`."""
        try:
            digest = content_hash(article.text, settings + metadata_key(article.metadata))
            return self.stored_hash(article.id) == digest
        except sqlite3.Error as error:
            raise StoreError(f"{self.path}: cannot read {article.id} ({error})") from error

    def write(
        self,
        documents: Iterator[DocumentRows],
        report: IndexReport,
        advance: Callable[[], None] = lambda: None,
    ) -> None:
        """Stores each of `documents` (see `rows.document_rows`) in batched transactions,
        counting them in `report` (see `writing.BatchWriter`)."""
        writer = BatchWriter(self.connection, self.path, self.refresh_speakers)
        writer.write(documents, report, advance)

    def refresh_speakers(self) -> None:
        """Joins the speakers of the documents changed since the last join."""
        try:
            joins.refresh_speakers(self.connection)
        except sqlite3.Error as error:
            raise StoreError(f"{self.path}: cannot update the speakers ({error})") from error

    def speakers_stale(self) -> bool:
        """True when a document changed since the speakers were last joined."""
        return joins.speakers_stale(self.connection)

    # Queries -----------------------------------------------------------------------------------

    def speakers(self) -> list[SpeakerSummary]:
        """Every speaker with quote and article counts, the most quoted first."""
        return self._query(lambda: queries.speakers(self.connection))

    def who(self, name: str, period: Period | None = None) -> list[SpeakerQuotes]:
        """The speakers any of whose names contains `name` (case-insensitive), with their quotes;
        with `period`, only the quotes in articles published within it."""
        needle = fold(name.strip())
        if not needle:
            raise QueryError("give a name to look for")
        return self._query(lambda: queries.who(self.connection, needle, period or Period()))

    def search(
        self, query: str, speaker: str | None = None, limit: int = 50, period: Period | None = None
    ) -> list[SearchHit]:
        """The quotes matching an FTS5 `query`, best first, optionally from one speaker and
        from articles published within `period`."""
        if not query.strip():
            raise QueryError("give words to search for")
        period = period or Period()
        return self._query(lambda: queries.search(self.connection, query, speaker, limit, period))

    def _query(self, run: Callable[[], _T]) -> _T:
        """Runs a read query on one snapshot, turning SQLite errors into one-line errors."""
        self.refresh_speakers()
        try:
            # One read transaction: an index run committing between this query's statements
            # would otherwise leave speakers and quotes out of step.
            self.connection.execute("BEGIN")
            try:
                return run()
            finally:
                self.connection.execute("COMMIT")
        except sqlite3.Error as error:
            raise StoreError(f"{self.path}: query failed ({error})") from error
