"""Tests for the one reading of a document that the rules and the speaker resolver share."""

from __future__ import annotations

import random

import pytest
import regex

from quotes.engine.analysis import (
    DocumentAnalysis,
    abbreviation_end,
    abbreviation_end_backwards,
    find_name_runs,
    name_run_pattern,
    name_run_starts,
    split_sentences,
    tokenize,
)
from quotes.engine.composer import word_patterns
from quotes.engine.language import default_language, load_language
from quotes.engine.marks import scan_marks

ARTICLE = (
    'WASHINGTON — Sen. Ann Lee said: "We will act. Soon." Then she left.\n'
    "\n"
    '"It is done," said Prime Minister Theresa May, who met Dr. Jean-Claude Juncker '
    "in Brussels.\n"
    "President Biden’s aide, Jake Sullivan, declined to comment on the U.S. plan.\n"
)


def analysis_of(text: str, language_code: str = "en") -> DocumentAnalysis:
    language = default_language() if language_code == "en" else load_language(language_code)
    spans = scan_marks(text, language.marks)
    return DocumentAnalysis(
        text,
        language,
        [(span.start, span.end) for span in spans],
        [(span.open_at, span.close_end) for span in spans],
    )


def test_analysis_sentences_do_not_end_inside_quotes_or_after_abbreviations() -> None:
    analysis = analysis_of(ARTICLE)
    texts = [ARTICLE[start:end] for start, end in analysis.sentences]
    # a sentence ends at its full stop; the closing mark after it lies between sentences
    assert texts[0] == 'WASHINGTON — Sen. Ann Lee said: "We will act. Soon.'
    assert texts[1] == "Then she left."
    assert texts[-1].startswith("President Biden’s aide") and texts[-1].endswith("U.S. plan.")


def test_analysis_sentence_holds_the_inner_closing_mark_of_its_last_quote() -> None:
    text = "Cruz said, ''Do not just yell, 'China bad.''' But Trump did not respond."
    analysis = analysis_of(text)
    first = text[slice(*analysis.sentences[0])]
    (content,) = [text[start:end] for start, end in analysis.quoted]
    assert content == "Do not just yell, 'China bad.'"
    assert first.endswith(content)
    assert text[slice(*analysis.sentences[1])] == "But Trump did not respond."


def test_abbreviation_search_backwards_finds_what_the_forward_search_finds() -> None:
    lexicon = default_language().lexicon
    forward, backward = abbreviation_end(lexicon), abbreviation_end_backwards(lexicon)
    text = ARTICLE + "He met J. R. Smith at 5 p.m. in the U.K. on Jan. 3. It rained.\n"
    windows = [
        (max(0, end - reach), end + 1)
        for end, character in enumerate(text)
        if character in ".!?"
        for reach in (1, 2, 5, 12, 40)
    ]
    found = [forward.search(text, start, end) is not None for start, end in windows]
    assert found == [backward.search(text, start, end) is not None for start, end in windows]
    assert True in found and False in found  # both answers are tried


def test_backward_searches_of_the_words_before_a_quote_find_what_forward_ones_find() -> None:
    patterns = word_patterns(default_language().lexicon)
    befores = [ARTICLE[max(0, end - 60) : end] for end in range(0, len(ARTICLE), 3)] + [
        "a film called",
        "the book",
        "his memoir,",
        "known as",
        "dubbed",
        "it said",
    ]
    for backward in (patterns.works, patterns.named_as):
        assert backward.pattern.startswith("(?ri)")
        forward = regex.compile("(?i)" + backward.pattern.removeprefix("(?ri)"))
        found = [forward.search(before) is not None for before in befores]
        assert found == [backward.search(before) is not None for before in befores]
        assert True in found and False in found


def test_analysis_sentences_are_those_split_sentences_gives() -> None:
    analysis = analysis_of(ARTICLE)
    expected = split_sentences(ARTICLE, analysis.paragraphs, analysis.quoted, default_language())
    assert analysis.sentences == expected


def test_analysis_sentence_index_finds_the_sentence_holding_an_offset() -> None:
    analysis = analysis_of(ARTICLE)
    then = ARTICLE.index("Then")
    assert analysis.sentences[analysis.sentence_index(then)][0] == then
    assert analysis.sentence_index(then - 1) == analysis.sentence_index(then) - 1
    assert analysis.sentence_index(-1) == -1


def test_analysis_in_quote_is_true_only_inside_quoted_content() -> None:
    analysis = analysis_of(ARTICLE)
    assert analysis.in_quote(ARTICLE.index("We will"))
    assert not analysis.in_quote(ARTICLE.index("Sen."))
    assert not analysis.in_quote(ARTICLE.index('"We will'))  # the mark itself


def test_analysis_name_runs_are_outside_quotes_and_in_text_order() -> None:
    text = 'Ann Lee said "Bob Ray Is Here" to Theresa May and Jean-Claude Juncker.\n'
    runs = [match.group() for match in analysis_of(text).name_runs()]
    assert runs == ["Ann Lee", "Theresa May", "Jean-Claude Juncker"]


def test_analysis_name_runs_are_found_once() -> None:
    analysis = analysis_of(ARTICLE)
    assert analysis.name_runs() is analysis.name_runs()


def test_analysis_name_run_starts_leave_out_no_capital() -> None:
    # the start filter assumes no capital letter lies outside its ranges
    capital = regex.compile(r"\p{Lu}")
    left_out = [*range(0x00, 0x41), *range(0x5B, 0xC0), *range(0x2000, 0x2070)]
    assert not [hex(code) for code in left_out if capital.match(chr(code))]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(ARTICLE, id="article"),
        pytest.param("Jaap de Hoop Scheffer met the Secretary of State.", id="particles"),
        pytest.param("McDonald’s CEO Steve Easterbrook and O'Brien-Smith Lee", id="inner-capitals"),
        pytest.param("Sen. Ted Cruz, R-Texas, and U.S. Rep. Ann Lee; Dr. Ruiz", id="abbreviations"),
        pytest.param("Ólafur Ragnar Grímsson\nÅsa Berg and Łukasz Ąb", id="beyond-ascii"),
        pytest.param("“Ann Lee” —Bob Ray—\tKay Bo\u00a0Ng Ab\nCd", id="marks-and-blanks"),
        pytest.param("A B C D. E F G " * 40 + "word", id="long-runs"),
    ],
)
def test_analysis_name_runs_with_start_filter_are_those_of_the_pattern(text: str) -> None:
    lexicon = default_language().lexicon
    pattern = name_run_pattern(lexicon.titles, lexicon.particles)
    starts = name_run_starts(lexicon.titles, lexicon.particles)
    assert starts is not None
    for begin in (0, 3):
        found = find_name_runs(text, begin, len(text), pattern, starts)
        expected = list(pattern.finditer(text, begin, len(text)))
        assert [m.span() for m in found] == [m.span() for m in expected]


@pytest.mark.parametrize(
    ("start_word", "end_word"),
    [
        pytest.param("Sen.", '"We', id="before-a-quote"),
        pytest.param("said Prime", "Brussels", id="after-a-quote"),
        pytest.param("Then", "left", id="a-sentence"),
        pytest.param("Prime", "Brussels", id="across-lines"),
    ],
)
def test_analysis_tokens_of_a_window_are_those_tokenize_gives(
    start_word: str, end_word: str
) -> None:
    analysis = analysis_of(ARTICLE)
    start, end = ARTICLE.index(start_word), ARTICLE.index(end_word) + 1
    assert analysis.tokens(start, end) == tokenize(ARTICLE, start, end)


def test_analysis_tokens_of_random_windows_are_those_tokenize_gives() -> None:
    # windows that cut words in two, cross marks and paragraphs, or are empty
    rng = random.Random(9)
    text = ARTICLE * 3 + "Sanders’ aide said “fine”\u200b — José\u0301 O'Brien-Smith.\n"
    analysis = analysis_of(text)
    for _ in range(2_000):
        start = rng.randrange(len(text) + 1)
        end = min(len(text), start + rng.randrange(120))
        assert analysis.tokens(start, end) == tokenize(text, start, end), (start, end)


def test_analysis_tokens_are_read_once_per_stretch() -> None:
    analysis = analysis_of(ARTICLE)
    start = ARTICLE.index("Then")
    end = ARTICLE.index("left") + 4
    first = analysis.tokens(start, end)
    again = analysis.tokens(start, end)
    assert first == again
    assert all(a is b for a, b in zip(first, again, strict=True))  # the same tokens, shared


def test_analysis_of_a_second_language_uses_its_marks() -> None:
    text = "Anna Weber sagte: „Wir handeln jetzt.“ Dann ging sie.\n"
    analysis = analysis_of(text, "de")
    assert [text[start:end] for start, end in analysis.quoted] == ["Wir handeln jetzt."]
    assert [text[start:end] for start, end in analysis.sentences] == [
        "Anna Weber sagte: „Wir handeln jetzt.",
        "Dann ging sie.",
    ]


@pytest.mark.parametrize(
    ("word", "possessive"),
    [("Trump's", True), ("Sanders’", True), ("it's", False), ("That’s", False), ("he's", False)],
)
def test_token_possessive_is_not_a_pronoun_contraction(word: str, possessive: bool) -> None:
    # "whether it's raising questions": "it's" is "it is", so no noun phrase "it's raising"
    (token,) = tokenize(word, 0, len(word))
    assert token.possessive is possessive
