"""A newsroom user's mistakes at the command line: each gets one clear line, never a traceback."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
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
        "1 input could not be read; see the errors above.\n"
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


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        pytest.param("http://[bad", "not a valid address (Invalid IPv6 URL)", id="bracket"),
        pytest.param(
            "http://exa mple.com/",
            "cannot fetch it (URL can't contain control characters. 'exa mple.com' "
            "(found at least ' '))",
            id="space",
        ),
    ],
)
def test_a_malformed_url_is_one_line(url: str, problem: str) -> None:
    result = run("extract", url)
    assert (result.exit_code, result.stderr.splitlines()[0]) == (1, f"Error: {url}: {problem}")


@pytest.fixture
def cut_short() -> Iterator[str]:
    """A server that promises 100,000 bytes of page and hangs up after a few."""
    listener = socket.create_server(("127.0.0.1", 0))

    def serve() -> None:
        connection, _ = listener.accept()
        connection.recv(4096)
        connection.sendall(
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\r\n"
            b'<html><body><p>"Hi," said Ann.</p>'
        )
        connection.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}/story"
    thread.join(timeout=5)
    listener.close()


def test_a_page_cut_short_is_an_error_not_half_an_article(cut_short: str) -> None:
    result = run("extract", cut_short, "--format", "jsonl")
    assert (result.exit_code, result.stdout, result.stderr.splitlines()[0]) == (
        1,
        "",
        f"Error: {cut_short}: the connection closed 99966 bytes before the end of the page",
    )


def test_cluster_help_names_the_extra_to_install() -> None:
    result = run("cluster", "--help")
    assert "pip install" in result.stdout
    assert "'quotes[cluster]'" in result.stdout


def test_cluster_out_under_a_file_is_one_line(tmp_path: Path) -> None:
    pytest.importorskip("dask.distributed")
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text('{"id": "a", "text": "\\"Yes,\\" Ann said."}\n', encoding="utf-8")
    blocker = tmp_path / "notes.txt"
    blocker.write_text("a file, not a folder\n", encoding="utf-8")
    result = run("cluster", corpus, "--out", blocker / "shards", "--workers", "1")
    assert (result.exit_code, result.stderr) == (
        1,
        f"Error: {blocker / 'shards'}: cannot write there "
        "(a file is in the way; choose another -o/--out)\n",
    )


def test_who_in_a_period_with_no_quotes_does_not_say_the_name_is_unknown(tmp_path: Path) -> None:
    db = tmp_path / "quotes.db"
    assert run("index", article(tmp_path), "--db", db).exit_code == 0
    result = run("who", "okafor", "--since", "2024-01-01", "--db", db)
    assert (result.exit_code, result.stderr) == (
        1,
        "No speaker whose name contains 'okafor' is quoted in an article published since "
        "2024-01-01 (articles with no date are left out); see: quotes speakers\n",
    )


def test_export_with_an_unreadable_input_leaves_the_last_export_whole(tmp_path: Path) -> None:
    out = tmp_path / "exports"
    good = article(tmp_path)
    assert run("export", good, "--out", out, "--format", "json").exit_code == 0
    before = (out / "quotes.json").read_bytes()
    damaged = tmp_path / "damaged.txt"
    damaged.write_bytes(b"\x00\x01\x02 not text")
    result = run("export", good, damaged, "--out", out, "--format", "json")
    assert (result.exit_code, result.stderr.splitlines()[-1]) == (
        1,
        f"Error: 1 input could not be read; {out} was left unchanged",
    )
    assert (out / "quotes.json").read_bytes() == before


def test_stdin_given_twice_is_refused_in_one_line_before_reading(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["extract", "-", "-", "--format", "jsonl"], input=ARTICLE)
    assert (result.exit_code, result.stdout, result.stderr) == (
        2,
        "",
        "Error: - is given 2 times; standard input can be read only once\n",
    )


def test_failed_export_into_a_new_folder_leaves_no_folder_behind(tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.jsonl"
    damaged.write_text("{not json\n", encoding="utf-8")
    out = tmp_path / "new" / "exports"
    result = run("export", damaged, "--out", out, "--format", "json")
    assert (
        result.stderr.splitlines()[-1] == f"Error: no articles to export; {out} was left unchanged"
    )
    assert not (tmp_path / "new").exists()


def test_failed_export_into_an_existing_folder_keeps_it(tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.jsonl"
    damaged.write_text("{not json\n", encoding="utf-8")
    out = tmp_path / "exports"
    out.mkdir()
    assert run("export", damaged, "--out", out, "--format", "json").exit_code == 1
    assert out.is_dir()


@pytest.mark.parametrize(
    ("command", "option"),
    [
        pytest.param(["extract", "--format", "jsonl", "-o"], "-o/--output", id="extract"),
        pytest.param(["export", "--format", "json", "-o"], "-o/--out", id="export"),
    ],
)
def test_output_under_a_file_names_the_option_typed(
    tmp_path: Path, command: list[str], option: str
) -> None:
    blocker = tmp_path / "notes.txt"
    blocker.write_text("a file, not a folder\n", encoding="utf-8")
    target = blocker / "out"
    result = run(command[0], article(tmp_path), *command[1:], target)
    assert result.exit_code == 1
    assert result.stderr.endswith(f"(a file is in the way; choose another {option})\n")


def test_index_with_stdin_twice_fails_before_making_a_database(tmp_path: Path) -> None:
    db = tmp_path / "quotes.db"
    result = CliRunner().invoke(app, ["index", "-", "-", "--db", str(db)], input=ARTICLE)
    assert result.exit_code == 2
    assert "standard input can be read only once" in result.stderr
    assert not db.exists()


def test_index_of_only_missing_paths_leaves_no_empty_database(tmp_path: Path) -> None:
    db = tmp_path / "quotes.db"
    result = run("index", tmp_path / "absent.txt", "--db", db)
    assert result.exit_code == 1
    assert f"{db}: nothing stored, so no database was made" in result.stderr
    assert sorted(path.name for path in tmp_path.iterdir()) == []


def test_index_of_missing_paths_keeps_an_existing_database(tmp_path: Path) -> None:
    db = tmp_path / "quotes.db"
    assert run("index", article(tmp_path), "--db", db).exit_code == 0
    assert run("index", tmp_path / "absent.txt", "--db", db).exit_code == 1
    who = run("who", "Okafor", "--db", db)
    assert (who.exit_code, "We will rebuild the harbour" in who.stdout) == (0, True)


def test_export_never_replaces_a_file_no_export_wrote(tmp_path: Path) -> None:
    out = tmp_path / "desk"
    (out / "speakers").mkdir(parents=True)
    (out / "quotes.json").write_text("my own notes\n", encoding="utf-8")
    (out / "speakers" / "jane-okafor.json").write_text("my sheet\n", encoding="utf-8")
    result = run("export", article(tmp_path), "--out", out)
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {out / 'quotes.json'}: is already there (and 1 more)")
    assert "pass --force" in result.stderr
    # nothing changed: the user's files as they were, no workbook, no staging left behind
    assert (out / "quotes.json").read_text(encoding="utf-8") == "my own notes\n"
    assert (out / "speakers" / "jane-okafor.json").read_text(encoding="utf-8") == "my sheet\n"
    assert sorted(p.name for p in out.iterdir()) == ["quotes.json", "speakers"]


def test_export_force_replaces_and_later_exports_need_no_force(tmp_path: Path) -> None:
    out = tmp_path / "desk"
    out.mkdir()
    (out / "quotes.json").write_text("my own notes\n", encoding="utf-8")
    assert run("export", article(tmp_path), "--out", out, "--force").exit_code == 0
    assert "harbour" in (out / "quotes.json").read_text(encoding="utf-8")
    # the files are the export's own now: the next export replaces them without asking
    assert run("export", article(tmp_path), "--out", out).exit_code == 0


@pytest.mark.parametrize("spelling", ["same", "via-folder", "other-spelling"])
def test_extract_output_that_is_an_input_is_refused_and_the_input_kept(
    tmp_path: Path, spelling: str
) -> None:
    source = article(tmp_path)
    given = {
        "same": str(source),
        "via-folder": str(tmp_path),
        "other-spelling": str(tmp_path / "." / source.name),
    }[spelling]
    result = run("extract", given, "--format", "jsonl", "-o", source)
    assert result.exit_code == 2
    assert result.stderr == (
        f"Error: {source}: is also an input ({given}), which writing it would destroy; "
        "choose another -o/--output\n"
    )
    assert source.read_text(encoding="utf-8") == ARTICLE


def test_who_output_onto_its_database_is_refused_and_the_database_kept(tmp_path: Path) -> None:
    db = tmp_path / "quotes.db"
    assert run("index", article(tmp_path), "--db", db).exit_code == 0
    result = run("who", "Okafor", "--db", db, "-o", db)
    assert (result.exit_code, "which writing it would destroy" in result.stderr) == (2, True)
    assert run("who", "Okafor", "--db", db).exit_code == 0


def test_export_html_replaces_the_pages_quotes_show_wrote(tmp_path: Path) -> None:
    out = tmp_path / "exports"
    source = article(tmp_path)
    assert run("show", source, "--out", out / "html").exit_code == 0
    result = run("export", source, "--out", out, "--format", "json,html")
    assert result.exit_code == 0, result.stderr
    assert "All articles" in (out / "html" / "harbour.html").read_text(encoding="utf-8")


def test_export_of_fewer_formats_keeps_the_files_of_the_others(tmp_path: Path) -> None:
    out = tmp_path / "exports"
    source = article(tmp_path)
    assert run("export", source, "--out", out, "--format", "xlsx,json,claimreview").exit_code == 0
    workbook = (out / "quotes.xlsx").read_bytes()
    # the workbook someone reviews in, and the ClaimReview files, outlive a JSON-only export
    assert run("export", source, "--out", out, "--format", "json").exit_code == 0
    assert (out / "quotes.xlsx").read_bytes() == workbook
    assert sorted(p.name for p in (out / "claimreview").iterdir()) == ["jane-okafor.jsonld"]
    # and are still the export's own: the next export of them replaces them without --force
    assert run("export", source, "--out", out, "--format", "xlsx").exit_code == 0


def test_export_keeps_claimreview_verdicts_filled_in_since_the_last_export(
    tmp_path: Path,
) -> None:
    out = tmp_path / "exports"
    source = article(tmp_path)
    assert run("export", source, "--out", out, "--format", "claimreview").exit_code == 0
    sheet = out / "claimreview" / "jane-okafor.jsonld"
    data = json.loads(sheet.read_text(encoding="utf-8"))
    rating = {"@type": "Rating", "alternateName": "Mostly true", "ratingValue": "4"}
    data["@graph"][0].update(reviewRating=rating, url="https://factcheck.example/harbour")
    sheet.write_text(json.dumps(data), encoding="utf-8")
    # exported again: the verdict stays on its claim
    result = run("export", source, "--out", out, "--format", "claimreview")
    assert "kept 1 verdict filled into the last ClaimReviews" in result.stderr
    review = json.loads(sheet.read_text(encoding="utf-8"))["@graph"][0]
    assert (review["reviewRating"], review["claimReviewed"]) == (
        rating,
        "We will rebuild the harbour,",
    )
    # an export without that article keeps the verdict too, in the speaker's file
    other = tmp_path / "other.txt"
    other.write_text('"Taxes will fall," Mayor Tom Reyes said.\n', encoding="utf-8")
    assert run("export", other, "--out", out, "--format", "claimreview").exit_code == 0
    kept = json.loads(sheet.read_text(encoding="utf-8"))["@graph"]
    assert [item["url"] for item in kept] == ["https://factcheck.example/harbour"]
