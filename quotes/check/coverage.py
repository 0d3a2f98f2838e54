"""Attribution coverage: how many quotes in each file say who spoke, reported for CI."""

from __future__ import annotations

import math
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal

import regex

from quotes.check import CheckFormat
from quotes.config import Config
from quotes.errors import InputError
from quotes.readers.files import is_url

if TYPE_CHECKING:
    import quotes.models as models
    import quotes.records as records

ProblemKind = Literal["unattributed", "context", "ambiguous"]

ARTICLE_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".html", ".htm", ".docx"})
"""What a folder given to `check` is searched for."""

DEFAULT_MIN_COVERAGE = 1.0
EXCERPT_WORDS = 6

# Float division can land a hair under the minimum (2/3 against 0.6666666666666666).
_TOLERANCE = 1e-9

# Characters XML 1.0 cannot hold at all, even escaped; a JUnit file with one will not parse.
_NOT_XML = regex.compile(r"[^\x09\x0a\x0d\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


@dataclass(frozen=True)
class CheckSettings:
    """What a file must reach to pass."""

    min_coverage: float = DEFAULT_MIN_COVERAGE
    strict: bool = False


def check_settings(config: Config, min_coverage: float | None, strict: bool) -> CheckSettings:
    """The settings in force: a command-line value wins over the file, the file over defaults."""
    if min_coverage is None:
        min_coverage = config.min_coverage
    if min_coverage is None:
        min_coverage = DEFAULT_MIN_COVERAGE
    return CheckSettings(min_coverage=min_coverage, strict=strict)


# The results are plain frozen dataclasses, not pydantic models: `quotes check` runs per
# commit, and importing pydantic was most of its start-up. `render_json` writes the JSON the
# models they replace wrote (fields, then computed properties, in declaration order).


@dataclass(frozen=True)
class Problem:
    """A quote that does not say, or does not firmly say, who spoke."""

    kind: ProblemKind
    line: int
    column: int
    text: str
    speaker: str | None = None

    @property
    def message(self) -> str:
        """One line saying what is wrong, quoting the first words."""
        quoted = f'"{excerpt(self.text)}"'
        if self.kind == "unattributed":
            return f"unattributed quote {quoted}"
        if self.kind == "context":
            return f"context-only attribution for quote {quoted} (speaker inferred: {self.speaker})"
        return (
            f"ambiguous attribution for quote {quoted} "
            f"(pronoun could mean {self.speaker} or another person)"
        )


def coverage_of(attributed: int, quotes: int) -> float:
    """Attributed over all quotes; nothing to attribute counts as full coverage."""
    return attributed / quotes if quotes else 1.0


@dataclass(frozen=True)
class FileResult:
    """The coverage of one document."""

    path: str
    id: str
    quotes: int
    attributed: int
    min_coverage: float
    problems: list[Problem]

    @property
    def coverage(self) -> float:
        """Attributed quotes over all quotes; 1.0 for a file with none."""
        return coverage_of(self.attributed, self.quotes)

    @property
    def passed(self) -> bool:
        """Whether the coverage reaches the minimum."""
        return self.attributed >= self.min_coverage * self.quotes - _TOLERANCE

    @property
    def label(self) -> str:
        """The file's name, with the document id for a record of a JSON Lines corpus."""
        return f"{self.path}#{self.id}" if self.path.endswith(".jsonl") else self.path


@dataclass(frozen=True)
class CheckReport:
    """The coverage of every checked document."""

    min_coverage: float
    strict: bool
    files: list[FileResult]
    unreadable: int = 0
    read_errors: list[str] = field(default_factory=list)

    @property
    def quotes(self) -> int:
        """Quotes in all files."""
        return sum(file.quotes for file in self.files)

    @property
    def attributed(self) -> int:
        """Attributed quotes in all files."""
        return sum(file.attributed for file in self.files)

    @property
    def coverage(self) -> float:
        """Attributed quotes over all quotes; 1.0 when there are none."""
        return coverage_of(self.attributed, self.quotes)

    @property
    def failed(self) -> int:
        """Files below the minimum."""
        return sum(not file.passed for file in self.files)

    @property
    def passed(self) -> bool:
        """Whether every file reaches the minimum."""
        return self.failed == 0

    @property
    def exit_code(self) -> int:
        """2 when an input could not be read, 1 when a file is below the minimum, else 0."""
        if self.unreadable:
            return 2
        return 0 if self.passed else 1


# Selecting files ------------------------------------------------------------------------------


def select_paths(
    paths: Iterable[str], config: Config, warn: Callable[[str], None] | None = None
) -> list[str]:
    """The paths to check: folders expanded to their articles, excluded paths left out.

    A path that does not exist is an InputError: checking nothing must not pass.
    """
    selected: list[str] = []
    for given in paths:
        path = Path(given)
        if given in ("", "-") or is_url(given):
            selected.append(given)
        elif not os.path.lexists(path):
            raise InputError(f"{given}: no such file or folder")
        elif path.is_dir():
            selected.extend(str(found) for found in _articles_under(path, config, warn))
        elif not config.excludes(path):
            selected.append(given)
    return selected


def nothing_selected(paths: list[str], config: Config) -> tuple[str, int]:
    """What to say, and the exit code, when `select_paths` found nothing to check.

    Files named one by one and all excluded are what pre-commit passes for a commit that
    touches only excluded files: that passes (0). A folder holding no articles, or none
    that the exclude patterns leave in, is a usage error (2): a check of nothing is no check.
    """
    named_files = all(Path(given).is_file() for given in paths)
    if named_files and config.exclude:
        return f"nothing to check: every file named is excluded by {config.path}", 0
    where = ", ".join(paths)
    left_in = f" that the exclude patterns in {config.path} leave in" if config.exclude else ""
    kinds = ", ".join(sorted(ARTICLE_SUFFIXES))
    return f"nothing to check: {where} holds no articles ({kinds} files){left_in}", 2


def _articles_under(
    root: Path, config: Config, warn: Callable[[str], None] | None = None
) -> list[Path]:
    """The .txt and .md files under `root` that no exclude pattern matches, sorted.

    Links to folders are not followed (one could lead back up the tree); `warn` names each.
    """

    def walk_error(error: OSError) -> None:
        raise InputError(f"{error.filename}: cannot read this folder ({error.strerror})")

    found: list[Path] = []
    for folder, subfolders, files in os.walk(root, onerror=walk_error):
        # Hidden entries are tool state (.git, .venv), never articles; excluded folders are
        # pruned here so that a large archive is not walked at all.
        subfolders[:] = sorted(
            sub
            for sub in subfolders
            if not sub.startswith(".") and not config.excludes(Path(folder, sub))
        )
        for sub in subfolders:
            if warn is not None and os.path.islink(os.path.join(folder, sub)):
                warn(
                    f"{os.path.join(folder, sub)}: a link to a folder, not followed; "
                    "name it on the command line to check it"
                )
        for file in sorted(files):
            path = Path(folder, file)
            if (
                not file.startswith(".")
                and path.suffix.lower() in ARTICLE_SUFFIXES
                and not config.excludes(path)
            ):
                found.append(path)
    return found


# Computing coverage ---------------------------------------------------------------------------


def problem_kind(quote: models.Quote | records.Quote, strict: bool) -> ProblemKind | None:
    """What is wrong with a quote's attribution, if anything; `strict` also flags weak ones."""
    if quote.speaker is None:
        return "unattributed"
    if not strict:
        return None
    if quote.speaker.ambiguous:
        return "ambiguous"
    if quote.speaker.resolution == "context":
        return "context"
    return None


def check_document(
    document: models.Document | records.Document, settings: CheckSettings
) -> FileResult:
    """The coverage of one document; skipped non-speech spans do not count."""
    problems: list[Problem] = []
    for quote in document.quotes:
        kind = problem_kind(quote, settings.strict)
        if kind is not None:
            problems.append(
                Problem(
                    kind=kind,
                    line=quote.line,
                    column=quote.column,
                    text=quote.text,
                    speaker=quote.speaker.name if quote.speaker else None,
                )
            )
    return FileResult(
        path=document.path or document.id,
        id=document.id,
        quotes=len(document.quotes),
        attributed=len(document.quotes) - len(problems),
        min_coverage=settings.min_coverage,
        problems=problems,
    )


def check_documents(
    documents: Iterable[models.Document] | Iterable[records.Document],
    settings: CheckSettings,
    unreadable: Callable[[], list[str]] | None = None,
) -> CheckReport:
    """The coverage of each document and in total.

    `unreadable` gives the errors of the inputs that could not be read, one line each; it
    is called once `documents` is exhausted, since a loader finds bad inputs as it goes.
    """
    files = [check_document(document, settings) for document in documents]
    errors = unreadable() if unreadable else []
    return CheckReport(
        min_coverage=settings.min_coverage,
        strict=settings.strict,
        files=files,
        unreadable=len(errors),
        read_errors=errors,
    )


# Formatting -----------------------------------------------------------------------------------


def excerpt(text: str) -> str:
    """The first words of a quote, on one line, with an ellipsis when cut."""
    words = text.split()
    if len(words) <= EXCERPT_WORDS:
        return " ".join(words)
    return " ".join(words[:EXCERPT_WORDS]).rstrip(",;:") + "…"


def percent(fraction: float) -> str:
    """`fraction` as a percentage rounded down, so that 99.96% never shows as 100.0%."""
    return f"{math.floor(fraction * 1000 + _TOLERANCE) / 10:.1f}%"


def _minimum(report: CheckReport) -> str:
    return f"{report.min_coverage * 100:g}%"


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def summary_lines(report: CheckReport) -> list[str]:
    """A line per file, then the total."""
    lines: list[str] = []
    for file in report.files:
        verdict = "ok" if file.passed else f"below the minimum {_minimum(report)}"
        lines.append(
            f"{file.label}: {_count(file.quotes, 'quote')}, {file.attributed} attributed, "
            f"{percent(file.coverage)} coverage, {verdict}"
        )
    if report.passed:
        verdict = f"all meet the minimum {_minimum(report)}"
    else:
        verdict = f"{_count(report.failed, 'file')} below the minimum {_minimum(report)}"
    if report.unreadable:
        verdict += f"; {_count(report.unreadable, 'input')} could not be read"
    lines.append(
        f"total: {_count(len(report.files), 'file')}, {_count(report.quotes, 'quote')}, "
        f"{report.attributed} attributed, {percent(report.coverage)} coverage; {verdict}"
    )
    return lines


def render_text(report: CheckReport) -> str:
    """A `path:line:col: message` line per problem, then the summary."""
    lines = [
        f"{file.label}:{problem.line}:{problem.column}: {problem.message}"
        for file in report.files
        for problem in file.problems
    ]
    return "\n".join([*lines, *summary_lines(report)])


def escape_data(value: str) -> str:
    """`value` escaped for the message of a GitHub workflow command."""
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    """`value` escaped for a property (file=, title=…) of a GitHub workflow command."""
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def workflow_command(command: str, message: str, properties: dict[str, str | int]) -> str:
    """One GitHub Actions workflow command, such as `::error file=a.md,line=3::text`."""
    listed = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items())
    return f"::{command} {listed}::{escape_data(message)}"


_TITLES: dict[ProblemKind, str] = {
    "unattributed": "Unattributed quote",
    "context": "Quote attributed only by context",
    "ambiguous": "Quote attributed through an ambiguous pronoun",
}


def render_github(report: CheckReport) -> str:
    """GitHub Actions annotations: errors in failing files, warnings in passing ones."""
    lines: list[str] = []
    for file in report.files:
        level = "warning" if file.passed else "error"
        for problem in file.problems:
            where: dict[str, str | int] = {
                "file": file.path,
                "line": problem.line,
                "col": problem.column,
                "title": _TITLES[problem.kind],
            }
            lines.append(workflow_command(level, problem.message, where))
        if not file.passed:
            message = (
                f"attribution coverage {percent(file.coverage)} is below "
                f"the minimum {_minimum(report)}"
            )
            lines.append(
                workflow_command("error", message, {"file": file.path, "title": "quotes check"})
            )
    for error in report.read_errors:
        where = _error_location(error)
        lines.append(workflow_command("error", error, {**where, "title": "Unreadable input"}))
    # Plain lines are shown in the job log as they are.
    return "\n".join([*lines, *summary_lines(report)])


_LOCATION = regex.compile(r"(?P<file>.+?)(?::(?P<line>\d+))?: ")


def _error_location(error: str) -> dict[str, str | int]:
    """The file (and line, for a corpus) that a reader's `path: problem` error names."""
    match = _LOCATION.match(error)
    if match is None:
        return {}
    where: dict[str, str | int] = {"file": match["file"]}
    if match["line"]:
        where["line"] = int(match["line"])
    return where


def render_json(report: CheckReport) -> str:
    """The report as indented JSON: each record's fields, then its computed properties."""
    from quotes.writers.jsonlines import model_json

    return model_json(report_data(report), indent=2)


def report_data(report: CheckReport) -> dict[str, object]:
    """The report as JSON data, in the order `render_json` writes it."""
    return {
        "min_coverage": report.min_coverage,
        "strict": report.strict,
        "files": [file_data(file) for file in report.files],
        "unreadable": report.unreadable,
        "read_errors": list(report.read_errors),
        "quotes": report.quotes,
        "attributed": report.attributed,
        "coverage": report.coverage,
        "failed": report.failed,
        "passed": report.passed,
    }


def file_data(file: FileResult) -> dict[str, object]:
    """One file's result as JSON data."""
    return {
        "path": file.path,
        "id": file.id,
        "quotes": file.quotes,
        "attributed": file.attributed,
        "min_coverage": file.min_coverage,
        "problems": [
            {
                "kind": problem.kind,
                "line": problem.line,
                "column": problem.column,
                "text": problem.text,
                "speaker": problem.speaker,
                "message": problem.message,
            }
            for problem in file.problems
        ],
        "coverage": file.coverage,
        "passed": file.passed,
    }


def _xml_safe(value: str) -> str:
    return _NOT_XML.sub("\ufffd", value)


def render_junit(report: CheckReport) -> str:
    """JUnit XML: one test case per file, failed when it is below the minimum."""
    # Imported here: only --format junit needs it, and `quotes check` starts per commit.
    import xml.etree.ElementTree as ET

    # An unreadable input is a test case in error, so that CI shows it beside the failures.
    counts = {
        "tests": str(len(report.files) + len(report.read_errors)),
        "failures": str(report.failed),
        "errors": str(len(report.read_errors)),
    }
    suites = ET.Element("testsuites", {"name": "quotes check", **counts})
    suite = ET.SubElement(suites, "testsuite", {"name": "quotes check", **counts, "skipped": "0"})
    for file in report.files:
        name, path = _xml_safe(file.label), _xml_safe(file.path)
        case = ET.SubElement(
            suite, "testcase", {"classname": "quotes.check", "name": name, "file": path}
        )
        details = "\n".join(f"{p.line}:{p.column}: {p.message}" for p in file.problems)
        if not file.passed:
            failure = ET.SubElement(
                case,
                "failure",
                {
                    "type": "coverage",
                    "message": f"attribution coverage {percent(file.coverage)} is below "
                    f"the minimum {_minimum(report)} "
                    f"({file.attributed} of {_count(file.quotes, 'quote')})",
                },
            )
            failure.text = _xml_safe(details)
        elif details:
            ET.SubElement(case, "system-out").text = _xml_safe(details)
    for error in report.read_errors:
        name = str(_error_location(error).get("file", error))
        case = ET.SubElement(
            suite,
            "testcase",
            {"classname": "quotes.check", "name": _xml_safe(name), "file": _xml_safe(name)},
        )
        ET.SubElement(case, "error", {"type": "unreadable", "message": _xml_safe(error)})
    ET.indent(suites)
    return ET.tostring(suites, encoding="unicode", xml_declaration=True)


RENDERERS: dict[CheckFormat, Callable[[CheckReport], str]] = {
    CheckFormat.text: render_text,
    CheckFormat.github: render_github,
    CheckFormat.json: render_json,
    CheckFormat.junit: render_junit,
}


def render_check(report: CheckReport, format: CheckFormat) -> str:
    """The report in the chosen format."""
    return RENDERERS[format](report)
