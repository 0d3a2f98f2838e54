"""Which name is the subject of a clause: a name heading its phrase, followed by its verb."""

from __future__ import annotations

from bisect import bisect_left

from quotes.engine.speakers.descriptions import Descriptions
from quotes.engine.speakers.mention_sets import AntecedentIndex
from quotes.engine.speakers.words import (
    EXCLUDED_SKIPS,
    MODIFIER_WORDS,
    NEXT_WORDS,
    PLAIN_WORD,
    POSSESSIVE_AFTER,
    SHORT_WORD,
)


class ClauseSubjects:
    """Finds the subject among the mentions opening a main clause."""

    def __init__(self, index: Descriptions) -> None:
        self.index = index
        self.introductions = index.introductions
        self.text = self.index.text
        self.lexicon = self.index.lexicon
        self.filler = self.index.filler

    def subject_of(
        self,
        clause_start: int,
        lo: int,
        hi: int,
        excluded: frozenset[str],
        antecedents: AntecedentIndex,
    ) -> int | None:
        """The index of the mention that is the subject of the main clause starting at
        `clause_start` ("Fox News host Sean Hannity indicated …"), if it may be the
        pronoun's: the most salient person of a sentence is its subject."""
        text = self.text
        modified_at = -1  # where the name modifying the next one starts
        for k in range(lo, min(hi, lo + EXCLUDED_SKIPS)):
            m_start, m_end, _ = self.index.mentions[k]
            if k > lo and m_start < self.index.mentions[k - 1][1]:
                continue  # "Hannity" inside "Sean Hannity": the whole name was read
            lead_start = modified_at if modified_at >= 0 else m_start
            modified_at = -1
            comma = text.rfind(",", clause_start, lead_start)
            lead = text[max(clause_start, comma + 1) : lead_start]
            if not self.name_lead(lead):
                continue
            if self.modifies_next(k, hi):
                # "Minnesota state delegate Mary Susan", "Lyle campaign communications
                # director Joan Pell": the name after heads the phrase this one opens
                modified_at = lead_start
                continue
            if POSSESSIVE_AFTER.match(text, m_end):
                continue  # "Trump's plan"
            opens = comma < 0 or self.introductions.described_opening(clause_start, comma)
            if not self.verb_may_follow(
                self.introductions.past_appositive(m_end) if opens else m_end
            ):
                continue  # "…, Rubio and Cruz", "the South Carolina congressman"
            # a subject of unknown gender ("Republican", "Minnesota") is left to the
            # preferences below, where a person known to fit comes first; one an age or a
            # role showed to be a person ("Tomasz Wrona, 44, … Wrona told Mayor Dan Marsh")
            # is the subject all the same
            name = antecedents.names[k]
            if name in excluded or antecedents.fitting.first(k) != k:
                return None
            if antecedents.known.first(k) != k and name.rsplit(None, 1)[-1] not in (
                self.index.shown_surnames
            ):
                return None
            return k
        return None

    def modifies_next(self, k: int, hi: int) -> bool:
        """Whether the mention at index `k` modifies the name after it ("Minnesota state
        delegate Mary Susan", "Fox News host Sean Hannity"): a few words, the last a role."""
        end = self.index.mentions[k][1]
        after = bisect_left(
            self.index.mentions, (end,), k + 1, hi
        )  # past "Hannity" in "Sean Hannity"
        if after >= hi:
            return False
        bridge = self.text[end : self.index.mentions[after][0]]
        words = bridge.split()
        return (
            "," not in bridge
            and len(words) <= MODIFIER_WORDS
            and (
                not words
                or words[-1].lower().rstrip(".") in self.lexicon.roles
                or words[-1].lower() in self.lexicon.titles
            )
            and not any(self.no_modifier_word(word) for word in words)
        )

    def no_modifier_word(self, word: str) -> bool:
        """Whether a word between two names shows that the first is no modifier of the
        second: a verb or a function word ("Vasko met Premier Dan Marsh", "Hale and Gov.
        Ortiz"), where a modifier's words are nouns ("campaign communications director")."""
        lower = word.lower()
        lexicon = self.lexicon
        if lower in lexicon.roles or lower.rstrip(".") in lexicon.titles or lower in lexicon.titles:
            return False
        return (
            len(lower) <= SHORT_WORD
            or lower.endswith("ed")
            or lower in lexicon.all_verbs
            or lower in lexicon.function_words
        )

    def verb_may_follow(self, at: int) -> bool:
        """Whether the word after a name may be its verb or an adverb before it ("Hannity
        indicated", "Pence on Thursday blamed"): a lower-case word that is no noun of a
        person, role or body and no conjunction (a list, or a name modifying a noun)."""
        after = NEXT_WORDS.match(self.text, at)
        if after is None:
            return False
        word = after.group(1)
        lexicon = self.lexicon
        return not (
            word in lexicon.roles
            or word in lexicon.person_nouns
            or word in lexicon.organisation_words
            or word in lexicon.conjunctions
        )

    def name_lead(self, lead: str) -> bool:
        """Whether the words before a name are only its title, role and determiner ("Fox News
        host", "former Gov.", "But the"): the name heads its phrase."""
        lexicon = self.lexicon
        for word in PLAIN_WORD.finditer(lead):
            lower = word.group().lower()
            if not (
                (
                    word.group()[0].isupper()
                    and lower not in self.filler
                    and lower not in lexicon.subordinators
                )
                or lower in lexicon.titles
                or lower in lexicon.roles
                or lower in lexicon.determiners
                or lower in lexicon.discourse_openers
            ):
                return False
        return True
