"""Word documents (.docx): the paragraphs in order, and the core properties as metadata.

A .docx is a zip of XML files; the body is `word/document.xml`, one `<w:p>` per paragraph,
and the title and author are in `docProps/core.xml`. Reading those two files directly
takes a few lines and no dependency (python-docx would add 70 ms of imports and build an
object per run of text). Tracked deletions are left out and tracked insertions kept, as
Word shows the document once the changes are accepted.
"""

from __future__ import annotations

import io
import zipfile

from lxml import etree

from quotes.errors import InputError
from quotes.readers.metadata import Warn, metadata_from_fields
from quotes.records import Article, ArticleMetadata

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
DC = "{http://purl.org/dc/elements/1.1/}"
BODY = "word/document.xml"
CORE = "docProps/core.xml"
MAX_XML_BYTES = 64 * 1024 * 1024
"""Largest unpacked document.xml read: a zip bomb is refused before it is unpacked."""

# What each run element stands for in the paragraph's text.
_RUN_TEXT = {f"{W}tab": "\t", f"{W}br": " ", f"{W}cr": " ", f"{W}noBreakHyphen": "-"}
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)


def is_docx(data: bytes) -> bool:
    """True when `data` is a zip archive (a .docx starts as one)."""
    return data.startswith(b"PK\x03\x04")


def read_docx(data: bytes, name: str, id: str, warn: Warn) -> Article:
    """The article in the Word document `data`: one line per paragraph, in order."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            body = _member(archive, BODY, name)
            if body is None:
                raise InputError(f"{name}: not a Word document (it has no {BODY})")
            core = _member(archive, CORE, name)
    except (zipfile.BadZipFile, EOFError, zipfile.LargeZipFile) as error:
        raise InputError(f"{name}: not a readable .docx (truncated or damaged: {error})") from None
    try:
        paragraphs = _paragraphs(etree.fromstring(body, _PARSER))
    except etree.XMLSyntaxError as error:
        raise InputError(f"{name}: not a readable .docx ({BODY}: {error})") from None
    text = "\n".join(paragraphs).strip("\n")
    if not text.strip():
        raise InputError(f"{name}: no text in this Word document")
    metadata = _core_properties(core, name, warn) if core is not None else None
    return Article(id=id, path=name, metadata=metadata, text=text)


def _member(archive: zipfile.ZipFile, member: str, name: str) -> bytes | None:
    """The bytes of one file in the archive; None when it is not there."""
    try:
        info = archive.getinfo(member)
    except KeyError:
        return None
    if info.file_size > MAX_XML_BYTES:
        raise InputError(f"{name}: {member} unpacks to over {MAX_XML_BYTES // 2**20} MiB")
    return archive.read(info)


def _paragraphs(root: etree._Element) -> list[str]:
    """The text of every paragraph in document order, tables' cells included."""
    paragraphs = []
    for paragraph in root.iter(f"{W}p"):
        pieces = []
        for element in paragraph.iter(f"{W}t", *_RUN_TEXT):
            if _deleted(element, paragraph):
                continue
            pieces.append(element.text or "" if element.tag == f"{W}t" else _RUN_TEXT[element.tag])
        paragraphs.append("".join(pieces).replace("\n", " "))
    return paragraphs


def _deleted(element: etree._Element, paragraph: etree._Element) -> bool:
    """True when `element` lies inside a tracked deletion (<w:del>) within `paragraph`."""
    parent = element.getparent()
    while parent is not None and parent is not paragraph:
        if parent.tag == f"{W}del":
            return True
        parent = parent.getparent()
    return False


def _core_properties(core: bytes, name: str, warn: Warn) -> ArticleMetadata | None:
    """Title as headline, creator as author, and language from docProps/core.xml."""
    try:
        root = etree.fromstring(core, _PARSER)
    except etree.XMLSyntaxError:
        return None  # the text is what matters; a damaged properties part is not fatal
    fields = {
        "headline": root.findtext(f"{DC}title"),
        "authors": root.findtext(f"{DC}creator"),
        "language": root.findtext(f"{DC}language"),
    }
    return metadata_from_fields({k: v for k, v in fields.items() if v}, name, warn)
