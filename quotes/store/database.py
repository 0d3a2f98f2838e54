"""The quote database: documents, quotes and speakers in SQLite, searchable with FTS5."""

from __future__ import annotations

import hashlib
import itertools
import json
import sqlite3
import time
import urllib.parse
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Literal, NamedTuple, TypeVar

import regex
from pydantic import Field

from quotes import __version__
from quotes.errors import QueryError, StoreError
from quotes.identity import (
    Joiner,
    Key,
    Registry,
    RegistryBuilder,
    Sighting,
    SpeakerEntry,
    join_unit,
    name_key,
    number_slugs,
    slug_family,
    slugify,
)
from quotes.models import (
    Article,
    ArticleMetadata,
    Document,
    Quote,
    QuoteKind,
    Record,
    SpeakerKind,
)

Migration = tuple[str, ...]
"""The SQL statements that take the schema from one version to the next."""

MIGRATIONS: list[Migration] = [
    # 1: documents keyed by id and content hash, quotes with their speaker as extracted, the
    # cross-article speaker names, and the full-text index kept in step by triggers.
    (
        """CREATE TABLE documents (
            id TEXT PRIMARY KEY,
            path TEXT,
            content_hash TEXT NOT NULL,
            quote_count INTEGER NOT NULL,
            indexed_at TEXT NOT NULL
        )""",
        """CREATE TABLE quotes (
            id INTEGER PRIMARY KEY,
            document_id TEXT NOT NULL REFERENCES documents(id),
            position INTEGER NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text TEXT NOT NULL,
            kind TEXT NOT NULL,
            paragraph INTEGER NOT NULL,
            line INTEGER NOT NULL,
            "column" INTEGER NOT NULL,
            speaker TEXT,
            speaker_kind TEXT,
            role TEXT,
            mention TEXT,
            resolution TEXT,
            cue TEXT,
            rule TEXT NOT NULL,
            confidence REAL NOT NULL,
            UNIQUE (document_id, position)
        )""",
        # With document_id, counting a speaker's articles reads the index alone.
        "CREATE INDEX quotes_speaker ON quotes(speaker, speaker_kind, document_id)",
        # One row per distinct (name, kind) quoted. `key` is its registry identity before
        # joining, `target` the identity it joins across articles (see quotes.registry).
        """CREATE TABLE names (
            name TEXT NOT NULL,
            kind TEXT NOT NULL,
            key TEXT NOT NULL,
            folded TEXT NOT NULL,
            surname TEXT NOT NULL,
            target TEXT NOT NULL,
            slug TEXT NOT NULL,
            quote_count INTEGER NOT NULL,
            PRIMARY KEY (name, kind)
        ) WITHOUT ROWID""",
        "CREATE INDEX names_surname ON names(kind, surname)",
        "CREATE INDEX names_target ON names(kind, target)",
        "CREATE INDEX names_key ON names(kind, key)",
        # Porter stemming: a search for "hurry" should find "hurrying".
        """CREATE VIRTUAL TABLE quotes_fts USING fts5(
            text, content='quotes', content_rowid='id',
            tokenize='porter unicode61 remove_diacritics 2'
        )""",
        """CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
            INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text);
        END""",
        """CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
            INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
        END""",
    ),
    # 2: where each article was published. `published` is the date or time as the article
    # states it (ISO 8601, with its offset); `published_day` its calendar date there, which
    # --since and --until compare; `authors` a JSON array.
    (
        "ALTER TABLE documents ADD COLUMN headline TEXT",
        "ALTER TABLE documents ADD COLUMN url TEXT",
        "ALTER TABLE documents ADD COLUMN outlet TEXT",
        "ALTER TABLE documents ADD COLUMN published TEXT",
        "ALTER TABLE documents ADD COLUMN published_text TEXT",
        "ALTER TABLE documents ADD COLUMN published_day TEXT",
        "ALTER TABLE documents ADD COLUMN authors TEXT",
        "ALTER TABLE documents ADD COLUMN language TEXT",
        "CREATE INDEX documents_published_day ON documents(published_day)",
    ),
    # 3: speakers across articles as quotes.identity joins them, the same join the exporters
    # use; rebuilt from all the quotes whenever `registry_state.stale` is set.
    (
        "DROP TABLE names",
        """CREATE TABLE speakers (
            slug TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            kind TEXT NOT NULL,
            quote_count INTEGER NOT NULL,
            document_count INTEGER NOT NULL
        ) WITHOUT ROWID""",
        # Every name and mention a speaker was quoted under, folded for `who`.
        """CREATE TABLE speaker_aliases (
            slug TEXT NOT NULL,
            alias TEXT NOT NULL,
            folded TEXT NOT NULL,
            PRIMARY KEY (slug, alias)
        ) WITHOUT ROWID""",
        # Which speaker each (document, name, kind) of the quotes table is.
        """CREATE TABLE speaker_names (
            document_id TEXT NOT NULL,
            name TEXT NOT NULL,
            kind TEXT NOT NULL,
            slug TEXT NOT NULL,
            PRIMARY KEY (document_id, name, kind)
        ) WITHOUT ROWID""",
        "CREATE INDEX speaker_names_slug ON speaker_names(slug)",
        """CREATE TABLE registry_state (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            stale INTEGER NOT NULL
        )""",
        "INSERT INTO registry_state (id, stale) VALUES (1, 1)",
    ),
    # 4: the speakers joined again only where documents changed. Each speaker keeps its joined
    # identity (key_*), its slug before numbering (base) and that slug's family, and each
    # speaker and name its join unit (quotes.identity.join_unit): an index run redoes the
    # units of the names its documents had and have, and the slug families they touch.
    (
        "ALTER TABLE speakers ADD COLUMN key_kind TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE speakers ADD COLUMN key_name TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE speakers ADD COLUMN key_scope TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE speakers ADD COLUMN base TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE speakers ADD COLUMN family TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE speakers ADD COLUMN unit TEXT NOT NULL DEFAULT ''",
        "CREATE INDEX speakers_family ON speakers(family)",
        "CREATE INDEX speakers_unit ON speakers(unit)",
        "ALTER TABLE speaker_names ADD COLUMN unit TEXT NOT NULL DEFAULT ''",
        "CREATE INDEX speaker_names_unit ON speaker_names(unit)",
        # Documents stored since their speakers were last joined; written with the document,
        # so that a killed run's finished documents are joined by the next one.
        "CREATE TABLE pending_documents (document_id TEXT PRIMARY KEY) WITHOUT ROWID",
        # the new columns are filled by one whole rebuild
        "UPDATE registry_state SET stale = 1",
    ),
    # 5: the writer adds each batch's quotes to the full-text index in one statement, a tenth
    # of the cost of this trigger's one per quote (deletions still go through a trigger).
    ("DROP TRIGGER quotes_fts_insert",),
    # 6: what an index run that only adds documents needs to join their speakers without
    # reading again the quotes of everyone who shares their surnames: each identity before
    # joining (key_text) with its join unit, spellings (with quotes) and aliases over all
    # documents, the identity of each speaker name, and speakers found by identity.
    (
        "ALTER TABLE speaker_names ADD COLUMN key TEXT NOT NULL DEFAULT ''",
        "CREATE INDEX speaker_names_key ON speaker_names(key)",
        "CREATE INDEX speakers_key ON speakers(key_kind, key_name, key_scope)",
        """CREATE TABLE identities (
            key TEXT PRIMARY KEY,
            unit TEXT NOT NULL
        ) WITHOUT ROWID""",
        "CREATE INDEX identities_unit ON identities(unit)",
        """CREATE TABLE identity_spellings (
            key TEXT NOT NULL,
            spelling TEXT NOT NULL,
            quotes INTEGER NOT NULL,
            PRIMARY KEY (key, spelling)
        ) WITHOUT ROWID""",
        """CREATE TABLE identity_aliases (
            key TEXT NOT NULL,
            alias TEXT NOT NULL,
            PRIMARY KEY (key, alias)
        ) WITHOUT ROWID""",
        # the new tables and column are filled by one whole rebuild
        "UPDATE registry_state SET stale = 1",
    ),
]

SCHEMA_VERSION = len(MIGRATIONS)
"""The schema version this code writes; stored in `PRAGMA user_version`."""

BUSY_TIMEOUT = 60.0
"""Seconds to wait for another process's write transaction before giving up."""

BATCH_DOCUMENTS = 200
"""Most documents written in one transaction: one commit per document would cost more than
extracting it, yet a killed run should lose little."""
BATCH_SECONDS = 1.0
"""Longest time spent gathering one batch, so that slow inputs are still committed often."""
JOIN_DOCUMENTS = 10_000
"""Documents written between two joins of their speakers in a long index run: joining only at
the end held every name of a 100,000-article run in memory at once (600 MB)."""

# Private-use characters cannot occur in news text, so they mark matches unambiguously.
_OPEN_MATCH = "\ue000"
_CLOSE_MATCH = "\ue001"

IndexStatus = Literal["added", "replaced", "unchanged"]
_T = TypeVar("_T")


class SpeakerSummary(Record):
    """One speaker across the corpus: the names it was quoted under, and how often."""

    slug: str
    name: str
    kind: SpeakerKind
    aliases: list[str]
    quote_count: int
    document_count: int


class StoredQuote(Record):
    """A quote as stored, with the article it is in and who said it."""

    document_id: str
    path: str | None
    paragraph: int
    line: int
    text: str
    kind: QuoteKind
    speaker: str | None = Field(description="The speaker's name across the corpus.")
    speaker_slug: str | None
    name_in_article: str | None = Field(description="The speaker's name in this article.")
    mention: str | None
    role: str | None
    cue: str | None
    rule: str
    article: ArticleMetadata | None = Field(
        default=None, description="Where the article was published: headline, URL, outlet, date."
    )


class SpeakerQuotes(Record):
    """A speaker and every quote credited to them."""

    speaker: SpeakerSummary
    quotes: list[StoredQuote]


class SearchHit(Record):
    """A quote that matches a search, with the matched stretches of its text."""

    quote: StoredQuote
    matches: list[tuple[int, int]]


@dataclass(frozen=True)
class Period:
    """Publication dates to keep, both ends included; articles with no date fall outside
    any period that has an end."""

    since: date | None = None
    until: date | None = None

    @property
    def condition(self) -> str:
        """The SQL to add to a WHERE clause over `documents d`; empty for no limit."""
        return "".join(
            clause
            for clause, bound in (
                (" AND d.published_day >= ?", self.since),
                (" AND d.published_day <= ?", self.until),
            )
            if bound is not None
        )

    @property
    def parameters(self) -> tuple[str, ...]:
        return tuple(bound.isoformat() for bound in (self.since, self.until) if bound)


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
        _metadata_columns(document.metadata),
        [_quote_row(document, i, quote) for i, quote in enumerate(document.quotes)],
    )


_INSERT_QUOTE = (
    'INSERT INTO quotes (id, document_id, position, start, "end", text, kind, paragraph, line, '
    '"column", speaker, speaker_kind, role, mention, resolution, cue, rule, confidence) '
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)

_QUOTE_COLUMNS = (
    "q.document_id, d.path, q.paragraph, q.line, q.text, q.kind, s.name, s.slug, q.speaker, "
    "q.mention, q.role, q.cue, q.rule, "
    "d.headline, d.url, d.outlet, d.published, d.published_text, d.authors, d.language"
)
# The tables `_QUOTE_COLUMNS` reads, after `FROM quotes q`: an unattributed quote has no speaker.
_QUOTE_TABLES = (
    "JOIN documents d ON d.id = q.document_id "
    "LEFT JOIN speaker_names n "
    "ON n.document_id = q.document_id AND n.name = q.speaker AND n.kind = q.speaker_kind "
    "LEFT JOIN speakers s ON s.slug = n.slug"
)


_METADATA_FIELDS = (
    "headline",
    "url",
    "outlet",
    "published",
    "published_text",
    "authors",
    "language",
)


def _metadata_columns(metadata: ArticleMetadata | None) -> tuple[object, ...]:
    """The `documents` columns of an article's metadata, from headline to published_day."""
    if metadata is None:
        return (None,) * (len(_METADATA_FIELDS) + 1)
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


def _stored_metadata(columns: tuple[Any, ...]) -> ArticleMetadata | None:
    """The metadata kept in the `documents` columns headline to language; None when empty."""
    if not any(columns):
        return None
    fields = dict(zip(_METADATA_FIELDS, columns, strict=True))
    fields["authors"] = json.loads(fields["authors"]) if fields["authors"] else []
    return ArticleMetadata.model_validate({k: v for k, v in fields.items() if v is not None})


# The StoredQuote field of each of the first 13 columns of `_QUOTE_COLUMNS`.
_STORED_QUOTE_FIELDS = (
    "document_id",
    "path",
    "paragraph",
    "line",
    "text",
    "kind",
    "speaker",
    "speaker_slug",
    "name_in_article",
    "mention",
    "role",
    "cue",
    "rule",
)


def _stored_quote(row: sqlite3.Row | tuple[Any, ...]) -> StoredQuote:
    """The record of a row of `_QUOTE_COLUMNS`."""
    fields: dict[str, object] = dict(zip(_STORED_QUOTE_FIELDS, row[:13], strict=True))
    fields["article"] = _stored_metadata(tuple(row[13:20]))
    # validated from a dict: half the time of keyword arguments, which counts when `who`
    # returns the thousands of quotes of a common surname
    return StoredQuote.model_validate(fields)


SEARCH_PAGE = 500
"""Hits fetched per statement, well under SQLite's limit on a statement's variables."""
MAX_QUERY_TERMS = 64
MAX_COSTLY_TERMS = 16
QUERY_WORD = regex.compile(r"\w+")
QUERY_OPERATORS = frozenset({"AND", "OR", "NOT", "NEAR"})


def _matches(marked: str) -> tuple[str, list[tuple[int, int]]]:
    """The text inside FTS5 highlight markers, and the offsets of the marked stretches."""
    plain: list[str] = []
    matches: list[tuple[int, int]] = []
    length = 0
    start = 0
    for piece in regex.split(f"([{_OPEN_MATCH}{_CLOSE_MATCH}])", marked):
        if piece == _OPEN_MATCH:
            start = length
        elif piece == _CLOSE_MATCH:
            matches.append((start, length))
        else:
            plain.append(piece)
            length += len(piece)
    return "".join(plain), matches


def check_query(query: str) -> None:
    """Raises QueryError unless `query` is valid FTS5 query syntax of a bounded cost."""
    words = QUERY_WORD.findall(query)
    terms = [word for word in words if word not in QUERY_OPERATORS]
    costly = query.count("*") + words.count("NEAR")
    if len(terms) > MAX_QUERY_TERMS or costly > MAX_COSTLY_TERMS:
        # each prefix term and NEAR group makes FTS5 merge the lists of many words; hundreds
        # of them ran for minutes or exhausted memory
        raise QueryError(
            f"search query has {len(terms)} terms, {costly} of them prefix (*) or NEAR; "
            f"at most {MAX_QUERY_TERMS} terms and {MAX_COSTLY_TERMS} prefix or NEAR terms "
            "are allowed: search for fewer words"
        )
    # Tried on an empty in-memory table, so that every error is about the query itself and
    # never about the database (locked, corrupt) that the real search runs on.
    probe = sqlite3.connect(":memory:")
    try:
        probe.execute("CREATE VIRTUAL TABLE probe USING fts5(text)")
        probe.execute("SELECT rowid FROM probe WHERE probe MATCH ?", (query,)).fetchall()
    except sqlite3.OperationalError as error:
        raise QueryError(
            f"search query {query!r} is not valid FTS5 syntax ({error}); "
            'put words with punctuation in "double quotes"'
        ) from error
    finally:
        probe.close()


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
            uri or path, timeout=BUSY_TIMEOUT, isolation_level=None, uri=uri is not None
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
    if store.version() < len(MIGRATIONS) or store.speakers_stale():
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

    def is_empty(self) -> bool:
        """True when no document is stored."""
        return self.connection.execute("SELECT 1 FROM documents LIMIT 1").fetchone() is None

    def version(self) -> int:
        """The schema version stored in the file."""
        return int(self.connection.execute("PRAGMA user_version").fetchone()[0])

    def prepare(self, create: bool) -> None:
        """Checks that the file is a quote database and brings its schema up to date."""
        try:
            # one statement, so that a run creating the schema meanwhile is seen whole or not at all
            version, tables = self.connection.execute(
                "SELECT user_version, (SELECT count(*) FROM sqlite_master) FROM pragma_user_version"
            ).fetchone()
        except sqlite3.OperationalError as error:
            # Cannot open or lock it: the file may be a fine database behind permissions.
            raise StoreError(f"{self.path}: cannot read it ({error})") from error
        except sqlite3.DatabaseError as error:
            raise StoreError(
                f"{self.path}: not a SQLite database ({error}); "
                "pass a database made by quotes index"
            ) from error
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: schema version {version} is newer than this quotes supports "
                f"({SCHEMA_VERSION}); upgrade quotes"
            )
        if version == 0 and tables:
            raise StoreError(f"{self.path}: a SQLite database, but not a quote database")
        if version == 0 and not create:
            raise StoreError(
                f"{self.path}: an empty database; build it with: quotes index PATH... "
                f"--db {self.path}"
            )
        if self.read_only:
            return
        try:
            # WAL lets readers run while an index run writes; NORMAL sync is durable across
            # application crashes, which is what one-transaction-per-document protects against.
            self._use_wal()
            self.connection.execute("PRAGMA synchronous = NORMAL")
            # 32 MiB of pages: the indexes of a large corpus stay in memory while it is written.
            self.connection.execute("PRAGMA cache_size = -32768")
            self.migrate()
        except sqlite3.Error as error:
            raise StoreError(f"{self.path}: cannot prepare the database ({error})") from error

    def _use_wal(self) -> None:
        """Switches the file to write-ahead logging, waiting out a run that is creating it.

        SQLite reports "locked" at once, without its busy timeout, when two connections
        change the journal mode of a new file together; so this waits and tries again.
        """
        deadline = time.monotonic() + BUSY_TIMEOUT
        while True:
            try:
                mode = self.connection.execute("PRAGMA journal_mode").fetchone()[0]
                if mode != "wal":
                    self.connection.execute("PRAGMA journal_mode = WAL")
                return
            except sqlite3.OperationalError as error:
                if "locked" not in str(error) or time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def migrate(self) -> None:
        """Applies the migrations the file lacks, each in its own transaction."""
        for target, statements in enumerate(MIGRATIONS, start=1):
            if self.version() >= target:
                continue
            with self.transaction() as db:
                # Another process may have migrated while this one waited for the lock.
                if self.version() >= target:
                    continue
                for statement in statements:
                    db.execute(statement)
                db.execute(f"PRAGMA user_version = {target}")

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """A write transaction that takes the lock at once, so concurrent writers queue."""
        self.connection.execute("BEGIN IMMEDIATE")
        try:
            yield self.connection
        except BaseException:
            # Also on Ctrl-C: never leave half a document behind.
            self.connection.execute("ROLLBACK")
            raise
        self.connection.execute("COMMIT")

    # Indexing ----------------------------------------------------------------------------------

    def stored_hash(self, document_id: str) -> str | None:
        """The content hash stored for `document_id`, or None when it is not indexed."""
        row = self.connection.execute(
            "SELECT content_hash FROM documents WHERE id = ?", (document_id,)
        ).fetchone()
        return None if row is None else str(row[0])

    def stored_path(self, document_id: str) -> str | None:
        """The path stored for `document_id`, or None when it is not indexed or has none."""
        row = self.connection.execute(
            "SELECT path FROM documents WHERE id = ?", (document_id,)
        ).fetchone()
        return None if row is None or row[0] is None else str(row[0])

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
                self.refresh_speakers()
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
        written: list[tuple[DocumentRows, IndexStatus, str | None]] = []
        try:
            db.execute("BEGIN IMMEDIATE")
            try:
                self._store_all(batch, written)
            except BaseException:
                db.execute("ROLLBACK")
                # Also after a failure or Ctrl-C: the documents before it are whole, so kept.
                kept = [document for document, _, _ in written]
                written = []
                with self.transaction():
                    self._store_all(kept, written)
                self._count(written, report, advance)
                raise
            db.execute("COMMIT")
        except sqlite3.Error as error:
            raise StoreError(f"{self.path}: cannot store the documents ({error})") from error
        self._count(written, report, advance)

    def _store_all(
        self,
        documents: list[DocumentRows],
        written: list[tuple[DocumentRows, IndexStatus, str | None]],
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

    @staticmethod
    def _count(
        written: list[tuple[DocumentRows, IndexStatus, str | None]],
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

    def add(self, document: Document, settings: str = "") -> IndexStatus:
        """Stores `document`, extracted with `settings`, replacing an older version of it in
        the same transaction."""
        rows = document_rows(document, settings)
        written: list[tuple[DocumentRows, IndexStatus, str | None]] = []
        try:
            with self.transaction():
                self._store_all([rows], written)
        except sqlite3.Error as error:
            raise StoreError(f"{self.path}: cannot store {document.id} ({error})") from error
        return written[0][1]

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
            _INSERT_QUOTE,
            ((first_id + i, document.id, *row) for i, row in enumerate(document.quotes)),
        )
        # A document can change whom a name sharing a surname with its names joins elsewhere
        # (a second "Jane Okafor" splits "Okafor"): those are joined again before they are read.
        db.execute(
            "INSERT OR IGNORE INTO pending_documents (document_id) VALUES (?)", (document.id,)
        )
        return ("added" if stored is None else "replaced"), None if stored is None else stored[1]

    def refresh_speakers(self) -> None:
        """Joins the speakers of the documents changed since the last join: all of them after
        a migration, otherwise only the join units and slug families those documents touch."""
        try:
            if not self.speakers_stale():
                return
            with self.transaction() as db:
                # Another process may have joined them while this one waited for the lock.
                if db.execute("SELECT stale FROM registry_state").fetchone()[0]:
                    write_registry(db, read_builder(db))
                elif self.speakers_stale():
                    rejoin_changed(db)
        except sqlite3.Error as error:
            raise StoreError(f"{self.path}: cannot update the speakers ({error})") from error

    def speakers_stale(self) -> bool:
        """True when a document changed since the speakers were last joined."""
        return bool(
            self.connection.execute(
                "SELECT stale OR EXISTS (SELECT 1 FROM pending_documents) FROM registry_state"
            ).fetchone()[0]
        )

    # Queries -----------------------------------------------------------------------------------

    def speakers(self) -> list[SpeakerSummary]:
        """Every speaker with quote and article counts, the most quoted first."""
        return self._query(self._speakers)

    def who(self, name: str, period: Period | None = None) -> list[SpeakerQuotes]:
        """The speakers any of whose names contains `name` (case-insensitive), with their quotes;
        with `period`, only the quotes in articles published within it."""
        needle = fold(name.strip())
        if not needle:
            raise QueryError("give a name to look for")
        return self._query(lambda: self._who(needle, period or Period()))

    def search(
        self, query: str, speaker: str | None = None, limit: int = 50, period: Period | None = None
    ) -> list[SearchHit]:
        """The quotes matching an FTS5 `query`, best first, optionally from one speaker and
        from articles published within `period`."""
        if not query.strip():
            raise QueryError("give words to search for")
        return self._query(lambda: self._search(query, speaker, limit, period or Period()))

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

    def _summaries(
        self, where: str = "", parameters: tuple[object, ...] = ()
    ) -> list[SpeakerSummary]:
        """The speakers matching `where` (on `speakers s`), the most quoted first."""
        rows = self.connection.execute(
            "SELECT s.slug, s.name, s.kind, s.quote_count, s.document_count, "
            "group_concat(a.alias, char(10)) FROM speakers s "
            f"JOIN speaker_aliases a ON a.slug = s.slug {where} GROUP BY s.slug",
            parameters,
        )
        summaries = [
            SpeakerSummary(
                slug=slug,
                name=name,
                kind=kind,
                aliases=sorted(alias for alias in aliases.split("\n") if alias != name),
                quote_count=quote_count,
                document_count=document_count,
            )
            for slug, name, kind, quote_count, document_count, aliases in rows
        ]
        return sorted(summaries, key=lambda s: (-s.quote_count, s.name, s.slug))

    def _speakers(self) -> list[SpeakerSummary]:
        return self._summaries()

    def _who(self, needle: str, period: Period) -> list[SpeakerQuotes]:
        # The matching speakers, then every quote of them in one statement: a statement per
        # speaker made a surname shared by thousands of people take a second.
        db = self.connection
        slugs = json.dumps(
            [
                slug
                for (slug,) in db.execute(
                    "SELECT DISTINCT slug FROM speaker_aliases WHERE instr(folded, ?) > 0",
                    (needle,),
                )
            ]
        )
        summaries = self._summaries("WHERE s.slug IN (SELECT value FROM json_each(?))", (slugs,))
        # the speaker is known from speaker_names: no second look-up of it per quote
        columns = _QUOTE_COLUMNS.replace("s.slug", "m.slug")
        rows = db.execute(
            f"SELECT m.slug, {columns} FROM json_each(?) w "
            "CROSS JOIN speaker_names m ON m.slug = w.value "
            "CROSS JOIN quotes q ON q.document_id = m.document_id AND q.speaker = m.name "
            "AND q.speaker_kind = m.kind JOIN documents d ON d.id = q.document_id "
            "JOIN speakers s ON s.slug = m.slug "
            f"WHERE 1{period.condition} ORDER BY m.slug, q.document_id, q.position",
            (slugs, *period.parameters),
        )
        quotes: dict[str, list[StoredQuote]] = {}
        for row in rows:
            quotes.setdefault(row[0], []).append(_stored_quote(row[1:]))
        found: list[SpeakerQuotes] = []
        for summary in summaries:
            said = quotes.get(summary.slug)
            if not said:
                continue  # quoted, but not in an article of the period
            if period.condition:  # the counts of the period, not of the whole corpus
                documents = len({quote.document_id for quote in said})
                counts = {"quote_count": len(said), "document_count": documents}
                summary = summary.model_copy(update=counts)
            found.append(SpeakerQuotes.model_construct(speaker=summary, quotes=said))
        found.sort(key=lambda entry: (-entry.speaker.quote_count, entry.speaker.name))
        return found

    def _quote_ids_by(self, speaker: str) -> set[int]:
        """The ids of the quotes by every speaker one of whose names contains `speaker`."""
        rows = self.connection.execute(
            "SELECT q.id FROM speaker_aliases a "
            "CROSS JOIN speaker_names n ON n.slug = a.slug "
            "CROSS JOIN quotes q ON q.document_id = n.document_id AND q.speaker = n.name "
            "AND q.speaker_kind = n.kind "
            "WHERE instr(a.folded, ?) > 0",
            (fold(speaker.strip()),),
        )
        return {row[0] for row in rows}

    def _quote_ids_in(self, period: Period) -> set[int]:
        """The ids of the quotes in articles published within `period`."""
        rows = self.connection.execute(
            f"SELECT q.id FROM documents d JOIN quotes q ON q.document_id = d.id "
            f"WHERE 1{period.condition}",
            period.parameters,
        )
        return {row[0] for row in rows}

    def _ranked_ids(self, query: str, wanted: set[int] | None, limit: int) -> list[int]:
        """The best `limit` matches, best first; with `wanted`, only those quote ids.

        bm25() orders as `rank` does, but calling it directly skips FTS5's rank lookup per
        row. A speaker filter reads a top slice sized to the speaker's share first (SQLite
        keeps a top-N heap, cheaper than sorting every match of a common word), and the rest
        only when that slice held too few of the speaker's quotes.
        """
        slices = [limit if limit > 0 else -1]
        if wanted is not None and limit > 0:
            # expect the speaker's share of the matches: three times the slice that holds
            # `limit` of them on average, then everything if that was not enough
            total = self.connection.execute("SELECT count(*) FROM quotes").fetchone()[0]
            size = 3 * limit * total // max(1, len(wanted))
            slices = [size, -1] if size < total else [-1]
        ids: list[int] = []
        for size in slices:
            ranked = self.connection.execute(
                "SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ? "
                "ORDER BY bm25(quotes_fts) LIMIT ?",
                (query, size),
            )
            ids = [id for (id,) in ranked if wanted is None or id in wanted]
            if limit > 0 and (len(ids) >= limit or size < 0):
                return ids[:limit]
        return ids

    def _search(
        self, query: str, speaker: str | None, limit: int, period: Period
    ) -> list[SearchHit]:
        check_query(query)
        # Rank on the full-text table alone, then fetch and highlight only the hits kept:
        # joining first would build and sort every matching row of a common word. Speaker
        # and date filters are applied to the ranked stream, as FTS5 runs a rowid IN (...)
        # per row.
        wanted = None if speaker is None else self._quote_ids_by(speaker)
        if period.condition:
            dated = self._quote_ids_in(period)
            wanted = dated if wanted is None else wanted & dated
        ids = self._ranked_ids(query, wanted, limit)
        hits: list[SearchHit] = []
        # a page at a time: SQLite caps the variables of one statement (32,766 at most)
        for at in range(0, len(ids), SEARCH_PAGE):
            page = ids[at : at + SEARCH_PAGE]
            places = ",".join("?" * len(page))
            marks = dict(
                self.connection.execute(
                    "SELECT rowid, highlight(quotes_fts, 0, ?, ?) FROM quotes_fts "
                    f"WHERE quotes_fts MATCH ? AND rowid IN ({places})",
                    [_OPEN_MATCH, _CLOSE_MATCH, query, *page],
                )
            )
            rows = self.connection.execute(
                f"SELECT q.id, {_QUOTE_COLUMNS} FROM quotes q {_QUOTE_TABLES} "
                f"WHERE q.id IN ({places})",
                page,
            )
            by_id = {row[0]: row[1:] for row in rows}
            for id in page:
                quote = _stored_quote(by_id[id])
                plain, matches = _matches(marks[id])
                hits.append(SearchHit(quote=quote, matches=matches if plain == quote.text else []))
        return hits


_SIGHTINGS = (
    "SELECT q.document_id, q.speaker, q.speaker_kind, q.role, "
    "CASE WHEN q.resolution = 'explicit' THEN q.mention END, count(*) FROM {source} "
    "WHERE q.speaker IS NOT NULL GROUP BY 1, 2, 3, 4, 5"
)


def _builder(rows: Iterable[tuple[Any, ...]]) -> RegistryBuilder:
    """A registry builder of the sightings in `rows` of `_SIGHTINGS`."""
    builder = RegistryBuilder()
    for document_id, name, kind, role, alias, quotes in rows:
        builder.add_sighting(Sighting(document_id, name, kind, role, alias, quotes))
    return builder


def read_builder(db: sqlite3.Connection) -> RegistryBuilder:
    """The sightings of every stored quote, ready to join across articles."""
    return _builder(db.execute(_SIGHTINGS.format(source="quotes q")))


def read_registry(db: sqlite3.Connection) -> Registry:
    """The speakers of every stored quote, joined across articles by quotes.identity."""
    return read_builder(db).build()


def key_text(key: Key) -> str:
    """An identity as one column value."""
    return "\x1f".join(key)


def key_of_text(text: str) -> Key:
    """The identity `key_text` made `text` of."""
    kind, name, scope = text.split("\x1f")
    return (kind, name, scope)


def _insert_identities(db: sqlite3.Connection, builder: RegistryBuilder) -> None:
    """Stores each identity the builder saw, with its spellings and aliases; the caller has
    deleted what was stored of them before."""
    identities: list[tuple[str, str]] = []
    spellings: list[tuple[str, str, int]] = []
    aliases: list[tuple[str, str]] = []
    for key, tally in builder.tallies.items():
        text = key_text(key)
        identities.append((text, join_unit(key)))
        spellings.extend((text, spelling, quotes) for spelling, quotes in tally.spellings.items())
        aliases.extend((text, alias) for alias in tally.aliases)
    db.executemany("INSERT INTO identities (key, unit) VALUES (?, ?)", identities)
    db.executemany(
        "INSERT INTO identity_spellings (key, spelling, quotes) VALUES (?, ?, ?)", spellings
    )
    db.executemany("INSERT INTO identity_aliases (key, alias) VALUES (?, ?)", aliases)


def write_registry(db: sqlite3.Connection, builder: RegistryBuilder) -> None:
    """Replaces the speaker tables with the speakers `builder` joins and marks them current."""
    registry = builder.build()
    tables = ("speakers", "speaker_aliases", "speaker_names", "pending_documents")
    for table in (*tables, "identities", "identity_spellings", "identity_aliases"):
        db.execute(f"DELETE FROM {table}")
    names = db.execute(
        "SELECT DISTINCT document_id, speaker, speaker_kind FROM quotes WHERE speaker IS NOT NULL"
    )
    _insert_speakers(db, registry, registry.speakers, names)
    _insert_identities(db, builder)
    db.execute("UPDATE registry_state SET stale = 0")


def _to_temporary_slug(old: str, new: str) -> tuple[str, str]:
    """The first step of a rename: `old` to a slug no speaker has."""
    return old, "\x00" + new


def _from_temporary_slug(old: str, new: str) -> tuple[str, str]:
    """The second step of a rename: the temporary slug to `new`."""
    return "\x00" + new, new


def _insert_speakers(
    db: sqlite3.Connection,
    registry: Registry,
    speakers: Iterable[SpeakerEntry],
    names: Iterable[tuple[str, str, SpeakerKind]],
) -> None:
    """Inserts `speakers` of `registry`, and which of them each (document, name, kind) is."""
    rows = []
    aliases: list[tuple[str, str, str]] = []
    for entry in speakers:
        key = registry.keys[entry.slug]
        base = slugify(entry.name)
        counts = (entry.quote_count, len(entry.document_ids))
        place = (base, slug_family(base), join_unit(key))
        rows.append((entry.slug, entry.name, entry.kind, *counts, *key, *place))
        aliases.extend((entry.slug, alias, fold(alias)) for alias in {entry.name, *entry.aliases})
    db.executemany(
        "INSERT INTO speakers (slug, name, kind, quote_count, document_count, key_kind, "
        "key_name, key_scope, base, family, unit) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    db.executemany(
        "INSERT OR IGNORE INTO speaker_aliases (slug, alias, folded) VALUES (?, ?, ?)", aliases
    )
    name_rows = []
    for document_id, name, kind in names:
        key = name_key(name, kind, document_id)
        slug = registry.slug_for_key(document_id, key)
        name_rows.append((document_id, name, kind, slug, join_unit(key), key_text(key)))
    db.executemany(
        "INSERT INTO speaker_names (document_id, name, kind, slug, unit, key) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        name_rows,
    )


def _stored_people(db: sqlite3.Connection, units: set[str]) -> set[Key]:
    """The person identities stored in the join units `units`."""
    found: set[Key] = set()
    for unit in units:
        rows = db.execute("SELECT key FROM identities WHERE unit = ?", (unit,))
        found.update(key_of_text(text) for (text,) in rows)
    return found


MAX_NAME_WORDS = 12
"""Names with more words than this are compared with every stored name of their surname
instead of with each of their shorter forms (2 ** (words - 1) of them)."""


def _shorter_forms(fresh: list[Key], stored: set[Key]) -> set[Key]:
    """The stored person names that a fresh name is a fuller form of: only the names they
    fit can change when a name is added (quotes.identity.contains)."""
    found: set[Key] = set()
    for kind, name, scope in fresh:
        words = name.split()
        if not words:
            continue
        if len(words) > MAX_NAME_WORDS:
            found.update(key for key in stored if key[1].split()[-1:] == words[-1:])
            continue
        given = words[:-1]
        for size in range(len(given)):
            for chosen in itertools.combinations(given, size):
                key = (kind, " ".join((*chosen, words[-1])), scope)
                if key in stored:
                    found.add(key)
    return found


def _joins_change(db: sqlite3.Connection, before: Joiner, after: Joiner, keys: set[Key]) -> bool:
    """True when names of `keys` that are stored join differently with the new names.

    A stored name joins as before unless the fuller names it fits changed; and then still,
    in an article where it is the only such name, unless it fitted or fits at most one (with
    two or more, the article's other names pick the one, and those fit as before).
    """
    changed = [key for key in keys if before.fits(key) != after.fits(key)]
    if any(min(len(before.fits(key)), len(after.fits(key))) <= 1 for key in changed):
        return True
    if len(changed) < 2:
        return False
    texts = [key_text(key) for key in changed]
    places = ",".join("?" * len(texts))
    return bool(
        db.execute(
            f"SELECT 1 FROM speaker_names WHERE key IN ({places}) "
            "GROUP BY document_id HAVING count(DISTINCT key) > 1 LIMIT 1",
            texts,
        ).fetchone()
    )


def join_additions(db: sqlite3.Connection) -> bool:
    """Joins the speakers of the documents in `pending_documents` when they are all new and
    join no stored name differently, at a cost that follows their names: the stored names
    that share their surnames are not read again, only their identities and the speakers
    their names join. Returns False, having changed nothing, otherwise.

    The result is the one a whole rebuild gives: with documents only added and no stored
    name joining differently, every speaker keeps its names and articles and gains the new
    ones; a speaker's name is its identity's most quoted spelling (identity_spellings), its
    aliases those of every identity joined into it (identity_aliases).
    """
    if db.execute(
        "SELECT 1 FROM pending_documents p "
        "CROSS JOIN speaker_names n ON n.document_id = p.document_id LIMIT 1"
    ).fetchone():
        return False  # replaced documents: their old names may leave their speakers
    source = "pending_documents p CROSS JOIN quotes q ON q.document_id = p.document_id"
    builder = _builder(db.execute(_SIGHTINGS.format(source=source)))
    tallies = builder.tallies
    units = {join_unit(key) for key in tallies if key[0] == "person"}
    stored = _stored_people(db, units)
    after = Joiner(stored | set(tallies))
    fresh = [key for key in tallies if key[0] == "person" and key not in stored]
    exposed = _shorter_forms(fresh, stored)
    if exposed and _joins_change(db, Joiner(stored), after, exposed):
        return False
    local: dict[str, set[Key]] = {}
    for document_id, key in builder.pair_quotes:
        local.setdefault(document_id, set()).add(key)
    targets = {pair: after.target(pair[1], local[pair[0]]) for pair in builder.pair_quotes}
    new_aliases, aliases_of = _add_identities(db, builder)
    joined: dict[Key, list[tuple[str, Key]]] = {}
    for pair, target in targets.items():
        joined.setdefault(target, []).append(pair)
    speaker_names = {target: _canonical(db, target) for target in joined}
    slugs, stored_speakers = _place_speakers(db, speaker_names)
    updates: list[tuple[object, ...]] = []
    inserts: list[tuple[object, ...]] = []
    alias_rows: list[tuple[str, str, str]] = []
    for target, pairs in joined.items():
        slug, name = slugs[target], speaker_names[target]
        quotes = sum(builder.pair_quotes[pair] for pair in pairs)
        documents = len({document_id for document_id, _ in pairs})
        base = slugify(name)
        if target in stored_speakers:
            updates.append((name, quotes, documents, base, slug_family(base), slug))
        else:
            place = (base, slug_family(base), join_unit(target))
            inserts.append((slug, name, target[0], quotes, documents, *target, *place))
        aliases = {name}.union(*(aliases_of[key] for _, key in pairs))
        alias_rows.extend((slug, alias, fold(alias)) for alias in aliases)
    db.executemany(
        "UPDATE speakers SET name = ?, quote_count = quote_count + ?, "
        "document_count = document_count + ?, base = ?, family = ? WHERE slug = ?",
        updates,
    )
    db.executemany(
        "INSERT INTO speakers (slug, name, kind, quote_count, document_count, key_kind, "
        "key_name, key_scope, base, family, unit) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        inserts,
    )
    db.executemany(
        "INSERT OR IGNORE INTO speaker_aliases (slug, alias, folded) VALUES (?, ?, ?)", alias_rows
    )
    # A new alias of a stored identity is an alias of every speaker it joined before, too.
    for key, added in new_aliases.items():
        for (slug,) in db.execute(
            "SELECT DISTINCT slug FROM speaker_names WHERE key = ?", (key_text(key),)
        ).fetchall():
            db.executemany(
                "INSERT OR IGNORE INTO speaker_aliases (slug, alias, folded) VALUES (?, ?, ?)",
                ((slug, alias, fold(alias)) for alias in added),
            )
    names = db.execute(
        "SELECT DISTINCT q.document_id, q.speaker, q.speaker_kind FROM pending_documents p "
        "CROSS JOIN quotes q ON q.document_id = p.document_id WHERE q.speaker IS NOT NULL"
    )
    rows = []
    for document_id, name, kind in names:
        key = name_key(name, kind, document_id)
        slug = slugs[targets[(document_id, key)]]
        rows.append((document_id, name, kind, slug, join_unit(key), key_text(key)))
    db.executemany(
        "INSERT INTO speaker_names (document_id, name, kind, slug, unit, key) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        rows,
    )
    db.execute("DELETE FROM pending_documents")
    return True


def _add_identities(
    db: sqlite3.Connection, builder: RegistryBuilder
) -> tuple[dict[Key, set[str]], dict[Key, set[str]]]:
    """Adds what `builder` saw of each identity to what is stored of it; returns the aliases
    each stored identity did not have before, and every alias of each identity seen."""
    new_aliases: dict[Key, set[str]] = {}
    aliases_of: dict[Key, set[str]] = {}
    for key, tally in builder.tallies.items():
        known = db.execute(
            "SELECT alias FROM identity_aliases WHERE key = ?", (key_text(key),)
        ).fetchall()
        known_aliases = {alias for (alias,) in known}
        if known and tally.aliases - known_aliases:
            new_aliases[key] = tally.aliases - known_aliases
        aliases_of[key] = known_aliases | tally.aliases
    tallies = builder.tallies.items()
    db.executemany(
        "INSERT OR IGNORE INTO identities (key, unit) VALUES (?, ?)",
        ((key_text(key), join_unit(key)) for key, _ in tallies),
    )
    db.executemany(
        "INSERT INTO identity_spellings (key, spelling, quotes) VALUES (?, ?, ?) "
        "ON CONFLICT (key, spelling) DO UPDATE SET quotes = quotes + excluded.quotes",
        (
            (key_text(key), spelling, quotes)
            for key, tally in tallies
            for spelling, quotes in tally.spellings.items()
        ),
    )
    db.executemany(
        "INSERT OR IGNORE INTO identity_aliases (key, alias) VALUES (?, ?)",
        ((key_text(key), alias) for key, tally in tallies for alias in tally.aliases),
    )
    return new_aliases, aliases_of


def _canonical(db: sqlite3.Connection, key: Key) -> str:
    """The name of the speaker `key` joins: its most quoted spelling, ties alphabetically
    (quotes.identity.canonical_name)."""
    rows = db.execute(
        "SELECT spelling, quotes FROM identity_spellings WHERE key = ?", (key_text(key),)
    )
    return str(min(rows, key=lambda row: (-row[1], row[0]))[0])


def _place_speakers(
    db: sqlite3.Connection, names: dict[Key, str]
) -> tuple[dict[Key, str], set[Key]]:
    """The slug of each speaker of `names` (identity → name) once named so, numbering again
    the slug families whose bases changed and renaming the speakers whose number moved, as
    rejoin_changed does; and which of them are stored already."""
    slugs: dict[Key, str] = {}
    stored: set[Key] = set()
    bases: dict[Key, str] = {}
    old_families: set[str] = set()
    for target, name in names.items():
        base = slugify(name)
        row = db.execute(
            "SELECT slug, base, family FROM speakers "
            "WHERE key_kind = ? AND key_name = ? AND key_scope = ?",
            target,
        ).fetchone()
        if row is not None:
            stored.add(target)
            if row[1] == base:
                slugs[target] = row[0]
                continue
            old_families.add(row[2])
        bases[target] = base
    if not bases:
        return slugs, stored
    families = old_families | {slug_family(base) for base in bases.values()}
    others: dict[Key, str] = {}
    numbered = dict(bases)
    for family in families:
        for slug, kind, name, scope, base in db.execute(
            "SELECT slug, key_kind, key_name, key_scope, base FROM speakers WHERE family = ?",
            (family,),
        ).fetchall():
            others[(kind, name, scope)] = slug
            numbered.setdefault((kind, name, scope), base)
    numbers = number_slugs(numbered)
    moved = [(old, numbers[key]) for key, old in others.items() if numbers[key] != old]
    for step in (_to_temporary_slug, _from_temporary_slug):
        renames = [(after, before) for before, after in (step(o, n) for o, n in moved)]
        for table in ("speakers", "speaker_aliases", "speaker_names"):
            db.executemany(f"UPDATE {table} SET slug = ? WHERE slug = ?", renames)
    slugs.update((key, numbers[key]) for key in numbers if key in names)
    return slugs, stored


def rejoin_changed(db: sqlite3.Connection) -> None:
    """Joins again the speakers that the documents in `pending_documents` can change, with
    the result a whole rebuild would give.

    A name's join depends only on the names of its join unit (quotes.identity.join_unit),
    and a slug's number only on the slugs of its family; so this redoes the units of every
    name the changed documents had or have, from their quotes, and numbers the slugs of the
    families those units had or have again, renaming other speakers whose number moved.
    """
    if join_additions(db):
        return
    new_names = db.execute(
        "SELECT DISTINCT q.document_id, q.speaker, q.speaker_kind FROM pending_documents p "
        "CROSS JOIN quotes q ON q.document_id = p.document_id WHERE q.speaker IS NOT NULL"
    ).fetchall()
    units = {join_unit(name_key(name, kind, doc)) for doc, name, kind in new_names}
    units.update(
        unit
        for (unit,) in db.execute(
            "SELECT DISTINCT n.unit FROM pending_documents p "
            "CROSS JOIN speaker_names n ON n.document_id = p.document_id"
        )
    )
    db.execute("CREATE TEMP TABLE IF NOT EXISTS rejoin_units (unit TEXT PRIMARY KEY)")
    db.execute("DELETE FROM temp.rejoin_units")
    db.executemany("INSERT INTO temp.rejoin_units (unit) VALUES (?)", ((u,) for u in units))
    # Every name of those units: the unchanged documents' as joined last time, and the
    # changed documents' as they are now.
    names = db.execute(
        "SELECT n.document_id, n.name, n.kind FROM temp.rejoin_units u "
        "CROSS JOIN speaker_names n ON n.unit = u.unit "
        "WHERE n.document_id NOT IN (SELECT document_id FROM pending_documents)"
    ).fetchall()
    names.extend(new_names)
    db.execute(
        "CREATE TEMP TABLE IF NOT EXISTS rejoin_names "
        "(document_id TEXT, name TEXT, kind TEXT, PRIMARY KEY (document_id, name, kind))"
    )
    db.execute("DELETE FROM temp.rejoin_names")
    db.executemany("INSERT INTO temp.rejoin_names VALUES (?, ?, ?)", names)
    source = (
        "temp.rejoin_names n CROSS JOIN quotes q ON q.speaker = n.name "
        "AND q.speaker_kind = n.kind AND q.document_id = n.document_id"
    )
    builder = _builder(db.execute(_SIGHTINGS.format(source=source)))
    joined = builder.join()
    bases = joined.bases()
    # The slug families the redone units had and have, with every other speaker in them.
    old_families = db.execute(
        "SELECT DISTINCT s.family FROM temp.rejoin_units u CROSS JOIN speakers s ON s.unit = u.unit"
    ).fetchall()
    families = {family for (family,) in old_families} | {slug_family(b) for b in bases.values()}
    others: dict[Key, str] = {}
    numbered = dict(bases)
    db.execute("CREATE TEMP TABLE IF NOT EXISTS rejoin_families (family TEXT PRIMARY KEY)")
    db.execute("DELETE FROM temp.rejoin_families")
    db.executemany("INSERT INTO temp.rejoin_families VALUES (?)", ((f,) for f in families))
    rows = db.execute(
        "SELECT s.slug, s.key_kind, s.key_name, s.key_scope, s.base FROM temp.rejoin_families f "
        "CROSS JOIN speakers s ON s.family = f.family "
        "WHERE s.unit NOT IN (SELECT unit FROM temp.rejoin_units)"
    )
    for slug, kind, name, scope, base in rows:
        others[(kind, name, scope)] = slug
        numbered[(kind, name, scope)] = base
    slugs = number_slugs(numbered)
    # Out with the redone units' speakers; names of the changed documents go with them, as
    # every unit they had is redone.
    db.execute(
        "DELETE FROM speaker_aliases WHERE slug IN (SELECT s.slug FROM temp.rejoin_units u "
        "CROSS JOIN speakers s ON s.unit = u.unit)"
    )
    db.execute("DELETE FROM speakers WHERE unit IN (SELECT unit FROM temp.rejoin_units)")
    db.execute("DELETE FROM speaker_names WHERE unit IN (SELECT unit FROM temp.rejoin_units)")
    db.execute(
        "DELETE FROM speaker_names WHERE document_id IN (SELECT document_id FROM pending_documents)"
    )
    # Other speakers whose number moved: renamed through a temporary slug, as two may swap.
    moved = [(old, slugs[key]) for key, old in others.items() if slugs[key] != old]
    for step in (_to_temporary_slug, _from_temporary_slug):
        renames = [(after, before) for before, after in (step(o, n) for o, n in moved)]
        for table in ("speakers", "speaker_aliases", "speaker_names"):
            db.executemany(f"UPDATE {table} SET slug = ? WHERE slug = ?", renames)
    registry = joined.registry({key: slugs[key] for key in bases})
    _insert_speakers(db, registry, registry.speakers, names)
    # The identities of the redone units, from all their names as they are now.
    for table in ("identity_spellings", "identity_aliases"):
        db.execute(
            f"DELETE FROM {table} WHERE key IN (SELECT i.key FROM temp.rejoin_units u "
            "CROSS JOIN identities i ON i.unit = u.unit)"
        )
    db.execute("DELETE FROM identities WHERE unit IN (SELECT unit FROM temp.rejoin_units)")
    _insert_identities(db, builder)
    db.execute("DELETE FROM pending_documents")
