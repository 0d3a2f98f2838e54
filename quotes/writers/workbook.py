"""The fact-checkers' workbook: a summary, quote sheets to review, details, a legend, About.

Every quote sheet carries the reviewer's columns (Status, Verdict, Notes, Checked by)
and a stable Quote ID; a new export reads those columns back from the workbook it
replaces, so what people typed survives a re-run. Sheets are laid out to print:
landscape, one page wide, header row repeated, row heights fitted to wrapped text.

The workbook is written in openpyxl's write-only mode, so rows stream to disk
and each speaker's sheet is closed as soon as it is full.
"""

from __future__ import annotations

import datetime
import math
import weakref
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from copy import copy
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import IO, Any

import regex
from openpyxl import Workbook, load_workbook
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.hyperlink import Hyperlink

from quotes.errors import OutputError
from quotes.identity import SpeakerEntry
from quotes.models import ArticleMetadata
from quotes.writers.atomic import write_atomically
from quotes.writers.factsheets import QuoteEntry, QuoteSource

# Characters XML 1.0 forbids (and openpyxl refuses), plus lone surrogates and non-characters.
XML_ILLEGAL = regex.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# Spreadsheets read a cell starting with these as a formula once anyone edits it.
FORMULA_START = ("=", "+", "-", "@")
CELL_LIMIT = 32_767
SHEET_NAME_LIMIT = 31
SHEET_NAME_FORBIDDEN = regex.compile(r"[\[\]:*?/\\\x00-\x1f]")
BASELINE_SHEET = "Reviews as exported"
SET_ASIDE_SHEET = "Earlier reviews"
"""Typed reviews of quotes not in this export: kept, and used again if the quote returns."""
FIXED_SHEETS = (
    "Summary",
    "All quotes",
    "Unattributed",
    "Details",
    "Legend",
    "About",
    SET_ASIDE_SHEET,
    BASELINE_SHEET,
)
# Excel reserves "History" for its change tracking.
RESERVED_SHEETS = frozenset(name.casefold() for name in (*FIXED_SHEETS, "History"))
CHART_SPEAKERS = 20
# Rules credit a quote with 0.6 when only the paragraphs around it name the speaker.
LOW_CONFIDENCE = 0.7
# Enough rows for a reviewer's drop-down on a sheet that grows after the export.
VALIDATED_ROWS = 1_048_576

STATUSES = ("to check", "checking", "checked")
NEW_STATUS = STATUSES[0]
VERDICTS = (
    "True",
    "Mostly true",
    "Half true",
    "Mostly false",
    "False",
    "Misleading",
    "Unproven",
    "Not checkable",
)
REVIEW_HEADERS = ("Status", "Verdict", "Notes", "Checked by")
# Article columns shown only when some article states them.
OPTIONAL_HEADERS = ("Outlet", "Published")
ID_HEADER = "Quote ID"
CONTEXT_HEADERS = ("Speaker", "Quote", "Article")
"""What a reviewed quote showed, kept with a review whose quote leaves the export."""


BOLD = Font(bold=True)
LINK = Font(color="0563C1", underline="single")
WRAP = Alignment(wrap_text=True, vertical="top")
TOP = Alignment(vertical="top")
LEFT_WRAP = Alignment(wrap_text=True, vertical="top", horizontal="left")
LINE_HEIGHT = 15.0  # points per line of 11-point text
MAX_ROW_HEIGHT = 409.0  # Excel's limit, in points; a longer quote scrolls inside its cell
SAFE_URL = regex.compile(r"^https?://\S+$", regex.IGNORECASE)


@dataclass(frozen=True)
class Flag:
    """A reason to look twice at an attribution, with the fill that marks it."""

    label: str
    colour: str
    meaning: str


FLAGS = {
    "unattributed": Flag(
        "unattributed", "F4CCCC", "No speaker found: the article quotes without saying who."
    ),
    "ambiguous": Flag(
        "ambiguous",
        "F8CBAD",
        "Credited through he/she/they when two people fit; check who is meant.",
    ),
    "context": Flag(
        "context only",
        "DDEBF7",
        "No speech verb next to the quote: credited to the person the paragraphs before "
        "it are about.",
    ),
    "low": Flag(
        "low confidence",
        "FFF2CC",
        f"The rule that credited it is less sure (raw confidence below {LOW_CONFIDENCE}).",
    ),
}
FLAG_FILLS = {
    flag.label: PatternFill("solid", start_color=flag.colour, end_color=flag.colour)
    for flag in FLAGS.values()
}


@dataclass(frozen=True)
class About:
    """What the About sheet reports about the run."""

    version: str
    inputs: tuple[str, ...]
    ran_at: datetime.datetime
    documents: int
    quotes: int
    attributed: int


@dataclass
class Reviews:
    """What reviewers typed in a previous export, by quote id, and which of it was reused."""

    by_id: dict[str, tuple[Any, ...]] = field(default_factory=dict)
    used: set[str] = field(default_factory=set)
    context: dict[str, tuple[Any, ...]] = field(default_factory=dict)
    """Speaker, quote and article as a sheet showed them, by quote id."""

    def set_aside(self) -> list[tuple[str, tuple[Any, ...], tuple[Any, ...]]]:
        """(id, context, review) of each typed review that no quote of this export used: a
        reviewer's work on an article left out of this export is kept, never dropped."""
        return [
            (quote_id, self.context.get(quote_id, (None,) * len(CONTEXT_HEADERS)), review)
            for quote_id, review in self.by_id.items()
            if quote_id not in self.used and is_typed(review)
        ]

    def of(self, quote_id: str) -> tuple[Any, ...]:
        """The review of `quote_id` (Status, Verdict, Notes, Checked by); a new one if none."""
        review = self.by_id.get(quote_id)
        if review is None:
            return (NEW_STATUS, None, None, None)
        if is_typed(review):
            self.used.add(quote_id)
        return review


def is_typed(review: Sequence[Any]) -> bool:
    """True when a reviewer changed anything from a new row's values."""
    status, *rest = review
    return status not in (None, "", NEW_STATUS) or any(value not in (None, "") for value in rest)


@dataclass(frozen=True)
class Row:
    """A quote entry with what the workbook adds: its article and its review."""

    entry: QuoteEntry
    article: ArticleMetadata | None
    review: tuple[Any, ...]


@dataclass(frozen=True)
class Column:
    """A column of a table: header, width in characters, value, format and legend."""

    header: str
    width: int
    value: Callable[[Row], Any]
    meaning: str
    wrap: bool = False
    number_format: str | None = None


def display_quote(text: str) -> str:
    """The quote without the comma or full stop that belongs to the sentence around it."""
    if text.endswith((",", ".")) and not text.endswith(".."):
        return text[:-1].rstrip() or text
    return text


def flags_of(entry: QuoteEntry) -> list[str]:
    """The labels of the flags an entry raises, most serious first."""
    found = []
    if entry.speaker_name is None and entry.name_in_article is None:
        found.append(FLAGS["unattributed"].label)
    if entry.ambiguous:
        found.append(FLAGS["ambiguous"].label)
    if entry.resolution == "context":
        found.append(FLAGS["context"].label)
    if entry.speaker_name is not None and entry.confidence < LOW_CONFIDENCE:
        found.append(FLAGS["low"].label)
    return found


def published_of(article: ArticleMetadata | None) -> datetime.datetime | datetime.date | None:
    """The publication date as a spreadsheet can hold it: no time zone."""
    if article is None or article.published is None:
        return None
    published = article.published
    if isinstance(published, datetime.datetime):
        if published.tzinfo is not None:
            published = published.astimezone(datetime.UTC).replace(tzinfo=None)
        return published.date() if published.time() == datetime.time() else published
    return published


def article_title(row: Row) -> str:
    """The article's headline when known, else its id."""
    return (row.article.headline if row.article else None) or row.entry.document_id


QUOTE_TEXT = Column(
    "Quote",
    44,
    lambda r: display_quote(r.entry.text),
    "The quoted words (without the comma or full stop of the sentence around them; "
    "the JSON export keeps the exact span).",
    wrap=True,
)
SPEAKER = Column(
    "Speaker",
    18,
    lambda r: r.entry.speaker_name,
    "Who said it, one name per person across all articles.",
    wrap=True,
)
REVIEW_COLUMNS = (
    Column("Status", 10, lambda r: r.review[0], "Drop-down: " + ", ".join(STATUSES) + "."),
    Column("Verdict", 13, lambda r: r.review[1], "Drop-down: " + ", ".join(VERDICTS) + "."),
    Column("Notes", 20, lambda r: r.review[2], "Free text for the reviewer.", wrap=True),
    Column("Checked by", 11, lambda r: r.review[3], "The reviewer's name or initials."),
)
QUOTE_COLUMNS = (
    QUOTE_TEXT,
    Column(
        "Quote type",
        9,
        lambda r: r.entry.kind,
        "direct: a whole quotation; partial: quoted words inside a paraphrase.",
    ),
    Column(
        "Cue",
        13,
        lambda r: r.entry.cue,
        "The words that credit the quote, e.g. 'told a news conference'.",
        wrap=True,
    ),
    Column(
        "Role",
        16,
        lambda r: r.entry.role,
        "The speaker's title or job as this article gives it.",
        wrap=True,
    ),
    Column(
        "Check flag",
        12,
        lambda r: "; ".join(flags_of(r.entry)) or None,
        "Why the attribution needs a second look; see the flags below.",
        wrap=True,
    ),
    Column(
        "Article",
        22,
        article_title,
        "The article's headline (or its id); a link to the article when its URL is known.",
        wrap=True,
    ),
    Column(
        "Outlet",
        13,
        lambda r: r.article.outlet if r.article else None,
        "Who published the article.",
        wrap=True,
    ),
    Column(
        "Published",
        11,
        lambda r: published_of(r.article),
        "The article's publication date.",
        number_format="yyyy-mm-dd",
    ),
    Column(
        "Paragraph",
        10,
        lambda r: r.entry.paragraph,
        "Where in the article: paragraph number, counting from 1.",
    ),
    *REVIEW_COLUMNS,
    Column(
        ID_HEADER,
        14,
        lambda r: r.entry.id,
        "A fingerprint of the quote and where it stands; it lets a new export keep the review.",
    ),
)
ALL_COLUMNS = (SPEAKER, *QUOTE_COLUMNS)
DETAIL_COLUMNS = (
    Column(ID_HEADER, 13, lambda r: r.entry.id, "As on the quote sheets."),
    Column("Speaker", 18, lambda r: r.entry.speaker_name, "As on the quote sheets.", wrap=True),
    Column(
        "Name in article",
        16,
        lambda r: r.entry.name_in_article,
        "The speaker's name as this article gives it.",
        wrap=True,
    ),
    Column("Article ID", 16, lambda r: r.entry.document_id, "The article's id.", wrap=True),
    Column("File", 22, lambda r: r.entry.path, "The file the article was read from.", wrap=True),
    Column(
        "Line:col",
        8,
        lambda r: f"{r.entry.line}:{r.entry.column}",
        "Line and column of the opening quotation mark in the file.",
    ),
    Column(
        "Start",
        7,
        lambda r: r.entry.start,
        "Character offset where the quote starts in the article text.",
    ),
    Column("End", 7, lambda r: r.entry.end, "Character offset just after the quote."),
    Column(
        "Rule",
        20,
        lambda r: r.entry.rule,
        "The attribution rule that credited the quote (see the README).",
        wrap=True,
    ),
    Column(
        "Resolution",
        10,
        lambda r: r.entry.resolution,
        "explicit: named at the cue; pronoun: through he/she/they; context: from the "
        "paragraphs around it.",
    ),
    Column(
        "Confidence",
        10,
        lambda r: r.entry.confidence,
        "The rule's confidence, from 0 to 1.",
        number_format="0.00",
    ),
    Column(
        "Sentence",
        50,
        lambda r: r.entry.sentence,
        "The whole sentence the quote stands in.",
        wrap=True,
    ),
)
SUMMARY_COLUMNS = (
    ("Speaker", 26, "The speaker; the link opens their sheet."),
    ("Speaker type", 11, "person, unnamed (e.g. 'a senior official') or group."),
    ("Roles", 30, "Every title or job the articles give the speaker, each once."),
    ("Quotes", 8, "How many quotes are credited to the speaker."),
    ("Articles", 9, "In how many articles."),
    (
        "First appearance",
        30,
        "The earliest dated article that quotes them (input order when none is dated): "
        "headline, outlet and date, linked to the article when its URL is known.",
    ),
    ("Last appearance", 30, "The latest dated article that quotes them, shown the same way."),
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


@dataclass(frozen=True)
class Look:
    """How a cell looks; each distinct look is registered with the workbook once."""

    wrap: bool = False
    number_format: str | None = None
    fill: str | None = None
    link: bool = False
    left: bool = False
    text_only: bool = False

    def apply(self, written: Cell) -> None:
        """Sets the styles of this look on `written` (the slow way: openpyxl hashes each)."""
        if self.left:
            written.alignment = LEFT_WRAP
        else:
            written.alignment = WRAP if self.wrap else TOP
        if self.number_format:
            written.number_format = self.number_format
        if self.fill:
            written.fill = FLAG_FILLS[self.fill]
        if self.link:
            written.font = LINK
        if self.text_only:
            written.quotePrefix = True


# Per workbook, each look's style indexes, copied onto new cells: openpyxl would otherwise
# hash every style object of every cell, most of the time of a large export.
_LOOKS: weakref.WeakKeyDictionary[Any, dict[Look, Any]] = weakref.WeakKeyDictionary()


def cell(
    ws: WriteOnlyWorksheet,
    value: Any,
    wrap: bool = False,
    number_format: str | None = None,
    look: Look | None = None,
) -> Cell:
    """A cell for `value`: text is cleaned and never becomes a formula."""
    if isinstance(value, str):
        value = clean_text(value)
    formula_like = isinstance(value, str) and value.startswith(FORMULA_START)
    look = look or Look(wrap, number_format if value is not None else None)
    if formula_like:
        look = replace(look, text_only=True)
    written = WriteOnlyCell(ws, value=value)
    styles = _LOOKS.setdefault(ws.parent, {})
    registered = styles.get(look)
    if registered is None:
        look.apply(written)
        styles[look] = copy(written._style)
    else:
        written._style = copy(registered)
    if formula_like:
        written.data_type = "s"
    return written


def lines_needed(value: Any, width: int) -> int:
    """How many lines `value` takes wrapped in a column `width` characters wide."""
    if not isinstance(value, str) or not value:
        return 1
    # A column's width counts digits; text averages a little narrower, words wrap early.
    per_line = max(1, width - 2)
    return sum(max(1, math.ceil(len(part) / per_line)) for part in value.split("\n"))


def fit_row(ws: WriteOnlyWorksheet, row: int, values: Sequence[Any], widths: Sequence[int]) -> None:
    """Sets row `row`'s height so its tallest wrapped value shows whole."""
    lines = max((lines_needed(v, w) for v, w in zip(values, widths, strict=True)), default=1)
    if lines > 1:
        ws.row_dimensions[row].height = min(lines * LINE_HEIGHT + 2, MAX_ROW_HEIGHT)


def set_up_printing(ws: WriteOnlyWorksheet, fit_height: bool = False) -> None:
    """Landscape, all columns on one page wide, header row on every page, gridlines."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1 if fit_height else 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.gridLines = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.5


def start_table(ws: WriteOnlyWorksheet, headers: Sequence[tuple[str, int]]) -> None:
    """Sets column widths and print set-up, freezes a bold header row, and writes it."""
    for index, (_, width) in enumerate(headers, 1):
        ws.column_dimensions[get_column_letter(index)].width = width
    ws.freeze_panes = "A2"
    ws.print_title_rows = "1:1"
    set_up_printing(ws)
    row = []
    for header, _ in headers:
        written = WriteOnlyCell(ws, value=header)
        written.font = BOLD
        written.alignment = WRAP
        row.append(written)
    fit_row(ws, 1, [h for h, _ in headers], [w for _, w in headers])
    ws.append(row)


def finish_table(ws: WriteOnlyWorksheet, columns: int, rows: int) -> None:
    """Turns on the autofilter over the header and `rows` data rows, and closes the sheet."""
    ws.auto_filter.ref = f"A1:{get_column_letter(columns)}{rows + 1}"
    ws.close()


def add_review_drop_downs(ws: WriteOnlyWorksheet, columns: Sequence[Column]) -> None:
    """Status and Verdict offer their values as drop-downs on every row below the header."""
    choices = {"Status": STATUSES, "Verdict": VERDICTS}
    for index, column in enumerate(columns, 1):
        if column.header in choices:
            letter = get_column_letter(index)
            validation = DataValidation(
                type="list",
                formula1='"' + ",".join(choices[column.header]) + '"',
                allow_blank=True,
                showErrorMessage=True,
                errorTitle=column.header,
                error="Choose a value from the list.",
            )
            validation.add(f"{letter}2:{letter}{VALIDATED_ROWS}")
            ws.data_validations.append(validation)


def quote_row(
    ws: WriteOnlyWorksheet, columns: Sequence[Column], row: Row, values: Sequence[Any]
) -> list[Any]:
    """The cells of one quote: flagged cells filled, the article linked to its URL."""
    flags = flags_of(row.entry)
    url = row.article.url if row.article else None
    url = url if url is not None and SAFE_URL.match(url) else None
    cells = []
    for column, value in zip(columns, values, strict=True):
        linked = url is not None and column.header == "Article"
        filled = flags[0] if flags and column.header in ("Quote", "Check flag") else None
        number_format = column.number_format if value is not None else None
        look = Look(column.wrap, number_format, filled, linked)
        written = cell(ws, value, look=look)
        if linked:
            written.hyperlink = url
        cells.append(written)
    return cells


def known_columns(
    columns: Sequence[Column], articles: Mapping[str, ArticleMetadata]
) -> list[Column]:
    """`columns` without the article columns that no article has a value for."""
    present = {
        "Outlet": any(article.outlet for article in articles.values()),
        "Published": any(article.published for article in articles.values()),
    }
    return [column for column in columns if present.get(column.header, True)]


def write_quotes(
    ws: WriteOnlyWorksheet,
    columns: Sequence[Column],
    entries: Iterable[QuoteEntry],
    articles: Mapping[str, ArticleMetadata],
    reviews: Reviews,
) -> None:
    """Writes a quote table to `ws` and closes it."""
    columns = known_columns(columns, articles)
    start_table(ws, [(column.header, column.width) for column in columns])
    add_review_drop_downs(ws, columns)
    widths = [column.width for column in columns]
    rows = 0
    for entry in entries:
        row = Row(entry, articles.get(entry.document_id), reviews.of(entry.id))
        values = [column.value(row) for column in columns]
        fit_row(ws, rows + 2, values, widths)
        ws.append(quote_row(ws, columns, row, values))
        rows += 1
    finish_table(ws, len(columns), rows)


def roles_text(speaker: SpeakerEntry) -> str:
    """The roles of a speaker, each once, in the order the articles gave them."""
    return "; ".join(dict.fromkeys(seen.role for seen in speaker.roles))


def link_to_sheet(ws: WriteOnlyWorksheet, text: str, title: str) -> Cell:
    """A cell showing `text` that opens the sheet `title`."""
    written = WriteOnlyCell(ws, value=clean_text(text))
    quoted = title.replace("'", "''")
    written.hyperlink = Hyperlink(ref="", location=f"'{quoted}'!A1", display=text)
    written.font = LINK
    written.alignment = WRAP
    return written


def add_chart(ws: WriteOnlyWorksheet, speakers: Sequence[SpeakerEntry]) -> None:
    """A bar chart of the most quoted speakers below the table, the most quoted on top."""
    shown = min(len(speakers), CHART_SPEAKERS)
    chart = BarChart()
    chart.type = "bar"
    chart.title = "Quotes per speaker" + (f" (top {shown})" if shown < len(speakers) else "")
    chart.legend = None
    chart.add_data(Reference(ws, min_col=4, min_row=1, max_row=shown + 1), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=2, max_row=shown + 1))
    # Speakers come most quoted first; a bar chart draws its first category at the bottom.
    chart.x_axis.scaling.orientation = "maxMin"
    chart.y_axis.crosses = "max"  # so the count axis stays along the bottom
    most = max(speaker.quote_count for speaker in speakers[:shown])
    chart.y_axis.majorUnit = max(1, math.ceil(most / 10))
    chart.y_axis.scaling.min = 0
    chart.y_axis.number_format = "0"
    chart.y_axis.majorGridlines = None
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.width = 18
    chart.height = max(5.0, 2.0 + shown * 0.7)
    ws.add_chart(chart, f"A{len(speakers) + 3}")


def appearances(
    document_ids: Sequence[str], articles: Mapping[str, ArticleMetadata]
) -> tuple[str | None, str | None]:
    """The earliest and latest dated articles of `document_ids`; with no dates, input order."""
    if not document_ids:
        return None, None
    dated = []
    for position, document_id in enumerate(document_ids):
        published = published_of(articles.get(document_id))
        if published is not None:
            # dates and times compare as text in ISO form; position keeps ties in input order
            dated.append((published.isoformat(), position, document_id))
    if not dated:
        return document_ids[0], document_ids[-1]
    return min(dated)[2], max(dated)[2]


def appearance_label(document_id: str, article: ArticleMetadata | None) -> str:
    """An article as a reader cites it: "headline — outlet, date", or its id."""
    if article is None:
        return document_id
    published = published_of(article)
    source = ", ".join(
        part for part in (article.outlet, published.isoformat()[:10] if published else None) if part
    )
    headline = article.headline or document_id
    return f"{headline} — {source}" if source else headline


def appearance_cell(
    ws: WriteOnlyWorksheet, document_id: str | None, articles: Mapping[str, ArticleMetadata]
) -> Cell:
    """A Summary cell naming one article, linked to its URL when that is a web address."""
    if document_id is None:
        return cell(ws, None)
    article = articles.get(document_id)
    url = article.url if article else None
    linked = url is not None and SAFE_URL.match(url) is not None
    written = cell(ws, appearance_label(document_id, article), look=Look(True, None, None, linked))
    if linked:
        written.hyperlink = url
    return written


def write_summary(
    ws: WriteOnlyWorksheet,
    speakers: Sequence[SpeakerEntry],
    titles: dict[str, str],
    articles: Mapping[str, ArticleMetadata],
) -> None:
    """Writes one row per speaker, each linked to their sheet, and a bar chart below."""
    headers = [(header, width) for header, width, _ in SUMMARY_COLUMNS]
    start_table(ws, headers)
    set_up_printing(ws, fit_height=len(speakers) <= CHART_SPEAKERS)
    widths = [width for _, width in headers]
    for index, speaker in enumerate(speakers, 2):
        values = (
            speaker.name,
            speaker.kind,
            roles_text(speaker),
            speaker.quote_count,
            len(speaker.document_ids),
        )
        first, last = appearances(speaker.document_ids, articles)
        shown = [appearance_label(d, articles.get(d)) if d else None for d in (first, last)]
        fit_row(ws, index, [*values, *shown], widths)
        ws.append(
            [
                link_to_sheet(ws, speaker.name, titles[speaker.slug]),
                *(cell(ws, value, wrap=True) for value in values[1:]),
                appearance_cell(ws, first, articles),
                appearance_cell(ws, last, articles),
            ]
        )
    if speakers:
        add_chart(ws, speakers)
    finish_table(ws, len(headers), len(speakers))


def write_legend(ws: WriteOnlyWorksheet) -> None:
    """Explains every column, the flags and their colours, and the reviewer's values."""
    headers = [("Column or flag", 22), ("Sheets", 20), ("Meaning", 80)]
    start_table(ws, headers)
    set_up_printing(ws, fit_height=True)
    widths = [width for _, width in headers]
    quote_sheets = "quote sheets"
    rows: list[tuple[str, str, str, PatternFill | None]] = [
        (header, "Summary", meaning, None) for header, _, meaning in SUMMARY_COLUMNS
    ]
    rows.append((SPEAKER.header, "All quotes", SPEAKER.meaning, None))
    rows += [(c.header, quote_sheets, c.meaning, None) for c in QUOTE_COLUMNS]
    rows[-len(QUOTE_COLUMNS) :] = [
        (name, sheets + (" (when known)" if name in OPTIONAL_HEADERS else ""), meaning, fill)
        for name, sheets, meaning, fill in rows[-len(QUOTE_COLUMNS) :]
    ]
    rows += [(c.header, "Details", c.meaning, None) for c in DETAIL_COLUMNS[2:]]
    rows += [
        (f"Flag: {flag.label}", quote_sheets, flag.meaning, FLAG_FILLS[flag.label])
        for flag in FLAGS.values()
    ]
    rows.append(
        (
            "Quote sheets",
            "",
            "All quotes lists every quote; Unattributed those with no speaker; each speaker "
            "has a sheet of their own. Review on any of them: a new export keeps what was "
            "typed in Status, Verdict, Notes and Checked by, matched by Quote ID.",
            None,
        )
    )
    rows.append(
        (
            SET_ASIDE_SHEET,
            "(when needed)",
            "Reviews typed on quotes that this export does not hold (their article was left "
            "out, or now reads differently): kept here, and back on the quote's row when an "
            "export holds it again.",
            None,
        )
    )
    rows.append(
        (
            BASELINE_SHEET,
            "(hidden)",
            "What this export wrote in the reviewer's columns, so that the next export can "
            "tell which copy of a review was changed. Leave it as it is.",
            None,
        )
    )
    for index, (name, sheets, meaning, fill) in enumerate(rows, 2):
        fit_row(ws, index, (name, sheets, meaning), widths)
        first = WriteOnlyCell(ws, value=name)
        first.alignment = WRAP
        if fill is not None:
            first.fill = fill
        ws.append([first, cell(ws, sheets, wrap=True), cell(ws, meaning, wrap=True)])
    ws.close()


def write_set_aside(
    ws: WriteOnlyWorksheet, rows: list[tuple[str, tuple[Any, ...], tuple[Any, ...]]]
) -> None:
    """Writes the typed reviews no quote of this export used (Reviews.set_aside)."""
    widths = (18, 44, 22, 10, 13, 20, 11, 14)
    start_table(ws, list(zip((*CONTEXT_HEADERS, *REVIEW_HEADERS, ID_HEADER), widths, strict=True)))
    for index, (quote_id, context, review) in enumerate(rows, 2):
        values = (*context, *review, quote_id)
        fit_row(ws, index, values, widths)
        ws.append([cell(ws, value, wrap=True) for value in values])
    finish_table(ws, len(widths), len(rows))


def write_about(
    ws: WriteOnlyWorksheet, about: About, reviews_kept: int, reviews_set_aside: int = 0
) -> None:
    """Writes the tool version, inputs, time of the run, coverage and reviews carried over."""
    coverage = about.attributed / about.quotes if about.quotes else 1.0
    start_table(ws, [("Item", 34), ("Value", 60)])
    set_up_printing(ws, fit_height=True)
    ran_at = about.ran_at.astimezone(datetime.UTC).replace(tzinfo=None, microsecond=0)
    rows: list[tuple[str, Any, str | None]] = [
        ("Tool", f"quotes {about.version}".strip(), None),
        ("Ran at (UTC)", ran_at, "yyyy-mm-dd hh:mm:ss"),
        ("Inputs", "\n".join(about.inputs), None),
        ("Articles", about.documents, None),
        ("Quotes", about.quotes, None),
        ("Attributed quotes", about.attributed, None),
        ("Attribution coverage", coverage, "0.0%"),
        ("Reviews kept from the last export", reviews_kept, None),
        (
            f"Reviews of quotes not in this export (sheet {SET_ASIDE_SHEET})",
            reviews_set_aside,
            None,
        ),
    ]
    for index, (label, value, number_format) in enumerate(rows, 2):
        fit_row(ws, index, (label, value), (34, 60))
        shown = cell(ws, value, look=Look(True, number_format, left=True))
        ws.append([cell(ws, label), shown])
    ws.close()


def read_reviews(path: Path) -> Reviews:
    """What reviewers typed in the workbook at `path`, by quote id; nothing when it is absent.

    A quote shows on several sheets; per column, a value that differs from what the last
    export wrote there (kept on a hidden sheet) is an edit and wins, whichever sheet it was
    typed on. A workbook that cannot be read is an error rather than overwritten.
    """
    reviews = Reviews()
    if not path.exists():
        return reviews
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a damaged file
        raise OutputError(
            f"{path}: cannot read the reviews in it ({error}); move it away or repair it, "
            "so that the export does not overwrite them"
        ) from error
    seen: dict[str, list[tuple[Any, ...]]] = {}
    baseline: dict[str, tuple[Any, ...]] = {}
    try:
        for ws in book.worksheets:
            found = baseline if ws.title == BASELINE_SHEET else None
            for quote_id, review, context in sheet_reviews(ws.iter_rows(values_only=True)):
                if found is not None:
                    found[quote_id] = review
                else:
                    seen.setdefault(quote_id, []).append(review)
                    if context is not None:
                        reviews.context.setdefault(quote_id, context)
    finally:
        book.close()
    for quote_id, copies in seen.items():
        reviews.by_id[quote_id] = merge_review(copies, baseline.get(quote_id))
    return reviews


def blank(value: Any) -> Any:
    """None for an empty cell, however the spreadsheet saved it."""
    return None if value is None or (isinstance(value, str) and not value.strip()) else value


def sheet_reviews(
    rows: Iterable[Sequence[Any]],
) -> Iterator[tuple[str, tuple[Any, ...], tuple[Any, ...] | None]]:
    """The (quote id, review, context) of each row of a sheet with the reviewer's columns;
    the context (speaker, quote, article) is None on a sheet that lacks those columns."""
    iterator = iter(rows)
    header = [str(value).strip() if value is not None else "" for value in next(iterator, ())]
    if ID_HEADER not in header or not all(name in header for name in REVIEW_HEADERS):
        return
    id_at = header.index(ID_HEADER)
    at = [header.index(name) for name in REVIEW_HEADERS]
    shown = [header.index(name) for name in CONTEXT_HEADERS if name in header]
    for values in iterator:
        if id_at < len(values) and values[id_at]:
            review = tuple(blank(values[i]) if i < len(values) else None for i in at)
            context = None
            if len(shown) == len(CONTEXT_HEADERS):
                context = tuple(values[i] if i < len(values) else None for i in shown)
            yield str(values[id_at]), review, context


def merge_review(
    copies: Sequence[tuple[Any, ...]], baseline: tuple[Any, ...] | None
) -> tuple[Any, ...]:
    """One review from a quote's copies on several sheets, column by column."""
    new = (NEW_STATUS, None, None, None)
    before = baseline if baseline is not None else new
    merged = []
    for column, previous in enumerate(before):
        edits = [review[column] for review in copies if review[column] != previous]
        if baseline is None:
            # No record of what was written: any value a new row would not have is an edit.
            edits = [value for value in edits if value is not None]
        merged.append(edits[0] if edits else previous)
    return tuple(merged)


def write_baseline(ws: WriteOnlyWorksheet, entries: Iterable[QuoteEntry], reviews: Reviews) -> None:
    """Writes, hidden, each quote's review as exported: what the next export compares with."""
    ws.sheet_state = "hidden"
    ws.append([ID_HEADER, *REVIEW_HEADERS])
    for entry in entries:
        ws.append([entry.id, *(cell(ws, value) for value in reviews.of(entry.id))])
    ws.close()


def add_sheet(book: Workbook, title: str) -> WriteOnlyWorksheet:
    """A new sheet titled `title`, which `sheet_title` has made unique.

    openpyxl compares a new title with the title of every sheet already in the book, which
    made a workbook of thousands of speakers cost time in the square of their number; the
    book's sheet list is set aside while the sheet is made, then the sheet is appended.
    """
    sheets = book._sheets
    book._sheets = []
    try:
        sheet: WriteOnlyWorksheet = book.create_sheet(title)
    finally:
        book._sheets = sheets
    sheets.append(sheet)
    return sheet


def write_workbook(
    path: Path,
    speakers: Sequence[SpeakerEntry],
    source: QuoteSource,
    about: About,
    articles: Mapping[str, ArticleMetadata] | None = None,
    reviews: Reviews | None = None,
) -> Path:
    """Writes the workbook to `path` atomically and returns the path.

    `reviews` (from `read_reviews`) fill the reviewer's columns; its `used` set names the
    quotes whose reviews were carried over.
    """
    articles = articles or {}
    reviews = reviews if reviews is not None else Reviews()
    book = Workbook(write_only=True)
    taken: set[str] = set()
    titles = {speaker.slug: sheet_title(speaker.name, taken) for speaker in speakers}
    write_summary(book.create_sheet("Summary"), speakers, titles, articles)
    write_quotes(book.create_sheet("All quotes"), ALL_COLUMNS, source.entries(), articles, reviews)
    unattributed = (entry for entry in source.entries() if entry.speaker is None)
    write_quotes(book.create_sheet("Unattributed"), QUOTE_COLUMNS, unattributed, articles, reviews)
    for speaker in speakers:
        write_quotes(
            add_sheet(book, titles[speaker.slug]),
            QUOTE_COLUMNS,
            source.entries_of(speaker.slug),
            articles,
            reviews,
        )
    write_quotes(book.create_sheet("Details"), DETAIL_COLUMNS, source.entries(), articles, reviews)
    set_aside = reviews.set_aside()  # after the quote sheets, which mark the reviews used
    if set_aside:
        write_set_aside(book.create_sheet(SET_ASIDE_SHEET), set_aside)
    write_legend(book.create_sheet("Legend"))
    write_about(book.create_sheet("About"), about, len(reviews.used), len(set_aside))
    write_baseline(book.create_sheet(BASELINE_SHEET), source.entries(), reviews)

    def save(stream: IO[bytes]) -> None:
        book.save(stream)

    return write_atomically(path, save)
