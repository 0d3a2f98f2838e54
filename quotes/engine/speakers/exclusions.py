"""The people a pronoun cannot mean: those its own clause or quotation names."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from quotes.engine.grammar import Mention
from quotes.engine.speakers.descriptions import Descriptions
from quotes.engine.speakers.reported import ReportedWords
from quotes.engine.speakers.vocabulary import death_pattern
from quotes.engine.speakers.words import (
    CLAUSE_CHARACTERS,
    CLAUSE_END,
    EXCLUDED_SKIPS,
    GIVEN_NAME_WORD,
    PARTICIPLE_OPENING,
    POSSESSIVE_AFTER,
    POSSESSIVE_S,
    QUOTE_TO_CUE,
    QUOTED_CHARACTERS,
    QUOTED_NAME_WORD,
)
from quotes.engine.windows import DEATH_REACH, DEATH_SENTENCES, OWN_CLAUSE_CHARACTERS


class Exclusions:
    """Works out whom a pronoun cannot mean from its clause and its quotation."""

    def __init__(self, index: Descriptions, reported: ReportedWords) -> None:
        self.index = index
        self.analysis = self.index.analysis
        self.text = self.index.text
        self.lexicon = self.index.lexicon
        self.sentences = self.index.sentences
        self.sentence_starts = self.index.sentence_starts
        self.filler = self.index.filler
        self.reported = reported
        self.by_given_name: dict[str, set[str]] | None = None  # see given_name_index
        self._dead: list[tuple[int, str]] | None = None  # see dead_before

    def dead_before(self, offset: int) -> frozenset[str]:
        """The people the article says died in the sentences just before `offset` ("Hock
        died at the scene."): "he said" after it is someone else."""
        if self._dead is None:
            pattern = death_pattern(self.lexicon)
            self._dead = [
                (end, name)
                for _, end, name in self.index.mentions
                if pattern.match(self.text, end, end + DEATH_REACH) is not None
            ]
        if not self._dead:
            return frozenset()  # most articles tell of no death
        # only a death just told: an obituary quotes the dead from years before
        index = bisect_right(self.sentence_starts, offset) - 1
        floor = self.sentences[max(0, index - DEATH_SENTENCES)][0] if index >= 0 else 0
        return frozenset(name for end, name in self._dead if floor <= end < offset)

    def named_after(self, mention: Mention) -> frozenset[str]:
        """The people a subject pronoun's own clause names after it ("she told Tracy", "he
        asked Trump", "he said Reyes was wrong"): the pronoun cannot mean them.

        The clause ends at its first comma, colon or dash: a name further on may stand in
        an appositive or a relative clause ("he said, according to Uzi Arad, Mr.
        Netanyahu's adviser"). A possessive or a name after "the" modifies a noun ("the
        Carson campaign", "Reyes's plan") and may well be the pronoun's own. A cue closing
        its sentence excludes the people of the reported words before it, too."""
        index = bisect_right(self.sentence_starts, mention.start) - 1
        end = self.sentences[index][1] if index >= 0 else len(self.text)
        end = min(end, mention.end + OWN_CLAUSE_CHARACTERS)  # bounded: linear in the text
        stop = CLAUSE_END.search(self.text, mention.end, end)
        end = stop.start() if stop else end
        lo = bisect_left(self.index.mentions, (mention.end,))
        hi = min(bisect_left(self.index.mentions, (end,)), lo + EXCLUDED_SKIPS)
        text = self.text
        named = self.reported.heads(lo, hi) | self.reported.reported_before(mention, index, end, lo)
        # "she told Tracy": a given name alone names the person the article gave it to
        end = min(end, mention.end + CLAUSE_CHARACTERS)
        for word in GIVEN_NAME_WORD.finditer(text, mention.end, end):
            if not POSSESSIVE_AFTER.match(text, word.end()):
                named |= self.given_name_index().get(word.group(), set())
        return frozenset(named)

    def named_in_opening(self, mention: Mention) -> frozenset[str]:
        """The people named in a participle's clause opening the pronoun's sentence ("Asked
        by Ms Achebe how she felt, she said", "Asked about Lopez, he said"): who asked, or
        whom it was about, not who answers."""
        index = bisect_right(self.sentence_starts, mention.start) - 1
        start = self.sentences[index][0] if index >= 0 else 0
        if mention.start - start > OWN_CLAUSE_CHARACTERS:
            return frozenset()  # bounded: linear in the text
        if PARTICIPLE_OPENING.fullmatch(self.text, start, mention.start) is None:
            return frozenset()
        lo = bisect_left(self.index.mentions, (start,))
        hi = bisect_left(self.index.mentions, (mention.start,))
        return frozenset(name for _, _, name in self.index.mentions[lo:hi])

    def named_in_quote(self, mention: Mention) -> frozenset[str]:
        """The people a pronoun's own quotation names ('"Rubio won tonight," he said', '"Bryan
        asserted his rights," he said'): speakers say "I", not their own name, so the
        pronoun means someone else. The quotation is the one its cue closes or opens."""
        quoted = self.analysis.quoted
        k = bisect_right(self.analysis.quoted_starts, mention.start) - 1
        if k < 0 or QUOTE_TO_CUE.fullmatch(self.text, quoted[k][1], mention.start) is None:
            k += 1  # 'He said: "…"': the quotation after the cue, in the same sentence
            index = bisect_right(self.sentence_starts, mention.start) - 1
            end = self.sentences[index][1] if index >= 0 else len(self.text)
            if k >= len(quoted) or quoted[k][0] > end:
                return frozenset()
        start, end = quoted[k]
        named: set[str] = set()
        text = self.text
        for word in QUOTED_NAME_WORD.finditer(text, start, min(end, start + QUOTED_CHARACTERS)):
            named |= self.people_called(POSSESSIVE_S.sub("", word.group()), word.start())
        return frozenset(named)

    def people_called(self, word: str, at: int) -> set[str]:
        """The people a capitalised word in a quotation may name: the person of that surname
        nearest to `at`, a person known by that word alone, or those with that given name."""
        if word.lower() in self.filler:
            return set()  # "Will they …", "Both sides …": a common word opening a sentence
        if word in self.index.by_surname:
            return {self.index.canonical((word,), at)}
        if word in self.index.people:
            return {word}
        return self.given_name_index().get(word, set())

    def given_name_index(self) -> dict[str, set[str]]:
        """Each given name that opens a known person's full name → those people."""
        if self.by_given_name is None:
            self.by_given_name = {}
            for name in self.index.people:
                first, _, rest = name.partition(" ")
                if rest and first.lower() in self.lexicon.given_names:
                    self.by_given_name.setdefault(first, set()).add(name)
        return self.by_given_name
