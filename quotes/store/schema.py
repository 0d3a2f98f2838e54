"""The database file: its schema and migrations, opening it for writing, and transactions."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from quotes.errors import StoreError

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


def schema_version(connection: sqlite3.Connection) -> int:
    """The schema version stored in the file."""
    return int(connection.execute("PRAGMA user_version").fetchone()[0])


def prepare(connection: sqlite3.Connection, path: Path, create: bool, read_only: bool) -> None:
    """Checks that the file at `path` is a quote database and brings its schema up to date."""
    try:
        # one statement, so that a run creating the schema meanwhile is seen whole or not at all
        version, tables = connection.execute(
            "SELECT user_version, (SELECT count(*) FROM sqlite_master) FROM pragma_user_version"
        ).fetchone()
    except sqlite3.OperationalError as error:
        # Cannot open or lock it: the file may be a fine database behind permissions.
        raise StoreError(f"{path}: cannot read it ({error})") from error
    except sqlite3.DatabaseError as error:
        raise StoreError(
            f"{path}: not a SQLite database ({error}); pass a database made by quotes index"
        ) from error
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"{path}: schema version {version} is newer than this quotes supports "
            f"({SCHEMA_VERSION}); upgrade quotes"
        )
    if version == 0 and tables:
        raise StoreError(f"{path}: a SQLite database, but not a quote database")
    if version == 0 and not create:
        raise StoreError(
            f"{path}: an empty database; build it with: quotes index PATH... --db {path}"
        )
    if read_only:
        return
    try:
        # WAL lets readers run while an index run writes; NORMAL sync is durable across
        # application crashes, which is what one-transaction-per-document protects against.
        _use_wal(connection)
        connection.execute("PRAGMA synchronous = NORMAL")
        # 32 MiB of pages: the indexes of a large corpus stay in memory while it is written.
        connection.execute("PRAGMA cache_size = -32768")
        migrate(connection)
    except sqlite3.Error as error:
        raise StoreError(f"{path}: cannot prepare the database ({error})") from error


def _use_wal(connection: sqlite3.Connection) -> None:
    """Switches the file to write-ahead logging, waiting out a run that is creating it.

    SQLite reports "locked" at once, without its busy timeout, when two connections
    change the journal mode of a new file together; so this waits and tries again.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT
    while True:
        try:
            mode = connection.execute("PRAGMA journal_mode").fetchone()[0]
            if mode != "wal":
                connection.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def migrate(connection: sqlite3.Connection) -> None:
    """Applies the migrations the file lacks, each in its own transaction."""
    for target, statements in enumerate(MIGRATIONS, start=1):
        if schema_version(connection) >= target:
            continue
        with transaction(connection) as db:
            # Another process may have migrated while this one waited for the lock.
            if schema_version(db) >= target:
                continue
            for statement in statements:
                db.execute(statement)
            db.execute(f"PRAGMA user_version = {target}")


@contextmanager
def transaction(connection: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """A write transaction that takes the lock at once, so concurrent writers queue."""
    connection.execute("BEGIN IMMEDIATE")
    try:
        yield connection
    except BaseException:
        # Also on Ctrl-C: never leave half a document behind.
        connection.execute("ROLLBACK")
        raise
    connection.execute("COMMIT")
