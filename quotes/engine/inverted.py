"""The subject after an inverted speech verb ("said Hillary Clinton")."""

from __future__ import annotations

from quotes.engine.analysis import Token
from quotes.engine.grammar import AGED, CLAUSE_BREAK, Mention, MentionKind
from quotes.engine.openings import SentenceOpenings


class InvertedWords(SentenceOpenings):
    """The words an inverted subject runs over, one token at a time: names, roles, an age,
    a possessive, a number before a role ("said Grade 12 student Priya Sharma"), and where
    a clause describing it opens ("a memo that Band wrote")."""

    def _goes_on_after_stop(self, tokens: list[Token], i: int, determined: bool) -> bool:
        """Whether the phrase goes on after the abbreviation's full stop at `i`: "Sen. Ted
        Cruz", "a U.S. official"."""
        following = tokens[i + 1] if i + 1 < len(tokens) else None
        return following is not None and (
            self.is_name_word(following)
            or (following.text.islower() and self.noun_phrase_continues(tokens, i + 1, determined))
        )

    def _numbers_role(self, tokens: list[Token], start: int, i: int) -> bool:
        """Whether the number at `i` names the grade, route or union local a role belongs to:
        "said Grade 12 student Priya Sharma", "Local 444 president Dave Cassidy"."""
        return (
            tokens[i].text.isdigit()
            and i > start
            and tokens[i - 1].capitalised
            and i + 1 < len(tokens)
            and tokens[i + 1].lower in self.lexicon.roles
        )

    def _dated(self, tokens: list[Token], start: int, i: int) -> bool:
        """Whether the number at `i` is a year or count inside a determined phrase that goes
        on to its noun: "according to a separate 2011 memo", "a June 2011 memo"."""
        return (
            tokens[i].text.isdigit()
            and i > start
            and i + 1 < len(tokens)
            and tokens[i + 1].text.islower()
            and self.noun_phrase_continues(tokens, i + 1, True)
        )

    def _opens_clause(self, tokens: list[Token], start: int, i: int) -> bool:
        """Whether a clause describing the noun before `i` opens at `i`: "a memo that Band
        wrote", or a document's writer with no "that" ("a memo Band wrote")."""
        if i == start or not tokens[i - 1].text.islower():
            return False
        before = tokens[i - 1].lower
        word = tokens[i]
        if word.lower in self.lexicon.relative_pronouns or word.lower == "that":
            return before not in self.lexicon.determiners
        return word.capitalised and before in self.lexicon.source_nouns

    def _word_or_age(self, tokens: list[Token], start: int, i: int) -> bool:
        """Whether the token at `i` is a word, or an age opening the phrase or after its
        determiner."""
        text = tokens[i].text
        aged = AGED.fullmatch(text) is not None and (
            i == start or tokens[i - 1].lower in self.lexicon.determiners
        )
        return text[0].isalpha() or aged

    def _owns_name(self, tokens: list[Token], i: int) -> bool:
        """Whether the possessive at `i` is followed by a person's name: a given name, a
        title, or a first name and a surname ("Fox News' Megyn Kelly")."""
        following = tokens[i + 1] if i + 1 < len(tokens) else None
        return following is not None and (
            following.lower in self.lexicon.given_names
            or following.lower in self.lexicon.titles
            or (
                self.is_name_word(following)
                and i + 2 < len(tokens)
                and self.is_name_word(tokens[i + 2])
            )
        )

    def _owns_noun(self, tokens: list[Token], i: int) -> bool:
        """Whether the possessive at `i` is followed by a noun phrase that goes on."""
        following = tokens[i + 1] if i + 1 < len(tokens) else None
        return following is not None and (
            following.text.islower() and self.noun_phrase_continues(tokens, i + 1, True)
        )

    def _partitive(self, tokens: list[Token], i: int) -> bool:
        """Whether "one of", "another of" or "two of" stands at `i`, a phrase after it."""
        lower = tokens[i].lower
        return (
            (lower in self.lexicon.singular_determiners or lower in self.lexicon.count_words)
            and i + 2 < len(tokens)
            and tokens[i + 1].lower == "of"
        )

    def _postmodified(self, tokens: list[Token], start: int, i: int) -> bool:
        """Whether a postmodifier and its preposition stand at `i` ("involved in")."""
        return (
            tokens[i].lower in self.lexicon.postmodifiers
            and i > start
            and i + 2 < len(tokens)
            and tokens[i + 1].lower in self.lexicon.object_prepositions
        )

    def _subject_word(self, tokens: list[Token], start: int, i: int, determined: bool) -> bool:
        """Whether the token at `i` carries the subject on: a capitalised word, a
        determiner, a particle or connector inside a name, or a noun phrase's word."""
        t = tokens[i]
        return (
            t.capitalised
            or self.particle_surname(t)  # "said Omar al-Rashid"
            or t.lower in self.lexicon.determiners
            or (
                t.lower in self.lexicon.particles
                and i + 1 < len(tokens)
                and (tokens[i + 1].capitalised or tokens[i + 1].lower in self.lexicon.particles)
            )
            or (
                t.lower in self.lexicon.name_connectors
                and i > start
                and i + 1 < len(tokens)
                and tokens[i + 1].capitalised
                and not self.ends_person_name(tokens, i - 1)  # "said Ann Cole of Raleigh"
            )
            or (t.text.islower() and self.continues_office(tokens, i))  # "Minister for Trade"
            or (t.text.islower() and self.noun_phrase_continues(tokens, i, determined))
        )


class InvertedSubjects(InvertedWords):
    """The subject that follows an inverted verb: "said Clinton", "said a U.S. official"."""

    def subject_after(self, tokens: list[Token], start: int) -> tuple[Mention, int] | None:
        """The subject that follows an inverted verb: "said Clinton", "said a U.S. official"."""
        if start >= len(tokens):
            return None
        token = tokens[start]
        if token.lower in self.lexicon.pronouns and token.lower not in ("it", "i"):
            return Mention(token.start, token.end, "pronoun"), start
        if token.lower in self.lexicon.demonstratives:
            return None  # "note that he …": a clause follows, not a subject
        i = self._inverted_subject_end(tokens, start, token.lower in self.lexicon.determiners)
        if i == start:
            return None
        last = i - 1
        while last >= start and tokens[last].lower in self.lexicon.determiners:
            last -= 1
        if last < start:
            return None
        words = tokens[start : last + 1]
        kind: MentionKind = "name"
        if words[0].lower in self.lexicon.determiners or not (
            words[-1].capitalised or self.particle_surname(words[-1])
        ):
            kind = "nominal"
        mention = Mention(words[0].start, words[-1].end, kind)
        if kind == "nominal" and i + 1 < len(tokens) and tokens[i].text == ",":
            # "said Labour's deputy leader, Angela Rayner": the role first, then the name
            named = self._name_after(tokens, i + 1)
            if named is not None:
                return Mention(named[0], named[1], "name", mention.start, mention.end), start
        return self._with_appositive(tokens, mention, i), start

    def _inverted_subject_end(self, tokens: list[Token], start: int, determined: bool) -> int:
        """The index after the words of the subject that starts at `start`."""
        i = start
        while i < len(tokens) and i - start < 9:
            t = tokens[i]
            if t.text == "." and i > start and self.abbreviation(tokens[i - 1]):
                if not self._goes_on_after_stop(tokens, i, determined):
                    break
                i += 1
                continue
            if self._numbers_role(tokens, start, i):
                i += 1
                continue
            if determined and self._dated(tokens, start, i):
                i += 1
                continue
            if self._opens_clause(tokens, start, i):
                break
            if not self._word_or_age(tokens, start, i):
                # "said 34-year-old Kyle Brandt", "said a 54-year-old baker": an age may open
                # the phrase, after its determiner
                break
            if t.possessive and i > start:
                if self._owns_name(tokens, i):
                    i += 1  # "said Fox News' Megyn Kelly": the outlet's person
                    continue
                if not self._owns_noun(tokens, i):
                    break
                determined = True  # "said the girl's father, Ahmed Karimi"
            if i == start and self._partitive(tokens, i):
                i += 2  # "said one of the organisers": one of them speaks
                determined = True
                continue
            if self._postmodified(tokens, start, i):
                # "said a person involved in the talks": the phrase goes on to its object
                i += 2
                determined = True
                continue
            if not self._subject_word(tokens, start, i, determined):
                break
            i += 1
        return i

    def _with_appositive(self, tokens: list[Token], mention: Mention, i: int) -> Mention:
        """`mention` with the role an appositive after it gives (", a spokesman for …")."""
        if i + 1 < len(tokens) and tokens[i].text == "," and self.opens_role(tokens, i + 1):
            j = i + 1
            while j < len(tokens) and (
                (
                    tokens[j].text not in CLAUSE_BREAK
                    and tokens[j].text not in self.quote_chars
                    and tokens[j].text != ","
                )
                or self.abbreviation_within(tokens, j)
            ):
                j += 1
            lexicon = self.lexicon
            clause = any(
                t.lower in lexicon.passive_auxiliaries or t.lower in lexicon.all_verbs
                for t in tokens[i + 1 : j]
                if t.text.islower()
            )
            if j - i > 1 and not clause:
                # ("According to police, the man was "…"": a clause of its own, no role)
                return Mention(
                    mention.start, mention.end, mention.kind, tokens[i + 1].start, tokens[j - 1].end
                )
        return mention

    def _name_after(self, tokens: list[Token], i: int) -> tuple[int, int] | None:
        """Offsets of a name that fills the phrase from `i` to a clause break or comma."""
        while (
            i < len(tokens) and tokens[i].text.islower() and tokens[i].lower in self.lexicon.roles
        ):
            i += 1  # "said the report's author, economist Jim Stanford": the role, then the name
        k = i
        while k < len(tokens) and (
            self.is_name_word(tokens[k])
            or tokens[k].lower in self.lexicon.particles
            or (
                # "Gen. Tom Lee" keeps the full stop; "…, Tom Lee." ends the sentence with it
                tokens[k].text == "."
                and k > i
                and self.abbreviation(tokens[k - 1])
                and k + 1 < len(tokens)
                and self.is_name_word(tokens[k + 1])
            )
        ):
            k += 1
        ends = k == len(tokens) or tokens[k].text in CLAUSE_BREAK or tokens[k].text == ","
        if k > i and ends and tokens[i].capitalised:
            return tokens[i].start, tokens[k - 1].end
        return None
