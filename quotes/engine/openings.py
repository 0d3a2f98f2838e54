"""A sentence's opening: where its main clause starts and the subject it opens with."""

from __future__ import annotations

from quotes.engine.analysis import Token
from quotes.engine.grammar import Mention, NounPhrases
from quotes.engine.lexicon import Lexicon
from quotes.engine.windows import (
    DATELINE_REACH,
    DESCRIBED_SUBJECT_WORDS,
    INTRODUCTION_REACH,
    OPENING_TAIL,
    OPENING_TOKENS,
    PARENTHESIS_REACH,
    PARTICIPLE_INTRODUCTION_REACH,
    SUBJECT_INTRODUCTION_REACH,
    SUBJECT_WORDS,
)


def heads_phrase(tokens: list[Token], k: int, i: int, lexicon: Lexicon) -> bool:
    """Whether a lower-case title word at `k` ends the phrase opening at `i`: a comma or
    a lower-case verb follows it, no name."""
    if k == i or not tokens[k].text.islower() or k + 1 >= len(tokens):
        return False
    after = tokens[k + 1]
    if after.text == "," or after.lower in lexicon.auxiliaries:
        return True  # "The mayor, …", "The mayor was blunt"
    return (
        after.text.islower()
        and after.lower not in lexicon.titles
        and after.lower not in lexicon.function_words
        and after.lower not in lexicon.name_connectors
    )


def modifies_next_role(tokens: list[Token], k: int, lexicon: Lexicon) -> bool:
    """Whether the lower-case word at `k` is a noun before the lower-case role word
    after it ("shadow housing secretary"), not a verb ("endorsed Mr. Trump")."""
    token = tokens[k]
    return (
        k + 1 < len(tokens)
        and token.text.isalpha()
        and token.text.islower()
        and tokens[k + 1].text.islower()
        and not token.lower.endswith("ed")
        and (tokens[k + 1].lower in lexicon.roles or tokens[k + 1].lower in lexicon.titles)
        and token.lower not in lexicon.all_verbs
        and token.lower not in lexicon.function_words
    )


def describes(token: Token, lexicon: Lexicon) -> bool:
    """A lower-case word shaped like an adjective or participle ("retired", "liberal",
    "conservative"), which a noun naming the subject may follow."""
    return (
        token.text.isalpha()
        and token.text.islower()
        and token.lower.endswith(lexicon.describing_endings)
    )


def opening_modifier(tokens: list[Token], k: int, lexicon: Lexicon) -> bool:
    """Whether the word at `k`, opening a subject, is an adjective or participle before a
    lower-case word ("Retired bus driver …", "…, retired bus driver Alan Coombes was")."""
    if k + 1 >= len(tokens):
        return False
    token = tokens[k]
    return (
        token.text.isalpha()
        and token.lower.endswith(lexicon.describing_endings)
        and tokens[k + 1].text.isalpha()
        and tokens[k + 1].text.islower()
    )


def closing_parenthesis(tokens: list[Token], k: int) -> int | None:
    """The index of the ")" closing the "(" at `k`, within a short reach."""
    reach = min(len(tokens), k + PARENTHESIS_REACH)
    return next((m for m in range(k, reach) if tokens[m].text == ")"), None)


class Introductions(NounPhrases):
    """What comes before a sentence's main clause: a dateline ("WASHINGTON —") and an
    introductory phrase ("In a speech in 2013,"), and where the clause starts."""

    def opening(self, tokens: list[Token], end: int) -> list[Token]:
        """`tokens[:end]`, or as much of its opening as `subject_at_start` can read.

        That is the first tokens, any run of words it steps over after them, and a few more:
        the answer is the same, and a verb deep in a long sentence ("saying" 50,000 times)
        no longer copies everything before it.
        """
        bound = OPENING_TOKENS
        while bound < end and tokens[bound].lower in self.subject_skips:
            bound += 1
        return tokens[: min(end, bound + OPENING_TAIL)]

    def _subject_start(self, tokens: list[Token]) -> int | None:
        """Where a sentence's subject starts: after a dateline, an introductory phrase and
        adverbs; None when an introduction has no comma to end it."""
        i = self.after_dateline(tokens)
        if i == 0 and len(tokens) > 1 and tokens[0].text == "(":
            # "(Reed's spokeswoman said …)": an aside in parentheses opens as a sentence does
            start = self._subject_start(tokens[1:])
            return None if start is None else start + 1
        if i == 0 and tokens and self._opens_introduction(tokens[0]):
            # "At an event in Ames, Iowa, on Sunday, Mrs. Clinton said": the subject follows
            # the last comma (of the first few tokens) that a name or pronoun follows
            # "Asked for the basis of the claim that murders were at their highest level
            # ever, campaign spokeswoman Tara Lindgren said": a participle's phrase runs long
            reach = SUBJECT_INTRODUCTION_REACH
            if (
                tokens[0].lower.endswith("ed")
                or tokens[0].lower in self.lexicon.opening_participles
            ):
                reach = PARTICIPLE_INTRODUCTION_REACH
            commas = [
                k
                for k, t in enumerate(tokens[:reach])
                if t.text == "," and self._opens_subject_at(tokens, k + 1)
            ]
            if commas:
                i = commas[-1] + 1
            elif tokens[0].lower in self.lexicon.conjunctions or tokens[0].lower in (
                "then",
                "however",
                "so",
                "yet",
            ):
                i = 1
            elif not opening_modifier(tokens, 0, self.lexicon):
                return None  # "Retired bus driver Alan Coombes was …" has its subject at 0
        while i < len(tokens) and tokens[i].lower in self.subject_skips:
            i += 1
        return i

    def _opens_introduction(self, token: Token) -> bool:
        """A first word that opens an introduction: "In", "Under", "Speaking", "Horrified"."""
        if token.lower in self.lexicon.sentence_openers - {
            "his",
            "her",
            "their",
            "it",
            "this",
            "that",
        }:
            return True
        return (
            token.capitalised
            and token.text.endswith(("ly", "ed", "ing"))
            and len(token.text) > 4
            and token.lower not in self.lexicon.given_names  # "Kelly", "Emily", "Sterling"
        )

    def _opens_subject_at(self, tokens: list[Token], k: int) -> bool:
        """Whether a subject starts at `k`, after any adverb ("…, even a top strategist")."""
        while k < len(tokens) - 1 and tokens[k].lower in self.lexicon.subject_adverbs:
            k += 1
        if k < len(tokens) and self._may_open_subject(tokens[k]):
            return True
        # "…, campaign spokeswoman Tara Lindgren said", "…, retired bus driver Alan Coombes
        # was": a role before a name, an adjective and a noun or two before the role
        start = k + 1 if opening_modifier(tokens, k, self.lexicon) else k
        return any(
            tokens[m].lower in self.lexicon.roles and tokens[m + 1].capitalised
            for m in range(start, min(start + 2, len(tokens) - 1))
        )

    def _may_open_subject(self, token: Token) -> bool:
        """A word a subject can start with: a name, a pronoun or a determiner."""
        lower = token.lower
        return (
            token.capitalised or lower in self.lexicon.pronouns or lower in self.lexicon.determiners
        )

    def after_dateline(self, tokens: list[Token]) -> int:
        """The index after a dateline ("WASHINGTON —", "DECATUR, Ill. —", "New Delhi:",
        "Chennai, Oct 3 (PTI):"), or 0."""
        if not tokens or not tokens[0].capitalised:
            return 0
        upper = tokens[0].text.isupper() and len(tokens[0].text) > 1
        for k, token in enumerate(tokens[:DATELINE_REACH]):
            if upper and token.text in ("—", "–", "-") and k > 0:
                return k + 1
            dated = token.text == ")" and any(t.text.isdigit() for t in tokens[:k])
            if (token.text == ":" or dated) and k > 0:  # "New Delhi, Mar 4 (PTI) The court"
                after = tokens[k + 1] if k + 1 < len(tokens) else None
                if after is not None and after.capitalised and self._placed(tokens[:k], upper):
                    return k + 1
                if token.text == ":":
                    return 0
        return 0

    def _placed(self, before: list[Token], upper: bool) -> bool:
        """Whether the words before a colon are a dateline, no lower-case word among them: a
        place in capitals ("CHENNAI:"), with a date or an agency ("Chennai, Oct 3 (PTI):"),
        or a capital the lexicon knows ("New Delhi:"); "Trump: Cruz has …" is a headline's
        speaker."""
        if any(t.text.isalpha() and t.text.islower() for t in before):
            return False
        if upper or any(t.text.isdigit() or t.text == "(" for t in before):
            return True
        return " ".join(t.lower for t in before) in self.lexicon.places

    def main_clause_start(self, tokens: list[Token]) -> int:
        """The index where a sentence's main clause starts, after an opening clause or phrase."""
        dateline = self.after_dateline(tokens)
        if dateline:
            return dateline
        if not tokens or not self._opens_introduction(tokens[0]):
            return 0
        commas = [
            k
            for k, t in enumerate(tokens[:INTRODUCTION_REACH])
            if t.text == "," and self._opens_subject_at(tokens, k + 1)
        ]
        return commas[-1] + 1 if commas else 0


class SentenceOpenings(Introductions):
    """The subject a sentence opens with, after any introductory phrase."""

    def subject_at_start(self, tokens: list[Token]) -> tuple[Mention, int] | None:
        """The noun phrase a sentence opens with, after any introductory phrase.

        "In a speech in 2013, Clinton talks about …" → Clinton;
        "Hillary Clinton campaign spokesman Glen Caplin declined …" → Glen Caplin.
        """
        i = self._subject_start(tokens)
        if i is None or i >= len(tokens):
            return None
        first = tokens[i]
        if first.lower in self.lexicon.pronouns and first.lower not in ("it", "i", "we"):
            return Mention(first.start, first.end, "pronoun"), i
        last = self._subject_run_end(tokens, i)
        if last < 0:
            return None
        found = self.noun_phrase_ending(tokens, last)
        if found is None:
            return None
        if found[0].kind == "nominal":
            apposed = self._apposed_name(tokens, last)
            if apposed is None and last + 2 < len(tokens) and tokens[last + 1].text.islower():
                # "Her chief opponent, state Treasurer …,": the run stopped at "chief"
                apposed = self._apposed_name(tokens, last + 1)
            if apposed is not None:
                return apposed  # "The head of the delegation, Dariusz Wendel, accused …"
        return found[0], i

    def _apposed_name(self, tokens: list[Token], last: int) -> tuple[Mention, int] | None:
        """The name set off by commas right after the description ending at `last`."""
        start = last + 2
        if start >= len(tokens) or tokens[last + 1].text != ",":
            return None
        end = next(
            (
                m
                for m in range(start, min(len(tokens), start + SUBJECT_WORDS))
                if tokens[m].text == ","
            ),
            None,
        )
        if end is None or end == start:
            return None
        name = self.noun_phrase_ending(tokens, end - 1)
        if name is None or name[0].kind != "name" or not start <= name[1] <= start + 2:
            return None
        first = start
        while first < end - 1 and first < start + 2 and tokens[first].text.islower():
            first += 1  # "state Treasurer David Okafor": words of the title
        if first > start and not (
            all(t.text.isalpha() for t in tokens[start:first])
            and self.ends_person_name(tokens, end - 1)
        ):
            return None
        if not all(t.capitalised or t.text == "." for t in tokens[first:end]):
            return None
        return name

    def _modifies_role(self, tokens: list[Token], k: int) -> bool:
        """Whether the lower-case word at `k` is a noun modifying a role or title that a
        name follows ("trade spokesman Bernd Rainer", "campaign manager Ann Cole")."""
        token = tokens[k]
        if not (token.text.isalpha() and token.text.islower()) or k + 2 >= len(tokens):
            return False
        role = tokens[k + 1].lower
        return (
            (role in self.lexicon.roles or role in self.lexicon.titles)
            and self.is_name_word(tokens[k + 2])
            and token.lower not in self.lexicon.all_verbs
            and token.lower not in self.lexicon.function_words
        )

    def _placed_after(self, tokens: list[Token], last: int) -> bool:
        """Whether the person's name ending at `last` is what "of" or "from" after it
        places ("Curtis Hale of Tennessee"), not a headline's verb ("Clinton Said Of")."""
        return tokens[last].lower not in self.lexicon.all_verbs and self.ends_person_name(
            tokens, last
        )

    def _subject_run_end(self, tokens: list[Token], i: int) -> int:
        """The index of the last word of the name, role or noun run starting at `i`, or -1."""
        last = -1
        k = i
        while k < len(tokens) and k - i < SUBJECT_WORDS:
            token = tokens[k]
            lower = token.lower
            if token.text == "(":
                close = closing_parenthesis(tokens, k)
                if close is None:
                    break
                k = close + 1
                continue
            if token.text == "." and k > i and self.abbreviation(tokens[k - 1]):
                k += 1
                continue
            if (
                self.is_name_word(token)
                or (token.possessive and token.capitalised)
                or lower in self.lexicon.roles
                or lower in self.lexicon.organisation_words
            ):
                last = k
            elif lower in ("of", "from") and last == k - 1 and self._placed_after(tokens, last):
                break  # "Curtis Hale of Tennessee emerged": the person, not where they are from
            elif lower in self.lexicon.titles and heads_phrase(tokens, k, i, self.lexicon):
                last = k  # "The shadow housing secretary accused": no name after the title
            elif (
                lower in self.lexicon.titles
                or lower in self.lexicon.particles
                or (k == i and lower in self.lexicon.determiners)
                or (lower in self.lexicon.name_connectors and last >= 0)
            ):
                pass
            elif (
                token.text.replace("-", "").isalpha()  # "the mother-of-two said"
                and token.text.islower()
                and k > i
                and tokens[k - 1].lower in self.lexicon.determiners
                and lower not in self.lexicon.all_verbs
            ):
                last = k  # "That letter demanded", "The ad says"
            elif last == k - 1 and self._heads_run(tokens, k, i):
                last = k
            elif k == i and opening_modifier(tokens, k, self.lexicon):
                pass  # "Retired bus driver Alan Coombes": an adjective opening the sentence
            elif self._modifies_role(tokens, k):
                pass  # "European Commission trade spokesman Bernd Rainer": on to the name
            elif last == k - 1 and modifies_next_role(tokens, k, self.lexicon):
                pass  # "The shadow housing secretary": a noun before the role it heads
            else:
                break
            k += 1
        return last

    def _heads_run(self, tokens: list[Token], k: int, i: int) -> bool:
        """Whether the lower-case word at `k` is the noun the run before it modifies: after
        an adjective ("The retired surgeon", "The liberal magazine"), or a source noun after
        any word ("An online petition", "The Meridian University poll")."""
        token = tokens[k]
        if not (token.text.isalpha() and token.text.islower()):
            return False
        if self.is_source_noun(token.lower):
            return True
        return (
            k - i <= DESCRIBED_SUBJECT_WORDS
            and describes(tokens[k - 1], self.lexicon)
            and self.may_head(token.lower)
        )
