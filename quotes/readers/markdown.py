"""Markdown and plain-text articles: YAML front matter as metadata, Markdown syntax as markup.

The text stays the file as written, so that offsets and `quotes check`'s line:col point
into the file. What is not prose (the front matter, `**`, `#`, link targets and titles,
images, code) is listed as `Article.markup` ranges instead: the engine reads those ranges
as blank space, never as quotation marks or speech, and every offset keeps its meaning.
"""

from __future__ import annotations

from bisect import bisect_right
from functools import cache
from typing import NamedTuple

import regex

from quotes.errors import InputWarning
from quotes.readers.metadata import Warn, metadata_from_fields
from quotes.records import Article

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})

# YAML front matter: a first line of ---, the fields, and a closing --- or ... line.
FRONT_MATTER = regex.compile(
    r"\A---[ \t]*\r?\n(.*?\r?\n)?(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", regex.S
)


class MarkdownSyntax(NamedTuple):
    """Markdown syntax that is never speech, each as whole ranges of markup."""

    fenced_code: regex.Pattern[str]
    code_span: regex.Pattern[str]
    image: regex.Pattern[str]
    reference_definition: regex.Pattern[str]
    html_tag: regex.Pattern[str]
    heading: regex.Pattern[str]
    block_marker: regex.Pattern[str]
    emphasis: regex.Pattern[str]
    # A link keeps its words; the brackets and the target (with any "title") are markup.
    link: regex.Pattern[str]


@cache
def markdown_syntax() -> MarkdownSyntax:
    """The patterns of Markdown syntax, compiled on first use: reading a .txt file or a
    corpus never needs them, and compiling them took about a tenth of a one-file run."""
    return MarkdownSyntax(
        fenced_code=regex.compile(
            r"(?m)^[ \t]*(```|~~~)[^\n]*\n(?:.*?\n)??[ \t]*\1[ \t]*$", regex.S
        ),
        code_span=regex.compile(r"(`+)[^`\n].*?\1"),
        image=regex.compile(r"!\[[^\]\n]*\]\([^)\n]*\)"),
        reference_definition=regex.compile(r"(?m)^[ \t]{0,3}\[[^\]\n]+\]:[^\n]*$"),
        html_tag=regex.compile(r"</?[A-Za-z][^<>\n]*>|<!--.*?-->", regex.S),
        heading=regex.compile(r"(?m)^[ \t]{0,3}#{1,6}(?=[ \t]|$)|[ \t]+#+[ \t]*$"),
        block_marker=regex.compile(r"(?m)^[ \t]*(?:>[ \t]?)+"),
        emphasis=regex.compile(r"\*+|(?<!\w)_+|_+(?!\w)|~~"),
        link=regex.compile(r"(\[)[^\]\n]*(\]\([^)\n]*\)|\]\[[^\]\n]*\])"),
    )


def front_matter_end(text: str) -> int:
    """Where the YAML front matter at the start of `text` ends; 0 when there is none."""
    match = FRONT_MATTER.match(text)
    return match.end() if match else 0


def _front_matter_fields(text: str, where: str, warn: Warn) -> dict[str, object]:
    """The fields of the front matter `text`; empty, with a warning, when it is not YAML."""
    import yaml  # only files with front matter pay for it

    try:
        # The C loader when PyYAML was built with libyaml: ten times faster, same result.
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        fields = yaml.load(text, Loader=loader) if text.strip() else {}
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        at = f" at line {mark.line + 2}" if mark is not None else ""
        warn(InputWarning(f"{where}: front matter is not valid YAML{at}; its metadata is ignored"))
        return {}
    if not isinstance(fields, dict):
        warn(InputWarning(f"{where}: front matter is not a set of fields; ignored"))
        return {}
    return {str(key): value for key, value in fields.items()}


def markup_ranges(text: str, start: int = 0) -> list[tuple[int, int]]:
    """The ranges of Markdown syntax in `text` from `start`, sorted and merged."""
    # Code, images, reference definitions and HTML are markup as a whole; where two overlap
    # (a backtick inside a code block), the one that starts first wins.
    syntax = markdown_syntax()
    whole: list[tuple[int, int]] = []
    candidates = sorted(
        match.span()
        for pattern in (
            syntax.fenced_code,
            syntax.code_span,
            syntax.image,
            syntax.reference_definition,
            syntax.html_tag,
        )
        for match in pattern.finditer(text, start)
    )
    for span in candidates:
        if not whole or span[0] >= whole[-1][1]:
            whole.append(span)
    starts = [span_start for span_start, _ in whole]
    ranges = list(whole)
    for match in syntax.link.finditer(text, start):
        if not _inside(match.start(), whole, starts):
            ranges += [match.span(1), match.span(2)]
    for pattern in (syntax.heading, syntax.block_marker, syntax.emphasis):
        ranges.extend(m.span() for m in pattern.finditer(text, start) if m.end() > m.start())
    return merge(ranges)


def _inside(at: int, ranges: list[tuple[int, int]], starts: list[int]) -> bool:
    """True when `at` lies in one of `ranges`, sorted and apart, whose starts are `starts`."""
    i = bisect_right(starts, at) - 1
    return i >= 0 and at < ranges[i][1]


def merge(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`ranges` sorted, with overlapping and touching ones joined."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(ranges):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def read_text_article(text: str, id: str, path: str, suffix: str, warn: Warn) -> Article:
    """A .txt or .md article: front matter as metadata, and as markup with any Markdown syntax."""
    end = front_matter_end(text)
    metadata = None
    markup: list[tuple[int, int]] = [(0, end)] if end else []
    if end:
        body = FRONT_MATTER.match(text)[1] or ""  # type: ignore[index]
        metadata = metadata_from_fields(_front_matter_fields(body, path, warn), path, warn)
    if suffix in MARKDOWN_SUFFIXES:
        markup = merge([*markup, *markup_ranges(text, end)])
    return Article(id=id, path=path, metadata=metadata, text=text, markup=tuple(markup))
