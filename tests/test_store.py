"""Tests for the quote database in quotes.store."""

from __future__ import annotations

import datetime
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from quotes.engine.composer import ExtractOptions
from quotes.engine.language import load_language
from quotes.errors import QueryError, StoreError
from quotes.indexing import index_articles, settings_of
from quotes.models import Article, ArticleMetadata
from quotes.store import rows as store_rows
from quotes.store import schema as store_schema
from quotes.store.database import Store, open_store
from quotes.store.queries import Period
from quotes.store.schema import SCHEMA_VERSION

HARBOUR = (
    '"We will rebuild the harbour," Mayor Jane Okafor said.\n\n'
    '"Tourism will return by spring," Okafor added.\n'
)
BUDGET = '"The budget is balanced," Okafor told reporters.\n'
FISHERMEN = '"Nobody asked the fishermen," Peter Okafor said.\n'
FERRY = '"The ferry will run again in June," said Jane Okafor.\n'


def index(store: Store, **texts: str) -> list[str]:
    """Indexes one article per keyword (id=text) and returns what happened to each."""
    options = ExtractOptions()
    statuses: list[str] = []
    for id, text in texts.items():
        report = index_articles(store, [Article(id=id, text=text)], options)
        statuses += [
            status for status in ("added", "replaced", "unchanged") if getattr(report, status)
        ]
    return statuses


def rows(db: Path, sql: str) -> list[tuple[object, ...]]:
    """The rows of `sql` run on a fresh connection to `db`."""
    connection = sqlite3.connect(db)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "quotes.db"


@pytest.fixture
def store(db: Path) -> Store:
    opened = open_store(db, create=True)
    yield opened  # type: ignore[misc]
    opened.close()


# Schema and migrations -------------------------------------------------------------------------


def test_store_new_database_has_current_schema_version(store: Store) -> None:
    assert store.version() == SCHEMA_VERSION == len(store_schema.MIGRATIONS)


def test_store_new_database_uses_wal(store: Store, db: Path) -> None:
    assert rows(db, "PRAGMA journal_mode") == [("wal",)]


def test_store_migration_steps_apply_in_order_to_an_older_database(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with open_store(db, create=True) as store:
        index(store, harbour=HARBOUR)
    extra = (
        "ALTER TABLE documents ADD COLUMN reviewer TEXT",
        "UPDATE documents SET reviewer = 'desk'",
    )
    monkeypatch.setattr(store_schema, "MIGRATIONS", [*store_schema.MIGRATIONS, extra])
    with open_store(db) as store:
        assert store.version() == SCHEMA_VERSION + 1
    assert rows(db, "SELECT id, reviewer FROM documents") == [("harbour", "desk")]


def test_store_database_of_schema_4_is_upgraded_and_stays_searchable(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with monkeypatch.context() as patch:
        patch.setattr(store_schema, "MIGRATIONS", store_schema.MIGRATIONS[:4])
        open_store(db, create=True).close()
    # a quote as schema 4 stored it: its words entered the full-text index by trigger
    with sqlite3.connect(db) as connection:
        connection.execute(
            "INSERT INTO documents (id, content_hash, quote_count, indexed_at) "
            "VALUES ('harbour', 'old', 1, 'then')"
        )
        connection.execute(
            'INSERT INTO quotes (document_id, position, start, "end", text, kind, paragraph, '
            'line, "column", speaker, speaker_kind, rule, confidence) VALUES (?, 0, 1, 30, '
            "?, 'direct', 1, 1, 1, 'Jane Okafor', 'person', 'r', 1.0)",
            ("harbour", "We will rebuild the harbour,"),
        )
    connection.close()
    with open_store(db, create=True) as store:
        assert store.version() == SCHEMA_VERSION
        index(store, ferry=FERRY)
        assert [hit.quote.document_id for hit in store.search("harbour")] == ["harbour"]
        assert [hit.quote.document_id for hit in store.search("ferry")] == ["ferry"]
        assert [(s.name, s.quote_count) for s in store.speakers()] == [("Jane Okafor", 2)]
    rows(db, "INSERT INTO quotes_fts (quotes_fts) VALUES ('integrity-check')")
    assert rows(db, "SELECT key FROM identities") == [("person\x1fjane okafor\x1f",)]


def test_store_newer_schema_is_refused(db: Path) -> None:
    open_store(db, create=True).close()
    rows(db, "PRAGMA user_version = 99")
    with pytest.raises(StoreError) as error:
        open_store(db)
    assert str(error.value) == (
        f"{db}: schema version 99 is newer than this quotes supports ({SCHEMA_VERSION}); "
        "upgrade quotes"
    )


def test_store_other_sqlite_database_is_refused(db: Path) -> None:
    rows(db, "CREATE TABLE accounts (id INTEGER)")
    with pytest.raises(StoreError, match="a SQLite database, but not a quote database"):
        open_store(db, create=True)


# Indexing --------------------------------------------------------------------------------------


def test_store_index_reports_added_then_unchanged(store: Store) -> None:
    assert index(store, harbour=HARBOUR) == ["added"]
    assert index(store, harbour=HARBOUR) == ["unchanged"]


def test_store_reindex_unchanged_writes_nothing(store: Store, db: Path) -> None:
    index(store, harbour=HARBOUR, budget=BUDGET)
    before = store.connection.total_changes
    index(store, harbour=HARBOUR, budget=BUDGET)
    assert store.connection.total_changes == before


def test_store_newer_engine_extracts_an_unchanged_document_again(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    index(store, harbour=HARBOUR)
    monkeypatch.setattr("quotes.store.rows.__version__", "99.0.0")
    assert index(store, harbour=HARBOUR) == ["replaced"]


def test_store_changed_document_replaces_its_quotes(store: Store, db: Path) -> None:
    index(store, harbour=HARBOUR)
    assert index(store, harbour=FERRY) == ["replaced"]
    assert rows(db, "SELECT text FROM quotes") == [("The ferry will run again in June,",)]


def test_store_changed_document_leaves_no_stale_search_hits(store: Store) -> None:
    index(store, harbour=HARBOUR)
    index(store, harbour=FERRY)
    assert store.search("harbour") == []


def test_store_replacing_the_last_document_in_a_batch_indexes_its_new_words(
    store: Store, db: Path
) -> None:
    # The replaced document held the largest quote ids: its new quotes must still be searchable.
    index_articles(store, [Article(id=i, text=HARBOUR) for i in "ab"], ExtractOptions())
    articles = [Article(id="b", text=FERRY), Article(id="c", text=BUDGET)]
    index_articles(store, articles, ExtractOptions())
    assert [hit.quote.document_id for hit in store.search("ferry")] == ["b"]
    assert [hit.quote.document_id for hit in store.search("budget")] == ["c"]
    assert len(store.search("harbour")) == 1
    rows(db, "INSERT INTO quotes_fts (quotes_fts) VALUES ('integrity-check')")


def test_store_failed_insert_leaves_nothing_of_the_document(
    store: Store, db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_row = store_rows._quote_row

    def fail_on_second(document, position, quote):  # type: ignore[no-untyped-def]
        if position == 1:
            raise RuntimeError("disk pulled out")
        return real_row(document, position, quote)

    monkeypatch.setattr(store_rows, "_quote_row", fail_on_second)
    with pytest.raises(RuntimeError):
        index(store, harbour=HARBOUR)
    counts = "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM quotes), "
    assert rows(db, counts + "(SELECT count(*) FROM speaker_names)") == [(0, 0, 0)]


def test_store_failed_replacement_keeps_the_old_version(
    store: Store, db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    index(store, harbour=FERRY)
    monkeypatch.setattr(store_rows, "_quote_row", lambda *_: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        index(store, harbour=HARBOUR)
    assert rows(db, "SELECT text FROM quotes") == [("The ferry will run again in June,",)]


def test_store_failure_mid_batch_keeps_the_documents_before_it(
    store: Store, db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_row = store_rows._quote_row

    def fail_in_third(document, position, quote):  # type: ignore[no-untyped-def]
        if document.id == "c" and position == 1:
            raise RuntimeError("disk pulled out")
        return real_row(document, position, quote)

    monkeypatch.setattr(store_rows, "_quote_row", fail_in_third)
    articles = [Article(id=id, text=HARBOUR) for id in "abcd"]
    with pytest.raises(RuntimeError):
        index_articles(store, articles, ExtractOptions())
    # one batch: a and b are whole, nothing of c, and d never started
    assert rows(db, "SELECT document_id, count(*) FROM quotes GROUP BY 1") == [("a", 2), ("b", 2)]
    assert rows(db, "SELECT id FROM documents ORDER BY id") == [("a",), ("b",)]


def test_store_two_index_processes_at_once_both_finish(tmp_path: Path, db: Path) -> None:
    folders = [tmp_path / "a", tmp_path / "b"]
    for number, folder in enumerate(folders):
        folder.mkdir()
        for i in range(40):
            # The first ten articles are in both folders, so the runs also race on them.
            name = f"shared{i}" if i < 10 else f"own{number}-{i}"
            (folder / f"{name}.txt").write_text(f"Item {i}.\n\n{HARBOUR}", encoding="utf-8")
    command = [sys.executable, "-m", "quotes", "index", "--db", str(db)]
    runs = [subprocess.Popen([*command, str(folder)], stderr=subprocess.PIPE) for folder in folders]
    errors = [run.communicate(timeout=120)[1].decode() for run in runs]
    assert [run.returncode for run in runs] == [0, 0], errors
    assert rows(db, "PRAGMA integrity_check") == [("ok",)]
    assert rows(db, "SELECT count(*), count(DISTINCT content_hash) FROM documents") == [(70, 40)]


# Speakers across articles ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        pytest.param([HARBOUR, BUDGET], ["Jane Okafor"], id="surname-joins-the-only-full-name"),
        pytest.param(
            [HARBOUR, BUDGET, FISHERMEN],
            ["Jane Okafor", "Okafor", "Peter Okafor"],
            id="surname-of-two-people-stays-apart",
        ),
        pytest.param(
            [
                '"Talks will resume," Anna van der Berg said.\n',
                '"Not yet," van der Berg said.\n',
            ],
            ["Anna van der Berg"],
            id="surname-with-particles-joins",
        ),
    ],
)
def test_store_joins_speakers_across_articles(
    store: Store, texts: list[str], expected: list[str]
) -> None:
    index(store, **{f"article{i}": text for i, text in enumerate(texts)})
    assert sorted(speaker.name for speaker in store.speakers()) == expected


def test_store_surname_in_another_article_joins_the_full_name(store: Store) -> None:
    index(store, harbour=HARBOUR, budget=BUDGET)
    assert [(s.name, s.aliases, s.quote_count) for s in store.speakers()] == [
        ("Jane Okafor", ["Mayor Jane Okafor", "Okafor"], 3)
    ]


def test_store_second_full_name_splits_a_joined_surname(store: Store) -> None:
    index(store, harbour=HARBOUR, budget=BUDGET, fishermen=FISHERMEN)
    assert sorted(s.name for s in store.speakers()) == ["Jane Okafor", "Okafor", "Peter Okafor"]


def test_store_removed_full_name_rejoins_the_surname(store: Store) -> None:
    index(store, harbour=HARBOUR, budget=BUDGET, fishermen=FISHERMEN)
    index(store, fishermen=FERRY)
    assert [s.name for s in store.speakers()] == ["Jane Okafor"]


def test_store_speakers_count_articles(store: Store) -> None:
    index(store, harbour=HARBOUR, budget=BUDGET)
    assert store.speakers()[0].document_count == 2


# Queries ---------------------------------------------------------------------------------------


def test_store_who_matches_an_alias_in_any_case(store: Store) -> None:
    index(store, harbour=HARBOUR, budget=BUDGET)
    found = store.who("OKAF")
    assert [(entry.speaker.name, len(entry.quotes)) for entry in found] == [("Jane Okafor", 3)]


def test_store_who_gives_article_paragraph_cue_and_role(store: Store) -> None:
    index(store, harbour=HARBOUR)
    quote = store.who("jane")[0].quotes[0]
    assert (quote.document_id, quote.paragraph, quote.cue, quote.role) == (
        "harbour",
        1,
        "said",
        "Mayor",
    )


def test_store_who_of_a_shared_surname_gives_each_speaker_their_own_quotes(store: Store) -> None:
    index(store, harbour=HARBOUR, fishermen=FISHERMEN, ferry=FERRY)
    found = store.who("okafor")
    assert [(entry.speaker.name, [q.document_id for q in entry.quotes]) for entry in found] == [
        ("Jane Okafor", ["ferry", "harbour", "harbour"]),
        ("Peter Okafor", ["fishermen"]),
    ]
    assert {q.speaker_slug for q in found[1].quotes} == {found[1].speaker.slug}


def test_store_who_unknown_name_finds_nothing(store: Store) -> None:
    index(store, harbour=HARBOUR)
    assert store.who("Smith") == []


def test_store_search_gives_match_offsets(store: Store) -> None:
    index(store, harbour=HARBOUR)
    hit = store.search("harbour")[0]
    assert [hit.quote.text[start:end] for start, end in hit.matches] == ["harbour"]


def test_store_search_stems_words(store: Store) -> None:
    index(store, fishermen=FISHERMEN)
    assert [hit.quote.document_id for hit in store.search("asking")] == ["fishermen"]


def test_store_search_filters_by_speaker(store: Store) -> None:
    index(store, harbour=HARBOUR, fishermen=FISHERMEN, ferry=FERRY)
    hits = store.search("will OR nobody", speaker="jane")
    assert sorted(hit.quote.text for hit in hits) == [
        "The ferry will run again in June,",
        "Tourism will return by spring,",
        "We will rebuild the harbour,",
    ]


@pytest.mark.parametrize(
    "query",
    [
        pytest.param('"unclosed', id="unclosed-phrase"),
        pytest.param("harbour AND", id="dangling-operator"),
        pytest.param("mayor:okafor", id="unknown-column"),
    ],
)
def test_store_search_bad_syntax_raises_query_error(store: Store, query: str) -> None:
    with pytest.raises(QueryError, match="is not valid FTS5 syntax"):
        store.search(query)


def test_store_missing_database_is_not_created_for_queries(db: Path) -> None:
    with pytest.raises(StoreError, match="no such database"):
        open_store(db)
    assert not db.exists()


def test_store_settings_name_a_language_other_than_english() -> None:
    german = ExtractOptions(language=load_language("de"))
    assert (settings_of(ExtractOptions()), settings_of(german)) == ("", "language: de\n")


# Article metadata (issue 11) --------------------------------------------------------------------

MARCH = ArticleMetadata(
    headline="Harbour to reopen",
    url="https://coast.example/harbour",
    outlet="Coast Herald",
    published=datetime.datetime(
        2024, 3, 5, 23, 30, tzinfo=datetime.timezone(-datetime.timedelta(hours=5))
    ),
    authors=["Bo Li"],
)
JUNE = ArticleMetadata(outlet="Wire", published=datetime.date(2024, 6, 1))


def index_with(store: Store, **articles: tuple[str, ArticleMetadata | None]) -> None:
    for id, (text, metadata) in articles.items():
        index_one(store, Article(id=id, text=text, metadata=metadata))


def index_one(store: Store, article: Article) -> str:
    """Indexes one article and returns what happened to it."""
    report = index_articles(store, [article], ExtractOptions())
    return next(status for status in ("added", "replaced", "unchanged") if getattr(report, status))


def test_store_keeps_each_article_metadata_with_its_quotes(store: Store) -> None:
    index_with(store, harbour=(HARBOUR, MARCH))
    (entry,) = store.who("okafor")
    assert [quote.article for quote in entry.quotes] == [MARCH, MARCH]


def test_store_migrates_a_version_1_database_keeping_its_articles(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store_schema, "MIGRATIONS", store_schema.MIGRATIONS[:1])
    open_store(db, create=True).close()
    monkeypatch.undo()
    connection = sqlite3.connect(db)
    with connection:
        connection.execute(
            "INSERT INTO documents VALUES ('budget', NULL, ?, 1, '2024-01-01T00:00:00')",
            (store_rows.content_hash(BUDGET),),
        )
    connection.close()
    with open_store(db) as store:
        assert store.version() == SCHEMA_VERSION
        statuses = [
            index_one(store, Article(id="budget", text=BUDGET)),
            index_one(store, Article(id="h", text=HARBOUR, metadata=MARCH)),
        ]
    assert statuses == ["unchanged", "added"]
    assert rows(db, "SELECT id, outlet, published_day FROM documents ORDER BY id") == [
        ("budget", None, None),
        ("h", "Coast Herald", "2024-03-05"),
    ]


def test_store_changed_metadata_stores_the_article_again(store: Store) -> None:
    index_with(store, harbour=(HARBOUR, None))
    assert index_one(store, Article(id="harbour", text=HARBOUR, metadata=JUNE)) == "replaced"


@pytest.mark.parametrize(
    ("period", "expected"),
    [
        pytest.param(Period(), {"harbour", "budget", "ferry"}, id="no-limit"),
        pytest.param(Period(since=datetime.date(2024, 3, 5)), {"harbour", "ferry"}, id="since"),
        pytest.param(Period(until=datetime.date(2024, 3, 5)), {"harbour"}, id="until-local-day"),
        pytest.param(
            Period(datetime.date(2024, 4, 1), datetime.date(2024, 6, 30)), {"ferry"}, id="both"
        ),
    ],
)
def test_store_filters_by_publication_date(
    store: Store, period: Period, expected: set[str]
) -> None:
    index_with(store, harbour=(HARBOUR, MARCH), budget=(BUDGET, None), ferry=(FERRY, JUNE))
    who = {quote.document_id for entry in store.who("okafor", period) for quote in entry.quotes}
    assert who == expected
    hits = store.search("harbour OR budget OR ferry", period=period)
    assert {hit.quote.document_id for hit in hits} == expected
