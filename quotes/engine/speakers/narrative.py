"""The narrative's name runs that may name a person, and the Title Case headlines among them."""

from __future__ import annotations

from functools import cached_property

from quotes.engine.speakers.lines import CreditLines, HeadlineLines
from quotes.engine.speakers.person import NameRun
from quotes.engine.speakers.runs import NameRuns
from quotes.engine.speakers.words import HEADLINE_VERB, PHOTO_CREDIT_CHARACTERS, WORD


class NarrativeRuns:
    """Reads a document's name runs, telling headline words from names."""

    def __init__(self, runs: NameRuns) -> None:
        self.runs = runs
        self.analysis = self.runs.analysis
        self.text = self.runs.text
        self.lexicon = self.runs.lexicon
        self.patterns = self.runs.patterns
        self.closing_marks = self.runs.closing_marks

    @cached_property
    def headlines(self) -> HeadlineLines:
        """The document's Title Case lines, read once each."""
        return HeadlineLines(self.text, self.closing_marks, self.lexicon.title_small_words)

    def name_in_headline(self, run: NameRun) -> NameRun | None:
        """The person's name inside a run of a Title Case headline ("Black Lawmakers Rip
        Donald Trump"): from its last given name on, or none; never the whole run, whose
        full "name" would swallow every later mention of Trump."""
        at = self.given_name_inside(run)
        if at is None:
            return None
        end = at
        small = self.lexicon.title_small_words
        for word in WORD.finditer(self.text, at, run.end):
            if word.group().lower() in small:
                break  # "… Dan Marsh Over 'Broken Promises'": the headline goes on
            end = word.end()
        return self.runs.split_run(at, end)

    def given_name_inside(self, run: NameRun) -> int | None:
        """Where the last given name after a run's first word starts, if one does and a
        surname follows it."""
        given = self.lexicon.given_names
        words = run.words
        for i in range(len(words) - 2, 0, -1):
            if words[i].lower() in given:
                found = self.text.find(" " + words[i] + " ", run.name_start, run.end)
                return found + 1 if found >= 0 else None
        return None

    def headline_subject(self, run: NameRun) -> int | None:
        """Where the subject ends in a Title Case headline's run of a subject, a verb and a
        person ("Black Lawmakers Rip Donald Trump"): before the word before the person's
        given name; None for a run that is no such headline."""
        if len(run.words) < 4 or run.title or not self.headlines.holds(run.start):
            return None
        at = self.given_name_inside(run)
        if at is None:
            return None
        verb = self.text.rfind(" ", run.name_start, at - 1)
        return verb if verb > run.name_start else None

    def _photo_credit(self, start: int) -> bool:
        """Whether the name run at `start` follows a picture's credit on its line."""
        # the line's start within reach (a bounded look back: a text of one long line
        # stays linear)
        reach = max(0, start - PHOTO_CREDIT_CHARACTERS)
        reach = max(reach, self.text.rfind("\n", reach, start) + 1)
        if self.text.find(":", reach, start) < 0:
            return False  # no credit's colon before the name: no pattern to run
        return self.patterns.photo_credit.search(self.text, reach, start) is not None

    def narrative_name_runs(self) -> tuple[list[NameRun], list[tuple[int, int, str]]]:
        """The name runs of the narrative that may name a person, and the runs with no title
        or known given name as (start, end, last word)."""
        runs: list[NameRun] = []
        untitled: list[tuple[int, int, str]] = []
        headlines = self.headlines
        credits = CreditLines(self.text, self.patterns.byline)
        for match in self.analysis.name_runs():
            word = match.group()
            start, end = match.span()
            if credits.holds(start) or self._photo_credit(start):
                # "By Sarah Chen, Global News", "Picture: NCA NewsWire / Darcy Fennimore":
                # the reporter or the photographer, no one in the story
                continue
            # a Title Case verb is a word ending in "s" (most runs hold none: no pattern)
            verb = (
                next(
                    (
                        v
                        for v in HEADLINE_VERB.finditer(word)
                        if v.group(1).lower() in self.lexicon.all_verbs
                        or v.group(1).lower() in self.lexicon.function_words  # "… Crowd Does Not"
                    ),
                    None,
                )
                if "s" in word
                else None
            )
            if verb is not None:
                # "Donald Trump Praises Breitbart's Editor": a Title Case verb ends the name
                end = start + verb.start()
                word = word[: verb.start()]
                if " " not in word:
                    continue
            # only long runs can be a headline's words glued together ("Cruz Apologizes To …")
            if word.count(" ") >= 2 and headlines.holds(start):
                continue
            if not self.runs.may_name_person(word):
                untitled.append((start, end, word.rsplit(None, 1)[-1]))
                continue
            run = self.runs.split_run(start, end)
            if run is not None:
                runs.append(run)
        return runs, untitled
