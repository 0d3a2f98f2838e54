"""The speakers an index run joins again only where its documents changed are exactly those
a whole rebuild gives, over random sequences of added and replaced articles."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest

from quotes.engine.composer import ExtractOptions
from quotes.indexing import index_articles
from quotes.models import Article
from quotes.store import database, joins, writing
from quotes.store.database import open_store

# Few surnames, some spelled so that their slugs clash ("Ann O'Neil", "Ann O Neil") or end
# in a number-like part, and sources that never join (a senior official).
PEOPLE = [
    "Ann Smith",
    "Ann Marie Smith",
    "Bo Smith",
    "Cy Bo Smith",
    "Ann O'Neil",
    "Ann O Neil",
    "Bo Neil",
    "Ann Smith-Jones",
]
SURNAMES = ["Smith", "Neil", "O'Neil", "Smith-Jones"]
OTHERS = ["a senior official", "NATO", "the White House", "an aide"]
Tables = dict[str, list[tuple[object, ...]]]


def article(rng: random.Random, id: str, people: list[str] = PEOPLE) -> Article:
    """An article quoting a few of the `people`, by full name or by surname alone."""
    paragraphs = []
    for number in range(rng.randint(0, 4)):
        form = rng.random()
        if form < 0.5:
            paragraphs.append(f'"Point {number} holds," said {rng.choice(people)}.')
        elif form < 0.8:
            paragraphs.append(f'"Point {number} stands," {rng.choice(SURNAMES)} said.')
        else:
            paragraphs.append(f'"Point {number} is moot," said {rng.choice(OTHERS)}.')
    return Article(id=id, text="\n\n".join(paragraphs) + "\n")


def speaker_tables(db: Path) -> Tables:
    with sqlite3.connect(db) as connection:
        return {
            table: sorted(connection.execute(f"SELECT * FROM {table}").fetchall())
            for table in (
                "speakers",
                "speaker_aliases",
                "speaker_names",
                "identities",
                "identity_spellings",
                "identity_aliases",
            )
        }


def rebuilt(db: Path) -> Tables:
    """The speaker tables after a whole rebuild."""
    with sqlite3.connect(db) as connection:
        connection.execute("UPDATE registry_state SET stale = 1")
    with open_store(db) as store:
        store.refresh_speakers()
    return speaker_tables(db)


def test_incremental_join_equals_whole_rebuild(tmp_path: Path) -> None:
    rng = random.Random(13)
    db = tmp_path / "quotes.db"
    ids = [f"doc-{rng.randrange(1000):03d}" for _ in range(14)]
    options = ExtractOptions()
    numbered = 0
    for _ in range(25):
        run = [article(rng, id) for id in rng.sample(ids, rng.randint(1, 3))]
        with open_store(db, create=True) as store:
            index_articles(store, run, options)
        incremental = speaker_tables(db)
        assert incremental == rebuilt(db)
        numbered = max(numbered, sum(slug[-2:] == "-2" for slug, *_ in incremental["speakers"]))
    # the runs did exercise joins across articles and numbered slug clashes
    assert numbered >= 1
    assert any(count > 1 for *_, count, _ in _document_counts(db))


def _document_counts(db: Path) -> list[tuple[str, int, int]]:
    with sqlite3.connect(db) as connection:
        return connection.execute(
            "SELECT slug, document_count, quote_count FROM speakers"
        ).fetchall()


def test_index_run_rejoins_only_the_changed_surnames(tmp_path: Path) -> None:
    db = tmp_path / "quotes.db"
    first = [Article(id=f"a{i}", text=f'"Fine {i}," said Ann Smith.\n') for i in range(3)]
    first.append(Article(id="b", text='"Not so," said Bo Neil.\n'))
    with open_store(db, create=True) as store:
        index_articles(store, first, ExtractOptions())
    with sqlite3.connect(db) as connection:
        # a mark no rejoin would keep: the Neil unit must not be rewritten by a Smith run
        connection.execute("UPDATE speakers SET document_count = 99 WHERE name = 'Bo Neil'")
    with open_store(db, create=True) as store:
        index_articles(store, [Article(id="c", text='"Yes," Smith said.\n')], ExtractOptions())
        counts = {s.name: (s.quote_count, s.document_count) for s in store.speakers()}
    assert counts == {"Ann Smith": (4, 4), "Bo Neil": (1, 99)}


def test_added_articles_join_as_a_whole_rebuild_does_without_rejoining_surnames(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fast: list[bool] = []
    real = joins.join_additions

    def counted(db: sqlite3.Connection) -> bool:
        fast.append(real(db))
        return fast[-1]

    monkeypatch.setattr(joins, "join_additions", counted)
    rng = random.Random(8)
    db = tmp_path / "quotes.db"
    options = ExtractOptions()
    given = ["Ann", "Bo", "Cy", "Di", "Ed", "Flo", "Gus", "Hal", "Ivo", "Jo"]
    # a spelling of Ann Smith's name with a zero-width space: one identity, two spellings
    people = [*PEOPLE, "Ann\u200b Smith", "Ann\u200b Smith"]
    for run in range(30):
        # new people keep arriving, so surnames gain full names (and their bare forms fits)
        people.append(f"{rng.choice(given)} {rng.choice(given)} {rng.choice(SURNAMES)}")
        articles = [article(rng, f"run{run}-{i}", people) for i in range(rng.randint(1, 4))]
        with open_store(db, create=True) as store:
            index_articles(store, articles, options)
        assert speaker_tables(db) == rebuilt(db), f"run {run}"
    # most runs only added names that join as before; some made a surname ambiguous
    assert fast.count(True) >= 10
    assert False in fast


def test_added_articles_can_change_a_speakers_most_used_spelling(tmp_path: Path) -> None:
    db = tmp_path / "quotes.db"
    runs = [["Ann Smith"], ["Ann\u200b Smith", "Ann\u200b Smith"]]
    for number, names in enumerate(runs):
        articles = [
            Article(id=f"r{number}-{i}", text=f'"Point {i}," said {name}.\n')
            for i, name in enumerate(names)
        ]
        with open_store(db, create=True) as store:
            index_articles(store, articles, ExtractOptions())
    incremental = speaker_tables(db)
    assert [row[1] for row in incremental["speakers"]] == ["Ann\u200b Smith"]
    assert incremental == rebuilt(db)


def test_a_long_run_joins_as_it_goes_with_the_result_of_one_join(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(writing, "JOIN_DOCUMENTS", 3)
    monkeypatch.setattr(writing, "BATCH_DOCUMENTS", 2)
    joins: list[int] = []
    real = database.Store.refresh_speakers

    def counted(store: database.Store) -> None:
        joins.append(1)
        real(store)

    monkeypatch.setattr(database.Store, "refresh_speakers", counted)
    rng = random.Random(3)
    db = tmp_path / "quotes.db"
    with open_store(db, create=True) as store:
        index_articles(store, [article(rng, f"a{i:02d}") for i in range(20)], ExtractOptions())
    assert len(joins) > 3  # during the run, not only at its end
    assert speaker_tables(db) == rebuilt(db)
