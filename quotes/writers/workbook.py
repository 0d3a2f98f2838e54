"""The fact-checkers' workbook: a summary, a sheet per speaker, all quotes, and an About sheet.

The workbook is written in openpyxl's write-only mode, so rows stream to disk
and each speaker's sheet is closed as soon as it is full.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import regex
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from quotes.identity import SpeakerEntry
from quotes.writers.atomic import write_atomically
from quotes.writers.factsheets import QuoteEntry, QuoteSource

# Characters XML 1.0 forbids (and openpyxl refuses), plus lone surrogates and non-characters.
XML_ILLEGAL = regex.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# Spreadsheets read a cell starting with these as a formula once anyone edits it.
FORMULA_START = ("=", "+", "-", "@")
CELL_LIMIT = 32_767
SHEET_NAME_LIMIT = 31
SHEET_NAME_FORBIDDEN = regex.compile(r"[\[\]:*?/\\\x00-\x1f]")
FIXED_SHEETS = ("Summary", "All quotes", "Unattributed", "About")
# Excel reserves "History" for its change tracking.
RESERVED_SHEETS = frozenset(name.casefold() for name in (*FIXED_SHEETS, "History"))
CHART_SPEAKERS = 20

BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")
TOP = Alignment(vertical="top")


@dataclass(frozen=True)
class About:
    """What the About sheet reports about the run."""

    version: str
    inputs: tuple[str, ...]
    ran_at: datetime.datetime
    documents: int
    quotes: int
    attributed: int


@dataclass(frozen=True)
class Column:
    """A column of a quote table: header, width in characters, value, and wrapping."""

    header: str
    width: int
    value: Callable[[QuoteEntry], Any]
    wrap: bool = False


QUOTE_COLUMNS = (
    Column("Quote", 60, lambda e: e.text, wrap=True),
    Column("Kind", 9, lambda e: e.kind),
    Column("Cue", 22, lambda e: e.cue),
    Column("Article", 24, lambda e: e.document_id),
    Column("Path", 30, lambda e: e.path),
    Column("Paragraph", 10, lambda e: e.paragraph),
    Column("Line:col", 9, lambda e: f"{e.line}:{e.column}"),
    Column("Start", 8, lambda e: e.start),
    Column("End", 8, lambda e: e.end),
    Column("Sentence", 60, lambda e: e.sentence, wrap=True),
    Column("Confidence", 11, lambda e: e.confidence),
    Column("Resolution", 11, lambda e: e.resolution),
    Column("Name in article", 22, lambda e: e.name_in_article),
    Column("Role", 24, lambda e: e.role),
    Column("Rule", 24, lambda e: e.rule),
)
ALL_COLUMNS = (Column("Speaker", 24, lambda e: e.speaker_name), *QUOTE_COLUMNS)
SUMMARY_HEADERS = (
    ("Speaker", 28),
    ("Kind", 9),
    ("Roles", 40),
    ("Quotes", 8),
    ("Articles", 9),
    ("First article", 24),
    ("Last article", 24),
    ("Sheet", 31),
)


def clean_text(text: str) -> str:
    """`text` without XML-illegal characters (each becomes U+FFFD), cut to a cell's limit."""
    text = XML_ILLEGAL.sub("\ufffd", text)
    return text if len(text) <= CELL_LIMIT else text[: CELL_LIMIT - 1] + "…"


def sheet_title(name: str, taken: set[str]) -> str:
    """A valid sheet name for `name`, unique (ignoring case) among `taken`, which it joins."""
    base = SHEET_NAME_FORBIDDEN.sub("_", XML_ILLEGAL.sub("", name)).strip().strip("'").strip()
    base = (base or "Speaker")[:SHEET_NAME_LIMIT].rstrip().rstrip("'") or "Speaker"
    title, number = base, 1
    while title.casefold() in taken or title.casefold() in RESERVED_SHEETS:
        number += 1
        suffix = f" ({number})"
        title = base[: SHEET_NAME_LIMIT - len(suffix)].rstrip() + suffix
    taken.add(title.casefold())
    return title


def cell(ws: WriteOnlyWorksheet, value: Any, wrap: bool = False) -> Any:
    """A cell for `value`: text is cleaned and never becomes a formula."""
    if not isinstance(value, str):
        return value
    text = clean_text(value)
    if not wrap and not text.startswith(FORMULA_START):
        return text
    written = WriteOnlyCell(ws, value=text)
    if text.startswith(FORMULA_START):
        written.data_type = "s"
        written.quotePrefix = True
    if wrap:
        written.alignment = WRAP
    return written


def start_table(ws: WriteOnlyWorksheet, headers: Sequence[tuple[str, int]]) -> None:
    """Sets column widths, freezes a bold header row, and writes it."""
    for index, (_, width) in enumerate(headers, 1):
        # the write-only sheet has these at run time; types-openpyxl leaves them out
        ws.column_dimensions[get_column_letter(index)].width = width  # type: ignore[attr-defined]
    ws.freeze_panes = "A2"
    row = []
    for header, _ in headers:
        written = WriteOnlyCell(ws, value=header)
        written.font = BOLD
        row.append(written)
    ws.append(row)


def finish_table(ws: WriteOnlyWorksheet, columns: int, rows: int) -> None:
    """Turns on the autofilter over the header and `rows` data rows, and closes the sheet."""
    ws.auto_filter.ref = f"A1:{get_column_letter(columns)}{rows + 1}"  # type: ignore[attr-defined]
    ws.close()


def write_quotes(
    ws: WriteOnlyWorksheet, columns: Sequence[Column], entries: Iterable[QuoteEntry]
) -> None:
    """Writes a quote table to `ws` and closes it."""
    start_table(ws, [(column.header, column.width) for column in columns])
    rows = 0
    for entry in entries:
        ws.append([cell(ws, column.value(entry), column.wrap) for column in columns])
        rows += 1
    finish_table(ws, len(columns), rows)


def roles_text(speaker: SpeakerEntry) -> str:
    """The roles of a speaker, each with the article that gave it."""
    return "; ".join(f"{seen.role} ({seen.document_id})" for seen in speaker.roles)


def write_summary(
    ws: WriteOnlyWorksheet, speakers: Sequence[SpeakerEntry], titles: dict[str, str]
) -> None:
    """Writes one row per speaker and a bar chart of the most quoted."""
    start_table(ws, SUMMARY_HEADERS)
    for speaker in speakers:
        values = (
            speaker.name,
            speaker.kind,
            roles_text(speaker),
            speaker.quote_count,
            len(speaker.document_ids),
            speaker.document_ids[0] if speaker.document_ids else None,
            speaker.document_ids[-1] if speaker.document_ids else None,
            titles[speaker.slug],
        )
        ws.append([cell(ws, value) for value in values])
    if speakers:
        shown = min(len(speakers), CHART_SPEAKERS)
        chart = BarChart()
        chart.type = "bar"
        chart.title = "Quotes per speaker" + (f" (top {shown})" if shown < len(speakers) else "")
        chart.legend = None
        chart.add_data(
            Reference(ws, min_col=4, min_row=1, max_row=shown + 1), titles_from_data=True
        )
        chart.set_categories(Reference(ws, min_col=1, min_row=2, max_row=shown + 1))
        chart.height = max(7.5, shown * 0.6)
        # a write-only sheet takes charts as a full one does; the stubs say only Worksheet
        ws.add_chart(chart, f"{get_column_letter(len(SUMMARY_HEADERS) + 2)}2")  # type: ignore[misc]
    finish_table(ws, len(SUMMARY_HEADERS), len(speakers))


def write_about(ws: WriteOnlyWorksheet, about: About) -> None:
    """Writes the tool version, inputs, time of the run and attribution coverage."""
    coverage = about.attributed / about.quotes if about.quotes else 0.0
    start_table(ws, [("Item", 22), ("Value", 80)])
    rows = [
        ("Tool", f"quotes {about.version}".strip()),
        ("Ran at", about.ran_at.isoformat(timespec="seconds")),
        ("Inputs", "\n".join(about.inputs)),
        ("Articles", about.documents),
        ("Quotes", about.quotes),
        ("Attributed quotes", about.attributed),
        ("Attribution coverage", round(coverage, 4)),
    ]
    for label, value in rows:
        ws.append([cell(ws, label), cell(ws, value, wrap=True)])
    ws.close()


def add_sheet(book: Workbook, title: str) -> WriteOnlyWorksheet:
    """A new sheet titled `title`, which `sheet_title` has made unique.

    openpyxl compares a new title with the title of every sheet already in the book, which
    made a workbook of thousands of speakers cost time in the square of their number; the
    book's sheet list is set aside while the sheet is made, then the sheet is appended.
    """
    # the sheet list is private to openpyxl (no public way to skip its title scan)
    sheets = book._sheets  # type: ignore[attr-defined]
    book._sheets = []  # type: ignore[attr-defined]
    try:
        sheet: WriteOnlyWorksheet = book.create_sheet(title)
    finally:
        book._sheets = sheets  # type: ignore[attr-defined]
    sheets.append(sheet)
    return sheet


def write_workbook(
    path: Path, speakers: Sequence[SpeakerEntry], source: QuoteSource, about: About
) -> Path:
    """Writes the workbook to `path` atomically and returns the path."""
    book = Workbook(write_only=True)
    taken: set[str] = set()
    titles = {speaker.slug: sheet_title(speaker.name, taken) for speaker in speakers}
    write_summary(book.create_sheet("Summary"), speakers, titles)
    write_quotes(book.create_sheet("All quotes"), ALL_COLUMNS, source.entries())
    unattributed = (entry for entry in source.entries() if entry.speaker is None)
    write_quotes(book.create_sheet("Unattributed"), QUOTE_COLUMNS, unattributed)
    for speaker in speakers:
        sheet = add_sheet(book, titles[speaker.slug])
        write_quotes(sheet, QUOTE_COLUMNS, source.entries_of(speaker.slug))
    write_about(book.create_sheet("About"), about)

    def save(stream: IO[bytes]) -> None:
        book.save(stream)

    return write_atomically(path, save)
