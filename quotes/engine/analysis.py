"""One reading of a document, shared by the rules and the speaker resolver.

Paragraphs, sentences, quoted spans, tokens and the narrative's name runs are found
here once per document; tokens are read lazily, one stretch between quotation marks at a
time, the first time a rule asks for a window of it. Nothing here decides who speaks.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cache
from typing import NamedTuple

import regex

from quotes.engine.language import Language
from quotes.engine.lexicon import Lexicon, alternation
from quotes.engine.marks import QuotationMarks
from quotes.engine.text import LineIndex
from quotes.engine.windows import ABBREVIATION_CHARACTERS, SHARED_TOKENS_CHARACTERS

# Words, with inner apostrophes, hyphens and full stops ("O'Brien", "U.S"), or
# single punctuation characters.
# The standard library's `re` runs this simple pattern faster than `regex` does; its
# Unicode-aware [^\W_] is a letter or digit.
# Combining accents (a name typed decomposed, "José" as e + U+0301) and invisible format
# characters (zero-width spaces and joiners, bidi marks) stay inside a word, and a format
# character between words is skipped like a space: the text itself is never rewritten.
_MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_INVISIBLE = "\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
TOKEN = re.compile(
    r"\d{1,2}['′’]\d{1,2}[\"″]|"  # a height, its inch mark no quotation mark (marks.py)
    rf"[^\W_](?:[\w'’.\-{_MARKS}{_INVISIBLE}]*(?:[^\W_]|[{_MARKS}]))?"
    r"(?:(?<=s)['’](?!\w))?"  # the plural possessive of "Sanders’ aide"
    rf"|[^\s{_INVISIBLE}]"
)

# A capitalised word, with inner apostrophes and hyphens ("O'Brien", "Jean-Claude").
CAPITALISED = r"\p{Lu}[\p{L}\p{M}'’\-]*"
DOTTED = r"(?:\p{Lu}\.){2,}|\p{Lu}\."
# A capitalised word ending in a full stop: the shape of a title's abbreviation ("Sen.").
STOPPED_WORD = r"\p{Lu}[\p{L}.]*\."


# Words whose "'s" is "is" or "has": "it's raising", "that's what", "he's been".
CONTRACTED_PRONOUNS = frozenset(
    ("it", "that", "he", "she", "there", "here", "what", "who", "where", "how", "let")
)


def particle_surname(word: str, particles: frozenset[str]) -> bool:
    """Whether `word` is a surname behind a lower-case particle and a hyphen ("al-Rashid",
    "el-Masri"): a name's word though its first letter is small. The particle is listed
    with its hyphen ("al-"), so "ex-President" or "pro-EU" are never names."""
    cut = word.find("-") + 1
    return 1 < cut < len(word) and word[cut].isupper() and word[:cut].lower() in particles


class Token(NamedTuple):
    """A word or punctuation character of the text, with its offsets.

    A named tuple: documents make hundreds of these, and tuples are cheap to build.
    """

    start: int
    end: int
    text: str
    lower: str

    @property
    def capitalised(self) -> bool:
        return self.text[0].isupper()

    @property
    def possessive(self) -> bool:
        # "it's", "that's", "he's" are "it is", "that is", "he is", never possessives
        return self.text.endswith(("'s", "’s", "s'", "s’")) and (
            self.lower[:-2] not in CONTRACTED_PRONOUNS
        )


_new_tuple = tuple.__new__


def tokenize(text: str, start: int, end: int) -> list[Token]:
    """The tokens of `text[start:end]`."""
    # `findall` and `str.find` cost less than a match object per token. Only spaces and
    # invisible characters lie between tokens, and no token starts with one, so the first
    # occurrence of a token's text after the previous token is where it was found.
    # Building the tuple directly skips the named tuple's Python-level constructor.
    find = text.find
    at = start
    return [
        _new_tuple(Token, (found := find(word, at), (at := found + len(word)), word, word.lower()))
        for word in TOKEN.findall(text, start, end)
    ]


@cache
def abbreviation_end(lexicon: Lexicon) -> regex.Pattern[str]:
    """A full stop that ends no sentence: after one of `lexicon`'s abbreviations, a single
    capital or initials ("Sen.", "J.", "U.S.")."""
    return regex.compile(_abbreviation_end_source(lexicon))


def _abbreviation_end_source(lexicon: Lexicon) -> str:
    abbreviations = alternation(lexicon.sentence_abbreviations)
    return rf"(?:\b{abbreviations}|\b\p{{Lu}}|(?:\p{{L}}\.)+\p{{L}})\.$"


@cache
def abbreviation_end_backwards(lexicon: Lexicon) -> regex.Pattern[str]:
    """`abbreviation_end`, searching from the end of the text it is given (`(?r)`): its
    matches can only end there, so a search that starts there finds one at once instead
    of trying every earlier position first. Whether it finds one is the same. (Built from
    the same source, without compiling the forward pattern, which a run need not use.)"""
    return regex.compile("(?r)" + _abbreviation_end_source(lexicon))


@cache
def sentence_end(marks: QuotationMarks) -> regex.Pattern[str]:
    """A sentence end: . ! or ? (and any closing marks) before a capital, digit or opening mark."""
    closing = regex.escape("".join(sorted(marks.closing_characters)))
    opening = regex.escape("".join(sorted(marks.opening_characters)))
    return regex.compile(rf"[.!?]+[{closing})\]]*\s+(?=[{opening}(]?[\p{{Lu}}\p{{N}}])")


def split_sentences(
    text: str,
    paragraphs: list[tuple[int, int]],
    quoted: list[tuple[int, int]],
    language: Language,
) -> list[tuple[int, int]]:
    """Sentence spans within each paragraph; full stops inside quotes do not end one."""
    pattern = sentence_end(language.marks)
    abbreviated = abbreviation_end_backwards(language.lexicon)
    sentences: list[tuple[int, int]] = []
    q = 0
    for p_start, p_end in paragraphs:
        start = p_start
        for match in pattern.finditer(text, p_start, p_end):
            cut = match.end()
            while q < len(quoted) and quoted[q][1] <= cut - 1 and quoted[q][1] < match.start():
                q += 1
            if _inside_quote(cut - 1, quoted, q):
                continue
            if abbreviated.search(
                text, max(p_start, match.start() - ABBREVIATION_CHARACTERS), match.start() + 1
            ) and not _initials_before_quote(text, match.start(), cut, language.marks):
                continue
            sentences.append((start, _past_inner_close(match.start() + 1, cut, quoted, q)))
            start = cut
        if start < p_end:
            sentences.append((start, p_end))
    return sentences


LOWER_CASE_INITIALS = regex.compile(r"(?<!\p{L})(?:\p{Ll}\.)+\p{Ll}\.$")


def _initials_before_quote(text: str, stop: int, cut: int, marks: QuotationMarks) -> bool:
    """Whether lower-case initials end before an opening mark ("… at 6 a.m. "Everybody's
    asking"): a time or "i.e." ends the sentence when a quotation starts after it, though
    not before a capital ("6 a.m. Monday")."""
    return (
        cut < len(text)
        and text[cut] in marks.opening_characters
        and LOWER_CASE_INITIALS.search(text, max(0, stop - 6), stop + 1) is not None
    )


def _past_inner_close(end: int, cut: int, quoted: list[tuple[int, int]], q: int) -> int:
    """A sentence's end, moved past the closing mark of a quotation inside the quote that
    ends it ("… 'China bad, Muslims bad.''' But"): that mark is part of the quoted words."""
    for start, quote_end in quoted[max(0, q - 1) : q + 2]:
        if start < end < quote_end <= cut:
            return quote_end
    return end


def _inside_quote(offset: int, quoted: list[tuple[int, int]], q: int) -> bool:
    """Whether `offset` lies strictly inside one of the quotations around index `q` (a
    loop: cheaper than `any` over a generator, run at every full stop)."""
    for start, end in quoted[max(0, q - 1) : q + 2]:  # noqa: SIM110 (see above)
        if start < offset < end:
            return True
    return False


@cache
def name_run_pattern(titles: frozenset[str], particles: frozenset[str]) -> regex.Pattern[str]:
    """Runs of two or more capitalised words, with particles and title abbreviations inside.

    Compiled once per lexicon. A capitalised word alone matters only as a known surname,
    which the speaker resolver looks up directly.
    """
    abbreviations = sorted(t for t in titles if t.endswith("."))
    listed = [a.capitalize() for a in abbreviations] + [a.upper() for a in abbreviations]
    # A named list is tried string by string at every capital; a look ahead for a word
    # ending in a full stop lets most words skip it, when every abbreviation is such a word
    stopped = all(regex.fullmatch(STOPPED_WORD, a) for a in listed)
    guard = f"(?={STOPPED_WORD})" if stopped else ""
    word = rf"(?:{guard}\L<abbreviations>|{DOTTED}|{CAPITALISED})"
    # after the first word, a surname may follow a hyphened particle ("Omar al-Rashid")
    hyphened = sorted(p for p in particles if p.endswith("-"))
    later = rf"(?:{word}|{alternation(hyphened)}{CAPITALISED})" if hyphened else word
    joiner = r"(?:[^\S\n]+(?:\L<particles>[^\S\n]+)*|[^\S\n]+of[^\S\n]+)"  # never across a line
    return regex.compile(
        rf"(?<![\p{{L}}\p{{M}}'’\-])(?=\p{{Lu}})(?:{word})(?:{joiner}(?:{later}))++",
        abbreviations=listed,
        particles=sorted(p for p in particles if not p.endswith("-")),
    )


# Every capital letter (\p{Lu}) is A-Z or lies in U+00C0-U+1FFF or above U+206F: what is left
# out (ASCII, Latin-1's signs, general punctuation such as curly quotes and dashes) holds none
# (tests/test_analysis.py checks it). Written as the class of what is left out, negated:
# `re` compiles the wide ranges of the positive class into a table one character at a time,
# about 6 ms of a one-file run.
_MAY_BE_CAPITAL = "^\x00-@\\[-\xbf\u2000-\u206f"


@cache
def name_run_starts(titles: frozenset[str], particles: frozenset[str]) -> re.Pattern[str] | None:
    """Where a name run may start: a capital that no ASCII letter, apostrophe or hyphen
    precedes, and a first word followed on its line by a capital, a particle or "of".

    Every start of `name_run_pattern` is one of these (None when a listed word holds a
    blank, which would break that). The standard library's `re` finds them several times
    faster than `regex` scans every character for a run, and few of them fail.
    """
    abbreviations = sorted(t for t in titles if t.endswith("."))
    listed = [a.capitalize() for a in abbreviations] + [a.upper() for a in abbreviations]
    if any(len(word.split()) != 1 for word in [*listed, *particles]):
        return None
    # an abbreviation may open the second word whatever its first character
    openers = re.escape("".join(sorted({word[0] for word in listed})))
    # a listed particle, then a blank or (a hyphened one, "al-") the capital of a surname
    small = "|".join(re.escape(word) for word in sorted(particles | {"of"}))
    capital = f"[{_MAY_BE_CAPITAL}]"
    return re.compile(
        rf"{capital}(?<![a-zA-Z'’\-].)"
        rf"(?=\S*[^\S\n]+(?:{capital}|[{openers}]|(?:{small})(?:[^\S\n]|(?<=-){capital})))"
    )


def find_name_runs(
    text: str, start: int, end: int, pattern: regex.Pattern[str], starts: re.Pattern[str] | None
) -> list[regex.Match[str]]:
    """`pattern.finditer(text, start, end)` as a list, trying `pattern` only where `starts`
    finds a possible start."""
    if starts is None:
        return list(pattern.finditer(text, start, end))
    runs: list[regex.Match[str]] = []
    search, match = starts.search, pattern.match
    at = start
    while (found := search(text, at, end)) is not None:
        run = match(text, found.start(), end)
        if run is None:
            at = found.start() + 1
        else:
            runs.append(run)
            at = run.end()
    return runs


class StretchTokens(NamedTuple):
    """The tokens of one stretch of text, with their offsets apart for bisection."""

    tokens: list[Token]
    starts: list[int]
    ends: list[int]


class DocumentAnalysis:
    """A document's paragraphs, sentences, quoted spans, tokens and name runs.

    Built once per document; the rules and the speaker resolver read the same one.
    """

    def __init__(
        self,
        text: str,
        language: Language,
        quoted: list[tuple[int, int]],
        marked: list[tuple[int, int]] | None = None,
    ) -> None:
        """`quoted` is the content of each quotation; `marked` the same with its marks
        (from the opening mark to after the closing one), when they are known."""
        self.text = text
        self.language = language
        self.lexicon = language.lexicon
        self.lines = LineIndex(text)
        self.paragraphs = self.lines.paragraphs
        self.paragraph_starts = self.lines.paragraph_starts
        # the content of each quotation, (start, end), in text order
        self.quoted = quoted
        self.quoted_starts = [start for start, _ in self.quoted]
        self.sentences = split_sentences(text, self.paragraphs, self.quoted, language)
        self.sentence_starts = [start for start, _ in self.sentences]
        # The rules read windows of narrative: between the quotes of a paragraph, or a
        # sentence. The text is cut into stretches at every paragraph edge and every
        # quotation mark; a stretch is tokenised the first time a window inside it is read.
        cuts = {0, len(text)}
        for start, end in [*self.paragraphs, *(marked or quoted)]:
            cuts.update((start, end))
        self._cuts = sorted(cuts)
        self._stretch_tokens: dict[int, StretchTokens] = {}
        self._name_runs: list[regex.Match[str]] | None = None

    # --- tokens ------------------------------------------------------------------

    def tokens(self, start: int, end: int) -> list[Token]:
        """The tokens of `text[start:end]`, exactly as `tokenize` gives them.

        Sliced from the tokens of the stretch holding the window, read once however many
        rules read it; a window that spans stretches or cuts a token in two, or a stretch
        too long to keep, is read on its own.
        """
        k = bisect_right(self._cuts, start) - 1
        if start >= end or k + 1 >= len(self._cuts) or end > self._cuts[k + 1]:
            return tokenize(self.text, start, end)
        stretch_start, stretch_end = self._cuts[k], self._cuts[k + 1]
        read = self._stretch_tokens.get(k)
        if read is None:
            if 2 * (end - start) < stretch_end - stretch_start or (
                stretch_end - stretch_start > SHARED_TOKENS_CHARACTERS
            ):
                # a small window of a long stretch: reading all of it would cost more
                # than any later window could save
                return tokenize(self.text, start, end)
            tokens = tokenize(self.text, stretch_start, stretch_end)
            read = StretchTokens(tokens, [t.start for t in tokens], [t.end for t in tokens])
            self._stretch_tokens[k] = read
        first = bisect_left(read.starts, start)
        after = bisect_left(read.starts, end)
        if (first > 0 and read.ends[first - 1] > start) or (
            after > first and read.ends[after - 1] > end
        ):
            return tokenize(self.text, start, end)  # the window's edge cuts a token
        return read.tokens[first:after]

    # --- where an offset lies ----------------------------------------------------

    def sentence_index(self, offset: int) -> int:
        """The index of the last sentence starting at or before `offset`, or -1."""
        return bisect_right(self.sentence_starts, offset) - 1

    def in_quote(self, offset: int) -> bool:
        """Whether `offset` lies inside quoted content."""
        i = bisect_right(self.quoted_starts, offset) - 1
        return i >= 0 and self.quoted[i][0] <= offset < self.quoted[i][1]

    # --- name runs ---------------------------------------------------------------

    def name_runs(self) -> list[regex.Match[str]]:
        """Capitalised runs of two or more words outside quoted content: what the reporter
        says, not the speaker. Found once, in text order."""
        if self._name_runs is None:
            pattern = name_run_pattern(self.lexicon.titles, self.lexicon.particles)
            starts = name_run_starts(self.lexicon.titles, self.lexicon.particles)
            runs: list[regex.Match[str]] = []
            at = 0
            for start, end in [*self.quoted, (len(self.text), len(self.text))]:
                if start > at:
                    runs.extend(find_name_runs(self.text, at, start, pattern, starts))
                at = max(at, end)
            self._name_runs = runs
        return self._name_runs


__all__ = [
    "DocumentAnalysis",
    "Token",
    "abbreviation_end",
    "sentence_end",
    "split_sentences",
    "tokenize",
]
