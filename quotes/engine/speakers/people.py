"""Every person the narrative names, with their genders, roles and mentions."""

from __future__ import annotations

from collections.abc import Callable

from quotes.engine.analysis import DocumentAnalysis
from quotes.engine.grammar import Mention
from quotes.engine.lexicon import Lexicon
from quotes.engine.speakers.forms import NameForms
from quotes.engine.speakers.genders import GenderWords
from quotes.engine.speakers.introductions import (
    Introductions,
    full_name_edges,
    joined_to_name,
    speaking_surnames,
    speaks_after,
)
from quotes.engine.speakers.known import KnownPeople
from quotes.engine.speakers.mentions import GivenNameMentions, MentionFinder
from quotes.engine.speakers.narrative import NarrativeRuns
from quotes.engine.speakers.pairs import PairReferences
from quotes.engine.speakers.person import NameRun, Person
from quotes.engine.speakers.words import (
    AND_AFTER,
    COMMON_WORD_LOOKS,
    FEW_SURNAMES,
    POSSESSIVE_INSIDE,
    UPPER_RUN,
    find_all,
)


class PeopleIndex(NameForms):
    """Every person the narrative names, their genders and roles, and each mention
    of them, collected once when the document is read."""

    def __init__(self, analysis: DocumentAnalysis, explicit_names: list[Mention]) -> None:
        super().__init__(analysis)
        self.introductions = Introductions(self.text, self.lexicon)
        self.narrative = NarrativeRuns(self)
        self.known = KnownPeople(self)
        self.finder = MentionFinder(self.known, self.introductions)
        self.genders = GenderWords(self.known)
        self.people = self.known.people
        self.speaker_starts = self.known.speaker_starts
        self._collect(explicit_names)

    def _collect(self, explicit: list[Mention]) -> None:
        """Finds every person named in the narrative, and their full names."""
        explicit_starts = {m.start for m in explicit}
        runs, untitled = self.narrative.narrative_name_runs()
        explicit_runs = self._explicit_runs(explicit)
        # "Karl Weiss opened the quay … Weiss said": a full name, then the surname as speaker
        speaker_surnames = {run.words[0] for run in explicit_runs if len(run.words) == 1}
        shown_people = self._introduced_surnames(untitled)
        speaker_surnames |= shown_people
        full_names = full_name_edges(runs, self.lexicon)
        # "Brandt said she …": a surname no one named with a given name or title has
        speaking = speaking_surnames(self.text, self.lexicon) if untitled else set()
        speaking -= {run.words[-1] for run in runs}
        for start, end, surname in untitled:
            described = surname in speaking or shown_person(
                self.introductions, self.lexicon, start, end, full_names
            )
            if described:
                shown_people.add(surname)
            if surname in speaker_surnames or described:
                run = self.split_run(start, end)
                if run is not None:
                    runs.append(run)
                    explicit_starts.add(run.start)
        # surnames of people an age or a role shows to be people, whatever their given
        # name: such a person may be a sentence's subject before "he" or "she" is known
        self.shown_surnames = frozenset(shown_people)
        self.finder.add_people([*runs, *explicit_runs], explicit_starts)
        self.finder.add_kin_names()
        self.finder.collect_surnames()
        GivenNameMentions(self.known).collect()
        self._add_cued(explicit_runs)
        self.known.sort_mentions()
        PairReferences(self.known).add_mentions()
        self.mentions = self.known.mentions
        self.genders.genders_from_words()

    def _explicit_runs(self, explicit: list[Mention]) -> list[NameRun]:
        """The name runs of the names attribution rules found, a headline's trimmed."""
        explicit_runs = []
        headlines = self.narrative.headlines
        for whole in explicit:
            # "Tom Hale and Ann Ruiz said": two people, never one named "Tom Hale and Ann Ruiz"
            for mention in self.conjuncts(whole) or (whole,):
                run = self.split_run(mention.start, mention.end)
                if run is not None and len(run.words) > 2 and headlines.holds(run.start):
                    run = self.narrative.name_in_headline(run)
                if run is not None:
                    explicit_runs.append(run)
        return explicit_runs

    def _introduced_surnames(self, untitled: list[tuple[int, int, str]]) -> set[str]:
        """The last words of untitled runs that the article later gives an age or a role:
        "Florent Groberg is a captain … Groberg, 33, said" shows that the full name before
        is a person's."""
        candidates: set[str] = set()
        for start, end, surname in untitled:
            run_text = self.text[start:end]
            if (
                " " in run_text.strip()
                and surname not in candidates
                and not POSSESSIVE_INSIDE.search(run_text)  # "Boston's Walsh"
                and surname.lower() not in self.lexicon.function_words  # "Twitter Thursday"
            ):
                candidates.add(surname)
        before_commas = self._before_commas(candidates)
        introduced = {
            surname: any(
                self.introductions.introduced_after(at + len(surname))
                for at in before_commas(surname)
            )
            for surname in candidates
        }
        return {surname for surname, shown in introduced.items() if shown}

    def _before_commas(self, words: set[str]) -> Callable[[str], list[int]]:
        """Where each of `words` stands whole before a comma (up to a few times): searched
        for one by one when they are few, else read off one pass over the capitalised
        words of the text, so that an article naming thousands of people stays linear."""
        text = self.text

        def searched(word: str) -> list[int]:
            found = find_all(text, word + ",", COMMON_WORD_LOOKS)
            return [at for at in found if not (at and text[at - 1].isalpha())]

        if len(words) <= FEW_SURNAMES:
            return searched
        positions: dict[str, list[int]] = {}
        for match in UPPER_RUN.finditer(text):
            word = match.group()
            if word in words and text.startswith(",", match.end()):
                positions.setdefault(word, []).append(match.start())
        return lambda word: (
            positions.get(word, [])[:COMMON_WORD_LOOKS]
            if UPPER_RUN.fullmatch(word)
            else searched(word)
        )

    def _add_cued(self, explicit_runs: list[NameRun]) -> None:
        """Records the speakers cues name: a person even when only a surname is given."""
        for run in explicit_runs:
            if len(run.words) == 1 and self.name_words.describes(run.words[0]):
                continue  # "Known across the league as …": a participle opening the sentence
            if len(run.words) == 1 and not self.is_organisation(run) and not self.body_short(run):
                name = self.known.titled_canonical(run, run.start)
                self.people.setdefault(name, Person(name, self.run_gender(run)))
                if not self.known.is_common_word(run):
                    # "People", "Protesters" opening a sentence: no one a pronoun can mean
                    self.known.mentions.append((run.name_start, run.end, name))
            self.speaker_starts.add(run.name_start)

    def has_given_name_or_title(self, name: str) -> bool:
        """Whether the person `name` has a known given name or was given a title or role."""
        person = self.people.get(name)
        first = name.split()[0].lower()
        return first in self.lexicon.given_names or bool(person and person.roles)

    def conjuncts(self, mention: Mention) -> tuple[Mention, Mention] | None:
        """The two names a name mention joins with "and" ("Tom Hale and Ann Ruiz"), or None."""
        if mention.kind != "name":
            return None
        joined = AND_AFTER.search(self.text, mention.start, mention.end)
        if joined is None or not self.text[joined.end() : joined.end() + 1].isupper():
            return None
        if self.text[mention.start].islower():
            return None  # "co-founder and CEO Saoirse Hollinrake": two offices, one name
        if "&" in joined.group():
            return None  # "Harlow & Finch analyst Priyanka Oduya": a firm's name
        return (
            Mention(mention.start, joined.start(), "name"),
            Mention(joined.end(), mention.end, "name"),
        )


def shown_person(
    introductions: Introductions, lexicon: Lexicon, start: int, end: int, full_names: set[int]
) -> bool:
    """Whether the text shows the untitled run from `start` to `end` to be a person's: an
    age, a role, a "who" clause, a speech verb after it, or a full name it joins."""
    text = introductions.text
    return (
        introductions.aged_after(start, end)
        or introductions.described_after(start, end)
        or introductions.who_after(start, end)
        or introductions.role_before(start, end)
        or speaks_after(text, lexicon, start, end)
        or joined_to_name(text, start, end, full_names)
    )
