"""Tests for attribution coverage: per-file results, file selection, and the four formats."""

from __future__ import annotations

import dataclasses
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from pydantic import BaseModel

from quotes import extract
from quotes.check.coverage import (
    CheckFormat,
    CheckReport,
    CheckSettings,
    FileResult,
    Problem,
    check_document,
    check_documents,
    check_settings,
    escape_data,
    escape_property,
    excerpt,
    percent,
    render_check,
    render_github,
    render_junit,
    render_text,
    select_paths,
    workflow_command,
)
from quotes.config import Config
from quotes.errors import InputError
from quotes.models import Document

# Sample drafts, written for these tests.
SAID = "“We will rebuild the bridge by spring,” Mayor Ana Ruiz said on Monday."
UNSAID = "“This is a disaster for the east side of town, and everyone knows it.”"
ATTRIBUTED = SAID + "\n"
TWO_PARAGRAPHS_LATER = (
    f"{SAID}\n\nThe council voted 7-2 to approve the budget.\n\n"
    f"Residents packed the hall for three hours.\n\n{UNSAID}\n"
)
NEXT_PARAGRAPH = f"{SAID}\n\n“Nobody on the east side will be left behind.”\n"
AMBIGUOUS = "Sarah Cole met Maria Lopez on Monday. “We will win the vote next week,” she said.\n"
TITLE_ONLY = "She read “The Art of the Deal” on the train.\n"
NO_QUOTES = "The council met on Tuesday and adjourned at nine.\n"


def document(text: str, path: str = "draft.md") -> Document:
    """The extracted document of a sample draft."""
    return extract(text, id=Path(path).stem).model_copy(update={"path": path})


def result(text: str, min_coverage: float = 1.0, strict: bool = False) -> FileResult:
    """The coverage of a sample draft."""
    return check_document(document(text), CheckSettings(min_coverage, strict))


def report(*texts: str, min_coverage: float = 1.0, strict: bool = False) -> CheckReport:
    """The report for sample drafts named a.md, b.md, …"""
    documents = [document(text, f"{chr(97 + i)}.md") for i, text in enumerate(texts)]
    return check_documents(documents, CheckSettings(min_coverage, strict))


# Coverage -------------------------------------------------------------------------------------


def test_check_document_counts_attributed_quotes() -> None:
    checked = result(TWO_PARAGRAPHS_LATER)
    assert (checked.quotes, checked.attributed, checked.coverage) == (2, 1, 0.5)


def test_check_document_reports_a_quote_two_paragraphs_after_its_likely_speaker() -> None:
    # The engine must not guess that Ruiz, two paragraphs up, said it.
    assert result(TWO_PARAGRAPHS_LATER).problems == [
        Problem(kind="unattributed", line=7, column=1, text=UNSAID[1:-1], speaker=None)
    ]


def test_check_document_without_quotes_has_full_coverage() -> None:
    checked = result(NO_QUOTES)
    assert (checked.quotes, checked.coverage, checked.passed) == (0, 1.0, True)


def test_check_document_does_not_count_skipped_titles() -> None:
    checked = result(TITLE_ONLY)
    assert (checked.quotes, checked.coverage) == (0, 1.0)


def test_check_document_counts_a_short_quote_with_an_unknown_verb() -> None:
    assert result("“We are done here,” Ruiz fumed.\n").quotes == 1


def test_check_document_accepts_context_attribution_when_not_strict() -> None:
    assert result(NEXT_PARAGRAPH).problems == []


def test_check_document_reports_context_attribution_when_strict() -> None:
    problems = result(NEXT_PARAGRAPH, strict=True).problems
    assert [(p.kind, p.line, p.speaker) for p in problems] == [("context", 3, "Ana Ruiz")]


def test_check_document_reports_ambiguous_pronoun_when_strict() -> None:
    problems = result(AMBIGUOUS, strict=True).problems
    assert [(p.kind, p.column, p.speaker) for p in problems] == [("ambiguous", 39, "Sarah Cole")]


def test_check_document_counts_strict_problems_as_failures() -> None:
    checked = result(NEXT_PARAGRAPH, strict=True)
    assert (checked.attributed, checked.passed) == (1, False)


@pytest.mark.parametrize(
    ("min_coverage", "passed"),
    [
        pytest.param(1.0, False, id="full"),
        pytest.param(0.5, True, id="exactly-half"),
        pytest.param(0.51, False, id="just-over-half"),
        pytest.param(0.0, True, id="zero"),
    ],
)
def test_check_document_passes_at_the_minimum(min_coverage: float, passed: bool) -> None:
    assert result(TWO_PARAGRAPHS_LATER, min_coverage).passed is passed


def test_file_result_passes_despite_float_rounding() -> None:
    checked = FileResult(
        path="a.md", id="a", quotes=3, attributed=2, min_coverage=2 / 3, problems=[]
    )
    assert checked.passed


def test_check_report_passes_only_when_every_file_does() -> None:
    assert (report(ATTRIBUTED, TWO_PARAGRAPHS_LATER).failed, report(ATTRIBUTED).passed) == (1, True)


@pytest.mark.parametrize(
    ("unreadable", "texts", "code"),
    [
        pytest.param(0, (ATTRIBUTED,), 0, id="pass"),
        pytest.param(0, (ATTRIBUTED, TWO_PARAGRAPHS_LATER), 1, id="below"),
        pytest.param(1, (ATTRIBUTED,), 2, id="unreadable"),
    ],
)
def test_check_report_exit_code(unreadable: int, texts: tuple[str, ...], code: int) -> None:
    checked = dataclasses.replace(report(*texts), unreadable=unreadable)
    assert checked.exit_code == code


# Settings -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("file_value", "option", "expected"),
    [
        pytest.param(None, None, 1.0, id="default"),
        pytest.param(0.8, None, 0.8, id="file"),
        pytest.param(0.8, 0.5, 0.5, id="option-wins"),
        pytest.param(0.8, 1.0, 1.0, id="option-wins-upwards"),
    ],
)
def test_check_settings_minimum(
    file_value: float | None, option: float | None, expected: float
) -> None:
    config = Config(min_coverage=file_value)
    assert check_settings(config, option, strict=False).min_coverage == expected


# Selecting files ------------------------------------------------------------------------------


def make_tree(root: Path, names: list[str]) -> None:
    """Creates an article at each relative path in `names`."""
    for name in names:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(ATTRIBUTED, encoding="utf-8")


def test_select_paths_expands_folders_to_articles(tmp_path: Path) -> None:
    make_tree(tmp_path, ["a.md", "b/c.txt", "b/notes.json", ".hidden/d.md", "b/.e.md"])
    selected = select_paths([str(tmp_path)], Config())
    assert selected == [str(tmp_path / "a.md"), str(tmp_path / "b" / "c.txt")]


def test_select_paths_leaves_out_excluded_files_and_folders(tmp_path: Path) -> None:
    make_tree(tmp_path, ["a.md", "drafts/b.md", "wire/c.wire.md"])
    config = Config(path=tmp_path / "pyproject.toml", exclude=("drafts/", "*.wire.md"))
    assert select_paths([str(tmp_path)], config) == [str(tmp_path / "a.md")]


def test_select_paths_excludes_a_file_named_explicitly(tmp_path: Path) -> None:
    make_tree(tmp_path, ["drafts/b.md"])
    config = Config(path=tmp_path / "pyproject.toml", exclude=("drafts/",))
    assert select_paths([str(tmp_path / "drafts" / "b.md")], config) == []


def test_select_paths_refuses_a_missing_path(tmp_path: Path) -> None:
    missing = str(tmp_path / "missing.md")
    with pytest.raises(InputError, match=r"missing\.md: no such file or folder$"):
        select_paths([missing, "-"], Config())


# Text -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("We will win,", "We will win,", id="short"),
        pytest.param("One two three four five six seven", "One two three four five six…", id="cut"),
        pytest.param(
            "One two three four five six, seven", "One two three four five six…", id="comma"
        ),
        pytest.param("One\ntwo", "One two", id="one-line"),
    ],
)
def test_excerpt_keeps_the_first_words(text: str, expected: str) -> None:
    assert excerpt(text) == expected


@pytest.mark.parametrize(
    ("fraction", "expected"),
    [
        pytest.param(1.0, "100.0%", id="full"),
        pytest.param(0.9999, "99.9%", id="never-rounds-up-to-full"),
        pytest.param(1 / 3, "33.3%", id="third"),
        pytest.param(0.0, "0.0%", id="none"),
    ],
)
def test_percent_rounds_down(fraction: float, expected: str) -> None:
    assert percent(fraction) == expected


def test_render_text_lists_problems_then_summaries() -> None:
    assert render_text(report(ATTRIBUTED, TWO_PARAGRAPHS_LATER)).splitlines() == [
        'b.md:7:1: unattributed quote "This is a disaster for the…"',
        "a.md: 1 quote, 1 attributed, 100.0% coverage, ok",
        "b.md: 2 quotes, 1 attributed, 50.0% coverage, below the minimum 100%",
        "total: 2 files, 3 quotes, 2 attributed, 66.6% coverage; 1 file below the minimum 100%",
    ]


def test_render_text_names_strict_problem_kinds() -> None:
    lines = render_text(report(NEXT_PARAGRAPH, AMBIGUOUS, strict=True)).splitlines()
    assert lines[:2] == [
        'a.md:3:1: context-only attribution for quote "Nobody on the east side will…" '
        "(speaker inferred: Ana Ruiz)",
        'b.md:1:39: ambiguous attribution for quote "We will win the vote next…" '
        "(pronoun could mean Sarah Cole or another person)",
    ]


def test_render_text_counts_unreadable_inputs() -> None:
    checked = dataclasses.replace(report(ATTRIBUTED), unreadable=2)
    assert render_text(checked).splitlines()[-1] == (
        "total: 1 file, 1 quote, 1 attributed, 100.0% coverage; "
        "all meet the minimum 100%; 2 inputs could not be read"
    )


# GitHub ---------------------------------------------------------------------------------------

# A workflow command: ::name key=value,key=value::message, with nothing unescaped.
COMMAND = re.compile(
    r"::(error|warning|notice) ((?:[a-z]+=[^,:\r\n]*)(?:,[a-z]+=[^,:\r\n]*)*)::(.*)"
)


def annotations(output: str) -> list[tuple[str, dict[str, str], str]]:
    """The workflow commands in `output`: (command, properties, message)."""
    found = []
    for line in output.splitlines():
        if line.startswith("::"):
            match = COMMAND.fullmatch(line)
            assert match, line
            properties = dict(pair.split("=", 1) for pair in match[2].split(","))
            found.append((match[1], properties, match[3]))
    return found


def test_render_github_annotates_each_unattributed_quote() -> None:
    command, properties, message = annotations(render_github(report(TWO_PARAGRAPHS_LATER)))[0]
    assert (command, properties, message) == (
        "error",
        {"file": "a.md", "line": "7", "col": "1", "title": "Unattributed quote"},
        'unattributed quote "This is a disaster for the…"',
    )


def test_render_github_flags_a_failing_file() -> None:
    command, properties, message = annotations(render_github(report(TWO_PARAGRAPHS_LATER)))[1]
    assert (command, properties["file"], message) == (
        "error",
        "a.md",
        "attribution coverage 50.0%25 is below the minimum 100%25",
    )


def test_render_github_warns_in_a_file_that_passes() -> None:
    found = annotations(render_github(report(TWO_PARAGRAPHS_LATER, min_coverage=0.5)))
    assert [command for command, _, _ in found] == ["warning"]


def test_render_github_output_is_all_valid_commands_or_summary() -> None:
    output = render_github(report(ATTRIBUTED, TWO_PARAGRAPHS_LATER, AMBIGUOUS, strict=True))
    assert len(annotations(output)) == 4


@pytest.mark.parametrize(
    ("value", "data", "prop"),
    [
        pytest.param("50%", "50%25", "50%25", id="percent"),
        pytest.param("a\r\nb", "a%0D%0Ab", "a%0D%0Ab", id="line-breaks"),
        pytest.param("a:b,c", "a:b,c", "a%3Ab%2Cc", id="colon-comma"),
        pytest.param("%0A", "%250A", "%250A", id="escape-sequence-itself"),
    ],
)
def test_escapes_follow_github_rules(value: str, data: str, prop: str) -> None:
    assert (escape_data(value), escape_property(value)) == (data, prop)


def test_workflow_command_escapes_a_file_name_with_comma_and_colon() -> None:
    line = workflow_command("error", "bad", {"file": "a,b:c.md", "line": 3})
    assert line == "::error file=a%2Cb%3Ac.md,line=3::bad"


# JSON -----------------------------------------------------------------------------------------


def test_render_json_parses_with_totals() -> None:
    data = json.loads(render_check(report(ATTRIBUTED, TWO_PARAGRAPHS_LATER), CheckFormat.json))
    totals = {key: data[key] for key in ("quotes", "attributed", "failed", "passed")}
    assert totals == {"quotes": 3, "attributed": 2, "failed": 1, "passed": False}


def test_render_json_lists_problems_per_file() -> None:
    data = json.loads(render_check(report(TWO_PARAGRAPHS_LATER), CheckFormat.json))
    problem = data["files"][0]["problems"][0]
    assert (problem["kind"], problem["line"], problem["column"], problem["speaker"]) == (
        "unattributed",
        7,
        1,
        None,
    )


def test_render_json_file_fields() -> None:
    data = json.loads(render_check(report(TWO_PARAGRAPHS_LATER), CheckFormat.json))
    file = {key: value for key, value in data["files"][0].items() if key != "problems"}
    assert file == {
        "path": "a.md",
        "id": "a",
        "quotes": 2,
        "attributed": 1,
        "min_coverage": 1.0,
        "coverage": 0.5,
        "passed": False,
    }


# The pydantic models the JSON report was written from until start-up work made the results
# plain dataclasses; computed fields came after the fields, as the last fields here do.
class _ProblemModel(BaseModel):
    kind: str
    line: int
    column: int
    text: str
    speaker: str | None = None
    message: str


class _FileModel(BaseModel):
    path: str
    id: str
    quotes: int
    attributed: int
    min_coverage: float
    problems: list[_ProblemModel]
    coverage: float
    passed: bool


class _ReportModel(BaseModel):
    min_coverage: float
    strict: bool
    files: list[_FileModel]
    unreadable: int = 0
    read_errors: list[str] = []
    quotes: int
    attributed: int
    coverage: float
    failed: int
    passed: bool


def _as_model(checked: CheckReport) -> _ReportModel:
    files = [
        _FileModel(
            **{key: getattr(file, key) for key in _FileModel.model_fields if key != "problems"},
            problems=[
                _ProblemModel(**dataclasses.asdict(problem), message=problem.message)
                for problem in file.problems
            ],
        )
        for file in checked.files
    ]
    fields = {key: getattr(checked, key) for key in _ReportModel.model_fields if key != "files"}
    return _ReportModel(**fields, files=files)


@pytest.mark.parametrize("min_coverage", [1.0, 0.5, 2 / 3, 1e-05, 5e-06, 0.0])
@pytest.mark.parametrize("unreadable", [0, 2])
def test_render_json_writes_what_the_pydantic_models_wrote(
    min_coverage: float, unreadable: int
) -> None:
    checked = dataclasses.replace(
        report(ATTRIBUTED, TWO_PARAGRAPHS_LATER, AMBIGUOUS, NO_QUOTES, strict=True),
        min_coverage=min_coverage,
        unreadable=unreadable,
        read_errors=["x.md: empty file", "y\x1f.md: «not» text"][:unreadable],
    )
    expected = _as_model(checked).model_dump_json(indent=2)
    assert render_check(checked, CheckFormat.json) == expected


# JUnit ----------------------------------------------------------------------------------------


def junit(checked: CheckReport) -> ET.Element:
    """The parsed JUnit XML of a report."""
    return ET.fromstring(render_junit(checked).encode("utf-8"))


def test_render_junit_has_one_test_case_per_file() -> None:
    root = junit(report(ATTRIBUTED, TWO_PARAGRAPHS_LATER))
    cases = root.findall("./testsuite/testcase")
    assert [case.get("name") for case in cases] == ["a.md", "b.md"]


def test_render_junit_counts_tests_and_failures() -> None:
    suite = junit(report(ATTRIBUTED, TWO_PARAGRAPHS_LATER)).find("testsuite")
    assert suite is not None
    assert (suite.get("tests"), suite.get("failures")) == ("2", "1")


def test_render_junit_fails_the_file_below_the_minimum() -> None:
    failure = junit(report(TWO_PARAGRAPHS_LATER)).find("./testsuite/testcase/failure")
    assert failure is not None
    assert (failure.get("message"), failure.text) == (
        "attribution coverage 50.0% is below the minimum 100% (1 of 2 quotes)",
        '7:1: unattributed quote "This is a disaster for the…"',
    )


def test_render_junit_lists_problems_of_a_passing_file_as_output() -> None:
    case = junit(report(TWO_PARAGRAPHS_LATER, min_coverage=0.5)).find("./testsuite/testcase")
    assert case is not None
    assert (case.find("failure"), case.findtext("system-out")) == (
        None,
        '7:1: unattributed quote "This is a disaster for the…"',
    )


def test_render_junit_parses_with_characters_xml_cannot_hold() -> None:
    # A stray escape or backspace byte is tolerated in an article but not allowed in XML 1.0.
    text = "“Every\x1bone of \x08them knows the budget is broken beyond repair.”\n"
    case = junit(report(text)).find("./testsuite/testcase")
    assert case is not None
    assert "\ufffd" in (case.findtext("failure") or "")
