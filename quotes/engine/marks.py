"""Pairing quotation marks into quoted spans, paragraph by paragraph.

A quotation never runs across a line break: news text starts a new paragraph
on a new line, and a quotation that goes on into the next paragraph opens again
there. An unclosed mark therefore ends at its paragraph's end, flagged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal, NamedTuple

import regex

from quotes.engine.text import PARAGRAPH

Family = Literal["double", "single"]

# Doubled apostrophes and backticks come first so that they win over one "'".
MARK = regex.compile(r"''|``|[\"“”„«»‘’‚‹›'″′]")
# One character class in the standard library's `re` finds marks fastest; find_marks
# then joins doubled apostrophes and backticks.
MARK_CHAR = re.compile(r"[\"“”„«»‘’‚‹›'`″′]")
# Primes typed for quotation marks (″…″, ′…′) pair as the straight marks they stand for.
PRIMES = {"″": '"', "′": "'"}

DOUBLE_OPENERS = frozenset("“„«")
DOUBLE_CLOSERS = frozenset("”»")
DOUBLE_EITHER = frozenset(['"', "''", "``"])
SINGLE_OPENERS = frozenset("‘‚‹")
# Closers that belong to a particular opener (German „…“ and ‚…‘).
PAIRED_CLOSER = {"„": "“”", "‚": "‘’", "«": "»", "‹": "›"}

# Elisions and decades that begin with an apostrophe: never an opening mark.
ELISION = regex.compile(r"(?i)(?:n'|em\b|til\b|cause\b|tis\b|twas\b|bout\b|round\b|\d)")
# Characters after which a mark may open a quotation.
OPEN_BEFORE = frozenset(" \t\r([{—–-/:;,\u00a0")
# Characters that may follow a closing mark.
CLOSE_AFTER = frozenset(" \t\r)]}.,;:!?—–-/…\u00a0\"“”’'»›")


class QuotedSpan(NamedTuple):
    """A quoted passage: `start`/`end` bound its content, inside the marks."""

    open_at: int
    start: int
    end: int
    close_end: int
    family: Family
    unclosed: bool = False
    continues_previous: bool = False
    continues_next: bool = False


@dataclass(slots=True)
class _Open:
    mark: str
    family: Family
    at: int
    end: int
    fallback_close: int = -1


def scan_marks(text: str) -> list[QuotedSpan]:
    """Every top-level quoted span in `text`, in order. Nested quotes stay inside."""
    spans: list[QuotedSpan] = []
    carry: Family | None = None
    marks = find_marks(text)
    m = 0
    for paragraph in PARAGRAPH.finditer(text):
        start, end = paragraph.span()
        while m < len(marks) and marks[m][1] < start:
            m += 1
        first = m
        while m < len(marks) and marks[m][1] < end:
            m += 1
        if first == m:
            continue  # most paragraphs of narrative hold no mark at all
        found, carry = _scan_paragraph(text, start, end, carry, marks[first:m])
        spans.extend(found)
    return spans


def find_marks(text: str) -> list[tuple[str, int, int]]:
    """Every quotation mark in `text` as (mark, start, end); '' and `` count as one."""
    found: list[tuple[str, int, int]] = []
    taken = -1
    for match in MARK_CHAR.finditer(text):
        at = match.start()
        if at < taken:
            continue
        mark = match.group()
        if mark in "'`" and text.startswith(mark, at + 1):
            found.append((mark * 2, at, at + 2))
            taken = at + 2
        elif mark != "`":
            found.append((PRIMES.get(mark, mark), at, at + 1))
    return found


def _can_open(text: str, at: int, end: int, line_start: int) -> bool:
    before_ok = at == line_start or text[at - 1] in OPEN_BEFORE or MARK.match(text, at - 1)
    return bool(before_ok) and end < len(text) and not text[end].isspace()


def _can_close(text: str, at: int, end: int, line_start: int) -> bool:
    before_ok = at > line_start and not text[at - 1].isspace()
    return before_ok and (end >= len(text) or text[end] in CLOSE_AFTER or text[end] in "\r\n")


def _scan_paragraph(
    text: str,
    line_start: int,
    line_end: int,
    carry: Family | None,
    marks: list[tuple[str, int, int]],
) -> tuple[list[QuotedSpan], Family | None]:
    """Pairs the marks of one paragraph; `carry` is a quotation left open before it."""
    spans: list[QuotedSpan] = []
    stack: list[_Open] = []
    first_mark = True
    continues = False

    def emit(opened: _Open, end: int, close_end: int, unclosed: bool = False) -> None:
        start = opened.end
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append(
                QuotedSpan(
                    open_at=opened.at,
                    start=start,
                    end=end,
                    close_end=close_end,
                    family=opened.family,
                    unclosed=unclosed,
                    continues_previous=continues and not spans,
                )
            )

    for mark, at, end in marks:
        if (at > line_start and text[at - 1] == "=") or (end < line_end and text[end] == ">"):
            continue  # markup attributes (<tweet author="…">) are not quotations
        can_open = _can_open(text, at, end, line_start)
        can_close = _can_close(text, at, end, line_start)
        if first_mark and carry is not None and at == _first_nonspace(text, line_start):
            continues = True
        first_mark = False
        top = stack[-1] if stack else None
        if mark in DOUBLE_OPENERS or mark in DOUBLE_CLOSERS or mark in DOUBLE_EITHER:
            if (
                top is not None
                and top.family == "single"
                and any(opened.family == "double" for opened in stack)
                and mark not in DOUBLE_OPENERS
                and can_close
            ):
                # a single quotation nested in a double one was never closed: the double
                # mark ends both ("… ‘they said …,” she said")
                while stack[-1].family == "single":
                    stack.pop()
                top = stack[-1]
            closes_top = top is not None and top.family == "double" and _closes(top.mark, mark)
            if closes_top and (can_close or not can_open or mark not in DOUBLE_OPENERS):
                stack.pop()
                if not stack:
                    emit(top, at, end)  # type: ignore[arg-type]
            elif mark in DOUBLE_OPENERS or (mark in DOUBLE_EITHER and (can_open or not can_close)):
                if top is not None and top.family == "double" and mark in DOUBLE_OPENERS:
                    # A second opening double mark cannot nest: the first was never closed.
                    stack.clear()
                    emit(top, at, at, unclosed=True)
                stack.append(_Open(mark, "double", at, end))
            elif mark in DOUBLE_CLOSERS and not stack and can_open and not can_close:
                stack.append(_Open(mark, "double", at, end))  # a closer used as an opener
        else:
            closes_single = can_close and not (end < line_end and text[end].isalnum())
            if (
                top is not None
                and top.family == "single"
                and (mark not in SINGLE_OPENERS or (top.mark == "‚" and mark == "‘"))
                and closes_single
            ):
                if _looks_possessive(text, at, end, line_end) or not _closes_single(top.mark, mark):
                    # "states' rights", or a straight ' inside ‘…’ ("rock 'n' roll")
                    top.fallback_close = at
                    continue
                stack.pop()
                if not stack:
                    emit(top, at, end)
                continue
            if top is not None and top.family == "double":
                if mark in SINGLE_OPENERS and can_open:
                    stack.append(_Open(mark, "single", at, end))  # nested: “… ‘…’ …”
                continue  # other single marks inside a double quotation are apostrophes
            if (mark in SINGLE_OPENERS or mark == "'") and (
                (can_open and not ELISION.match(text, end) and text[end].isalpha())
                or (can_open and mark in SINGLE_OPENERS)
            ):
                stack.append(_Open(mark, "single", at, end))
    carry_out: Family | None = None
    if stack:
        bottom = stack[0]
        if bottom.family == "single" and bottom.fallback_close >= 0:
            emit(bottom, bottom.fallback_close, bottom.fallback_close + 1)
        elif _next_paragraph_reopens(text, line_end, bottom.family):
            emit(bottom, line_end, line_end)
            if spans and spans[-1].open_at == bottom.at:
                spans[-1] = spans[-1]._replace(unclosed=False, continues_next=True)
            carry_out = bottom.family
        elif bottom.family == "double" or bottom.mark in SINGLE_OPENERS:
            # a curly ‘ opens for certain; a straight ' left open was an apostrophe
            emit(bottom, line_end, line_end, unclosed=True)
    return spans, carry_out


def _closes_single(opened: str, mark: str) -> bool:
    """Whether `mark` closes a single quotation opened by `opened`: marks come in pairs."""
    if opened == "'":
        return mark == "'"
    if opened in PAIRED_CLOSER:
        return mark in PAIRED_CLOSER[opened]
    return mark == "’"


def _closes(opened: str, mark: str) -> bool:
    """Whether `mark` can close a quotation opened by `opened`."""
    if opened in PAIRED_CLOSER:
        return mark in PAIRED_CLOSER[opened] or mark in DOUBLE_EITHER
    return mark not in DOUBLE_OPENERS or (mark == "“" and opened == "”")


def _looks_possessive(text: str, at: int, end: int, line_end: int) -> bool:
    """`states' rights`: an apostrophe after a plural, followed by a lower-case word."""
    return (
        text[at - 1] in "sS" and end + 1 < line_end and text[end] == " " and text[end + 1].islower()
    )


def _first_nonspace(text: str, at: int) -> int:
    while at < len(text) and text[at] in " \t\u00a0":
        at += 1
    return at


def _next_paragraph_reopens(text: str, line_end: int, family: Family) -> bool:
    """Whether the next paragraph starts with an opening mark of the same family."""
    at = line_end
    while at < len(text) and text[at].isspace():
        at += 1
    match = MARK.match(text, at)
    if match is None:
        return False
    mark = match.group()
    if family == "double":
        return mark in DOUBLE_OPENERS or mark in DOUBLE_EITHER
    return mark in SINGLE_OPENERS or mark == "'"
