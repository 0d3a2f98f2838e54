"""Which lines of a document are Title Case headlines or credit lines (bylines, signatures)."""

from __future__ import annotations

import regex

from quotes.engine.speakers.words import (
    CAPITAL_WORD,
    CREDIT_LINE_CHARACTERS,
    LOWER_ANY,
    LOWER_WORD,
    POST_SIGNATURE,
)


class HeadlineLines:
    """Which lines are headlines in Title Case, where capitalised runs are not names."""

    def __init__(
        self, text: str, closing_marks: str, small_words: frozenset[str] = frozenset()
    ) -> None:
        self.text = text
        self.trailing = " \t\r" + closing_marks
        self.small_words = small_words
        self.known: dict[int, bool] = {}
        # the last line looked at: runs come in text order, and a long line holds many
        self.line = (0, -1)

    def holds(self, offset: int) -> bool:
        """Whether `offset` lies on a Title Case line."""
        line_start, line_end = self.line
        if not line_start <= offset < line_end:
            line_start = self.text.rfind("\n", 0, offset) + 1
            line_end = self.text.find("\n", offset)
            line_end = line_end if line_end >= 0 else len(self.text)
            self.line = (line_start, line_end)
        if line_start not in self.known:
            # one lower-case word of four letters or more, or a closing full stop, and it is
            # running text ("Governor John Kasich won Ohio on Tuesday.")
            line = self.text[line_start:line_end].rstrip(self.trailing)
            self.known[line_start] = (
                (not line.endswith(".") or self._titled_first_line(line_start, line_end))
                and not LOWER_WORD.search(self.text, line_start, line_end)
                and len(CAPITAL_WORD.findall(self.text, line_start, line_end)) >= 4
            )
        return self.known[line_start]

    def _titled_first_line(self, line_start: int, line_end: int) -> bool:
        """Whether a page's first line, ending in a full stop, is still its headline: every
        lower-case word in it is a small word of Title Case ("Nurses Rip Dan Marsh Over
        'Broken Promises.'"), where running text has a verb ("… won Ohio on Tuesday.")."""
        return line_start == 0 and all(
            word.group() in self.small_words
            for word in LOWER_ANY.finditer(self.text, line_start, line_end)
        )


class CreditLines:
    """Which lines credit the article's writers or a post's author rather than tell the
    news: a byline ("By Sarah Chen, Global News") or a post's signature ("— Sarah Chen
    (@sarahchen) December 1, 2026"). The people on them are not the article's people, so a
    later "she said" never means the reporter."""

    def __init__(self, text: str, byline: regex.Pattern[str]) -> None:
        self.text = text
        self.byline = byline
        self.known: dict[int, bool] = {}

    def holds(self, offset: int) -> bool:
        """Whether `offset` lies on a credit line."""
        line_start = self.text.rfind("\n", 0, offset) + 1
        if line_start not in self.known:
            line_end = self.text.find("\n", offset)
            line_end = line_end if line_end >= 0 else len(self.text)
            text = self.text
            # a byline is names and an outlet: no sentence ("By Monday, Hale had resigned.")
            byline = (
                self.byline.match(text, line_start, line_end) is not None
                and not text[line_start:line_end].rstrip().endswith((".", "!", "?"))
                and LOWER_WORD.search(text, line_start + 3, line_end) is None
            )
            self.known[line_start] = line_end - line_start <= CREDIT_LINE_CHARACTERS and (
                byline or POST_SIGNATURE.match(text, line_start, line_end) is not None
            )
        return self.known[line_start]
