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

from quotes.errors import LexiconError

Family = Literal["double", "single"]
FAMILIES: tuple[Family, ...] = ("double", "single")


class MarkPair(NamedTuple):
    """An opening quotation mark, the marks that close it, and whether only those do."""

    family: Family
    opening: str
    closing: tuple[str, ...]
    paired: bool = False


class QuotationMarks:
    """A language's quotation marks, sorted into the roles the pairing reads."""

    def __init__(
        self, pairs: list[MarkPair], elisions: list[str], stand_ins: dict[str, str]
    ) -> None:
        self.pairs = tuple(pairs)
        # Characters typed in place of a mark (primes ″ and ′ for " and '), read as that mark.
        self.stand_ins = dict(stand_ins)
        # Words that begin with an apostrophe ('til, 'cause) and decades ('90s): never quoted.
        words = "|".join(
            regex.escape(word) if word.endswith("'") else rf"{regex.escape(word)}\b"
            for word in sorted(elisions, key=lambda word: (-len(word), word))
        )
        self.elision = regex.compile(rf"(?i)(?:{words}|\d)")
        self.double_openers = self._openers("double")
        self.single_openers = self._openers("single")
        # A mark that closes its own pair (") opens or closes by its place.
        self.double_either = self._either("double")
        self.single_either = self._either("single")
        self.double_closers = frozenset(
            mark
            for p in pairs
            if p.family == "double"
            for mark in p.closing
            if mark not in self.double_openers and mark not in self.double_either
        )
        self.doubles = self.double_openers | self.double_closers | self.double_either
        self.closers_of = {p.opening: frozenset(p.closing) for p in pairs}
        self.paired = frozenset(p.opening for p in pairs if p.paired)
        # Guillemets point either way (French «…», German »…«): a mark that opens one paired
        # quotation and closes another opens only before a word or where a closer of its own
        # follows on its line, so that a lone » (a breadcrumb, "Home » News") opens nothing.
        self.reversible = self.paired & frozenset(
            mark for p in pairs if p.paired for mark in p.closing
        )
        # A double closer used as an opener ("”…“") is closed by the mark that opens its pair.
        self.reversed_by = {
            closer: frozenset(p.opening for p in pairs if closer in p.closing and not p.paired)
            for closer in self.double_closers
        }
        marks = {p.opening for p in pairs} | {mark for p in pairs for mark in p.closing}
        # Every character of a mark, stand-ins included: a rule's search stops at any of them.
        self.characters = frozenset("".join(marks)) | self.stand_ins.keys()
        # Characters that can end a quotation: an opening mark that also closes another
        # pair's quotation (“ closes „…“) counts as opening, as it does in English.
        openers = "".join((self.double_openers | self.single_openers) - self.reversible)
        self.closing_characters = frozenset("".join(m for p in pairs for m in p.closing)) - set(
            openers
        )
        self.opening_characters = frozenset("".join(p.opening for p in pairs))
        # Characters of double marks only: a lone ' or ’ is more often an apostrophe.
        single = "".join(m for p in pairs if p.family == "single" for m in (p.opening, *p.closing))
        single += "".join(c for c, mark in self.stand_ins.items() if mark in single)
        self.double_characters = self.characters - frozenset(single)
        self.doubled = frozenset(m[0] for m in marks if len(m) == 2)
        self.lone = frozenset(m for m in marks if len(m) == 1) | self.stand_ins.keys()
        longest_first = sorted(marks | self.stand_ins.keys(), key=lambda mark: (-len(mark), mark))
        self.pattern = regex.compile("|".join(regex.escape(mark) for mark in longest_first))
        # One character class in the standard library's `re` finds marks fastest; find_marks
        # then joins doubled marks ('' and ``).
        scanned = "".join(sorted(self.characters | self.stand_ins.keys()))
        self.character_pattern = re.compile(f"[{re.escape(scanned)}]")

    def _either(self, family: Family) -> frozenset[str]:
        return frozenset(
            p.opening for p in self.pairs if p.family == family and p.opening in p.closing
        )

    def _openers(self, family: Family) -> frozenset[str]:
        return frozenset(
            p.opening for p in self.pairs if p.family == family and p.opening not in p.closing
        )

    def closes_single(self, opened: str, mark: str) -> bool:
        """Whether `mark` closes a single quotation opened by `opened`: marks come in pairs."""
        return mark in self.closers_of.get(opened, ())

    def closes_double(self, opened: str, mark: str) -> bool:
        """Whether `mark` can close a double quotation opened by `opened`."""
        if opened in self.paired:
            return mark in self.closers_of[opened] or mark in self.double_either
        return (
            mark not in self.double_openers
            or mark in self.reversed_by.get(opened, ())
            or mark in self.reversible
        )


def parse_mark_pairs(rows: list[tuple[int, list[str]]], name: str) -> list[MarkPair]:
    """The pairs of a quotation-marks file's rows (line number, words)."""
    pairs: list[MarkPair] = []
    for number, words in rows:
        if words[0] == "stand-in":
            continue  # read by parse_stand_ins
        paired = words[-1] == "paired"
        family, opening, *closing = words[:-1] if paired else words
        if family not in FAMILIES or not closing:
            raise LexiconError(
                f"{name}:{number}: expected `double|single OPENING CLOSING... [paired]`"
            )
        for mark in (opening, *closing):
            if not MARK_ENTRY.fullmatch(mark):
                raise LexiconError(f"{name}:{number}: {mark!r} is not a quotation mark")
        pairs.append(MarkPair(family, opening, tuple(closing), paired))
    if not pairs:
        raise LexiconError(f"{name}: no quotation marks")
    return pairs


def parse_stand_ins(rows: list[tuple[int, list[str]]], name: str) -> dict[str, str]:
    """The `stand-in CHARACTER MARK` rows of a quotation-marks file: characters typed in
    place of a quotation mark (″ for "), read as that mark."""
    stand_ins: dict[str, str] = {}
    for number, words in rows:
        if words[0] != "stand-in":
            continue
        if len(words) != 3 or not all(MARK_ENTRY.fullmatch(word) for word in words[1:]):
            raise LexiconError(f"{name}:{number}: expected `stand-in CHARACTER MARK`")
        stand_ins[words[1]] = words[2]
    return stand_ins


# A mark is one character that is neither a letter, digit nor space, or one such doubled.
MARK_ENTRY = regex.compile(r"([^\w\s])\1?")

# Characters after which a mark may open a quotation.
OPEN_BEFORE = frozenset(" \t\r([{—–-/:;,\u00a0")
# Characters that may follow a closing mark.
CLOSE_AFTER = frozenset(" \t\r)]}.,;:!?—–-/…\u00a0")


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


def scan_marks(text: str, marks: QuotationMarks) -> list[QuotedSpan]:
    """Every top-level quoted span in `text`, in order. Nested quotes stay inside."""
    spans: list[QuotedSpan] = []
    carry: Family | None = None
    found_marks = find_marks(text, marks)
    count = len(found_marks)
    m = 0
    while m < count:
        # The line holding the next mark is a paragraph (a mark is not white space); most
        # paragraphs of narrative hold no mark and are never looked at.
        at = found_marks[m][1]
        newline = text.rfind("\n", 0, at)
        start = max(newline, text.rfind("\r", newline + 1, at)) + 1
        end = _line_end(text, at)
        first = m
        while m < count and found_marks[m][1] < end:
            m += 1
        found, carry = _scan_paragraph(text, (start, end), carry, found_marks[first:m], marks)
        spans.extend(found)
    return spans


def _line_end(text: str, at: int) -> int:
    """Where the line holding `at` ends: its first line break, or the end of `text`."""
    newline = text.find("\n", at)
    if newline < 0:
        newline = len(text)
    carriage_return = text.find("\r", at, newline)
    return newline if carriage_return < 0 else carriage_return


def find_marks(text: str, marks: QuotationMarks) -> list[tuple[str, int, int]]:
    """Every quotation mark in `text` as (mark, start, end); doubled marks ('') count as one."""
    found: list[tuple[str, int, int]] = []
    taken = -1
    for match in marks.character_pattern.finditer(text):
        at = match.start()
        if at < taken:
            continue
        mark = match.group()
        if (
            mark in marks.doubled
            and mark in marks.lone
            and text.startswith(mark * 2, at + 1)
            and at > 0
            and not text[at - 1].isspace()
        ):
            # "… 'bomb them,''' said": a closing run of three closes the single quotation
            # inside first, then the double one around it
            found.append((mark, at, at + 1))
            found.append((mark * 2, at + 1, at + 3))
            taken = at + 3
        elif mark in marks.doubled and text.startswith(mark, at + 1):
            found.append((mark * 2, at, at + 2))
            taken = at + 2
        elif mark in marks.lone and not _inch_mark(text, at):
            found.append((marks.stand_ins.get(mark, mark), at, at + 1))
    return found


# Marks that a height writes after feet and inches ("the 5'10\" guard", "6′2″"): the
# first is a foot mark, the second an inch mark, and neither quotes anything. (A curly ”
# there may close a quotation ending in a height, and is left a mark.)
FOOT_MARKS = frozenset("'′’")
INCH_MARKS = frozenset('"″')


def _inch_mark(text: str, at: int) -> bool:
    """Whether the mark at `at` is an inch mark: one or two digits after a digit and a foot
    mark (5'10\", 6′2″). Read only where a digit stands before a mark, so almost never."""
    if text[at] not in INCH_MARKS or at < 3 or not text[at - 1].isdigit():
        return False
    j = at - 2 if not text[at - 2].isdigit() else at - 3
    return j >= 1 and text[j] in FOOT_MARKS and text[j - 1].isdigit()


def _can_open(text: str, at: int, end: int, line_start: int, marks: QuotationMarks) -> bool:
    before_ok = at == line_start or text[at - 1] in OPEN_BEFORE or marks.pattern.match(text, at - 1)
    return bool(before_ok) and end < len(text) and not text[end].isspace()


def _can_close(text: str, at: int, end: int, line_start: int, marks: QuotationMarks) -> bool:
    before_ok = at > line_start and not text[at - 1].isspace()
    return before_ok and (
        end >= len(text)
        or text[end] in CLOSE_AFTER
        or text[end] in marks.closing_characters
        or text[end] in "\r\n"
        # nested quotations closing together, whatever the outer mark ("…kommt.‘“")
        or marks.pattern.match(text, end) is not None
    )


def _scan_paragraph(
    text: str,
    bounds: tuple[int, int],
    carry: Family | None,
    found: list[tuple[str, int, int]],
    marks: QuotationMarks,
) -> tuple[list[QuotedSpan], Family | None]:
    """Pairs the marks of one paragraph; `carry` is a quotation left open before it."""
    scan = _ParagraphScan(text, bounds, marks)
    line_start, line_end = bounds
    first_mark = True
    for mark, at, end in found:
        if (at > line_start and text[at - 1] == "=") or (end < line_end and text[end] == ">"):
            continue  # markup attributes (<tweet author="…">) are not quotations
        if first_mark and carry is not None and at == _first_nonspace(text, line_start):
            scan.continues = True
        first_mark = False
        if (
            mark in marks.double_openers
            or mark in marks.double_closers
            or mark in marks.double_either
        ):
            scan.double(mark, at, end)
        else:
            scan.single(mark, at, end)
    return scan.spans, scan.finish()


class _ParagraphScan:
    """The marks of one paragraph paired as they come: a stack of open quotations."""

    def __init__(self, text: str, bounds: tuple[int, int], marks: QuotationMarks) -> None:
        self.text = text
        self.line_start, self.line_end = bounds
        self.marks = marks
        self.spans: list[QuotedSpan] = []
        self.stack: list[_Open] = []
        self.continues = False

    def emit(self, opened: _Open, end: int, close_end: int, unclosed: bool = False) -> None:
        """Records the quotation `opened` began, up to `end`, trimmed of spaces."""
        text = self.text
        start = opened.end
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            self.spans.append(
                QuotedSpan(
                    open_at=opened.at,
                    start=start,
                    end=end,
                    close_end=close_end,
                    family=opened.family,
                    unclosed=unclosed,
                    continues_previous=self.continues and not self.spans,
                )
            )

    def double(self, mark: str, at: int, end: int) -> None:
        """A double mark: closes the open double quotation, or opens one."""
        marks, stack = self.marks, self.stack
        can_open = _can_open(self.text, at, end, self.line_start, marks)
        can_close = _can_close(self.text, at, end, self.line_start, marks)
        top = stack[-1] if stack else None
        if (
            top is not None
            and top.family == "single"
            and any(opened.family == "double" for opened in stack)
            and mark not in marks.double_openers
            and can_close
        ):
            # a single quotation nested in a double one was never closed: the double
            # mark ends both ("… ‘they said …,” she said")
            while stack[-1].family == "single":
                stack.pop()
            top = stack[-1]
        closes_top = (
            top is not None and top.family == "double" and marks.closes_double(top.mark, mark)
        )
        if closes_top and (
            can_close
            or not can_open
            or mark not in marks.double_openers
            # « … » with French spacing: the guillemet that closes the pair closes it
            or (mark in marks.reversible and top is not None and top.mark in marks.reversible)
        ):
            stack.pop()
            if not stack:
                self.emit(top, at, end)  # type: ignore[arg-type]
        elif mark in marks.reversible and not (can_open or self.closer_follows(mark, end)):
            return
        elif top is not None and mark == top.mark and can_close and not can_open:
            # "“We are ready,“ she said": the opening mark typed again where the closing
            # one belongs, after a word and before a space, closes the quotation
            stack.pop()
            if not stack:
                self.emit(top, at, end)
        elif mark in marks.double_openers or (
            mark in marks.double_either and (can_open or not can_close)
        ):
            if top is not None and top.family == "double" and mark in marks.double_openers:
                # A second opening double mark cannot nest: the first was never closed.
                stack.clear()
                self.emit(top, at, at, unclosed=True)
            stack.append(_Open(mark, "double", at, end))
        elif mark in marks.double_closers and not stack and can_open and not can_close:
            stack.append(_Open(mark, "double", at, end))  # a closer used as an opener

    def closer_follows(self, mark: str, end: int) -> bool:
        """Whether a mark closing the quotation `mark` would open stands later on its line."""
        return any(
            self.text.find(closer, end, self.line_end) >= 0
            for closer in self.marks.closers_of[mark]
        )

    def single(self, mark: str, at: int, end: int) -> None:
        """A single mark: closes the open single quotation, opens one, or is an apostrophe."""
        text, marks, stack = self.text, self.marks, self.stack
        can_open = _can_open(text, at, end, self.line_start, marks)
        can_close = _can_close(text, at, end, self.line_start, marks)
        top = stack[-1] if stack else None
        closes_single = can_close and not (end < self.line_end and text[end].isalnum())
        if (
            top is not None
            and top.family == "single"
            # an opening mark closes only a pair it belongs to (German ‚…‘)
            and (mark not in marks.single_openers or mark in marks.closers_of.get(top.mark, ()))
            and closes_single
        ):
            if _looks_possessive(text, at, end, self.line_end) or not marks.closes_single(
                top.mark, mark
            ):
                # "states' rights", or a straight ' inside ‘…’ ("rock 'n' roll")
                top.fallback_close = at
                return
            stack.pop()
            if not stack:
                self.emit(top, at, end)
            return
        if top is not None and top.family == "double":
            if mark in marks.single_openers and can_open:
                stack.append(_Open(mark, "single", at, end))  # nested: “… ‘…’ …”
            return  # other single marks inside a double quotation are apostrophes
        if (mark in marks.single_openers or mark in marks.single_either) and (
            (can_open and not marks.elision.match(text, end) and text[end].isalpha())
            or (can_open and mark in marks.single_openers)
        ):
            if top is not None and top.family == "single" and top.fallback_close >= 0:
                # "raised 'serious questions' about it. 'How many more…": a new quotation
                # opens, so the apostrophe read as a plural's was the closing mark
                stack.pop()
                if not stack:
                    self.emit(top, top.fallback_close, top.fallback_close + 1)
            stack.append(_Open(mark, "single", at, end))

    def finish(self) -> Family | None:
        """Ends the paragraph; returns the family of a quotation the next one continues."""
        if not self.stack:
            return None
        bottom, line_end = self.stack[0], self.line_end
        if bottom.family == "single" and bottom.fallback_close >= 0:
            self.emit(bottom, bottom.fallback_close, bottom.fallback_close + 1)
        elif _next_paragraph_reopens(self.text, line_end, bottom.family, self.marks):
            self.emit(bottom, line_end, line_end)
            if self.spans and self.spans[-1].open_at == bottom.at:
                self.spans[-1] = self.spans[-1]._replace(unclosed=False, continues_next=True)
            return bottom.family
        elif bottom.family == "double" or bottom.mark in self.marks.single_openers:
            # a curly ‘ opens for certain; a straight ' left open was an apostrophe
            self.emit(bottom, line_end, line_end, unclosed=True)
        return None


def _looks_possessive(text: str, at: int, end: int, line_end: int) -> bool:
    """`states' rights`: an apostrophe after a plural, followed by a lower-case word."""
    return (
        text[at - 1] in "sS" and end + 1 < line_end and text[end] == " " and text[end + 1].islower()
    )


def _first_nonspace(text: str, at: int) -> int:
    while at < len(text) and text[at] in " \t\u00a0":
        at += 1
    return at


def _next_paragraph_reopens(
    text: str, line_end: int, family: Family, marks: QuotationMarks
) -> bool:
    """Whether the next paragraph starts with an opening mark of the same family."""
    at = line_end
    while at < len(text) and text[at].isspace():
        at += 1
    match = marks.pattern.match(text, at)
    if match is None:
        return False
    mark = match.group()
    if family == "double":
        return mark in marks.double_openers or mark in marks.double_either
    return mark in marks.single_openers or mark in marks.single_either
