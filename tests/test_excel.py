"""Tests for the workbook writer in quotes.excel, read back with openpyxl."""

from __future__ import annotations

import datetime
import zipfile
from pathlib import Path

import openpyxl
import pytest
from openpyxl.workbook.workbook import Workbook

from quotes.identity import SpeakerEntry
from quotes.writers.factsheets import QuoteEntry
from quotes.writers.workbook import CELL_LIMIT, About, clean_text, sheet_title, write_workbook
from tests.conftest import ListSource, quote_entry, speaker_entry

RAN_AT = datetime.datetime(2024, 5, 1, 12, 0, tzinfo=datetime.UTC)


def about(quotes: int = 1, attributed: int = 1) -> About:
    """About-sheet figures for a small run."""
    return About("0.1.0", ("samples",), RAN_AT, 1, quotes, attributed)


def written(
    tmp_path: Path, entries: list[QuoteEntry], speakers: list[SpeakerEntry] | None = None
) -> Workbook:
    """The workbook written for `entries`, loaded back."""
    chosen = [speaker_entry()] if speakers is None else speakers
    path = write_workbook(tmp_path / "quotes.xlsx", chosen, ListSource(entries), about())
    return openpyxl.load_workbook(path)


def test_workbook_has_sheets_in_order(tmp_path: Path) -> None:
    book = written(tmp_path, [quote_entry()])
    assert book.sheetnames == ["Summary", "All quotes", "Unattributed", "Jane Doe", "About"]


def test_workbook_speaker_sheet_holds_record_fields(tmp_path: Path) -> None:
    entry = quote_entry()
    row = [c.value for c in written(tmp_path, [entry])["Jane Doe"][2]]
    assert row[:10] == [
        entry.text, "direct", "said", "sample", "samples/sample.txt", 2, "3:1", 40,
        entry.end, entry.sentence,
    ]  # fmt: skip


def test_workbook_all_quotes_lists_every_entry(tmp_path: Path) -> None:
    entries = [quote_entry("One thing we said."), quote_entry("Other thing.", speaker=None)]
    sheet = written(tmp_path, entries)["All quotes"]
    assert [(r[0], r[1]) for r in sheet.iter_rows(min_row=2, values_only=True)] == [
        ("Jane Doe", "One thing we said."),
        (None, "Other thing."),
    ]


def test_workbook_unattributed_lists_only_quotes_without_speaker(tmp_path: Path) -> None:
    entries = [quote_entry("One thing we said."), quote_entry("Other thing.", speaker=None)]
    sheet = written(tmp_path, entries)["Unattributed"]
    assert [r[0] for r in sheet.iter_rows(min_row=2, values_only=True)] == ["Other thing."]


def test_workbook_summary_row_per_speaker(tmp_path: Path) -> None:
    sheet = written(tmp_path, [quote_entry()])["Summary"]
    assert [c.value for c in sheet[2]] == [
        "Jane Doe", "person", "Senator (sample)", 1, 1, "sample", "sample", "Jane Doe",
    ]  # fmt: skip


def test_workbook_summary_has_bar_chart(tmp_path: Path) -> None:
    path = write_workbook(
        tmp_path / "q.xlsx", [speaker_entry()], ListSource([quote_entry()]), about()
    )
    with zipfile.ZipFile(path) as archive:
        assert any(name.startswith("xl/charts/chart") for name in archive.namelist())


@pytest.mark.parametrize("sheet", ["Summary", "All quotes", "Unattributed", "Jane Doe"])
def test_workbook_header_is_bold_frozen_and_filtered(tmp_path: Path, sheet: str) -> None:
    ws = written(tmp_path, [quote_entry()])[sheet]
    assert (ws["A1"].font.bold, ws.freeze_panes, ws.auto_filter.ref is not None) == (
        True,
        "A2",
        True,
    )


def test_workbook_wraps_quote_text(tmp_path: Path) -> None:
    assert written(tmp_path, [quote_entry()])["Jane Doe"]["A2"].alignment.wrap_text


def test_workbook_sets_quote_column_width(tmp_path: Path) -> None:
    assert written(tmp_path, [quote_entry()])["Jane Doe"].column_dimensions["A"].width == 60


def test_workbook_about_reports_coverage(tmp_path: Path) -> None:
    rows = dict(written(tmp_path, [quote_entry()])["About"].iter_rows(min_row=2, values_only=True))
    assert (rows["Ran at"], rows["Attribution coverage"]) == ("2024-05-01T12:00:00+00:00", 1)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("=1+1", id="equals"),
        pytest.param("+44 20 7946 0958 is the number", id="plus"),
        pytest.param("-5 degrees tonight", id="minus"),
        pytest.param("@SUM(A1:A2)", id="at"),
        pytest.param('=HYPERLINK("http://example.com","x")', id="hyperlink"),
    ],
)
def test_workbook_formula_like_text_stays_text(tmp_path: Path, text: str) -> None:
    cell = written(tmp_path, [quote_entry(text)])["Jane Doe"]["A2"]
    assert (cell.value, cell.data_type) == (text, "s")


def test_workbook_formula_like_text_is_quote_prefixed(tmp_path: Path) -> None:
    assert written(tmp_path, [quote_entry("=1+1")])["Jane Doe"]["A2"].quotePrefix


def test_workbook_replaces_xml_illegal_characters(tmp_path: Path) -> None:
    cell = written(tmp_path, [quote_entry("bell\x07 and \x1b escape")])["Jane Doe"]["A2"]
    assert cell.value == "bell\ufffd and \ufffd escape"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("tab\tand line\nstay", "tab\tand line\nstay", id="layout-kept"),
        pytest.param("nul\x00", "nul\ufffd", id="nul"),
        pytest.param("lone \ud800 surrogate", "lone \ufffd surrogate", id="surrogate"),
        pytest.param("non\uffffchar", "non\ufffdchar", id="non-character"),
    ],
)
def test_clean_text_replaces_only_illegal_characters(text: str, expected: str) -> None:
    assert clean_text(text) == expected


def test_clean_text_cuts_to_cell_limit() -> None:
    assert len(clean_text("x" * (CELL_LIMIT + 10))) == CELL_LIMIT


@pytest.mark.parametrize(
    ("name", "taken", "title"),
    [
        pytest.param("Jane Doe", set(), "Jane Doe", id="plain"),
        pytest.param("A/B: [x]*?\\", set(), "A_B_ _x____", id="forbidden"),
        pytest.param("x" * 40, set(), "x" * 31, id="long"),
        pytest.param("Summary", set(), "Summary (2)", id="fixed-sheet"),
        pytest.param("History", set(), "History (2)", id="excel-reserved"),
        pytest.param("jane doe", {"jane doe"}, "jane doe (2)", id="clash"),
        pytest.param("y" * 40, {"y" * 31}, "y" * 27 + " (2)", id="clash-after-cut"),
        pytest.param("'quoted'", set(), "quoted", id="apostrophes"),
        pytest.param("???", set(), "___", id="only-forbidden"),
        pytest.param("", set(), "Speaker", id="empty"),
    ],
)
def test_sheet_title_is_valid_and_unique(name: str, taken: set[str], title: str) -> None:
    assert sheet_title(name, taken) == title


def test_workbook_sheet_names_unique_after_cleaning(tmp_path: Path) -> None:
    speakers = [speaker_entry("A/B", "a-b"), speaker_entry("A:B", "a-b-2")]
    entries = [quote_entry(speaker="a-b"), quote_entry(speaker="a-b-2")]
    assert written(tmp_path, entries, speakers).sheetnames[3:5] == ["A_B", "A_B (2)"]
