"""The grammar the attribution rules read: names, noun phrases and subjects on tokens.

Layered classes, each adding one kind of phrase to the layers below it: noun phrases,
then a sentence's opening and main clause, then the subject after an inverted verb, then
the subject before a verb. The cue scans (quotes.engine.rules) build on the top layer.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Literal, NamedTuple

import regex

from quotes.engine.analysis import Token
from quotes.engine.language import Language
from quotes.engine.lexicon import Lexicon
from quotes.engine.windows import (
    DATELINE_REACH,
    DESCRIBED_SUBJECT_WORDS,
    DESCRIPTION_WORDS,
    INTRODUCTION_REACH,
    OPENING_TAIL,
    OPENING_TOKENS,
    PARENTHESIS_REACH,
    SUBJECT_INTRODUCTION_REACH,
    SUBJECT_WORDS,
)

MentionKind = Literal["name", "pronoun", "nominal"]

ABBREVIATION = regex.compile(r"\p{Lu}|\p{Lu}\p{Ll}{1,3}|(?:\p{L}\.)+\p{L}")
CLAUSE_BREAK = frozenset(".!?;:()[]")
# Tokens of a person's name read back from its surname for a given name or a title
# ("House Speaker Paul D. Ryan": Ryan, the full stop, D, Paul).
PERSON_NAME_TOKENS = 5
# "the 43-year-old said": an age standing for the person.
AGED = re.compile(r"\d+-year-old")


# Tokens read back from a verb for a "who" clause between a source and the verb.
RESTRICTIVE_CLAUSE_TOKENS = 14
# Tokens read back from a closing dash for the dash that opens the aside.
DASHED_ASIDE_TOKENS = 24
# Dashes that set off an aside between a subject and its verb ("-" doubled stands for one).
DASHES = frozenset("—–-")


class Mention(NamedTuple):
    """A stretch of text naming a speaker, before resolution."""

    start: int
    end: int
    kind: MentionKind
    role_start: int = -1
    role_end: int = -1


def _skip_parenthesis(tokens: list[Token], close: int) -> int:
    """The index before the "(" that matches the ")" at `close`, or `close` if none is near."""
    for i in range(close - 1, max(-1, close - PARENTHESIS_REACH), -1):
        if tokens[i].text == "(":
            return i - 1
    return close


@cache
def _name_word_sets(lexicon: Lexicon) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The word sets `NameWords` reads, built once per lexicon rather than per document:
    the words `subject_at_start` steps over before a sentence's subject ("Clinton,
    however"), the first words of phrasal verbs, and the words that are no part of a name."""
    subject_skips = lexicon.subject_adverbs | {","}
    phrasal_heads = frozenset(head for head, _ in lexicon.phrasal_verbs)
    not_names = (
        lexicon.determiners
        | lexicon.pronouns.keys()
        | (lexicon.function_words - lexicon.name_like_words)
        | lexicon.sentence_openers
    ) - {"one"}
    return frozenset(subject_skips), phrasal_heads, frozenset(not_names)


class NameWords:
    """The words of names and roles on tokens: which capitalised words can be part of a
    name, and the name or title run that ends at a token.

    The lowest layer of the grammar the rules read; each layer above adds one kind of
    phrase and may use every layer below it."""

    def __init__(self, language: Language) -> None:
        lexicon = self.lexicon = language.lexicon
        self.quote_chars = language.marks.characters
        # Double marks end a rule's search; a lone ’ or ' is more often an apostrophe.
        self.double_marks = language.marks.double_characters
        self.closing_chars = language.marks.closing_characters
        self.subject_skips, self.phrasal_heads, self.not_names = _name_word_sets(lexicon)

    def is_name_word(self, token: Token) -> bool:
        """A capitalised word that can be part of a name or title ("His" and "The" cannot)."""
        return (
            token.capitalised
            and token.text[0].isalpha()
            and not token.possessive
            and token.lower not in self.not_names
        )

    def name_run_before(self, tokens: list[Token], last: int) -> int:
        """Index of the first token of the name/title run that ends at `last`."""
        first = last
        i = last - 1
        while i >= 0:
            token = tokens[i]
            if token.text == "." and i > 0 and self._abbreviation(tokens[i - 1]):
                i -= 1  # "Sen." and "U.S." keep their full stop
                continue
            if self.is_name_word(token):
                first = i
            elif token.lower in self.lexicon.particles:
                first = i  # "de Hoop Scheffer"
            elif token.lower in self.lexicon.name_connectors and token.lower != "the" and i > 0:
                if not self.is_name_word(tokens[i - 1]) or self._ends_person_name(tokens, i - 1):
                    break  # "Ann Cole of Raleigh": a person, then where she is from
            elif token.lower in self.lexicon.titles or token.lower in self.lexicon.roles:
                first = i  # "press secretary Josh Earnest", "frontrunner Donald Trump"
            else:
                break
            i -= 1
        return first

    def _ends_person_name(self, tokens: list[Token], last: int) -> bool:
        """Whether a person's name ends at token `last`: a given name before the surname
        ("Ann Cole", "Paul D. Ryan") or a title ("Sen. Schumer"), so that "of" after it
        says where the person is from ("Sen. Schumer of New York"), not which office
        ("Secretary of State")."""
        if not tokens[last].capitalised:
            return False
        i = last - 1
        while i >= 0 and last - i <= PERSON_NAME_TOKENS:
            token = tokens[i]
            if token.text == ".":
                i -= 1
                continue
            if token.lower in self.lexicon.titles or token.lower + "." in self.lexicon.titles:
                return True
            if not token.capitalised:
                return False
            if token.lower in self.lexicon.given_names:
                return True
            i -= 1
        return False

    def _abbreviation(self, token: Token) -> bool:
        """Whether a full stop after `token` ends an abbreviation ("St.", "Const.", "U.S")."""
        return (
            ABBREVIATION.fullmatch(token.text) is not None
            or token.lower + "." in self.lexicon.titles
        )

    def _abbreviation_within(self, tokens: list[Token], at: int) -> bool:
        """Whether the full stop at `at` ends an abbreviation inside a phrase that goes on
        ("a nurse at St. Michael's Hospital"), not the sentence."""
        return (
            tokens[at].text == "."
            and at > 0
            and self._abbreviation(tokens[at - 1])
            and at + 1 < len(tokens)
            and tokens[at + 1].capitalised
        )

    def kind_of(self, tokens: list[Token], first: int, last: int) -> MentionKind:
        """A phrase ending in a capitalised word names someone or something, unless it is
        an indefinite source: "a spokeswoman for Downing Street"."""
        if tokens[first].lower in self.lexicon.singular_determiners:
            return "nominal"
        return "name" if tokens[last].capitalised else "nominal"

    def is_source_noun(self, word: str) -> bool:
        """A role, an organisation or a document: heads that can speak."""
        lexicon = self.lexicon
        return (
            word in lexicon.roles
            or word in lexicon.organisation_words
            or word in lexicon.source_nouns
        )

    def _described(self, tokens: list[Token], phrase: tuple[Mention, int]) -> bool:
        """Whether a phrase describes someone rather than names them: a nominal phrase, or
        one capitalised noun for people opening a sentence ("People familiar with …",
        "Officials with the ministry")."""
        mention, first = phrase
        if mention.kind == "nominal":
            return True
        word = tokens[first]
        return (
            word.end == mention.end
            and first == 0
            and (word.lower in self.lexicon.roles or word.lower in self.lexicon.person_nouns)
        )

    def _role_of(self, tokens: list[Token], i: int) -> bool:
        """Whether "of" and a role or title stand before token `i`, the start of what the
        role is of: "head of [the union]", "director of [communications]"."""
        if i < 2 or tokens[i - 1].lower != "of":
            return False
        word = tokens[i - 2].lower
        return word in self.lexicon.roles or word in self.lexicon.titles

    def extend_role(self, tokens: list[Token], first: int) -> int:
        """Moves `first` back over a role phrase: "a senior administration official"."""
        i = first - 1
        reach = 0
        while i >= 0 and reach < 5:
            token = tokens[i]
            if self._role_of(tokens, i):
                # "the head of the union": the role's head comes before "of"; if no phrase
                # opens before it, the phrase is what "of" governs ("the union")
                first = i if token.lower in self.lexicon.determiners else first
                i -= 2
                reach += 2
                continue
            if token.lower in self.lexicon.determiners:
                return i
            if token.text == "." and i > 0 and self._abbreviation(tokens[i - 1]):
                i -= 1  # "a U.S. official"
                continue
            if AGED.fullmatch(token.text):
                i -= 1  # "a 61-year-old farmer"
                reach += 1
                continue
            if (
                not token.text[0].isalpha()
                or token.lower in self.lexicon.all_verbs
                or token.lower in self.lexicon.subordinators
                or (token.text.islower() and token.lower in self.lexicon.time_nouns)
            ):
                # "The mood soured when House Speaker Paul Ryan …": a clause before; "Earlier
                # this week Hale said": a time, no role
                break
            if token.lower in self.lexicon.function_words or token.possessive:
                if token.possessive:
                    # "Trump's spokeswoman Hope Hicks", "Bernie Sanders’ aide"
                    return self.name_run_before(tokens, i) if token.capitalised else i
                break
            i -= 1
            reach += 1
        return first


class NounPhrases(NameWords):
    """Noun phrases on tokens: a name, a role or a described source that can speak."""

    def noun_phrase_ending(self, tokens: list[Token], last: int) -> tuple[Mention, int] | None:
        """A name or nominal source phrase whose last token is `last`."""
        token = tokens[last]
        if token.text in (".",) and last > 0 and self._abbreviation(tokens[last - 1]):
            last -= 1
            token = tokens[last]
        if self.is_name_word(token):
            first = self.name_run_before(tokens, last)
            first = self.extend_role(tokens, first)
            if tokens[first].lower in ("the",) and first == last:
                return None
            return Mention(tokens[first].start, token.end, self.kind_of(tokens, first, last)), first
        if self.is_source_noun(token.lower) or (
            last > 0 and tokens[last - 1].possessive and token.text.islower()
        ):
            # "a senior official", "the campaign", "the ad's narrator": a source without a name
            first = self.extend_role(tokens, last)
            if first > 0 and tokens[first].possessive and tokens[first - 1].lower in ("the", "a"):
                first -= 1
            return Mention(tokens[first].start, token.end, "nominal"), first
        if AGED.fullmatch(token.text) or (
            token.text.isalpha()
            and token.text.islower()
            and self._may_head(token.lower, tokens[last - 1].lower if last > 0 else "")
        ):
            described = self.described_source_start(tokens, last)
            if described is not None:
                return Mention(tokens[described].start, token.end, "nominal"), described
        return None

    def _after_participle(self, tokens: list[Token], first: int) -> bool:
        """Whether the phrase starting at `first` follows a participle and a preposition
        ("marching through", "standing near"), as the object of that preposition."""
        preposition, participle = tokens[first - 1], tokens[first - 2]
        return (
            preposition.text.isalpha()
            and preposition.text.islower()
            and preposition.lower not in self.lexicon.determiners
            and participle.text.isalpha()
            and participle.text.islower()
            and participle.lower.endswith("ing")
            and participle.lower not in self.lexicon.all_verbs
        )

    def _may_head(self, word: str, previous: str = "") -> bool:
        """Whether a lower-case word can end a noun phrase naming a source: not a verb, a
        function word, a conjunction, a preposition or a relative pronoun."""
        lexicon = self.lexicon
        if word in lexicon.roles or word in lexicon.source_nouns:
            return True
        if word.endswith("ed") and previous in ("those", "the"):
            return True  # "those surveyed", "the accused": a participle as a noun
        return not (
            word.endswith(self.lexicon.adjective_endings)
            or word in lexicon.all_verbs
            or word in lexicon.function_words
            or word in lexicon.sentence_openers
            or word in lexicon.not_speakers
            or word in self.lexicon.conjunctions
            or word in self.lexicon.cue_stops
            or word in self.lexicon.place_prepositions
            or word in self.lexicon.relative_pronouns
            or word in self.lexicon.not_heads
        )

    def described_source_start(self, tokens: list[Token], last: int) -> int | None:
        """Where a described source ending in the noun at `last` starts: "one trader",
        "a 54-year-old baker", "the retired fisherman", "several residents"."""
        j = last - 1
        while j >= 0 and last - j <= DESCRIPTION_WORDS:
            word = tokens[j]
            if word.lower in self.lexicon.describing_determiners:
                return j
            plain = word.text.replace("-", "").isalnum() and not word.capitalised
            if (
                not plain
                or word.lower in self.lexicon.all_verbs
                or word.lower in self.lexicon.function_words
                or word.lower in self.lexicon.sentence_openers
                or word.lower in self.lexicon.conjunctions
            ):
                return None
            j -= 1
        return None

    def _opens_role(self, tokens: list[Token], i: int) -> bool:
        """Whether an appositive starts at `i`: "a spokesman", "HP's former spokesman"; not
        a phrase of how or where the person spoke (", in a statement,", ", speaking to
        reporters,") or a clause (", who has led the team,")."""
        first = tokens[i]
        if first.lower in self.lexicon.determiners:
            return True
        if self._opens_no_role(first):
            return False
        ahead = tokens[i : i + 5]
        ends = next((k for k, t in enumerate(ahead) if not t.text[0].isalnum()), len(ahead))
        return any(
            self.is_source_noun(t.lower) or t.lower in self.lexicon.titles for t in ahead[:ends]
        )

    def _opens_no_role(self, first: Token) -> bool:
        """Whether a phrase after a name's comma opens with a preposition, a relative
        pronoun or a participle: a place, a manner or a clause, never a role."""
        lexicon = self.lexicon
        word = first.lower
        return (
            word in lexicon.head_prepositions
            or word in lexicon.object_prepositions
            or word in lexicon.relative_pronouns
            or (
                first.text.islower()
                and word.endswith(("ing", "ed"))  # "speaking to reporters", "quoted by …"
                and not self.is_source_noun(word)
            )
        )

    def _noun_phrase_continues(self, tokens: list[Token], i: int, determined: bool) -> bool:
        """A lower-case word inside an inverted subject: "said a local shopkeeper".

        After a determiner the phrase runs on to its head noun; otherwise only a role
        word ahead ("Clinton's top foreign policy aide") keeps it going.
        """
        word = tokens[i].lower
        if word in self.lexicon.roles or word in self.lexicon.titles:
            return True
        if (
            determined
            and i > 0
            and tokens[i - 1].lower in self.lexicon.noun_markers
            and word not in self.lexicon.function_words
            and word not in self.lexicon.cue_stops
        ):
            return True  # "a report by …", "the call": after "a" or "the", a noun
        if (
            word in self.lexicon.function_words
            or word in self.lexicon.all_verbs
            or word in self.lexicon.sentence_openers
            or word in self.lexicon.cue_stops
        ):
            return False
        if determined:
            return True
        if i + 1 < len(tokens) and self.is_name_word(tokens[i + 1]):
            return True  # "said pollster Frank Luntz"
        return any(
            t.lower in self.lexicon.roles or t.lower in self.lexicon.titles
            for t in tokens[i + 1 : i + 4]
        )


class SentenceOpenings(NounPhrases):
    """Where a sentence's main clause starts, and the subject it opens with."""

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
        return found[0], i

    def _subject_start(self, tokens: list[Token]) -> int | None:
        """Where a sentence's subject starts: after a dateline, an introductory phrase and
        adverbs; None when an introduction has no comma to end it."""
        i = self.after_dateline(tokens)
        if i == 0 and tokens and self._opens_introduction(tokens[0]):
            # "At an event in Ames, Iowa, on Sunday, Mrs. Clinton said": the subject follows
            # the last comma (of the first few tokens) that a name or pronoun follows
            commas = [
                k
                for k, t in enumerate(tokens[:SUBJECT_INTRODUCTION_REACH])
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
            else:
                return None
        while i < len(tokens) and tokens[i].lower in self.subject_skips:
            i += 1
        return i

    def _subject_run_end(self, tokens: list[Token], i: int) -> int:
        """The index of the last word of the name, role or noun run starting at `i`, or -1."""
        last = -1
        k = i
        while k < len(tokens) and k - i < SUBJECT_WORDS:
            token = tokens[k]
            lower = token.lower
            if token.text == "(":
                close = next(
                    (
                        m
                        for m in range(k, min(len(tokens), k + PARENTHESIS_REACH))
                        if tokens[m].text == ")"
                    ),
                    None,
                )
                if close is None:
                    break
                k = close + 1
                continue
            if token.text == "." and k > i and self._abbreviation(tokens[k - 1]):
                k += 1
                continue
            if (
                self.is_name_word(token)
                or (token.possessive and token.capitalised)
                or lower in self.lexicon.roles
                or lower in self.lexicon.organisation_words
            ):
                last = k
            elif (
                lower in self.lexicon.titles
                or lower in self.lexicon.particles
                or (k == i and lower in self.lexicon.determiners)
                or (lower in self.lexicon.name_connectors and last >= 0)
            ):
                pass
            elif (
                token.text.isalpha()
                and token.text.islower()
                and k > i
                and tokens[k - 1].lower in self.lexicon.determiners
                and lower not in self.lexicon.all_verbs
            ):
                last = k  # "That letter demanded", "The ad says"
            elif (
                token.text.isalpha()
                and token.text.islower()
                and last == k - 1
                and k - i <= DESCRIBED_SUBJECT_WORDS
                and self._describes(tokens[k - 1])
                and self._may_head(lower)
            ):
                last = k  # "The retired surgeon", "The liberal magazine": an adjective, a noun
            else:
                break
            k += 1
        return last

    def _describes(self, token: Token) -> bool:
        """A lower-case word shaped like an adjective or participle ("retired", "liberal",
        "conservative"), which a noun naming the subject may follow."""
        return (
            token.text.isalpha()
            and token.text.islower()
            and token.lower.endswith(self.lexicon.describing_endings)
        )

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
        return k < len(tokens) and self._may_open_subject(tokens[k])

    def _may_open_subject(self, token: Token) -> bool:
        """A word a subject can start with: a name, a pronoun or a determiner."""
        lower = token.lower
        return (
            token.capitalised or lower in self.lexicon.pronouns or lower in self.lexicon.determiners
        )

    def after_dateline(self, tokens: list[Token]) -> int:
        """The index after a dateline ("WASHINGTON —", "DECATUR, Ill. —"), or 0."""
        if not tokens or not (tokens[0].text.isupper() and len(tokens[0].text) > 1):
            return 0
        for k, token in enumerate(tokens[:DATELINE_REACH]):
            if token.text in ("—", "–", "-") and k > 0:
                return k + 1
        return 0

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
            if t.text == "." and i > start and self._abbreviation(tokens[i - 1]):
                # "Sen. Ted Cruz", "a U.S. official": the phrase goes on after the full stop
                following = tokens[i + 1] if i + 1 < len(tokens) else None
                if following is not None and (
                    self.is_name_word(following)
                    or (
                        following.text.islower()
                        and self._noun_phrase_continues(tokens, i + 1, determined)
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
                    following.text.islower() and self._noun_phrase_continues(tokens, i + 1, True)
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
                    and not self._ends_person_name(tokens, i - 1)  # "said Ann Cole of Raleigh"
                )
                or (t.text.islower() and self._noun_phrase_continues(tokens, i, determined))
            ):
                i += 1
            else:
                break
        return i

    def _with_appositive(self, tokens: list[Token], mention: Mention, i: int) -> Mention:
        """`mention` with the role an appositive after it gives (", a spokesman for …")."""
        if i + 1 < len(tokens) and tokens[i].text == "," and self._opens_role(tokens, i + 1):
            j = i + 1
            while j < len(tokens) and (
                (
                    tokens[j].text not in CLAUSE_BREAK
                    and tokens[j].text not in self.quote_chars
                    and tokens[j].text != ","
                )
                or self._abbreviation_within(tokens, j)
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
                and self._abbreviation(tokens[k - 1])
                and k + 1 < len(tokens)
                and self.is_name_word(tokens[k + 1])
            )
        ):
            k += 1
        ends = k == len(tokens) or tokens[k].text in CLAUSE_BREAK or tokens[k].text == ","
        if k > i and ends and tokens[i].capitalised:
            return tokens[i].start, tokens[k - 1].end
        return None


class RelativeClauses(InvertedSubjects):
    """The subject a relative clause describes: "Swanson, who is a pastor, said",
    "… Governor Ann Walsh, who called it …"."""

    def relative_comma(self, tokens: list[Token], comma: int) -> int | None:
        """The comma before the "who"/"which" of a relative clause ending at `comma`."""
        for i in range(comma - 1, max(0, comma - 30), -1):
            token = tokens[i]
            if token.text in CLAUSE_BREAK or token.text in self.quote_chars:
                return None
            if (
                token.text == ","
                and i + 1 < comma
                and tokens[i + 1].lower in self.lexicon.relative_pronouns
            ):
                return i
        return None

    def relative_clause_subject(
        self, tokens: list[Token], comma: int
    ) -> tuple[Mention, int] | None:
        """`Swanson, who is a pastor in Elizabeth, Colorado, slammed`: the subject is Swanson."""
        i = self.relative_comma(tokens, comma)
        if i is None:
            return None
        antecedent = self.noun_phrase_ending(tokens, i - 1)
        if antecedent is not None and tokens[i + 1].lower == "which":
            # "Anna Kovacs, the president of the Council, which represents …, said":
            # the body is a role's; the name the role belongs to speaks
            return self._name_before_role(tokens, antecedent[1], i - 1) or antecedent
        return antecedent

    def _name_before_role(
        self, tokens: list[Token], first: int, last: int
    ) -> tuple[Mention, int] | None:
        """The name before `, <role of …>`, a role that ends with the phrase from token
        `first` to token `last`."""
        for c in range(first - 1, max(0, first - 12), -1):
            if tokens[c].text in CLAUSE_BREAK or tokens[c].text in self.quote_chars:
                return None
            if tokens[c].text == ",":
                if c == 0 or not self._opens_role(tokens, c + 1):
                    return None
                name = self.noun_phrase_ending(tokens, c - 1)
                if name is None or name[0].kind != "name":
                    return None
                role = Mention(
                    name[0].start, name[0].end, "name", tokens[c + 1].start, tokens[last].end
                )
                return role, name[1]
        return None

    def relative_antecedent(self, tokens: list[Token], i: int) -> tuple[Mention, int] | None:
        """`… Governor Ann Walsh, who called it "…"`: a relative "who" or "which" after a
        comma speaks for the phrase before the comma."""
        if i < 2 or tokens[i].lower not in ("who", "which") or tokens[i - 1].text != ",":
            return None
        last = i - 2
        if not self.is_name_word(tokens[last]):
            return self.noun_phrase_ending(tokens, last)
        # the name alone, not a phrase it closes ("a reply from Mayor Ann Walsh")
        first = self.name_run_before(tokens, last)
        before = first - 1
        if (
            before > 0
            and tokens[before].lower in ("and", "or")
            and self.is_name_word(tokens[before - 1])
        ):
            before = self.name_run_before(tokens, before - 1) - 1  # "to Bill Ruiz and Ann Lee"
        if before > 0 and tokens[before].lower in ("the", "a", "an"):
            before -= 1
        if before >= 0 and tokens[before].lower in self.lexicon.object_prepositions:
            # "Ana Ruiz, a professor at the University of Leeds, who": the appositive's name
            return self._name_before_described(tokens, before)
        return Mention(
            tokens[first].start, tokens[last].end, self.kind_of(tokens, first, last)
        ), first

    def _name_before_described(
        self, tokens: list[Token], inside: int
    ) -> tuple[Mention, int] | None:
        """The name before the comma that opens the role phrase holding `inside`."""
        k = inside
        while k > 0 and tokens[k].text != "," and inside - k < 16:
            if tokens[k].text in CLAUSE_BREAK or tokens[k].text in self.quote_chars:
                return None
            k -= 1
        if k < 1 or tokens[k].text != "," or not self._opens_role(tokens, k + 1):
            return None
        earlier = self.noun_phrase_ending(tokens, k - 1)
        return earlier if earlier is not None and earlier[0].kind == "name" else None


class Appositives(RelativeClauses):
    """The subject a comma brings in: an appositive ("Rogozin, its ambassador, said") or a
    relative clause ("Swanson, who is a pastor, said")."""

    def appositive_subject(self, tokens: list[Token], comma: int) -> tuple[Mention, int] | None:
        """`NAME, a spokesman, said` or `its ambassador, Dmitry Rogozin, told`."""
        j = self._appositive_opening(tokens, comma)
        if j is None:
            return None
        who = self.relative_comma(tokens, comma)
        if who is not None:
            placed = self._placed_person(tokens, self._before_region(tokens, who) - 1)
            if placed is not None:
                return placed  # "Ann Cole, 30, of Raleigh, N.C., who …, said"
        relative = self.relative_clause_subject(tokens, comma)
        if relative is not None:
            return relative
        if j < 0 or tokens[j].text != "," or comma - j > 16:
            # a name and appositive at the start of the window: "Clinton, attending …,"
            return None
        return self._between_commas(tokens, j, comma)

    def _before_region(self, tokens: list[Token], comma: int) -> int:
        """The comma before a place appositive's region, or `comma` itself: in "Ann Cole,
        30, of Raleigh, N.C., said" the state belongs to the town, so the appositive to
        read ends at the comma after "Raleigh"."""
        j = comma - 1
        if j > 0 and tokens[j].text == ".":
            j -= 1  # "N.C." and "Calif." keep their full stop apart
        for width in (1, 2):
            first = j - width + 1
            if first < 2 or not tokens[first].capitalised:
                continue
            region = " ".join(t.lower for t in tokens[first : j + 1])
            town = tokens[first - 2]
            if (
                region in self.lexicon.regions
                and tokens[first - 1].text == ","
                and (town.capitalised and town.text[0].isalpha())
            ):
                return first - 1
        return comma

    def _placed_person(self, tokens: list[Token], last: int) -> tuple[Mention, int] | None:
        """The person a place phrase ending at token `last` locates: "Ann Cole of Raleigh"
        and "Ann Cole, 30, of Raleigh" name Ann Cole, not the town."""
        place = self.noun_phrase_ending(tokens, last)
        if place is None or place[0].kind != "name" or place[1] < 2:
            return None
        preposition = tokens[place[1] - 1]
        if preposition.lower not in ("of", "from"):
            return None
        if tokens[place[1] - 2].text == ",":
            if last + 1 >= len(tokens) or tokens[last + 1].text != ",":
                return None
            return self.appositive_subject(tokens, last + 1)
        person = self.noun_phrase_ending(tokens, place[1] - 2)
        if person is None or not self._names_a_person(tokens, person[1], place[1] - 2):
            return None
        return person

    def _names_a_person(self, tokens: list[Token], first: int, last: int) -> bool:
        """Whether tokens `first`..`last` name a person: a given name and a surname ("Ann
        Cole"), or a titled name ("Sen. Ann Cole", "House Speaker Paul D. Ryan", "Sen.
        Schumer"); not a body ("Bank of America")."""
        words = [t for t in tokens[first : last + 1] if t.text != "."]
        if len(words) < 2 or not all(t.capitalised for t in words):
            return False
        lexicon = self.lexicon
        return any(
            t.lower in lexicon.given_names
            or t.lower in lexicon.titles
            or t.lower + "." in lexicon.titles
            for t in words[:-1]
        )

    def _name_in_appositive(
        self,
        tokens: list[Token],
        j: int,
        comma: int,
        mention: Mention,
        outer: tuple[Mention, int] | None,
    ) -> tuple[Mention, int] | None:
        """The speaker when the words between the commas are a name (`mention`): a name
        before it and its role, the name alone, or the name after its role."""
        earlier = self._name_before_appositive(tokens, j, comma)
        if earlier is not None:
            return earlier
        if outer is None:
            return mention, j + 1
        outer_words = tokens[outer[1] : j]
        if any(t.text.islower() for t in outer_words):
            # "its ambassador to NATO, Dmitry Rogozin, told": the role comes first
            return (
                Mention(
                    mention.start,
                    mention.end,
                    "name",
                    tokens[outer[1]].start,
                    tokens[j - 1].end,
                ),
                outer[1],
            )
        return None

    def _appositive_opening(self, tokens: list[Token], comma: int) -> int | None:
        """The index of the comma or clause break before the one at `comma` (-1 if none),
        or None when a quotation mark comes first."""
        j = comma - 1
        while j >= 0 and tokens[j].text != "," and tokens[j].text not in CLAUSE_BREAK:
            if tokens[j].text in self.quote_chars:
                return None
            j -= 1
            if j > 0 and tokens[j].text == "." and self._abbreviation(tokens[j - 1]):
                j -= 1  # "a physician at St. Michael's Hospital": the full stop of "St."
        return j

    def _between_commas(
        self, tokens: list[Token], j: int, comma: int
    ) -> tuple[Mention, int] | None:
        """The subject of `OUTER, SEGMENT, said`, the commas at `j` and `comma`: a name and
        its role, either way round, or a clause whose own subject speaks."""
        inner = self.noun_phrase_ending(tokens, comma - 1)
        outer = self.noun_phrase_ending(tokens, j - 1) if j > 0 else None
        if (
            outer is not None
            and outer[0].kind == "name"
            and outer[1] >= 2
            and tokens[outer[1] - 1].lower in ("of", "from")
        ):
            # "Sen. Chuck Schumer of New York, the party's leader, said": the person
            outer = self._placed_person(tokens, j - 1) or outer
        if j > 2 and tokens[j - 1].text.isdigit() and tokens[j - 2].text == ",":
            # "John Smeaton, 54, a local baker, said": the age and the role describe the name
            aged = self.noun_phrase_ending(tokens, j - 3)
            if aged is not None and aged[0].kind == "name":
                if self._no_role(tokens[j + 1 : comma]):
                    return aged  # "Ann Cole, 59, of Ashton, said": an age and a place
                role = Mention(
                    aged[0].start, aged[0].end, "name", tokens[j + 1].start, tokens[comma - 1].end
                )
                return role, aged[1]
        segment = tokens[j + 1 : comma]
        inner_is_name = (
            inner is not None
            and inner[1] == j + 1
            and all(
                t.capitalised or t.lower in self.lexicon.particles or t.text == "." for t in segment
            )
        )
        if inner_is_name and inner is not None:
            named = self._name_in_appositive(tokens, j, comma, inner[0], outer)
            if named is not None:
                return named
        if outer is not None and any(t.lower in self.lexicon.all_verbs for t in segment):
            return outer  # "Rogozin, told a news conference, calling it": a clause, no role
        describes = outer is not None and any(
            t.possessive
            or t.lower in self.lexicon.roles
            or (t.lower in self.lexicon.titles and not self._titles_name(segment, n))
            for n, t in enumerate(segment[:4])
        )
        if segment and self.is_name_word(segment[0]) and not inner_is_name and not describes:
            # "…, Trump aimed his criticism at Obama, saying": a clause whose subject speaks
            return self.subject_at_start(segment)
        if outer is not None and all(t.text.isdigit() for t in segment):
            return outer  # "Ramos, 58, told": an age, not a role
        if outer is not None and self._no_role(segment):
            return outer  # "Bush, however, said", "Ann Cole, of Ashton, Md., said"
        if outer is not None:
            mention, first = outer
            role = Mention(
                mention.start, mention.end, mention.kind, tokens[j + 1].start, tokens[comma - 1].end
            )
            return role, first
        pronoun = tokens[j - 1] if j > 0 else None
        if pronoun is not None and pronoun.lower in self.lexicon.pronouns and pronoun.lower != "it":
            return Mention(pronoun.start, pronoun.end, "pronoun"), j - 1
        return None

    def _no_role(self, segment: list[Token]) -> bool:
        """Whether the words between two commas after a name say where the person is from
        ("of Ashton"), how or where they spoke ("however", "exasperated", "in a statement",
        "speaking to reporters") or what they did ("who has led the team"), not what they
        are."""
        if not segment:
            return False
        first = segment[0]
        if self._opens_no_role(first):
            return True
        return (
            len(segment) == 1
            and first.text.islower()
            and not self.is_source_noun(first.lower)
            and first.lower not in self.lexicon.titles
        )

    def _titles_name(self, segment: list[Token], n: int) -> bool:
        """Whether the title at `n` opens the segment and a name follows it ("Mr. Smith
        released …"): a clause's subject, not a description of the name before the comma."""
        following = n + 1
        if following < len(segment) and segment[following].text == ".":
            following += 1
        return n == 0 and following < len(segment) and self.is_name_word(segment[following])

    def _name_before_appositive(
        self, tokens: list[Token], j: int, comma: int
    ) -> tuple[Mention, int] | None:
        """`Giovanni Maria Vian, the editor of the Vatican's newspaper, L'Osservatore Romano,
        said`: a name, its role, and the role's own name; the first name speaks."""
        k = j - 1
        while k >= 0 and tokens[k].text != "," and j - k < 16:
            if tokens[k].text in CLAUSE_BREAK or tokens[k].text in self.quote_chars:
                return None
            k -= 1
        if k < 1 or tokens[k].text != "," or not self._opens_role(tokens, k + 1):
            return None
        if any(
            t.lower in self.lexicon.relative_pronouns or t.lower == "that"
            for t in tokens[k + 1 : j]
        ):
            return None  # "Russia, a country that the nominee, Mitt Romney, called": a clause
        earlier = self.noun_phrase_ending(tokens, k - 1)
        if earlier is None or earlier[0].kind != "name":
            return None
        head = earlier[0]
        role = Mention(head.start, head.end, "name", tokens[k + 1].start, tokens[comma - 1].end)
        return role, earlier[1]


class SubjectsBefore(Appositives):
    """The subject that ends right before a verb, through appositives ("Rogozin, its
    ambassador, said") and relative clauses ("Swanson, who is a pastor, said")."""

    def subject_before(self, tokens: list[Token], verb_index: int) -> tuple[Mention, int] | None:
        """The subject that ends right before the verb at `verb_index`, and its first token."""
        i = verb_index - 1
        if i > 0 and tokens[i].text == ")":
            i = _skip_parenthesis(tokens, i)  # "Sen. Ted Cruz (R-Texas) said"
        skipped = 0
        while (
            i >= 0
            and (tokens[i].lower in self.lexicon.function_words or self._manner_adverb(tokens, i))
            and not (tokens[i].capitalised and tokens[i].lower in self.lexicon.name_like_words)
            and skipped < 3
        ):
            i -= 1
            skipped += 1
        if i < 0:
            return None
        token = tokens[i]
        if token.text in DASHES:
            return self._dash_subject(tokens, i)
        if token.lower in self.lexicon.pronouns and token.lower != "it":
            return Mention(token.start, token.end, "pronoun"), i
        if token.text == "," and i > 1 and tokens[i - 1].text == ")":
            opened = _skip_parenthesis(tokens, i - 1)
            if opened < i - 1 and opened >= 0 and self.is_name_word(tokens[opened]):
                # "Gov. John Kasich (R-Ohio), said": the comma closes the parenthesis only
                i = opened
                token = tokens[i]
        if token.text == ",":
            region = self._before_region(tokens, i)  # "Ann Cole, 30, of Raleigh, N.C., said"
            appositive = self.appositive_subject(tokens, region)
            if appositive is not None or region == i:
                return appositive
            # "a woman in Worcester, Mass., told": read on as if the state were not there
            i = region - 1
            token = tokens[i]
        antecedent = self.relative_antecedent(tokens, i)
        if antecedent is not None:
            return antecedent
        counted = self._counted_source(tokens, i)
        if counted is not None:
            return counted
        found = self.noun_phrase_ending(tokens, i)
        if found is None:
            # "a senior official who spoke on condition of anonymity told"
            return self._restrictive_clause_subject(tokens, i)
        if found[1] == 0:
            return found
        if found[1] >= 3:
            # "a woman who lives near the plant said": the plant is the clause's object; the
            # phrase before "who" speaks
            restrictive = self._restrictive_clause_subject(tokens, found[1] - 1)
            if restrictive is not None:
                return restrictive
        if found[0].kind == "name" and tokens[found[1] - 1].lower in ("of", "from"):
            placed = self._placed_person(tokens, i)
            if placed is not None:
                return placed  # "Ann Cole of Raleigh said": the person, not the town
        return self._phrase_subject(tokens, found)

    def _manner_adverb(self, tokens: list[Token], i: int) -> bool:
        """Whether the word at `i` is an adverb in -ly between a subject and its verb ("then
        loudly asked"), not a noun ("the family said", "an assembly said")."""
        word = tokens[i]
        return (
            word.text.isalpha()
            and word.text.islower()
            and len(word.text) > 4
            and word.lower.endswith("ly")
            and not self.is_source_noun(word.lower)
            and not (i > 0 and (tokens[i - 1].lower in self.lexicon.noun_markers))
            and not (i > 0 and tokens[i - 1].possessive)
            # ", alternately shouting": a participle's clause, whose subject is elsewhere
            and not (i > 0 and tokens[i - 1].text == ",")
        )

    def _dash_subject(self, tokens: list[Token], close: int) -> tuple[Mention, int] | None:
        """The subject around a dashed aside that ends at `close`: "A former candidate --
        John Smith, who lost in 2008 -- said" names Smith; "Jane Doe — a longtime critic —
        said" names Doe, before the aside."""
        dash = tokens[close].text
        end = close - 1 if close > 0 and tokens[close - 1].text == dash == "-" else close
        opened = next(
            (
                j
                for j in range(end - 1, max(-1, end - DASHED_ASIDE_TOKENS), -1)
                if tokens[j].text == dash
            ),
            None,
        )
        if opened is None or opened + 1 >= end:
            return None
        inner = opened + 1
        if opened > 0 and tokens[opened - 1].text == dash == "-":
            opened -= 1
        if self.is_name_word(tokens[inner]):
            last = inner
            while last + 1 < end and (
                self.is_name_word(tokens[last + 1])
                or tokens[last + 1].lower in self.lexicon.particles
            ):
                last += 1
            found = self.noun_phrase_ending(tokens, last)
            if found is not None and found[0].kind == "name" and found[1] >= inner:
                return found
        found = self.subject_before(tokens, opened) if opened > 0 else None
        if found is not None and found[1] > 0:
            before = tokens[found[1] - 1]
            if before.text == "," or before.lower in self.lexicon.object_prepositions:
                return None  # "the chief executive of Ora Media -- …": an appositive's word
        return found

    def _restrictive_clause_subject(
        self, tokens: list[Token], last: int
    ) -> tuple[Mention, int] | None:
        """`a senior official who spoke on condition of anonymity told`, `residents who
        live near the plant said`: a "who" clause with no commas between a described
        source and its verb; the phrase before "who" speaks."""
        for w in range(last, max(0, last - RESTRICTIVE_CLAUSE_TOKENS), -1):
            token = tokens[w]
            if token.text in CLAUSE_BREAK or token.text == "," or token.text in self.quote_chars:
                return None
            if token.lower == "who" and w == last:
                return None  # "an architect who said …": the verb is the clause's own
            if token.lower == "who" and w >= 1:
                head = self.noun_phrase_ending(tokens, w - 1)
                return head if head is not None and head[0].kind == "nominal" else None
        return None

    def _counted_source(self, tokens: list[Token], i: int) -> tuple[Mention, int] | None:
        """`a mother of three said`, `a father of 2 told`: a described source ending in a
        count after "of"; the phrase before "of" names the source."""
        if (
            i < 2
            or tokens[i - 1].lower != "of"
            or not (tokens[i].text.isdigit() or tokens[i].lower in self.lexicon.count_words)
        ):
            return None
        head = self.noun_phrase_ending(tokens, i - 2)
        if head is None or head[0].kind != "nominal":
            return None
        return Mention(head[0].start, tokens[i].end, "nominal"), head[1]

    def _phrase_subject(
        self, tokens: list[Token], found: tuple[Mention, int]
    ) -> tuple[Mention, int] | None:
        """The subject, given the noun phrase `found` right before the verb: the phrase
        itself, or the wider phrase it belongs to ("a nurse at the hospital", "the head of
        the agency"), or a subject further back ("Ortiz has in the past called")."""
        before = tokens[found[1] - 1].lower
        if (
            found[1] >= 2
            and (before in self.lexicon.place_prepositions or before in ("in", "of", "from"))
            and tokens[found[1] - 2].lower in self.lexicon.not_speakers
            # an indefinite pronoun: everyone, anyone, none, nobody, everybody
            and tokens[found[1] - 2].lower.endswith(("one", "body"))
        ):
            # "Everyone in the room agreed", "Nobody from the ministry would say", "none of
            # the officials said": no one the reader could name, and not the room
            return None
        if (
            before in self.lexicon.place_prepositions
            and found[0].kind == "nominal"
            and found[1] >= 2
            and tokens[found[1] - 2].lower in self.lexicon.function_words
        ):
            # "Ortiz has in the past called": a phrase after a preposition is no subject;
            # the subject stands before the auxiliary
            return self.subject_before(tokens, found[1] - 1)
        if (
            found[0].kind == "nominal"
            and found[1] >= 3
            and self._after_participle(tokens, found[1])
        ):
            # "Protesters marching through the streets chanted": the place is no speaker;
            # the noun the participle describes is
            walker = self.subject_before(tokens, found[1] - 2)
            if walker is not None:
                return walker
        modified = found[1] >= 3 and tokens[found[1] - 2].lower in self.lexicon.postmodifiers
        if modified and before in self.lexicon.object_prepositions:
            # "a source close to the campaign said", "a person involved in the talks told":
            # the phrase is the source's; the campaign and the talks do not speak
            head = self.noun_phrase_ending(tokens, found[1] - 3)
            if head is not None and self._described(tokens, head):
                return Mention(head[0].start, found[0].end, "nominal"), head[1]
        if before in self.lexicon.place_prepositions and found[1] >= 2:
            # "a nurse at the hospital said": a described person, placed
            head = self.noun_phrase_ending(tokens, found[1] - 2)
            if (
                head is not None
                and self._described(tokens, head)
                and (
                    tokens[head[1]].lower in self.lexicon.describing_determiners
                    or (head[1] == found[1] - 2 and tokens[head[1]].lower in self.lexicon.roles)
                )
            ):
                return Mention(head[0].start, found[0].end, "nominal"), head[1]
        if before == "to" and found[1] >= 2:
            # "an adviser to the mayor said": the mayor is not the speaker; the adviser is
            head = self.noun_phrase_ending(tokens, found[1] - 2)
            if head is not None and head[0].kind == "nominal":
                return Mention(head[0].start, found[0].end, "nominal"), head[1]
        if before == "of" and found[1] >= 2:
            # "the head of the agency said": the phrase before "of" is the subject
            head = self.noun_phrase_ending(tokens, found[1] - 2)
            if head is not None:
                return Mention(head[0].start, found[0].end, head[0].kind), head[1]
        return found

    def clause_subject(self, tokens: list[Token], conjunction: int) -> tuple[Mention, int] | None:
        """The subject of the clause an "and" at `conjunction` continues: "when Cruz knocked
        Rubio on trade and called him …" → Cruz, the first name after the clause opens."""
        start = conjunction - 1
        while start > 0 and conjunction - start < 20:
            word = tokens[start - 1]
            if (
                word.text in CLAUSE_BREAK
                or word.text == ","
                or word.lower in self.lexicon.clause_openers
            ):
                break
            start -= 1
        first = tokens[start] if start < conjunction else None
        if first is None:
            return None
        if first.lower in self.lexicon.pronouns and first.lower not in ("it", "i", "we"):
            return Mention(first.start, first.end, "pronoun"), start
        if not self.is_name_word(first):
            return None
        last = start
        while last + 1 < conjunction and (
            self.is_name_word(tokens[last + 1]) or tokens[last + 1].lower in self.lexicon.particles
        ):
            last += 1
        if last + 1 >= conjunction or tokens[last + 1].text[0].isupper():
            return None
        return self.noun_phrase_ending(tokens, last)
