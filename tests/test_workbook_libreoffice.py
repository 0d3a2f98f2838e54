"""The seed's workbook opened in a real LibreOffice: printed to PDF, saved as CSV, re-saved.

Skipped when `soffice` is not installed; `.ci/run` installs libreoffice-calc-nogui.
"""

from __future__ import annotations

import csv
import datetime
import shutil
import subprocess
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from quotes import extract, load_documents
from quotes.models import Article, ArticleMetadata
from quotes.writers.export import ExportOptions, export

pytestmark = pytest.mark.skipif(
    shutil.which("soffice") is None, reason="LibreOffice (soffice) not installed"
)
pypdf = pytest.importorskip("pypdf")

SEED = Path(__file__).resolve().parents[1] / "seeds" / "reuters-nato-russia.txt"
RAN_AT = datetime.datetime(2024, 1, 1, 9, 30, tzinfo=datetime.UTC)
# UTF-8 (76), comma-separated, every sheet to its own file (-1; LibreOffice 7.2 and later).
CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"
DATED = Article(
    id="harbour",
    text='"We have a plan for the harbour," Minister Eva Brandt told reporters.\n',
    metadata=ArticleMetadata(
        headline="Harbour plan",
        url="https://news.example/harbour",
        outlet="Example News",
        published=datetime.date(2024, 3, 5),
    ),
)


def soffice(tmp_path: Path, target: str, source: Path, out: Path) -> None:
    """Converts `source` with a headless LibreOffice using a profile of its own."""
    subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{tmp_path}/profile", "--headless",
         "--convert-to", target, "--outdir", str(out), str(source)],
        check=True, capture_output=True, timeout=240,
    )  # fmt: skip


def export_seed(out: Path, extra: list[Article] | None = None) -> Path:
    """Exports the seed article (and `extra`) into `out`; the workbook's path."""
    articles = [*load_documents([str(SEED)]), *(extra or [])]
    export([extract(a) for a in articles], ExportOptions(out, ("xlsx",)), RAN_AT)
    return out / "quotes.xlsx"


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Any]:
    """The seed's workbook and its PDF as LibreOffice prints it."""
    folder = tmp_path_factory.mktemp("printed")
    workbook = export_seed(folder / "out")
    soffice(folder, "pdf", workbook, folder / "pdf")
    return workbook, pypdf.PdfReader(folder / "pdf" / "quotes.pdf")


def test_libreoffice_prints_seed_workbook_on_a_page_per_sheet(printed: tuple[Path, Any]) -> None:
    workbook, pdf = printed
    sheets = len(openpyxl.load_workbook(workbook).sheetnames)
    assert len(pdf.pages) <= sheets


def test_libreoffice_prints_every_page_landscape(printed: tuple[Path, Any]) -> None:
    _, pdf = printed
    shapes = [float(page.mediabox.width) > float(page.mediabox.height) for page in pdf.pages]
    assert shapes == [True] * len(pdf.pages)


def test_libreoffice_prints_every_quote_whole(printed: tuple[Path, Any]) -> None:
    _, pdf = printed
    text = " ".join(" ".join(page.extract_text().split()) for page in pdf.pages)
    seed_quotes = [q.text for q in extract(next(iter(load_documents([str(SEED)])))).quotes]
    # Each quote's last words are printed: the wrapped cell is tall enough to show it whole.
    missing = [q for q in seed_quotes if " ".join(q.rstrip(",.").split()[-3:]) not in text]
    assert missing == []


def as_csv_text(value: Any, number_format: str) -> set[str]:
    """The texts LibreOffice may write for a cell holding `value` in `number_format`."""
    if value is None:
        return {""}
    if isinstance(value, datetime.datetime):
        return {value.strftime("%Y-%m-%d %H:%M:%S"), value.strftime("%Y-%m-%d")}
    if isinstance(value, datetime.date):
        return {value.isoformat()}
    if isinstance(value, bool):
        return {str(value).upper()}
    if isinstance(value, int | float) and number_format.endswith("%"):
        return {f"{value * 100:g}%", f"{value * 100:.1f}%"}
    if isinstance(value, float):
        return {f"{value:g}", repr(value)}
    return {str(value)}


def test_libreoffice_csv_round_trips_every_value(tmp_path: Path) -> None:
    workbook = export_seed(tmp_path / "out", [DATED])
    soffice(tmp_path, CSV_FILTER, workbook, tmp_path / "csv")
    book = openpyxl.load_workbook(workbook)
    differences = []
    for ws in book.worksheets:
        with (tmp_path / "csv" / f"quotes-{ws.title}.csv").open(encoding="utf-8") as stream:
            rows = list(csv.reader(stream))
        for row in ws.iter_rows():
            for written in row:
                text = (
                    rows[written.row - 1][written.column - 1] if written.value is not None else ""
                )
                if text not in as_csv_text(written.value, written.number_format):
                    differences.append((ws.title, written.coordinate, written.value, text))
    assert differences == []


def test_libreoffice_saved_reviews_survive_re_export(tmp_path: Path) -> None:
    workbook = export_seed(tmp_path / "out")
    book = openpyxl.load_workbook(workbook)
    ws = book["Jaap de Hoop Scheffer"]
    header = [c.value for c in ws[1]]
    typed = {"Status": "checked", "Verdict": "Mostly true", "Notes": "Matches the NATO record"}
    for name, value in typed.items():
        ws.cell(2, header.index(name) + 1, value)
    quote_id = ws.cell(2, header.index("Quote ID") + 1).value
    book.save(workbook)
    # A reviewer saves it in Calc: the next export must read LibreOffice's file back.
    soffice(tmp_path, "xlsx:Calc MS Excel 2007 XML", workbook, tmp_path / "saved")
    shutil.copy(tmp_path / "saved" / "quotes.xlsx", workbook)
    result = export(
        [extract(a) for a in load_documents([str(SEED)])], ExportOptions(tmp_path / "out"), RAN_AT
    )
    rows = list(openpyxl.load_workbook(workbook)["All quotes"].iter_rows(values_only=True))
    by_id = {row[rows[0].index("Quote ID")]: dict(zip(rows[0], row, strict=True)) for row in rows}
    kept = {name: by_id[quote_id][name] for name in typed}
    assert (kept, result.reviews_kept) == (typed, 1)


def test_libreoffice_keeps_drop_downs_and_links_when_it_saves(tmp_path: Path) -> None:
    workbook = export_seed(tmp_path / "out")
    soffice(tmp_path, "xlsx:Calc MS Excel 2007 XML", workbook, tmp_path / "saved")
    book = openpyxl.load_workbook(tmp_path / "saved" / "quotes.xlsx")
    drop_downs = sorted(v.formula1 for v in book["All quotes"].data_validations.dataValidation)
    link = book["Summary"]["A2"].hyperlink
    assert (drop_downs[1], link.location if link else None) == (
        '"to check,checking,checked"',
        f"'{book['Summary']['A2'].value}'!A1",
    )
