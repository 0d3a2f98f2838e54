"""Which mentions agree with a pronoun's gender, indexed once per gender, and recent speakers."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from quotes.engine.speakers.descriptions import Descriptions
from quotes.engine.speakers.mention_sets import AntecedentIndex
from quotes.engine.speakers.words import NOUN_AFTER, POSSESSIVE_INSIDE


class Agreement:
    """The mentions that may stand before a pronoun, per gender, and speakers cues just named."""

    def __init__(self, index: Descriptions) -> None:
        self.index = index
        self.text = self.index.text
        self.lexicon = self.index.lexicon
        self.sentences = self.index.sentences
        self.sentence_starts = self.index.sentence_starts
        self.filler = self.index.filler
        # pronoun gender → the mentions indexed as its possible antecedents (person_before)
        self.antecedent_index: dict[str | None, AntecedentIndex] = {}

    def antecedents(self, gender: str | None) -> AntecedentIndex:
        """The document's mentions indexed as antecedents of a pronoun of `gender`."""
        found = self.antecedent_index.get(gender)
        if found is None:
            found = self.antecedent_index[gender] = AntecedentIndex(
                self.index.mentions,
                self.index.people,
                self.index.speaker_starts,
                gender,
                self.no_one_names(),
                self.shared_surnames(),
                self.modifier_mentions(),
            )
        return found

    def modifier_mentions(self) -> list[bool]:
        """For each mention, whether it is a name modifying a noun after "the" ("the Clinton
        campaign", "the Trump administration"): the body is spoken of, and "he" or "she"
        after it is not the person named."""
        text = self.text
        return [
            text[max(0, start - 4) : start] == "the " and NOUN_AFTER.match(text, end) is not None
            for start, end, _ in self.index.mentions
        ]

    def shared_surnames(self) -> dict[int, list[str]]:
        """The index of each mention by a surname alone that several people of the article
        share ("Clinton": Bill and Hillary Clinton), with those people."""
        shared: dict[int, list[str]] = {}
        for k, (start, end, name) in enumerate(self.index.mentions):
            word = self.text[start:end]
            if " " in word or word not in self.index.by_surname:
                continue
            if k and self.index.mentions[k - 1][1] > start:
                continue  # "Clinton" inside "Hillary Rodham Clinton": the full name tells
            _, names = self.index.fullest_names((word,))
            people = [other for other in dict.fromkeys(names) if other in self.index.people]
            if len(people) < 2:
                continue
            # only the one the article introduces first, whom it is about: "Fiorina" after
            # "her husband, Frank Fiorina" still means Carly Fiorina, but "Clinton" in a
            # piece on Hillary Clinton never becomes a Bill Clinton named later
            main = min(self.index.by_surname[word])[1]
            if main != name and main in people:
                shared[k] = [main]
        return shared

    def no_one_names(self) -> frozenset[str]:
        """The "people" of unknown gender whose name is a place, a plural noun or a
        possessive phrase ("South Carolina", "Russia", "Critics", "Obama's Cabinet"): a cue may make
        them a speaker, but "he" or "she" never stands for them."""
        lexicon = self.lexicon
        return frozenset(
            name
            for name, person in self.index.people.items()
            if person.gender is None
            and (
                name.lower() in lexicon.regions
                or name.lower() in lexicon.places
                or POSSESSIVE_INSIDE.search(name) is not None  # "Obama's Cabinet"
                or (
                    " " not in name
                    and name.endswith("s")
                    and (name.lower() in lexicon.roles or name[:-1].lower() in lexicon.roles)
                )
                or name.lower() in self.filler
            )
        )

    def recent_speaker(self, offset: int, index: int, gender: str | None) -> str | None:
        """The speaker a cue named in this sentence or the one before, when that person is
        known to be `gender` and is the only fitting person named there, or the last one
        ("Torres thanked her, and Voss said that she had "…" / "…," she said" is Voss)."""
        floor = self.sentences[max(0, index - 1)][0]
        lo = bisect_right(self.index.mentions, (floor, -1, ""))
        hi = bisect_left(self.index.mentions, (offset,))
        antecedents = self.antecedents(gender)
        speaker = antecedents.sure_speaker.last(hi)
        if speaker < lo or antecedents.person.names_differ(speaker, hi):
            return None
        return antecedents.names[speaker]

    def recently_cued(self, name: str, offset: int) -> bool:
        """Whether a cue named `name` as a speaker in the sentence of `offset` or the two
        before it."""
        index = bisect_right(self.sentence_starts, offset) - 1
        floor = self.sentences[max(0, index - 2)][0] if index >= 0 else 0
        lo = bisect_left(self.index.mentions, (floor,))
        hi = bisect_left(self.index.mentions, (offset,))
        return any(
            m_name == name and m_start in self.index.speaker_starts
            for m_start, _, m_name in self.index.mentions[lo:hi]
        )
