"""Tests for the workbook writer in quotes.writers.workbook, read back with openpyxl."""

from __future__ import annotations

import datetime
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl.workbook.workbook import Workbook

from quotes.errors import OutputError
from quotes.identity import RoleSeen, SpeakerEntry
from quotes.models import ArticleMetadata
from quotes.writers.factsheets import QuoteEntry
from quotes.writers.workbook import (
    CELL_LIMIT,
    About,
    Reviews,
    clean_text,
    display_quote,
    read_reviews,
    sheet_title,
    write_workbook,
)
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
    assert book.sheetnames == [
        "Summary", "All quotes", "Unattributed", "Jane Doe", "Details", "Legend", "About",
        "Reviews as exported",
    ]  # fmt: skip


def sheet_rows(ws: Any) -> list[dict[str, Any]]:
    """The data rows of a table, each by its header."""
    rows = list(ws.iter_rows(values_only=True))
    return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


def test_workbook_speaker_sheet_holds_reviewer_facing_fields(tmp_path: Path) -> None:
    entry = quote_entry("We will win this vote.")
    row = sheet_rows(written(tmp_path, [entry])["Jane Doe"])[0]
    assert {k: row[k] for k in ("Quote", "Quote type", "Cue", "Role", "Article", "Status")} == {
        "Quote": "We will win this vote",
        "Quote type": "direct",
        "Cue": "said",
        "Role": "Senator",
        "Article": "sample",
        "Status": "to check",
    }


def test_workbook_details_sheet_holds_machine_fields(tmp_path: Path) -> None:
    entry = quote_entry()
    row = sheet_rows(written(tmp_path, [entry])["Details"])[0]
    assert [row[k] for k in ("Quote ID", "Start", "End", "Rule", "Confidence")] == [
        entry.id, 40, entry.end, "quote_then_speaker_verb", 0.9,
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        pytest.param("We will win,", "We will win", id="comma"),
        pytest.param("We will win.", "We will win", id="full-stop"),
        pytest.param("Will we win?", "Will we win?", id="question-kept"),
        pytest.param("We will win...", "We will win...", id="ellipsis-kept"),
    ],
)
def test_display_quote_drops_the_sentence_punctuation(text: str, shown: str) -> None:
    assert display_quote(text) == shown


def test_workbook_all_quotes_lists_every_entry(tmp_path: Path) -> None:
    entries = [quote_entry("One thing we said"), quote_entry("Other thing", speaker=None)]
    rows = sheet_rows(written(tmp_path, entries)["All quotes"])
    assert [(r["Speaker"], r["Quote"]) for r in rows] == [
        ("Jane Doe", "One thing we said"),
        (None, "Other thing"),
    ]


def test_workbook_unattributed_lists_only_quotes_without_speaker(tmp_path: Path) -> None:
    entries = [quote_entry("One thing we said"), quote_entry("Other thing", speaker=None)]
    rows = sheet_rows(written(tmp_path, entries)["Unattributed"])
    assert [r["Quote"] for r in rows] == ["Other thing"]


def test_workbook_summary_row_per_speaker(tmp_path: Path) -> None:
    sheet = written(tmp_path, [quote_entry()])["Summary"]
    assert [c.value for c in sheet[2]] == [
        "Jane Doe",
        "person",
        "Senator",
        1,
        1,
        "sample",
        "sample",
    ]


def test_workbook_summary_lists_each_role_once(tmp_path: Path) -> None:
    speaker = speaker_entry().model_copy(
        update={"roles": [RoleSeen(role="Senator", document_id=d) for d in ("a", "b", "c")]}
    )
    sheet = written(tmp_path, [quote_entry()], [speaker])["Summary"]
    assert sheet["C2"].value == "Senator"


def test_workbook_summary_links_to_speaker_sheet(tmp_path: Path) -> None:
    link = written(tmp_path, [quote_entry()])["Summary"]["A2"].hyperlink
    assert link.location == "'Jane Doe'!A1"


def test_workbook_summary_has_bar_chart(tmp_path: Path) -> None:
    path = write_workbook(
        tmp_path / "q.xlsx", [speaker_entry()], ListSource([quote_entry()]), about()
    )
    with zipfile.ZipFile(path) as archive:
        assert any(name.startswith("xl/charts/chart") for name in archive.namelist())


def test_workbook_chart_puts_most_quoted_on_top_with_whole_numbers(tmp_path: Path) -> None:
    path = write_workbook(
        tmp_path / "q.xlsx", [speaker_entry()], ListSource([quote_entry()]), about()
    )
    with zipfile.ZipFile(path) as archive:
        chart = archive.read("xl/charts/chart1.xml").decode().replace(" />", "/>")
    assert ('<orientation val="maxMin"/>' in chart, '<majorUnit val="1"/>' in chart) == (
        True,
        True,
    )


@pytest.mark.parametrize("sheet", ["Summary", "All quotes", "Unattributed", "Jane Doe", "Details"])
def test_workbook_header_is_bold_frozen_and_filtered(tmp_path: Path, sheet: str) -> None:
    ws = written(tmp_path, [quote_entry()])[sheet]
    assert (ws["A1"].font.bold, ws.freeze_panes, ws.auto_filter.ref is not None) == (
        True,
        "A2",
        True,
    )


@pytest.mark.parametrize("sheet", ["Summary", "All quotes", "Jane Doe", "Details", "Legend"])
def test_workbook_prints_landscape_one_page_wide(tmp_path: Path, sheet: str) -> None:
    ws = written(tmp_path, [quote_entry()])[sheet]
    setup = (ws.page_setup.orientation, ws.page_setup.fitToWidth, ws.print_options.gridLines)
    assert (setup, ws.print_title_rows) == (("landscape", 1, True), "$1:$1")


def test_workbook_wraps_quote_text(tmp_path: Path) -> None:
    assert written(tmp_path, [quote_entry()])["Jane Doe"]["A2"].alignment.wrap_text


def test_workbook_row_height_fits_long_quote(tmp_path: Path) -> None:
    ws = written(tmp_path, [quote_entry("word " * 60)])["Jane Doe"]
    assert ws.row_dimensions[2].height >= 6 * 15


def test_workbook_row_height_stays_within_excel_limit(tmp_path: Path) -> None:
    ws = written(tmp_path, [quote_entry("word " * 5000)])["Jane Doe"]
    assert ws.row_dimensions[2].height == 409


def test_workbook_sets_quote_column_width(tmp_path: Path) -> None:
    assert written(tmp_path, [quote_entry()])["Jane Doe"].column_dimensions["A"].width == 44


def test_workbook_status_and_verdict_are_drop_downs(tmp_path: Path) -> None:
    ws = written(tmp_path, [quote_entry()])["Jane Doe"]
    lists = sorted(v.formula1 for v in ws.data_validations.dataValidation)
    assert lists == [
        '"True,Mostly true,Half true,Mostly false,False,Misleading,Unproven,Not checkable"',
        '"to check,checking,checked"',
    ]


@pytest.mark.parametrize(
    ("update", "flag"),
    [
        pytest.param({"resolution": "context", "confidence": 0.6}, "context only; low confidence",
                     id="context"),
        pytest.param({"ambiguous": True}, "ambiguous", id="ambiguous"),
        pytest.param({"confidence": 0.5}, "low confidence", id="low"),
        pytest.param({}, None, id="none"),
    ],
)  # fmt: skip
def test_workbook_flags_doubtful_attributions(
    tmp_path: Path, update: dict[str, Any], flag: str | None
) -> None:
    entry = quote_entry().model_copy(update=update)
    row = sheet_rows(written(tmp_path, [entry])["Jane Doe"])[0]
    assert row["Check flag"] == flag


def test_workbook_flagged_quote_is_filled(tmp_path: Path) -> None:
    entry = quote_entry().model_copy(update={"ambiguous": True})
    cell = written(tmp_path, [entry])["Jane Doe"]["A2"]
    assert cell.fill.start_color.rgb == "00F8CBAD"


def test_workbook_legend_explains_every_quote_sheet_column(tmp_path: Path) -> None:
    book = written(tmp_path, [quote_entry()])
    explained = {row[0] for row in book["Legend"].iter_rows(min_row=2, values_only=True)}
    headers = {c.value for c in book["All quotes"][1]} | {c.value for c in book["Details"][1]}
    assert headers - explained == set()


def test_workbook_article_metadata_and_link(tmp_path: Path) -> None:
    metadata = ArticleMetadata(
        headline="Senate votes", url="https://news.example/senate", outlet="Example News",
        published=datetime.datetime(2024, 4, 30, 9, 0, tzinfo=datetime.UTC),
    )  # fmt: skip
    path = write_workbook(
        tmp_path / "q.xlsx", [speaker_entry()], ListSource([quote_entry()]), about(),
        articles={"sample": metadata},
    )  # fmt: skip
    ws = openpyxl.load_workbook(path)["Jane Doe"]
    row = sheet_rows(ws)[0]
    article = ws.cell(2, list(row).index("Article") + 1)
    assert (row["Outlet"], row["Published"], article.value, article.hyperlink.target) == (
        "Example News",
        datetime.datetime(2024, 4, 30, 9, 0),
        "Senate votes",
        "https://news.example/senate",
    )


def test_workbook_summary_cites_first_and_last_appearance_by_date(tmp_path: Path) -> None:
    speaker = speaker_entry().model_copy(update={"document_ids": ["late", "early", "undated"]})
    articles = {
        "late": ArticleMetadata(headline="Vote passes", outlet="Example News",
                                published=datetime.date(2024, 5, 2)),
        "early": ArticleMetadata(headline="Vote looms", url="https://news.example/looms",
                                 published=datetime.date(2024, 4, 1)),
    }  # fmt: skip
    path = write_workbook(
        tmp_path / "q.xlsx", [speaker], ListSource([quote_entry()]), about(), articles=articles
    )
    ws = openpyxl.load_workbook(path)["Summary"]
    first, last = ws["F2"], ws["G2"]
    assert (first.value, first.hyperlink.target, last.value, last.hyperlink) == (
        "Vote looms — 2024-04-01",
        "https://news.example/looms",
        "Vote passes — Example News, 2024-05-02",
        None,
    )


def test_workbook_unsafe_url_is_not_linked(tmp_path: Path) -> None:
    metadata = ArticleMetadata(url="javascript:alert(1)")
    path = write_workbook(
        tmp_path / "q.xlsx", [speaker_entry()], ListSource([quote_entry()]), about(),
        articles={"sample": metadata},
    )  # fmt: skip
    ws = openpyxl.load_workbook(path)["Jane Doe"]
    assert ws.cell(2, [c.value for c in ws[1]].index("Article") + 1).hyperlink is None


def test_workbook_about_reports_time_as_date_and_coverage_as_percent(tmp_path: Path) -> None:
    ws = written(tmp_path, [quote_entry()])["About"]
    cells = {row[0].value: row[1] for row in ws.iter_rows(min_row=2)}
    ran_at, coverage = cells["Ran at (UTC)"], cells["Attribution coverage"]
    assert (ran_at.value, ran_at.is_date, coverage.value, coverage.number_format) == (
        datetime.datetime(2024, 5, 1, 12, 0),
        True,
        1,
        "0.0%",
    )


def test_workbook_keeps_reviews_typed_in_the_last_export(tmp_path: Path) -> None:
    path = tmp_path / "quotes.xlsx"
    entries = [quote_entry("One thing"), quote_entry("Other thing")]
    write_workbook(path, [speaker_entry(count=2)], ListSource(entries), about())
    book = openpyxl.load_workbook(path)
    ws = book["Jane Doe"]
    header = [c.value for c in ws[1]]
    for name, value in {"Status": "checked", "Verdict": "False", "Notes": "See p. 4"}.items():
        ws.cell(3, header.index(name) + 1, value)
    book.save(path)
    reviews = read_reviews(path)
    write_workbook(path, [speaker_entry(count=2)], ListSource(entries), about(), reviews=reviews)
    rows = sheet_rows(openpyxl.load_workbook(path)["All quotes"])
    kept = [(r["Quote"], r["Status"], r["Verdict"], r["Notes"]) for r in rows]
    assert (kept, reviews.used) == (
        [("One thing", "to check", None, None), ("Other thing", "checked", "False", "See p. 4")],
        {entries[1].id},
    )


def type_review(path: Path, sheet: str, row: int, values: dict[str, str | None]) -> None:
    """Types `values` into the reviewer's columns of `row` on `sheet`, as a person would."""
    book = openpyxl.load_workbook(path)
    ws = book[sheet]
    header = [c.value for c in ws[1]]
    for name, value in values.items():
        ws.cell(row, header.index(name) + 1, value)
    book.save(path)


def test_workbook_latest_edit_wins_over_a_stale_copy_on_another_sheet(tmp_path: Path) -> None:
    path = tmp_path / "quotes.xlsx"
    entries = [quote_entry("One thing")]

    def export_again() -> None:
        write_workbook(
            path, [speaker_entry()], ListSource(entries), about(), reviews=read_reviews(path)
        )

    export_again()
    type_review(path, "All quotes", 2, {"Verdict": "False", "Notes": "first look"})
    export_again()
    # Now both sheets show False; the reviewer changes it on the speaker's sheet only.
    type_review(path, "Jane Doe", 2, {"Verdict": "Mostly false", "Checked by": "AB"})
    export_again()
    row = sheet_rows(openpyxl.load_workbook(path)["All quotes"])[0]
    assert [row[k] for k in ("Verdict", "Notes", "Checked by")] == [
        "Mostly false",
        "first look",
        "AB",
    ]


def test_workbook_keeps_reviews_of_quotes_left_out_and_restores_them(tmp_path: Path) -> None:
    path = tmp_path / "quotes.xlsx"
    kept, left_out = quote_entry("One thing"), quote_entry("Other thing")

    def export(entries: list[QuoteEntry]) -> Reviews:
        reviews = read_reviews(path)
        source = ListSource(entries)
        write_workbook(path, [speaker_entry(count=len(entries))], source, about(), reviews=reviews)
        return reviews

    export([kept, left_out])
    type_review(path, "All quotes", 3, {"Verdict": "False", "Notes": "See p. 4"})
    # the next export leaves that article out: the review moves to its own sheet
    assert [entry for entry, *_ in export([kept]).set_aside()] == [left_out.id]
    book = openpyxl.load_workbook(path)
    aside = sheet_rows(book["Earlier reviews"])
    assert [(r["Quote"], r["Verdict"], r["Notes"], r["Quote ID"]) for r in aside] == [
        ("Other thing", "False", "See p. 4", left_out.id)
    ]
    about_rows = {row[0]: row[1] for row in book["About"].iter_rows(min_row=2, values_only=True)}
    assert about_rows["Reviews of quotes not in this export (sheet Earlier reviews)"] == 1
    # still kept by an export that leaves it out again, and back on its row when it returns
    export([kept])
    assert export([kept, left_out]).set_aside() == []
    rows = sheet_rows(openpyxl.load_workbook(path)["All quotes"])
    assert [(r["Quote"], r["Verdict"], r["Notes"]) for r in rows] == [
        ("One thing", None, None),
        ("Other thing", "False", "See p. 4"),
    ]
    assert "Earlier reviews" not in openpyxl.load_workbook(path).sheetnames


def test_workbook_review_baseline_sheet_is_hidden(tmp_path: Path) -> None:
    assert written(tmp_path, [quote_entry()])["Reviews as exported"].sheet_state == "hidden"


def test_read_reviews_of_a_damaged_workbook_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "quotes.xlsx"
    path.write_bytes(b"not a zip")
    with pytest.raises(OutputError, match="cannot read the reviews"):
        read_reviews(path)


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
