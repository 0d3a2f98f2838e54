"""Hostile inputs from issue 8 that once hung, misreported or lost data, each kept as a case."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from typer.testing import CliRunner

from quotes import extract
from quotes.cli import app
from quotes.errors import InputError
from quotes.identity import RegistryBuilder, plain_name
from quotes.readers.files import load_documents
from quotes.store.database import open_store
from tests.conftest import MakeDocument

SAID = "“We will win,” Ann Lee said.\n\n“We will not back down,” she added.\n"


def load(paths: list[Path]) -> tuple[list[str], list[str], list[str]]:
    """The ids loaded from `paths`, the errors and the warnings met on the way."""
    errors: list[InputError] = []
    warnings: list[str] = []
    articles = list(load_documents(paths, on_error=errors.append, on_warning=warnings.append))
    return [article.id for article in articles], [str(e) for e in errors], warnings


# Files that are not regular files ---------------------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_in_a_folder_is_skipped_without_hanging(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(SAID, encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.txt")
    # A subprocess with a timeout, so that a regression fails instead of hanging the suite.
    result = subprocess.run(
        [sys.executable, "-m", "quotes", "extract", str(tmp_path), "--format", "jsonl"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert (result.returncode, result.stdout.count("\n"), result.stderr.splitlines()[0]) == (
        1,
        1,
        f"Error: {tmp_path / 'pipe.txt'}: a named pipe with nothing written to it; skipped",
    )


def test_a_device_is_refused_with_one_line() -> None:
    _, errors, _ = load([Path("/dev/null")])
    assert errors == ["/dev/null: not a regular file (a device or socket); skipped"]


# Folders reached through links ------------------------------------------------------------------


def test_a_linked_folder_is_named_not_silently_skipped(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "a.txt").write_text(SAID, encoding="utf-8")
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "b.txt").write_text(SAID, encoding="utf-8")
    (tmp_path / "news" / "linked").symlink_to(tmp_path / "real")
    ids, errors, warnings = load([tmp_path / "news"])
    assert (ids, errors) == (["b"], [])
    assert warnings == [
        f"{tmp_path / 'news' / 'linked'}: a link to a folder, not followed; "
        "name it on the command line to read it"
    ]


def test_check_names_a_linked_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / ".git").mkdir()
    monkeypatch.chdir(tmp_path)
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "a.txt").write_text(SAID, encoding="utf-8")
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "b.txt").write_text(SAID, encoding="utf-8")
    (tmp_path / "news" / "linked").symlink_to(tmp_path / "real")
    result = CliRunner().invoke(app, ["check", "news"])
    assert result.stderr.startswith("Warning: news/linked: a link to a folder, not followed")


# Encodings and line endings ---------------------------------------------------------------------


@pytest.mark.parametrize(("codec", "order"), [("utf-16-le", "LE"), ("utf-16-be", "BE")])
def test_utf16_without_a_byte_order_mark_is_named(tmp_path: Path, codec: str, order: str) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(SAID.encode(codec))
    _, errors, _ = load([path])
    assert errors == [
        f"{path}: looks like UTF-16 {order} without a byte-order mark; save it as UTF-8"
    ]


def test_binary_data_is_still_called_binary(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"GIF89a\x00\x01\x02\x00\x00\x07")
    _, errors, _ = load([path])
    assert errors == [f"{path}: not text (binary data at byte 6)"]


def test_cr_only_line_endings_give_line_numbers() -> None:
    text = "Headline\r\r" + SAID.replace("\n", "\r")
    document = extract(text, id="mac")
    assert [(q.line, q.column, q.paragraph) for q in document.quotes] == [(3, 1, 2), (5, 1, 3)]
    assert [q.speaker.name if q.speaker else None for q in document.quotes] == ["Ann Lee"] * 2


# A database that may only be read ---------------------------------------------------------------


@pytest.fixture
def database(tmp_path: Path) -> Path:
    """A quote database holding one article."""
    (tmp_path / "a.txt").write_text(SAID, encoding="utf-8")
    db = tmp_path / "db" / "quotes.db"
    db.parent.mkdir()
    assert (
        CliRunner().invoke(app, ["index", str(tmp_path / "a.txt"), "--db", str(db)]).exit_code == 0
    )
    return db


def test_queries_open_the_database_read_only(database: Path) -> None:
    with open_store(database) as store, pytest.raises(sqlite3.OperationalError, match="readonly"):
        store.connection.execute("CREATE TABLE scratch (x)")


@pytest.mark.skipif(os.geteuid() == 0, reason="permissions do not bind root")
def test_a_database_in_a_read_only_folder_can_be_queried(database: Path) -> None:
    database.parent.chmod(0o555)
    try:
        result = CliRunner().invoke(app, ["speakers", "--db", str(database)])
    finally:
        database.parent.chmod(0o755)
    assert (result.exit_code, "Ann Lee" in result.stdout) == (0, True)


# Names --------------------------------------------------------------------------------------------

JOSE = "“We will win,” said José Martí.\n\n“We will not back down,” Martí added.\n"


@pytest.mark.parametrize(
    "written",
    [
        pytest.param(unicodedata.normalize("NFD", JOSE), id="decomposed"),
        pytest.param(JOSE.replace("José", "Jo\u200bsé"), id="zero-width-space"),
        pytest.param(JOSE.replace("José", "José\u200d"), id="zero-width-joiner"),
        pytest.param(JOSE.replace("José", "\u200fJosé"), id="bidi-mark"),
    ],
)
def test_invisible_differences_keep_the_speaker(written: str) -> None:
    document = extract(written, id="martí")
    names = [quote.speaker.name if quote.speaker else None for quote in document.quotes]
    assert [plain_name(name or "") for name in names] == ["José Martí", "José Martí"]
    assert all(document.text[q.start : q.end] == q.text for q in document.quotes)


def test_decomposed_and_composed_spellings_are_one_speaker(make_document: MakeDocument) -> None:
    documents = [
        make_document("composed", JOSE),
        make_document("decomposed", unicodedata.normalize("NFD", JOSE)),
    ]
    builder = RegistryBuilder()
    for document in documents:
        builder.add(document)
    speakers = builder.build().speakers
    assert [(speaker.slug, speaker.quote_count) for speaker in speakers] == [("jose-marti", 4)]


def test_a_speaker_name_is_bounded() -> None:
    words = ["Alba", "Brun", "Cole", "Dorn", "Enzo", "Faro"]
    name = "-".join(words[i % len(words)] for i in range(80))
    document = extract(f"“We will win,” said {name}.\n", id="long")
    # Once credited to a 234-character "name"; now kept as speech with no speaker.
    assert [(quote.text, quote.speaker) for quote in document.quotes] == [("We will win,", None)]


def test_a_long_hyphenated_word_is_read_once() -> None:
    # Each capital after a hyphen once restarted the name-run search: quadratic. Correctness
    # here; the time is in benchmarks/bench_scaling.py.
    name = "-".join(["Jean"] * 5000)
    document = extract(f"“We will win,” said {name}.\n", id="hyphens")
    assert [quote.text for quote in document.quotes] == ["We will win,"]
