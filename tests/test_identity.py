"""One identity join for every output: the exported workbook and fact sheets, and the database."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import openpyxl

from quotes.engine.composer import ExtractOptions
from quotes.indexing import index_articles
from quotes.models import Article
from quotes.store.database import open_store
from quotes.writers.export import ExportOptions, export
from tests.conftest import MakeDocument

ARTICLES = {
    "a": (
        '"We will act on this," said Hillary Clinton.\n\n'
        '"The talks went well," said a senior official.\n'
    ),
    "b": '"It is done now," Clinton said.\n\n"Talks resume soon," said a senior official.\n',
    "c": '"Nobody expected it," said Hillary Clinton.\n',
    # Two Clintons in the corpus: this article's own "Bill Clinton" says which one is meant.
    "d": '"Nobody expected that," said Bill Clinton.\n\n"It is over," Mr. Clinton said.\n',
}
Figures = list[tuple[str, str, int, int]]


def exported(tmp_path: Path, make_document: MakeDocument) -> tuple[Figures, Figures]:
    """(slug, name, quotes, articles) per speaker, from the fact sheets and from the workbook."""
    documents = [make_document(id, text) for id, text in ARTICLES.items()]
    out = tmp_path / "out"
    ran_at = datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC)
    export(documents, ExportOptions(out=out, formats=("json", "xlsx")), ran_at)
    sheets = [json.loads(path.read_text())["speaker"] for path in (out / "speakers").glob("*.json")]
    from_json = [(s["slug"], s["name"], s["quote_count"], len(s["document_ids"])) for s in sheets]
    summary = openpyxl.load_workbook(out / "quotes.xlsx")["Summary"]
    rows = list(summary.iter_rows(min_row=2, values_only=True))
    from_book = [(str(row[0]), int(row[3]), int(row[4])) for row in rows]  # type: ignore[arg-type]
    return sorted(from_json), sorted((n, "", q, a) for n, q, a in from_book)


def stored(tmp_path: Path) -> Figures:
    """(slug, name, quotes, articles) per speaker, from a database of the same articles."""
    articles = [Article(id=id, text=text) for id, text in ARTICLES.items()]
    with open_store(tmp_path / "quotes.db", create=True) as store:
        index_articles(store, articles, ExtractOptions())
        return sorted((s.slug, s.name, s.quote_count, s.document_count) for s in store.speakers())


def test_identity_fact_sheets_and_database_agree(
    tmp_path: Path, make_document: MakeDocument
) -> None:
    from_json, _ = exported(tmp_path, make_document)
    assert from_json == stored(tmp_path)


def test_identity_workbook_and_database_agree(tmp_path: Path, make_document: MakeDocument) -> None:
    _, from_book = exported(tmp_path, make_document)
    assert from_book == sorted((name, "", q, a) for _, name, q, a in stored(tmp_path))


def test_identity_joins_surnames_and_keeps_unnamed_sources_apart(tmp_path: Path) -> None:
    assert sorted((name, q, a) for _, name, q, a in stored(tmp_path)) == [
        ("Bill Clinton", 2, 1),
        ("Clinton", 1, 1),
        ("Hillary Clinton", 2, 2),
        ("a senior official", 1, 1),
        ("a senior official", 1, 1),
    ]
