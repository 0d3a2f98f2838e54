"""A document's mentions picked out for a pronoun's gender, for constant-time questions."""

from __future__ import annotations

from functools import cached_property

from quotes.engine.speakers.person import Person


class MentionSet:
    """Some of a document's mentions, picked out of all of them (in text order), so that
    questions about a stretch of them take constant time."""

    def __init__(self, names: list[str], picked: list[bool]) -> None:
        count = len(picked)
        # the first picked mention at or after each index, and the last one before it
        self._next = following = [count] * (count + 1)
        first = count
        for k in range(count - 1, -1, -1):
            if picked[k]:
                first = k
            following[k] = first
        # how many picked mentions before each index name someone other than the picked
        # mention before them (one pass, in locals: built for every pronoun's gender)
        self._last = preceding = [-1] * (count + 1)
        self._changes = changes = [0] * (count + 1)
        last = -1
        changed = 0
        previous: str | None = None
        for k, is_picked in enumerate(picked):
            if is_picked:
                name = names[k]
                if previous is not None and name != previous:
                    changed += 1
                previous = name
                last = k
            preceding[k + 1] = last
            changes[k + 1] = changed

    def first(self, at: int) -> int:
        """The index of the first picked mention at or after index `at`, or the count."""
        return self._next[at]

    def last(self, before: int) -> int:
        """The index of the last picked mention before index `before`, or -1."""
        return self._last[before]

    def names_differ(self, first: int, end: int) -> bool:
        """Whether the picked mentions from index `first` (itself picked) up to index `end`
        name more than one person."""
        return first < end and self._changes[end] - self._changes[first + 1] > 0


class AntecedentIndex:
    """The mentions that may stand before a pronoun of one gender, picked out once per
    document: a person of that gender or of unknown gender, and which of them a cue names.

    Each set is built the first time a pronoun asks for it.
    """

    def __init__(
        self,
        mentions: list[tuple[int, int, str]],
        people: dict[str, Person],
        speaker_starts: set[int],
        gender: str | None,
        no_one: frozenset[str] = frozenset(),
        shared: dict[int, list[str]] | None = None,
        modifiers: list[bool] | None = None,
    ) -> None:
        modifiers = modifiers or [False] * len(mentions)
        self.names = [name for _, _, name in mentions]
        for k, names in (shared or {}).items():
            # "Clinton" nearest to Bill Clinton's full name, before "she": the one person of
            # that surname the pronoun can mean
            person = people.get(self.names[k])
            if gender is not None and person is not None and person.gender not in (None, gender):
                fitting = [name for name in names if people[name].gender == gender]
                if len(fitting) == 1:
                    self.names[k] = fitting[0]
        self.persons = [people.get(name) for name in self.names]
        self.genders = [person.gender if person else None for person in self.persons]
        self.cued = [start in speaker_starts for start, _, _ in mentions]
        self.gender = gender
        self._fits = [
            (gender is None or g in (None, gender)) and name not in no_one and not modifier
            for g, name, modifier in zip(self.genders, self.names, modifiers, strict=True)
        ]
        self._known = [f and g is not None for f, g in zip(self._fits, self.genders, strict=True)]

    @cached_property
    def fitting(self) -> MentionSet:
        """Any name that fits, a known person's or not."""
        return MentionSet(self.names, self._fits)

    @cached_property
    def known(self) -> MentionSet:
        """A fitting name of a person whose gender the article shows."""
        return MentionSet(self.names, self._known)

    @cached_property
    def speaker(self) -> MentionSet:
        """A fitting name that a cue names as a speaker."""
        return MentionSet(self.names, [f and c for f, c in zip(self._fits, self.cued, strict=True)])

    @cached_property
    def known_speaker(self) -> MentionSet:
        """A known person's name that a cue names as a speaker."""
        picked = [k and c for k, c in zip(self._known, self.cued, strict=True)]
        return MentionSet(self.names, picked)

    @cached_property
    def person(self) -> MentionSet:
        """A person the article names who fits."""
        picked = [p is not None and p.gender in (None, self.gender) for p in self.persons]
        return MentionSet(self.names, picked)

    @cached_property
    def sure_speaker(self) -> MentionSet:
        """A person a cue names who is known to be of the pronoun's gender."""
        picked = [
            c and p is not None and p.gender == self.gender
            for c, p in zip(self.cued, self.persons, strict=True)
        ]
        return MentionSet(self.names, picked)
