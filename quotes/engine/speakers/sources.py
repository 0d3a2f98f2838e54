"""Whether a resolved phrase can speak: no fragment, headless description or document."""

from __future__ import annotations

from quotes.engine.analysis import DocumentAnalysis
from quotes.engine.grammar import Mention
from quotes.engine.speakers.antecedents import Antecedents
from quotes.engine.speakers.vocabulary import SPLIT_CACHE_SIZE, UNCHECKED, name_checks
from quotes.engine.speakers.words import GLUED_WORDS
from quotes.records import Speaker


class SourceChecks(Antecedents):
    """Whether a resolved phrase can speak: not a fragment, a headless description or a
    document, and a person the article shows to be one."""

    def __init__(self, analysis: DocumentAnalysis, explicit_names: list[Mention]) -> None:
        super().__init__(analysis, explicit_names)
        # what the checks of `resolve` made of each speaker name, in any document
        self.fragments, self.person_names = name_checks(self.lexicon)

    def is_headless(self, phrase: str) -> bool:
        """Whether a described source ends in a word that cannot head it: a verb ("the city
        embodied"), an adjective ("the deadly") or a bare number ("Forty-one")."""
        words = phrase.split()
        lexicon = self.lexicon
        if (
            len(words) > 2
            and words[1] == "of"
            and (len(words) > 3 or words[2].lower() not in lexicon.object_pronouns)  # "of them"
            and (
                words[0].lower() in lexicon.singular_determiners
                or words[0].lower() in lexicon.count_words
            )
        ):
            words = words[2:]  # "one of the officials": headed as "the officials" is
        # "a tenant in the building": the head comes before the preposition
        cut = next(
            (i for i, w in enumerate(words) if w in self.lexicon.head_prepositions and i > 0), None
        )
        head = (cut if cut is not None else len(words)) - 1
        if head > 0 and words[head] in self.lexicon.postmodifiers:
            head -= 1  # "a person involved in the talks": the noun before "involved" heads it
        last = words[head].strip(".,'’")
        if not last or (not last[0].islower() and not last[0].isdigit()):
            return False
        if last in lexicon.roles or last in lexicon.source_nouns:
            return False
        if last in lexicon.organisation_words and not last.endswith("s"):
            return False  # "the label said": a body, though "label" is a verb too
        if len(words) == 2 and words[0].lower() == "those":
            return False  # "those surveyed", "those polled": a participle as a noun
        if last in lexicon.organisation_words or last.endswith("s"):
            return last in lexicon.all_verbs and not last.endswith("ss")
        return (
            last in lexicon.all_verbs
            or last in self.filler
            or last.endswith(self.lexicon.headless_endings)
            or last.isdigit()
        )

    def is_fragment(self, name: str) -> bool:
        """Whether a speaker name is only function words, quantifiers, sentence adverbs or bare
        adjectives ("Nonetheless", "the new"), a web or live label ("READ MORE", "UPDATE"),
        or a count determiner before an acronym alone ("another GOP")."""
        words = [w.strip(".,'’") for w in name.lower().split()]
        words = [w for w in words if w]
        if not words or any(" ".join(words[:n]) in self.lexicon.web_labels for n in (1, 2, 3)):
            return True
        if words[0] in self.lexicon.live_labels:
            return True  # "UPDATE, 4:40 p.m.: The campaign …": a live blog's label
        filler = self.filler
        if all(w in filler for w in words):
            return True
        if self._headline_words(name.split()):
            return True
        acronyms = name.split()[1:]
        return (
            words[0] in self.lexicon.singular_determiners
            and bool(acronyms)
            and all(w.isupper() or w.lower() in filler for w in acronyms)
        )

    def _headline_words(self, words: list[str]) -> bool:
        """Whether capitalised words are a headline or page furniture run together rather
        than a name: "Thanked Clinton For Her Courage In …" (a small word capitalised inside,
        as titles write "For", "To", "An"), "Cherkis FlagShareLikeReply" (words glued)."""
        small = self.lexicon.title_small_words
        # a capitalised small word after a capitalised word: after a lower-case one it opens
        # a body's name ("a reporter for The New York Times")
        if len(words) >= 4 and any(
            w[:1].isupper() and w.lower() in small and w.lower() != "of" and words[i][:1].isupper()
            for i, w in enumerate(words[1:])
        ):
            return True
        return any(len(w) >= 9 and GLUED_WORDS.search(w) for w in words)

    def plausible_source(self, speaker: Speaker | None) -> bool:
        """Whether a sentence's opening phrase names someone who could speak."""
        if speaker is None:
            return False
        if speaker.resolution == "pronoun":
            return True
        if speaker.kind == "person":
            surname = speaker.name.split()[-1]
            return speaker.name in self.people or any(
                name.split()[-1] == surname for name in self.people
            )
        last = speaker.mention.text.split()[-1].lower()
        return (
            last in self.lexicon.roles
            or last in self.lexicon.organisation_words
            or (speaker.kind == "group" and speaker.mention.text[-1:].isupper())
        )

    # `is_fragment`, `without_leading_words` and `determiner_inside` read a name and the
    # lexicon alone, and speakers' names recur: each name is checked once, in any document.

    def is_fragment_name(self, name: str) -> bool:
        """`is_fragment(name)`, worked out once per name."""
        known = self.fragments.get(name)
        if known is None:
            if len(self.fragments) >= SPLIT_CACHE_SIZE:
                self.fragments.clear()  # bounded, as the run splits are
            known = self.fragments[name] = self.is_fragment(name)
        return known

    def person_name(self, name: str) -> str | None:
        """The name a person named `name` goes by, without leading words; None when a
        determiner inside shows it is no name. Worked out once per name."""
        known = self.person_names.get(name, UNCHECKED)
        if known is UNCHECKED:
            if len(self.person_names) >= SPLIT_CACHE_SIZE:
                self.person_names.clear()
            known = self.without_leading_words(name)
            if self.determiner_inside(known):
                known = None
            self.person_names[name] = known
        return known

    def without_leading_words(self, name: str) -> str:
        """`name` without the words that lead it and name no one (`NameWords`')."""
        return self.name_words.without_leading_words(name)

    def determiner_inside(self, name: str) -> bool:
        """Whether a word after a name's first is a determiner or pronoun ("Shared This",
        "Thanks Her"): no name holds one."""
        lexicon = self.lexicon
        return any(
            word.lower() in lexicon.determiners
            or lexicon.pronouns.get(word.lower(), "speaker") != "speaker"
            for word in name.split()[1:]
        )
