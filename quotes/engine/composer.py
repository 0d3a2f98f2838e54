"""The one composer: text → quoted spans → attributions → speakers → records."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, cached_property
from typing import NamedTuple

import regex

from quotes.engine.analysis import DocumentAnalysis, abbreviation_end, split_sentences
from quotes.engine.grammar import Mention
from quotes.engine.language import Language, default_language
from quotes.engine.lexicon import Lexicon, alternation
from quotes.engine.marks import QuotedSpan, scan_marks
from quotes.engine.rules import Attribution, Attributor
from quotes.engine.ruleset import (
    ADJACENT_RULES,
    CUE_RULE_BY_NAME,
    Found,
    Neighbours,
    QuoteContext,
    Verdict,
    first_match,
    last_nonspace,
    propagate,
)
from quotes.engine.speakers import SpeakerResolver
from quotes.engine.speakers.named_later import named_later
from quotes.engine.text import LineIndex
from quotes.engine.windows import (
    NICKNAME_NAME_CHARACTERS,
    RATING_AFTER_CHARACTERS,
    SHORT_QUOTE_WORDS,
    WORDS_BEFORE_CHARACTERS,
)
from quotes.records import (
    SENTENCE_TEXT_LIMIT,
    Article,
    ArticleMetadata,
    Cue,
    Document,
    Quote,
    RuleName,
    Sentence,
    Skipped,
    SkipReason,
    Span,
    Speaker,
)

WHITESPACE_WORD = re.compile(r"\S+")
# Markup is blanked to spaces, except line breaks, which keep lines and paragraphs apart.
BLANKABLE = regex.compile(r"[^\n]")
HAS_LETTER = regex.compile(r"\p{L}")
NAME_BEFORE = regex.compile(r"\p{Lu}\p{L}+\s$")
NAME_AFTER = regex.compile(r"\s\p{Lu}\p{L}+")
# A label opening a line of web-page furniture: "READ MORE:", "WATCH |", "Also on CBC:".
# A line longer than this is article text even when it opens with a label's words.
LONGEST_LONE_LABEL = 60
# A list of headlines under a label ("Related Stories"): at most this many lines, each of at
# most this many words.
LISTED_HEADLINES = 8
HEADLINE_WORDS = 20
# A menu line: at least this many bars, between items of at most this many words.
MENU_BARS = 2
MENU_ITEM_WORDS = 6
# The lower-case word right after a closing mark, one space on: `"The View" host`.
FOLLOWING_WORD = regex.compile(r" (\p{Ll}+)\b")
# The most words of a furniture line's opener ("watch the video"), and a line's first word.
OPENER_WORDS = 3
FIRST_WORD = regex.compile(r"\s*([\p{L}'’]+)")
# A line's label, up to its colon or bar: "READ MORE:", "WATCH |".
LINE_LABEL = regex.compile(r"\s*([\p{L}'’&\- ]{2,40}?)\s*[:|]")
# A photo credit in a caption: "(Photo: Jane Doe/Reuters)", "THE CANADIAN PRESS/Jane Doe",
# "Getty Images", "Photo by …".
PHOTO_CREDIT = regex.compile(
    r"\((?:[\p{Lu}\p{L} ]{0,20}\s)?(?:Photo|Image|Photograph|Credit)s?\b[^)]*\)"
    r"|\b(?:Photo|Image)s?\s+(?:by|credit)\b|\bGetty Images\b|THE CANADIAN PRESS/|"
    r"\((?:AP|Reuters|AFP) Photo\b"
    # a caption ends with its credit: "(Evan Mitsui/CBC)", "(Jeff McIntosh/The Canadian Press)"
    r"|\(\p{Lu}\p{L}+(?:[ .'’\-]+\p{L}+){1,3}/[\p{L}.'’&\- ]{2,40}\)\s*$"
)
# Every match of PHOTO_CREDIT holds one of these (its pattern is case-sensitive).
CREDIT_NEEDLES = ("(", "Photo", "Image", "THE CANADIAN PRESS/")


@dataclass(frozen=True)
class ExtractOptions:
    """Everything that tunes extraction: the language, its marks and word lists."""

    language: Language = field(default_factory=default_language)

    @property
    def lexicon(self) -> Lexicon:
        """The word lists of the language."""
        return self.language.lexicon


class WordPatterns:
    """Patterns built once per lexicon: the words that make a quote a title or nickname.

    Each is compiled the first time it is read: compiling all of them took about 25 ms, a
    tenth of a one-file run, most of it for `speech_verb`, which only a quote with no cue
    reads.
    """

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.small_words = lexicon.title_small_words

    @cached_property
    def abbreviated(self) -> regex.Pattern[str]:
        """A full stop after one of these, a single capital or initials ends no sentence."""
        return abbreviation_end(self.lexicon)

    # `works` and `named_as` match only at the end of the words before a quote: searched
    # backwards from there ((?r)) they are found, or not, in half the time

    @cached_property
    def works(self) -> regex.Pattern[str]:
        return regex.compile(rf"(?ri)\b{alternation(self.lexicon.work_nouns)}\W*$")

    @cached_property
    def work_after(self) -> regex.Pattern[str]:
        """`according to "Man of Letters," a book by …`: the work named right after."""
        return regex.compile(
            rf"(?i)[\s,]*(?:a|an|the|his|her|their)\s+(?:[\w'’-]+\s+){{0,2}}"
            rf"{alternation(self.lexicon.work_nouns)}\b"
        )

    @cached_property
    def speech_verb(self) -> regex.Pattern[str]:
        """A lower-case speech verb ("said", "warned"): a quote after one in its sentence is
        speech. Not inside a hyphenated word: "so-called" names a term, it reports no speech."""
        verbs = alternation(self.lexicon.speech_verbs)
        return regex.compile(rf"(?<![\w-]){verbs}(?![\w-])")

    @cached_property
    def titled(self) -> regex.Pattern[str]:
        """`an op-ed titled "…"`: a title verb right before the mark, nothing between."""
        return regex.compile(rf"(?ri)\b{alternation(self.lexicon.title_verbs)}\s*$")

    @cached_property
    def term(self) -> regex.Pattern[str]:
        """`the term "…"`, `the charged term, "…"`: a noun naming the words right before the
        mark, a comma at most between."""
        return regex.compile(rf"(?ri)(?<![\w-]){alternation(self.lexicon.term_nouns)}[\s,]*$")

    @cached_property
    def named_thing(self) -> regex.Pattern[str]:
        """`a phenomenon called "…"`, `a new product, code-named "…"`: a naming participle
        right before the mark, after a thing introduced with "a": the words name it, no one
        says them."""
        lexicon = self.lexicon
        return regex.compile(
            rf"(?ri)(?<![\w-]){alternation(lexicon.singular_determiners)}\s+(?:[\w'’-]+\s+)?"
            rf"(?P<last>[\w'’-]+),?\s+(?:[\w-]+-)?{alternation(lexicon.naming_verbs)}\s*$"
        )

    @cached_property
    def called_by(self) -> regex.Pattern[str]:
        """`which it calls "…"`, `which Aerin dubs "…"`: a relative clause labelling a thing,
        its subject a word or three, right before the mark."""
        return regex.compile(
            rf"(?ri)\b{alternation(self.lexicon.thing_relatives)}(?:\s+[\w'’-]+){{1,3}}\s+"
            rf"{self.labelling_forms}\s*$"
        )

    @cached_property
    def labelling_forms(self) -> str:
        """Every form of the verbs that label a thing or a person ("calls", "dubbed"), as an
        alternation."""
        lexicon = self.lexicon
        return alternation(
            form for form, lemma in lexicon.all_verbs.items() if lemma in lexicon.labelling_verbs
        )

    @cached_property
    def field_term(self) -> regex.Pattern[str]:
        """`what epidemiologists call "…"`: a free relative whose subject is a bare plural
        and whose verb is in the present names a term of a whole field, no one's words
        ("what she calls", "what lawmakers called" quote someone)."""
        lexicon = self.lexicon
        owners = alternation(lexicon.possessive_pronouns)
        # a modifier or two ("what employment lawyers call"), "have taken to calling", and
        # "the" before the mark ("what campaigners call the 'grey belt'") change nothing
        return regex.compile(
            rf"(?ri)\b{alternation(lexicon.free_relatives)}\s+(?:(?!{owners}\s)\p{{Ll}}+\s+){{0,2}}"
            rf"\p{{Ll}}+s\s+(?:{alternation(lexicon.auxiliaries)}\s+(?:taken|come)\s+to\s+)?"
            rf"{alternation(lexicon.labelling_verbs)}(?:ing)?(?:\s+the)?\s*$"
        )

    @cached_property
    def named_as(self) -> regex.Pattern[str]:
        return regex.compile(rf"(?ri)\b{alternation(self.lexicon.naming_verbs)}\s*$")

    @cached_property
    def called_thing(self) -> regex.Pattern[str]:
        """`called it "…"`, `called the plan "…"`: a thing named by the cue's speaker, in
        words of their own (the object is no person: "called him "…"" gives a nickname)."""
        lexicon = self.lexicon
        return regex.compile(
            rf"\s*(?:it|{alternation(lexicon.demonstratives)}|"
            rf"{alternation(lexicon.noun_markers)}(?:\s+\p{{Ll}}[\w'’-]*){{1,2}})\s*"
        )

    @cached_property
    def speaker_next(self) -> regex.Pattern[str]:
        pronouns = alternation(self.lexicon.third_person_pronouns)
        return regex.compile(rf"\s*(?:\p{{Lu}}\p{{L}}+|{pronouns})\s+\p{{Ll}}+")

    @cached_property
    def nickname(self) -> regex.Pattern[str]:
        """ "dubbed him "…"", "nicknamed the senator "…"": a few words may follow the verb."""
        lexicon = self.lexicon
        # "known on the street as", "known among fans as", "known inside the company as":
        # a place or a group between
        return regex.compile(
            rf"(?i)\b(?:{alternation(lexicon.nickname_verbs)}(?:\s+[\w'’]+){{0,3}}|"
            rf"known\s+(?:to|on|in|inside|within|at|across|among|around|by)(?:\s+[\w'’]+){{1,3}}\s+as|"
            rf"{alternation(lexicon.nickname_cues)})\s*$"
        )

    @cached_property
    def called_by_many(self) -> regex.Pattern[str]:
        """ "Friends called him "…"", "teammates call her "…"", "who friends still call
        "…"": what a plural subject calls someone is a name they go by, when the words are
        one (see `_skip_reason`)."""
        lexicon = self.lexicon
        plural_calls = (
            rf"\b\p{{L}}+s\s+(?:{alternation(lexicon.auxiliaries)}\s+)?(?:\p{{Ll}}+ly\s+|(?:{alternation(lexicon.function_words)})\s+)?"
            rf"{self.labelling_forms}"
        )
        return regex.compile(
            rf"(?i)(?:{plural_calls}\s+{alternation(lexicon.object_pronouns)}|"
            rf"\b(?:{alternation(lexicon.relative_pronouns)})\s+{plural_calls})\s*$"
        )

    @cached_property
    def lead_in(self) -> regex.Pattern[str]:
        """A lead-in that introduces a quotation without naming anyone: "Then, after a pause:"."""
        lexicon = self.lexicon
        return regex.compile(
            rf"(?i)\s*(?:{alternation(lexicon.lead_in_words)}[\s,]+)*"
            rf"{alternation(lexicon.lead_in_ends)}\s*[:—–-]\s*"
        )


@cache
def word_patterns(lexicon: Lexicon) -> WordPatterns:
    """The patterns of `lexicon`'s abbreviations, work nouns, naming verbs and nicknames."""
    return WordPatterns(lexicon)


def extract_records(
    text: str | Article, id: str = "text", options: ExtractOptions | None = None
) -> Document:
    """Finds every quotation in `text` and credits each to its speaker, as plain records.

    `quotes.extract` gives the same document as validated models.

    Args:
        text: The article text (offsets refer to it exactly), or an `Article` record.
        id: The document id used when `text` is a plain string.
        options: Extraction options; the shipped lexicons by default.
    """
    options = options or ExtractOptions()
    path = metadata = line = None
    written = text if isinstance(text, str) else text.text
    if isinstance(text, Article):
        id, path, metadata, line = text.id, text.path, text.metadata, text.line
        text = blank_markup(text.text, text.markup)
    language = options.language
    spans = scan_marks(text, language.marks)
    analysis = DocumentAnalysis(
        text, language, [(s.start, s.end) for s in spans], [(s.open_at, s.close_end) for s in spans]
    )
    index = analysis.lines
    paragraphs = analysis.paragraphs
    sentences = analysis.sentences
    attributor = Attributor(language, analysis)
    found = _attribute(_locate(spans, paragraphs, sentences), analysis, attributor)
    explicit = [
        f.attribution.mention
        for f in found
        if f.attribution and f.attribution.mention and f.attribution.mention.kind == "name"
    ]
    resolver = SpeakerResolver(analysis, explicit)
    resolver.mark_cue_speakers(_cue_names(found))
    found, ambiguous = _resolve(found, resolver)
    found = _group(found)
    by_group: dict[int, Found] = {}
    by_sentence: dict[tuple[int, int], Found] = {}
    for item in found:
        if item.speaker is not None:
            by_group.setdefault(item.group, item)
            by_sentence.setdefault(item.sentence, item)
    lead_in = word_patterns(language.lexicon).lead_in
    debris = WebDebris(text, paragraphs, language.lexicon, language.marks.closing_characters)
    neighbours = Neighbours(
        analysis, resolver, lead_in, debris.holds, by_group, by_sentence, _speech_marks(found)
    )
    found = propagate(found, neighbours)
    found = _named_later(found, resolver, language.lexicon)
    skip = SkipContext(word_patterns(language.lexicon), debris)
    origin = Origin(id, path, line, metadata)
    records = _records(text, written, origin, found, ambiguous, index, skip)
    resolver.release()
    return records


def _named_later(found: list[Found], resolver: SpeakerResolver, lexicon: Lexicon) -> list[Found]:
    """The quotes of an unnamed speaker the article names a little later ('"…," one rancher
    told the committee. … The rancher, Maria Nuñez, said'), credited to that person."""
    names: dict[tuple[str, int], Speaker | None] = {}
    credited: list[Found] = []
    for item in found:
        speaker = item.speaker
        if speaker is not None and (speaker.kind == "unnamed" or speaker.resolution == "pronoun"):
            key = (speaker.name, speaker.mention.start)
            if key not in names:
                at = named_later(resolver.text, speaker, lexicon)
                named = resolver.resolve(Mention(*at, "name"))[0] if at is not None else None
                keep = named is not None and named.kind == "person"
                names[key] = named._replace(resolution="context") if keep and named else None
            if names[key] is not None:
                item = item._replace(speaker=names[key])
        credited.append(item)
    return credited


def _speech_marks(found: list[Found]) -> str:
    """The family of marks most of the article's credited quotations use: "single" in
    British house style, else "double"."""
    families = [item.span.family for item in found if item.speaker is not None]
    if not families:  # no quotation credited yet: the marks the article quotes with at all
        families = [item.span.family for item in found]
    single = families.count("single")
    return "single" if single > len(families) - single else "double"


def blank_markup(text: str, markup: tuple[tuple[int, int], ...]) -> str:
    """The text the rules read: each markup range blanked, line breaks kept, offsets unchanged.

    Only the engine reads this copy; records are sliced from the text as written.
    """
    if not markup:
        return text
    pieces: list[str] = []
    done = 0
    for start, end in markup:
        pieces += [text[done:start], BLANKABLE.sub(" ", text[start:end])]
        done = end
    pieces.append(text[done:])
    return "".join(pieces)


def _locate(
    spans: list[QuotedSpan], paragraphs: list[tuple[int, int]], sentences: list[tuple[int, int]]
) -> list[Found]:
    found: list[Found] = []
    p = s = 0
    for span in spans:
        while paragraphs[p][1] <= span.open_at:
            p += 1
        while sentences[s][1] <= span.open_at:
            s += 1
        found.append(Found(span, p, sentences[s]))
    return found


def _attribute(
    found: list[Found], analysis: DocumentAnalysis, attributor: Attributor
) -> list[Found]:
    """Each quote with the attribution of the first rule of the registry that applies to it."""
    text, paragraphs, sentences = analysis.text, analysis.paragraphs, analysis.sentences
    sentence_starts = analysis.sentence_starts
    attributed: list[Found] = []
    for i, item in enumerate(found):
        span = item.span
        paragraph_start, limit = paragraphs[item.paragraph]
        if i + 1 < len(found) and found[i + 1].paragraph == item.paragraph:
            limit = found[i + 1].span.open_at
        k = bisect_right(sentence_starts, span.open_at) - 2
        quote = QuoteContext(
            attributor=attributor,
            text=text,
            span=span,
            sentence_start=item.sentence[0],
            start=max(item.sentence[0], _previous_close(found, i)),
            limit=limit,
            paragraph_start=paragraph_start,
            first_in_paragraph=i == 0 or found[i - 1].paragraph != item.paragraph,
            previous_sentence=sentences[k] if k >= 0 else None,
        )
        unit, attribution = first_match(quote)
        direct = quote.direct(attribution if unit is not None and unit.reads_cue else None)
        attributed.append(item._replace(direct=direct, attribution=attribution))
    return attributed


def _previous_close(found: list[Found], i: int) -> int:
    if i > 0 and found[i - 1].paragraph == found[i].paragraph:
        return found[i - 1].span.close_end
    return 0


MAX_NAME_WORDS = 16
MAX_NAME_CHARS = 160
"""The longest speaker name accepted; "the Organisation for Security and Co-operation in
Europe" has 8 words and 57 characters. A longer run is a list or a headline, not a name."""


def _name_sized(name: str) -> bool:
    """Whether `name` is short enough to be a speaker's name."""
    return (
        len(name) <= MAX_NAME_CHARS and len(name.split(maxsplit=MAX_NAME_WORDS)) <= MAX_NAME_WORDS
    )


def _resolve(found: list[Found], resolver: SpeakerResolver) -> tuple[list[Found], set[int]]:
    """Each quote with its attribution's mention turned into a speaker, as the rule that
    found it reads mentions; and the indexes of the ambiguous ones."""
    ambiguous: set[int] = set()
    resolved: list[Found] = []
    for i, item in enumerate(found):
        attribution = item.attribution
        if attribution is not None and attribution.mention is not None:
            unit = CUE_RULE_BY_NAME[attribution.rule]
            speaker, unsure = unit.resolve(resolver, attribution.mention)
            if speaker is None or _name_sized(speaker.name):
                # longer, and no name a reader would accept: speech with a blank
                verdict = unit.judge(speaker, resolver)
                item = _judged(item, attribution, verdict, speaker, unsure)
                if unsure and verdict is Verdict.credit:
                    ambiguous.add(i)
        resolved.append(item)
    return resolved, ambiguous


def _judged(
    item: Found, attribution: Attribution, verdict: Verdict, speaker: Speaker | None, unsure: bool
) -> Found:
    """The quote as its rule's verdict on `speaker` leaves it."""
    if verdict is Verdict.drop:
        return item._replace(attribution=None)  # no one to speak: a term or scare quote, maybe
    if verdict is Verdict.blank:
        return item  # someone to speak, but too unsure to name: speech with a blank
    confidence = _confidence(attribution, speaker, unsure) if speaker else 0.0
    return item._replace(speaker=speaker, rule=attribution.rule, confidence=confidence)


def _confidence(attribution: Attribution, speaker: Speaker, ambiguous: bool) -> float:
    """The rule's confidence, lowered for what the dev split shows to go wrong more often.

    Tuned so that attributions at 0.9 or more are right at least 95% of the time: a named
    person at the cue keeps the rule's figure; a group or unnamed source, a description
    resolved to a named person ("the senator"), a pronoun and an ambiguous pronoun are
    each less sure.
    """
    confidence = attribution.confidence
    if speaker.resolution == "pronoun":
        # the rule already took 0.1 off for the pronoun
        confidence -= 0.2 if ambiguous else 0.1
    elif speaker.resolution == "context":
        confidence = min(confidence, 0.7)
    elif speaker.kind != "person":
        confidence -= 0.1
    return round(max(0.3, confidence), 2)


def _group(found: list[Found]) -> list[Found]:
    """The quotes numbered by group: those of one multi-paragraph quotation or one split
    quote share one."""
    grouped: list[Found] = []
    group = -1
    for i, item in enumerate(found):
        previous = found[i - 1] if i else None
        same_quotation = previous is not None and item.span.continues_previous
        split = (
            previous is not None
            and previous.paragraph == item.paragraph
            and item.direct
            and previous.direct
            and (
                item.attribution is None
                or (
                    previous.attribution is not None
                    and item.attribution.verb == previous.attribution.verb
                )
                or previous.attribution is None
            )
        )
        if not (same_quotation or split):
            group += 1
        grouped.append(item._replace(group=group))
    return grouped


class WebDebris:
    """Which paragraphs are web-page furniture, not the article: a line opening with a label
    ("READ MORE:", "WATCH |", "Also on …:") or a caption carrying a photo credit.

    Each paragraph is read once, however many quotes it holds.
    """

    def __init__(
        self,
        text: str,
        paragraphs: list[tuple[int, int]],
        lexicon: Lexicon,
        closing_marks: Iterable[str] = (),
    ) -> None:
        self.text = text
        self.paragraphs = paragraphs
        self.labels = lexicon.web_labels
        self.openers = lexicon.link_openers
        self.opener_firsts = frozenset(opener.split()[0] for opener in self.openers)
        self.closing = "".join(sorted(closing_marks)) + "'\""
        self.known: dict[int, bool] = {}

    def holds(self, paragraph: int) -> bool:
        """Whether paragraph number `paragraph` (0-based) is web-page furniture."""
        if paragraph not in self.known:
            start, end = self.paragraphs[paragraph]
            self.known[paragraph] = self._is_debris(start, end) or self._listed(paragraph)
        return self.known[paragraph]

    def _listed(self, paragraph: int) -> bool:
        """A headline of a list that a lone label opens ("Related Stories", then "'We are
        not done,' Chow says after council vote"): links to other articles, not this one."""
        for k in range(paragraph, max(-1, paragraph - LISTED_HEADLINES - 1), -1):
            start, end = self.paragraphs[k]
            if k < paragraph and end - start <= LONGEST_LONE_LABEL and self._lone_label(start, end):
                return True
            if not self._headline_shaped(start, end):
                return False
        return False

    def _headline_shaped(self, start: int, end: int) -> bool:
        """A line that ends with no full stop, question or colon, as a headline does."""
        line = self.text[start:end].rstrip().rstrip(self.closing)
        return bool(line) and line[-1] not in ".!?:;" and len(line.split()) <= HEADLINE_WORDS

    def _is_debris(self, start: int, end: int) -> bool:
        text = self.text
        head_end = min(end, start + 60)
        if end - start <= LONGEST_LONE_LABEL and self._lone_label(start, end):
            return True
        if self._opened_as_link(start, head_end):
            return True
        # a label ends with ":" or "|", and a credit holds one of these: most paragraphs
        # hold none, and `str.find` rules them out faster than the patterns can
        label_mark = text.find(":", start, head_end) >= 0 or text.find("|", start, head_end) >= 0
        if label_mark and self._menu(start, end):
            return True
        label = LINE_LABEL.match(text, start, head_end) if label_mark else None
        if label is not None:
            words = _label_words(label.group(1))
            # "Also on HuffPost:", "More from CBC:": a label and the site it names
            if any(" ".join(words[:n]) in self.labels for n in range(len(words), 0, -1)):
                return True
        if not any(text.find(needle, start, end) >= 0 for needle in CREDIT_NEEDLES):
            return False
        return PHOTO_CREDIT.search(text, start, end) is not None

    def _opened_as_link(self, start: int, end: int) -> bool:
        """A line opening with words that only web-page furniture opens with ("Click here
        to read …", "Updated at 18.04 BST: …", "Image caption, …")."""
        first = FIRST_WORD.match(self.text, start, end)
        if first is None or first.group(1).lower() not in self.opener_firsts:
            return False  # most lines: their first word opens no furniture
        words = _label_words(self.text[start:end].replace(",", " "))[:OPENER_WORDS]
        return any(" ".join(words[:n]) in self.openers for n in range(2, len(words) + 1))

    def _menu(self, start: int, end: int) -> bool:
        """A line of a site's menu or breadcrumb, "HOME | NEWS | Canada's top stories": two
        or more bars between short items; an article's sentence has none."""
        if self.text.count("|", start, end) < MENU_BARS:
            return False
        items = self.text[start:end].split("|")
        return all(len(item.split()) <= MENU_ITEM_WORDS for item in items)

    def _lone_label(self, start: int, end: int) -> bool:
        """A line that is a label alone: "Advertisement", "Story continues below
        advertisement"; sentences of the article end in punctuation."""
        line = self.text[start:end].strip().rstrip(":|").rstrip()  # "READ MORE:" alone too
        if not line or not line[-1].isalpha():
            return False
        words = _label_words(line)
        return any(" ".join(words[:n]) in self.labels for n in range(len(words), 0, -1))


def _label_words(label: str) -> list[str]:
    """A label's words as the lexicon lists them: lower case, with a typewriter apostrophe
    ("Don’t miss" is "don't miss")."""
    return label.lower().replace("’", "'").split()


class SentenceWords:
    """The white-space separated words of one sentence, and which are Title Case words.

    `_is_title` asks whether the rest of a sentence after a quote is Title Case; read once
    per sentence, the answer for each quote in it is a bisection, not a fresh split.
    """

    def __init__(self, text: str, sentence: tuple[int, int], small: frozenset[str]) -> None:
        self.text = text
        self.end = sentence[1]
        self.small = small
        words = list(WHITESPACE_WORD.finditer(text, sentence[0], sentence[1]))
        self.starts = [word.start() for word in words]
        self.ends = [word.end() for word in words]
        self.last_lower = max(
            (k for k, word in enumerate(words) if not _title_word(word.group(), small)),
            default=-1,
        )

    def after(self, at: int) -> tuple[int, bool]:
        """How many words `text[at:end].split()` gives, and whether all are Title Case."""
        if at >= self.end:
            return 0, True
        k = bisect_left(self.starts, at)
        count, title = len(self.starts) - k, self.last_lower < k
        if k > 0 and self.starts[k - 1] < at < self.ends[k - 1]:
            # `at` falls inside a word: its tail is a word of its own
            count += 1
            title = title and _title_word(self.text[at : self.ends[k - 1]], self.small)
        return count, title


@dataclass(slots=True)
class SkipContext:
    """What deciding that a quote is not speech reads, built once per document."""

    patterns: WordPatterns
    debris: WebDebris
    sentence_words: dict[tuple[int, int], SentenceWords] = field(default_factory=dict)


# `, the city's "…,"`, `, a self-described "…,"`: a comma, a determiner or possessive, and
# at most three more words before the mark open an appositive
APPOSITIVE_OPENING = re.compile(
    r"\w,\s+(?:a|an|the|his|her|their|its|[A-Z][\w.]*['’]s)(?:\s+[\w'’-]+){0,3}\s*$"
)
# the longest quoted phrase read as an appositive's term rather than speech
APPOSITIVE_TERM_WORDS = 4


def _skip_reason(text: str, item: Found, skip: SkipContext) -> SkipReason | None:
    """Why a quoted span is not speech, if it is not.

    Nicknames and titles of works are left out even beside a speech verb ("who fans
    dubbed "The Greatest""); short terms only when no speaker was found.
    """
    content = text[item.span.start : item.span.end]
    if not HAS_LETTER.search(content):
        return "no_letters"
    patterns = skip.patterns
    if skip.debris.holds(item.paragraph):
        return "web_debris"
    words = content.split()
    # the cues these rules look for stand just before the mark; a bounded look stays linear
    before = _words_before(text, item)
    # a cue was found, even if its pronoun could not be resolved: this is speech
    attributed = item.speaker is not None or item.attribution is not None
    small = patterns.small_words
    if patterns.nickname.search(before) and (
        not attributed or _title_case(words, small) or len(words) == 1
    ):
        return "nickname"
    if (
        len(words) <= SHORT_QUOTE_WORDS
        and _title_case([*words, "X"], small)
        and (_between_names(text, item.span) or patterns.called_by_many.search(before))
    ):
        return "nickname"
    if _is_title(text, item, skip):
        return "title"
    label = _label(text, item, words, before, patterns)
    if label is not None:
        return label
    weak = item.attribution is not None and item.attribution.rule == RuleName.sentence_subject
    if attributed and weak and patterns.works.search(before):
        return "title"  # "Tickets for the film "Oppenheimer" sold out": no cue, a work named
    if len(words) == 1 and words[0][:1].isupper() and patterns.works.search(before):
        return "title"  # `The spot, titled "Reckless," features …`: a one-word title
    if (weak or not attributed) and _appositive_term(text, item, words):
        return "title"  # `Ana Ruiz, the city's "chief happiness officer," said`: a role
    if (weak or not attributed) and item.speaker is None and _lone_name(text, item, words):
        return "title"  # `Tickets for "Hamilton" sold out`: a work or a name, no one's words
    if patterns.term.search(before) and (
        weak or item.speaker is None or len(words) <= SHORT_QUOTE_WORDS
    ):
        return "term"  # `coined the term "bimbo eruptions"`: words named, not said
    if patterns.titled.search(before):
        return "title"  # `an op-ed titled "Why Ontario needs nuclear"`: in sentence case too
    named = patterns.named_thing.search(before)
    if named and not _person_noun(named.group("last"), patterns.lexicon):
        # `a phenomenon called "differential nonresponse"`; but in `a move one councillor
        # called "…"` a person names it, in words of their own
        return "term"
    if attributed and not (weak and _unnamed_label(text, item, patterns.lexicon)):
        return None  # a cue, or the sentence's subject: someone's words
    return _unattributed_reason(text, item, patterns, words, before)


def _label(
    text: str, item: Found, words: list[str], before: str, patterns: WordPatterns
) -> SkipReason | None:
    """Why a quotation is a label, whoever uses it: an analyst's rating ("cut the stock to
    "neutral""), a term, or the name a relative clause gives a thing ("its main product,
    which it calls "Ledgerline,""), a title."""
    if _rating(text, item, " ".join(words), patterns.lexicon):
        return "term"
    if len(words) <= SHORT_QUOTE_WORDS and patterns.field_term.search(before):
        return "term"
    if (
        len(words) <= SHORT_QUOTE_WORDS
        and _title_case([*words, "X"], patterns.small_words)
        and patterns.called_by.search(before)
    ):
        return "title"
    return None


# Runs of letters: the words around a quoted rating.
LETTERS = regex.compile(r"\p{L}+")


def _rating(text: str, item: Found, content: str, lexicon: Lexicon) -> bool:
    """Whether the quotation is only an analyst's rating, a word beside it showing it is one
    ("to "neutral" from "outperform"", "rates the stock "overweight"")."""
    if " ".join(content.lower().strip(" .,").split()) not in lexicon.rating_words:
        return False
    start = max(0, item.span.open_at - WORDS_BEFORE_CHARACTERS)
    around = text[start : item.span.close_end + RATING_AFTER_CHARACTERS].lower()
    return not lexicon.rating_contexts.isdisjoint(LETTERS.findall(around))


def _person_noun(word: str, lexicon: Lexicon) -> bool:
    """Whether `word` names a person or people ("councillor", "critics", "residents")."""
    lower = word.lower()
    return lower in lexicon.roles or lower in lexicon.person_nouns


def _unnamed_label(text: str, item: Found, lexicon: Lexicon) -> bool:
    """Whether words a sentence's subject is read as saying, though no one could be named
    for it, stand before a noun as its label ('issued a "do not consume" advisory'): no
    one's words."""
    return (
        item.speaker is None
        and text[item.span.end - 1] not in ".,!?"
        and _modifies_noun(text, item, lexicon)
    )


def _unattributed_reason(
    text: str, item: Found, patterns: WordPatterns, words: list[str], before: str
) -> SkipReason | None:
    """Why a quotation no cue attributes is not speech: a work's title, or a short phrase
    with no speech verb or speaker beside it (a scare quote)."""
    last = text[item.span.end - 1]
    if patterns.works.search(before) or (
        _title_case(words, patterns.small_words) and last not in ".,!?"
    ):
        return "title"
    if (
        len(words) <= SHORT_QUOTE_WORDS
        and last not in ".!?"
        and not _speaker_follows(text, item, patterns)
        and not _speech_verb_before(text, item, patterns)
        and not _speech_verb_after(text, item, patterns)
    ):
        return "scare_quote"
    return None


def _speech_verb_after(text: str, item: Found, patterns: WordPatterns) -> bool:
    """`"Everyone is scared," one of the mothers told us`: a comma inside the marks, then a
    speech verb a few words on, is direct speech with its cue, whoever the speaker is."""
    if text[item.span.end - 1] != ",":
        return False
    end = min(item.sentence[1], item.span.close_end + WORDS_BEFORE_CHARACTERS)
    return patterns.speech_verb.search(text, item.span.close_end, end) is not None


def _speech_verb_before(text: str, item: Found, patterns: WordPatterns) -> bool:
    """`63 percent said Clinton was "justified"`: a speech verb earlier in the sentence makes
    the quotation speech, even when no speaker could be named for it. Only the last
    `WORDS_BEFORE_CHARACTERS` are read, so long sentences stay linear."""
    start = max(item.sentence[0], item.span.open_at - WORDS_BEFORE_CHARACTERS)
    return patterns.speech_verb.search(text, start, item.span.open_at) is not None


def _appositive_term(text: str, item: Found, words: list[str]) -> bool:
    """A short quoted phrase closing an appositive that opened a few words before it,
    with a comma just after: `Ana Ruiz, the city's "chief happiness officer," said …`,
    `Tom Reyes, a self-described "news junkie," spoke …`. It describes the person; it is
    not their speech."""
    if len(words) > APPOSITIVE_TERM_WORDS:
        return False
    after = text[item.span.end - 1 : item.span.close_end + 2]
    if "," not in after:
        return False
    before = text[
        max(item.sentence[0], item.span.open_at - WORDS_BEFORE_CHARACTERS) : item.span.open_at
    ]
    return APPOSITIVE_OPENING.search(before) is not None


def _lone_name(text: str, item: Found, words: list[str]) -> bool:
    """One capitalised word quoted inside a sentence ("Tickets for "Hamilton" sold out",
    "bought the rights to "Equity,""): with no cue and no one to credit, the name of a
    work, a place or a side, not anyone's words."""
    if len(words) != 1 or not words[0][:1].isupper() or words[0][-1] in ".!?":
        return False
    return last_nonspace(text, item.sentence[0], item.span.open_at) > item.sentence[0]


def _words_before(text: str, item: Found, reach: int = WORDS_BEFORE_CHARACTERS) -> str:
    """The last words of the sentence before the quote, at most `reach` characters, whole."""
    start = item.span.open_at - reach
    if start <= item.sentence[0]:
        return text[item.sentence[0] : item.span.open_at]
    space = text.find(" ", start, item.span.open_at)
    return text[space + 1 if space >= 0 else start : item.span.open_at]


def _is_title(text: str, item: Found, skip: SkipContext) -> bool:
    """A Title Case phrase with no cue beside it ("on "Meet the Press"", "a book called
    "Women Who Work""): the title of a work, not speech."""
    patterns = skip.patterns
    raw = text[item.span.start : item.span.end]
    content = raw.rstrip(".,!?")
    if not _title_case(content.split(), patterns.small_words):
        return False
    before = _words_before(text, item)
    if patterns.works.search(before):
        return True
    if _speaker_calls_it(text, item, skip):
        return False  # `Smith called the firm "Bill Clinton Inc."`: Smith's words for it
    if patterns.named_as.search(before):
        return True
    if patterns.work_after.match(text, item.span.close_end, item.span.close_end + 60):
        return True
    if raw[-1] in "!?":
        return False  # an exclamation or question
    if (
        raw[-1] == "."
        and text[max(0, item.span.open_at - 3) : item.span.open_at].rstrip()[-1:] == ":"
    ):
        return False  # `… with one sentence: "THIS IS NOT OK."`: a sentence, introduced
    # the words around the quote: a quote inside a Title Case headline is not a title
    words = skip.sentence_words.get(item.sentence)
    if words is None:
        words = SentenceWords(text, item.sentence, patterns.small_words)
        skip.sentence_words[item.sentence] = words
    count, title = words.after(item.span.close_end)
    outside = before.split()
    count += len(outside)
    if count < 2 or (title and all(_title_word(word, patterns.small_words) for word in outside)):
        return False
    if outside and _opens_programme(outside[-1]):
        return True  # `Speaking on ABC's "This Week," Carson said`: a cue, but a show named
    if raw[-1] not in ".,!?" and _modifies_noun(text, item, patterns.lexicon):
        return True  # `"The Morning Show" host Jeff McArthur asked`: a show's name, no words
    return item.rule not in ADJACENT_RULES


def _modifies_noun(text: str, item: Found, lexicon: Lexicon) -> bool:
    """Whether the quotation is followed, with no punctuation, by a lower-case noun it
    modifies ("host", "star", "campaign"): a name before a noun, not words someone said."""
    following = FOLLOWING_WORD.match(text, item.span.close_end)
    if following is None:
        return False
    word = following.group(1)
    return (
        word not in lexicon.all_verbs
        and word not in lexicon.function_words
        and word not in lexicon.conjunctions
        and word not in lexicon.head_prepositions
        and word not in lexicon.object_prepositions
        and word not in lexicon.place_prepositions
        and word not in lexicon.determiners
        and word not in lexicon.auxiliaries
        and not word.endswith(("ed", "ly"))
    )


def _speaker_calls_it(text: str, item: Found, skip: SkipContext) -> bool:
    """`Smith called it "Bill Clinton Inc."`: a cue's speaker names a thing in words of their
    own, a quotation of them; a person named so ("called him "…"") keeps a nickname."""
    attribution = item.attribution
    if attribution is None or attribution.verb is None or attribution.mention is None:
        return False
    verb, mention = attribution.verb, attribution.mention
    if not verb.text.islower() or not skip.patterns.named_as.match(verb.text):
        return False
    if skip.patterns.called_thing.fullmatch(text, verb.end, item.span.open_at) is not None:
        return True
    # `what he called "…"`: the thing goes unnamed, the speaker stands right before the verb
    return (
        not text[mention.end : verb.start].strip()
        and not text[verb.end : item.span.open_at].strip()
        and text[max(0, mention.start - 6) : mention.start].rstrip().lower().endswith("what")
    )


def _opens_programme(word: str) -> bool:
    """Whether a Title Case quotation after `word` names a programme or publication: after
    a broadcaster's possessive ("CBC's", "ABC’s") or "on" ("appeared on")."""
    if word.lower() == "on":
        return True
    return word[:1].isupper() and (word.endswith("'s") or word.endswith("’s"))


def _speaker_follows(text: str, item: Found, patterns: WordPatterns) -> bool:
    """`"We are done here," Ruiz fumed`: a comma inside the marks, then a name or pronoun."""
    if text[item.span.end - 1] != ",":
        return False
    return bool(patterns.speaker_next.match(text, item.span.close_end))


def _between_names(text: str, span: QuotedSpan) -> bool:
    before = text[max(0, span.open_at - NICKNAME_NAME_CHARACTERS) : span.open_at]
    after = text[span.close_end : span.close_end + NICKNAME_NAME_CHARACTERS]
    return bool(NAME_BEFORE.search(before) and NAME_AFTER.match(after))


def _title_case(words: list[str], small: frozenset[str]) -> bool:
    """Most words capitalised, as in "The Art of the Deal"; `small` words may stay lower-case."""
    if len(words) < 2:
        return False
    return all(_title_word(w, small) for w in words)


def _title_word(word: str, small: frozenset[str]) -> bool:
    """A word as it stands in a title: capitalised, a small word, or not a word."""
    return word[0].isupper() or word in small or not word[0].isalpha()


class Origin(NamedTuple):
    """Where a document comes from: the fields of its record besides the quotes."""

    id: str
    path: str | None
    line: int | None
    metadata: ArticleMetadata | None


def _cue_names(found: list[Found]) -> list[Mention]:
    """The names a speech verb's own subject gives: the speakers of cues, for
    `SpeakerResolver.is_speaker`."""
    return [
        f.attribution.mention
        for f in found
        if f.attribution
        and f.attribution.mention
        and f.attribution.mention.kind == "name"
        and f.attribution.verb is not None
    ]


def _records(
    text: str,
    written: str,
    origin: Origin,
    found: list[Found],
    ambiguous: set[int],
    index: LineIndex,
    skip: SkipContext,
) -> Document:
    """The document's records. The rules read `text`, in which markup is blanked; the records
    hold `written`, the text as written (the same offsets: the records are sliced from it)."""
    quotes: list[Quote] = []
    skipped: list[Skipped] = []
    for i, item in enumerate(found):
        span = item.span
        start, end = span.start, span.end
        line, column = index.locate(span.open_at)
        reason = _skip_reason(text, item, skip)
        if reason is not None:
            skipped.append(Skipped(start, end, written[start:end], reason, line, column))
            continue
        speaker = item.speaker
        cue = None
        if speaker is not None:
            speaker = _as_written(speaker, written, i in ambiguous)
            attribution = item.attribution
            cue = _cue(written, attribution) if attribution is not None else None
        first, last = item.sentence
        sentence_text = written[first : min(last, first + SENTENCE_TEXT_LIMIT)]
        quotes.append(
            Quote(
                start,
                end,
                written[start:end],
                "direct" if item.direct else "partial",
                speaker,
                cue,
                float(item.confidence) if speaker else 0.0,
                RuleName(item.rule) if speaker else RuleName.none,
                item.group,
                item.paragraph + 1,
                line,
                column,
                Sentence(first, last, sentence_text),
                span.unclosed,
            )
        )
    return Document(origin.id, origin.path, origin.line, origin.metadata, written, quotes, skipped)


def _as_written(speaker: Speaker, written: str, ambiguous: bool) -> Speaker:
    """The resolver's speaker with its mention sliced from the text as written (markup kept),
    and marked ambiguous when its pronoun could mean someone else."""
    mention = speaker.mention
    if written[mention.start : mention.end] != mention.text:
        speaker = speaker._replace(
            mention=mention._replace(text=written[mention.start : mention.end])
        )
    return speaker._replace(ambiguous=True) if ambiguous else speaker


def _cue(text: str, attribution: Attribution) -> Cue | None:
    verb = attribution.verb
    if verb is None:
        return None
    end = attribution.phrase_end
    return Cue(verb.text, attribution.lemma, Span(verb.start, end, text[verb.start : end]))


__all__ = ["ExtractOptions", "extract_records", "split_sentences"]
