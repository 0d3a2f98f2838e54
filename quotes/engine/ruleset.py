"""The attribution rules as units, in the one order that decides which rule credits a quote.

A rule unit pairs a `Rule` (its name, example sentences and confidence) with the code
that applies it to one quote. `CUE_RULES` lists the units that read a quote's own
sentence and paragraph, first match wins; `PROPAGATION_UNITS` the ones that carry a
speaker over from a neighbouring quote or sentence when no cue is found (`propagate`). Adding a rule
is adding a unit here, with its examples, at the place its precedence belongs.

Two scans find most cues (quotes.engine.rules): one reads past the closing mark, one back
from the opening mark. Each unit takes the scans' finding only when it is its own shape,
and the scans run once per quote, however many units read them.
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from typing import ClassVar, NamedTuple

import regex

from quotes.engine.analysis import DocumentAnalysis
from quotes.engine.marks import QuotedSpan
from quotes.engine.rules import (
    ACCORDING_TO,
    CUE_SENTENCE,
    FOLLOWING_FRAME,
    HEADLINE,
    QUOTE_THEN_SPEAKER_VERB,
    QUOTE_THEN_UNLISTED_VERB,
    QUOTE_THEN_VERB_SPEAKER,
    REPORTED_SPEECH,
    SENTENCE_FINAL_CUE,
    SENTENCE_SUBJECT,
    SIGNATURE_LINE,
    SPEAKER_VERB_THEN_QUOTE,
    Attribution,
    Attributor,
    Mention,
    Rule,
    capitals_label,
)
from quotes.engine.speakers import SpeakerResolver, speaker_record
from quotes.engine.text import NEWLINE
from quotes.engine.windows import (
    ANSWERER_PARAGRAPHS,
    LEAD_IN_CHARACTERS,
    PRONOUN_SENTENCES,
    QUESTION_CUE_CHARACTERS,
    SOURCE_AFTER_CHARACTERS,
    SUBJECT_OPENING_CHARACTERS,
)
from quotes.records import RuleName, Speaker

# Marks and dashes after which a quotation opens as direct speech (", "", ": "").
DIRECT_AFTER = ",:—–-"
# lower-case words, for finding a verb in a sentence
PLAIN_WORDS_PATTERN = re.compile(r"[a-z]+")
FIRST_WORD = re.compile(r"[A-Za-z]+")
# a verb's past or present form before "that": "regretted that", "believes that"
REPORTING_THAT = re.compile(r"\b[a-z]+(?:ed|es|s)\s+that\b")
# Kinds of speaker a quotation opening the next paragraph goes on from: a person, or
# someone unnamed ("A neighbour said …" / "…"), never a body or a group of people.
CARRIED_KINDS = frozenset({"person", "unnamed"})
# The full stop closing a cue's sentence right after its phrase ("…," he said. That was …).
CUE_SENTENCE_END = regex.compile(r"[ \t]*\.[ \t]+")
# How far after a cue its sentence's full stop is looked for: a bounded end keeps the
# `regex` module from scanning the rest of the text for the stop on every quote.
CUE_SENTENCE_END_CHARACTERS = 40
# A line's label before a quotation in an interview: "Q: " or "A:".
INTERVIEW_LABEL = regex.compile(r"\s*(\p{L})\s*:\s*")
# A capitalised word set off as a vocative: "Sit down, Mr Pike." or "Tom, is it over?".
VOCATIVE = regex.compile(r"(?:^|[,;]\s+)(?:\p{Lu}\p{Ll}+\.?\s+)?(\p{Lu}[\p{L}'’-]+)[,.!?]")


@dataclass
class QuoteContext:
    """What the rules read about one quote; the two cue scans run once, when first asked."""

    attributor: Attributor
    text: str
    span: QuotedSpan
    sentence_start: int
    # Where the quote's sentence starts, or the previous quote in it ends.
    start: int
    # Where the cue scan after the quote stops: the next quote, or the paragraph's end.
    limit: int
    paragraph_start: int
    first_in_paragraph: bool
    # The sentence before the quote's, when there is one.
    previous_sentence: tuple[int, int] | None
    _after: Attribution | None = field(default=None, init=False)
    _before: Attribution | None = field(default=None, init=False)
    _scanned: set[str] = field(default_factory=set, init=False)

    def after(self) -> Attribution | None:
        """The cue after the closing mark: `"…," Clinton said`, `"…," said Clinton`."""
        if "after" not in self._scanned:
            self._scanned.add("after")
            after = self.attributor.after_quote(self.text, self.span, self.limit)
            if after is not None and after.mention is not None and after.mention.kind == "pronoun":
                # '"…," he said. That was how Rohan Iyer … summed up the day': the frame
                # after the cue names who "he" is
                end = after.phrase_end
                stop = CUE_SENTENCE_END.match(self.text, end, end + CUE_SENTENCE_END_CHARACTERS)
                framed = self.attributor.framed_speaker(
                    self.text, self.span, stop.end() if stop else len(self.text)
                )
                if framed is not None and framed.mention is not None:
                    after = after._replace(mention=framed.mention)
            self._after = after
        return self._after

    def before(self) -> Attribution | None:
        """The cue earlier in the sentence (`Clinton said: "…"`), read only when no cue
        follows the quote or the quote ends its sentence: a cue after it is nearer. A
        source after it that heard the words ("…," according to two people there) only
        passed on what the sentence's own speaker said ("Brackett told donors …")."""
        if "before" not in self._scanned:
            self._scanned.add("before")
            after = self.after()
            if (
                after is None
                or self.text[self.span.end - 1 : self.span.end] in ".!?"
                or self._witnesses(after)
            ):
                self._before = self.attributor.before_quote(
                    self.text, self.span, self.start, self.sentence_start
                )
        return self._before

    def _witnesses(self, after: Attribution) -> bool:
        """Whether the cue after the quote is "according to" people who heard the words
        ("two people who were there", "a person familiar with the call"), not a document
        or an outlet that printed them (news annotation, PolNeAR's too, credits those)."""
        mention = after.mention
        if after.rule != ACCORDING_TO.name or mention is None or mention.kind != "nominal":
            return False
        lexicon = self.attributor.lexicon
        words = self.text[mention.start : mention.end].lower().split()[:4]
        people = (lexicon.roles, lexicon.person_nouns, lexicon.titles)
        # "two senators who were in the room": a title's plural too
        return any(
            form in kind
            for word in words
            for form in (word, word.removesuffix("s"))
            for kind in people
        )

    def nothing_before(self) -> bool:
        """Whether the quote opens its sentence (after any earlier quote of it)."""
        return last_nonspace(self.text, self.start, self.span.open_at) == self.start

    def direct(self, cue: Attribution | None) -> bool:
        """Whether the quote is direct speech, given the cue found for it."""
        closing = self.attributor.closing_chars
        return is_direct(self.text, self.sentence_start, self.span, cue, closing)


def is_direct(
    text: str,
    sentence_start: int,
    span: QuotedSpan,
    cue: Attribution | None,
    closing_marks: frozenset[str],
) -> bool:
    """A direct quote stands as its own sentence, after a cue's comma or colon, or after
    another quotation."""
    end = last_nonspace(text, sentence_start, span.open_at)
    if end == sentence_start or text[end - 1] in DIRECT_AFTER or text[end - 1] in closing_marks:
        return True
    if cue is not None and cue.rule == RuleName.speaker_verb_then_quote:
        return cue.verb is not None and text.endswith(cue.verb.text, sentence_start, end)
    return False


def last_nonspace(text: str, start: int, end: int) -> int:
    """The offset after the last non-space character of `text[start:end]`, or `start`.

    Scanning back from `end` reads only the white space there, where slicing and
    stripping would copy the whole stretch once for every quote in a long sentence.
    """
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


class Verdict(Enum):
    """What a rule makes of the speaker its mention resolved to."""

    credit = "credit"  # the quote is theirs
    blank = "blank"  # speech, but no one sure enough to name
    drop = "drop"  # not speech after all: no one to speak it


class RuleUnit(ABC):
    """One attribution rule: its name, examples and confidence, and the code applying it."""

    rule: ClassVar[Rule]
    # Whether its cue stands right beside the quote: such quotes are speech even in Title
    # Case, where a quoted title would otherwise be suspected.
    adjacent: ClassVar[bool] = False
    # Whether it reads a speech cue of the quote's own, which then decides directness.
    reads_cue: ClassVar[bool] = True

    @abstractmethod
    def find(self, quote: QuoteContext) -> Attribution | None:
        """The attribution this rule gives the quote, or None when it does not apply."""

    def resolve(self, resolver: SpeakerResolver, mention: Mention) -> tuple[Speaker | None, bool]:
        """The speaker the rule's mention stands for, and whether that is ambiguous."""
        return resolver.resolve(mention)

    def judge(self, speaker: Speaker | None, resolver: SpeakerResolver) -> Verdict:
        """Whether the resolved speaker is credited with the quote."""
        return Verdict.credit


class _BeforeQuote(RuleUnit):
    """A cue found by reading back from the opening mark."""

    def find(self, quote: QuoteContext) -> Attribution | None:
        found = quote.before()
        return found if found is not None and found.rule == self.rule.name else None


class _AfterQuote(RuleUnit):
    """A cue found by reading on from the closing mark."""

    def find(self, quote: QuoteContext) -> Attribution | None:
        found = quote.after()
        return found if found is not None and found.rule == self.rule.name else None


class SpeakerVerbThenQuote(_BeforeQuote):
    """`Clinton said: "…"`: the cue ends just before the quotation."""

    rule = SPEAKER_VERB_THEN_QUOTE
    adjacent = True


class ReportedSpeech(_BeforeQuote):
    """`Trump called the talks "smooth"`: a quoted phrase inside reported speech."""

    rule = REPORTED_SPEECH

    def find(self, quote: QuoteContext) -> Attribution | None:
        found = super().find(quote)
        if found is not None and _asked_after(quote):
            return None  # `… Moscow denies — "why not?" asked Dunn`: the question is Dunn's
        return found


def _asked_after(quote: QuoteContext) -> bool:
    """Whether a question or exclamation is followed right away by its own cue
    (`"…?" asked Dunn`, `"…!" she shouted`)."""
    if quote.text[quote.span.end - 1 : quote.span.end] not in ("?", "!"):
        return False
    after = quote.after()
    return after is not None and after.rule in (
        QUOTE_THEN_SPEAKER_VERB.name,
        QUOTE_THEN_VERB_SPEAKER.name,
    )


class AccordingTo(RuleUnit):
    """`"…," according to a U.S. official`, before or after the quotation."""

    rule = ACCORDING_TO
    adjacent = True

    def find(self, quote: QuoteContext) -> Attribution | None:
        for found in (quote.before(), quote.after()):
            if found is not None and found.rule == self.rule.name:
                return found
        return None

    def resolve(self, resolver: SpeakerResolver, mention: Mention) -> tuple[Speaker | None, bool]:
        """A source named after "according to": a person, a group or a document's author."""
        return resolver.resolve_source(mention)


class QuoteThenVerbSpeaker(_AfterQuote):
    """`"…," said Clinton`: the verb, then its subject, right after the quotation."""

    rule = QUOTE_THEN_VERB_SPEAKER
    adjacent = True


class QuoteThenSpeakerVerb(_AfterQuote):
    """`"…," Clinton said`: the subject, then its verb, right after the quotation."""

    rule = QUOTE_THEN_SPEAKER_VERB
    adjacent = True


class QuoteThenUnlistedVerb(_AfterQuote):
    """`"…," Hannity pressed.`: a subject and a verb no list knows close the sentence."""

    rule = QUOTE_THEN_UNLISTED_VERB
    adjacent = True


class SentenceFinalCue(_AfterQuote):
    """`"…" would be right, candidate Ben Carson said.`: the cue closes the sentence."""

    rule = SENTENCE_FINAL_CUE


class HeadlineSpeaker(RuleUnit):
    """`Trump: '…'`: a name and a colon before a paragraph's first quotation."""

    rule = HEADLINE
    adjacent = True
    reads_cue = False

    def find(self, quote: QuoteContext) -> Attribution | None:
        if not quote.first_in_paragraph:
            return None
        return quote.attributor.headline_speaker(quote.text, quote.span, quote.paragraph_start)


class SignatureLine(RuleUnit):
    """`"…" — Bonnie Henry`: a quotation that is its paragraph, signed by a dash and a name
    after it, on its line or the next."""

    rule = SIGNATURE_LINE
    reads_cue = False

    def find(self, quote: QuoteContext) -> Attribution | None:
        if not quote.first_in_paragraph:
            return None
        if not quote.nothing_before() and not capitals_label(
            quote.text, quote.paragraph_start, quote.span.open_at
        ):
            return None  # a page's label before it is no words: "QUOTE OF THE DAY: "…" — …"
        return quote.attributor.signature_speaker(quote.text, quote.span)


class FollowingFrame(RuleUnit):
    """`"…." Those were the words of Hamid Yousef.`: the sentence after a quotation opens
    by naming who said it."""

    rule = FOLLOWING_FRAME
    reads_cue = False

    def find(self, quote: QuoteContext) -> Attribution | None:
        return quote.attributor.framed_speaker(quote.text, quote.span)


class SentenceSubject(RuleUnit):
    """`Rubio sees a climate in which people "…"`: a partial quote in a sentence about
    someone, with no speech verb."""

    rule = SENTENCE_SUBJECT
    reads_cue = False

    def find(self, quote: QuoteContext) -> Attribution | None:
        if quote.direct(None) and quote.nothing_before():
            return None
        if quote.start > quote.sentence_start and not _clause_break_before(quote):
            # `Walsh says her "old friend" Mark Reyes ran "…"`: right after an earlier quote
            # of the sentence, a name is the reported clause's subject, not the speaker; the
            # sentence's own cue (SAME_SENTENCE) decides. After a comma (`… that Judge Ruiz
            # called "vile," Ortiz vowed to "…"`) a new clause opens with its own subject.
            return None
        return quote.attributor.sentence_subject(quote.text, quote.span, quote.start)

    def judge(self, speaker: Speaker | None, resolver: SpeakerResolver) -> Verdict:
        """With no speech verb to go on, only a person the article names in full (or a
        pronoun standing for one) is likely enough; a lone capitalised word ("Boos",
        "Latest"), a group or a description is as often the subject of a sentence about
        someone else's words."""
        if _plausible_subject(speaker, resolver) or _introduced_by_colon(speaker, resolver):
            return Verdict.credit
        return Verdict.blank if resolver.plausible_source(speaker) else Verdict.drop


# the rest of a short clause after its subject, closed by a colon and a quotation mark
COLON_INTRODUCTION = re.compile(r"[^.!?\n\"“”‘’]{1,60}:\s*[\"“‘']")


def _introduced_by_colon(speaker: Speaker | None, resolver: SpeakerResolver) -> bool:
    """Whether a described person's short clause ends in a colon before the quotation ("The
    mayor was blunt: "…"", "An aide, speaking privately, was less cautious: "…""): the
    sentence introduces their words."""
    if speaker is None or speaker.kind != "unnamed":
        return False
    lexicon = resolver.lexicon
    head = speaker.name.split()[-1].lower()
    if (
        head not in lexicon.roles
        and head not in lexicon.titles
        and head not in lexicon.person_nouns
    ):
        return False  # "A lesson from Loretta Lynch: '…'": a headline's thing, no one
    start = speaker.mention.start
    before = resolver.text[max(0, start - 3) : start].rstrip()
    # the sentence's own subject, opening it ("Kowalczyk, an analyst at …, pressed them on
    # the cause:" is the analyst's sentence, not one opened by "an analyst")
    opens = not before or before[-1] in '.!?"”'
    return opens and COLON_INTRODUCTION.match(resolver.text, speaker.mention.end) is not None


def _clause_break_before(quote: QuoteContext) -> bool:
    """Whether a comma, semicolon or dash ends the earlier quote, just inside its closing
    mark or right after it."""
    end = quote.start  # the earlier quote's closing mark ends here
    gap = quote.text[max(0, end - 3) : quote.span.open_at].split()
    return any(mark in "".join(gap)[:6] for mark in ",;—–")


def _plausible_subject(speaker: Speaker | None, resolver: SpeakerResolver) -> bool:
    """Whether a sentence's subject may be credited with a quoted phrase that has no cue."""
    if speaker is None:
        return False
    if speaker.resolution == "pronoun":
        return True
    words = speaker.name.split()
    if speaker.kind == "group":
        # a body the article names: "the NRA", "The State Department"
        return words[0].lower() == "the" and words[-1][:1].isupper()
    if speaker.kind != "person":
        return False
    # a person the article shows to be one: a known given name, a title, or a cue's speaker
    # elsewhere ("Middle Eastern" and "North Korea" are capitalised pairs, not people)
    return (
        len(words) >= 2 and resolver.has_given_name_or_title(speaker.name)
    ) or resolver.is_speaker(speaker.name)


class CueSentence(RuleUnit):
    """`Cruz tweeted a warning. "…"`: the sentence before a direct quote introduces it."""

    rule = CUE_SENTENCE
    reads_cue = False

    def find(self, quote: QuoteContext) -> Attribution | None:
        previous = quote.previous_sentence
        if previous is None or not quote.direct(None) or not quote.nothing_before():
            return None
        text = quote.text
        if quote.start > quote.sentence_start and "," in text[quote.start - 2 : quote.span.open_at]:
            return None  # 'citing her "long experience," "firm grasp …"': a list goes on
        # In the same paragraph, or "Reporter Jane Doe says:" closing the paragraph before.
        end = last_nonspace(text, previous[0], previous[1])
        if previous[0] >= quote.paragraph_start or text.endswith(":", previous[0], end):
            found = quote.attributor.cue_sentence(text, previous[0], previous[1])
            if found is None and previous[0] < quote.paragraph_start:
                return quote.attributor.colon_subject(text, previous[0], end)
            if found is not None and found.lemma in quote.attributor.lexicon.question_verbs:
                # "Reporters asked Shaw if she was worried. "Not yet," …": the answer is
                # not the asker's; a question after it may be ("… asked Shaw: "Why?"")
                return found if text[quote.span.end - 1] == "?" else None
            return found
        return None


# The order decides: a cue before the quote outranks one after it only when the quote
# ends its sentence (QuoteContext.before), so the before-quote units come first.
CUE_RULES: tuple[RuleUnit, ...] = (
    SpeakerVerbThenQuote(),
    ReportedSpeech(),
    AccordingTo(),
    QuoteThenVerbSpeaker(),
    QuoteThenSpeakerVerb(),
    QuoteThenUnlistedVerb(),
    SentenceFinalCue(),
    HeadlineSpeaker(),
    SignatureLine(),
    FollowingFrame(),
    SentenceSubject(),
    CueSentence(),
)

CUE_RULE_BY_NAME = {unit.rule.name: unit for unit in CUE_RULES}
ADJACENT_RULES = frozenset(unit.rule.name for unit in CUE_RULES if unit.adjacent)


def first_match(quote: QuoteContext) -> tuple[RuleUnit | None, Attribution | None]:
    """The first unit of `CUE_RULES` that credits the quote, and what it found."""
    for unit in CUE_RULES:
        found = unit.find(quote)
        if found is not None:
            return unit, found
    return None, None


@dataclass(frozen=True, slots=True)
class PropagationRule:
    """A rule that carries a speaker over to a quote with no cue of its own.

    `confidence` is the rule's own; with `inherits`, the quote takes its source's
    confidence less `step`, never below `confidence`.
    """

    name: RuleName
    examples: tuple[str, ...]
    confidence: float
    inherits: bool = False
    step: float = 0.1

    def confidence_from(self, source: float) -> float:
        """The confidence of a quote credited from a source quote of confidence `source`."""
        return max(self.confidence, source - self.step) if self.inherits else self.confidence


SPLIT_QUOTE = PropagationRule(
    RuleName.split_quote,
    ('"We will win," Hillary Clinton said. "And we will win big."',),
    0.5,
    inherits=True,
)
CONTINUED_QUOTATION = PropagationRule(
    RuleName.continued_quotation,
    ('Hillary Clinton said: "We will win this race.\n\n"And we will win it in November."',),
    0.5,
    inherits=True,
)
SAME_SENTENCE = PropagationRule(
    RuleName.same_sentence,
    ('Donald Trump called the talks "smooth" and the deal "a great one for everyone".',),
    0.5,
    inherits=True,
)
PREVIOUS_PARAGRAPH = PropagationRule(
    RuleName.previous_paragraph,
    ('"We will act on this," said Hillary Clinton.\n\n"Nobody should doubt that we mean it."',),
    0.6,
)
PREVIOUS_SENTENCE = PropagationRule(
    RuleName.previous_sentence,
    ('Marco Rubio pressed on with his campaign. "We are not done yet, not by a long way."',),
    # the sentence before names someone, but no cue says they speak: on the dev split
    # about half are right, so it sits in the lowest band for review
    0.5,
)

INTERVIEW_ANSWER = PropagationRule(
    RuleName.interview_answer,
    (
        "Hillary Clinton took questions after the rally.\n\n"
        'Q: "Will you win?"\n\nA: "We will win, and we will win big."',
    ),
    # the person the article names most is the interviewee in a question-and-answer piece
    0.6,
)

# Every propagation rule, as named in records; PROPAGATION_UNITS applies them.
PROPAGATION_RULES: tuple[PropagationRule, ...] = (
    CONTINUED_QUOTATION,
    SPLIT_QUOTE,
    SAME_SENTENCE,
    PREVIOUS_PARAGRAPH,
    PREVIOUS_SENTENCE,
    INTERVIEW_ANSWER,
)


class Found(NamedTuple):
    """A quoted span on its way to becoming a record; each pass returns new ones.

    A named tuple: immutable, and a pass's new copy (`_replace`) is cheap to make.
    """

    span: QuotedSpan
    paragraph: int
    sentence: tuple[int, int]
    attribution: Attribution | None = None
    rule: RuleName = RuleName.none
    confidence: float = 0.0
    speaker: Speaker | None = None
    group: int = -1
    direct: bool = True

    def credited(self, rule: PropagationRule, speaker: Speaker, confidence: float) -> Found:
        """This quote credited to `speaker` by the propagation rule `rule`."""
        return self._replace(speaker=speaker, rule=rule.name, confidence=confidence)


@dataclass(slots=True)
class Neighbours:
    """What the propagation units read while the quotes are read in order: the document,
    and the quotes credited so far by group, sentence and paragraph."""

    analysis: DocumentAnalysis
    resolver: SpeakerResolver
    # A lead-in that introduces a quotation without naming anyone: "Then, after a pause:".
    lead_in: regex.Pattern[str]
    # Whether a paragraph is web-page furniture ("Story continues below advertisement", a
    # photo credit): it does not interrupt the article's paragraphs.
    furniture: Callable[[int], bool]
    by_group: dict[int, Found]
    by_sentence: dict[tuple[int, int], Found]
    # The marks the article quotes speech in: "double", or "single" in British house style
    # ('…,' she said), where a single-quoted paragraph goes on from the one before.
    speech_marks: str = "double"
    last_credited: dict[int, Found] = field(default_factory=dict)  # paragraph → its latest
    last_quote: dict[int, Found] = field(default_factory=dict)  # paragraph → its latest quote
    # the person an interview's answers are credited to, worked out at the first answer
    interviewee: list[str | None] = field(default_factory=list)


class PropagationUnit(ABC):
    """A rule that carries a speaker over to a quote with no cue of its own."""

    rules: ClassVar[tuple[PropagationRule, ...]]
    # Whether, when it applies but finds no one, the units after it are not tried.
    decides: ClassVar[bool] = False

    def applies(self, item: Found, seen: Neighbours) -> bool:
        """Whether the rule reads this quote at all."""
        return True

    @abstractmethod
    def credit(self, item: Found, seen: Neighbours) -> Found | None:
        """The quote credited by this rule, or None when it finds no one."""


def _carried(item: Found, source: Found | None, rule: PropagationRule) -> Found | None:
    """`item` with the speaker, cue and (lowered) confidence of `source`."""
    if source is None or source.speaker is None:
        return None
    confidence = rule.confidence_from(source.confidence)
    return item.credited(rule, source.speaker, confidence)._replace(attribution=source.attribution)


class FromGroup(PropagationUnit):
    """The speaker of the quotation it continues, or of the quote it is split from."""

    rules = (CONTINUED_QUOTATION, SPLIT_QUOTE)

    def credit(self, item: Found, seen: Neighbours) -> Found | None:
        rule = CONTINUED_QUOTATION if item.span.continues_previous else SPLIT_QUOTE
        return _carried(item, seen.by_group.get(item.group), rule)


class FromSentence(PropagationUnit):
    """The speaker of another quote of its sentence."""

    rules = (SAME_SENTENCE,)

    def credit(self, item: Found, seen: Neighbours) -> Found | None:
        return _carried(item, seen.by_sentence.get(item.sentence), SAME_SENTENCE)


class FromParagraph(PropagationUnit):
    """A direct quote takes the speaker of its paragraph's latest credited quote."""

    rules = (SPLIT_QUOTE,)

    def applies(self, item: Found, seen: Neighbours) -> bool:
        return item.direct

    def credit(self, item: Found, seen: Neighbours) -> Found | None:
        return _carried(item, seen.last_credited.get(item.paragraph), SPLIT_QUOTE)


class PreviousParagraph(PropagationUnit):
    """A quotation opening its paragraph goes on from the previous paragraph's speaker, or
    from the person that paragraph's last sentence is about."""

    rules = (PREVIOUS_PARAGRAPH,)
    decides = True

    def applies(self, item: Found, seen: Neighbours) -> bool:
        # a paragraph that is one single-quoted line is a subhead ('A fight to the end.'),
        # not the previous speaker going on, where body quotations use double marks
        return (
            item.direct
            and item.span.family == seen.speech_marks
            and _opens_paragraph(item, seen)
            and not _unread_cue_after(item, seen.analysis.text)
            and not _describes_its_speaker(item)
        )

    def credit(self, item: Found, seen: Neighbours) -> Found | None:
        speaker = _from_previous_paragraph(item, _article_paragraph_before(item, seen), seen)
        if speaker is None:
            return None
        return item.credited(PREVIOUS_PARAGRAPH, speaker, PREVIOUS_PARAGRAPH.confidence)


class InterviewAnswer(PropagationUnit):
    """`Q: "…"` / `A: "…"`: in a question-and-answer interview the answers are the
    interviewee's, the person the article names most; the questions are no one's it names."""

    rules = (INTERVIEW_ANSWER,)
    decides = True

    def applies(self, item: Found, seen: Neighbours) -> bool:
        return _interview_label(item, seen) is not None

    def credit(self, item: Found, seen: Neighbours) -> Found | None:
        if _interview_label(item, seen) != "answer":
            return None
        if not seen.interviewee:
            seen.interviewee.append(_most_named(seen.resolver))
        name = seen.interviewee[0]
        if name is None:
            return None
        person = seen.resolver.people[name]
        label = seen.analysis.text.rfind("\n", 0, item.span.open_at) + 1
        speaker = speaker_record(
            name=name,
            kind="person",
            role=person.roles[0] if person.roles else None,
            mention=seen.resolver.span(label, label + 1),
            resolution="context",
        )
        return item.credited(INTERVIEW_ANSWER, speaker, INTERVIEW_ANSWER.confidence)


def _interview_label(item: Found, seen: Neighbours) -> str | None:
    """What the label opening the quotation's line marks ("question", "answer"), if any."""
    text = seen.analysis.text
    line_start = text.rfind("\n", 0, item.span.open_at) + 1
    label = INTERVIEW_LABEL.fullmatch(text, line_start, item.span.open_at)
    if label is None:
        return None
    return seen.analysis.lexicon.interview_labels.get(label.group(1).lower())


def _most_named(resolver: SpeakerResolver) -> str | None:
    """The person named in full whom the article names most often, if one stands out (not
    a label's letter: "Q")."""
    people = resolver.people
    counts = Counter(name for _, _, name in resolver.mentions if " " in name and name in people)
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


class PreviousSentence(PropagationUnit):
    """`Rubio pressed on. "…"`, `Ruiz looked up. Then: "…"`: a quote opening a sentence, or
    after a lead-in, takes the subject of the sentence before it in the same paragraph."""

    rules = (PREVIOUS_SENTENCE,)

    def applies(self, item: Found, seen: Neighbours) -> bool:
        return (
            item.direct
            and item.sentence[0] > seen.analysis.paragraphs[item.paragraph][0]
            and not _unread_cue_after(item, seen.analysis.text)
            and not _source_after(item, seen)
        )

    def credit(self, item: Found, seen: Neighbours) -> Found | None:
        analysis = seen.analysis
        k = analysis.sentence_index(item.sentence[0] - 1)
        before = analysis.sentences[k] if k >= 0 else None
        speaker = seen.resolver.sentence_subject(before) if before is not None else None
        if speaker is None and before is not None:
            speaker = _body_subject(before, seen)  # "The Hospitality Council opposed it. "…""
        if speaker is None or not _opens_from(item, item.sentence[0], seen):
            return None
        return item.credited(PREVIOUS_SENTENCE, speaker, PREVIOUS_SENTENCE.confidence)


# `"…?" Hannity pressed.`, `"…!" the crowd roared.`: a subject and a verb no cue list
# knows, closing the sentence right after a question or exclamation
QUESTION_CUE = re.compile(r"\s*(?:(?:[A-Z][\w'’.-]*|[a-z]+)\s+){1,3}[a-z]+(?:\s+[a-z]+)?\s*[.,]")


def _answerer(question: Found, seen: Neighbours) -> Speaker | None:
    """Who answers an unnamed asker's question ("Anselmo was asked what he would buy. /
    "Have you thought about it?" a reporter asked. / "A car for my mom."): the person the
    text before the question is about, when no one else fits as well."""
    resolver = seen.resolver
    found = resolver.person_before(question.span.open_at, None)
    asker = question.speaker.name if question.speaker is not None else None
    if found is None or found[1] or found[0] not in resolver.people or found[0] == asker:
        # no one, or only the asker, is named before: whoever answered last answers again
        return _last_person_quoted(question, seen)
    name = found[0]
    # the person's last mention, among those of the sentences a pronoun looks back over
    index = seen.analysis.sentence_index(question.span.open_at)
    floor = seen.analysis.sentences[max(0, index - PRONOUN_SENTENCES)][0]
    k = bisect_left(resolver.mentions, (question.span.open_at,)) - 1
    while k >= 0 and resolver.mentions[k][2] != name and resolver.mentions[k][0] >= floor:
        k -= 1
    if k < 0 or resolver.mentions[k][2] != name:
        return None
    start, end, _ = resolver.mentions[k]
    person = resolver.people[name]
    return speaker_record(
        name=name,
        kind="person",
        role=person.roles[0] if person.roles else None,
        mention=resolver.span(start, end),
        resolution="context",
    )


def _last_person_quoted(question: Found, seen: Neighbours) -> Speaker | None:
    """The person quoted last in the few paragraphs before a reporter's question, who
    answers it; None when the last quote there is someone else's or no one's."""
    floor = max(-1, question.paragraph - ANSWERER_PARAGRAPHS - 1)
    for paragraph in range(question.paragraph - 1, floor, -1):
        quote = seen.last_quote.get(paragraph)
        if quote is not None:
            speaker = quote.speaker
            if speaker is None or speaker.kind != "person":
                return None
            return speaker._replace(resolution="context")
    return None


def _body_subject(sentence: tuple[int, int], seen: Neighbours) -> Speaker | None:
    """The organisation a sentence's main clause opens with as its subject ("The Illinois
    Association of School Boards, which supported the bill, urged quick action.")."""
    resolver = seen.resolver
    start = resolver.main_clause_start(*sentence)
    name = resolver.groups.bodies.named_body(start, sentence[1])
    if name is None:
        return None
    at = max(start, seen.analysis.text.find(name, start, sentence[1]))
    mention = resolver.span(at, at + len(name))
    return speaker_record(name=name, kind="group", mention=mention, resolution="context")


def _addresses_another(item: Found, speaker: Speaker, seen: Neighbours) -> bool:
    """Whether a quotation calls by name someone the article names, other than its own
    speaker ("Sit down, Mr Pike"): the next paragraph is likely that person's reply."""
    words = seen.analysis.text[item.span.start : item.span.end]
    return any(
        match.group(1) not in speaker.name.split() and match.group(1) in seen.resolver.by_surname
        for match in VOCATIVE.finditer(words)
    )


def _rejoinder(reply: Found, paragraph: int, seen: Neighbours) -> Speaker | None:
    """The person a reply answered, whose turn an uncued quotation after it is ('"You voted
    for it," Salo told her opponent. / "I voted for the budget," Quayle replied. / "Not to
    the people who lost their ward."'): the speaker of the paragraph before the reply's."""
    if (
        reply.attribution is None
        or reply.attribution.lemma not in seen.analysis.lexicon.reply_verbs
    ):
        return None
    before = seen.last_quote.get(paragraph - 1)
    if before is None or before.speaker is None or before.speaker.kind != "person":
        return None
    if reply.speaker is None or before.speaker.name == reply.speaker.name:
        return None
    return before.speaker._replace(resolution="context")


def _turn_before(question: Found, asker: Speaker, seen: Neighbours) -> Speaker | None:
    """Who answers an uncued question that is itself a turn of an exchange ('"Not that I
    recall," the GP replied. / "Is that the same as no?" / "It is the same as no."'): the
    one who spoke before the asker. When that is the asker too, the question only carried
    the earlier speaker on ('"…," she replied. / "And what was his response?" / "He said
    …"'), and the answer is theirs."""
    earlier = seen.last_quote.get(_article_paragraph_before(question, seen))
    if earlier is None or earlier.speaker is None or earlier.speaker.kind != "person":
        return asker._replace(resolution="context")
    return earlier.speaker._replace(resolution="context")


def _asked(item: Found, question_verbs: frozenset[str]) -> bool:
    """Whether the quotation's cue is a verb of asking ("asked Tolliver"): a question put
    to someone."""
    return item.attribution is not None and item.attribution.lemma in question_verbs


def _is_question(item: Found, text: str) -> bool:
    """Whether the quotation ends with a question mark."""
    return text[item.span.start : item.span.end].rstrip().endswith("?")


def _describes_its_speaker(item: Found) -> bool:
    """Whether the quote's own cue names or describes its speaker, though no one could be
    resolved from it ('"So far," the Waterford captain replied'): that speaker is not the
    previous paragraph's, and a blank beats a guess."""
    attribution = item.attribution
    return (
        attribution is not None
        and attribution.mention is not None
        and attribution.mention.kind != "pronoun"
    )


def _source_after(item: Found, seen: Neighbours) -> bool:
    """Whether the quote names its own source right after it, one no rule could name
    ('"…," according to guidance the department posted'): nobody else is carried over."""
    end = item.span.close_end
    following = seen.analysis.text[end : end + SOURCE_AFTER_CHARACTERS].lstrip(" ,").lower()
    return any(
        following.startswith(phrase + " ") for phrase in seen.analysis.lexicon.source_phrases
    )


def _unread_cue_after(item: Found, text: str) -> bool:
    """Whether the words after a question or exclamation are its own attribution, one the
    cue rules could not read (`"…?" Hannity pressed.`): its speaker is there, so none is
    carried over from the context."""
    span = item.span
    if text[span.end - 1 : span.end] not in ("?", "!"):
        return False
    following = text[span.close_end : span.close_end + QUESTION_CUE_CHARACTERS]
    return QUESTION_CUE.match(following.split("\n", 1)[0]) is not None


# In the order tried on a quote no cue credits; the first to credit it wins.
PROPAGATION_UNITS: tuple[PropagationUnit, ...] = (
    InterviewAnswer(),
    FromGroup(),
    FromSentence(),
    FromParagraph(),
    PreviousParagraph(),
    PreviousSentence(),
)


def propagate(found: list[Found], seen: Neighbours) -> list[Found]:
    """The quotes with no cue of their own credited from their group, sentence or context.

    One pass in text order with lookup tables, so that a paragraph of thousands of quotes
    stays linear; each quote is read once and a new one returned.
    """
    credited: list[Found] = []
    for item in found:
        if not _blank_by_choice(item):
            item = _first_credit(item, seen)
            if item.speaker is not None:
                seen.last_credited[item.paragraph] = item
        # a cue that names a speaker no one can be (a document, a pronoun with no fitting
        # antecedent, a fragment) keeps its blank: the honest answer, not a neighbour's name
        seen.last_quote[item.paragraph] = item
        credited.append(item)
    return credited


def _first_credit(item: Found, seen: Neighbours) -> Found:
    """`item` credited by the first propagation unit that finds its speaker, if any does."""
    if item.speaker is not None:
        return item
    for unit in PROPAGATION_UNITS:
        if not unit.applies(item, seen):
            continue
        found = unit.credit(item, seen)
        if found is not None:
            if isinstance(unit, PreviousParagraph):
                # the quotation's later paragraphs carry this speaker on
                seen.by_group.setdefault(item.group, found)
            return found
        if unit.decides:
            break
    return item


def _blank_by_choice(item: Found) -> bool:
    """Whether the quote's own cue names a subject that resolved to no speaker."""
    attribution = item.attribution
    return item.speaker is None and attribution is not None and attribution.verb is not None


def _opens_paragraph(item: Found, seen: Neighbours) -> bool:
    """Whether the quote opens its paragraph, or follows only a lead-in with no speaker of
    its own ("Then, after a pause: "…"")."""
    return _opens_from(item, seen.analysis.paragraphs[item.paragraph][0], seen)


def _opens_from(item: Found, start: int, seen: Neighbours) -> bool:
    """Whether the quote is the first thing from `start` (a paragraph's or a sentence's), or
    follows only a lead-in."""
    text = seen.analysis.text
    if last_nonspace(text, start, item.span.open_at) == start:
        return True
    # a lead-in is a few words: a bounded look keeps long paragraphs linear
    return item.span.open_at - start <= LEAD_IN_CHARACTERS and bool(
        seen.lead_in.fullmatch(text, start, item.span.open_at)
    )


def _article_paragraph_before(item: Found, seen: Neighbours) -> int:
    """The paragraph before the quote's, passing over web-page furniture between them."""
    paragraph = item.paragraph - 1
    while paragraph >= 0 and seen.furniture(paragraph):
        paragraph -= 1
    return paragraph


def _from_previous_paragraph(item: Found, previous: int, seen: Neighbours) -> Speaker | None:
    """The speaker of the last quote of paragraph `previous`, or the person it is about."""
    previous_quote = seen.last_quote.get(previous)
    if previous_quote is not None:
        speaker = previous_quote.speaker
        if speaker is None or speaker.kind not in CARRIED_KINDS:
            return None
        if _is_question(previous_quote, seen.analysis.text) and (
            speaker.kind == "unnamed"
            or _asked(previous_quote, seen.analysis.lexicon.question_verbs)
        ):
            # '"Is this your best day?" a reporter asked. / "So far."', '"Where is that gap
            # coming from?" asked Brendan Tolliver, an analyst. / "Mostly …"': the answer of
            # the person the question was put to, named before it, never the asker's
            answerer = _answerer(previous_quote, seen)
            return answerer if answerer is None or answerer.name != speaker.name else None
        if _is_question(previous_quote, seen.analysis.text) and (
            previous_quote.rule == RuleName.previous_paragraph
        ):
            return _turn_before(previous_quote, speaker, seen)
        if _addresses_another(previous_quote, speaker, seen):
            return None  # '"Sit down, Mr Pike," the Speaker said. / "I will not …"': Pike
        rejoinder = _rejoinder(previous_quote, previous, seen)
        if rejoinder is not None:
            return rejoinder
        return speaker._replace(resolution="context")
    analysis = seen.analysis
    at = item.span.open_at
    if previous < item.paragraph - 1:
        at = analysis.paragraphs[previous + 1][0]  # where the furniture begins
    k = analysis.sentence_index(at) - 1
    if k < 0:
        return None
    last_sentence = analysis.sentences[k]
    if _paragraph_gap(analysis.text, last_sentence[1], at):
        return None
    line_start = analysis.text.rfind("\n", 0, item.span.open_at) + 1
    led_in = last_nonspace(analysis.text, line_start, item.span.open_at) > line_start
    if not led_in and not _reports_speech(analysis, last_sentence):
        # "Obama won the nomination." says nothing of words to come; "Then, after a
        # pause: "…"" does
        return None
    subject = seen.resolver.sentence_subject(last_sentence)
    if subject is not None and _names_in_quote(item, subject.name, analysis.text):
        return None  # "Obama spoke about Muslims. "Obama said in his speech …"": another's
    return (
        subject
        or seen.resolver.unnamed_subject(last_sentence)
        or _body_subject(last_sentence, seen)
    )


def _names_in_quote(item: Found, name: str, text: str) -> bool:
    """Whether the quotation speaks of the person `name` by their surname."""
    surname = name.split()[-1]
    return len(surname) > 1 and surname in text[item.span.start : item.span.end]


def _reports_speech(analysis: DocumentAnalysis, sentence: tuple[int, int]) -> bool:
    """Whether a sentence has a speech verb ("Reyes warned of delays."), says its subject
    spoke ("Ruiz read a statement to reporters."), has a verb reporting a that-clause ("He
    regretted that …") or ends in a colon, so that its subject may go on speaking in the
    next paragraph; its first `SUBJECT_OPENING_CHARACTERS` are enough to tell."""
    if analysis.text[sentence[0] : sentence[1]].rstrip().endswith(":"):
        return True  # "… released the following statement:"
    lexicon = analysis.lexicon
    opening = FIRST_WORD.match(analysis.text, sentence[0])
    if opening is not None and opening.group().lower() in lexicon.speech_verbs:
        return True  # "Asked about the prize, she laughed.": what she says next answers
    end = min(sentence[1], sentence[0] + SUBJECT_OPENING_CHARACTERS)
    for match in PLAIN_WORDS_PATTERN.finditer(analysis.text, sentence[0], end):
        word = match.group()
        # a partial-quote verb only in its past form: "termed", "praised", not the nouns
        # "term" and "praise"
        if word in lexicon.speech_verbs or word in lexicon.speaking_verbs:
            return True  # "Reyes warned of delays.", "Ruiz spoke to reporters."
        if word in lexicon.partial_verbs and word.endswith("ed"):
            return True
        if word in lexicon.issued_nouns or word in lexicon.speech_nouns:
            return True  # "Sen. Cole released a statement.", "… recorded a video message"
    # "But he regretted that …", "She believes that …": a verb reporting a that-clause
    return REPORTING_THAT.search(analysis.text, sentence[0], end) is not None


def _paragraph_gap(text: str, start: int, end: int) -> bool:
    """Whether more than one paragraph break separates two offsets."""
    return len([line for line in NEWLINE.split(text[start:end])[1:-1] if line.strip()]) > 0
