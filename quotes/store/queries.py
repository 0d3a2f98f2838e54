"""Reading the database: speakers, who said what, and full-text search, as records."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import date
from typing import Any

import regex
from pydantic import Field

from quotes.errors import QueryError
from quotes.models import ArticleMetadata, QuoteKind, Record, SpeakerKind
from quotes.store.rows import METADATA_FIELDS, fold


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


QUOTE_COLUMNS = (
    "q.document_id, d.path, q.paragraph, q.line, q.text, q.kind, s.name, s.slug, q.speaker, "
    "q.mention, q.role, q.cue, q.rule, "
    "d.headline, d.url, d.outlet, d.published, d.published_text, d.authors, d.language"
)
# The tables `QUOTE_COLUMNS` reads, after `FROM quotes q`: an unattributed quote has no speaker.
QUOTE_TABLES = (
    "JOIN documents d ON d.id = q.document_id "
    "LEFT JOIN speaker_names n "
    "ON n.document_id = q.document_id AND n.name = q.speaker AND n.kind = q.speaker_kind "
    "LEFT JOIN speakers s ON s.slug = n.slug"
)


def _stored_metadata(columns: tuple[Any, ...]) -> ArticleMetadata | None:
    """The metadata kept in the `documents` columns headline to language; None when empty."""
    if not any(columns):
        return None
    fields = dict(zip(METADATA_FIELDS, columns, strict=True))
    fields["authors"] = json.loads(fields["authors"]) if fields["authors"] else []
    return ArticleMetadata.model_validate({k: v for k, v in fields.items() if v is not None})


# The StoredQuote field of each of the first 13 columns of `QUOTE_COLUMNS`.
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
    """The record of a row of `QUOTE_COLUMNS`."""
    fields: dict[str, object] = dict(zip(_STORED_QUOTE_FIELDS, row[:13], strict=True))
    fields["article"] = _stored_metadata(tuple(row[13:20]))
    # validated from a dict: half the time of keyword arguments, which counts when `who`
    # returns the thousands of quotes of a common surname
    return StoredQuote.model_validate(fields)


# Private-use characters cannot occur in news text, so they mark matches unambiguously.
_OPEN_MATCH = "\ue000"
_CLOSE_MATCH = "\ue001"

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


def _summaries(
    db: sqlite3.Connection, where: str = "", parameters: tuple[object, ...] = ()
) -> list[SpeakerSummary]:
    """The speakers matching `where` (on `speakers s`), the most quoted first."""
    rows = db.execute(
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


def speakers(db: sqlite3.Connection) -> list[SpeakerSummary]:
    """Every speaker with quote and article counts, the most quoted first."""
    return _summaries(db)


def who(db: sqlite3.Connection, needle: str, period: Period) -> list[SpeakerQuotes]:
    """The speakers any of whose folded names contains `needle`, with their quotes in `period`.

    The matching speakers, then every quote of them in one statement: a statement per speaker
    made a surname shared by thousands of people take a second.
    """
    slugs = json.dumps(
        [
            slug
            for (slug,) in db.execute(
                "SELECT DISTINCT slug FROM speaker_aliases WHERE instr(folded, ?) > 0",
                (needle,),
            )
        ]
    )
    summaries = _summaries(db, "WHERE s.slug IN (SELECT value FROM json_each(?))", (slugs,))
    # the speaker is known from speaker_names: no second look-up of it per quote
    columns = QUOTE_COLUMNS.replace("s.slug", "m.slug")
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


def _quote_ids_by(db: sqlite3.Connection, speaker: str) -> set[int]:
    """The ids of the quotes by every speaker one of whose names contains `speaker`."""
    rows = db.execute(
        "SELECT q.id FROM speaker_aliases a "
        "CROSS JOIN speaker_names n ON n.slug = a.slug "
        "CROSS JOIN quotes q ON q.document_id = n.document_id AND q.speaker = n.name "
        "AND q.speaker_kind = n.kind "
        "WHERE instr(a.folded, ?) > 0",
        (fold(speaker.strip()),),
    )
    return {row[0] for row in rows}


def _quote_ids_in(db: sqlite3.Connection, period: Period) -> set[int]:
    """The ids of the quotes in articles published within `period`."""
    rows = db.execute(
        f"SELECT q.id FROM documents d JOIN quotes q ON q.document_id = d.id "
        f"WHERE 1{period.condition}",
        period.parameters,
    )
    return {row[0] for row in rows}


def _ranked_ids(
    db: sqlite3.Connection, query: str, wanted: set[int] | None, limit: int
) -> list[int]:
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
        total = db.execute("SELECT count(*) FROM quotes").fetchone()[0]
        size = 3 * limit * total // max(1, len(wanted))
        slices = [size, -1] if size < total else [-1]
    ids: list[int] = []
    for size in slices:
        ranked = db.execute(
            "SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ? "
            "ORDER BY bm25(quotes_fts) LIMIT ?",
            (query, size),
        )
        ids = [id for (id,) in ranked if wanted is None or id in wanted]
        if limit > 0 and (len(ids) >= limit or size < 0):
            return ids[:limit]
    return ids


def search(
    db: sqlite3.Connection, query: str, speaker: str | None, limit: int, period: Period
) -> list[SearchHit]:
    """The best `limit` quotes matching the FTS5 `query`, optionally by one speaker."""
    check_query(query)
    # Rank on the full-text table alone, then fetch and highlight only the hits kept:
    # joining first would build and sort every matching row of a common word. Speaker
    # and date filters are applied to the ranked stream, as FTS5 runs a rowid IN (...)
    # per row.
    wanted = None if speaker is None else _quote_ids_by(db, speaker)
    if period.condition:
        dated = _quote_ids_in(db, period)
        wanted = dated if wanted is None else wanted & dated
    ids = _ranked_ids(db, query, wanted, limit)
    hits: list[SearchHit] = []
    # a page at a time: SQLite caps the variables of one statement (32,766 at most)
    for at in range(0, len(ids), SEARCH_PAGE):
        page = ids[at : at + SEARCH_PAGE]
        places = ",".join("?" * len(page))
        marks = dict(
            db.execute(
                "SELECT rowid, highlight(quotes_fts, 0, ?, ?) FROM quotes_fts "
                f"WHERE quotes_fts MATCH ? AND rowid IN ({places})",
                [_OPEN_MATCH, _CLOSE_MATCH, query, *page],
            )
        )
        rows = db.execute(
            f"SELECT q.id, {QUOTE_COLUMNS} FROM quotes q {QUOTE_TABLES} WHERE q.id IN ({places})",
            page,
        )
        by_id = {row[0]: row[1:] for row in rows}
        for id in page:
            quote = _stored_quote(by_id[id])
            plain, matches = _matches(marks[id])
            hits.append(SearchHit(quote=quote, matches=matches if plain == quote.text else []))
    return hits
