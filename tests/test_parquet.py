"""Tests for the Parquet quote table: read back with DuckDB, with the right column types."""

from __future__ import annotations

import datetime
import json
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from quotes import extract
from quotes.cli import app
from quotes.errors import DependencyError
from quotes.models import Article, ArticleMetadata
from quotes.writers import parquet

duckdb = pytest.importorskip("duckdb")
pytest.importorskip("pyarrow")

SEED = Path(__file__).resolve().parents[1] / "seeds" / "reuters-nato-russia.txt"
HARBOUR = (
    '"We will rebuild the harbour," Mayor Jane Okafor said.\n\n'
    'Residents were sceptical. "Nobody asked the fishermen," one said.\n'
)


def run(*args: str | Path) -> Result:
    return CliRunner().invoke(app, [str(arg) for arg in args])


def query(sql: str) -> list[tuple[object, ...]]:
    """The rows of `sql`, run by DuckDB in memory."""
    connection = duckdb.connect()
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def column_types(path: Path) -> dict[str, str]:
    """Each column of the Parquet file at `path` and its DuckDB type."""
    rows = query(f"DESCRIBE SELECT * FROM read_parquet('{path}')")
    return {str(row[0]): str(row[1]) for row in rows}


@pytest.fixture
def seed_table(tmp_path: Path) -> Path:
    path = tmp_path / "quotes.parquet"
    result = run("extract", SEED, "--format", "parquet", "-o", path, "--jobs", "1")
    assert result.exit_code == 0, result.output
    return path


def test_parquet_has_one_row_per_quote_in_order(seed_table: Path) -> None:
    document = extract(SEED.read_text(encoding="utf-8"))
    rows = query(
        f"SELECT quote_text, quote_start FROM read_parquet('{seed_table}') ORDER BY quote_index"
    )
    assert rows == [(quote.text, quote.start) for quote in document.quotes]


@pytest.mark.parametrize(
    ("column", "expected"),
    [
        pytest.param("quote_start", "BIGINT", id="offsets-are-integers"),
        pytest.param("paragraph", "INTEGER", id="positions-are-integers"),
        pytest.param("confidence", "DOUBLE", id="confidence-is-a-double"),
        pytest.param("speaker_ambiguous", "BOOLEAN", id="flags-are-booleans"),
        pytest.param("speaker_name", "VARCHAR", id="names-are-text"),
        pytest.param("published_date", "DATE", id="dates-are-dates"),
        pytest.param("published_at", "TIMESTAMP WITH TIME ZONE", id="instants-keep-zones"),
        pytest.param("authors", "VARCHAR[]", id="authors-are-a-list"),
    ],
)
def test_parquet_column_types(seed_table: Path, column: str, expected: str) -> None:
    assert column_types(seed_table)[column] == expected


def test_parquet_carries_article_metadata(tmp_path: Path) -> None:
    published = datetime.datetime(
        2024, 3, 5, 9, 30, tzinfo=datetime.timezone(datetime.timedelta(hours=1))
    )
    metadata = ArticleMetadata(
        headline="Harbour plan", outlet="Coast News", published=published, authors=["A. Writer"]
    )
    document = extract(Article(id="harbour", text=HARBOUR, metadata=metadata))
    path = tmp_path / "q.parquet"
    parquet.write_parquet_file([document], path)
    row = query(
        "SELECT headline, outlet, published_date, epoch(published_at), authors, speaker_name "
        f"FROM read_parquet('{path}') WHERE quote_index = 0"
    )[0]
    assert row == (
        "Harbour plan",
        "Coast News",
        datetime.date(2024, 3, 5),
        published.timestamp(),
        ["A. Writer"],
        "Jane Okafor",
    )


def test_parquet_unattributed_quote_has_null_speaker(tmp_path: Path) -> None:
    path = tmp_path / "q.parquet"
    parquet.write_parquet_file([extract('"Nobody listens to us any more," it read.')], path)
    assert query(f"SELECT speaker_name FROM read_parquet('{path}')") == [(None,)]


def test_parquet_no_quotes_gives_an_empty_readable_table(tmp_path: Path) -> None:
    path = tmp_path / "q.parquet"
    assert parquet.write_parquet_file([extract("No quotes here.")], path) == 0
    assert query(f"SELECT count(*) FROM read_parquet('{path}')")[0] == (0,)
    assert "speaker_name" in column_types(path)


def test_parquet_needs_an_output_file() -> None:
    result = run("extract", SEED, "--format", "parquet")
    assert result.exit_code == 2
    assert result.output.strip() == (
        "Error: --format parquet writes a binary file; name it with -o FILE"
    )


def test_parquet_without_pyarrow_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    with pytest.raises(DependencyError, match="pip install 'quotes\\[parquet\\]'"):
        parquet.write_parquet_file([], tmp_path / "q.parquet")
    result = run("extract", SEED, "--format", "parquet", "-o", tmp_path / "q.parquet")
    assert (result.exit_code, result.output) == (1, f"Error: {parquet.INSTALL_HINT}\n")
    assert not (tmp_path / "q.parquet").exists()


def test_extract_output_file_holds_what_stdout_would(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    assert run("extract", SEED, "-o", path).exit_code == 0
    printed = run("extract", SEED, "--format", "jsonl").stdout
    assert path.read_text(encoding="utf-8") == printed
    assert json.loads(printed)["id"] == "reuters-nato-russia"
