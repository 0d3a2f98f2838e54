"""The article view: one static HTML page per article with its quotes highlighted, and an index.

A page is self-contained (inline CSS, no script, no external asset), so it opens from
disk, offline, on a phone. Each quotation is marked in its speaker's colour and can be
focused (Tab, or a tap) to show who said it, their role, the rule and its confidence;
cue phrases are underlined; passages that are not speech are grey with the reason.
"""

from __future__ import annotations

import datetime
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from html import escape
from pathlib import Path

from quotes.identity import slugify
from quotes.models import ArticleMetadata, Document, Quote, Skipped
from quotes.writers.atomic import write_text_atomically

# Light fills that keep near-black text above 10:1 contrast; distinct in hue and lightness.
PALETTE = (
    "#ffd6a5",
    "#b9fbc0",
    "#a0c4ff",
    "#ffc6ff",
    "#fdffb6",
    "#9bf6ff",
    "#d0bdf4",
    "#ffadad",
)
SKIP_REASONS = {
    "title": "the title of a work, not speech",
    "nickname": "a nickname, not speech",
    "term": "a term discussed as words, not speech",
    "scare_quote": "scare quotes: words set apart, not speech",
    "no_letters": "no words inside the marks",
}
NO_SPEAKER = "not found"
# A Markdown or text file's YAML front matter: metadata, not the story.
FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n.*?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)

STYLE = """
:root { color-scheme: light; --ink: #111; --muted: #4a4a4a; --line: #767676; }
* { box-sizing: border-box; }
body { margin: 0; font: 1.05rem/1.6 Georgia, "Times New Roman", serif; color: var(--ink);
  background: #fff; }
a { color: #0645ad; }
a:focus-visible, [tabindex]:focus-visible { outline: 3px solid #000; outline-offset: 2px; }
.skip { position: absolute; left: -999px; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0);
  white-space: nowrap; }
.skip:focus { left: 1rem; top: 1rem; background: #fff; padding: .5rem; z-index: 3; }
header, main, footer { max-width: 72rem; margin: 0 auto; padding: 0 1rem; }
header h1 { font-size: 1.6rem; line-height: 1.25; margin: 1rem 0 .25rem; }
.meta, footer { color: var(--muted); font: .9rem/1.5 system-ui, sans-serif; }
main { display: flex; flex-wrap: wrap; gap: 1.5rem; align-items: flex-start; }
.text { flex: 1 1 30rem; min-width: 0; white-space: pre-wrap; overflow-wrap: anywhere; }
aside { flex: 0 1 18rem; order: 2; font: .95rem/1.45 system-ui, sans-serif; position: sticky;
  top: 0; }
aside h2 { font-size: 1rem; margin: 1rem 0 .5rem; }
aside ul { list-style: none; margin: 0; padding: 0; }
aside li { display: flex; gap: .5rem; align-items: baseline; margin: 0 0 .5rem; }
.swatch { flex: none; width: 1.6rem; text-align: center; border-radius: .25rem;
  border: 1px solid var(--line); font-size: .8rem; }
.who { flex: 1; } .role { display: block; color: var(--muted); font-size: .85rem; }
.count { white-space: nowrap; }
.q { position: relative; }
mark { color: var(--ink); border-radius: .2rem; padding: 0 .1rem; cursor: help;
  border-bottom: 2px solid rgba(0,0,0,.35); }
mark.none { background: #fff; border: 2px dashed #b00020; }
.tag { font: .7rem system-ui, sans-serif; vertical-align: super; color: var(--muted); }
.cue { text-decoration: underline 2px; text-underline-offset: .2em; }
.skipped { color: #595959; background: #eee; border-radius: .2rem; cursor: help; }
.info { display: none; position: absolute; left: 0; top: 100%; z-index: 2; width: max-content;
  max-width: min(20rem, 80vw); white-space: normal; font: .85rem/1.4 system-ui, sans-serif;
  background: #fff; color: var(--ink); border: 1px solid var(--line); border-radius: .3rem;
  padding: .4rem .6rem; box-shadow: 0 2px 6px rgba(0,0,0,.2); }
.q:hover > .info, .q:focus-within > .info { display: block; }
.info b { font-weight: 600; }
table { border-collapse: collapse; width: 100%; font: .95rem/1.4 system-ui, sans-serif; }
th, td { text-align: left; padding: .4rem .5rem; border-bottom: 1px solid #ccc;
  vertical-align: top; }
.n { text-align: right; }
@media (max-width: 52rem) { aside { position: static; flex-basis: 100%; order: 0; } }
@media print { .info { display: none !important; } aside { position: static; } }
"""


@dataclass(frozen=True)
class SpeakerView:
    """One speaker of an article: their number (from 1), colour, role and quote count."""

    number: int
    name: str
    role: str | None
    colour: str
    count: int


@dataclass(frozen=True)
class PageLink:
    """An article page as the index lists it."""

    file: str
    title: str
    metadata: ArticleMetadata | None
    quotes: int
    speakers: int
    skipped: int


@dataclass
class RunInfo:
    """What the index page says about the run."""

    version: str
    ran_at: datetime.datetime
    inputs: tuple[str, ...] = ()
    pages: list[PageLink] = field(default_factory=list)


def speakers_of(document: Document) -> list[SpeakerView]:
    """The article's speakers in order of first quote, each with a colour of their own."""
    counts: dict[str, int] = {}
    roles: dict[str, str | None] = {}
    for quote in document.quotes:
        if quote.speaker is not None:
            name = quote.speaker.name
            counts[name] = counts.get(name, 0) + 1
            roles[name] = roles.get(name) or quote.speaker.role
    return [
        SpeakerView(number, name, roles[name], PALETTE[(number - 1) % len(PALETTE)], count)
        for number, (name, count) in enumerate(counts.items(), 1)
    ]


def counted(number: int, noun: str) -> str:
    """ "1 quote", "2 quotes"."""
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def title_of(document: Document) -> str:
    """The article's headline when known, else its id."""
    return (document.metadata.headline if document.metadata else None) or document.id


def safe_url(url: str | None) -> str | None:
    """`url` when it is a web address; anything else (javascript:, file:) is not linked."""
    if (
        url
        and url.lower().startswith(("http://", "https://"))
        and not any(c.isspace() for c in url)
    ):
        return url
    return None


def quote_info(quote: Quote, speaker: SpeakerView | None) -> str:
    """The lines shown when a quote is focused: speaker, role, cue, rule, confidence."""
    lines = [("Speaker", speaker.name if speaker else NO_SPEAKER)]
    if quote.speaker is not None and quote.speaker.role:
        lines.append(("Role", quote.speaker.role))
    if quote.cue is not None:
        lines.append(("Cue", quote.cue.phrase.text))
    if quote.speaker is not None and quote.speaker.resolution != "explicit":
        found = "from the paragraphs before" if quote.speaker.resolution == "context" else "he/she"
        lines.append(("Found", found + (", ambiguous" if quote.speaker.ambiguous else "")))
    lines += [("Rule", quote.rule), ("Confidence", f"{quote.confidence:.2f}")]
    return "<br>".join(f"<b>{escape(label)}:</b> {escape(value)}" for label, value in lines)


def quote_label(quote: Quote, speaker: SpeakerView | None) -> str:
    """What a screen reader announces for a quote."""
    return f"Quote by {speaker.name}" if speaker else "Quote, speaker not found"


@dataclass(frozen=True, order=True)
class Piece:
    """A marked stretch of the text; quotes win over cues when two overlap."""

    start: int
    rank: int
    end: int
    html_open: str = field(compare=False)
    html_close: str = field(compare=False)


def pieces_of(document: Document, speakers: dict[str, SpeakerView]) -> list[Piece]:
    """The quotes, skipped passages and cue phrases of a document, in text order."""
    pieces: list[Piece] = []
    for number, quote in enumerate(document.quotes, 1):
        speaker = speakers.get(quote.speaker.name) if quote.speaker else None
        colour = f' style="background:{speaker.colour}"' if speaker else ""
        classes = f"s{speaker.number}" if speaker else "none"
        tag = speaker.number if speaker else "?"
        info_id = f"q{number}"
        pieces.append(
            Piece(
                quote.start,
                0,
                quote.end,
                # The label is read before the words, never instead of them.
                f'<span class="q"><span class="sr">{escape(quote_label(quote, speaker))}: </span>'
                f'<mark class="{classes}"{colour} tabindex="0" '
                f'data-speaker="{escape(speaker.name if speaker else "")}" '
                f'aria-describedby="{info_id}">',
                f'</mark><span class="tag" aria-hidden="true">{tag}</span>'
                f'<span class="info" role="tooltip" id="{info_id}">'
                f"{quote_info(quote, speaker)}</span></span>",
            )
        )
        if quote.cue is not None:
            phrase = quote.cue.phrase
            pieces.append(Piece(phrase.start, 2, phrase.end, '<span class="cue">', "</span>"))
    for number, skipped in enumerate(document.skipped, 1):
        reason = SKIP_REASONS.get(skipped.reason, skipped.reason)
        pieces.append(skipped_piece(number, skipped, reason))
    front = FRONT_MATTER.match(document.text)
    if front:
        # Shown in the page's header as metadata; kept in the page so the text stays whole.
        pieces.append(Piece(0, -1, front.end(), '<span class="front" hidden>', "</span>"))
    return drop_overlaps(sorted(pieces))


def skipped_piece(number: int, skipped: Skipped, reason: str) -> Piece:
    """A grey passage that is not speech, with the reason on focus."""
    info_id = f"k{number}"
    return Piece(
        skipped.start,
        1,
        skipped.end,
        f'<span class="q"><span class="sr">Not a quote: </span>'
        f'<span class="skipped" tabindex="0" aria-describedby="{info_id}">',
        f'</span><span class="info" role="tooltip" id="{info_id}">'
        f"<b>Skipped:</b> {escape(reason)}</span></span>",
    )


def drop_overlaps(pieces: Sequence[Piece]) -> list[Piece]:
    """`pieces` without those that start inside an earlier one (a cue shared by two quotes)."""
    kept: list[Piece] = []
    for piece in pieces:
        if kept and piece.start < kept[-1].end:
            continue
        kept.append(piece)
    return kept


def marked_text(document: Document, speakers: dict[str, SpeakerView]) -> str:
    """The article text, escaped, with its pieces marked; the text itself is never changed."""
    parts: list[str] = []
    done = 0
    text = document.text
    for piece in pieces_of(document, speakers):
        parts += [escape(text[done : piece.start]), piece.html_open]
        parts += [escape(text[piece.start : piece.end]), piece.html_close]
        done = piece.end
    parts.append(escape(text[done:]))
    return "".join(parts)


def metadata_line(metadata: ArticleMetadata | None) -> str:
    """Outlet, date, authors and a link to the original, as far as known."""
    if metadata is None:
        return ""
    parts = [escape(part) for part in (metadata.outlet,) if part]
    if metadata.published is not None:
        parts.append(f"<time>{escape(metadata.published.isoformat())}</time>")
    elif metadata.published_text:
        parts.append(escape(metadata.published_text))
    if metadata.authors:
        parts.append("by " + escape(", ".join(metadata.authors)))
    url = safe_url(metadata.url)
    if url:
        parts.append(f'<a href="{escape(url)}">original article</a>')
    return " · ".join(parts)


def speaker_list(document: Document, speakers: Sequence[SpeakerView]) -> str:
    """The side list: each speaker's colour and number, name, role and quote count."""
    items = []
    for speaker in speakers:
        role = f'<span class="role">{escape(speaker.role)}</span>' if speaker.role else ""
        items.append(
            f'<li class="speaker"><span class="swatch" style="background:{speaker.colour}" '
            f'aria-hidden="true">{speaker.number}</span>'
            f'<span class="who"><span class="name">{escape(speaker.name)}</span>{role}</span>'
            f'<span class="count">{counted(speaker.count, "quote")}</span></li>'
        )
    unattributed = sum(quote.speaker is None for quote in document.quotes)
    others = []
    if unattributed:
        others.append(
            '<li><span class="swatch" style="border:2px dashed #b00020" aria-hidden="true">?'
            f'</span><span class="who">Speaker not found</span><span class="count">'
            f"{counted(unattributed, 'quote')}</span></li>"
        )
    if document.skipped:
        others.append(
            '<li><span class="swatch" style="background:#eee" aria-hidden="true">–</span>'
            '<span class="who">Not speech (grey)</span><span class="count">'
            f"{counted(len(document.skipped), 'passage')}</span></li>"
        )
    return (
        '<aside aria-labelledby="speakers-heading"><h2 id="speakers-heading">Speakers</h2>'
        f'<ul class="speakers">{"".join(items)}</ul>'
        + (f'<h2>Also marked</h2><ul class="others">{"".join(others)}</ul>' if others else "")
        + "<p>Tab to a quote, or tap it, to see who said it and how it was found. "
        "Cue words are underlined.</p></aside>"
    )


GENERATOR = '<meta name="generator" content="quotes">'
"""Marks a page as made here: only such a page is ever written over (see PageWriter)."""


def made_here(path: Path) -> bool:
    """Whether `path` is a regular file, reached without a link, that this writer made."""
    if path.is_symlink() or not path.is_file():
        return False
    try:
        with path.open("rb") as stream:
            return GENERATOR.encode() in stream.read(512)
    except OSError:
        return False


def page(title: str, body: str, language: str = "en") -> str:
    """A whole HTML document around `body`."""
    return (
        f'<!doctype html>\n<html lang="{escape(language)}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"{GENERATOR}\n<title>{escape(title)}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n"
        f"{body}\n</body>\n</html>\n"
    )


def article_page(document: Document, index_link: bool = False) -> str:
    """The HTML page of one article with its quotes marked."""
    speakers = speakers_of(document)
    by_name = {speaker.name: speaker for speaker in speakers}
    title = title_of(document)
    back = '<p class="meta"><a href="index.html">All articles</a></p>' if index_link else ""
    summary = (
        f"{counted(len(document.quotes), 'quote')} from "
        f"{counted(len(speakers), 'speaker')}; {escape(document.path or document.id)}"
    )
    line = metadata_line(document.metadata)
    body = (
        '<a class="skip" href="#text">Skip to the article</a>\n'
        f"<header>{back}<h1>{escape(title)}</h1>"
        + (f'<p class="meta">{line}</p>' if line else "")
        + f'<p class="meta">{summary}</p></header>\n<main>\n'
        f"{speaker_list(document, speakers)}\n"
        f'<article id="text" class="text" aria-label="Article text" tabindex="-1">'
        f"{marked_text(document, by_name)}</article>\n</main>\n"
    )
    language = (document.metadata.language if document.metadata else None) or "en"
    return page(title, body, language)


def index_page(run: RunInfo) -> str:
    """The run's index: every article with its quote, speaker and skipped counts."""
    rows = []
    for link in run.pages:
        metadata = link.metadata
        outlet = escape(metadata.outlet) if metadata and metadata.outlet else ""
        published = (
            escape(metadata.published.isoformat()) if metadata and metadata.published else ""
        )
        rows.append(
            f'<tr><td><a href="{escape(link.file)}">{escape(link.title)}</a></td>'
            f"<td>{outlet}</td><td>{published}</td><td class=n>{link.quotes}</td>"
            f"<td class=n>{link.speakers}</td><td class=n>{link.skipped}</td></tr>"
        )
    ran = run.ran_at.astimezone(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
    body = (
        "<header><h1>Quotes by article</h1>"
        f'<p class="meta">{counted(len(run.pages), "article")}; quotes {escape(run.version)}, '
        f"run {ran}</p></header>\n<main><table><caption class=meta>Open an article to see its "
        "quotes marked in the text.</caption><thead><tr><th scope=col>Article</th>"
        "<th scope=col>Outlet</th><th scope=col>Published</th><th scope=col class=n>Quotes</th>"
        "<th scope=col class=n>Speakers</th><th scope=col class=n>Skipped</th></tr></thead><tbody>"
        + "".join(rows)
        + "</tbody></table></main>"
    )
    return page("Quotes by article", body)


class PageWriter:
    """Writes article pages into a folder as documents arrive, then the index."""

    def __init__(self, folder: Path, run: RunInfo | None = None) -> None:
        self.folder = folder
        self.run = run
        self.taken: set[str] = {"index"}
        self.paths: list[Path] = []

    def file_name(self, document: Document) -> str:
        """A unique file name for the article's page, never that of a file made elsewhere:
        `quotes show article.html -o .` must not write over the article itself."""
        base = slugify(document.id)
        name, number = base, 1
        while name in self.taken or not self._free(f"{name}.html"):
            number += 1
            name = f"{base}-{number}"
        self.taken.add(name)
        return f"{name}.html"

    def _free(self, file_name: str) -> bool:
        """Whether a page may be written at `file_name`: nothing is there, or a page made here."""
        path = self.folder / file_name
        return not os.path.lexists(path) or made_here(path)

    def add(self, document: Document) -> Path:
        """Writes the page of `document` and returns its path."""
        name = self.file_name(document)
        path = write_text_atomically(
            self.folder / name, article_page(document, index_link=self.run is not None)
        )
        self.paths.append(path)
        if self.run is not None:
            self.run.pages.append(
                PageLink(
                    name,
                    title_of(document),
                    document.metadata,
                    len(document.quotes),
                    len(speakers_of(document)),
                    len(document.skipped),
                )
            )
        return path

    def finish(self) -> list[Path]:
        """Writes the index (when there is a run) and returns every path written."""
        if self.run is not None:
            self.paths.append(
                write_text_atomically(self.folder / "index.html", index_page(self.run))
            )
        return self.paths


def write_pages(folder: Path, documents: Iterable[Document], run: RunInfo | None) -> list[Path]:
    """Writes a page per document into `folder`, and the index when `run` is given."""
    writer = PageWriter(folder, run)
    for document in documents:
        writer.add(document)
    return writer.finish()
