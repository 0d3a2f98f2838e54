"""Attribution cues: the speech cue around a quoted span and the mention it names.

The scans here read tokens from the document's analysis (quotes.engine.analysis) with
the grammar and speech verbs of quotes.engine.cues; each rule is a unit of quotes.engine.ruleset
that takes a scan's finding when it is its own shape. Rules look only at the quote's own
sentence and paragraph; turning a mention into a person lives in quotes.engine.speakers.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from operator import attrgetter
from typing import NamedTuple

import regex

from quotes.engine.analysis import DocumentAnalysis, Token, tokenize
from quotes.engine.cues import PERSON_PRONOUNS, Cues
from quotes.engine.grammar import AGED, CLAUSE_BREAK, Mention, MentionKind
from quotes.engine.language import Language
from quotes.engine.lexicon import Lexicon, alternation
from quotes.engine.marks import QuotedSpan
from quotes.engine.windows import (
    ACCORDING_TO_REACH,
    ADDRESSEE_WORDS,
    AFTER_QUOTE_CHARACTERS,
    BETWEEN_QUOTE_AND_SPEAKER,
    CUE_PHRASE_REACH,
    CUE_REACH,
    HEADLINE_WORDS,
    INTRODUCING_WORDS,
    LEAD_IN_CHARACTERS,
    OPENING_PHRASE_SUBJECT_CHARACTERS,
    PARENTHESIS_REACH,
    SHORT_CUE_REACH,
    SPEAKER_VERB_TRAILING,
    SUBJECT_OPENING_CHARACTERS,
    WHAT_CUE_CHARACTERS,
)
from quotes.records import RuleName


@cache
def _source_phrases(lexicon: Lexicon) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The phrases that name a source ("according to"), by their first word, longest first."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for phrase in sorted(lexicon.source_phrases, key=len, reverse=True):
        words = tuple(phrase.split())
        by_first.setdefault(words[0], []).append(words)
    return {first: tuple(phrases) for first, phrases in by_first.items()}


# A dash opening a signature, then a capital: "— Bonnie Henry", "-President Obama".
# a name, or a described person ("— a Democratic senator"), after the dash
SIGNATURE_DASH = regex.compile(r"[ \t]*(?:—|–|―|--?)[ \t]*(?=\p{Lu}|\p{Ll}+[ \t])")
# After a name a "how" frame opened, an appositive allowed between: "put it", or a verb
# of saying ("described her exit"), group 1, with the word after it (group 3: "summed up").
PUT_IT = regex.compile(
    r"(?:,[^,\n]{1,120},)?\s+(\p{Ll}+)(\s+it\b)?(?:\s+(\p{Ll}+))?(?:[ \t]+(\p{Ll}+))?"
)


def _own_words(possessive: str | None, noun: str | None, lexicon: Lexicon) -> bool:
    """Whether a verb's object is the speaker's own speech ("That was how Carmen Dizon
    began her deputation", "… opened his remarks")."""
    return (
        possessive in lexicon.possessive_pronouns
        and noun is not None
        and (noun in lexicon.speech_nouns or noun in lexicon.source_nouns)
    )


@cache
def embed_credit(lexicon: Lexicon) -> regex.Pattern[str]:
    """The opening of an embedded post's credit line ("A post shared by"), before the name
    that signs the quotation above it."""
    credits = "|".join(regex.escape(credit) for credit in sorted(lexicon.embed_credits))
    return regex.compile(rf"[ \t]*(?i:{credits})[ \t]+(?=\p{{Lu}})" if credits else r"(?!)")


@cache
def following_frame(lexicon: Lexicon) -> regex.Pattern[str]:
    """The opening of the sentence after a quotation that names its speaker next ("Those
    were the words of", "So says", "That, at least, was how"), commas between its words
    written or not, one mark (a closing one of a nested quote) allowed before."""
    return _frames_pattern(lexicon.following_frames)


@cache
def coming_frame(lexicon: Lexicon) -> regex.Pattern[str]:
    """An inverted frame right after a quotation, in its sentence ("…," came shouts from)."""
    return _frames_pattern(lexicon.coming_frames)


def _frames_pattern(frames: frozenset[str]) -> regex.Pattern[str]:
    """Any of `frames`, longest first, in any case, commas between its words or not."""
    ordered = sorted(frames, key=lambda frame: (-len(frame), frame))
    words = "|".join(r"[\s,]+".join(regex.escape(w) for w in f.split()) for f in ordered)
    return regex.compile(rf"[ \t]*(?i:{words})\s+" if words else r"(?!)")


@cache
def possessive_frame(lexicon: Lexicon) -> regex.Pattern[str]:
    """The sentence after a quotation naming its speaker as the owner of a noun of speech
    ("That was Aho's reply", "Those were Marchuk's last words"): the name is group 1."""
    nouns = alternation(lexicon.speech_nouns)
    pointing, being = alternation(lexicon.demonstratives), alternation(lexicon.auxiliaries)
    return regex.compile(
        rf"[ \t]*(?i:{pointing})\s+(?i:{being})"
        rf"\s+(\p{{Lu}}[\p{{L}}.-]*(?:\s+\p{{Lu}}[\p{{L}}.-]*){{0,3}})(?:'s|’s|'|’)"
        rf"\s+(?:\p{{Ll}}+\s+){{0,2}}?(?i:{nouns})\b"
    )


def owner_frame(text: str, at: int, end: int, lexicon: Lexicon) -> Attribution | None:
    """The speaker a `possessive_frame` at `at` names ("That was Aho's reply")."""
    owner = possessive_frame(lexicon).match(text, at, end)
    if owner is None:
        return None
    mention = Mention(owner.start(1), owner.end(1), "name")
    rule = FOLLOWING_FRAME
    return Attribution(rule.name, mention, None, "", mention.end, rule.confidence)


# The colon after a headline's opening quotation: `'I just stopped thinking': Wilk …`.
HEADLINE_COLON = regex.compile(r"[ \t]*:[ \t]+(?=\S)")


def capitals_label(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` is a label in capitals and a colon, a page's words about
    what follows ("QUOTE OF THE DAY:", "BREAKING NEWS:"): never a speaker."""
    if end - start > LEAD_IN_CHARACTERS:
        return False
    label = text[start:end].strip()
    letters = [c for c in label if c.isalpha()]
    return label.endswith(":") and len(letters) >= 2 and all(c.isupper() for c in letters)


# The next character that is not white space.
NON_SPACE = regex.compile(r"\S")


def _line_end(text: str, at: int) -> int:
    """Where the line holding offset `at` ends."""
    end = text.find("\n", at)
    return len(text) if end < 0 else end


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
QUOTE_THEN_UNLISTED_VERB = Rule(
    RuleName.quote_then_unlisted_verb,
    ('"Would it be negotiable?" Sean Hannity pressed.', '"Try again," Ms. Cole prodded.'),
    # a verb no list knows, read as one of saying from the punctuation of speech alone
    0.75,
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
    # a cue in the sentence before, not beside the quote: about three in four right on the
    # dev split, below the quote-adjacent cues
    0.7,
)
HEADLINE = Rule(
    RuleName.headline_speaker,
    (
        "Trump: 'We are going to win so much'",
        "'I just stopped thinking': Wilk stuns Varga in Paris final\n\nTomasz Wilk won.",
    ),
    0.85,
)
SIGNATURE_LINE = Rule(
    RuleName.signature_line,
    (
        '"Be kind, be calm and be safe." — Bonnie Henry',
        '"She never quits. That is why she should be our next president."\n\n'
        "-President Obama, tweeting after the speech.",
        'QUOTE OF THE DAY: "Watch what they do." — a Democratic senator, on background.',
    ),
    0.85,
)
FOLLOWING_FRAME = Rule(
    RuleName.following_frame,
    (
        '"Nobody told us anything." Those were the words of Hamid Yousef, 71.',
        '"We will fight on." That, at least, was how Carmen Ruiz-Tagle put it.',
    ),
    # the sentence after names the speaker in so many words: as sure as a cue after it
    0.85,
)
SENTENCE_FINAL_CUE = Rule(
    RuleName.sentence_final_cue,
    ('"Boots on the ground" would be right, candidate Ben Carson said.',),
    0.8,
)
ACCORDING_TO = Rule(
    RuleName.according_to, ('"Talks were smooth," according to a U.S. official.',), 0.85
)


# The marks closing a quotation's words that punctuate it as speech before its attribution:
# `"…," she said`, `"…?" he asked`.
SPEECH_ENDINGS = ",?!"
# A quotation broken off by a dash ('"If the council thinks —" Kamara began'): speech cut
# short, so the past-tense verb after its subject is one of speaking, regular or not.
BROKEN_OFF = "—–"


class CuesBefore(NamedTuple):
    """The cues the scan back from a quote found: the one nearest the quote, the one
    chosen, a verb whose subject is a quantifier ("Many called"), and where a source
    phrase ("according to") ended the scan."""

    nearest: tuple[int, Mention, str] | None
    chosen: tuple[int, Mention, str] | None
    unnamed: tuple[int, str] | None
    source: int | None


Step = tuple[bool, Attribution | None]
"""One cue the scan after a quote reads: whether the scan ends there, and what it found."""


class CueAttributions(Cues):
    """What a cue attributes: the finding a rule takes from a speech verb, a source
    phrase ("according to") or a noun of speech ("was Hale's response")."""

    def _attribution(
        self, rule: Rule, mention: Mention, tokens: list[Token], verb_index: int, lemma: str
    ) -> Attribution:
        confidence = rule.confidence - (0.1 if mention.kind == "pronoun" else 0.0)
        speaker: Mention | None = mention
        if lemma in self.lexicon.document_verbs:
            speaker = self._document_speaker(mention, tokens)
        return Attribution(
            rule.name,
            speaker,
            tokens[verb_index],
            lemma,
            self._phrase_end(tokens, verb_index, lemma, mention),
            confidence,
        )

    def _document_speaker(self, mention: Mention, tokens: list[Token]) -> Mention | None:
        """Who speaks through a document verb: the document, which names its author ("a
        statement from the company"); no one for a written thing or "it" (`"…," the sign
        read`, `"…," it read`): speech, but no one named to speak it. A person reading
        aloud (`"…," she read`) speaks the words."""
        lexicon = self.lexicon
        if mention.kind == "pronoun":
            said = next((t for t in tokens if t.start == mention.start), None)
            reader = said is not None and lexicon.pronouns.get(said.lower) in PERSON_PRONOUNS
            return mention if reader else None
        for token in tokens:
            if mention.start <= token.start and token.end <= mention.end:
                if token.lower in lexicon.written_nouns:
                    return None
                if token.lower in lexicon.source_nouns:
                    return mention
        return mention

    def _owned_words(self, tokens: list[Token], start: int) -> Attribution | None:
        """`"…," was Hale's response.`: a copula right after the quote, then someone's noun
        of speech: the words are that person's."""
        if start >= len(tokens) or tokens[start].lower not in self.lexicon.passive_auxiliaries:
            return None
        k = start + 1
        while k < len(tokens) and self.is_name_word(tokens[k]) and not tokens[k].possessive:
            k += 1  # "Ann Ruiz's"
        k += 1
        if k >= len(tokens):
            return None
        owner = self._speech_noun_possessor(tokens, k)
        if owner is None:
            return None
        return self._attribution(QUOTE_THEN_VERB_SPEAKER, owner, tokens, k, tokens[k].lower)

    def _speech_noun_possessor(self, tokens: list[Token], k: int) -> Mention | None:
        """The name whose possessive stands before the noun of speech at `k`."""
        if k == 0 or tokens[k].lower not in self.lexicon.speech_nouns:
            return None
        owner = tokens[k - 1]
        if not (owner.possessive and owner.capitalised):
            return None
        first = self.name_run_before(tokens, k - 1)
        if first > 0 and tokens[first - 1].lower in self.lexicon.determiners:
            return None  # "the Clinton campaign's claim": an organisation's
        # "Trump's" ends the name two characters early, "Sanders’" one
        cut = 2 if owner.text.endswith(("'s", "’s")) else 1
        return Mention(tokens[first].start, owner.end - cut, "name")

    def according_to(self, tokens: list[Token], reach: int | None = None) -> Attribution | None:
        """`according to X`, `in the words of X` in the given tokens, the phrase opening
        within the first `reach` of them; X may run on past them."""
        for k in range(min(len(tokens), reach or len(tokens)) - 1):
            end = self.source_phrase_end(tokens, k)
            if end is not None:
                found = self.subject_after(tokens, end)
                if found is not None:
                    return Attribution(
                        ACCORDING_TO.name,
                        found[0],
                        tokens[k],
                        " ".join(t.lower for t in tokens[k:end]),
                        tokens[end - 1].end,
                        ACCORDING_TO.confidence,
                    )
        return None

    def source_phrase_end(self, tokens: list[Token], k: int) -> int | None:
        """Where a phrase that names a source ("according to", "in the words of") starting
        at `k` ends, or None."""
        for phrase in _source_phrases(self.lexicon).get(tokens[k].lower, ()):
            end = k + len(phrase)
            if end <= len(tokens) and all(
                tokens[k + i].lower == word for i, word in enumerate(phrase)
            ):
                return end
        return None

    def _phrase_end(
        self, tokens: list[Token], verb_index: int, lemma: str, mention: Mention
    ) -> int:
        """Where the cue phrase of the verb at `verb_index` ends: a two-word verb's with its
        particle; an inverted verb's with the verb, the words after it being its subject
        ('"…," tweeted Ruiz'), no listener; any other's with its listener."""
        following = verb_index + 1
        if " " in lemma:
            return tokens[following].end
        if following < len(tokens) and tokens[following].start == mention.start:
            return tokens[verb_index].end
        return self.cue_phrase_end(tokens, verb_index)


class AfterQuoteChecks(CueAttributions):
    """A scan's tokens, from the document's one reading, and the checks the scan after a
    quote makes of a cue: next to the quote, closing the sentence, opening the next quote."""

    def __init__(self, language: Language, analysis: DocumentAnalysis | None = None) -> None:
        super().__init__(language)
        # the document's one reading: its tokens are shared by every rule's window
        self.analysis = analysis

    def _tokens(self, text: str, start: int, end: int) -> list[Token]:
        """The tokens of `text[start:end]`, from the document's analysis when it reads `text`."""
        if self.analysis is not None and self.analysis.text is text:
            return self.analysis.tokens(start, end)
        return tokenize(text, start, end)

    def _inverted_final(
        self, tokens: list[Token], k: int, lemma: str, closed: bool = False
    ) -> Mention | None:
        """The subject after a verb that follows a comma and closes the sentence (`, said
        Geert Wilders.`); with `closed`, only a name or description that a comma or the
        sentence's end follows (`, said Moscow was ready` is reported speech)."""
        if tokens[k - 1].text != "," or lemma in self.lexicon.listener_verbs:
            return None
        found = self.subject_after(tokens, k + 1)
        if found is None or not self._ends_sentence(tokens, k):
            return None
        if closed:
            if found[0].kind == "pronoun":
                return None
            following = next((t for t in tokens[k + 1 :] if t.start >= found[0].end), None)
            if following is not None and following.text not in ",.":
                return None
        return found[0]

    def _named_by_what(self, text: str, span: QuotedSpan) -> bool:
        """Whether the words before the quote are `what Hedge called`, `what she describes
        as`: the quote is the object of that cue, whatever verb follows it."""
        start = max(0, span.open_at - WHAT_CUE_CHARACTERS)
        if "what " not in text[start : span.open_at].lower():
            return False  # most quotes: no tokens to read
        tokens = self._tokens(text, start, span.open_at)
        k = len(tokens) - 1
        if k >= 1 and tokens[k].lower == "as":
            k -= 1
        if k < 2 or self.cue_lemma(tokens, k, partial=True) is None:
            return False
        found = self.subject_before(tokens, k)
        return found is not None and found[1] >= 1 and tokens[found[1] - 1].lower == "what"

    def _opens_next_quote(self, tokens: list[Token], verb_index: int) -> bool:
        """Whether the cue at `verb_index` ends in a colon and a quotation mark: it
        introduces the quotation after it, not the one before."""
        # the window after a quote stops at the next quote's mark
        for m in range(verb_index + 1, min(len(tokens), verb_index + SHORT_CUE_REACH)):
            if tokens[m].text == ":":
                return m + 1 == len(tokens) or tokens[m + 1].text in self.quote_chars
            if not tokens[m].text[0].isalnum():
                return False
        return False

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
        if between and between[0].lower in self.lexicon.head_prepositions:
            # '"tough" in his home state', '"…" in a Facebook post': a preposition's object,
            # with a noun read as a verb, is no speaker
            return False
        if self._joined_name(between):
            return True  # '"…," Tom Hale and Ann Ruiz said': two people speak together
        return len(between) <= BETWEEN_QUOTE_AND_SPEAKER and all(
            # "District 88 President Carla Benavides": a number inside a capitalised office
            (t.text[0].isalpha() or (t.text.isdigit() and i > 0 and between[i - 1].capitalised))
            and t.lower not in self.lexicon.all_verbs
            and (t.lower not in self.lexicon.conjunctions or t.lower == "as")  # '"…," as Cruz said'
            # '… was "on the fence" until Ortiz said': a new clause, with its own speaker
            and (t.lower not in self.lexicon.subordinators or t.lower == "as")
            for i, t in enumerate(between)
        )

    def _joined_name(self, between: list[Token]) -> bool:
        """Whether the words between a quote and its subject are a name and "and"."""
        return (
            2 <= len(between) <= BETWEEN_QUOTE_AND_SPEAKER
            and between[-1].lower == "and"
            and all(self.is_name_word(t) or t.text == "." for t in between[:-1])
        )

    def _unlisted_cue(
        self, tokens: list[Token], window_start: int, interrupted: bool = False
    ) -> Attribution | None:
        """`"…," Hannity pressed.`: a subject right after the quote, then a past-tense verb
        no list knows closing the sentence. A quotation ending in a comma, question or
        exclamation mark and followed by a subject and a verb is punctuated as speech, so
        the verb is one of saying ("prodded", "deadpanned")."""
        end = min(len(tokens), window_start + BETWEEN_QUOTE_AND_SPEAKER + 2)
        for k in range(window_start + 1, end):
            word = tokens[k].text
            if not (word.islower() and word.isalpha() and (interrupted or word.endswith("ed"))):
                continue
            if word in self.lexicon.all_verbs or not self._closes_cue(tokens, k + 1):
                return None
            found = self.subject_before(tokens, k)
            if found is None or found[1] != window_start:
                return None
            return self._attribution(QUOTE_THEN_UNLISTED_VERB, found[0], tokens, k, word)
        return None

    def _closes_cue(self, tokens: list[Token], k: int) -> bool:
        """Whether the sentence ends, or a comma follows, at `k` or after one adverb."""
        if k < len(tokens) and tokens[k].text.endswith("ly") and tokens[k].text.islower():
            k += 1
        return k >= len(tokens) or tokens[k].text in ".,!"


class AfterQuoteScan(AfterQuoteChecks):
    """The one scan after a closing mark, `"…," Clinton said` and `"…," said Clinton`,
    whose finding feeds four rule units: quote-then-speaker-verb, quote-then-verb-speaker,
    sentence-final cue and according-to (quotes.engine.ruleset)."""

    def after_quote(self, text: str, span: QuotedSpan, limit: int) -> Attribution | None:
        """`"…," Clinton said` and `"…," said Clinton`, the cue right after the closing mark.

        Further along the same sentence, `, candidate Ben Carson said` still credits it.
        """
        if self._named_by_what(text, span):
            return None  # `under what Hedge called "…," the club charged …`: Hedge's words
        tokens = self._tokens(
            text, span.close_end, min(limit, span.close_end + AFTER_QUOTE_CHARACTERS)
        )
        closed = text[span.end - 1] == "."
        i = 0
        while i < len(tokens) and tokens[i].text in ",—–-" and i < 2:
            i += 1
        window_start = i
        owned = self._owned_words(tokens, window_start)
        if owned is not None:
            return owned  # `"I think so," was Hale's response.`
        if window_start < len(tokens) and self.source_phrase_end(tokens, window_start) is not None:
            # `"…," according to a memo Band wrote`: a verb after the source describes it
            return self.according_to(tokens[window_start:], ACCORDING_TO_REACH)
        for k, lemma in self._verbs_after(tokens, window_start):
            done, found = self._cue_after(tokens, k, lemma, window_start, closed)
            if done:
                return found
        if text[span.end - 1] in SPEECH_ENDINGS + BROKEN_OFF:
            interrupted = text[span.end - 1] in BROKEN_OFF
            unlisted = self._unlisted_cue(tokens, window_start, interrupted)
            if unlisted is not None:
                return unlisted
        return self.according_to(tokens[window_start:], ACCORDING_TO_REACH)

    def _verbs_after(self, tokens: list[Token], window_start: int) -> Iterator[tuple[int, str]]:
        """Each speech verb after the quote, with its lemma, up to the sentence's end or the
        next quotation mark; a parenthesis is read past ("Rep. Mica (R-Fla.) said")."""
        inside = -1  # the ")" that closes a parenthesis being read past
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
            if token.text == "." and k > 0 and self.abbreviation(tokens[k - 1]):
                continue
            if token.text in CLAUSE_BREAK or token.text in self.quote_chars:
                break
            lemma = self.cue_lemma(tokens, k)
            if lemma is not None:
                yield k, lemma

    def _cue_after(
        self, tokens: list[Token], k: int, lemma: str, window_start: int, closed: bool
    ) -> Step:
        """Whether the speech verb at `k` after the quote ends the scan, and what it
        found: its document, its inverted subject, its agent, or its subject before it."""
        token = tokens[k]
        if lemma in self.lexicon.document_verbs:
            found = self.document_subject(tokens, k)
            if found is not None and (k == window_start or found[1] == window_start):
                rule = QUOTE_THEN_VERB_SPEAKER if k == window_start else QUOTE_THEN_SPEAKER_VERB
                return True, self._attribution(rule, found[0], tokens, k, lemma)
        if k == window_start:
            # `"…," saying the town …`: a participle's subject is never after it, and
            # `headlined "…," called the dining room "…"`: a naming verb's object is no subject
            inverted = (
                lemma not in ("tell",)
                and not token.text.endswith("ing")
                and token.lower not in self.lexicon.naming_verbs
            )
            found = self.subject_after(tokens, k + 1) if inverted else None
            if found is not None and self._clause_goes_on(tokens, found[0]):
                return True, None  # `'…', said senior managers had …`: what was said
            if found is not None:
                return True, self._attribution(QUOTE_THEN_VERB_SPEAKER, found[0], tokens, k, lemma)
            return False, None
        if self.agentless_passive(tokens, k):
            return True, None  # `"…," reporters were told`: who heard it, not who said it
        agent = self.passive_frame_subject(tokens, k) if lemma in ("tell", "ask") else None
        if agent is not None:  # `"…," reporters were told by a spokesman`
            return True, self._attribution(QUOTE_THEN_SPEAKER_VERB, agent, tokens, k, lemma)
        found = self.subject_before(tokens, k)
        if found is not None:
            return self._subject_cue(tokens, k, lemma, found, window_start, closed)
        # `"…" for the EU, said Geert Wilders.`: the inverted cue closes the sentence
        final = self._inverted_final(tokens, k, lemma)
        if final is not None:
            return True, self._attribution(SENTENCE_FINAL_CUE, final, tokens, k, lemma)
        return False, None

    def _clause_goes_on(self, tokens: list[Token], subject: Mention) -> bool:
        """Whether a finite auxiliary follows the subject found after a verb: then it is the
        subject of the clause the verb reports ("said managers had …"), not the speaker."""
        after = next((t for t in tokens if t.start >= subject.end), None)
        return after is not None and after.lower in self.lexicon.auxiliaries

    def _subject_cue(
        self,
        tokens: list[Token],
        k: int,
        lemma: str,
        found: tuple[Mention, int],
        window_start: int,
        closed: bool,
    ) -> Step:
        """Whether the verb at `k`, with `found` its subject before it, ends the scan, and
        what it found: the quote's cue when the subject is next to the quote, or a cue
        closing the sentence."""
        # a long appositive may part subject and verb when the subject is next to the
        # quote: '"…," as Van Jackson, associate professor at …, a think tank, put it'
        near = k - window_start < CUE_REACH or found[1] <= window_start + BETWEEN_QUOTE_AND_SPEAKER
        if near and self._adjacent(tokens, window_start, found[1]):
            if closed and not self._short_cue(tokens, k):
                return True, None  # `"…." Clinton said Wednesday she …`: a new sentence
            if self._opens_next_quote(tokens, k):
                return True, None  # `… at "less advanced schools," Trump said: "I …"`
            return True, self._attribution(QUOTE_THEN_SPEAKER_VERB, found[0], tokens, k, lemma)
        after_comma = found[1] > 0 and tokens[found[1] - 1].text == ","
        if after_comma and self._ends_sentence(tokens, k):
            return True, self._attribution(SENTENCE_FINAL_CUE, found[0], tokens, k, lemma)
        final = self._inverted_final(tokens, k, lemma, closed=True)
        if final is not None:
            # `"…" for her, forcing her to …, said Brad Bannon, a pollster.`: the
            # words before the verb are a clause, not its subject
            return True, self._attribution(SENTENCE_FINAL_CUE, final, tokens, k, lemma)
        return False, None


class ParticiplesAndOwners(AfterQuoteScan):
    """Cues before a quote that are no finite verb: a participle opening the sentence or
    following an earlier quote ("Calling the plan "reckless," Smith …", "…," saying the
    town …"), and a noun of speech's owner ("Trump's claim that …"); and the clauses
    whose verbs are no cue of the quote (a relative clause in the subject, a second
    that-clause of a report)."""

    def _opening_participle(
        self, text: str, span: QuotedSpan, tokens: list[Token]
    ) -> Attribution | None:
        """`Calling the plan "reckless," Smith voted against it`: a speech participle opens
        the sentence and the quote closes its phrase; the main clause's subject speaks."""
        k = 1 if tokens and tokens[0].lower in ("in", "by") else 0
        if len(tokens) <= k or any(t.text in ",;:" or t.text in self.quote_chars for t in tokens):
            return None
        verb = tokens[k]
        lemma = self.lexicon.all_verbs.get(verb.lower)
        if lemma is None or not verb.text.endswith("ing") or (k == 0 and not verb.capitalised):
            return None
        after = self._tokens(
            text, span.close_end, min(len(text), span.close_end + OPENING_PHRASE_SUBJECT_CHARACTERS)
        )
        i = 0
        while i < len(after) and (after[i].text == "," or after[i].text in self.quote_chars):
            i += 1
        comma = text[span.end - 1] == "," or (i > 0 and after[0].text == ",")
        found = self.subject_at_start(after[i:]) if comma else None
        if found is None or found[1] != 0:
            return None
        confidence = REPORTED_SPEECH.confidence - 0.1  # the verb is the phrase's, not the subject's
        return Attribution(REPORTED_SPEECH.name, found[0], verb, lemma, verb.end, confidence)

    def speech_noun_owner(self, tokens: list[Token], k: int) -> Mention | None:
        """The possessor of a noun of speech at `k` that a that-clause follows: "Trump's
        claim that …", "Ford's warning that …"; a name, never a description ("the city's
        claim") or a possessive pronoun (the resolver reads subject pronouns). Without
        "that", the noun is often what someone else judges ("denounced Trump's remarks as
        …")."""
        if k + 1 >= len(tokens):
            return None
        if tokens[k + 1].text == "," and self._in_owners_words(tokens, k):
            return self._speech_noun_possessor(tokens, k)  # "In Borodin's words, …"
        if tokens[k + 1].lower != "that" and not (
            tokens[k + 1].text == ":" and k + 2 == len(tokens)
        ):
            return None  # "Ford's response: "…"": the colon introduces the words too
        return self._speech_noun_possessor(tokens, k)

    def speech_noun_source(self, tokens: list[Token]) -> tuple[int, Mention, str] | None:
        """`drew a sharp response from Finance Minister Ravi Chandra: "…"`: a noun of speech,
        "from" and the phrase a colon closes right before the quote, whose words they are."""
        if len(tokens) < 4 or tokens[-1].text != ":":
            return None
        at = next((i for i in range(len(tokens) - 3, 0, -1) if tokens[i].lower == "from"), None)
        if at is None or tokens[at - 1].lower not in self.lexicon.speech_nouns:
            return None
        found = self.subject_after(tokens, at + 1)
        if found is None or found[0].end != tokens[-2].end:
            return None
        return at - 1, found[0], tokens[at - 1].lower

    def _in_owners_words(self, tokens: list[Token], k: int) -> bool:
        """Whether the noun of speech at `k` closes an opening "In <name>'s words": the
        sentence's words after it are that person's."""
        if k < 2 or not tokens[k - 1].possessive:
            return False
        first = self.name_run_before(tokens, k - 1)
        return first > 0 and tokens[first - 1].lower == "in" and first - 1 == 0

    def _sentence_head(self, text: str, opening: int, quote_end: int) -> list[Token] | None:
        """The first tokens of a sentence that an earlier quote interrupts, where its subject
        stands; None when the sentence opens with that quote (`"…," Doe said, adding …`)."""
        # the subject opens the sentence: its first words are enough, however long it is
        head = self._tokens(text, opening, min(quote_end, opening + SUBJECT_OPENING_CHARACTERS))
        if not head or head[0].text in self.double_marks:
            return None
        return head

    def _participle_after_quote(
        self,
        text: str,
        tokens: list[Token],
        head: Callable[[], list[Token] | None],
        quote_end: int,
    ) -> Attribution | None:
        """`Doe defended "rural values," saying the town …`: a speech participle right
        after an earlier quote of the sentence, whose own subject is the sentence's."""
        # the comma after the earlier quote stands before or inside its closing mark
        verb = 1 if tokens and tokens[0].text == "," else 0
        closed = text[max(0, quote_end - 8) : quote_end].rstrip()
        if verb == 0 and closed.rstrip("".join(self.closing_chars))[-1:] != ",":
            return None
        if len(tokens) <= verb or not tokens[verb].text.endswith("ing"):
            return None
        lemma = self.cue_lemma(tokens, verb)
        if lemma is None:
            return None
        opening = head()
        found = self.subject_at_start(opening) if opening is not None else None
        if found is None:
            return None
        return self._attribution(REPORTED_SPEECH, found[0], tokens, verb, lemma)

    def _continues_clause(self, tokens: list[Token]) -> bool:
        """Whether the words after an earlier quote of the sentence open another clause of
        what was reported ("… and that Farrand had offered"): the earlier quote's speaker
        said it all, whoever that clause's subject is, unless the clause labels something
        ("and that Jones had called it "…"": Jones's word, as reported)."""
        k = 1 if tokens and tokens[0].text == "," else 0
        return (
            len(tokens) > k + 1
            and tokens[k].lower in self.lexicon.conjunctions
            and tokens[k + 1].lower == "that"
            and not any(
                self.lexicon.all_verbs.get(t.lower) in self.lexicon.labelling_verbs
                for t in tokens[k + 2 :]
            )
        )

    def _inside_relative_clause(self, tokens: list[Token], k: int, verb: int) -> bool:
        """Whether token `k` lies inside the relative clause set off by commas right before
        the verb at `verb` ("One shareholder, who … does not comment …, said"): the
        clause's verbs are not the sentence's cue."""
        if verb < 1 or tokens[verb - 1].text != ",":
            return False
        opening = self.relative_comma(tokens, verb - 1)
        return opening is not None and opening < k < verb - 1

    def colon_subject(self, text: str, start: int, end: int) -> Attribution | None:
        """`Sable CEO Jordan Mbeki took a swipe at Aerin on X:` closing the paragraph before
        a quotation: with no speech verb, the person the sentence opens with introduces it
        (a pronoun, or a name of two words or more)."""
        tokens = self._tokens(text, start, end)
        found = self.subject_at_start(tokens) if tokens and tokens[-1].text == ":" else None
        if found is None or found[0].kind == "nominal":
            return None
        if found[0].kind == "name" and " " not in text[found[0].start : found[0].end].strip():
            return None  # "Transcript as follows:": one capitalised word, likely no one
        rule = CUE_SENTENCE
        return Attribution(rule.name, found[0], None, "", found[0].end, rule.confidence)


class BeforeQuoteScan(ParticiplesAndOwners):
    """The scan back from a quote's opening mark through its sentence, `Clinton said: "…"`
    and `He called the talks "smooth"`, whose finding feeds speaker-verb-then-quote,
    reported speech and according-to (quotes.engine.ruleset)."""

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
        head = None
        if opening is not None and opening < sentence_start:
            if self._continues_clause(tokens):
                return None  # 'saying she had "…" and that Farrand had offered "…"': one report
            start = opening
            # read only if a rule needs the sentence's subject: most quotes never do
            head = cache(lambda: self._sentence_head(text, start, sentence_start))
            participle = self._participle_after_quote(text, tokens, head, sentence_start)
            if participle is not None:
                return participle
        found = self._cues_before(tokens, head)
        if found.source is not None and not _named_after_source(tokens, found):
            return self.according_to(tokens[found.source :])
        nearest, chosen, unnamed = found.nearest, found.chosen, found.unnamed
        if (chosen is None or nearest is None) and unnamed is not None:
            # "Many called the decision "long overdue"": speech, by no one a reader could name
            k, lemma = unnamed
            rule = REPORTED_SPEECH
            return Attribution(rule.name, None, tokens[k], lemma, tokens[k].end, 0.0)
        if chosen is None or nearest is None:
            if opening is None or opening >= sentence_start:
                return self._opening_participle(text, span, tokens)
            return None
        return self._chosen_cue(tokens, nearest, chosen)

    def _cues_before(
        self, tokens: list[Token], head: Callable[[], list[Token] | None] | None
    ) -> CuesBefore:
        """The cues read back from a quote through the tokens of its sentence before it."""
        # a cue in an opening clause ("When Ryan said …, Trump responded, "…"") is not this
        # quote's: the main clause's verbs come first, the opening clause's only if none fits
        introduced = self.speech_noun_source(tokens)
        if introduced is not None:
            return CuesBefore(introduced, introduced, None, None)
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
            if self.source_phrase_end(tokens, k) is not None:
                return CuesBefore(nearest, chosen, unnamed, k)
            lemma = self.cue_lemma(tokens, k, partial=True)
            if lemma is None:
                owner = self.speech_noun_owner(tokens, k)
                if owner is not None and chosen is None:
                    chosen = k, owner, token.lower  # "Trump's claim that …": his words
                    nearest = nearest or chosen
                continue
            if chosen is not None and self._inside_relative_clause(tokens, k, chosen[0]):
                continue  # "One shareholder, who … because the firm does not comment …, said"
            found = self.cue_subject(tokens, k, head)
            if found is not None and _free_relative_aside(tokens, k, found, self.lexicon):
                continue  # "made what her advisers described as the closing argument, …"
            # "It describes how Band ran what he called "…"": a body's "it" is no reason to
            # pass over the nearer cue
            overrides = token.text in self.lexicon.speech_verbs and not _is_it(tokens, found)
            if found is not None and (chosen is None or overrides):
                chosen = k, found, lemma
                nearest = nearest or chosen
                if self._ends_scan_back(tokens, k, found, nearest is chosen):
                    break
            elif found is None and unnamed is None and self.quantifier_subject(tokens, k, main):
                unnamed = k, lemma
        return CuesBefore(nearest, chosen, unnamed, None)

    def _ends_scan_back(self, tokens: list[Token], k: int, found: Mention, nearest: bool) -> bool:
        """Whether the cue chosen at `k` (the `nearest` so far or not) ends the scan back:
        no verb before it can be this quote's."""
        if nearest and self.introduces(tokens, k):
            return True  # "…, Smith boasted, "…"": the cue that opens the quote is its own
        if nearest and (
            any(t.lower in self.lexicon.relative_pronouns for t in tokens[k - 2 : k])
            or _relative_subject(tokens, found, self.lexicon)
            # "the ones State now says are "…"": a form of "be" right after the verb, whose
            # object is the relative clause's gap
            or _gap_before_be(tokens, k, self.lexicon)
        ):
            # "…, featuring an obstetrician, Dr. Hannah Cortez, who says … would "…"", "…,
            # an issue on which Ellsworth has said he would "…"": the relative clause's
            # speaker, whatever verbs the sentence had before
            return True
        if self.opens_coordinate_clause(tokens, found, k):
            return True  # "…, and Acosta said the "measures" …": earlier verbs are another's
        if nearest and tokens[k].text.endswith("ing") and self.cue_clause_before(tokens, k):
            return True  # "…, said a Western official, describing …": the cue is that one
        if _shown_speaking(tokens, k, found, self.lexicon):
            return True  # "footage of Trump saying", "shows Ortiz telling": a name's own
        # "…, with Smith telling reporters …": the participle has its own
        return self.absolute_subject(tokens, k) is not None

    def _particle_after(self, tokens: list[Token], k: int) -> bool:
        """Whether a preposition follows the verb at `k` ("called on", "called for")."""
        return k + 1 < len(tokens) and tokens[k + 1].lower in self.lexicon.object_prepositions

    def _chosen_cue(
        self,
        tokens: list[Token],
        nearest: tuple[int, Mention, str],
        chosen: tuple[int, Mention, str],
    ) -> Attribution:
        """The attribution of the cue chosen before a quote: the verb nearest the quote when
        it names the same speaker; a cue that introduces the quote, or reported speech."""
        if nearest[1].start == chosen[1].start:
            # one speaker either way ("A spokesperson for Acme, the firm responsible for
            # maintaining …, said"): the verb nearest the quote is its cue, the subject
            # read in full
            mention = max(nearest[1], chosen[1], key=attrgetter("end"))
            chosen = (nearest[0], mention, nearest[2])
        elif (
            nearest[2] in self.lexicon.labelling_verbs
            and nearest[1].kind in ("name", "pronoun")
            and nearest[1].start > tokens[chosen[0]].end
            # "called on members to be …" urges; it labels nothing
            and not self._particle_after(tokens, nearest[0])
        ):
            # "The Courier reported that she had described it as "…"", "Wells told the
            # tribunal that Hooper had called him "…"": the words are the reported speaker's
            chosen = nearest
        k, mention, lemma = chosen
        trailing = tokens[k + 1 :]
        rule = REPORTED_SPEECH
        if len(trailing) <= SPEAKER_VERB_TRAILING and (not trailing or trailing[-1].text in ",:"):
            rule = SPEAKER_VERB_THEN_QUOTE
        return self._attribution(rule, mention, tokens, k, lemma)


def _named_after_source(tokens: list[Token], found: CuesBefore) -> bool:
    """Whether a named speaker's own cue follows the 'according to' source's phrase and its
    comma ("According to the minutes, treasurer Gillian Marsh told members …"): the quote
    is theirs, not the document's."""
    source, chosen = found.source, found.chosen
    if source is None or chosen is None or chosen[1].kind != "name":
        return False
    return chosen[1].start > tokens[source].end and any(
        t.text == "," for t in tokens[source : chosen[0]]
    )


def _token_index(tokens: list[Token], start: int) -> int:
    """The index of the first token starting at or after `start` (a search, not a scan)."""
    return bisect_left(tokens, start, key=attrgetter("start"))


def _shown_speaking(tokens: list[Token], k: int, found: Mention, lexicon: Lexicon) -> bool:
    """Whether the speech participle at `k` has the name right before it, inside the
    sentence, for its own subject: the name follows "of" or a verb ("footage of Trump
    saying", "shows Ortiz telling"), not a place ("on Facebook writing")."""
    first = _token_index(tokens, found.start)
    if not (
        tokens[k].text.endswith("ing")
        and tokens[k].lower in lexicon.speech_verbs
        and found.kind == "name"
        and tokens[k - 1].end == found.end
        and first > 0
    ):
        return False
    before = tokens[first - 1]
    return before.lower == "of" or (
        before.text.isalpha()
        and before.text.islower()
        and before.lower not in lexicon.function_words
        and before.lower not in lexicon.place_prepositions
        and before.lower not in lexicon.object_prepositions
    )


def _headline_head(tokens: list[Token], lexicon: Lexicon) -> list[Token]:
    """A headline's words before the quotation, without a topic after "on": "Obama On
    Trump: '…'" is read as "Obama: '…'" ("More on this story:" names no one)."""
    if len(tokens) < 4 or tokens[-1].text != ":" or tokens[0].lower in lexicon.not_speakers:
        return tokens
    topic = next((k for k in range(1, len(tokens) - 2) if tokens[k].lower == "on"), -1)
    if topic < 0 or tokens[topic - 1].lower in lexicon.titles:
        return tokens  # "CNN President On Trump:": an office, whose holder the story names
    return [*tokens[:topic], tokens[-1]]


def _title_case_verb(tokens: list[Token], lexicon: Lexicon) -> int:
    """Where a capitalised speech verb stands in a Title Case line ("Ayanna Whitlatch Says
    Rep. Hal Birchwood Has Gone …"), or the end: the subject is the one before it, not the
    clause's after it."""
    return next(
        (
            k
            for k in range(1, len(tokens))
            if tokens[k].capitalised
            and tokens[k - 1].capitalised
            and tokens[k].text.endswith("s")
            and tokens[k].lower in lexicon.speech_verbs
        ),
        len(tokens),
    )


def _gap_before_be(tokens: list[Token], k: int, lexicon: Lexicon) -> bool:
    """Whether a form of "be" follows the inflected speech verb at `k` ("the ones State
    now says are", "which the agency said was"): the verb's object is a relative clause's
    gap, so the verb is that clause's and its subject speaks. "the jobs report was" is a
    noun's."""
    verb = tokens[k].lower
    return (
        k + 1 < len(tokens)
        and tokens[k + 1].lower in lexicon.passive_auxiliaries
        and verb.endswith(("s", "d"))
        and verb not in lexicon.source_nouns
        and verb[:-1] not in lexicon.source_nouns
    )


def _is_it(tokens: list[Token], found: Mention | None) -> bool:
    """Whether the subject found is the pronoun "it"."""
    if found is None or found.kind != "pronoun" or found.end - found.start != len("it"):
        return False
    k = _token_index(tokens, found.start)
    return k < len(tokens) and tokens[k].lower == "it"


def _relative_subject(tokens: list[Token], found: Mention, lexicon: Lexicon) -> bool:
    """Whether a relative pronoun stands right before the subject found ("on which
    Ellsworth has said"): the cue is the relative clause's own."""
    first = _token_index(tokens, found.start)
    return first > 0 and tokens[first - 1].lower in lexicon.relative_pronouns


def _free_relative_aside(tokens: list[Token], k: int, found: Mention, lexicon: Lexicon) -> bool:
    """Whether the cue at `k` speaks only inside a free relative ("made what her advisers
    described as the closing argument, casting the choice as "…""): its subject follows
    "what", and a comma closes the clause before the quote ("what he called "…"" is his)."""
    first = _token_index(tokens, found.start)
    return (
        first > 0
        and tokens[first - 1].lower in lexicon.free_relatives
        and any(token.text == "," for token in tokens[k + 1 :])
    )


def named_in_full(text: str, surname: str) -> bool:
    """Whether the article writes `surname` after a capitalised word, as a full name does
    ("Tom Wilk" for "Wilk")."""
    return regex.search(rf"\p{{Lu}}[\p{{L}}.'’-]+ {regex.escape(surname)}\b", text) is not None


def transcript_label(text: str, tokens: list[Token]) -> bool:
    """Whether a line opens with a transcript's speaker label, a surname in capitals and a
    colon (`OSEI: "Slowly."`): the article writes the name in full elsewhere ("Kwabena
    Osei"), where a page's label ("UPDATE:") is no one's. A double-barrelled or elided
    surname keeps its hyphen or apostrophe (`SZABO-IVERSON:`, `O'NEILL:`)."""
    word = tokens[0].text if tokens else ""
    if len(tokens) != 2 or len(word) < 2 or not regex.sub(r"[-'’]", "", word).isalpha():
        return False
    return named_in_full(text, tokens[0].text.title())


class FrameScan(BeforeQuoteScan):
    """The lines and frames after a quotation that name who said it: a signature ("—
    Hamid Yousef"), `"…." Those were the words of …`, `"…," came the reply from …`."""

    def signature_speaker(self, text: str, span: QuotedSpan) -> Attribution | None:
        """`"…" — Bonnie Henry`, or a quotation alone in its paragraph and a line of its own
        after it, `-President Obama, tweeting after the speech.`: a dash signs the words, as
        an embedded post's credit does (`A post shared by Tilly Vance (@tillyvance)`)."""
        line_end = _line_end(text, span.close_end)
        start, end = span.close_end, line_end
        if not text[start:end].strip():
            # the next line with words, found without copying the rest of the text
            following = NON_SPACE.search(text, end)
            start = following.start() if following is not None else len(text)
            end = _line_end(text, start)
        dash = SIGNATURE_DASH.match(text, start, end) or embed_credit(self.lexicon).match(
            text, start, end
        )
        if dash is None:
            return None
        tokens = self._tokens(text, dash.end(), min(end, dash.end() + AFTER_QUOTE_CHARACTERS))
        found = self.subject_after(tokens, 0)
        if found is None or not (found[0].kind == "name" or self._described_signer(tokens, found)):
            return None
        rule = SIGNATURE_LINE
        return Attribution(rule.name, found[0], None, "", found[0].end, rule.confidence)

    def framed_speaker(self, text: str, span: QuotedSpan, at: int = -1) -> Attribution | None:
        """`"…." Those were the words of Hamid Yousef.`, `"…." So says Fenella Brook.`,
        `"…." That was how Carmen Ruiz put it.`: the sentence after a quotation that ends
        its own sentence (or, from `at`, after its cue: `"…," he said. That was how …`)
        opens by naming who said it."""
        if at < 0 and (coming := self._coming_speaker(text, span)) is not None:
            return coming
        if at < 0 and text[span.end - 1 : span.end] not in (".", "!", "?"):
            return None
        at = span.close_end if at < 0 else at
        line_end = _line_end(text, at)
        if not text[at:line_end].strip():
            # a quotation that is its paragraph: "That was how …" may open the next one
            at = len(text) - len(text[line_end:].lstrip())
            line_end = _line_end(text, at)
        frame = following_frame(self.lexicon).match(text, at, line_end)
        if frame is None:
            return owner_frame(text, at, line_end, self.lexicon)
        end = min(line_end, frame.end() + AFTER_QUOTE_CHARACTERS)
        found = self.subject_after(self._tokens(text, frame.end(), end), 0)
        if found is None or found[0].kind != "name":
            return None
        if frame.group().rstrip().lower().endswith("how"):
            # "That was how Ruiz …" must go on "put it" or a verb of saying ("described")
            verb = PUT_IT.match(text, found[0].end, end)
            if verb is None or not (
                verb.group(2)
                or verb.group(1) in self.lexicon.all_verbs
                or (verb.group(1), verb.group(3) or "") in self.lexicon.phrasal_verbs
                or _own_words(verb.group(3), verb.group(4), self.lexicon)
            ):
                return None  # "… summed up the findings": a two-word verb of saying too
        rule = FOLLOWING_FRAME
        return Attribution(rule.name, found[0], None, "", found[0].end, rule.confidence)

    def _coming_speaker(self, text: str, span: QuotedSpan) -> Attribution | None:
        """`"…," came shouts from the crowd`, `"No!" came the reply from Ortiz`: who the
        inverted frame right after the closing mark names, by name or description."""
        at = span.close_end
        reach = text.find("\n", at, at + AFTER_QUOTE_CHARACTERS)  # bounded: one long line
        end = reach if reach >= 0 else min(len(text), at + AFTER_QUOTE_CHARACTERS)
        frame = coming_frame(self.lexicon).match(text, at, end)
        if frame is None:
            return None
        tokens = self._tokens(
            text, frame.end(), min(len(text), frame.end() + AFTER_QUOTE_CHARACTERS)
        )
        found = self.subject_after(tokens, 0)
        if found is None or found[0].kind == "pronoun":
            return None
        head = text[found[0].start : found[0].end].split()[-1].lower()
        if found[0].kind == "nominal" and not (
            self.is_source_noun(head) or head in self.lexicon.gathering_nouns or head.endswith("s")
        ):
            return None  # "came the chant from the floor": a place, no one
        rule = FOLLOWING_FRAME
        return Attribution(rule.name, found[0], None, "", found[0].end, rule.confidence)

    def _described_signer(self, tokens: list[Token], found: tuple[Mention, int]) -> bool:
        """Whether a signature describes the person who spoke, unnamed: "— a Democratic
        senator, speaking on background", a singular determiner opening the phrase."""
        return (
            found[0].kind == "nominal"
            and found[0].start == tokens[0].start
            and tokens[0].lower in self.lexicon.singular_determiners
            # "— a senator, speaking …"; "– An immigrant himself –" is a heading set
            # between dashes
            and not any(t.text in "—–―-" for t in tokens if t.start >= found[0].end)
        )


class HeadlineScan(FrameScan):
    """The scan of a headline before its quote: `Trump: 'We are going to win'`."""

    def headline_speaker(self, text: str, span: QuotedSpan, line_start: int) -> Attribution | None:
        """`Trump: 'We are going to win'`: a name and a colon before the quotation."""
        tokens = self._tokens(text, line_start, span.open_at)
        if not tokens:
            return self._headline_after(text, span)
        tokens = _headline_head(tokens, self.lexicon)
        if len(tokens) < 2 or tokens[-1].text != ":":
            return None
        if capitals_label(text, line_start, span.open_at) and not transcript_label(text, tokens):
            return None  # "BREAKING NEWS: '…'": the page's label, no one's name
        mention: Mention | None
        if len(tokens) <= 6:
            found = self.noun_phrase_ending(tokens, len(tokens) - 2)
            if found is None or found[1] != 0 or found[0].kind != "name":
                return None
            if any(token.possessive for token in tokens[:-2]):
                return None  # "Ex-Marsh Aide's Tell-All: '…'": what someone owns speaks not
            mention = found[0]
            if mention.end - mention.start < 2:
                return None  # "Q: '…'", "A: '…'": an interview's labels, no one's name
        else:
            # "Elizabeth Warren Hammers Wells Fargo CEO: '…'": a headline opens with its speaker
            mention = self.headline_subject(tokens)
            if mention is None:
                return None
        return Attribution(HEADLINE.name, mention, None, "", mention.end, HEADLINE.confidence)

    def _headline_after(self, text: str, span: QuotedSpan) -> Attribution | None:
        """`'I just stopped thinking': Wilk stuns Varga`: a headline that opens with the
        quotation and a colon, then its speaker's name as the subject."""
        line_end = _line_end(text, span.close_end)
        colon = HEADLINE_COLON.match(text, span.close_end, line_end)
        if colon is None:
            return None
        end = min(line_end, colon.end() + AFTER_QUOTE_CHARACTERS)
        tokens = self._tokens(text, colon.end(), end)
        k = 0
        while k < len(tokens) and self.is_name_word(tokens[k]):
            k += 1
        if k == 0 or k == len(tokens):
            return None
        if k == 1 and not named_in_full(text, tokens[0].text):
            return None  # "'…': Drought forces ranchers to sell": a thing, no one's surname
        mention: Mention | None = Mention(tokens[0].start, tokens[k - 1].end, "name")
        if not tokens[k].text.islower():
            mention = self.headline_subject(tokens)  # a Title Case headline: its opening name
        elif not self._headline_verb(tokens[k].lower):
            return None  # "'Stay curious': Elmvale woman turns 105": a place, not who said it
        if mention is None:
            return None
        return Attribution(HEADLINE.name, mention, None, "", mention.end, HEADLINE.confidence)

    def _headline_verb(self, word: str) -> bool:
        """Whether a lower-case word after a headline's opening name is its verb: a speech
        verb, or a present tense as headlines write ("stuns", "vows"), not a noun."""
        lexicon = self.lexicon
        if word in lexicon.all_verbs:  # speech verbs and partial-quote verbs alike
            return True
        return (
            word.endswith("s")
            and not word.endswith("ss")
            and word not in lexicon.roles
            and word not in lexicon.person_nouns
        )

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


class Attributor(HeadlineScan):
    """The cue scans the rules read around one quote: after its closing mark, back
    from its opening mark, the sentence's subject, the sentence before, a headline.

    `after_quote` is one scan whose finding feeds four rule units (quote-then-speaker-verb,
    quote-then-verb-speaker, sentence-final cue, according-to); `before_quote` feeds
    speaker-verb-then-quote, reported speech and according-to. Each unit in
    quotes.engine.ruleset takes the finding only when it is its own shape."""

    def __init__(self, language: Language, analysis: DocumentAnalysis | None = None) -> None:
        super().__init__(language, analysis)
        self._cue_sentences: dict[tuple[int, int], Attribution | None] = {}

    def sentence_subject(
        self, text: str, span: QuotedSpan, sentence_start: int
    ) -> Attribution | None:
        """A quoted phrase inside a sentence about someone: `Rubio bemoaned a climate of "hate"`."""
        tokens = self._tokens(text, sentence_start, span.open_at)
        if any(t.text in self.double_marks for t in tokens):
            return None
        if capitals_label(text, sentence_start, span.open_at):
            return None  # "QUOTE OF THE DAY: '…'": the page's label, no one's name
        if self._passive_naming(tokens):
            return None  # `… what has been described as a "political army"`: by no one named
        clause = self._last_coordinate_clause(tokens)
        if clause is not None:
            # `Jindal signed an order, while Huckabee proposed we "…"`: the clause's subject
            tokens = tokens[clause:]
        introduced = self._words_introduced(tokens)
        if introduced is not None:
            return introduced
        found = self.subject_at_start(tokens[: _title_case_verb(tokens, self.lexicon)])
        if found is None:
            return None
        confidence = SENTENCE_SUBJECT.confidence
        if len(text[span.start : span.end].split()) == 1:
            # one quoted word with no cue is as often someone else's term: half right on dev
            confidence -= 0.1
        return Attribution(SENTENCE_SUBJECT.name, found[0], None, "", found[0].end, confidence)

    def _words_introduced(self, tokens: list[Token]) -> Attribution | None:
        """`Hale's message was simple: "…"`, `Ruiz's reply: "…"`: a sentence opening with
        someone's words (a noun of speech) introduces them with a colon."""
        if len(tokens) < 3 or tokens[-1].text != ":":
            return None
        k = next((i for i, t in enumerate(tokens) if t.possessive), None)
        if k is None and tokens[0].lower in self.lexicon.possessive_pronouns:
            k = 0  # "His message to anyone thinking of driving through floodwater was blunt:"
        if k is None or len(tokens) - (k + 2) - self._addressee_words(tokens, k + 2) > (
            INTRODUCING_WORDS
        ):
            return None
        if not tokens[k].possessive:
            owner = self._pronoun_speech_noun(tokens, k)
            if owner is None:
                return None
            rule = SENTENCE_SUBJECT
            return Attribution(rule.name, owner, None, "", owner.end, rule.confidence)
        owner = self._speech_noun_possessor(tokens, k + 1)
        if owner is None or self.name_run_before(tokens, k) != 0:
            return None
        confidence = SENTENCE_SUBJECT.confidence
        return Attribution(SENTENCE_SUBJECT.name, owner, None, "", owner.end, confidence)

    def _pronoun_speech_noun(self, tokens: list[Token], k: int) -> Mention | None:
        """The possessive pronoun at `k` when a noun of speech follows it ("His message …
        was blunt:"), standing for whoever the pronoun means."""
        if k + 1 >= len(tokens) or tokens[k + 1].lower not in self.lexicon.speech_nouns:
            return None
        return Mention(tokens[k].start, tokens[k].end, "pronoun")

    def _addressee_words(self, tokens: list[Token], start: int) -> int:
        """How many words at `start` say to whom or about what the words were ("Cole's
        message to the government was simple:"): a preposition and a short phrase, up to
        the copula that follows it; 0 when none does."""
        if start >= len(tokens) or tokens[start].lower not in self.lexicon.object_prepositions:
            return 0
        for i in range(start + 1, min(len(tokens), start + ADDRESSEE_WORDS + 2)):
            if tokens[i].lower in self.lexicon.passive_auxiliaries:
                return i - start
        return 0

    def _last_coordinate_clause(self, tokens: list[Token]) -> int | None:
        """Where the last clause with a capitalised subject of its own starts, after a comma
        or dash and a clause conjunction (", while", "— but the Sanders campaign"); None when
        the sentence has none."""
        for i in range(len(tokens) - 2, 0, -1):
            if tokens[i].lower not in self.lexicon.clause_conjunctions or tokens[
                i - 1
            ].text not in (
                ",",
                "-",
                "—",
                "–",
            ):
                continue
            named = i + 1
            if tokens[named].lower in ("the", "a", "an") and named + 1 < len(tokens):
                named += 1  # ", but the Sanders campaign rejected …"
            if tokens[named].capitalised and tokens[named].lower not in self.lexicon.function_words:
                return i + 1
        return None

    def _passive_naming(self, tokens: list[Token]) -> bool:
        """Whether the words before a quote end in a passive that names it ("has been
        described as", "is called", "was dubbed"): the namer goes unsaid."""
        words = [t.lower for t in tokens[-4:]]
        if words and words[-1] in ("a", "an", "the"):
            words.pop()
        if words and words[-1] == "as":
            words.pop()
        return (
            len(words) >= 2
            and words[-2] in self.lexicon.passive_auxiliaries
            and words[-1].endswith("ed")
            and (words[-1] in self.lexicon.naming_verbs or words[-1] in self.lexicon.all_verbs)
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
        # a verb in an introductory prepositional phrase is not the sentence's cue: "In a
        # statement posted to social media, he wrote:" (where "As Breitbart reported," is)
        phrase = bool(tokens) and tokens[0].lower in self.lexicon.introduction_openers
        for k in range(self.main_clause_start(tokens) if phrase else 0, len(tokens)):
            lemma = self.cue_lemma(tokens, k)
            if lemma is None:
                continue
            found = self.subject_before(tokens, k) or self.subject_at_start(self.opening(tokens, k))
            if found is not None:
                return self._attribution(CUE_SENTENCE, found[0], tokens, k, lemma)
        return None


__all__ = [
    "AGED",
    "CLAUSE_BREAK",
    "Attribution",
    "Attributor",
    "Cues",
    "Mention",
    "MentionKind",
    "Rule",
    "Token",
    "tokenize",
]
