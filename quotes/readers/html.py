"""Web pages: the story's text through trafilatura, and the page's metadata.

trafilatura finds the main text (no navigation, related-link lists, captions, share
buttons or comments; entities decoded; one paragraph per line). It runs in its fast,
precision-first mode: a missed paragraph costs less than a caption read as a quote, and
this mode reads a news page in about the time the engine takes to extract its quotes
(`benchmarks/bench_inputs.py`). readability-lxml, compared on the same pages, kept the
in-story "READ MORE:" links too and gives no metadata.

The metadata comes from what the page states, most specific first: JSON-LD
`NewsArticle`, then Open Graph and `article:` meta tags, then `<title>`, `<link
rel=canonical>` and `<html lang>`. The extracted text is the article's text: every
offset indexes it, and `quotes extract --with-text` writes it out so that they stay
checkable.
"""

from __future__ import annotations

import itertools
import json
import logging
from collections.abc import Iterator
from functools import cache
from typing import Any
from urllib.parse import urljoin

import regex
from lxml import etree, html

from quotes.engine.lexicon import read_lexicon
from quotes.errors import InputError
from quotes.readers.metadata import Warn, metadata_from_fields
from quotes.records import Article, ArticleMetadata

MAX_HTML_BYTES = 10 * 1024 * 1024
"""Largest web page read, in bytes: news pages are well under it, and a larger one would
take seconds and hundreds of MB to parse."""

# trafilatura's own list of elements it deletes before extraction (its MANUALLY_CLEANED).
_NEVER_TEXT = (
    "aside", "button", "canvas", "embed", "fieldset", "figure", "footer", "form", "iframe",
    "input", "label", "link", "map", "math", "menu", "nav", "noscript", "object", "picture",
    "script", "select", "style", "svg", "template", "textarea", "video", "audio",
)  # fmt: skip
_ARTICLE_TYPES = regex.compile(r"(?:\w*Article|BlogPosting|Report)$")
_TITLE_SEPARATORS = (" | ", " - ", " — ", " – ", " :: ")

# trafilatura logs what it cannot extract; the reader reports that as an InputError instead.
logging.getLogger("trafilatura").addHandler(logging.NullHandler())
logging.getLogger("trafilatura").propagate = False


@cache
def _link_labels() -> tuple[str, ...]:
    """Labels such as "read more:" that open a paragraph linking to another story."""
    return tuple(" ".join(row) + ":" for row in read_lexicon("link_labels.txt"))


def _opening_text(element: html.HtmlElement) -> str:
    """The first words of `element`: its own text, or its first child's ("<b>READ MORE:</b>")."""
    opening = (element.text or "").lstrip()
    if not opening and len(element):
        opening = (element[0].text or "").lstrip()
    return opening[:24].lower()


# Text nodes with a colon: the few that may open with a label, found by lxml in C.
_TEXTS_WITH_COLON = etree.XPath("//text()[contains(., ':')]")


_BLOCKS = frozenset({"p", "li", "div", "h3", "h4"})


def _drop_link_labels(tree: html.HtmlElement) -> None:
    """Leaves out paragraphs that open with a label such as "READ MORE:" and hold a link."""
    labels = _link_labels()
    found: list[Any] = []
    # lxml's "smart strings", with their parent; the stubs type XPath results as a union
    texts: list[Any] = _TEXTS_WITH_COLON(tree)  # type: ignore[assignment]
    for text in texts:
        block = text.getparent()
        if text.is_tail or block is None or not text.lstrip()[:24].lower().startswith(labels):
            continue
        if block.tag not in _BLOCKS:  # the label is in <strong> or <b> inside the paragraph
            block = block.getparent()
        if (
            block is not None
            and block.tag in _BLOCKS
            and _opening_text(block).startswith(labels)
            and block.find(".//a") is not None
        ):
            found.append(block)
    for block in found:
        block.drop_tree()


@cache
def _extractor() -> Any:
    """trafilatura's options, built once: building them reads its configuration file."""
    from trafilatura.settings import Extractor

    return Extractor(
        output_format="python",
        fast=True,
        precision=True,
        comments=False,
        formatting=False,
        links=False,
        images=False,
        tables=False,
        with_metadata=False,
    )


def read_html(
    data: bytes, name: str, id: str, url: str | None, warn: Warn, encoding: str | None = None
) -> Article:
    """The article in the web page `data`; `url` is where it was fetched from, if anywhere.

    `encoding` is the character set a server declared; without it the page's own
    `<meta charset>` decides, as in a browser.
    """
    if len(data) > MAX_HTML_BYTES:
        raise InputError(
            f"{name}: page too large ({len(data) / 2**20:.1f} MiB; the limit is "
            f"{MAX_HTML_BYTES // 2**20} MiB)"
        )
    try:
        if encoding:
            tree = html.document_fromstring(data, parser=html.HTMLParser(encoding=encoding))
        else:
            tree = html.document_fromstring(data)
    except (etree.ParserError, ValueError, LookupError) as error:
        raise InputError(f"{name}: not a readable HTML page ({error})") from error
    metadata = page_metadata(tree, name, url, warn)
    # Once the metadata is read, the parts trafilatura would discard first (scripts, styles,
    # navigation, asides, footers, figures, forms) go in one pass in C: on a page with a
    # large menu this halves the extractor's time, and the text it finds is the same.
    etree.strip_elements(tree, *_NEVER_TEXT, with_tail=False)
    _drop_link_labels(tree)
    text = _main_text(_story_only(tree))
    if not text:
        raise InputError(f"{name}: no article text found in this page")
    return Article(id=id, path=name, metadata=metadata, text=text)


def _story_only(tree: html.HtmlElement) -> html.HtmlElement:
    """The page's one `<article>` on a page of its own, when it has exactly one; else the page.

    trafilatura looks for that element too, but only after cleaning the whole page: handing
    it the story alone skips the cleaning of menus, teasers and footers it would drop anyway.
    A page with several (teaser cards are often <article>s too), or whose <article> holds
    fewer than three paragraphs (a teaser, a stub), is left whole.
    """
    articles = list(itertools.islice(tree.iter("article"), 2))
    if len(articles) != 1 or len(list(itertools.islice(articles[0].iter("p"), 3))) < 3:
        return tree
    page = html.Element("html")
    etree.SubElement(page, "body").append(articles[0])
    return page


def _main_text(tree: html.HtmlElement) -> str:
    """The story's paragraphs, one per line, as trafilatura finds them."""
    from trafilatura import bare_extraction

    try:
        document = bare_extraction(tree, options=_extractor())
    except ValueError:
        return ""
    text = getattr(document, "text", None) or ""
    return text.strip()


# Metadata ------------------------------------------------------------------------------------


def page_metadata(
    tree: html.HtmlElement, name: str, url: str | None, warn: Warn
) -> ArticleMetadata | None:
    """What the page states about its article: headline, URL, outlet, date, authors, language."""
    fields: dict[str, object] = {}
    article = _json_ld_article(tree)
    meta = _meta_tags(tree)
    site = meta.get("og:site_name") or _publisher(article)
    fields["headline"] = (
        _string(article.get("headline")) or meta.get("og:title") or _page_title(tree, site)
    )
    canonical = _canonical(tree)
    page_url = canonical or meta.get("og:url") or _entity_url(article)
    fields["url"] = urljoin(url, page_url) if url and page_url else page_url or url
    fields["outlet"] = site
    fields["published"] = (
        _string(article.get("datePublished"))
        or meta.get("article:published_time")
        or meta.get("date")
        or meta.get("pubdate")
        or _first_attribute(tree, "//time[@datetime]/@datetime")
    )
    fields["authors"] = _authors(article.get("author")) or [
        author
        for author in (meta.get("article:author"), meta.get("author"))
        if author and not author.startswith(("http://", "https://"))
    ]
    fields["language"] = (
        (tree.get("lang") or "").strip() or _string(article.get("inLanguage")) or None
    )
    present = {key: value for key, value in fields.items() if value}
    return metadata_from_fields(present, name, warn)


def _string(value: object) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def _first_attribute(tree: html.HtmlElement, path: str) -> str | None:
    for value in tree.xpath(path):
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def _canonical(tree: html.HtmlElement) -> str | None:
    """The href of `<link rel=canonical>`, looked for in the head, where it belongs."""
    head = tree.find("head")
    for link in (head if head is not None else tree).iter("link"):
        if (link.get("rel") or "").strip().lower() == "canonical" and link.get("href"):
            return str(link.get("href")).strip() or None
    return None


def _meta_tags(tree: html.HtmlElement) -> dict[str, str]:
    """`<meta property|name=… content=…>` by lower-case key; the first of each wins."""
    found: dict[str, str] = {}
    head = tree.find("head")
    for element in (head if head is not None else tree).iter("meta"):
        key = (element.get("property") or element.get("name") or "").strip().lower()
        content = (element.get("content") or "").strip()
        if key and content and key not in found:
            found[key] = content
    return found


def _page_title(tree: html.HtmlElement, site: str | None) -> str | None:
    """`<title>` without the site name that pages append ("Story | The Ledger")."""
    title = _string(tree.findtext(".//title"))
    if title is None:
        return None
    for separator in _TITLE_SEPARATORS:
        head, found, tail = title.rpartition(separator)
        if found and head and (site is None or tail.strip().lower() == site.lower()):
            return head.strip()
    return title


def _json_ld_items(value: object) -> Iterator[dict[str, Any]]:
    """Every object in parsed JSON-LD, looking into lists and @graph."""
    if isinstance(value, list):
        for item in value:
            yield from _json_ld_items(item)
    elif isinstance(value, dict):
        yield value
        yield from _json_ld_items(value.get("@graph"))


def _json_ld_article(tree: html.HtmlElement) -> dict[str, Any]:
    """The page's JSON-LD NewsArticle (or Article, BlogPosting …); empty when it has none."""
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        try:
            parsed = json.loads(script.text or "")
        except (ValueError, RecursionError):
            continue  # a broken block is the page's problem; the meta tags still count
        for item in _json_ld_items(parsed):
            kinds = item.get("@type")
            kinds = kinds if isinstance(kinds, list) else [kinds]
            if any(isinstance(kind, str) and _ARTICLE_TYPES.search(kind) for kind in kinds):
                return item
    return {}


def _publisher(article: dict[str, Any]) -> str | None:
    publisher = article.get("publisher")
    if isinstance(publisher, list):
        publisher = publisher[0] if publisher else None
    return _string(publisher.get("name")) if isinstance(publisher, dict) else _string(publisher)


def _entity_url(article: dict[str, Any]) -> str | None:
    entity = article.get("mainEntityOfPage")
    if isinstance(entity, dict):
        entity = entity.get("@id") or entity.get("url")
    return _string(article.get("url")) or _string(entity)


def _authors(value: object) -> list[str]:
    items = value if isinstance(value, list) else [value]
    names = []
    for item in items:
        name = _string(item.get("name")) if isinstance(item, dict) else _string(item)
        if name and name not in names:
            names.append(name)
    return names
