"""Tests for pairing quotation marks into quoted spans in quotes.marks."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotes.engine.language import default_language
from quotes.engine.marks import QuotedSpan, scan_marks

ENGLISH = default_language().marks


def contents(text: str) -> list[str]:
    """The content of every top-level quoted span in `text`, in order."""
    return [text[span.start : span.end] for span in scan_marks(text, ENGLISH)]


def only_span(text: str) -> QuotedSpan:
    """The single quoted span `text` must hold."""
    spans = scan_marks(text, ENGLISH)
    assert len(spans) == 1, [text[s.start : s.end] for s in spans]
    return spans[0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            'The mayor said "The bridge opens in May." Then she left.',
            ["The bridge opens in May."],
            id="straight-double",
        ),
        pytest.param(
            "The mayor said “The bridge opens in May.” Then she left.",
            ["The bridge opens in May."],
            id="curly-double",
        ),
        pytest.param(
            "‘The bridge opens in May,’ the mayor said.",
            ["The bridge opens in May,"],
            id="curly-single-primary",
        ),
        pytest.param(
            "'The bridge opens in May,' the mayor said.",
            ["The bridge opens in May,"],
            id="straight-single-primary",
        ),
        pytest.param(
            "Le maire a dit «Le pont ouvre en mai.» Puis il est parti.",
            ["Le pont ouvre en mai."],
            id="guillemets",
        ),
        pytest.param(
            "Le maire a dit « Le pont ouvre en mai. » Puis il est parti.",
            ["Le pont ouvre en mai."],
            id="guillemets-spaced",
        ),
        pytest.param(
            "Der Bürgermeister sagte „Die Brücke öffnet im Mai.“ Dann ging er.",
            ["Die Brücke öffnet im Mai."],
            id="german-low-high",
        ),
        pytest.param(
            "The mayor said ''The bridge opens in May.'' Then she left.",
            ["The bridge opens in May."],
            id="doubled-apostrophes",
        ),
        pytest.param(
            "He said the plans had 'serious flaws' in them. 'We will fight,' he said.",
            ["serious flaws", "We will fight,"],
            id="single-quote-closing-after-a-plural-before-a-lower-case-word",
        ),
        pytest.param(
            "The mayor said ''We will not wait for 'later,''' and left.",
            ["We will not wait for 'later,'"],
            id="doubled-apostrophes-closing-a-single-inside",
        ),
        pytest.param(
            'She said "no" at first and then "yes" after lunch.',
            ["no", "yes"],
            id="two-quotes-one-sentence",
        ),
        pytest.param(
            'The 5\'10" guard was "the best shooter" on the team.',
            ["the best shooter"],
            id="inch-mark-of-a-height",
        ),
        pytest.param(
            "The 6′2″ forward was “the best” of them.",
            ["the best"],
            id="prime-inch-mark-of-a-height",
        ),
        pytest.param(
            'She said "I was 12" and left.',
            ["I was 12"],
            id="digit-before-a-closing-mark",
        ),
    ],
)
def test_scan_marks_pairs_mark_style(text: str, expected: list[str]) -> None:
    assert contents(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "‘The council called it a “temporary” closure,’ the mayor said.",
            "The council called it a “temporary” closure,",
            id="curly-double-inside-curly-single",
        ),
        pytest.param(
            "'The council called it a \"temporary\" closure,' the mayor said.",
            'The council called it a "temporary" closure,',
            id="straight-double-inside-straight-single",
        ),
        pytest.param(
            "“The council called it a ‘temporary’ closure,” the mayor said.",
            "The council called it a ‘temporary’ closure,",
            id="curly-single-inside-curly-double",
        ),
        pytest.param(
            "\"The council called it a 'temporary' closure,\" the mayor said.",
            "The council called it a 'temporary' closure,",
            id="straight-single-inside-straight-double",
        ),
        pytest.param(
            "«Le conseil parle d’une fermeture ‹temporaire›», a dit le maire.",
            "Le conseil parle d’une fermeture ‹temporaire›",
            id="single-guillemets-inside-guillemets",
        ),
        pytest.param(
            "“The clerk wrote ‘they said “never” to us’ in the log,” the mayor said.",
            "The clerk wrote ‘they said “never” to us’ in the log,",
            id="three-levels",
        ),
    ],
)
def test_scan_marks_keeps_nested_quote_inside(text: str, expected: str) -> None:
    assert contents(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("I don't think the bridge will open.", id="contraction"),
        pytest.param("Nobody has seen Scheffer's plan for the bridge.", id="possessive"),
        pytest.param("Bridges built in the '90s need repair.", id="decade"),
        pytest.param("He defended the states' rights to build bridges.", id="plural-possessive"),
        pytest.param("The band played rock 'n' roll on the bridge.", id="rock-n-roll"),
        pytest.param("'Tis the season for bridges.", id="leading-elision"),
        pytest.param(
            "The '90s were the states' best years, don't you think, said Scheffer's aide.",
            id="all-at-once",
        ),
    ],
)
def test_scan_marks_ignores_apostrophes(text: str) -> None:
    assert scan_marks(text, ENGLISH) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "‘We don't know yet,’ she said.", "We don't know yet,", id="contraction-inside"
        ),
        pytest.param(
            "‘Scheffer's plan is dead,’ she said.", "Scheffer's plan is dead,", id="possessive"
        ),
        pytest.param("‘We loved the '90s,’ she said.", "We loved the '90s,", id="decade"),
        pytest.param(
            "‘The states' rights are clear,’ she said.",
            "The states' rights are clear,",
            id="plural-possessive",
        ),
        pytest.param(
            "‘They only play rock 'n' roll,’ she said.",
            "They only play rock 'n' roll,",
            id="rock-n-roll",
        ),
    ],
)
def test_scan_marks_apostrophe_inside_single_quote_does_not_close_it(
    text: str, expected: str
) -> None:
    assert contents(text) == [expected]


MULTI_PARAGRAPH = (
    "“The first part of the statement.\n\n"
    "“The second part of it.\n\n"
    "“The last part,” the minister said."
)


def test_scan_marks_multi_paragraph_quotation_gives_one_span_per_paragraph() -> None:
    assert contents(MULTI_PARAGRAPH) == [
        "The first part of the statement.",
        "The second part of it.",
        "The last part,",
    ]


@pytest.mark.parametrize(
    ("index", "previous", "next_"),
    [
        pytest.param(0, False, True, id="first"),
        pytest.param(1, True, True, id="middle"),
        pytest.param(2, True, False, id="last"),
    ],
)
def test_scan_marks_multi_paragraph_quotation_is_linked(
    index: int, previous: bool, next_: bool
) -> None:
    span = scan_marks(MULTI_PARAGRAPH, ENGLISH)[index]
    assert (span.continues_previous, span.continues_next) == (previous, next_)


def test_scan_marks_multi_paragraph_quotation_is_not_unclosed() -> None:
    assert not any(span.unclosed for span in scan_marks(MULTI_PARAGRAPH, ENGLISH))


def test_scan_marks_single_mark_multi_paragraph_quotation_is_linked() -> None:
    text = "‘The first part.\n\n‘The last part,’ she said."
    spans = scan_marks(text, ENGLISH)
    assert [(s.continues_previous, s.continues_next) for s in spans] == [
        (False, True),
        (True, False),
    ]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "“The bridge opens in May, the mayor said.\n\nThe council agreed.",
            id="curly",
        ),
        pytest.param(
            '"The bridge opens in May, the mayor said.\n\nThe council agreed.',
            id="straight",
        ),
        pytest.param(
            "«Le pont ouvre en mai, a dit le maire.\n\nLe conseil est d'accord.",
            id="guillemet",
        ),
        pytest.param(
            "‘The bridge opens in May, the mayor said.\n\nThe council agreed.",
            id="curly-single",
        ),
    ],
)
def test_scan_marks_unclosed_quote_stops_at_paragraph_end(text: str) -> None:
    span = only_span(text)
    assert text[span.start : span.end] == text[span.start : text.index("\n")]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "“The bridge opens in May, the mayor said.\n\nThe council agreed.", id="curly"
        ),
        pytest.param('"The bridge opens in May, the mayor said.', id="end-of-text"),
    ],
)
def test_scan_marks_unclosed_quote_is_reported(text: str) -> None:
    assert only_span(text).unclosed


def test_scan_marks_unclosed_quote_does_not_swallow_next_paragraph_quote() -> None:
    text = "“The bridge opens in May.\n\nThe council called it “a relief” on Monday."
    assert contents(text) == ["The bridge opens in May.", "a relief"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param('"Spaced out, " she said.', "Spaced out,", id="trailing-space"),
        pytest.param('" Spaced out," she said.', "Spaced out,", id="leading-space"),
    ],
)
def test_scan_marks_content_excludes_surrounding_space(text: str, expected: str) -> None:
    assert contents(text) == [expected]


def test_scan_marks_empty_quotes_give_no_span() -> None:
    assert scan_marks('She said "" and left.', ENGLISH) == []


def test_scan_marks_offsets_are_those_of_the_content() -> None:
    text = "Prefix “Inside,” suffix."
    span = only_span(text)
    assert (span.open_at, span.start, span.end, span.close_end) == (7, 8, 15, 16)


def test_scan_marks_unclosed_single_inside_double_ends_with_the_double() -> None:
    text = "“We grew up in the ‘80s and loved it,” she said."
    assert [text[s.start : s.end] for s in scan_marks(text, ENGLISH)] == [
        "We grew up in the ‘80s and loved it,"
    ]


@pytest.mark.parametrize(
    "text", ['‘‘"', '‹‹"', "‘x “y’ z”"], ids=["singles-then-double", "angles", "crossed"]
)
def test_scan_marks_double_closer_after_only_single_openers_does_not_crash(text: str) -> None:
    assert all(text[s.start : s.end] for s in scan_marks(text, ENGLISH))


def spans_paragraph_by_paragraph(text: str) -> list[QuotedSpan]:
    """scan_marks as it was first written: every paragraph (PARAGRAPH) in turn, carrying an
    open quotation from one paragraph with marks to the next. The reference for the
    quicker scan, which visits only the lines that hold a mark."""
    from quotes.engine.marks import _scan_paragraph, find_marks
    from quotes.engine.text import PARAGRAPH

    spans: list[QuotedSpan] = []
    carry = None
    found_marks = find_marks(text, ENGLISH)
    m = 0
    for paragraph in PARAGRAPH.finditer(text):
        start, end = paragraph.span()
        while m < len(found_marks) and found_marks[m][1] < start:
            m += 1
        first = m
        while m < len(found_marks) and found_marks[m][1] < end:
            m += 1
        if first < m:
            found, carry = _scan_paragraph(text, (start, end), carry, found_marks[first:m], ENGLISH)
            spans.extend(found)
    return spans


@given(
    st.lists(
        st.sampled_from(
            [
                *['"', "“", "”", "‘", "’", "'", "''", "He said ", "it ", "x", ".", " ", "\t"],
                *["\n", "\r\n", "\r", "\n\n", "\u2028", "\u00a0"],
            ]
        ),
        max_size=40,
    ).map("".join)
)
@settings(max_examples=400)
def test_scan_visits_the_lines_with_marks_as_the_paragraph_scan_did(text: str) -> None:
    assert scan_marks(text, ENGLISH) == spans_paragraph_by_paragraph(text)


def test_scan_reads_each_kind_of_line_break_as_a_paragraph_end() -> None:
    text = 'A "one" B\r"two" x\r\n"three" C\n\n  "four"'
    assert contents(text) == ["one", "two", "three", "four"]
