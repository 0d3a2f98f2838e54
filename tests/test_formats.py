"""One article in every input kind gives the same quotes; folders read the kinds, list the rest."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from quotes import extract, load_documents
from quotes.cli import app
from quotes.models import Document
from tests.test_docx import write_docx

FIXTURES = Path(__file__).parent / "fixtures" / "provenance"
STORY = (FIXTURES / "bridge.txt").read_text(encoding="utf-8")


def said(document: Document) -> list[tuple[str, str | None]]:
    """Each quote's text and its speaker's name."""
    return [(q.text, q.speaker.name if q.speaker else None) for q in document.quotes]


def as_docx(folder: Path) -> Path:
    return write_docx(folder / "bridge.docx", STORY.split("\n"), title="Mayor vows")


def as_jsonl(folder: Path) -> Path:
    path = folder / "bridge.jsonl"
    record = {"id": "bridge", "text": STORY, "title": "Mayor vows", "source": "Ledger"}
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "make",
    [
        pytest.param(lambda folder: FIXTURES / "bridge.md", id="md-with-front-matter"),
        pytest.param(lambda folder: FIXTURES / "bridge.html", id="html"),
        pytest.param(as_docx, id="docx"),
        pytest.param(as_jsonl, id="jsonl"),
    ],
)
def test_every_kind_of_input_gives_the_quotes_and_speakers_of_the_text(
    tmp_path: Path, make: object
) -> None:
    path = make(tmp_path)  # type: ignore[operator]
    (article,) = load_documents([path])
    expected = said(extract(STORY))
    assert said(extract(article)) == expected
    assert len(expected) == 7


def test_folder_reads_every_kind_and_lists_what_it_skips(tmp_path: Path) -> None:
    shutil.copy(FIXTURES / "bridge.html", tmp_path / "saved-page.php")
    # Distinct names: a folder's articles are known by their paths without the extension.
    shutil.copy(FIXTURES / "bridge.md", tmp_path / "from-cms.md")
    shutil.copy(FIXTURES / "bridge.html", tmp_path / "saved.htm")
    as_docx(tmp_path).rename(tmp_path / "draft.docx")
    as_jsonl(tmp_path).rename(tmp_path / "corpus.jsonl")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0" + bytes(64))
    (tmp_path / "report.pdf").write_bytes(b"%PDF-1.7\n")
    (tmp_path / "notes.csv").write_text("a,b\n", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("tool state", encoding="utf-8")
    warnings: list[str] = []
    articles = list(load_documents([tmp_path], on_warning=warnings.append))
    assert [Path(a.path or "").name for a in articles] == [
        "corpus.jsonl",
        "draft.docx",
        "from-cms.md",
        "saved-page.php",
        "saved.htm",
    ]
    assert [str(w).removeprefix(f"{tmp_path}/") for w in warnings] == [
        "notes.csv: skipped, not an article (.csv; articles are .txt, .md, .html, .docx or .jsonl)",
        "photo.jpg: skipped, an image",
        "report.pdf: skipped, a PDF (save its text as .txt to read it)",
    ]


def test_skipped_files_are_warnings_not_failures(tmp_path: Path) -> None:
    shutil.copy(FIXTURES / "bridge.txt", tmp_path / "bridge.txt")
    (tmp_path / "report.pdf").write_bytes(b"%PDF-1.7\n")
    result = CliRunner().invoke(app, ["extract", str(tmp_path), "--format", "jsonl"])
    assert result.exit_code == 0
    assert result.stderr == (
        f"Warning: {tmp_path / 'report.pdf'}: skipped, a PDF (save its text as .txt to read it)\n"
    )
