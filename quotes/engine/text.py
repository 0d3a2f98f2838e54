"""Locating offsets in a text: lines, columns and paragraphs. The text is never altered."""

from __future__ import annotations

import re
from bisect import bisect_right

# Simple patterns run faster in the standard library's `re` than in `regex`.
# A line ends at LF, CRLF or a lone CR (old Mac files), so that CR-only text has lines too.
NEWLINE = re.compile(r"\r\n?|\n")
# A paragraph: a line with something on it.
PARAGRAPH = re.compile(r"[^\r\n]*\S[^\r\n]*")


class LineIndex:
    """Maps character offsets to 1-based line, column and paragraph numbers.

    A paragraph is a line with something other than white space on it: news
    text separates paragraphs by one or more line breaks, and quotations never
    run across one without a new opening mark.
    """

    def __init__(self, text: str) -> None:
        if "\r" not in text:
            self._split_lines(text)
            return
        breaks = [m.span() for m in NEWLINE.finditer(text)]
        self.line_starts = [0] + [end for _, end in breaks]
        # the lines with something on them: what PARAGRAPH finds, in the same pass
        self.paragraphs: list[tuple[int, int]] = []
        start = 0
        for line_end, next_start in [*breaks, (len(text), len(text))]:
            if line_end > start and not text[start:line_end].isspace():
                self.paragraphs.append((start, line_end))
            start = next_start
        self.paragraph_starts = [start for start, _ in self.paragraphs]

    def _split_lines(self, text: str) -> None:
        """The same index for text whose lines all end with LF, the usual case: one split
        in C costs a quarter of a pattern's pass."""
        line_starts = [0]
        paragraphs: list[tuple[int, int]] = []
        at = 0
        for line in text.split("\n"):
            end = at + len(line)
            if line and not line.isspace():
                paragraphs.append((at, end))
            at = end + 1
            line_starts.append(at)
        line_starts.pop()
        self.line_starts = line_starts
        self.paragraphs = paragraphs
        self.paragraph_starts = [start for start, _ in paragraphs]

    def line_of(self, offset: int) -> int:
        """The 0-based line index holding `offset`."""
        return bisect_right(self.line_starts, offset) - 1

    def locate(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of `offset`."""
        line = self.line_of(offset)
        return line + 1, offset - self.line_starts[line] + 1

    def paragraph(self, offset: int) -> int:
        """1-based number of the paragraph holding `offset`."""
        return max(1, bisect_right(self.paragraph_starts, offset))
