"""Tests for the command line (extract, eval, schema), its docs, and the import layering."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.main import get_command
from typer.testing import CliRunner

from quotes.cli import app

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "quotes"
SEED = ROOT / "seeds" / "reuters-nato-russia.txt"
SEED_GOLD = ROOT / ".." / "shared" / "eval" / "seed_gold.jsonl"

SAID = '"We will rebuild the harbour by May," Mayor Ana Lopes said.\n'
QUOTE_KEYS = {"start", "end", "text", "kind", "speaker", "cue"}

runner = CliRunner()


def write(path: Path, data: str | bytes) -> Path:
    """Writes `data` to `path` and returns the path."""
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def jsonl(output: str) -> list[dict[str, Any]]:
    """The JSON objects of JSON Lines output."""
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def extract_jsonl(*args: str, input: str | None = None) -> list[dict[str, Any]]:
    """The documents `quotes extract ARGS --format jsonl` prints; the run must succeed."""
    result = runner.invoke(app, ["extract", *args, "--format", "jsonl"], input=input)
    assert result.exit_code == 0, result.output
    return jsonl(result.stdout)


# extract ----------------------------------------------------------------------------------------


def test_extract_jsonl_prints_one_line_per_document(tmp_path: Path) -> None:
    first = write(tmp_path / "first.txt", SAID)
    second = write(tmp_path / "second.txt", SAID)
    assert len(extract_jsonl(str(first), str(second))) == 2


def test_extract_jsonl_document_has_contract_keys(tmp_path: Path) -> None:
    (document,) = extract_jsonl(str(write(tmp_path / "a.txt", SAID)))
    assert {"id", "path", "quotes", "skipped"} <= document.keys()


def test_extract_jsonl_quote_has_contract_keys(tmp_path: Path) -> None:
    (document,) = extract_jsonl(str(write(tmp_path / "a.txt", SAID)))
    assert document["quotes"][0].keys() >= QUOTE_KEYS


def test_extract_jsonl_quote_offsets_index_input(tmp_path: Path) -> None:
    (document,) = extract_jsonl(str(write(tmp_path / "a.txt", SAID)))
    quote = document["quotes"][0]
    assert SAID[quote["start"] : quote["end"]] == quote["text"]


def test_extract_jsonl_speaker_has_name(tmp_path: Path) -> None:
    (document,) = extract_jsonl(str(write(tmp_path / "a.txt", SAID)))
    assert document["quotes"][0]["speaker"]["name"] == "Ana Lopes"


def test_extract_jsonl_unattributed_speaker_is_null(tmp_path: Path) -> None:
    text = 'Rain fell all week.\n\n"Nobody will be spared from the cuts, not even the schools."\n'
    (document,) = extract_jsonl(str(write(tmp_path / "a.txt", text)))
    assert (document["quotes"][0]["speaker"], document["quotes"][0]["cue"]) == (None, None)


def test_extract_jsonl_lists_skipped(tmp_path: Path) -> None:
    text = 'She read "The Art of the Deal" on the plane.\n'
    (document,) = extract_jsonl(str(write(tmp_path / "a.txt", text)))
    assert [s["reason"] for s in document["skipped"]] == ["title"]


def test_extract_jsonl_id_is_file_name_without_extension(tmp_path: Path) -> None:
    (document,) = extract_jsonl(str(write(tmp_path / "harbour-story.md", SAID)))
    assert (document["id"], document["path"]) == (
        "harbour-story",
        str(tmp_path / "harbour-story.md"),
    )


def test_extract_stdin_is_read_for_dash() -> None:
    (document,) = extract_jsonl("-", input=SAID)
    assert (document["id"], len(document["quotes"])) == ("stdin", 1)


def test_extract_jsonl_corpus_uses_record_ids(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "story-1", "text": SAID, "source": "ignored"}),
        json.dumps({"id": "story-2", "text": SAID}),
    ]
    corpus = write(tmp_path / "corpus.jsonl", "\n".join(lines) + "\n")
    assert [d["id"] for d in extract_jsonl(str(corpus))] == ["story-1", "story-2"]


def test_extract_folder_is_read_recursively(tmp_path: Path) -> None:
    (tmp_path / "inner").mkdir()
    write(tmp_path / "top.txt", SAID)
    write(tmp_path / "inner" / "deep.txt", SAID)
    assert sorted(d["id"] for d in extract_jsonl(str(tmp_path))) == ["inner/deep", "top"]


def test_extract_json_prints_one_array(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", SAID)
    result = runner.invoke(app, ["extract", str(path), "--format", "json"])
    assert [d["id"] for d in json.loads(result.stdout)] == ["a"]


def test_extract_table_names_file_and_count(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", SAID)
    result = runner.invoke(app, ["extract", str(path), "--format", "table"])
    assert result.stdout.splitlines()[0] == f"{path}: 1 quote"


def test_extract_table_shows_speaker(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", SAID)
    result = runner.invoke(app, ["extract", str(path), "--format", "table"])
    assert "Ana Lopes (Mayor) [said]" in result.stdout


def test_extract_unknown_format_is_a_usage_error(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", SAID)
    assert runner.invoke(app, ["extract", str(path), "--format", "xml"]).exit_code == 2


BAD_INPUTS = [
    pytest.param("empty.txt", b"", "empty file", id="empty"),
    pytest.param(
        "binary.txt", b"ab\x00\x01\x02cd", "not text (binary data at byte 2)", id="binary"
    ),
    pytest.param(
        "undecodable.txt",
        b"abc \x81 def",
        "cannot decode byte 0x81 at offset 4 as UTF-8 or cp1252; save it as UTF-8",
        id="undecodable",
    ),
    pytest.param("missing.txt", None, "no such file or folder", id="missing"),
]


def bad_run(tmp_path: Path, name: str, data: bytes | None) -> tuple[Path, Any]:
    """Runs extract on a bad file and a good one; returns the bad path and the result."""
    bad = tmp_path / name
    if data is not None:
        write(bad, data)
    good = write(tmp_path / "good.txt", SAID)
    result = runner.invoke(app, ["extract", str(bad), str(good), "--format", "jsonl"])
    return bad, result


def test_extract_unclosed_quote_warns_with_its_place_and_exits_0(tmp_path: Path) -> None:
    draft = write(
        tmp_path / "draft.txt",
        'Intro.\n\nHe said "we will win this vote and the next one\n\nNext.\n',
    )
    result = runner.invoke(app, ["extract", str(draft), "--format", "jsonl"])
    assert (result.exit_code, result.stderr.splitlines()) == (
        0,
        [
            f"Warning: {draft}:3:9: quotation mark not closed before the end of its "
            "paragraph; the quote stops there"
        ],
    )


@pytest.mark.parametrize(("name", "data", "problem"), BAD_INPUTS)
def test_extract_bad_input_prints_one_error_line(
    tmp_path: Path, name: str, data: bytes | None, problem: str
) -> None:
    bad, result = bad_run(tmp_path, name, data)
    assert result.stderr.splitlines()[0] == f"Error: {bad}: {problem}"


@pytest.mark.parametrize(("name", "data", "problem"), BAD_INPUTS)
def test_extract_bad_input_exits_1(
    tmp_path: Path, name: str, data: bytes | None, problem: str
) -> None:
    _, result = bad_run(tmp_path, name, data)
    assert result.exit_code == 1


@pytest.mark.parametrize(("name", "data", "problem"), BAD_INPUTS)
def test_extract_bad_input_does_not_stop_other_files(
    tmp_path: Path, name: str, data: bytes | None, problem: str
) -> None:
    _, result = bad_run(tmp_path, name, data)
    assert [d["id"] for d in jsonl(result.stdout)] == ["good"]


@pytest.mark.parametrize(("name", "data", "problem"), BAD_INPUTS)
def test_extract_bad_input_has_no_traceback(
    tmp_path: Path, name: str, data: bytes | None, problem: str
) -> None:
    _, result = bad_run(tmp_path, name, data)
    assert (result.exception is None or isinstance(result.exception, SystemExit)) and (
        "Traceback" not in result.output
    )


def test_extract_bad_corpus_line_names_file_and_line(tmp_path: Path) -> None:
    corpus = write(tmp_path / "c.jsonl", json.dumps({"id": "ok", "text": SAID}) + "\n{oops\n")
    result = runner.invoke(app, ["extract", str(corpus), "--format", "jsonl"])
    assert result.stderr.splitlines()[0].startswith(f"Error: {corpus}:2: not valid JSON")


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        pytest.param(b"\xef\xbb\xbf" + SAID.encode("utf-8"), SAID, id="utf-8-bom"),
        pytest.param(b"\xff\xfe" + SAID.encode("utf-16-le"), SAID, id="utf-16-bom"),
        pytest.param(b"\x93Yes,\x94 she said.", "“Yes,” she said.", id="cp1252"),
    ],
)
def test_extract_offsets_index_decoded_text(tmp_path: Path, data: bytes, expected: str) -> None:
    (document,) = extract_jsonl(str(write(tmp_path / "a.txt", data)))
    assert all(expected[q["start"] : q["end"]] == q["text"] for q in document["quotes"])


# eval -------------------------------------------------------------------------------------------


@pytest.fixture
def seed_gold() -> Path:
    if not SEED_GOLD.exists():
        pytest.skip(f"{SEED_GOLD} is absent")
    return SEED_GOLD


@pytest.mark.parametrize(
    "figure",
    [
        "quote_p 1.0000  quote_r 1.0000  quote_f1 1.0000",
        "exact_p 1.0000  exact_r 1.0000  exact_f1 1.0000",
        "speaker_acc 1.0000",
        "attrib_p 1.0000  attrib_r 1.0000  attrib_f1 1.0000",
    ],
)
def test_eval_seed_gold_prints_perfect_figures(seed_gold: Path, figure: str) -> None:
    result = runner.invoke(app, ["eval", str(seed_gold)])
    assert figure in result.stdout


def test_eval_json_prints_figures(seed_gold: Path) -> None:
    result = runner.invoke(app, ["eval", str(seed_gold), "--json"])
    assert json.loads(result.stdout)["scores"]["attrib_f1"] == 1.0


def test_eval_missing_gold_prints_one_error_line(tmp_path: Path) -> None:
    result = runner.invoke(app, ["eval", str(tmp_path / "none.jsonl")])
    assert (result.exit_code, len(result.stderr.splitlines())) == (1, 1)


def test_eval_missing_gold_error_names_file(tmp_path: Path) -> None:
    missing = tmp_path / "none.jsonl"
    result = runner.invoke(app, ["eval", str(missing)])
    assert result.stderr.startswith("Error: ") and str(missing) in result.stderr


# schema -----------------------------------------------------------------------------------------


def test_schema_prints_json_schema_of_document() -> None:
    schema = json.loads(runner.invoke(app, ["schema"]).stdout)
    assert {"quotes", "skipped", "id"} <= schema["properties"].keys()


def test_schema_is_a_valid_json_schema() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(runner.invoke(app, ["schema"]).stdout)
    jsonschema.validators.validator_for(schema).check_schema(schema)


def test_schema_accepts_extract_output(tmp_path: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(runner.invoke(app, ["schema"]).stdout)
    (document,) = extract_jsonl(str(write(tmp_path / "a.txt", SAID)))
    jsonschema.validate(document, schema)


# docs -------------------------------------------------------------------------------------------

COMMANDS = sorted(get_command(app).commands)  # type: ignore[attr-defined]


@pytest.mark.parametrize("command", COMMANDS)
def test_command_has_help(command: str) -> None:
    result = runner.invoke(app, [command, "--help"])
    assert (result.exit_code, "Usage:" in result.stdout) == (0, True)


@pytest.mark.parametrize("command", COMMANDS)
def test_command_appears_in_readme(command: str) -> None:
    assert f"quotes {command}" in (ROOT / "README.md").read_text(encoding="utf-8")


# Conventions: version, quiet, formats, outputs, help ----------------------------------------

UNCLOSED = 'Intro.\n\nHe said "we will win this vote and the next one\n\nNext.\n'


def test_version_prints_the_version() -> None:
    from quotes import __version__

    result = runner.invoke(app, ["--version"])
    assert (result.exit_code, result.stdout) == (0, f"quotes {__version__}\n")


def test_quiet_drops_warnings_but_keeps_results(tmp_path: Path) -> None:
    draft = write(tmp_path / "draft.txt", UNCLOSED)
    result = runner.invoke(app, ["--quiet", "extract", str(draft), "--format", "jsonl"])
    assert (result.exit_code, result.stderr, len(result.stdout.splitlines())) == (0, "", 1)


def test_extract_csv_has_a_row_per_quote(tmp_path: Path) -> None:
    import csv

    path = write(tmp_path / "a.txt", SAID)
    result = runner.invoke(app, ["extract", str(path), "--format", "csv"])
    rows = list(csv.DictReader(result.stdout.splitlines()))
    assert [(r["document_id"], r["speaker"], r["text"]) for r in rows] == [
        ("a", "Ana Lopes", "We will rebuild the harbour by May,")
    ]


def test_extract_output_file_instead_of_stdout(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", SAID)
    out = tmp_path / "quotes.jsonl"
    result = runner.invoke(app, ["extract", str(path), "--output", str(out)])
    assert (result.stdout, json.loads(out.read_text(encoding="utf-8"))["id"]) == ("", "a")


def test_extract_output_dash_is_stdout(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", SAID)
    result = runner.invoke(app, ["extract", str(path), "-f", "jsonl", "-o", "-"])
    assert json.loads(result.stdout)["id"] == "a"


def test_extract_unreadable_input_counts_in_words(tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract", str(tmp_path / "missing.txt"), "-f", "jsonl"])
    assert result.stderr.splitlines()[-1] == "1 input could not be read; see the errors above."


def test_extract_corpus_warning_names_corpus_line_and_id(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "first", "text": '"Fine," Ann Lee said.'}),
        json.dumps({"id": "abc", "text": UNCLOSED}),
    ]
    corpus = write(tmp_path / "corpus.jsonl", "\n".join(lines) + "\n")
    result = runner.invoke(app, ["extract", str(corpus), "--format", "jsonl"])
    assert result.stderr.startswith(f"Warning: {corpus}:2 (id=abc) 3:9: quotation mark not closed")


def test_eval_format_json_and_hidden_json_alias_agree(tmp_path: Path) -> None:
    gold = write(
        tmp_path / "gold.jsonl",
        json.dumps({"id": "d", "text": SAID, "quotes": [{"start": 1, "end": 36, "speaker": "Ana"}]})
        + "\n",
    )
    new = runner.invoke(app, ["eval", str(gold), "--format", "json"])
    old = runner.invoke(app, ["eval", str(gold), "--json"])
    assert (new.exit_code, json.loads(new.stdout) == json.loads(old.stdout)) == (0, True)


def test_eval_help_does_not_show_the_json_alias() -> None:
    assert "--json" not in runner.invoke(app, ["eval", "--help"]).stdout


def test_check_format_json_is_valid_json(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", SAID)
    result = runner.invoke(app, ["check", str(path), "--format", "json"])
    assert (result.exit_code, isinstance(json.loads(result.stdout), dict)) == (0, True)


@pytest.mark.parametrize(
    "command", ["extract", "eval", "export", "show", "check", "index", "who", "search", "speakers"]
)
def test_help_names_types_in_words(command: str) -> None:
    shown = runner.invoke(app, [command, "--help"], env={"COLUMNS": "200"}).stdout
    assert [
        kind for kind in ("<list[", "<bool>", "<str>", "<int>", "<path>") if kind in shown
    ] == []


def test_shell_completion_is_offered() -> None:
    assert "--show-completion" in runner.invoke(app, ["--help"], env={"COLUMNS": "200"}).stdout
