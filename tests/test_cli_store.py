"""Tests for the index, who, search and speakers commands."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from quotes.cli import app

HARBOUR = (
    '"We will rebuild the harbour," Mayor Jane Okafor said.\n\n'
    '"Tourism will return by spring," Okafor added.\n'
)
BUDGET = '"The budget is balanced," Okafor told reporters.\n'


def run(*args: str | Path) -> Result:
    """Runs `quotes` with `args`."""
    return CliRunner().invoke(app, [str(arg) for arg in args])


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    """A folder with two articles by the same speaker."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "harbour.txt").write_text(HARBOUR, encoding="utf-8")
    (folder / "budget.txt").write_text(BUDGET, encoding="utf-8")
    return folder


@pytest.fixture
def db(tmp_path: Path, articles: Path) -> Path:
    """A database holding the two articles."""
    path = tmp_path / "quotes.db"
    assert run("index", articles, "--db", path).exit_code == 0
    return path


def test_index_reports_what_it_stored(tmp_path: Path, articles: Path) -> None:
    db = tmp_path / "new.db"
    result = run("index", articles, "--db", db)
    assert (result.exit_code, result.stderr) == (
        0,
        f"{db}: 2 added, 0 replaced, 0 unchanged; 3 quotes stored\n",
    )


def test_index_again_reports_unchanged(db: Path, articles: Path) -> None:
    result = run("index", articles, "--db", db)
    assert result.stderr == f"{db}: 0 added, 0 replaced, 2 unchanged; 0 quotes stored\n"


def test_index_uses_quotes_db_environment_variable(
    tmp_path: Path, articles: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QUOTES_DB", str(tmp_path / "env.db"))
    assert run("index", articles).exit_code == 0
    assert (tmp_path / "env.db").exists()


def test_index_defaults_to_quotes_db_in_current_folder(
    tmp_path: Path, articles: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("QUOTES_DB", raising=False)
    monkeypatch.chdir(tmp_path)
    assert run("index", articles).exit_code == 0
    assert (tmp_path / "quotes.db").exists()


def test_index_bad_article_is_reported_and_exit_is_nonzero(tmp_path: Path) -> None:
    result = run("index", tmp_path / "absent.txt", "--db", tmp_path / "q.db")
    assert (result.exit_code, result.stderr.splitlines()[0]) == (
        1,
        f"Error: {tmp_path / 'absent.txt'}: no such file or folder",
    )


def test_index_into_a_file_that_is_not_sqlite_fails(tmp_path: Path, articles: Path) -> None:
    bad = tmp_path / "notes.db"
    bad.write_text("shopping list\n" * 100, encoding="utf-8")
    result = run("index", articles, "--db", bad)
    assert (result.exit_code, result.stderr) == (
        1,
        f"Error: {bad}: not a SQLite database (file is not a database); "
        "pass a database made by quotes index\n",
    )


@pytest.mark.parametrize(
    "command",
    [
        pytest.param(["who", "Okafor"], id="who"),
        pytest.param(["search", "harbour"], id="search"),
        pytest.param(["speakers"], id="speakers"),
    ],
)
def test_query_on_missing_database_fails_in_one_line(tmp_path: Path, command: list[str]) -> None:
    missing = tmp_path / "missing.db"
    result = run(*command, "--db", missing)
    assert (result.exit_code, result.stderr) == (
        1,
        f"Error: {missing}: no such database; build it with: quotes index PATH... --db {missing}\n",
    )


@pytest.mark.parametrize(
    "command",
    [
        pytest.param(["who", "Okafor"], id="who"),
        pytest.param(["search", "harbour"], id="search"),
        pytest.param(["speakers"], id="speakers"),
    ],
)
def test_query_on_non_sqlite_file_fails_in_one_line(tmp_path: Path, command: list[str]) -> None:
    bad = tmp_path / "photo.db"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    result = run(*command, "--db", bad)
    assert (result.exit_code, result.stderr) == (
        1,
        f"Error: {bad}: not a SQLite database (file is not a database); "
        "pass a database made by quotes index\n",
    )


def test_search_bad_syntax_fails_in_one_line(db: Path) -> None:
    result = run("search", '"harbour', "--db", db)
    assert (result.exit_code, result.stderr) == (
        1,
        "Error: search query '\"harbour' is not valid FTS5 syntax (unterminated string); "
        'put words with punctuation in "double quotes"\n',
    )


def test_who_table_lists_speaker_and_quotes(db: Path, articles: Path) -> None:
    result = run("who", "okafor", "--db", db)
    assert result.stdout.splitlines() == [
        "Jane Okafor (person; also quoted as Mayor Jane Okafor, Okafor): 3 quotes in 2 articles",
        f"  {articles / 'budget.txt'} ¶1 · cue: told reporters",
        "    “The budget is balanced,”",
        f"  {articles / 'harbour.txt'} ¶1 · Mayor · cue: said",
        "    “We will rebuild the harbour,”",
        f"  {articles / 'harbour.txt'} ¶2 · Mayor · cue: added",
        "    “Tourism will return by spring,”",
    ]


def test_who_json_gives_speaker_and_quotes(db: Path) -> None:
    found = json.loads(run("who", "Jane", "--db", db, "--format", "json").stdout)
    assert [(entry["speaker"]["slug"], len(entry["quotes"])) for entry in found] == [
        ("jane-okafor", 3)
    ]


def test_who_unknown_name_says_so_and_exits_1(db: Path) -> None:
    result = run("who", "Smith", "--db", db)
    assert (result.exit_code, result.stderr) == (
        1,
        "No speaker's name contains 'Smith'; see: quotes speakers\n",
    )


def test_search_table_brackets_matches_when_piped(db: Path, articles: Path) -> None:
    result = run("search", "harbour", "--db", db)
    assert result.stdout.splitlines() == [
        f"  {articles / 'harbour.txt'} ¶1 · Jane Okafor · Mayor · cue: said",
        "    “We will rebuild the [harbour],”",
    ]


def test_search_json_gives_match_offsets(db: Path) -> None:
    hits = json.loads(run("search", "budget", "--db", db, "--format", "json").stdout)
    assert [hit["matches"] for hit in hits] == [[[4, 10]]]


def test_search_speaker_filter_excludes_others(db: Path) -> None:
    result = run("search", "budget", "--speaker", "Peter", "--db", db)
    assert (result.exit_code, result.stderr) == (0, "No quote matches 'budget'.\n")


def test_speakers_table_counts_quotes_and_articles(db: Path) -> None:
    assert run("speakers", "--db", db).stdout.splitlines() == [
        " quotes  articles  kind      speaker",
        "      3         2  person    Jane Okafor  (also: Mayor Jane Okafor, Okafor)",
    ]


def test_who_csv_has_a_row_per_quote(db: Path) -> None:
    import csv

    rows = list(
        csv.DictReader(run("who", "okafor", "--db", db, "--format", "csv").stdout.splitlines())
    )
    assert sorted(row["text"] for row in rows) == [
        "The budget is balanced,",
        "Tourism will return by spring,",
        "We will rebuild the harbour,",
    ]


def test_who_writes_to_output_file(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "who.json"
    result = run("who", "okafor", "--db", db, "--format", "json", "--output", out)
    written = json.loads(out.read_text(encoding="utf-8"))
    assert (result.exit_code, result.stdout, written[0]["speaker"]["name"]) == (
        0,
        "",
        "Jane Okafor",
    )


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(("who", "okafor"), id="who"),
        pytest.param(("search", "harbour"), id="search"),
        pytest.param(("speakers",), id="speakers"),
    ],
)
def test_store_commands_print_valid_json(db: Path, args: tuple[str, ...]) -> None:
    result = run(*args, "--db", db, "--format", "json")
    assert (result.exit_code, type(json.loads(result.stdout))) == (0, list)


def test_index_summary_counts_in_words(articles: Path, tmp_path: Path) -> None:
    result = run("index", articles / "budget.txt", "--db", tmp_path / "one.db")
    assert result.stderr.endswith("1 quote stored\n")


# Article identity (issue 8) ---------------------------------------------------------------------


def test_index_keeps_articles_with_the_same_file_name_apart(tmp_path: Path) -> None:
    for post in ("a", "b", "c"):
        page = tmp_path / "posts" / post / "index.md"
        page.parent.mkdir(parents=True)
        page.write_text(f'"Post {post} is out," Jane Okafor said.\n', encoding="utf-8")
    db = tmp_path / "posts.db"
    first = run("index", tmp_path / "posts", "--db", db)
    again = run("index", tmp_path / "posts", "--db", db)
    assert first.stderr == f"{db}: 3 added, 0 replaced, 0 unchanged; 3 quotes stored\n"
    assert again.stderr == f"{db}: 0 added, 0 replaced, 3 unchanged; 0 quotes stored\n"


def test_index_warns_when_another_file_replaces_an_article(tmp_path: Path) -> None:
    first, second = tmp_path / "a" / "index.md", tmp_path / "b" / "index.md"
    for page, word in ((first, "one"), (second, "two")):
        page.parent.mkdir()
        page.write_text(f'"Say {word}," Jane Okafor said.\n', encoding="utf-8")
    db = tmp_path / "pages.db"
    run("index", first, "--db", db)
    result = run("index", second, "--db", db)
    assert result.stderr.splitlines()[0] == (
        f"Warning: {second}: replaced article 'index', which was stored from {first}"
    )
