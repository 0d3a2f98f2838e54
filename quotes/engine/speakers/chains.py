"""Pronoun chains: "…," she said. / "…," she went on.' is one person, when no one is
named between the two pronouns."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Protocol


class MentionIndex(Protocol):
    """The document's person mentions, (start, end, name) in text order."""

    mentions: list[tuple[int, int, str]]


class Paragraphs(Protocol):
    """Where the document's paragraphs start."""

    paragraph_starts: list[int]


class PronounChains:
    """The person each gendered pronoun was last resolved to, carried to the next pronoun
    of that gender in the same or the next paragraph when no name comes between: after an
    answer to an interviewer ('"…?" Pike asked. / "No …," she said.'), "she went on" is
    still the one answering."""

    def __init__(self, index: MentionIndex, paragraphs: Paragraphs) -> None:
        self.index = index
        self.paragraph_starts = paragraphs.paragraph_starts
        self.last: dict[str, tuple[int, str]] = {}

    def carried(self, gender: str, at: int, excluded: frozenset[str]) -> str | None:
        """Whom the last pronoun of `gender` before `at` meant, if no one is named between
        them and the pronoun at `at` may mean that person."""
        last = self.last.get(gender)
        if last is None or last[0] >= at or last[1] in excluded:
            return None
        starts = self.paragraph_starts
        if bisect_right(starts, at) - bisect_right(starts, last[0]) > 1:
            return None  # paragraphs apart: someone else may have been described between
        mentions = self.index.mentions
        named_between = bisect_left(mentions, (last[0] + 1,)) < bisect_left(mentions, (at,))
        return None if named_between else last[1]

    def note(self, gender: str, at: int, name: str) -> None:
        """Records that the pronoun of `gender` at `at` was resolved to `name`."""
        last = self.last.get(gender)
        if last is None or last[0] < at:
            self.last[gender] = (at, name)
