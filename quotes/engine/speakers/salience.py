"""Salience: which of a sentence's mentions a pronoun most likely means."""

from __future__ import annotations

from bisect import bisect_left

from quotes.engine.speakers.descriptions import Descriptions
from quotes.engine.speakers.mention_sets import AntecedentIndex, MentionSet
from quotes.engine.speakers.subjects import ClauseSubjects
from quotes.engine.speakers.words import (
    COORDINATION_CHARACTERS,
    EXCLUDED_SKIPS,
    PARENTHESIS,
    POSSESSIVE_AFTER,
)

# A sentence's opening words read for a participle, and its main clause's for "the" and
# a role ("Asked whether …, the Drumcullen manager").
ROLE_OPENING_CHARACTERS = 60


class Salience:
    """Ranks the mentions of a sentence as a pronoun's antecedents."""

    def __init__(self, index: Descriptions, subjects: ClauseSubjects) -> None:
        self.index = index
        self.text = self.index.text
        self.lexicon = self.index.lexicon
        self.subjects = subjects

    def best_in_sentence(
        self,
        start: int,
        limit: int,
        bounds: tuple[int, int],
        excluded: frozenset[str],
        antecedents: AntecedentIndex,
    ) -> int:
        """The index of the likeliest antecedent among the mentions from `bounds[0]` to
        `bounds[1]` of the sentence at `start`, one of which fits."""
        lo, hi = bounds
        mentions = self.index.mentions
        # the main clause's subject is the likeliest; then a speaker named by a cue rather
        # than a name in passing, even one whose gender the article does not show ('"…,"
        # Okafor said of Premier Dan Marsh. / "…," he added'), the main clause's names
        # rather than those of an opening "When …," clause, and someone known to be "he"
        # or "she" rather than a name of unknown gender
        main_start = self.index.main_clause_start(start, limit)
        main = max(lo, bisect_left(mentions, (main_start,)))
        subject = self.subjects.subject_of(main_start, main, hi, excluded, antecedents)
        if subject is not None:
            return subject
        if (
            main_start > start
            and self._participle_then_role(start, main_start, limit)
            and (self.first_allowed(antecedents.fitting, main, hi, excluded) >= hi)
        ):
            # "Asked whether the goal from Darragh Lyster …, the Drumcullen manager shook
            # his head": the participle's names are what he was asked of, and the main
            # clause's subject a role: no one named in this sentence
            return -1
        preferred = (
            (antecedents.known_speaker, lo),
            (antecedents.speaker, lo),
            (antecedents.known, main),
            (antecedents.known, lo),
            (antecedents.speaker, lo),
            (antecedents.fitting, main),
        )
        return next(
            (k for k in (self.first_allowed(s, at, hi, excluded) for s, at in preferred) if k < hi),
            self.first_allowed(antecedents.fitting, lo, hi, excluded),
        )

    def _participle_then_role(self, start: int, main_start: int, limit: int) -> bool:
        """Whether the sentence at `start` opens with a participle ("Asked whether …,",
        "Speaking to reporters,") and its main clause at `main_start` with "the" and a role
        ("the Drumcullen manager")."""
        text, lexicon = self.index.text, self.index.lexicon
        first = text[start : min(main_start, start + ROLE_OPENING_CHARACTERS)].split()[:1]
        opener = first[0].lower() if first else ""
        if not (opener.endswith(("ed", "ing")) or opener in lexicon.opening_participles):
            return False
        words = text[main_start : min(limit, main_start + ROLE_OPENING_CHARACTERS)].split()
        if len(words) < 2 or words[0].lower() != "the":
            return False
        return any(word.lower().strip(",") in lexicon.roles for word in words[1:4])

    def coordinated(self, k: int, excluded: frozenset[str], antecedents: AntecedentIndex) -> bool:
        """Whether the mention at index `k` is joined by "and" or "or" to the name of another
        person the pronoun may mean ("Tom Hale and Bill Ortiz", "Sens. Jon Tester (D-Mont.)
        and David Vitter"): both are as salient, and the pronoun tells them apart no more."""
        mentions = self.index.mentions
        name = mentions[k][2]
        # the whole name: "Tom Hale" also holds the mention "Hale"
        before, after = k - 1, k + 1
        start, end = mentions[k][0], mentions[k][1]
        while before >= 0 and mentions[before][2] == name and mentions[before][1] >= start:
            start = min(start, mentions[before][0])
            before -= 1
        while after < len(mentions) and mentions[after][2] == name and mentions[after][0] <= end:
            end = max(end, mentions[after][1])
            after += 1
        return any(
            0 <= j < len(mentions)
            and mentions[j][2] != name
            and mentions[j][2] not in excluded
            and antecedents.fitting.first(j) == j
            and self.joined(*sorted(((start, end), mentions[j][:2])))
            for j in (before, after)
        )

    def joined(self, first: tuple[int, int], second: tuple[int, int]) -> bool:
        """Whether two names are joined by "and", "or" or "&", with only titles, roles and
        parentheses between, neither of them a possessive ("Hale and Ortiz's lawyer")."""
        text = self.text
        if (
            second[0] - first[1] > COORDINATION_CHARACTERS
            or POSSESSIVE_AFTER.match(text, first[1])
            or POSSESSIVE_AFTER.match(text, second[1])
        ):
            return False
        words = PARENTHESIS.sub(" ", text[first[1] : second[0]]).replace(",", " ").lower().split()
        lexicon = self.lexicon
        return words[:1] in (["and"], ["or"], ["&"]) and all(
            w in lexicon.titles or w in lexicon.roles for w in words[1:]
        )

    def first_allowed(self, picked: MentionSet, lo: int, hi: int, excluded: frozenset[str]) -> int:
        """The first picked mention from `lo` (before `hi`) naming no one `excluded`, or `hi`.

        An excluded person named many times in a row ends the search after a few of them:
        the pronoun then looks no further back, and stays linear."""
        k = picked.first(lo)
        if not excluded:
            return min(k, hi)
        for _ in range(EXCLUDED_SKIPS):
            if k >= hi or self.index.mentions[k][2] not in excluded:
                return min(k, hi)
            k = picked.first(k + 1)
        return hi
