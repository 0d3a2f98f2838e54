"""The quote database: documents, quotes and speakers in SQLite, searchable with FTS5."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import time
import urllib.parse
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from itertools import combinations
from pathlib import Path
from typing import Any, Literal, TypeVar

import regex
from pydantic import Field

from quotes import __version__
from quotes.engine.composer import ExtractOptions, extract
from quotes.engine.lexicon import default_lexicon
from quotes.errors import QueryError, StoreError
from quotes.identity import contains, key_of_name
from quotes.identity import slugify as registry_slugify
from quotes.models import (
    Article,
    ArticleMetadata,
    Document,
    Quote,
    QuoteKind,
    Record,
    SpeakerKind,
)
from quotes.parallel import documents as extract_documents

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


def settings_of(options: ExtractOptions) -> str:
    """What in `options` differs from the defaults, as text; empty for the defaults."""
    extra = set(options.lexicon.speech_verbs) - set(default_lexicon().speech_verbs)
    return "" if not extra else "extra-speech-verbs: " + " ".join(sorted(extra)) + "\n"


def fold(name: str) -> str:
    """`name` folded for case-insensitive matching."""
    return name.casefold()


def _shorter_forms(key: str, most: int = 12) -> set[str] | None:
    """Every shorter form of a person key that could join it (same surname, other words in
    order); None for a name of more than `most` words."""
    words = key.split()
    if len(words) < 2:
        return set()
    if len(words) > most:
        return None
    rest, surname = words[:-1], words[-1]
    return {
        " ".join([*kept, surname]) for size in range(len(rest)) for kept in combinations(rest, size)
    }


class SurnameGroup:
    """The person keys that share one surname, indexed by word, and which are fullest.

    A name joins the one fullest name holding it (`quotes.identity.Joiner`); kept up to date
    one name at a time, so that indexing thousands of Smiths does not compare every pair.
    """

    def __init__(self, keys: Iterable[str]) -> None:
        self.keys: set[str] = set()
        self.holding: dict[str, set[str]] = {}  # a word other than the surname → its keys
        for key in keys:
            self._index(key)
        self.fullest = {key for key in self.keys if not self.wider(key)}

    def _index(self, key: str) -> None:
        self.keys.add(key)
        for word in key.split()[:-1]:
            self.holding.setdefault(word, set()).add(key)

    def wider(self, key: str) -> list[str]:
        """The keys `key` is a shorter form of."""
        words = tuple(key.split())
        if len(words) <= 1:
            return [other for other in self.keys if other != key]  # all hold the surname
        postings = sorted((self.holding.get(word, set()) for word in words[:-1]), key=len)
        candidates = set.intersection(*postings) if len(postings) > 1 else postings[0]
        return [other for other in candidates if contains(words, tuple(other.split()))]

    def _is_fullest(self, key: str) -> bool:
        if len(key.split()) <= 1:
            return self.keys == {key}
        return not self.wider(key)

    def add(self, key: str) -> None:
        """Adds a key: it may be fullest, and the shorter forms of it no longer are."""
        if key in self.keys:
            return
        self._index(key)
        if self._is_fullest(key):
            self.fullest.add(key)
        forms = _shorter_forms(key)
        self.fullest -= (
            {k for k in self.keys if k != key and contains_key(k, key)}
            if (forms is None)
            else forms
        )

    def remove(self, key: str) -> None:
        """Removes a key: the shorter forms of it may become fullest again."""
        if key not in self.keys:
            return
        self.keys.discard(key)
        self.fullest.discard(key)
        for word in key.split()[:-1]:
            self.holding.get(word, set()).discard(key)
        forms = _shorter_forms(key)
        for form in self.keys if forms is None else forms & self.keys:
            if self._is_fullest(form):
                self.fullest.add(form)

    def target(self, key: str) -> str:
        """The key `key` joins: the one fullest name holding it, or itself."""
        if len(key.split()) <= 1:
            fits = [full for full in self.fullest if full != key]
        else:
            fits = [full for full in self.wider(key) if full in self.fullest]
        return fits[0] if len(fits) == 1 else key


def contains_key(short: str, full: str) -> bool:
    """`quotes.identity.contains` for keys written as words."""
    return contains(tuple(short.split()), tuple(full.split()))


def surname_of(key: str) -> str:
    """The last word of a person's identity key: only names sharing it can join."""
    words = key.split()
    return words[-1] if words else key


Identity = tuple[str, str]
"""A speaker across articles: (kind, the registry key of its fullest name)."""


@dataclass(frozen=True, slots=True)
class Named:
    """What the whole names table decides about one speaker: name, slug and other names."""

    kind: str
    name: str
    slug: str
    aliases: list[str]
    quote_count: int

    def summary(self, document_count: int) -> SpeakerSummary:
        """The record of this speaker."""
        return SpeakerSummary(
            slug=self.slug,
            name=self.name,
            kind=self.kind,  # type: ignore[arg-type]
            aliases=self.aliases,
            quote_count=self.quote_count,
            document_count=document_count,
        )


@dataclass
class Speakers:
    """The speakers of the whole database, computed from its names table."""

    named: dict[Identity, Named]
    identity_of: dict[tuple[str, str], Identity]

    def name_of(self, name: str | None, kind: str | None) -> tuple[str | None, str | None]:
        """The display name and slug of the speaker quoted as (name, kind)."""
        if name is None or kind is None:
            return None, None
        named = self.named[self.identity_of[(name, kind)]]
        return named.name, named.slug


def gather_speakers(rows: Iterable[tuple[str, str, str, str, str, int]]) -> Speakers:
    """Speakers from (name, kind, key, target, slug, count) rows, named as the registry does."""
    # The registry's naming: the most quoted spelling of the fullest name; clashing slugs
    # numbered -2, -3 in identity order, so that slugs agree with fact sheets.
    spellings: dict[Identity, list[tuple[int, str, str]]] = defaultdict(list)
    identity_of: dict[tuple[str, str], Identity] = {}
    slugs: dict[str, str] = {}
    for name, kind, key, target, slug, count in rows:
        identity = (kind, target)
        identity_of[(name, kind)] = identity
        spellings[identity].append((count, name, key))
        slugs[name] = slug
    named: dict[Identity, Named] = {}
    taken: set[str] = set()
    for identity in sorted(spellings):
        kind, target = identity
        names = spellings[identity]
        fullest = [(count, name) for count, name, key in names if key == target] or [
            (count, name) for count, name, _ in names
        ]
        display = min(fullest, key=lambda pair: (-pair[0], pair[1]))[1]
        base = slug = slugs[display]
        number = 1
        while slug in taken:
            number += 1
            slug = f"{base}-{number}"
        taken.add(slug)
        aliases = sorted(name for _, name, _ in names if name != display)
        total = sum(count for count, _, _ in names)
        named[identity] = Named(kind, display, slug, aliases, total)
    return Speakers(named, identity_of)


def _quote_row(document: Document, position: int, quote: Quote) -> tuple[object, ...]:
    """The `quotes` table row of one quote."""
    speaker = quote.speaker
    return (
        document.id,
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


_INSERT_QUOTE = (
    'INSERT INTO quotes (document_id, position, start, "end", text, kind, paragraph, line, '
    '"column", speaker, speaker_kind, role, mention, resolution, cue, rule, confidence) '
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)

_QUOTE_COLUMNS = (
    "q.document_id, d.path, q.paragraph, q.line, q.text, q.kind, q.speaker, q.speaker_kind, "
    "q.mention, q.role, q.cue, q.rule, "
    "d.headline, d.url, d.outlet, d.published, d.published_text, d.authors, d.language"
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


def _stored_quote(row: sqlite3.Row | tuple[Any, ...], speakers: Speakers) -> StoredQuote:
    """The record of a row of `_QUOTE_COLUMNS`."""
    document_id, path, paragraph, line, text, kind, name, speaker_kind, *rest = row[:12]
    mention, role, cue, rule = rest
    article = _stored_metadata(tuple(row[12:19]))
    speaker, slug = speakers.name_of(name, speaker_kind)
    return StoredQuote(
        document_id=document_id,
        path=path,
        paragraph=paragraph,
        line=line,
        text=text,
        kind=kind,
        speaker=speaker,
        speaker_slug=slug,
        name_in_article=name,
        mention=mention,
        role=role,
        cue=cue,
        rule=rule,
        article=article,
    )


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
    if store.version() < len(MIGRATIONS):
        store.close()
        return None
    return store


class Store:
    """An open quote database."""

    def __init__(self, connection: sqlite3.Connection, path: Path, read_only: bool = False) -> None:
        self.connection = connection
        self.path = path
        self.read_only = read_only
        # The person names per surname, kept in step while indexing (see _surname_group).
        self._groups: dict[str, SurnameGroup] = {}
        self._groups_version: int | None = None
        # The extraction settings of the current index run, part of each content hash.
        self.settings = ""

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
            self._groups.clear()  # they may hold names that were never stored
            self.connection.execute("ROLLBACK")
            raise
        try:
            self.connection.execute("COMMIT")
        except BaseException:
            self._groups.clear()
            raise

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

    def index(
        self,
        articles: Iterable[Article],
        options: ExtractOptions,
        advance: Callable[[], None] = lambda: None,
        jobs: int = 1,
    ) -> IndexReport:
        """Extracts, on `jobs` processes, and stores each article that is new or changed.

        This process is the one writer. Documents are written in batches, one transaction per
        batch and a savepoint per document: a failure or Ctrl-C keeps every document written
        before it and nothing of the one it stopped, and a killed process loses at most the
        last batch (BATCH_DOCUMENTS documents or BATCH_SECONDS of work).
        """
        report = IndexReport()
        self.settings = settings_of(options)

        def changed() -> Iterator[Article]:
            # Checked before extracting, so that re-indexing an unchanged corpus costs little.
            for article in articles:
                key = self.settings + metadata_key(article.metadata)
                if self._stored_hash_or_error(article.id) == content_hash(article.text, key):
                    report.unchanged += 1
                    advance()
                else:
                    yield article

        extracted = extract_documents(changed(), options, jobs)
        while batch := self._next_batch(extracted):
            self._write_batch(batch, report, advance)
        return report

    def _next_batch(self, documents: Iterator[Document]) -> list[Document]:
        """The next documents to write together; on Ctrl-C, those finished so far are written."""
        batch: list[Document] = []
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
        self, batch: list[Document], report: IndexReport, advance: Callable[[], None]
    ) -> None:
        """Stores `batch` in one transaction, each document whole or not at all."""
        if not batch:
            return
        db = self.connection
        try:
            db.execute("BEGIN IMMEDIATE")
            try:
                for document in batch:
                    db.execute("SAVEPOINT document")
                    try:
                        previous = self.stored_path(document.id)
                        status = self._store(document)
                    except BaseException:
                        db.execute("ROLLBACK TO document")
                        raise
                    db.execute("RELEASE document")
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
            finally:
                # Also after a failure: the documents before it are whole, so they are kept.
                db.execute("COMMIT")
        except sqlite3.Error as error:
            raise StoreError(f"{self.path}: cannot store the documents ({error})") from error

    def _stored_hash_or_error(self, document_id: str) -> str | None:
        """`stored_hash`, with a database failure as a StoreError."""
        try:
            return self.stored_hash(document_id)
        except sqlite3.Error as error:
            raise StoreError(f"{self.path}: cannot read {document_id} ({error})") from error

    def index_article(self, article: Article, options: ExtractOptions) -> tuple[IndexStatus, int]:
        """Stores one article unless it is stored unchanged; returns what happened."""
        # Checked before extracting, so that re-indexing an unchanged corpus costs little.
        try:
            if self.stored_hash(article.id) == content_hash(
                article.text, self.settings + metadata_key(article.metadata)
            ):
                return "unchanged", 0
            document = extract(article, options=options)
            return self.add(document), len(document.quotes)
        except sqlite3.Error as error:
            raise StoreError(f"{self.path}: cannot store {article.id} ({error})") from error

    def add(self, document: Document) -> IndexStatus:
        """Stores `document`, replacing an older version of it in the same transaction."""
        with self.transaction():
            return self._store(document)

    def _store(self, document: Document) -> IndexStatus:
        """Writes `document` inside the caller's transaction, replacing an older version."""
        db = self.connection
        digest = content_hash(document.text, self.settings + metadata_key(document.metadata))
        stored = self.stored_hash(document.id)
        if stored == digest:
            return "unchanged"
        old = self._counts_of(document.id)
        new = Counter(
            (quote.speaker.name, quote.speaker.kind)
            for quote in document.quotes
            if quote.speaker is not None
        )
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
                digest,
                len(document.quotes),
                datetime.now(UTC).isoformat(timespec="seconds"),
                *_metadata_columns(document.metadata),
            ),
        )
        db.executemany(
            _INSERT_QUOTE,
            (_quote_row(document, i, quote) for i, quote in enumerate(document.quotes)),
        )
        self._refresh_names(old, new)
        return "added" if stored is None else "replaced"

    def _counts_of(self, document_id: str) -> Counter[tuple[str, str]]:
        """Quotes per (name, kind) of speaker in the stored version of a document."""
        rows = self.connection.execute(
            "SELECT speaker, speaker_kind, count(*) FROM quotes "
            "WHERE document_id = ? AND speaker IS NOT NULL GROUP BY speaker, speaker_kind",
            (document_id,),
        )
        return Counter({(str(name), str(kind)): int(count) for name, kind, count in rows})

    def _refresh_names(self, old: Counter[tuple[str, str]], new: Counter[tuple[str, str]]) -> None:
        """Brings the names table in step with a document's quotes, `old` → `new` per name.

        Counts change by the document's own quotes, so that a speaker quoted in thousands
        of articles is not counted again for each one.
        """
        db = self.connection
        touched: dict[str, set[str]] = {}  # surname → the person keys added or removed
        for name, kind in old.keys() | new.keys():
            change = new[(name, kind)] - old[(name, kind)]
            row = db.execute(
                "SELECT quote_count FROM names WHERE name = ? AND kind = ?", (name, kind)
            ).fetchone()
            if change == 0 and row is not None:
                continue
            count = (row[0] if row is not None else 0) + change
            key = key_of_name(name, kind)[1]  # type: ignore[arg-type]
            surname = surname_of(key) if kind == "person" else ""
            if count <= 0:
                db.execute("DELETE FROM names WHERE name = ? AND kind = ?", (name, kind))
            else:
                db.execute(
                    "INSERT INTO names (name, kind, key, folded, surname, target, slug, "
                    "quote_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                    "ON CONFLICT (name, kind) DO UPDATE SET quote_count = excluded.quote_count",
                    (name, kind, key, fold(name), surname, key, registry_slugify(name), count),
                )
            if kind == "person" and (row is None or count <= 0):
                touched.setdefault(surname, set()).add(key)
        # A new or vanished fuller name can change whom the shorter forms of it join.
        for surname, keys in touched.items():
            self._rejoin(surname, keys)

    def _rejoin(self, surname: str, keys: set[str]) -> None:
        """Recomputes the join of `keys` and of the names they are fuller forms of."""
        db = self.connection
        group = self._surname_group(surname)
        for key in keys:
            present = db.execute(
                "SELECT 1 FROM names WHERE kind = 'person' AND key = ? LIMIT 1", (key,)
            ).fetchone()
            if present:
                group.add(key)
            else:
                group.remove(key)
        affected: set[str] = set()
        for key in keys:
            forms = _shorter_forms(key)
            affected |= group.keys if forms is None else {key} | (forms & group.keys)
        for key in affected & group.keys:
            new = group.target(key)
            db.execute(
                "UPDATE names SET target = ? WHERE kind = 'person' AND key = ? AND target != ?",
                (new, key, new),
            )

    def _surname_group(self, surname: str) -> SurnameGroup:
        """The person names with `surname`, read once per run unless another writer commits.

        `PRAGMA data_version` changes when another connection commits; this connection's own
        changes are applied to the group as they are made.
        """
        version = self.connection.execute("PRAGMA data_version").fetchone()[0]
        if version != self._groups_version:
            self._groups.clear()
            self._groups_version = version
        group = self._groups.get(surname)
        if group is None:
            rows = self.connection.execute(
                "SELECT DISTINCT key FROM names WHERE kind = 'person' AND surname = ?", (surname,)
            )
            group = self._groups[surname] = SurnameGroup(str(key) for (key,) in rows)
        return group

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
        try:
            # One read transaction: an index run committing between this query's statements
            # would otherwise leave names and quotes out of step.
            self.connection.execute("BEGIN")
            try:
                return run()
            finally:
                self.connection.execute("COMMIT")
        except sqlite3.Error as error:
            raise StoreError(f"{self.path}: query failed ({error})") from error

    def _gather(self) -> Speakers:
        """Every speaker in the database."""
        columns = "name, kind, key, target, slug, quote_count"
        return gather_speakers(self.connection.execute(f"SELECT {columns} FROM names"))

    def _speakers(self) -> list[SpeakerSummary]:
        speakers = self._gather()
        # CROSS JOIN keeps names as the outer loop: the planner would otherwise scan quotes.
        documents = self.connection.execute(
            "SELECT n.kind, n.target, count(DISTINCT q.document_id) FROM names n "
            "CROSS JOIN quotes q ON q.speaker = n.name AND q.speaker_kind = n.kind "
            "GROUP BY n.kind, n.target"
        )
        summaries = [
            speakers.named[(kind, target)].summary(count) for kind, target, count in documents
        ]
        return sorted(summaries, key=lambda s: (-s.quote_count, s.name, s.slug))

    def _who(self, needle: str, period: Period) -> list[SpeakerQuotes]:
        identities = self.connection.execute(
            "SELECT DISTINCT kind, target FROM names WHERE instr(folded, ?) > 0", (needle,)
        ).fetchall()
        if not identities:
            return []
        speakers = self._gather()
        found: list[SpeakerQuotes] = []
        for kind, target in identities:
            rows = self.connection.execute(
                f"SELECT {_QUOTE_COLUMNS} FROM names n "
                "CROSS JOIN quotes q ON q.speaker = n.name AND q.speaker_kind = n.kind "
                "JOIN documents d ON d.id = q.document_id "
                f"WHERE n.kind = ? AND n.target = ?{period.condition} "
                "ORDER BY q.document_id, q.position",
                (kind, target, *period.parameters),
            ).fetchall()
            if not rows:
                continue  # quoted, but not in an article of the period
            summary = speakers.named[(kind, target)].summary(len({row[0] for row in rows}))
            if period.condition:  # the counts of the period, not of the whole corpus
                summary = summary.model_copy(update={"quote_count": len(rows)})
            quotes = [_stored_quote(row, speakers) for row in rows]
            found.append(SpeakerQuotes(speaker=summary, quotes=quotes))
        found.sort(key=lambda entry: (-entry.speaker.quote_count, entry.speaker.name))
        return found

    def _quote_ids_by(self, speaker: str) -> set[int]:
        """The ids of the quotes by every speaker one of whose names contains `speaker`."""
        rows = self.connection.execute(
            "SELECT q.id FROM names m "
            "CROSS JOIN names n ON n.kind = m.kind AND n.target = m.target "
            "CROSS JOIN quotes q ON q.speaker = n.name AND q.speaker_kind = n.kind "
            "WHERE instr(m.folded, ?) > 0",
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
        if not ids:
            return []
        speakers = self._gather()
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
                f"SELECT q.id, {_QUOTE_COLUMNS} FROM quotes q "
                f"JOIN documents d ON d.id = q.document_id WHERE q.id IN ({places})",
                page,
            )
            by_id = {row[0]: row[1:] for row in rows}
            for id in page:
                quote = _stored_quote(by_id[id], speakers)
                plain, matches = _matches(marks[id])
                hits.append(SearchHit(quote=quote, matches=matches if plain == quote.text else []))
        return hits
