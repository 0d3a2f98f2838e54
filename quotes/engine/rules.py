"""Attribution rules: the speech cue around a quoted span and the mention it names.

Each rule is a named object with an example; every quote records the rule that
credited it. Rules look only at the quote's own sentence and paragraph: the
rules that reach further (split quotes, context) live in `pipeline.py`, and
turning a mention into a person lives in `speakers.py`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal, NamedTuple

import regex

from quotes.engine.analysis import DocumentAnalysis, Token, tokenize
from quotes.engine.language import Language
from quotes.engine.marks import QuotedSpan
from quotes.engine.windows import (
    ACCORDING_TO_REACH,
    AFTER_QUOTE_CHARACTERS,
    BETWEEN_QUOTE_AND_SPEAKER,
    CUE_PHRASE_REACH,
    CUE_REACH,
    DATELINE_REACH,
    DESCRIBED_SUBJECT_WORDS,
    DESCRIPTION_WORDS,
    HEADLINE_WORDS,
    INTRODUCTION_REACH,
    OPENING_TAIL,
    OPENING_TOKENS,
    PARENTHESIS_REACH,
    SHORT_CUE_REACH,
    SPEAKER_VERB_TRAILING,
    SUBJECT_INTRODUCTION_REACH,
    SUBJECT_OPENING_CHARACTERS,
    SUBJECT_WORDS,
)
from quotes.models import RuleName

MentionKind = Literal["name", "pronoun", "nominal"]

ABBREVIATION = regex.compile(r"\p{Lu}|\p{Lu}\p{Ll}{1,3}|(?:\p{L}\.)+\p{L}")
CLAUSE_BREAK = frozenset(".!?;:()[]")
# "the 43-year-old said": an age standing for the person.
AGED = re.compile(r"\d+-year-old")


class Mention(NamedTuple):
    """A stretch of text naming a speaker, before resolution."""

    start: int
    end: int
    kind: MentionKind
    role_start: int = -1
    role_end: int = -1


class Attribution(NamedTuple):
    """What a rule found: the speaker mention and the cue that introduces it."""

    rule: RuleName
    mention: Mention | None
    verb: Token | None
    lemma: str
    phrase_end: int
    confidence: float


@dataclass(frozen=True, slots=True)
class Rule:
    """A named attribution rule: the sentences it reads, and how sure a match of it is.

    The code that applies each rule, and the order that decides between rules, are in
    quotes.engine.ruleset; the scans here find the cues those rules read.
    """

    name: RuleName
    examples: tuple[str, ...]
    confidence: float


QUOTE_THEN_SPEAKER_VERB = Rule(
    RuleName.quote_then_speaker_verb,
    ('"This decision is positive," Dmitry Rogozin told reporters.',),
    0.95,
)
QUOTE_THEN_VERB_SPEAKER = Rule(
    RuleName.quote_then_verb_speaker, ('"We must act now," said Hillary Clinton.',), 0.95
)
SPEAKER_VERB_THEN_QUOTE = Rule(
    RuleName.speaker_verb_then_quote, ('Hillary Clinton said: "We must act now."',), 0.9
)
REPORTED_SPEECH = Rule(
    RuleName.reported_speech, ('Donald Trump called the talks "smooth and productive".',), 0.8
)
SENTENCE_SUBJECT = Rule(
    RuleName.sentence_subject,
    ('Marco Rubio sees a climate in which people "literally hate each other".',),
    0.6,
)
CUE_SENTENCE = Rule(
    RuleName.cue_sentence,
    ('Ted Cruz tweeted a warning to his rivals. "Remember this in November."',),
    0.75,
)
HEADLINE = Rule(RuleName.headline_speaker, ("Trump: 'We are going to win so much'",), 0.85)
SENTENCE_FINAL_CUE = Rule(
    RuleName.sentence_final_cue,
    ('"Boots on the ground" would be right, candidate Ben Carson said.',),
    0.8,
)
ACCORDING_TO = Rule(
    RuleName.according_to, ('"Talks were smooth," according to a U.S. official.',), 0.85
)


def _skip_parenthesis(tokens: list[Token], close: int) -> int:
    """The index before the "(" that matches the ")" at `close`, or `close` if none is near."""
    for i in range(close - 1, max(-1, close - PARENTHESIS_REACH), -1):
        if tokens[i].text == "(":
            return i - 1
    return close


class Attributor:
    """Applies the sentence-level rules with one lexicon."""

    def __init__(self, language: Language, analysis: DocumentAnalysis | None = None) -> None:
        lexicon = self.lexicon = language.lexicon
        # the document's one reading: its tokens are shared by every rule's window
        self.analysis = analysis
        self.quote_chars = language.marks.characters
        # Double marks end a rule's search; a lone ’ or ' is more often an apostrophe.
        self.double_marks = language.marks.double_characters
        self.closing_chars = language.marks.closing_characters
        # Words `subject_at_start` steps over before a sentence's subject ("Clinton, however").
        self.subject_skips = lexicon.subject_adverbs | {","}
        self.phrasal_heads = frozenset(head for head, _ in lexicon.phrasal_verbs)
        self.not_names = (
            lexicon.determiners
            | lexicon.pronouns.keys()
            | (lexicon.function_words - lexicon.name_like_words)
            | lexicon.sentence_openers
        ) - {"one"}
        self._cue_sentences: dict[tuple[int, int], Attribution | None] = {}

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

    def _tokens(self, text: str, start: int, end: int) -> list[Token]:
        """The tokens of `text[start:end]`, from the document's analysis when it reads `text`."""
        if self.analysis is not None and self.analysis.text is text:
            return self.analysis.tokens(start, end)
        return tokenize(text, start, end)

    # --- mentions -------------------------------------------------------------

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
                if not self.is_name_word(tokens[i - 1]):
                    break
            elif token.lower in self.lexicon.titles or token.lower in self.lexicon.roles:
                first = i  # "press secretary Josh Earnest", "frontrunner Donald Trump"
            else:
                break
            i -= 1
        return first

    def subject_before(self, tokens: list[Token], verb_index: int) -> tuple[Mention, int] | None:
        """The subject that ends right before the verb at `verb_index`, and its first token."""
        i = verb_index - 1
        if i > 0 and tokens[i].text == ")":
            i = _skip_parenthesis(tokens, i)  # "Sen. Ted Cruz (R-Texas) said"
        skipped = 0
        while (
            i >= 0
            and tokens[i].lower in self.lexicon.function_words
            and not (tokens[i].capitalised and tokens[i].lower in self.lexicon.name_like_words)
            and skipped < 3
        ):
            i -= 1
            skipped += 1
        if i < 0:
            return None
        token = tokens[i]
        if token.lower in self.lexicon.pronouns and token.lower != "it":
            return Mention(token.start, token.end, "pronoun"), i
        if token.text == ",":
            return self.appositive_subject(tokens, i)
        antecedent = self.relative_antecedent(tokens, i)
        if antecedent is not None:
            return antecedent
        found = self.noun_phrase_ending(tokens, i)
        if found is None or found[1] == 0:
            return found
        before = tokens[found[1] - 1].lower
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
        if before in self.lexicon.place_prepositions and found[1] >= 2:
            # "a nurse at the hospital said": a described person, placed
            head = self.noun_phrase_ending(tokens, found[1] - 2)
            if (
                head is not None
                and head[0].kind == "nominal"
                and (
                    tokens[head[1]].lower in self.lexicon.describing_determiners
                    or (head[1] == found[1] - 2 and tokens[head[1]].lower in self.lexicon.roles)
                )
            ):
                return Mention(head[0].start, found[0].end, "nominal"), head[1]
        if before == "of" and found[1] >= 2:
            # "the head of the agency said": the phrase before "of" is the subject
            head = self.noun_phrase_ending(tokens, found[1] - 2)
            if head is not None:
                return Mention(head[0].start, found[0].end, head[0].kind), head[1]
        return found

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

    def is_source_noun(self, word: str) -> bool:
        """A role, an organisation or a document: heads that can speak."""
        lexicon = self.lexicon
        return (
            word in lexicon.roles
            or word in lexicon.organisation_words
            or word in lexicon.source_nouns
        )

    def kind_of(self, tokens: list[Token], first: int, last: int) -> MentionKind:
        """A phrase ending in a capitalised word names someone or something, unless it is
        an indefinite source: "a spokeswoman for Downing Street"."""
        if tokens[first].lower in self.lexicon.singular_determiners:
            return "nominal"
        return "name" if tokens[last].capitalised else "nominal"

    def extend_role(self, tokens: list[Token], first: int) -> int:
        """Moves `first` back over a role phrase: "a senior administration official"."""
        i = first - 1
        reach = 0
        while i >= 0 and reach < 5:
            token = tokens[i]
            if token.lower in self.lexicon.determiners:
                return i
            if token.text == "." and i > 0 and self._abbreviation(tokens[i - 1]):
                i -= 1  # "a U.S. official"
                continue
            if not token.text[0].isalpha() or token.lower in self.lexicon.all_verbs:
                break
            if token.lower in self.lexicon.function_words or token.possessive:
                if token.possessive:
                    # "Trump's spokeswoman Hope Hicks", "Bernie Sanders’ aide"
                    return self.name_run_before(tokens, i) if token.capitalised else i
                break
            i -= 1
            reach += 1
        return first

    def appositive_subject(self, tokens: list[Token], comma: int) -> tuple[Mention, int] | None:
        """`NAME, a spokesman, said` or `its ambassador, Dmitry Rogozin, told`."""
        j = comma - 1
        while j >= 0 and tokens[j].text != "," and tokens[j].text not in CLAUSE_BREAK:
            if tokens[j].text in self.quote_chars:
                return None
            j -= 1
            if j > 0 and tokens[j].text == "." and self._abbreviation(tokens[j - 1]):
                j -= 1  # "a physician at St. Michael's Hospital": the full stop of "St."
        relative = self.relative_clause_subject(tokens, comma)
        if relative is not None:
            return relative
        if j < 0 or tokens[j].text != "," or comma - j > 16:
            # a name and appositive at the start of the window: "Clinton, attending …,"
            return None
        inner = self.noun_phrase_ending(tokens, comma - 1)
        outer = self.noun_phrase_ending(tokens, j - 1) if j > 0 else None
        if j > 2 and tokens[j - 1].text.isdigit() and tokens[j - 2].text == ",":
            # "John Smeaton, 54, a local baker, said": the age and the role describe the name
            aged = self.noun_phrase_ending(tokens, j - 3)
            if aged is not None and aged[0].kind == "name":
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
            mention, _ = inner
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
        if outer is not None and any(t.lower in self.lexicon.all_verbs for t in segment):
            return outer  # "Rogozin, told a news conference, calling it": a clause, no role
        describes = outer is not None and any(
            t.possessive or t.lower in self.lexicon.roles or t.lower in self.lexicon.titles
            for t in segment[:4]
        )
        if segment and self.is_name_word(segment[0]) and not inner_is_name and not describes:
            # "…, Trump aimed his criticism at Obama, saying": a clause whose subject speaks
            return self.subject_at_start(segment)
        if outer is not None and all(t.text.isdigit() for t in segment):
            return outer  # "Ramos, 58, told": an age, not a role
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

    def _abbreviation(self, token: Token) -> bool:
        """Whether a full stop after `token` ends an abbreviation ("St.", "Const.", "U.S")."""
        return (
            ABBREVIATION.fullmatch(token.text) is not None
            or token.lower + "." in self.lexicon.titles
        )

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
        earlier = self.noun_phrase_ending(tokens, k - 1)
        if earlier is None or earlier[0].kind != "name":
            return None
        head = earlier[0]
        role = Mention(head.start, head.end, "name", tokens[k + 1].start, tokens[comma - 1].end)
        return role, earlier[1]

    def relative_clause_subject(
        self, tokens: list[Token], comma: int
    ) -> tuple[Mention, int] | None:
        """`Swanson, who is a pastor in Elizabeth, Colorado, slammed`: the subject is Swanson."""
        for i in range(comma - 1, max(0, comma - 30), -1):
            token = tokens[i]
            if token.text in CLAUSE_BREAK or token.text in self.quote_chars:
                return None
            if (
                token.text == ","
                and i + 1 < comma
                and tokens[i + 1].lower in self.lexicon.relative_pronouns
            ):
                antecedent = self.noun_phrase_ending(tokens, i - 1)
                if antecedent is not None and tokens[i + 1].lower == "which":
                    # "Anna Kovacs, the president of the Council, which represents …, said":
                    # the body is a role's; the name the role belongs to speaks
                    return self._name_before_role(tokens, antecedent[1], i - 1) or antecedent
                return antecedent
        return None

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
                if t.text == "," and k + 1 < len(tokens) and self._may_open_subject(tokens[k + 1])
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
            token.capitalised and token.text.endswith(("ly", "ed", "ing")) and len(token.text) > 4
        )

    def _may_open_subject(self, token: Token) -> bool:
        """A word a subject can start with: a name, a pronoun or a determiner."""
        lower = token.lower
        return (
            token.capitalised or lower in self.lexicon.pronouns or lower in self.lexicon.determiners
        )

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
            alpha = t.text[0].isalpha() or (i == start and AGED.fullmatch(t.text) is not None)
            if not alpha:
                break  # "said 34-year-old Kyle Brandt": an age may open the phrase
            if t.possessive and i > start:
                following = tokens[i + 1] if i + 1 < len(tokens) else None
                if following is None or not (
                    following.text.islower() and self._noun_phrase_continues(tokens, i + 1, True)
                ):
                    break
                determined = True  # "said the girl's father, Ahmed Karimi"
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
            while (
                j < len(tokens)
                and tokens[j].text not in CLAUSE_BREAK
                and tokens[j].text not in self.quote_chars
                and tokens[j].text != ","
            ):
                j += 1
            if j - i > 1:
                return Mention(
                    mention.start, mention.end, mention.kind, tokens[i + 1].start, tokens[j - 1].end
                )
        return mention

    def _name_after(self, tokens: list[Token], i: int) -> tuple[int, int] | None:
        """Offsets of a name that fills the phrase from `i` to a clause break or comma."""
        k = i
        while k < len(tokens) and (
            self.is_name_word(tokens[k])
            or tokens[k].lower in self.lexicon.particles
            or (tokens[k].text == "." and k > i and self._abbreviation(tokens[k - 1]))
        ):
            k += 1
        ends = k == len(tokens) or tokens[k].text in CLAUSE_BREAK or tokens[k].text == ","
        if k > i and ends and tokens[i].capitalised:
            return tokens[i].start, tokens[k - 1].end
        return None

    def _opens_role(self, tokens: list[Token], i: int) -> bool:
        """Whether an appositive starts at `i`: "a spokesman", "HP's former spokesman"."""
        if tokens[i].lower in self.lexicon.determiners:
            return True
        ahead = tokens[i : i + 5]
        ends = next((k for k, t in enumerate(ahead) if not t.text[0].isalnum()), len(ahead))
        return any(
            self.is_source_noun(t.lower) or t.lower in self.lexicon.titles for t in ahead[:ends]
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

    # --- rules ----------------------------------------------------------------

    def cue_lemma(self, tokens: list[Token], k: int, partial: bool = False) -> str | None:
        """The lemma of the speech verb at `k`, one word or two ("shot back")."""
        text = tokens[k].text
        lemma = (self.lexicon.all_verbs if partial else self.lexicon.speech_verbs).get(text)
        if lemma is not None:
            if k > 0 and (
                tokens[k - 1].lower in self.lexicon.noun_markers or tokens[k - 1].possessive
            ):
                return None  # "a call", "his response", "Trump's claims": a noun, not a verb
            if self._described_noun(tokens, k):
                return None  # "the caustic chant", "an emotional plea": a noun again
            return lemma if text.islower() else None
        if text in self.phrasal_heads and k + 1 < len(tokens):
            return self.lexicon.phrasal_verbs.get((text, tokens[k + 1].lower))
        return None

    def _described_noun(self, tokens: list[Token], k: int) -> bool:
        """Whether the word at `k` follows a determiner and an adjective, as a noun does
        ("the caustic chant"); a role or source noun there is a subject ("the official
        said", "the general told")."""
        if k < 2 or tokens[k - 2].lower not in self.lexicon.noun_markers:
            return False
        word = tokens[k - 1].text
        return (
            word.isalpha()
            and word.islower()
            and word.endswith(self.lexicon.modifier_endings)
            and word not in self.lexicon.roles
            and word not in self.lexicon.titles
            and not self.is_source_noun(word)
        )

    def verb_lemma(self, token: Token, partial: bool = False) -> str | None:
        """The lemma of a lower-case speech verb token."""
        if not token.text.islower():
            return None
        verbs = self.lexicon.all_verbs if partial else self.lexicon.speech_verbs
        return verbs.get(token.text)

    def cue_phrase_end(self, tokens: list[Token], verb_index: int) -> int:
        """Where the cue phrase ends: the verb and its object, up to punctuation.

        Only verbs that take a listener ("told a news conference", "asked
        reporters") keep the words after them; "said on Thursday" is just "said".
        """
        verb = tokens[verb_index]
        end = verb.end
        if self.lexicon.speech_verbs.get(verb.text) not in self.lexicon.listener_verbs:
            return end
        for token in tokens[verb_index + 1 : verb_index + 5]:
            if not token.text[0].isalnum() or token.lower in self.lexicon.cue_stops:
                break
            end = token.end
        return end

    def after_quote(self, text: str, span: QuotedSpan, limit: int) -> Attribution | None:
        """`"…," Clinton said` and `"…," said Clinton`, the cue right after the closing mark.

        Further along the same sentence, `, candidate Ben Carson said` still credits it.
        """
        tokens = self._tokens(
            text, span.close_end, min(limit, span.close_end + AFTER_QUOTE_CHARACTERS)
        )
        closed = text[span.end - 1] == "."
        i = 0
        while i < len(tokens) and tokens[i].text in ",—–-" and i < 2:
            i += 1
        window_start = i
        inside = -1  # the ")" that closes a parenthesis being read past: "Rep. Mica (R-Fla.)"
        for k in range(window_start, len(tokens)):
            token = tokens[k]
            if k <= inside:
                continue
            if token.text == "(":
                inside = next(
                    (
                        m
                        for m in range(k, min(len(tokens), k + PARENTHESIS_REACH))
                        if tokens[m].text == ")"
                    ),
                    -1,
                )
                if inside > 0:
                    continue
            if token.text == "." and k > 0 and self._abbreviation(tokens[k - 1]):
                continue
            if token.text in CLAUSE_BREAK or token.text in self.quote_chars:
                break
            lemma = self.cue_lemma(tokens, k)
            if lemma is None:
                continue
            if k == window_start:
                found = self.subject_after(tokens, k + 1) if lemma not in ("tell",) else None
                if found is not None:
                    return self._attribution(QUOTE_THEN_VERB_SPEAKER, found[0], tokens, k, lemma)
                continue
            found = self.subject_before(tokens, k)
            if found is not None:
                near = k - window_start < CUE_REACH or found[1] <= window_start
                if near and self._adjacent(tokens, window_start, found[1]):
                    if closed and not self._short_cue(tokens, k):
                        return None  # `"…." Clinton said Wednesday she …`: a new sentence
                    return self._attribution(QUOTE_THEN_SPEAKER_VERB, found[0], tokens, k, lemma)
                after_comma = found[1] > 0 and tokens[found[1] - 1].text == ","
                if after_comma and self._ends_sentence(tokens, k):
                    return self._attribution(SENTENCE_FINAL_CUE, found[0], tokens, k, lemma)
            elif tokens[k - 1].text == "," and lemma not in self.lexicon.listener_verbs:
                # `"…" for the EU, said Geert Wilders.`: the inverted cue closes the sentence
                found = self.subject_after(tokens, k + 1)
                if found is not None and self._ends_sentence(tokens, k):
                    return self._attribution(SENTENCE_FINAL_CUE, found[0], tokens, k, lemma)
        return self.according_to(tokens[window_start : window_start + ACCORDING_TO_REACH])

    def _short_cue(self, tokens: list[Token], verb_index: int) -> bool:
        """`Clinton said.` or `he told CNN.`: the sentence ends within a few words of the verb."""
        following = tokens[verb_index + 1 : verb_index + SHORT_CUE_REACH]
        return not following or any(t.text in ".!?" for t in following)

    def _ends_sentence(self, tokens: list[Token], verb_index: int) -> bool:
        """Whether only the cue's own words follow the verb before the sentence ends."""
        for token in tokens[verb_index + 1 : verb_index + CUE_PHRASE_REACH]:
            if token.text in ".!?" or token.text in self.quote_chars:
                return True
            if token.text in ",;:":
                return token.text == ","
        return verb_index + CUE_PHRASE_REACH >= len(tokens)

    def _adjacent(self, tokens: list[Token], start: int, first: int) -> bool:
        """Whether only a few plain words lie between the quote and the subject."""
        between = tokens[start:first]
        return len(between) <= BETWEEN_QUOTE_AND_SPEAKER and all(
            t.text[0].isalpha()
            and t.lower not in self.lexicon.all_verbs
            and (t.lower not in self.lexicon.conjunctions or t.lower == "as")  # '"…," as Cruz said'
            # '… was "on the fence" until Ortiz said': a new clause, with its own speaker
            and (t.lower not in self.lexicon.subordinators or t.lower == "as")
            for t in between
        )

    def before_quote(
        self, text: str, span: QuotedSpan, sentence_start: int, opening: int | None = None
    ) -> Attribution | None:
        """`Clinton said: "…"`, `He called the talks "smooth"`: a cue earlier in the sentence.

        Of several cues, the sentence's first speech verb wins ("Fiorina declared that any
        deal under her watch would demand "secrecy"" is Fiorina's); with none, the nearest
        verb of the partial-quote kind ("called", "described").

        `opening` is where the whole sentence starts when `sentence_start` is the end of an
        earlier quote in it: a participle after that quote ("Doe defended "rural values,"
        saying the town was "…"") has the sentence's subject for speaker.
        """
        tokens = self._tokens(text, sentence_start, span.open_at)
        if opening is not None and opening < sentence_start:
            participle = self._participle_after_quote(text, tokens, opening, sentence_start)
            if participle is not None:
                return participle
        # a cue in an opening clause ("When Ryan said …, Trump responded, "…"") is not this
        # quote's: the main clause's verbs come first, the opening clause's only if none fits
        main = self.main_clause_start(tokens)
        nearest: tuple[int, Mention, str] | None = None
        chosen: tuple[int, Mention, str] | None = None
        unnamed: tuple[int, str] | None = None
        for k in [*range(len(tokens) - 1, main - 1, -1), *range(main - 1, -1, -1)]:
            token = tokens[k]
            if k < main and chosen is not None:
                break
            if token.text in self.double_marks:
                break
            if token.lower == "according" and k + 1 < len(tokens) and tokens[k + 1].lower == "to":
                return self.according_to(tokens[k:])
            lemma = self.cue_lemma(tokens, k, partial=True)
            if lemma is None:
                continue
            found = self.cue_subject(tokens, k)
            if found is not None and (chosen is None or token.text in self.lexicon.speech_verbs):
                chosen = k, found, lemma
                nearest = nearest or chosen
            elif found is None and unnamed is None and self._quantifier_subject(tokens, k, main):
                unnamed = k, lemma
        if (chosen is None or nearest is None) and unnamed is not None:
            # "Many called the decision "long overdue"": speech, by no one a reader could name
            k, lemma = unnamed
            rule = REPORTED_SPEECH
            return Attribution(rule.name, None, tokens[k], lemma, tokens[k].end, 0.0)
        if chosen is None or nearest is None:
            return None
        if nearest[1][:2] == chosen[1][:2]:
            chosen = nearest  # one speaker either way: the verb nearest the quote is its cue
        k, mention, lemma = chosen
        trailing = tokens[k + 1 :]
        rule = REPORTED_SPEECH
        if len(trailing) <= SPEAKER_VERB_TRAILING and (not trailing or trailing[-1].text in ",:"):
            rule = SPEAKER_VERB_THEN_QUOTE
        return self._attribution(rule, mention, tokens, k, lemma)

    def _participle_after_quote(
        self, text: str, tokens: list[Token], opening: int, quote_end: int
    ) -> Attribution | None:
        """`Doe defended "rural values," saying the town …`: a speech participle right
        after an earlier quote of the sentence, whose own subject is the sentence's."""
        # the comma after the earlier quote stands before or inside its closing mark
        verb = 1 if tokens and tokens[0].text == "," else 0
        closed = text[max(opening, quote_end - 8) : quote_end].rstrip()
        if verb == 0 and closed.rstrip("".join(self.closing_chars))[-1:] != ",":
            return None
        if len(tokens) <= verb or not tokens[verb].text.endswith("ing"):
            return None
        lemma = self.cue_lemma(tokens, verb)
        if lemma is None:
            return None
        # the subject opens the sentence: its first words are enough, however long it is
        head = self._tokens(text, opening, min(quote_end, opening + SUBJECT_OPENING_CHARACTERS))
        if not head or head[0].text in self.double_marks:
            return None
        found = self.subject_at_start(head)
        if found is None:
            return None
        return self._attribution(REPORTED_SPEECH, found[0], tokens, verb, lemma)

    def _quantifier_subject(self, tokens: list[Token], k: int, main: int) -> bool:
        """Whether the verb at `k` has a quantifier alone for subject: "Many called", "Both
        described", "Some said" at the start of the main clause."""
        return (
            k >= 1
            and k - 1 == main
            and (
                tokens[k - 1].lower in self.lexicon.not_speakers
                or tokens[k - 1].lower in self.lexicon.determiners
            )
            and tokens[k - 1].lower not in self.lexicon.pronouns
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
            if t.text == "," and k + 1 < len(tokens) and self._may_open_subject(tokens[k + 1])
        ]
        return commas[-1] + 1 if commas else 0

    def cue_subject(self, tokens: list[Token], k: int) -> Mention | None:
        """Who speaks through the verb at `k`: its subject, or the sentence's for a participle."""
        framed = self.passive_frame_subject(tokens, k)
        if framed is not None:
            return framed
        token = tokens[k]
        found = self.subject_before(tokens, k)
        if found is None and k > 0 and tokens[k - 1].lower == "to":
            found = self.subject_at_start(self.opening(tokens, k - 1))  # "The email went on to say"
        participle = token.text.endswith("ing") and k > 0 and tokens[k - 1].text == ","
        if participle and (found is None or found[0].kind == "nominal"):
            # "The senator calmed his supporters, saying …": the main clause's subject speaks
            found = self.subject_at_start(self.opening(tokens, k)) or found
        if (
            found is not None
            and token.text.endswith("ing")
            and found[0].kind == "nominal"
            and tokens[found[1]].lower in ("a", "an")
        ):
            found = None  # "issued a statement saying": the statement's issuer speaks
        before = k - 1
        while before > 0 and tokens[before].lower in self.lexicon.function_words:
            before -= 1  # "and repeatedly says"
        if found is None and (
            token.text.endswith("ing") or (before >= 0 and tokens[before].lower in ("and", ","))
        ):
            # "…, calling it", "…, and emphasized": the sentence's subject speaks
            found = self.subject_at_start(self.opening(tokens, k))
            if found is None and before >= 0 and tokens[before].lower == "and":
                found = self.clause_subject(tokens, before)
        return found[0] if found is not None else None

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

    def passive_frame_subject(self, tokens: list[Token], k: int) -> Mention | None:
        """The speaker of a passive frame around the verb at `k`.

        "Hartley was quoted (by the Globe) as saying …" → Hartley, whose words they are;
        "Dorsey was described by colleagues as …" → colleagues, who chose the words.
        """
        if tokens[k].lower == "saying" and k >= 2 and tokens[k - 1].lower == "as":
            for q in range(k - 2, max(-1, k - 10), -1):
                if tokens[q].lower == "quoted":
                    found = self.subject_before(tokens, q)
                    return found[0] if found is not None else None
                if tokens[q].text in CLAUSE_BREAK or tokens[q].text == ",":
                    break
            return None
        if (
            k >= 1
            and k + 2 < len(tokens)
            and tokens[k - 1].lower in self.lexicon.passive_auxiliaries
            and tokens[k + 1].lower == "by"
        ):
            found = self.subject_after(tokens, k + 2)
            return found[0] if found is not None else None
        return None

    def sentence_subject(
        self, text: str, span: QuotedSpan, sentence_start: int
    ) -> Attribution | None:
        """A quoted phrase inside a sentence about someone: `Rubio bemoaned a climate of "hate"`."""
        tokens = self._tokens(text, sentence_start, span.open_at)
        if any(t.text in self.double_marks for t in tokens):
            return None
        found = self.subject_at_start(tokens)
        if found is None:
            return None
        return Attribution(
            SENTENCE_SUBJECT.name, found[0], None, "", found[0].end, SENTENCE_SUBJECT.confidence
        )

    def cue_sentence(self, text: str, start: int, end: int) -> Attribution | None:
        """A sentence that introduces the next quote: `Cruz tweeted a warning.`.

        Remembered per sentence: a long sentence followed by thousands of uncued quotes
        is read once, not once per quote.
        """
        key = (start, end)
        if key not in self._cue_sentences:
            self._cue_sentences[key] = self._cue_sentence(text, start, end)
        return self._cue_sentences[key]

    def _cue_sentence(self, text: str, start: int, end: int) -> Attribution | None:
        tokens = self._tokens(text, start, end)
        if any(t.text in self.quote_chars for t in tokens):
            return None
        for k in range(len(tokens)):
            lemma = self.cue_lemma(tokens, k)
            if lemma is None:
                continue
            found = self.subject_before(tokens, k) or self.subject_at_start(self.opening(tokens, k))
            if found is not None:
                return self._attribution(CUE_SENTENCE, found[0], tokens, k, lemma)
        return None

    def headline_speaker(self, text: str, span: QuotedSpan, line_start: int) -> Attribution | None:
        """`Trump: 'We are going to win'`: a name and a colon before the quotation."""
        tokens = self._tokens(text, line_start, span.open_at)
        if len(tokens) < 2 or tokens[-1].text != ":":
            return None
        mention: Mention | None
        if len(tokens) <= 6:
            found = self.noun_phrase_ending(tokens, len(tokens) - 2)
            if found is None or found[1] != 0 or found[0].kind != "name":
                return None
            mention = found[0]
        else:
            # "Elizabeth Warren Hammers Wells Fargo CEO: '…'": a headline opens with its speaker
            mention = self.headline_subject(tokens)
            if mention is None:
                return None
        return Attribution(HEADLINE.name, mention, None, "", mention.end, HEADLINE.confidence)

    def headline_subject(self, tokens: list[Token]) -> Mention | None:
        """The name a Title Case headline opens with: one word, or a given name and surname."""
        words = [t for t in tokens if t.text[0].isalpha()]
        if len(words) > HEADLINE_WORDS or sum(t.capitalised for t in words) < 0.7 * len(words):
            return None
        first = tokens[0]
        if not self.is_name_word(first):
            return None
        end = first.end
        if (
            len(tokens) > 1
            and self.is_name_word(tokens[1])
            and (first.lower in self.lexicon.given_names or first.lower in self.lexicon.titles)
        ):
            end = tokens[1].end
        return Mention(first.start, end, "name")

    def according_to(self, tokens: list[Token]) -> Attribution | None:
        """`according to X` in the given tokens."""
        for k in range(len(tokens) - 1):
            if tokens[k].lower == "according" and tokens[k + 1].lower == "to":
                found = self.subject_after(tokens, k + 2)
                if found is not None:
                    return Attribution(
                        ACCORDING_TO.name,
                        found[0],
                        tokens[k],
                        "according to",
                        tokens[k + 1].end,
                        ACCORDING_TO.confidence,
                    )
        return None

    def _attribution(
        self, rule: Rule, mention: Mention, tokens: list[Token], verb_index: int, lemma: str
    ) -> Attribution:
        confidence = rule.confidence - (0.1 if mention.kind == "pronoun" else 0.0)
        return Attribution(
            rule.name,
            mention,
            tokens[verb_index],
            lemma,
            # a two-word verb's phrase ends with its particle
            tokens[verb_index + 1].end if " " in lemma else self.cue_phrase_end(tokens, verb_index),
            confidence,
        )
