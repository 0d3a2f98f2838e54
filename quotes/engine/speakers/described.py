"""Described subjects: a description opening a sentence ("The Ohio governor", "A neighbour")."""

from __future__ import annotations

import re
from bisect import bisect_right

from quotes.engine.lexicon import Lexicon
from quotes.engine.speakers.descriptions import Descriptions
from quotes.engine.speakers.vocabulary import person_heads
from quotes.engine.speakers.words import (
    DESCRIBED_SUBJECT,
    NAME_IN_APPOSITION,
    PARENTHETICAL_CUE,
    PLAIN_WORD,
    SENTENCE_INDENT,
    WORD,
    first_word_after_openers,
)
from quotes.engine.windows import DESCRIPTION_CHAIN_SENTENCES, PRONOUN_SENTENCES

# Characters of a sentence's opening adverb and its comma before "the" ("Nevertheless,").
OPENER_CHARACTERS = 16


def owner_gender(text: str, start: int, limit: int, lexicon: Lexicon) -> str | None:
    """The gender the sentence's first possessive pronoun after a description shows ("A
    college student raised his hand": he, so "she said" is someone else)."""
    possessives = lexicon.possessive_pronouns
    for word in PLAIN_WORD.finditer(text, start, limit):
        lower = word.group().lower()
        if lower in possessives:
            return lexicon.object_pronouns.get(lower)
    return None


def the_openings(people: Descriptions) -> list[tuple[int, int]]:
    """Where "The" opens a sentence, or "the" after its opening adverb ("But the judge",
    "However, the judge"), with the sentence's index, in text order."""
    text = people.text
    starts = people.sentence_starts
    openings: list[tuple[int, int]] = []
    at = text.find("The ")
    while at >= 0:
        # "The" opening a sentence (found by `str.find`, a pass in C over the text)
        k = bisect_right(starts, at) - 1
        if k >= 0 and at - starts[k] <= SENTENCE_INDENT and not text[starts[k] : at].strip():
            openings.append((at, k))
        at = text.find("The ", at + 4)
    openers = people.lexicon.discourse_openers
    at = text.find(" the ")
    while at >= 0:
        # "But the judge": " the " after a sentence's first word, an opening adverb
        k = bisect_right(starts, at) - 1
        start = starts[k] if k >= 0 else 0
        word = PLAIN_WORD.match(text, start, at) if at - start <= OPENER_CHARACTERS else None
        if word is not None and word.end() >= at - 1 and word.group().lower() in openers:
            openings.append((at, k))
        at = text.find(" the ", at + 5)
    at = text.find(", the ")
    while at >= 0:
        # "Asked whether he would …, the prime minister declined …": "the" opening the
        # main clause after an introductory phrase or clause
        k = bisect_right(starts, at) - 1
        if k >= 0 and people.main_clause_start(*people.sentences[k]) in (
            at + 1,
            at + 2,
        ):
            openings.append((at + 2, k))
        at = text.find(", the ", at + 6)
    return sorted(openings)


class DescribedSubjects:
    """Finds the descriptions that open sentences, and whom they stand for."""

    def __init__(self, index: Descriptions) -> None:
        self.index = index
        self.analysis = self.index.analysis
        self.text = self.index.text
        self.lexicon = self.index.lexicon
        self.patterns = self.index.patterns
        self.sentences = self.index.sentences
        self.sentence_starts = self.index.sentence_starts

    def add_described_subjects(self) -> list[tuple[int, int, str]]:
        """The mentions to add: the definite descriptions that open a sentence and stand for a
        person named before ("The Ohio governor beat back …" after "Ohio
        Gov. John Kasich"): news writes a second reference so, and a pronoun after it
        means that person, not a name in passing in the same sentence."""
        if not self.index.people:
            return []
        # the words of everyone's roles, read at the first description met: one whose head
        # is none of them stands for no one
        heads: set[str] | None = None
        described: list[tuple[int, int, str]] = []
        text = self.text
        for opening, index in the_openings(self.index):
            end = self.sentences[index][1]
            match = DESCRIBED_SUBJECT.match(text, opening, end)
            if match is None or self.analysis.in_quote(match.start(1)):
                continue
            # the description ends at its last title or role word ("The Ohio governor")
            words = list(WORD.finditer(text, match.start(1), match.end()))
            for k in range(len(words) - 1, 0, -1):
                head = words[k].group().lower()
                if head in self.lexicon.titles or head in self.lexicon.roles:
                    if heads is None:
                        heads = {
                            w for p in self.index.people.values() for w in self.index.role_words(p)
                        }
                    # "the judge" for "Justice Anne Ward": a word the role stands for counts
                    if head not in heads and heads.isdisjoint(
                        self.lexicon.role_synonyms.get(head, ())
                    ):
                        break
                    phrase = text[match.start(1) : words[k].end()]
                    found = self.index.described_mention(phrase, match.start(1))
                    if (
                        found is not None
                        # "The governor claimed …" pages after a governor was last named
                        # means someone the writer has in mind, not that governor
                        and self._still_in_mind(found[0], index, phrase)
                        and self.fits_description(found[2], words[1:k])
                    ):
                        described.append((match.start(1), words[k].end(), found[2]))
                    break
        return described

    def _still_in_mind(self, named_at: int, index: int, phrase: str) -> bool:
        """Whether the person named at `named_at` is still the one a description opening
        sentence `index` means: named within the last few sentences, or referred to there
        by the same description ("In her judgment, the judge wrote …" keeps the judge in
        mind however long ago she was named)."""
        if bisect_right(self.sentence_starts, named_at) - 1 >= index - PRONOUN_SENTENCES:
            return True
        floor = self.sentences[max(0, index - DESCRIPTION_CHAIN_SENTENCES)][0]
        opening = self.sentences[index][0]
        described = phrase.lower()
        return described.startswith("the ") and described in self.text[floor:opening].lower()

    def fits_description(self, name: str, modifiers: list[re.Match[str]]) -> bool:
        """Whether the capitalised words of a description ("The Wisconsin Republican") are
        all among the person's roles: "Wisconsin" must show in them, not only "Republican"."""
        roles = self.index.role_words(self.index.people[name])
        return all(
            word.group().lower() in roles for word in modifiers if word.group()[:1].isupper()
        )

    def described_subject(
        self, start: int, limit: int, gender: str | None
    ) -> tuple[int, str] | None:
        """The unnamed person whose description opens the main clause of the sentence at
        `start` ("A neighbour", "One 54-year-old witness"), if a pronoun of `gender` can
        mean them: where it starts, and its words."""
        opening = self.index.main_clause_start(start, limit)
        word = first_word_after_openers(self.text, opening, limit, self.lexicon.discourse_openers)
        if word is None:
            return None
        match = self.patterns.described_person.match(self.text, word.start(), limit)
        if match is None:
            # "Gerald Orme's widow sat in the front row. "…," she said"
            match = self.patterns.kin_of_name.match(self.text, word.start(), limit)
        if match is None or self.analysis.in_quote(match.start(1)):
            return None
        end = match.end(1)
        heads = person_heads(self.lexicon)
        following = PLAIN_WORD.match(self.text, end + 1, limit)
        while (
            following is not None and self.text[end] == " " and following.group().lower() in heads
        ):
            end = following.end()  # "One local woman": the description runs on to its last noun
            following = PLAIN_WORD.match(self.text, end + 1, limit)
        if NAME_IN_APPOSITION.match(self.text, end, limit):
            return None  # "One commuter, Tasha Bell, said": the name is who the pronoun means
        cue = PARENTHETICAL_CUE.match(self.text, end, limit)
        if cue is not None and cue.group(1).lower() in self.lexicon.pronouns:
            return None  # "A new manager, he said, could …": the subject of what was said
        head = self.text[match.start(1) : end].split()[-1].lower()
        shown = self.lexicon.kin_words.get(head) or self.lexicon.gendered_titles.get(head)
        shown = (
            shown
            or self.lexicon.gendered_nouns.get(head)
            or owner_gender(self.text, end, limit, self.lexicon)
        )
        if shown in ("male", "female") and gender is not None and shown != gender:
            return None  # "A woman said … he said": someone else
        return match.start(1), self.text[match.start(1) : end]
