"""Tests for the export composer and the `quotes export` command."""

from __future__ import annotations

import csv
import datetime
import json
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from typer.testing import CliRunner

from quotes.cli import app
from quotes.errors import OutputError
from quotes.writers.export import ExportOptions, export
from quotes.writers.factsheets import (
    RunHeader,
    write_claim_reviews,
    write_documents_json,
    write_fact_sheets,
)
from quotes.writers.workbook import About, write_workbook
from tests.conftest import ListSource, MakeDocument

ARTICLE = (
    "Ministers met in the capital.\n\n"
    '"We have a plan for the harbour," Minister Eva Brandt told reporters.\n\n'
    '"=SUM(A1:A9) is not a policy," said Karl Weiss, the opposition leader.\n'
)
# UTF-8 (76), comma-separated, every sheet to its own file (-1; LibreOffice 7.2 and later).
CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"
RAN_AT = datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC)


def run(tmp_path: Path, *args: str) -> object:
    """Runs `quotes export` on one sample article into tmp_path/out."""
    article = tmp_path / "in" / "harbour.txt"
    article.parent.mkdir(exist_ok=True)
    article.write_text(ARTICLE, encoding="utf-8")
    return CliRunner().invoke(app, ["export", str(article), *args])


# The empty-input contract: every exporter writes a valid, empty file for no quotes.

EMPTY_ABOUT = About("0.1.0", (), RAN_AT, 0, 0, 0)
EMPTY_RUN = RunHeader(version="0.1.0", ran_at=RAN_AT, inputs=[])
Exporter = Callable[[Path], list[Path]]
EXPORTERS: dict[str, Exporter] = {
    "documents-json": lambda out: [write_documents_json(out / "quotes.json", [], EMPTY_RUN)],
    "fact-sheets": lambda out: write_fact_sheets(out, [], ListSource([])),
    "claim-reviews": lambda out: write_claim_reviews(out, [], ListSource([])),
    "workbook": lambda out: [write_workbook(out / "q.xlsx", [], ListSource([]), EMPTY_ABOUT)],
}


@pytest.mark.parametrize("name", EXPORTERS)
def test_exporter_accepts_empty_input(tmp_path: Path, name: str) -> None:
    for path in EXPORTERS[name](tmp_path):
        if path.suffix == ".xlsx":
            assert openpyxl.load_workbook(path).sheetnames == [
                "Summary", "All quotes", "Unattributed", "Details", "Legend", "About",
                "Reviews as exported",
            ]  # fmt: skip
        elif path.name == "quotes.json":
            assert json.loads(path.read_text(encoding="utf-8"))["documents"] == []
        else:
            assert json.loads(path.read_text(encoding="utf-8")) == []


def test_export_of_no_documents_changes_nothing(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="no articles to export"):
        export([], ExportOptions(tmp_path), RAN_AT)
    assert list(tmp_path.iterdir()) == []


def test_export_leaves_no_spool_behind(tmp_path: Path, make_document: MakeDocument) -> None:
    export([make_document("a", ARTICLE)], ExportOptions(tmp_path), RAN_AT)
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        ".quotes-manifest.json", "quotes.json", "quotes.xlsx", "speakers",
    ]  # fmt: skip


def test_export_workbook_cells_match_records(tmp_path: Path, make_document: MakeDocument) -> None:
    document = make_document("harbour", ARTICLE)
    export([document], ExportOptions(tmp_path), RAN_AT)
    sheet = openpyxl.load_workbook(tmp_path / "quotes.xlsx")["Details"]
    rows = [(r[1], r[6], r[7]) for r in sheet.iter_rows(min_row=2, values_only=True)]
    assert rows == [
        (q.speaker.name if q.speaker else None, q.start, q.end) for q in document.quotes
    ]


def workbook_values(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every sheet's cell values except the About sheet, which records the time of the run."""
    book = openpyxl.load_workbook(path)
    return {ws.title: list(ws.values) for ws in book if ws.title != "About"}


def documents_of(path: Path) -> object:
    """The documents of a quotes.json, without the time of the run."""
    return json.loads(path.read_text(encoding="utf-8"))["documents"]


def test_export_quotes_json_says_what_ran_when_on_what(
    tmp_path: Path, make_document: MakeDocument
) -> None:
    options = ExportOptions(tmp_path, ("json",), ("seeds",), "9.9")
    export([make_document("harbour", ARTICLE)], options, RAN_AT)
    written = json.loads((tmp_path / "quotes.json").read_text(encoding="utf-8"))
    head = {key: value for key, value in written.items() if key != "documents"}
    assert (head, [d["id"] for d in written["documents"]]) == (
        {"tool": "quotes", "version": "9.9", "ran_at": "2024-01-01T00:00:00Z", "inputs": ["seeds"]},
        ["harbour"],
    )


def test_export_quotes_json_matches_its_schema(tmp_path: Path, make_document: MakeDocument) -> None:
    import jsonschema

    export([make_document("harbour", ARTICLE)], ExportOptions(tmp_path, ("json",)), RAN_AT)
    schema = json.loads(CliRunner().invoke(app, ["schema", "quotes-json"]).stdout)
    written = json.loads((tmp_path / "quotes.json").read_text(encoding="utf-8"))
    assert jsonschema.Draft202012Validator(schema).is_valid(written)


def test_export_rerun_gives_same_output(tmp_path: Path, make_document: MakeDocument) -> None:
    documents = [make_document("harbour", ARTICLE)]
    export(documents, ExportOptions(tmp_path / "1"), RAN_AT)
    export(documents, ExportOptions(tmp_path / "2"), RAN_AT + datetime.timedelta(hours=1))
    same = [
        workbook_values(tmp_path / "1/quotes.xlsx") == workbook_values(tmp_path / "2/quotes.xlsx"),
        documents_of(tmp_path / "1/quotes.json") == documents_of(tmp_path / "2/quotes.json"),
    ]
    assert same == [True, True]


def test_export_removes_fact_sheets_of_speakers_no_longer_present(
    tmp_path: Path, make_document: MakeDocument
) -> None:
    options = ExportOptions(tmp_path, ("json", "claimreview"))
    export([make_document("harbour", ARTICLE)], options, RAN_AT)
    later = '"The bridge is safe," said Anna Lind.\n'
    export([make_document("bridge", later)], options, RAN_AT)
    files = sorted(p.name for p in (tmp_path / "speakers").iterdir())
    files += sorted(p.name for p in (tmp_path / "claimreview").iterdir())
    assert files == ["anna-lind.json", "anna-lind.jsonld"]


def test_cli_export_writes_default_formats(tmp_path: Path) -> None:
    result = run(tmp_path, "--out", str(tmp_path / "out"))
    assert (result.exit_code, sorted(p.name for p in (tmp_path / "out").iterdir())) == (  # type: ignore[attr-defined]
        0,
        [".quotes-manifest.json", "quotes.json", "quotes.xlsx", "speakers"],
    )


def test_cli_export_summary_line_counts_in_words(tmp_path: Path) -> None:
    result = run(tmp_path, "--out", str(tmp_path / "out"))
    assert result.stderr.splitlines()[-1] == (  # type: ignore[attr-defined]
        f"1 article, 2 quotes, 2 speakers: wrote 4 files to {tmp_path / 'out'}"
    )


def test_cli_export_says_how_many_reviews_it_kept(tmp_path: Path) -> None:
    run(tmp_path, "--out", str(tmp_path / "out"))
    book = openpyxl.load_workbook(tmp_path / "out/quotes.xlsx")
    header = [c.value for c in book["All quotes"][1]]
    book["All quotes"].cell(2, header.index("Verdict") + 1, "False")
    book.save(tmp_path / "out/quotes.xlsx")
    result = run(tmp_path, "--out", str(tmp_path / "out"))
    assert "kept 1 review typed in the last quotes.xlsx" in result.stderr  # type: ignore[attr-defined]


def test_cli_export_claimreview_format(tmp_path: Path) -> None:
    run(tmp_path, "--out", str(tmp_path / "out"), "--format", "claimreview")
    assert sorted(p.name for p in (tmp_path / "out/claimreview").iterdir()) == [
        "eva-brandt.jsonld",
        "karl-weiss.jsonld",
    ]


def test_cli_export_unwritable_out_is_one_line_error(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("in the way")
    out = tmp_path / "file" / "exports"
    result = run(tmp_path, "--out", str(out))
    assert (result.exit_code, result.output) == (  # type: ignore[attr-defined]
        1,
        f"Error: {out}: cannot write there (a file is in the way; choose another -o/--out)\n",
    )


def test_cli_export_unknown_format_is_one_line_error(tmp_path: Path) -> None:
    result = run(tmp_path, "--out", str(tmp_path / "out"), "--format", "xlsx,pdf")
    assert (result.exit_code, result.output) == (  # type: ignore[attr-defined]
        1,
        "Error: --format 'xlsx,pdf': unknown format pdf; "
        "choose from xlsx, json, claimreview, html\n",
    )


def test_cli_export_missing_input_exits_1(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app, ["export", str(tmp_path / "missing.txt"), "--out", str(tmp_path / "out")]
    )
    assert (result.exit_code, result.output.splitlines()[0]) == (
        1,
        f"Error: {tmp_path / 'missing.txt'}: no such file or folder; "
        f"{tmp_path / 'out'} was left unchanged",
    )


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) not installed")
def test_libreoffice_reads_workbook_as_records(tmp_path: Path, make_document: MakeDocument) -> None:
    document = make_document("harbour", ARTICLE)
    export([document], ExportOptions(tmp_path), RAN_AT)
    subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{tmp_path}/profile", "--headless",
         "--convert-to", CSV_FILTER,
         "--outdir", str(tmp_path / "csv"), str(tmp_path / "quotes.xlsx")],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    sheets = {
        p.stem: list(csv.reader(p.open(encoding="utf-8"))) for p in (tmp_path / "csv").iterdir()
    }
    all_quotes = next(rows for name, rows in sheets.items() if name.endswith("All quotes"))
    assert [(row[0], row[1]) for row in all_quotes[1:]] == [
        (q.speaker.name if q.speaker else "", q.text.rstrip(",.")) for q in document.quotes
    ]


@pytest.mark.parametrize("record", ["document", "quotes-json", "factsheet"])
def test_cli_schema_prints_json_schema(record: str) -> None:
    result = CliRunner().invoke(app, ["schema", record])
    assert "properties" in result.output or "items" in json.loads(result.output)


def test_cli_schema_unknown_record_is_one_line_error() -> None:
    result = CliRunner().invoke(app, ["schema", "nope"])
    assert (result.exit_code, result.output) == (
        1,
        "Error: no schema named 'nope'; choose from document, quotes-json, factsheet\n",
    )


# Article identity (issue 8) ---------------------------------------------------------------------


def test_export_counts_articles_with_the_same_file_name(tmp_path: Path) -> None:
    for post in ("a", "b", "c"):
        page = tmp_path / "posts" / post / "index.md"
        page.parent.mkdir(parents=True)
        page.write_text(f'"Post {post} is out," Jane Okafor said.\n', encoding="utf-8")
    result = CliRunner().invoke(
        app, ["export", str(tmp_path / "posts"), "--out", str(tmp_path / "out")]
    )
    written = json.loads((tmp_path / "out" / "quotes.json").read_text(encoding="utf-8"))
    documents = written["documents"]
    assert result.stderr.startswith("3 articles, 3 quotes, 1 speaker")
    assert [document["id"] for document in documents] == ["a/index", "b/index", "c/index"]


# Nothing lost (issue 8) -------------------------------------------------------------------------


def export_to(out: Path, *paths: Path | str) -> object:
    """Runs `quotes export PATHS --out OUT` with every format."""
    args = ["export", *map(str, paths), "--out", str(out), "--format", "xlsx,json,claimreview"]
    return CliRunner().invoke(app, args)


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` by its relative path, with its bytes."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


@pytest.fixture
def exported(tmp_path: Path) -> Path:
    """An output folder holding a complete export of one article."""
    article = tmp_path / "in" / "harbour.txt"
    article.parent.mkdir()
    article.write_text(ARTICLE, encoding="utf-8")
    assert export_to(tmp_path / "out", article).exit_code == 0  # type: ignore[attr-defined]
    return tmp_path / "out"


def test_cli_export_of_a_mistyped_path_changes_nothing(tmp_path: Path, exported: Path) -> None:
    before = snapshot(exported)
    result = export_to(exported, tmp_path / "typo.txt")
    assert (result.exit_code, len(result.output.splitlines())) == (1, 1)  # type: ignore[attr-defined]
    assert snapshot(exported) == before


def test_cli_export_of_an_empty_folder_changes_nothing(tmp_path: Path, exported: Path) -> None:
    before = snapshot(exported)
    (tmp_path / "empty").mkdir()
    result = export_to(exported, tmp_path / "empty")
    assert result.exit_code == 1  # type: ignore[attr-defined]
    assert (
        result.output.splitlines()[-1]
        == f"Error: no articles to export; {exported} was left unchanged"
    )  # type: ignore[attr-defined]
    assert snapshot(exported) == before


def test_export_keeps_a_users_own_files(
    tmp_path: Path, exported: Path, make_document: MakeDocument
) -> None:
    (exported / "speakers" / "notes.json").write_text("{}", encoding="utf-8")
    (exported / "readme.txt").write_text("mine", encoding="utf-8")
    later = '"The bridge is safe," said Anna Lind.\n'
    export([make_document("bridge", later)], ExportOptions(exported), RAN_AT)
    assert sorted(p.name for p in (exported / "speakers").iterdir()) == [
        "anna-lind.json", "notes.json",
    ]  # fmt: skip
    assert (exported / "readme.txt").read_text(encoding="utf-8") == "mine"


def test_export_never_deletes_through_a_symlinked_folder(
    tmp_path: Path, make_document: MakeDocument
) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "eva-brandt.json").write_text("precious", encoding="utf-8")
    out = tmp_path / "out"
    export([make_document("harbour", ARTICLE)], ExportOptions(out, ("json",)), RAN_AT)
    shutil.rmtree(out / "speakers")
    (out / "speakers").symlink_to(elsewhere)
    later = '"The bridge is safe," said Anna Lind.\n'
    export([make_document("bridge", later)], ExportOptions(out, ("json",)), RAN_AT)
    assert (elsewhere / "eva-brandt.json").read_text(encoding="utf-8") == "precious"


def test_export_cleans_temporaries_of_interrupted_runs(
    tmp_path: Path, exported: Path, make_document: MakeDocument
) -> None:
    (exported / ".quotes.json.ab12cd_3.tmp").write_text("half", encoding="utf-8")
    (exported / "speakers" / ".eva-brandt.json.zz99yy00.tmp").write_text("half", encoding="utf-8")
    (exported / ".quotes-staging").mkdir()
    (exported / ".quotes-staging" / "quotes.json").write_text("[", encoding="utf-8")
    export([make_document("harbour", ARTICLE)], ExportOptions(exported), RAN_AT)
    assert [p.name for p in exported.rglob(".*") if p.name != ".quotes-manifest.json"] == []


def test_export_finishes_a_switch_that_was_interrupted(
    tmp_path: Path, exported: Path, make_document: MakeDocument
) -> None:
    from quotes.writers.staging import MANIFEST, STAGING, recover

    staged = tmp_path / "staged"
    later = '"The bridge is safe," said Anna Lind.\n'
    export([make_document("bridge", later)], ExportOptions(staged), RAN_AT)
    expected = snapshot(staged)
    # As if killed after the commit point, with the new files not yet moved in.
    shutil.copytree(staged, exported / STAGING)
    (exported / STAGING / "quotes.json").replace(exported / "quotes.json")
    recover(exported)
    assert snapshot(exported) == expected
    assert (exported / MANIFEST).is_file()
