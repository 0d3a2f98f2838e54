"""Tests for languages as data: quotation marks and word lists per language folder."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from quotes import extract
from quotes.cli import app
from quotes.engine.composer import ExtractOptions
from quotes.engine.language import load_language
from quotes.engine.lexicon import languages, read_rows
from quotes.engine.marks import parse_mark_pairs, scan_marks
from quotes.errors import LexiconError

GERMAN = ExtractOptions(language=load_language("de"))


def attributed(text: str, options: ExtractOptions) -> list[tuple[str, str | None]]:
    """Each quote's text and speaker name."""
    return [(q.text, q.speaker and q.speaker.name) for q in extract(text, options=options).quotes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "„Wir schaffen das“, sagte Angela Merkel.",
            [("Wir schaffen das", "Angela Merkel")],
            id="low-high-marks-verb-first",
        ),
        pytest.param(
            "Merkel sagte: »Das ist eine gute Nachricht.«",
            [("Das ist eine gute Nachricht.", "Merkel")],
            id="guillemets-speaker-first",
        ),
        pytest.param(
            "„Das ist gut“, erklärte Olaf Scholz.",
            [("Das ist gut", "Olaf Scholz")],
            id="erklaerte",
        ),
    ],
)
def test_language_german_sentence_is_attributed(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert attributed(text, GERMAN) == expected


def test_language_german_verb_is_not_an_english_cue() -> None:
    text = "„Wir schaffen das, mit allen zusammen“, sagte Angela Merkel."
    assert attributed(text, ExtractOptions()) == [("Wir schaffen das, mit allen zusammen", None)]


def test_language_german_guillemets_point_in() -> None:
    text = "»Das ist gut«, sagte Merkel."
    spans = scan_marks(text, GERMAN.language.marks)
    assert [text[s.start : s.end] for s in spans] == ["Das ist gut"]


def test_language_english_guillemets_point_either_way() -> None:
    text = "»We are ready«, Merkel said. « We are too », Macron said."
    spans = scan_marks(text, load_language("en").marks)
    assert [text[s.start : s.end] for s in spans] == ["We are ready", "We are too"]


def test_language_english_lone_guillemet_opens_nothing() -> None:
    text = "Home » News » Politics"
    assert scan_marks(text, load_language("en").marks) == []


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("He said ‟we are ready” and left.", id="double-high-reversed"),
        pytest.param("He said ‛we are ready’ and left.", id="single-high-reversed"),
    ],
)
def test_language_english_reads_reversed_marks(text: str) -> None:
    spans = scan_marks(text, load_language("en").marks)
    assert [text[s.start : s.end] for s in spans] == ["we are ready"]


@pytest.mark.parametrize("code", languages())
def test_language_every_shipped_language_loads(code: str) -> None:
    assert load_language(code).code == code


def test_language_unknown_code_names_the_valid_ones() -> None:
    with pytest.raises(LexiconError, match=r"unknown language 'xx'; choose from de, en"):
        load_language("xx")


def test_language_unknown_code_on_the_command_line_is_a_usage_error() -> None:
    result = CliRunner().invoke(app, ["extract", "--language", "xx", "-"], input="x")
    assert (result.exit_code, result.stderr) == (
        2,
        "Error: unknown language 'xx'; choose from de, en\n",
    )


def test_language_option_reaches_extraction() -> None:
    text = "„Wir schaffen das“, sagte Angela Merkel.\n"
    result = CliRunner().invoke(app, ["extract", "-l", "de", "-f", "jsonl", "-"], input=text)
    assert '"name":"Angela Merkel"' in result.stdout


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        pytest.param("triple « »", "expected `double|single OPENING CLOSING", id="family"),
        pytest.param("double «", "expected `double|single OPENING CLOSING", id="no-closer"),
        pytest.param("double a b", "'a' is not a quotation mark", id="letter"),
        pytest.param("double «» »", "'«»' is not a quotation mark", id="two-marks"),
    ],
)
def test_language_bad_quotation_mark_line_names_file_and_line(line: str, problem: str) -> None:
    with pytest.raises(LexiconError, match=f"^xx/quotation_marks.txt:2: {problem}"):
        parse_mark_pairs(read_rows("x", f"# pairs\n{line}\n"), "xx/quotation_marks.txt")


def test_language_english_mark_roles_come_from_the_pairs() -> None:
    marks = load_language("en").marks
    assert (
        marks.double_openers,
        marks.double_closers,
        marks.double_either,
        marks.single_openers,
    ) == (
        frozenset("“‟„«»"),
        frozenset("”"),
        frozenset(['"', "''", "``"]),
        frozenset("‘‛‚‹›"),
    )


def test_language_german_mark_roles_come_from_the_pairs() -> None:
    marks = load_language("de").marks
    assert (marks.double_openers, marks.double_closers) == (frozenset("„»"), frozenset("“”«"))


@pytest.mark.parametrize(
    ("opened", "mark", "closes"),
    [
        pytest.param("„", "“", True, id="german-pair"),
        pytest.param("„", '"', True, id="german-opener-straight-closer"),
        pytest.param("«", "”", False, id="paired-refuses-other-closer"),
        pytest.param("“", "»", True, id="unpaired-takes-any-closer"),
        pytest.param("”", "“", True, id="reversed-pair"),
    ],
)
def test_language_english_double_marks_close_as_paired(
    opened: str, mark: str, closes: bool
) -> None:
    assert load_language("en").marks.closes_double(opened, mark) is closes
