"""Speaker records: a person, a name run split into title and name, a name several share."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import NamedTuple

from quotes.records import Resolution, Span, Speaker, SpeakerKind


def speaker_record(
    *, name: str, kind: SpeakerKind, role: str | None = None, mention: Span, resolution: Resolution
) -> Speaker:
    """A `Speaker` record; the keywords name its fields as the resolver gives them."""
    return Speaker(name, kind, role, mention, resolution)


@dataclass(slots=True)
class Person:
    """A person named in the document, with every name form seen."""

    name: str
    gender: str | None = None
    roles: list[str] = field(default_factory=list)
    # the same roles, for membership tests that stay cheap however many there are
    role_set: set[str] = field(default_factory=set)
    # words of what an appositive says the person is ("Ana Ruiz, a farmer,"): "the farmer"
    # may stand for them, but the record's role stays what titles and cues say
    described_as: set[str] = field(default_factory=set)
    # capitalised words written before their role ("Waterford manager", "Republican
    # nominee"), lower-cased: "the Limerick manager" is someone else
    modifiers: set[str] = field(default_factory=set)

    def add_role(self, role: str) -> bool:
        """Adds `role` unless it is known; whether it was new."""
        if role in self.role_set:
            return False
        self.role_set.add(role)
        self.roles.append(role)
        return True


class NameRun(NamedTuple):
    """A capitalised run in the narrative, split into title and name.

    A named tuple: built for every run of every document, and a frozen dataclass costs
    several times as much to build."""

    start: int
    end: int
    name_start: int
    name: str
    title: str
    words: tuple[str, ...]


class SharedName:
    """The full mentions of a name form several people share, for finding the nearest.

    `canonical` wants the last of them (in the order names were gathered) at or before an
    offset; a running minimum of their offsets from the end answers that by bisection.
    """

    def __init__(self, candidates: list[tuple[int, str]], names: set[str], bare: bool) -> None:
        self.matching = [(start, full) for start, full in candidates if full in names]
        self.first = min(self.matching)[1]
        self.lowest = _lowest_from_each(self.matching)
        # a bare surname with no full mention of these names before it takes any before it
        self.any = candidates if bare else []
        self.any_lowest = _lowest_from_each(self.any)

    def nearest(self, at: int) -> str:
        """The nearest full name at or before `at`, else the first one."""
        k = bisect_right(self.lowest, at) - 1
        if k >= 0:
            return self.matching[k][1]
        k = bisect_right(self.any_lowest, at) - 1
        if k >= 0:
            return self.any[k][1]
        return self.first


def _lowest_from_each(mentions: list[tuple[int, str]]) -> list[int]:
    """For each position, the lowest offset from there to the end: never decreasing."""
    lowest: list[int] = []
    low = -1
    for start, _ in reversed(mentions):
        low = start if low < 0 or start < low else low
        lowest.append(low)
    return lowest[::-1]
