"""Joint speakers: two people named together ("Tom Hale and Ann Ruiz said") speak as one group."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable

from quotes.engine.grammar import Mention
from quotes.engine.speakers.antecedents import Antecedents
from quotes.engine.speakers.person import speaker_record
from quotes.engine.speakers.words import AND_AFTER, AND_BEFORE, JOINED_NAME_END, JOINED_REACH, WORD
from quotes.records import Speaker


class JointSpeakers:
    """Finds the second person a speaker is named together with, and makes the pair one speaker."""

    def __init__(
        self, index: Antecedents, resolve: Callable[[Mention], tuple[Speaker | None, bool]]
    ) -> None:
        self.index = index
        self.text = self.index.text
        self.lexicon = self.index.lexicon
        self.closing_marks = self.index.closing_marks
        self.sentences = self.index.sentences
        self.sentence_starts = self.index.sentence_starts
        self.resolve = resolve  # the resolver's own, for the person a run names

    def joint_speaker(self, mention: Mention, speaker: Speaker) -> Speaker:
        """Two people who speak together: "Danielle Smith and Scott Moe said in a joint
        statement", "…," said Mary Hale and John Ortiz. The quote is both of theirs, never
        only the one next to the verb; a name joined to an organisation or a clause ("When
        Trump attacked Clinton and Sanders said") is not."""
        text = self.text
        index = bisect_right(self.sentence_starts, mention.start) - 1
        start, end = self.sentences[index] if index >= 0 else (0, len(text))
        joined = AND_BEFORE.search(text, max(start, mention.start - JOINED_REACH), mention.start)
        opening = self.name_words_before(start, joined.start()) if joined else None
        if joined is not None and opening is not None:
            first = self.person_run(opening, joined.start())
            if first is not None:
                return self.together(first, speaker, opening, mention.end)
        joined = AND_AFTER.match(text, mention.end, end)
        last = JOINED_NAME_END.match(text, joined.end(), end) if joined else None
        if joined is not None and last is not None:
            second = self.person_run(joined.end(), last.end())
            if second is not None:
                return self.together(speaker, second, mention.start, last.end())
        return speaker

    def name_words_before(self, start: int, end: int) -> int | None:
        """Where the capitalised words that end at `end` begin, when they open the clause
        (after the sentence's start, a comma or a closing quotation mark: "On Monday, Tom
        Hale and …", "“…,” Tom Hale and …"); None after any other word ("When Trump
        attacked Clinton and …", "critics of Hale and …")."""
        particles = self.lexicon.particles
        words = list(WORD.finditer(self.text, start, end))
        k = len(words)
        while k > 0 and (words[k - 1].group()[:1].isupper() or words[k - 1].group() in particles):
            if (
                k < len(words)
                and not words[k - 1].group()[-1:].isalnum()
                and (not words[k - 1].group().endswith("."))
            ):
                break  # "Monday," ends the words before the name
            k -= 1
        if k == len(words):
            return None
        if k > 0 and words[k - 1].group()[-1:] not in ",:" + self.closing_marks:
            return None
        if (
            k > 0
            and words[k - 1].group().endswith(",")
            and not self.opener_before(words[:k])
            and self.index.main_clause_start(start, end) != words[k - 1].end()
        ):
            return None  # "Will Smith, Patti LaBelle and Stevie Wonder": a list, not a pair
        return words[k].start()

    def opener_before(self, words: list[re.Match[str]]) -> bool:
        """Whether the words up to a comma are one opening phrase ("On Monday,", "Later,"),
        not names of a list."""
        lexicon = self.lexicon
        first = words[0].group().lower().strip(",")
        return sum(w.group().endswith(",") for w in words) == 1 and (
            first in lexicon.function_words or first in lexicon.discourse_openers
        )

    def person_run(self, start: int, end: int) -> Speaker | None:
        """The person a capitalised run from `start` to `end` names, filling it whole."""
        run = self.index.split_run(start, end)
        if run is None or run.end != end or not run.name:
            return None
        if self.index.is_organisation(run):
            return None
        speaker, _ = self.resolve(Mention(start, end, "name"))
        if speaker is None or speaker.kind != "person":
            return None
        # a lone word is someone's surname only when the article names that person
        return speaker if " " in speaker.name or speaker.name in self.index.people else None

    def together(self, first: Speaker, second: Speaker, start: int, end: int) -> Speaker:
        """One speaker for two people named together."""
        if first.name == second.name:
            return second
        name = " and ".join(
            self.index.name_words.without_leading_words(s.name) for s in (first, second)
        )
        self.index.groups.add(start, name)
        return speaker_record(
            name=name, kind="group", mention=self.index.span(start, end), resolution="explicit"
        )
