"""The quick entry point (quotes.launcher) against the Typer app: same bytes, same exit codes.

Each case runs twice in a fresh process, once through the `quotes` script's entry point and
once through the Typer app's `main`, from a folder of sample drafts. Timing is left to
benchmarks/bench_startup.py; here what a quick run imports is checked instead.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from quotes.launcher import EXTRACT_OPTIONS, parse

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "reuters-nato-russia.txt"

# Sample drafts, written for these tests.
ATTRIBUTED = "“We will rebuild the bridge by spring,” Mayor Ana Ruiz said on Monday.\n"
UNATTRIBUTED = (
    "“We will rebuild the bridge by spring,” Mayor Ana Ruiz said on Monday.\n\n"
    "The council voted 7-2 to approve the budget.\n\n"
    "Residents packed the hall for three hours.\n\n"
    "“This is a disaster for the east side of town, and everyone knows it.”\n"
)
AMBIGUOUS = "Sarah Cole met Maria Lopez on Monday. “We will win the vote next week,” she said.\n"
UNCLOSED = "“We will rebuild the bridge by spring, Mayor Ana Ruiz said on Monday.\n"
STYLED = "“Red \x1b[31malert\x1b[0m,” Mayor Ana Ruiz said.\n"
FRONT_MATTER = (
    "---\ntitle: Bridge plan\noutlet: The Ashton Herald\ndate: 2024-03-04\n---\n\n" + ATTRIBUTED
)

# What a quick run must not load: the command-line library, the models, the workbook writer,
# the terminal renderer.
HEAVY = ("typer", "click", "pydantic", "openpyxl", "rich")

# Runs the entry point the `quotes` script runs, or the Typer app's, and writes the names of
# the modules loaded by the end to the file the environment names.
RUNNER = """
import atexit, json, os, sys
atexit.register(
    lambda: open(os.environ["MODULES_OUT"], "w").write(json.dumps(sorted(sys.modules)))
)
sys.argv[0] = "quotes"
if sys.argv.pop(1) == "typer":
    from quotes.cli import main
else:
    from quotes.launcher import main
main()
"""


class Run:
    """One process: what it printed, its exit code, and the modules it loaded."""

    def __init__(
        self, folder: Path, path: str, args: list[str], stdin: bytes, encoding: str = "utf-8"
    ) -> None:
        self.modules_file = folder / f"modules-{path}.json"
        environment = {
            **os.environ,
            "MODULES_OUT": str(self.modules_file),
            "PYTHONIOENCODING": encoding,
        }
        environment.pop("PYTHONDONTWRITEBYTECODE", None)
        self.process = subprocess.Popen(
            [sys.executable, "-c", RUNNER, path, *args],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            cwd=folder,
            env=environment,
        )
        self.stdin = stdin

    def finish(self) -> Run:
        """Waits for the process and reads what it left."""
        self.stdout, self.stderr = self.process.communicate(self.stdin, timeout=120)
        self.code = self.process.returncode
        self.modules = set(json.loads(self.modules_file.read_text()))
        self.modules_file.unlink()
        return self


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder of drafts, bad inputs among them, with no configuration above it."""
    folder = tmp_path_factory.mktemp("drafts")
    (folder / "pyproject.toml").write_text("[project]\nname = 'newsroom'\n")
    (folder / "seed.txt").write_bytes(SEED.read_bytes())
    for name, text in {
        "attributed.md": ATTRIBUTED,
        "unattributed.txt": UNATTRIBUTED,
        "ambiguous.txt": AMBIGUOUS,
        "unclosed.txt": UNCLOSED,
        "styled.txt": STYLED,
        "front.md": FRONT_MATTER,
        "empty.txt": "",
    }.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"x\x00\x01\x02binary\xff\xfe")
    (folder / "sub").mkdir()
    (folder / "sub" / "a.md").write_text(ATTRIBUTED, encoding="utf-8")
    (folder / "sub" / "b.txt").write_text(UNATTRIBUTED, encoding="utf-8")
    (folder / "corpus.jsonl").write_text(
        json.dumps({"id": "one", "text": ATTRIBUTED})
        + "\n"
        + json.dumps({"id": "two", "text": UNCLOSED})
        + "\n",
        encoding="utf-8",
    )
    return folder


def both_ways(
    folder: Path, args: list[str], stdin: bytes = b"", encoding: str = "utf-8"
) -> tuple[Run, Run]:
    """`args` run through the `quotes` script's entry point and through the Typer app, side
    by side."""
    quick = Run(folder, "launcher", args, stdin, encoding)
    typer = Run(folder, "typer", args, stdin, encoding)
    return quick.finish(), typer.finish()


QUICK = [
    pytest.param(["extract", "seed.txt"], id="extract-default"),
    pytest.param(["extract", "seed.txt", "--format", "jsonl"], id="extract-jsonl"),
    pytest.param(["extract", "seed.txt", "-f", "json"], id="extract-json"),
    pytest.param(["extract", "--format=table", "seed.txt", "front.md"], id="extract-table"),
    pytest.param(["extract", "seed.txt", "-f", "csv", "attributed.md"], id="extract-csv"),
    pytest.param(["extract", "seed.txt", "--with-text"], id="extract-with-text"),
    pytest.param(["extract", "front.md", "--with-text", "-f", "json"], id="extract-json-text"),
    pytest.param(["extract", "unclosed.txt", "corpus.jsonl"], id="extract-unclosed"),
    pytest.param(["-q", "extract", "unclosed.txt", "corpus.jsonl"], id="extract-quiet"),
    pytest.param(["extract", "styled.txt", "-f", "table"], id="extract-terminal-styles"),
    pytest.param(["extract", "sub", "-f", "jsonl", "-j", "1"], id="extract-folder"),
    pytest.param(["extract", "seed.txt", "--jobs", "2", "-l", "en"], id="extract-jobs"),
    pytest.param(["extract", "seed.txt", "-l", "de"], id="extract-german"),
    pytest.param(["extract", "seed.txt", "-l", "xx"], id="extract-unknown-language"),
    pytest.param(["extract", "missing.txt"], id="extract-missing-file"),
    pytest.param(["extract", "binary.txt"], id="extract-binary-file"),
    pytest.param(["extract", "empty.txt"], id="extract-empty-file"),
    pytest.param(["extract", "empty.txt", "seed.txt", "missing.txt"], id="extract-mixed"),
    pytest.param(["extract", "-", "-"], id="extract-stdin-twice"),
    pytest.param(["extract", "seed.txt", "-o", "seed.txt"], id="extract-over-its-input"),
    pytest.param(["check", "seed.txt"], id="check"),
    pytest.param(["check", "unattributed.txt", "attributed.md"], id="check-below"),
    pytest.param(["check", "ambiguous.txt", "--strict"], id="check-strict"),
    pytest.param(["check", "unattributed.txt", "--min-coverage", "0.5"], id="check-min"),
    pytest.param(["check", "unattributed.txt", "-f", "github"], id="check-github"),
    pytest.param(["check", "unattributed.txt", "ambiguous.txt", "-f", "json"], id="check-json"),
    pytest.param(["check", "sub", "--format=junit"], id="check-junit"),
    pytest.param(["check", "styled.txt", "unclosed.txt"], id="check-terminal-styles"),
    pytest.param(["check", "missing.txt"], id="check-missing-file"),
    pytest.param(["check", "binary.txt"], id="check-binary-file"),
    pytest.param(["check", "empty.txt"], id="check-empty-file"),
    pytest.param(["check", "empty.txt", "attributed.md", "-f", "github"], id="check-mixed"),
    pytest.param(["check", "corpus.jsonl", "-l", "xx"], id="check-unknown-language"),
]


@pytest.mark.parametrize("args", QUICK)
def test_launcher_quick_run_prints_what_typer_prints(drafts: Path, args: list[str]) -> None:
    quick, typer = both_ways(drafts, args)
    assert (quick.stdout, quick.stderr, quick.code) == (typer.stdout, typer.stderr, typer.code)
    assert "Traceback" not in quick.stderr.decode()
    assert not quick.modules & set(HEAVY), "took the Typer path or loaded what it need not"


def test_launcher_reads_standard_input_as_typer_does(drafts: Path) -> None:
    quick, typer = both_ways(drafts, ["extract", "-", "-f", "table"], ATTRIBUTED.encode())
    assert (quick.stdout, quick.stderr, quick.code) == (typer.stdout, typer.stderr, typer.code)
    assert b"Ana Ruiz" in quick.stdout


def test_launcher_writes_the_file_typer_writes(drafts: Path) -> None:
    quick = Run(drafts, "launcher", ["extract", "seed.txt", "-o", "quick.json", "-f", "json"], b"")
    typer = Run(drafts, "typer", ["extract", "seed.txt", "-o", "typer.json", "-f", "json"], b"")
    quick.finish(), typer.finish()
    assert (quick.stdout, quick.stderr, quick.code) == (typer.stdout, typer.stderr, typer.code)
    assert (drafts / "quick.json").read_bytes() == (drafts / "typer.json").read_bytes()


# Anything the launcher does not parse goes to the Typer app: help, usage errors, options and
# values it leaves to click, other commands.
HANDED_ON = [
    pytest.param(["--help"], id="help"),
    pytest.param(["--version"], id="version"),
    pytest.param([], id="nothing"),
    pytest.param(["extract"], id="extract-no-path"),
    pytest.param(["extract", "--help"], id="extract-help"),
    pytest.param(["extract", "seed.txt", "--format", "xml"], id="extract-bad-format"),
    pytest.param(["extract", "seed.txt", "-f", "parquet"], id="extract-parquet"),
    pytest.param(["extract", "seed.txt", "--jobs", "0"], id="extract-no-jobs"),
    pytest.param(["extract", "seed.txt", "-o", "sub"], id="extract-output-folder"),
    pytest.param(["extract", "seed.txt", "-q"], id="extract-quiet-after-command"),
    pytest.param(["extract", "-fjson", "seed.txt"], id="extract-joined-short-option"),
    pytest.param(["extract", "--", "seed.txt"], id="extract-double-dash"),
    pytest.param(["check", "seed.txt", "--min-coverage", "1.5"], id="check-coverage-above-1"),
    pytest.param(["check", "seed.txt", "--min-coverage", "1e-1"], id="check-exponent"),
    pytest.param(["check", "seed.txt", "--strict=yes"], id="check-flag-with-value"),
    pytest.param(["check"], id="check-no-path"),
    pytest.param(["speakers", "--db", "none.db"], id="other-command"),
]


@pytest.mark.parametrize("args", HANDED_ON)
def test_launcher_hands_the_rest_to_typer(drafts: Path, args: list[str]) -> None:
    quick, typer = both_ways(drafts, args)
    assert (quick.stdout, quick.stderr, quick.code) == (typer.stdout, typer.stderr, typer.code)
    assert "typer" in quick.modules


def test_launcher_leaves_an_ascii_terminal_to_click(drafts: Path) -> None:
    # click writes UTF-8 to a stream whose encoding is ASCII (a misconfigured locale)
    quick, typer = both_ways(drafts, ["check", "ambiguous.txt", "--strict"], encoding="ascii")
    assert (quick.stdout, quick.stderr, quick.code) == (typer.stdout, typer.stderr, typer.code)
    assert "typer" in quick.modules


def test_launcher_check_in_a_repository_with_settings(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.quotes]\nmin-coverage = 0.5\nexclude = ["drafts/"]\n'
        'extra-speech-verbs = ["blorped"]\n'
    )
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.md").write_text(UNATTRIBUTED, encoding="utf-8")
    (tmp_path / "news" / "b.md").write_text("“We won,” Ruiz blorped.\n", encoding="utf-8")
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "c.md").write_text(UNATTRIBUTED, encoding="utf-8")
    for args in (["check", "news", "drafts"], ["check", "drafts/c.md"], ["check", "drafts"]):
        quick, typer = both_ways(tmp_path, args)
        assert (quick.stdout, quick.stderr, quick.code) == (typer.stdout, typer.stderr, typer.code)
        assert "typer" not in quick.modules


@pytest.mark.parametrize(
    ("args", "paths", "options"),
    [
        pytest.param(["a", "-f", "json", "b"], ["a", "b"], {"format": "json"}, id="between"),
        pytest.param(["--format=csv", "-"], ["-"], {"format": "csv"}, id="equals-and-stdin"),
        pytest.param(["a", "-f", "json", "-f", "csv"], ["a"], {"format": "csv"}, id="last-wins"),
        pytest.param(["a", "-o", "-"], ["a"], {"output": "-"}, id="output-to-stdout"),
        pytest.param(["a", "--with-text"], ["a"], {"with_text": True}, id="flag"),
    ],
)
def test_launcher_parse_reads_options_as_click_does(
    args: list[str], paths: list[str], options: dict[str, str | bool]
) -> None:
    assert parse(args, EXTRACT_OPTIONS) == (paths, options)


@pytest.mark.parametrize(
    "args",
    [
        pytest.param([], id="no-path"),
        pytest.param(["a", "-f"], id="value-missing"),
        pytest.param(["a", "-f", "--with-text"], id="option-as-value"),
        pytest.param(["a", "-x"], id="unknown"),
        pytest.param(["a", "-f=json"], id="short-with-equals"),
        pytest.param(["a", "--with-text=1"], id="flag-with-value"),
        pytest.param(["-help"], id="dash-word"),
    ],
)
def test_launcher_parse_leaves_the_unusual_to_click(args: list[str]) -> None:
    with pytest.raises(ValueError):
        parse(args, EXTRACT_OPTIONS)
