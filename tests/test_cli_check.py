"""Tests for `quotes check`: exit codes, error lines, configuration, and the hook files."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from quotes.cli import app

ROOT = Path(__file__).resolve().parents[1]

# Sample drafts, written for these tests.
ATTRIBUTED = "“We will rebuild the bridge by spring,” Mayor Ana Ruiz said on Monday.\n"
UNATTRIBUTED = (
    "“We will rebuild the bridge by spring,” Mayor Ana Ruiz said on Monday.\n\n"
    "The council voted 7-2 to approve the budget.\n\n"
    "Residents packed the hall for three hours.\n\n"
    "“This is a disaster for the east side of town, and everyone knows it.”\n"
)
NEXT_PARAGRAPH = (
    "“We will rebuild the bridge by spring,” Mayor Ana Ruiz said on Monday.\n\n"
    "“Nobody on the east side will be left behind.”\n"
)
# "blorped" is no speech verb; a newsroom's configuration can make it one.
MADE_UP_VERB = "Ruiz blorped: “We will rebuild the bridge before the spring floods.”\n"


@pytest.fixture
def newsroom(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty repository checkout, made the current directory."""
    (tmp_path / ".git").mkdir()
    monkeypatch.chdir(tmp_path)
    return tmp_path


def write(path: Path, text: str | bytes) -> Path:
    """Writes `text` to `path`, creating folders, and returns the path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return path


def check(*args: str) -> Result:
    """Runs `quotes check` with `args`."""
    return CliRunner().invoke(app, ["check", *args])


# Exit codes -----------------------------------------------------------------------------------


def test_check_exits_0_when_every_quote_is_attributed(newsroom: Path) -> None:
    write(newsroom / "a.md", ATTRIBUTED)
    result = check("a.md")
    assert (result.exit_code, result.stdout.splitlines()[-1]) == (
        0,
        "total: 1 file, 1 quote, 1 attributed, 100.0% coverage; all meet the minimum 100%",
    )


def test_check_exits_1_and_reports_a_quote_two_paragraphs_after_its_speaker(
    newsroom: Path,
) -> None:
    write(newsroom / "a.md", UNATTRIBUTED)
    result = check("a.md")
    assert (result.exit_code, result.stdout.splitlines()[0]) == (
        1,
        'a.md:7:1: unattributed quote "This is a disaster for the…"',
    )


def test_check_exits_2_for_a_missing_file(newsroom: Path) -> None:
    write(newsroom / "a.md", ATTRIBUTED)
    result = check("a.md", "missing.md")
    assert (result.exit_code, result.stderr) == (2, "Error: missing.md: no such file or folder\n")


def test_check_exits_2_for_an_undecodable_file(newsroom: Path) -> None:
    write(newsroom / "bad.txt", b"\xff\xfe\x00d\x00\x00\x00")
    result = check("bad.txt")
    assert (result.exit_code, result.stderr) == (
        2,
        "Error: bad.txt: starts with a UTF-16 LE byte order mark, but the bytes at offset 6 "
        "are not UTF-16 LE (truncated data); save it as UTF-8\n",
    )


def test_check_exits_2_for_an_unreadable_file_even_when_others_fail(newsroom: Path) -> None:
    write(newsroom / "a.md", UNATTRIBUTED)
    assert check("a.md", "missing.md").exit_code == 2


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(["--format", "xml", "a.md"], id="unknown-format"),
        pytest.param(["--min-coverage", "1.5", "a.md"], id="minimum-over-one"),
        pytest.param(["--min-coverage", "80%", "a.md"], id="minimum-percent"),
        pytest.param([], id="no-paths"),
    ],
)
def test_check_exits_2_for_usage_errors(newsroom: Path, args: list[str]) -> None:
    write(newsroom / "a.md", ATTRIBUTED)
    result = check(*args)
    assert (result.exit_code, "Traceback" in result.output) == (2, False)


def test_check_exits_2_for_a_bad_configuration(newsroom: Path) -> None:
    pyproject = write(newsroom / "pyproject.toml", "[tool.quotes]\nmin-coverage = 80\n")
    write(newsroom / "a.md", ATTRIBUTED)
    result = check("a.md")
    assert (result.exit_code, result.stderr) == (
        2,
        f"Error: {pyproject.resolve()}: [tool.quotes] min-coverage must be from 0 to 1, "
        "not 80 (for 80% write 0.8)\n",
    )


def test_check_strict_fails_a_quote_attributed_by_context(newsroom: Path) -> None:
    write(newsroom / "a.md", NEXT_PARAGRAPH)
    assert (check("a.md").exit_code, check("--strict", "a.md").exit_code) == (0, 1)


# Formats --------------------------------------------------------------------------------------


def test_check_json_output_parses(newsroom: Path) -> None:
    write(newsroom / "a.md", UNATTRIBUTED)
    result = check("--format", "json", "a.md")
    assert json.loads(result.stdout)["files"][0]["coverage"] == 0.5


def test_check_junit_output_parses(newsroom: Path) -> None:
    write(newsroom / "a.md", UNATTRIBUTED)
    result = check("--format", "junit", "a.md")
    root = ET.fromstring(result.stdout.encode("utf-8"))
    assert root.find("./testsuite/testcase/failure") is not None


def test_check_github_output_is_workflow_commands(newsroom: Path) -> None:
    write(newsroom / "a.md", UNATTRIBUTED)
    first = check("--format", "github", "a.md").stdout.splitlines()[0]
    command = r"::error file=a\.md,line=7,col=1,title=[^:,]+::unattributed quote .+"
    assert re.fullmatch(command, first)


# Configuration --------------------------------------------------------------------------------


def test_check_finds_the_configuration_above_the_current_folder(
    newsroom: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(newsroom / "pyproject.toml", "[tool.quotes]\nmin-coverage = 0.5\n")
    write(newsroom / "desk" / "a.md", UNATTRIBUTED)
    monkeypatch.chdir(newsroom / "desk")
    assert check("a.md").exit_code == 0


def test_check_minimum_option_wins_over_the_configuration(newsroom: Path) -> None:
    write(newsroom / "pyproject.toml", "[tool.quotes]\nmin-coverage = 0.5\n")
    write(newsroom / "a.md", UNATTRIBUTED)
    assert check("--min-coverage", "1", "a.md").exit_code == 1


def test_check_leaves_out_excluded_files(newsroom: Path) -> None:
    write(newsroom / "pyproject.toml", '[tool.quotes]\nexclude = ["drafts/"]\n')
    write(newsroom / "published" / "a.md", ATTRIBUTED)
    write(newsroom / "drafts" / "b.md", UNATTRIBUTED)
    result = check(".", "drafts/b.md")
    assert (result.exit_code, result.stdout.splitlines()) == (
        0,
        [
            "published/a.md: 1 quote, 1 attributed, 100.0% coverage, ok",
            "total: 1 file, 1 quote, 1 attributed, 100.0% coverage; all meet the minimum 100%",
        ],
    )


def test_check_extra_speech_verbs_attribute_a_quote(newsroom: Path) -> None:
    write(newsroom / "a.md", MADE_UP_VERB)
    before = check("a.md").exit_code
    write(newsroom / "pyproject.toml", '[tool.quotes]\nextra-speech-verbs = ["blorped"]\n')
    assert (before, check("a.md").exit_code) == (1, 0)


# Help, documentation and hooks ----------------------------------------------------------------


def test_check_has_help() -> None:
    result = CliRunner().invoke(app, ["check", "--help"])
    assert (result.exit_code, "--min-coverage" in result.stdout) == (0, True)


def test_check_is_documented_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "quotes check" in readme and "[tool.quotes]" in readme


def test_pre_commit_hook_runs_check_on_articles() -> None:
    hooks = (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    fields = dict(re.findall(r"^\s*-?\s*(id|entry|language|files): (.+)$", hooks, re.MULTILINE))
    assert fields == {
        "id": "quotes-check",
        "entry": "quotes check",
        "language": "python",
        "files": r"\.(txt|md)$",
    }


# Checking nothing is no check (issue 8) ---------------------------------------------------------


def test_check_of_an_empty_folder_is_a_usage_error(newsroom: Path) -> None:
    (newsroom / "empty").mkdir()
    result = check("empty")
    assert (result.exit_code, result.stdout, result.stderr) == (
        2,
        "",
        "Error: nothing to check: empty holds no articles "
        "(.docx, .htm, .html, .markdown, .md, .txt files)\n",
    )


def test_check_of_a_wrong_path_is_a_usage_error(newsroom: Path) -> None:
    result = check("articels")
    assert (result.exit_code, result.stdout, result.stderr) == (
        2,
        "",
        "Error: articels: no such file or folder\n",
    )


def test_check_of_a_folder_all_excluded_is_a_usage_error(newsroom: Path) -> None:
    write(newsroom / "pyproject.toml", '[tool.quotes]\nexclude = ["drafts/"]\n')
    write(newsroom / "drafts" / "a.md", UNATTRIBUTED)
    result = check("drafts")
    assert (result.exit_code, result.stderr) == (
        2,
        "Error: nothing to check: drafts holds no articles "
        "(.docx, .htm, .html, .markdown, .md, .txt files) that the exclude "
        f"patterns in {newsroom / 'pyproject.toml'} leave in\n",
    )


def test_check_of_named_files_all_excluded_passes_as_pre_commit_would(newsroom: Path) -> None:
    write(newsroom / "pyproject.toml", '[tool.quotes]\nexclude = ["drafts/"]\n')
    write(newsroom / "drafts" / "a.md", UNATTRIBUTED)
    result = check("drafts/a.md")
    assert (result.exit_code, result.stdout) == (0, "")


def test_check_junit_counts_unreadable_files_as_errors(newsroom: Path) -> None:
    write(newsroom / "a.md", ATTRIBUTED)
    (newsroom / "b.md").write_bytes(b"GIF89a\x00\x01")
    result = check("--format", "junit", "a.md", "b.md")
    root = ET.fromstring(result.stdout.encode("utf-8"))
    error = root.find("./testsuite/testcase/error")
    assert (root.get("errors"), root.get("tests"), error is not None) == ("1", "2", True)


def test_check_github_reports_unreadable_files(newsroom: Path) -> None:
    (newsroom / "b.md").write_bytes(b"GIF89a\x00\x01")
    result = check("--format", "github", "b.md")
    assert result.stdout.splitlines()[0] == (
        "::error file=b.md,title=Unreadable input::b.md: not text (binary data at byte 6)"
    )


def attributed_by(command: str, newsroom: Path) -> bool:
    """Whether `quotes COMMAND` credits MADE_UP_VERB's quote to Ruiz."""
    article = str(newsroom / "a.md")
    if command == "extract":
        result = CliRunner().invoke(app, ["extract", article, "--format", "jsonl"])
        return json.loads(result.stdout)["quotes"][0]["speaker"] is not None
    if command == "export":
        out = newsroom / "exports"
        CliRunner().invoke(app, ["export", article, "--out", str(out), "--format", "json"])
        written = json.loads((out / "quotes.json").read_text(encoding="utf-8"))
        quotes = written["documents"][0]["quotes"]
        return quotes[0]["speaker"] is not None
    db = str(newsroom / "quotes.db")
    CliRunner().invoke(app, ["index", article, "--db", db])
    result = CliRunner().invoke(app, ["speakers", "--db", db, "--format", "json"])
    return [speaker["name"] for speaker in json.loads(result.stdout)] == ["Ruiz"]


@pytest.mark.parametrize("command", ["extract", "export", "index"])
def test_extra_speech_verbs_apply_to_every_command(newsroom: Path, command: str) -> None:
    write(newsroom / "a.md", MADE_UP_VERB)
    before = attributed_by(command, newsroom)
    write(newsroom / "pyproject.toml", '[tool.quotes]\nextra-speech-verbs = ["blorped"]\n')
    assert (before, attributed_by(command, newsroom)) == (False, True)


def test_a_bad_configuration_stops_extract_with_one_line(newsroom: Path) -> None:
    write(newsroom / "pyproject.toml", "[tool.quotes]\nmin-coverag = 1\n")
    write(newsroom / "a.md", ATTRIBUTED)
    result = CliRunner().invoke(app, ["extract", "a.md"])
    assert (result.exit_code, len(result.stderr.splitlines())) == (2, 1)
