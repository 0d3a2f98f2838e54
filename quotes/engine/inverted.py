"""The subject after an inverted speech verb ("said Hillary Clinton")."""

from __future__ import annotations

from quotes.engine.analysis import Token
from quotes.engine.grammar import AGED, CLAUSE_BREAK, Mention, MentionKind
from quotes.engine.openings import SentenceOpenings


class InvertedSubjects(SentenceOpenings):
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
        if words[0].lower in self.lexicon.determiners or not words[-1].capitalised:
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
                # "Sen. Ted Cruz", "a U.S. official": the phrase goes on after the full stop
                following = tokens[i + 1] if i + 1 < len(tokens) else None
                if following is not None and (
                    self.is_name_word(following)
                    or (
                        following.text.islower()
                        and self.noun_phrase_continues(tokens, i + 1, determined)
                    )
                ):
                    i += 1
                    continue
                break
            if (
                t.text.isdigit()
                and i > start
                and tokens[i - 1].capitalised
                and i + 1 < len(tokens)
                and tokens[i + 1].lower in self.lexicon.roles
            ):
                # "said Grade 12 student Priya Sharma", "Local 444 president Dave Cassidy":
                # the number names the grade, route or union local the role belongs to
                i += 1
                continue
            aged = AGED.fullmatch(t.text) is not None and (
                i == start or tokens[i - 1].lower in self.lexicon.determiners
            )
            alpha = t.text[0].isalpha() or aged
            if not alpha:
                # "said 34-year-old Kyle Brandt", "said a 54-year-old baker": an age may open
                # the phrase, after its determiner
                break
            if t.possessive and i > start:
                following = tokens[i + 1] if i + 1 < len(tokens) else None
                if following is not None and (
                    following.lower in self.lexicon.given_names
                    or following.lower in self.lexicon.titles
                    or (  # a first name and a surname: "Fox News' Megyn Kelly"
                        self.is_name_word(following)
                        and i + 2 < len(tokens)
                        and self.is_name_word(tokens[i + 2])
                    )
                ):
                    i += 1  # "said Fox News' Megyn Kelly": the outlet's person
                    continue
                if following is None or not (
                    following.text.islower() and self.noun_phrase_continues(tokens, i + 1, True)
                ):
                    break
                determined = True  # "said the girl's father, Ahmed Karimi"
            if (
                t.lower in self.lexicon.postmodifiers
                and i > start
                and i + 2 < len(tokens)
                and tokens[i + 1].lower in self.lexicon.object_prepositions
            ):
                # "said a person involved in the talks": the phrase goes on to its object
                i += 2
                determined = True
                continue
            if (
                t.capitalised
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
                or (t.text.islower() and self.noun_phrase_continues(tokens, i, determined))
            ):
                i += 1
            else:
                break
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
