"""Who "the former" and "the latter" stand for: one of the two people named just before."""

from __future__ import annotations

from bisect import bisect_left, insort
from functools import cache

import regex

from quotes.engine.lexicon import Lexicon, alternation
from quotes.engine.speakers.known import KnownPeople
from quotes.engine.speakers.words import PLAIN_WORD
from quotes.engine.windows import PAIR_SENTENCES


@cache
def pair_pattern(lexicon: Lexicon) -> regex.Pattern[str]:
    """ "the former" or "the latter", any case."""
    words = alternation(lexicon.pair_references)
    return regex.compile(rf"\b[Tt]he ({words})\b")


class PairReferences:
    """Adds a mention of the person each "the former" or "the latter" means, so that the
    pronouns and cues after it find them: "Both Ines Harlow and Maud Ferrante stood. The
    latter lost by eleven votes. "…," she said" is Ferrante."""

    def __init__(self, known: KnownPeople) -> None:
        self.known = known
        self.analysis = known.forms.analysis
        self.text = known.text
        self.lexicon = known.forms.lexicon

    def add_mentions(self) -> None:
        """Records, in text order, a mention for each pair reference the narrative makes."""
        references = self.lexicon.pair_references
        if not any(word in self.text for word in references):
            return  # most articles: a pass in C over the text for each word
        for match in pair_pattern(self.lexicon).finditer(self.text):
            last = references[match.group(1).lower()] == "last"
            if self.analysis.in_quote(match.start()) or not self._stands_alone(match.end(), last):
                continue
            name = self._referent(match.start(), last)
            if name is not None:
                insort(self.known.mentions, (match.start(), match.end(), name))

    def _stands_alone(self, end: int, last: bool) -> bool:
        """Whether the word ends a noun phrase: a verb or punctuation follows, not the noun
        it modifies ("the former senator"); after "the latter", whose noun is rare, any
        word but a role or a noun of people or time ("The latter lost by eleven votes")."""
        word = PLAIN_WORD.match(self.text, end + 1) if self.text[end : end + 1] == " " else None
        if word is None:
            return True  # "the latter's", "the latter, who …"
        lower = word.group().lower().rstrip(".")
        lexicon = self.lexicon
        if (
            lower in lexicon.all_verbs
            or lower in lexicon.auxiliaries
            or lower in lexicon.subject_adverbs
            or lower.endswith("ed")
        ):
            return True
        return last and not (
            word.group()[0].isupper()
            or lower in lexicon.roles
            or lower in lexicon.titles
            or lower in lexicon.person_nouns
            or lower in lexicon.time_nouns
            or lower in lexicon.plural_nouns
        )

    def _referent(self, at: int, last: bool) -> str | None:
        """The last (or first) of the two people named last before `at`, within the
        sentence and the ones before; None unless two people are named there."""
        sentence = self.analysis.sentence_index(at)
        floor = self.analysis.sentences[max(0, sentence - PAIR_SENTENCES)][0]
        mentions = self.known.mentions
        named: list[str] = []
        for _, _, name in reversed(
            mentions[bisect_left(mentions, (floor,)) : bisect_left(mentions, (at,))]
        ):
            if name in self.known.people and name not in named:
                named.append(name)
            if len(named) == 2:
                return named[0] if last else named[1]
        return None
