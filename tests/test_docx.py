"""Tests for Word documents: paragraphs in order, core properties, and damaged files."""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from typer.testing import CliRunner

from quotes import load_documents
from quotes.cli import app
from quotes.errors import InputError
from quotes.models import Article, ArticleMetadata

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)


def paragraph(text: str) -> str:
    """A <w:p> whose text is split into runs at every comma, as Word splits formatting."""
    runs = text.split(",")
    parts = [escape(run) + ("," if i < len(runs) - 1 else "") for i, run in enumerate(runs)]
    return (
        "<w:p>"
        + "".join(f'<w:r><w:t xml:space="preserve">{p}</w:t></w:r>' for p in parts)
        + "</w:p>"
    )


def write_docx(
    path: Path, paragraphs: list[str], title: str | None = None, creator: str | None = None
) -> Path:
    """A Word document holding `paragraphs`, with a title and author in its core properties."""
    body = "".join(p if p.startswith("<w:") else paragraph(p) for p in paragraphs)
    document = f'<w:document xmlns:w="{W_NS}"><w:body>{body}<w:sectPr/></w:body></w:document>'
    core = (
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
        'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        + (f"<dc:title>{escape(title)}</dc:title>" if title else "")
        + (f"<dc:creator>{escape(creator)}</dc:creator>" if creator else "")
        + "</cp:coreProperties>"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("word/document.xml", document)
        archive.writestr("docProps/core.xml", core)
    return path


def load_one(path: Path) -> Article:
    (article,) = load_documents([path])
    return article


def test_docx_paragraphs_are_lines_in_order(tmp_path: Path) -> None:
    path = write_docx(tmp_path / "a.docx", ["First, then more.", "", "“Yes,” Ann said."])
    assert load_one(path).text == "First, then more.\n\n“Yes,” Ann said."


def test_docx_core_properties_are_metadata(tmp_path: Path) -> None:
    path = write_docx(tmp_path / "a.docx", ["Text."], title="Bridge vote", creator="Sarah Hughes")
    assert load_one(path).metadata == ArticleMetadata(
        headline="Bridge vote", authors=["Sarah Hughes"]
    )


def test_docx_leaves_out_tracked_deletions_and_keeps_tables(tmp_path: Path) -> None:
    deleted = (
        "<w:p><w:r><w:t>Kept </w:t></w:r><w:del><w:r><w:delText>gone </w:delText></w:r>"
        "<w:r><w:t>gone too </w:t></w:r></w:del><w:ins><w:r><w:t>added</w:t></w:r></w:ins></w:p>"
    )
    table = f"<w:tbl><w:tr><w:tc>{paragraph('In a cell.')}</w:tc></w:tr></w:tbl>"
    path = write_docx(tmp_path / "a.docx", [deleted, table])
    assert load_one(path).text == "Kept added\nIn a cell."


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        pytest.param(
            lambda data: data[: len(data) // 2],
            "not a readable .docx (truncated or damaged: File is not a zip file)",
            id="truncated",
        ),
        pytest.param(
            lambda data: b"",
            "not a readable .docx (truncated or damaged: File is not a zip file)",
            id="empty",
        ),
    ],
)
def test_damaged_docx_is_one_line_and_the_run_goes_on(
    tmp_path: Path, damage: object, message: str
) -> None:
    good = write_docx(tmp_path / "good.docx", ["“Yes,” Ann said."])
    bad = tmp_path / "bad.docx"
    bad.write_bytes(damage(good.read_bytes()))  # type: ignore[operator]
    result = CliRunner().invoke(app, ["extract", str(bad), str(good), "--format", "jsonl"])
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: {bad}: {message}\n1 input could not be read; see the errors above.\n"
    )
    assert '"id":"good"' in result.stdout


def test_a_zip_that_is_not_a_word_document_is_one_error(tmp_path: Path) -> None:
    path = tmp_path / "a.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "hi")
    with pytest.raises(InputError) as caught:
        load_one(path)
    assert str(caught.value) == f"{path}: not a Word document (it has no word/document.xml)"


def test_a_word_document_without_text_is_one_error(tmp_path: Path) -> None:
    path = write_docx(tmp_path / "a.docx", ["", "  "])
    with pytest.raises(InputError) as caught:
        load_one(path)
    assert str(caught.value) == f"{path}: no text in this Word document"
