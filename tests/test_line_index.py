"""Tests for quotes.engine.text: lines and paragraphs of a text, by offset."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quotes.engine.text import PARAGRAPH, LineIndex

# line breaks of every kind, white space that is not a line break, and letters
PIECES = st.sampled_from(["\n", "\r", "\r\n", " ", "\t", "\x0c", "\u2028", "\u00a0", "a", "Zé"])


def test_paragraphs_are_the_lines_with_something_on_them() -> None:
    text = "a\r\n\r b \x0c\n  \n\u2028x\r\rz\n\n  last "
    index = LineIndex(text)
    assert [text[start:end] for start, end in index.paragraphs] == [
        "a",
        " b \x0c",
        "\u2028x",
        "z",
        "  last ",
    ]
    assert index.paragraph(text.index("z")) == 4


@given(st.lists(PIECES, max_size=30).map("".join))
def test_paragraphs_are_what_the_paragraph_pattern_finds(text: str) -> None:
    assert LineIndex(text).paragraphs == [m.span() for m in PARAGRAPH.finditer(text)]
