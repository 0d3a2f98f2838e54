"""Whether a resolved phrase can speak: no fragment, headless description or document."""

from __future__ import annotations

from quotes.engine.grammar import Mention, MentionKind
from quotes.engine.speakers.antecedents import Antecedents
from quotes.engine.speakers.words import GLUED_WORDS, POSSESSIVE_S, WORD
from quotes.records import Speaker


class SourceChecks(Antecedents):
    """Whether a resolved phrase can speak: not a fragment, a headless description or a
    document, and a person the article shows to be one."""

    def is_headless(self, phrase: str) -> bool:
        """Whether a described source ends in a word that cannot head it: a verb ("the city
        embodied"), an adjective ("the deadly") or a bare number ("Forty-one")."""
        words = phrase.split()
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
        lexicon = self.lexicon
        if last in lexicon.roles or last in lexicon.source_nouns:
            return False
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
        adjectives ("Nonetheless", "the new"), a web label ("READ MORE"), or a count
        determiner before an acronym alone ("another GOP")."""
        words = [w.strip(".,'’") for w in name.lower().split()]
        words = [w for w in words if w]
        if not words or any(" ".join(words[:n]) in self.lexicon.web_labels for n in (1, 2, 3)):
            return True
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
        if len(words) >= 4 and any(
            w[:1].isupper() and w.lower() in small and w.lower() != "of" for w in words[1:]
        ):
            return True
        return any(len(w) >= 9 and GLUED_WORDS.search(w) for w in words)

    def is_document(self, phrase: str) -> bool:
        """A document, not a person: "a report", "the memo obtained by …"; its words are
        quoted, but it does not speak, and it names no one to credit."""
        words = self._document_words(phrase)
        return words is not None and not any(
            w in self.lexicon.roles or w in self.lexicon.organisation_words for w in words
        )

    def _document_words(self, phrase: str) -> list[str] | None:
        """The words of a phrase headed by a document ("a court filing", "the memo
        obtained"), or None when it is headed by anything else."""
        words = [w.strip(".,") for w in phrase.lower().split()]
        if len(words) < 2 or not (
            words[0] in self.lexicon.determiners or POSSESSIVE_S.search(words[0])
        ):
            return None
        head = words[-1]
        if not head.isalpha():
            head = next((w for w in reversed(words) if w.isalpha()), "")
        if words[-1] in self.lexicon.document_participles:
            head = words[-2]  # "a memo obtained by …"
        return words if head in self.lexicon.source_nouns else None

    def document_author(self, mention: Mention) -> Mention | None:
        """Who wrote a document named with a possessive: "the campaign's statement" → the
        campaign, "Clinton's letter" → Clinton, "her statement" → her."""
        for word in WORD.finditer(self.text, mention.start, mention.end):
            text = word.group()
            lower = text.lower()
            if lower in self.lexicon.possessive_pronouns:
                return Mention(word.start(), word.end(), "pronoun")
            if POSSESSIVE_S.search(text):
                end = word.start() + len(POSSESSIVE_S.sub("", text))
                kind: MentionKind = "name" if text[0].isupper() else "nominal"
                if kind == "name" and word.start() > mention.start:
                    kind = "nominal"  # "the Clinton campaign's ad"
                return Mention(mention.start, end, kind)
        return None

    def has_given_name_or_title(self, name: str) -> bool:
        """Whether the person `name` has a known given name or was given a title or role."""
        person = self.people.get(name)
        first = name.split()[0].lower()
        return first in self.lexicon.given_names or bool(person and person.roles)

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
