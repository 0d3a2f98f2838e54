"""The groups "they" may stand for: groups credited with quotes and sentences' plural subjects."""

from __future__ import annotations

from bisect import bisect_right

import regex

from quotes.engine.speakers.descriptions import Descriptions
from quotes.engine.speakers.words import AND_AFTER, COORDINATE_GROUP, GROUP_WORDS, NEXT_WORDS_RUN
from quotes.engine.windows import PLURAL_SENTENCES


class Groups:
    """Groups named in one document, and the group a "they" stands for."""

    def __init__(self, index: Descriptions) -> None:
        self.index = index
        self.text = self.index.text
        self.lexicon = self.index.lexicon
        self.patterns = self.index.patterns
        self.sentences = self.index.sentences
        self.sentence_starts = self.index.sentence_starts
        self.named: list[tuple[int, str]] = []  # where each group is named, and its name

    def add(self, start: int, name: str) -> None:
        """Notes a group named at `start`, which a later "they" may mean."""
        self.named.append((start, name))

    def group_before(self, offset: int) -> str | None:
        """The group "they" at `offset` stands for: the nearest group credited with a quote,
        or the plural subject of a sentence ("Residents packed the hall."), within a few
        sentences; never one from far back in the article."""
        index = bisect_right(self.sentence_starts, offset) - 1
        floor = self.sentences[max(0, index - PLURAL_SENTENCES)][0] if index >= 0 else 0
        best: tuple[int, str] | None = None
        for start, name in reversed(self.named):
            if start < floor:
                break  # groups come in text order: the rest are further back
            if start < offset:
                best = (start, name)
                break
        for i in range(index, max(-1, index - PLURAL_SENTENCES - 1), -1):
            start, end = self.sentences[i]
            match = self.patterns.plural_subject.match(self.text, start, min(end, offset))
            if match is not None and match.group(2).lower() in self.lexicon.roles:
                if best is None or match.start(1) > best[0]:
                    best = (match.start(1), self.with_coordinate(match, min(end, offset)))
                break
        return best[1] or None if best else None

    def with_coordinate(self, match: regex.Match[str], end: int) -> str:
        """A sentence's plural subject with the group "and" joins to it ("The Liberals and
        the NDP reached a deal": "they" are both), or "" when what follows "and" is no
        group of its own ("Protesters and police clashed"): never only the first."""
        text = self.text
        joined = AND_AFTER.match(text, match.end(1), end)
        if joined is None:
            return match.group(1)
        other = COORDINATE_GROUP.match(text, joined.end(), end)
        if other is not None:
            return text[match.start(1) : other.end()]
        # "Residents and business owners packed …": lower-case words up to a plural noun
        # that a verb follows
        words = list(NEXT_WORDS_RUN.finditer(text, joined.end() - 1, end))[: GROUP_WORDS + 1]
        for k, word in enumerate(words[:-1]):
            following = words[k + 1].group(1)
            if word.group(1).endswith("s") and self.verb_like(following):
                return text[match.start(1) : word.end()]
        return ""

    def verb_like(self, word: str) -> bool:
        """Whether a lower-case word may be the verb after a subject: a past form ("packed"),
        a verb the lexicon knows, or an auxiliary or adverb before one ("have", "also")."""
        lexicon = self.lexicon
        return word.endswith("ed") or word in lexicon.all_verbs or word in lexicon.function_words
