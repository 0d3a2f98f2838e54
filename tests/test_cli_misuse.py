"""A newsroom user's mistakes at the command line: each gets one clear line, never a traceback."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner, Result

from quotes.cli import app

ARTICLE = '"We will rebuild the harbour," Mayor Jane Okafor said.\n'


def run(*args: str | Path) -> Result:
    """Runs `quotes` with `args`."""
    return CliRunner().invoke(app, [str(arg) for arg in args])


def article(tmp_path: Path) -> Path:
    path = tmp_path / "harbour.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_index_makes_the_folder_of_a_new_database(tmp_path: Path) -> None:
    db = tmp_path / "not" / "yet" / "quotes.db"
    result = run("index", article(tmp_path), "--db", db)
    assert (result.exit_code, result.stderr) == (
        0,
        f"{db}: 1 added, 0 replaced, 0 unchanged; 1 quote stored\n",
    )


def test_index_into_a_path_under_a_file_names_the_file_in_the_way(tmp_path: Path) -> None:
    blocker = tmp_path / "notes.txt"
    blocker.write_text("a file, not a folder\n", encoding="utf-8")
    result = run("index", article(tmp_path), "--db", blocker / "quotes.db")
    assert (result.exit_code, result.stderr) == (
        1,
        f"Error: {blocker / 'quotes.db'}: cannot create it (a file is in the way)\n",
    )


def test_one_unreadable_input_is_counted_in_words(tmp_path: Path) -> None:
    missing = tmp_path / "absent.txt"
    result = run("extract", article(tmp_path), missing, "--format", "jsonl")
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: {missing}: no such file or folder\n"
        "1 input could not be read; see the error above.\n"
    )


def test_two_unreadable_inputs_are_counted_in_words(tmp_path: Path) -> None:
    result = run("extract", tmp_path / "a.txt", tmp_path / "b.txt")
    assert (result.exit_code, result.stderr.splitlines()[-1]) == (
        1,
        "2 inputs could not be read; see the errors above.",
    )


def test_search_refuses_a_negative_limit(tmp_path: Path) -> None:
    db = tmp_path / "quotes.db"
    assert run("index", article(tmp_path), "--db", db).exit_code == 0
    result = run("search", "harbour", "--db", db, "--limit", "-1")
    assert result.exit_code == 2
    assert "Invalid value for '--limit'" in result.output
