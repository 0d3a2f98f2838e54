"""The one composer: text → quoted spans → attributions → speakers → records."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import TypeVar

import regex
from pydantic import BaseModel

from quotes.engine.lexicon import Lexicon, default_lexicon
from quotes.engine.marks import QuotedSpan, scan_marks
from quotes.engine.rules import Attribution, Attributor
from quotes.engine.speakers import SpeakerResolver
from quotes.engine.text import NEWLINE, LineIndex
from quotes.models import (
    SENTENCE_TEXT_LIMIT,
    Article,
    Cue,
    Document,
    Quote,
    Sentence,
    Skipped,
    SkipReason,
    Span,
    Speaker,
)

# A sentence ends at . ! or ? (and any closing marks) before a capital, digit or opening mark.
SENTENCE_END = regex.compile(r"[.!?]+[\"”’'»)\]]*\s+(?=[\"“‘'«(]?[\p{Lu}\p{N}])")
ABBREVIATED = regex.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|St|Jr|Sr|Prof|Rev|Hon|Adm|No|vs|Inc|"
    r"Corp|Co|Ltd|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|Ft|Mt)|\b\p{Lu}|(?:\p{L}\.)+\p{L})\.$"
)
WORKS = regex.compile(
    r"(?i)\b(?:book|film|movie|song|album|show|series|program|programme|documentary|novel|"
    r"play|poem|episode|headline|column|article|essay|magazine|titled|entitled|segment|podcast)"
    r"\W*$"
)
WHITESPACE_WORD = re.compile(r"\S+")
HAS_LETTER = regex.compile(r"\p{L}")
NAMED_AS = regex.compile(r"(?i)\b(?:called|named|titled)\s*$")
NAME_BEFORE = regex.compile(r"\p{Lu}\p{L}+\s$")
NAME_AFTER = regex.compile(r"\s\p{Lu}\p{L}+")
SPEAKER_NEXT = regex.compile(r"\s*(?:\p{Lu}\p{L}+|he|she|they)\s+\p{Ll}+")
NICKNAME = regex.compile(
    r"(?i)\b(?:(?:dubbed|nicknamed)(?:\s+[\w'’]+){0,3}|the nickname|known as|aka|a\.k\.a\.)\s*$"
)
# Rules whose cue stands right beside the quote: their quotes are speech even in Title Case.
ADJACENT_RULES = frozenset(
    {
        "quote_then_speaker_verb",
        "quote_then_verb_speaker",
        "speaker_verb_then_quote",
        "according_to",
        "headline_speaker",
    }
)
SpanT = TypeVar("SpanT", Span, Sentence, Skipped)
# Markup is blanked to spaces, except line breaks, which keep lines and paragraphs apart.
BLANKABLE = regex.compile(r"[^\n]")
# A label opening a line of web-page furniture: "READ MORE:", "WATCH |", "Also on CBC:".
LINE_LABEL = regex.compile(r"\s*([\p{L}'’ ]{2,40}?)\s*[:|]")
# A photo credit in a caption: "(Photo: Jane Doe/Reuters)", "THE CANADIAN PRESS/Jane Doe",
# "Getty Images", "Photo by …".
PHOTO_CREDIT = regex.compile(
    r"\((?:[\p{Lu}\p{L} ]{0,20}\s)?(?:Photo|Image|Photograph|Credit)s?\b[^)]*\)"
    r"|\b(?:Photo|Image)s?\s+(?:by|credit)\b|\bGetty Images\b|THE CANADIAN PRESS/|"
    r"\((?:AP|Reuters|AFP) Photo\b"
    # a caption ends with its credit: "(Evan Mitsui/CBC)", "(Jeff McIntosh/The Canadian Press)"
    r"|\(\p{Lu}\p{L}+(?:[ .'’\-]+\p{L}+){1,3}/[\p{L}.'’&\- ]{2,40}\)\s*$"
)
# A lead-in that introduces a quotation without naming anyone: "Then, after a pause:".
LEAD_IN = regex.compile(
    r"(?i)\s*(?:(?:then|and|but|later|finally|again|still|after|a|an|long|brief|short|pause|"
    r"moment|moments|beat|silence|at|last|with|smile|shrug|sigh|laugh)[\s,]+)*"
    r"(?:then|later|finally|again|pause|moment|moments|beat|silence|last|smile|shrug|sigh|laugh)"
    r"\s*[:—–-]\s*"
)
# Quotes this short with no speaker and no cue are scare quotes or terms, not speech.
SHORT_WORDS = 4


@dataclass(frozen=True)
class ExtractOptions:
    """Everything that tunes extraction."""

    lexicon: Lexicon = field(default_factory=default_lexicon)


@dataclass(slots=True)
class Found:
    """A quoted span on its way to becoming a record."""

    span: QuotedSpan
    paragraph: int
    sentence: tuple[int, int]
    attribution: Attribution | None = None
    rule: str = "none"
    confidence: float = 0.0
    speaker: Speaker | None = None
    group: int = -1
    direct: bool = True


def extract(
    text: str | Article, id: str = "text", options: ExtractOptions | None = None
) -> Document:
    """Finds every quotation in `text` and credits each to its speaker.

    Args:
        text: The article text (offsets refer to it exactly), or an `Article`.
        id: The document id used when `text` is a plain string.
        options: Extraction options; the shipped lexicons by default.
    """
    options = options or ExtractOptions()
    path = metadata = None
    written = text if isinstance(text, str) else text.text
    if isinstance(text, Article):
        id, path, metadata = text.id, text.path, text.metadata
        text = blank_markup(text.text, text.markup)
    attributor = Attributor(options.lexicon)
    index = LineIndex(text)
    paragraphs = index.paragraphs
    spans = scan_marks(text)
    quoted = [(s.start, s.end) for s in spans]
    sentences = split_sentences(text, paragraphs, quoted)
    found = _locate(spans, paragraphs, sentences)
    _attribute(text, found, paragraphs, sentences, attributor)
    explicit = [
        f.attribution.mention
        for f in found
        if f.attribution and f.attribution.mention and f.attribution.mention.kind == "name"
    ]
    resolver = SpeakerResolver(text, quoted, sentences, options.lexicon, explicit)
    resolver.mark_cue_speakers(
        [
            f.attribution.mention
            for f in found
            if f.attribution
            and f.attribution.mention
            and f.attribution.mention.kind == "name"
            and f.attribution.verb is not None
        ]
    )
    ambiguous = _resolve(found, resolver)
    _group(found)
    _propagate(found, paragraphs, resolver)
    debris = WebDebris(text, paragraphs, options.lexicon)
    document = _records(text, id, path, found, ambiguous, index, debris)
    if written is not text:
        document = _as_written(document, written)
    return document.model_copy(update={"metadata": metadata})


def blank_markup(text: str, markup: list[tuple[int, int]]) -> str:
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


def _as_written(document: Document, written: str) -> Document:
    """`document` with every span's text sliced from the text as written (markup included)."""

    def span(item: SpanT) -> SpanT:
        # As long as the text it replaces: a sentence's text may be cut short.
        return item.model_copy(update={"text": written[item.start : item.start + len(item.text)]})

    quotes = []
    for quote in document.quotes:
        update: dict[str, object] = {"text": written[quote.start : quote.end]}
        update["sentence"] = span(quote.sentence)
        if quote.speaker is not None:
            update["speaker"] = quote.speaker.model_copy(
                update={"mention": span(quote.speaker.mention)}
            )
        if quote.cue is not None:
            update["cue"] = quote.cue.model_copy(update={"phrase": span(quote.cue.phrase)})
        quotes.append(quote.model_copy(update=update))
    skipped = [span(item) for item in document.skipped]
    return Document(
        id=document.id, path=document.path, text=written, quotes=quotes, skipped=skipped
    )


def split_sentences(
    text: str, paragraphs: list[tuple[int, int]], quoted: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Sentence spans within each paragraph; full stops inside quotes do not end one."""
    sentences: list[tuple[int, int]] = []
    q = 0
    for p_start, p_end in paragraphs:
        start = p_start
        for match in SENTENCE_END.finditer(text, p_start, p_end):
            cut = match.end()
            while q < len(quoted) and quoted[q][1] <= cut - 1 and quoted[q][1] < match.start():
                q += 1
            if any(s < cut - 1 < e for s, e in quoted[max(0, q - 1) : q + 2]):
                continue
            if ABBREVIATED.search(text, max(p_start, match.start() - 12), match.start() + 1):
                continue
            sentences.append((start, match.start() + 1))
            start = cut
        if start < p_end:
            sentences.append((start, p_end))
    return sentences


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
    text: str,
    found: list[Found],
    paragraphs: list[tuple[int, int]],
    sentences: list[tuple[int, int]],
    attributor: Attributor,
) -> None:
    """Applies the sentence-level rules to each quote, nearest cue first."""
    sentence_starts = [start for start, _ in sentences]
    for i, item in enumerate(found):
        span = item.span
        limit = paragraphs[item.paragraph][1]
        if i + 1 < len(found) and found[i + 1].paragraph == item.paragraph:
            limit = found[i + 1].span.open_at
        start = max(item.sentence[0], _previous_close(found, i))
        after = attributor.after_quote(text, span, limit)
        chosen = after
        # a cue before the quote wins only when none follows it, or the quote ends its sentence
        if after is None or text[span.end - 1 : span.end] in ".!?":
            before = attributor.before_quote(text, span, start)
            chosen = before or after
        item.direct = _is_direct(text, item, chosen)
        if (chosen is None and i == 0) or (
            chosen is None and found[i - 1].paragraph != item.paragraph
        ):
            chosen = attributor.headline_speaker(text, span, paragraphs[item.paragraph][0])
        if chosen is None and (not item.direct or text[start : span.open_at].strip()):
            chosen = attributor.sentence_subject(text, span, start)
        if chosen is None and item.direct and not text[start : span.open_at].strip():
            k = bisect_right(sentence_starts, span.open_at) - 2
            previous = sentences[k] if k >= 0 else None
            if previous is not None and previous[0] >= paragraphs[item.paragraph][0]:
                chosen = attributor.cue_sentence(text, previous[0], previous[1])
            elif previous is not None and _ends_with(text, previous, ":"):
                # "Reporter Jane Doe says:" closing the paragraph before the quotation
                chosen = attributor.cue_sentence(text, previous[0], previous[1])
        item.attribution = chosen


def _last_nonspace(text: str, start: int, end: int) -> int:
    """The offset after the last non-space character of `text[start:end]`, or `start`.

    Scanning back from `end` reads only the white space there, where slicing and
    stripping would copy the whole stretch once for every quote in a long sentence.
    """
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _ends_with(text: str, span: tuple[int, int], suffix: str) -> bool:
    """Whether `text[span]`, trailing white space aside, ends with `suffix`."""
    return text.endswith(suffix, span[0], _last_nonspace(text, span[0], span[1]))


def _previous_close(found: list[Found], i: int) -> int:
    if i > 0 and found[i - 1].paragraph == found[i].paragraph:
        return found[i - 1].span.close_end
    return 0


def _is_direct(text: str, item: Found, attribution: Attribution | None) -> bool:
    """A direct quote stands as its own sentence or after a cue's comma or colon."""
    start = item.sentence[0]
    end = _last_nonspace(text, start, item.span.open_at)
    if end == start or text[end - 1] in ",:—–-\"”'’":
        return True
    if attribution is not None and attribution.rule == "speaker_verb_then_quote":
        return attribution.verb is not None and text.endswith(attribution.verb.text, start, end)
    return False


MAX_NAME_WORDS = 16
MAX_NAME_CHARS = 160
"""The longest speaker name accepted; "the Organisation for Security and Co-operation in
Europe" has 8 words and 57 characters. A longer run is a list or a headline, not a name."""


def _name_sized(name: str) -> bool:
    """Whether `name` is short enough to be a speaker's name."""
    return (
        len(name) <= MAX_NAME_CHARS and len(name.split(maxsplit=MAX_NAME_WORDS)) <= MAX_NAME_WORDS
    )


def _resolve(found: list[Found], resolver: SpeakerResolver) -> set[int]:
    """Turns each attribution's mention into a speaker; returns ambiguous quote indexes."""
    ambiguous: set[int] = set()
    for i, item in enumerate(found):
        attribution = item.attribution
        if attribution is None or attribution.mention is None:
            continue
        if attribution.rule == "according_to":
            speaker, unsure = resolver.resolve_source(attribution.mention)
        else:
            speaker, unsure = resolver.resolve(attribution.mention)
        if speaker is not None and not _name_sized(speaker.name):
            item.attribution = None
            continue
        if attribution.rule == "sentence_subject" and not _plausible_subject(speaker, resolver):
            if not resolver.plausible_source(speaker):
                item.attribution = None  # no one to speak: a term or scare quote, maybe
            continue  # someone to speak, but too unsure to name: speech with a blank
        if unsure:
            ambiguous.add(i)
        item.speaker = speaker
        item.rule = attribution.rule
        item.confidence = _confidence(attribution, speaker, unsure) if speaker else 0.0
    return ambiguous


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


def _plausible_subject(speaker: Speaker | None, resolver: SpeakerResolver) -> bool:
    """Whether a sentence's subject may be credited with a quoted phrase that has no cue.

    With no speech verb to go on, only a person the article names in full (or a pronoun
    standing for one) is likely enough; a lone capitalised word ("Boos", "Latest"), a
    group or a description is as often the subject of a sentence about someone else's
    words.
    """
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


def _group(found: list[Found]) -> None:
    """Quotes of one multi-paragraph quotation or one split quote share a group."""
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
        item.group = group


def _propagate(
    found: list[Found], paragraphs: list[tuple[int, int]], resolver: SpeakerResolver
) -> None:
    """Credits quotes with no cue of their own from their group, sentence or context.

    One pass with lookup tables, so that a paragraph of thousands of quotes stays linear.
    """
    by_group: dict[int, Found] = {}
    by_sentence: dict[tuple[int, int], Found] = {}
    for item in found:
        if item.speaker is not None:
            by_group.setdefault(item.group, item)
            by_sentence.setdefault(item.sentence, item)
    last_credited: dict[int, Found] = {}  # paragraph → its latest quote with a speaker
    last_quote: dict[int, Found] = {}  # paragraph → its latest quote
    for item in found:
        if _blank_by_choice(item):
            # a cue names a speaker no one can be (a document, a pronoun with no fitting
            # antecedent, a fragment): the honest answer is a blank, not a neighbour's name
            last_quote[item.paragraph] = item
            continue
        if item.speaker is None:
            _credit(item, by_group, by_sentence, last_credited)
        if (
            item.speaker is None
            and item.direct
            # a paragraph that is one single-quoted line is a subhead ('A fight to the end.'),
            # not the previous speaker going on: body quotations use double marks
            and item.span.family == "double"
            and _opens_paragraph(resolver.text, item, paragraphs)
        ):
            speaker = _from_previous_paragraph(item, last_quote.get(item.paragraph - 1), resolver)
            if speaker is not None:
                item.speaker, item.rule, item.confidence = speaker, "previous_paragraph", 0.6
                by_group.setdefault(item.group, item)
        elif (
            item.speaker is None
            and item.direct
            and item.sentence[0] > paragraphs[item.paragraph][0]
        ):
            # "Rubio pressed on. "…"": the sentence before, in the same paragraph, is about them
            k = bisect_right(resolver.sentence_starts, item.sentence[0] - 1) - 1
            speaker = resolver.sentence_subject(resolver.sentences[k]) if k >= 0 else None
            opens_sentence = _last_nonspace(resolver.text, item.sentence[0], item.span.open_at)
            if speaker is not None and opens_sentence == item.sentence[0]:
                item.speaker, item.rule, item.confidence = speaker, "previous_sentence", 0.6
        if item.speaker is not None:
            last_credited[item.paragraph] = item
        last_quote[item.paragraph] = item


def _blank_by_choice(item: Found) -> bool:
    """Whether the quote's own cue names a subject that resolved to no speaker."""
    attribution = item.attribution
    return item.speaker is None and attribution is not None and attribution.verb is not None


def _credit(
    item: Found,
    by_group: dict[int, Found],
    by_sentence: dict[tuple[int, int], Found],
    last_credited: dict[int, Found],
) -> None:
    """Takes the speaker of its group, its sentence, or an earlier quote in its paragraph."""
    source = by_group.get(item.group)
    rule = "continued_quotation" if item.span.continues_previous else "split_quote"
    if source is None:
        source, rule = by_sentence.get(item.sentence), "same_sentence"
    if source is None and item.direct:
        source, rule = last_credited.get(item.paragraph), "split_quote"
    if source is not None:
        item.speaker, item.rule = source.speaker, rule
        item.confidence = max(0.5, source.confidence - 0.1)
        item.attribution = source.attribution


def _opens_paragraph(text: str, item: Found, paragraphs: list[tuple[int, int]]) -> bool:
    """Whether the quote opens its paragraph, or follows only a lead-in with no speaker of
    its own ("Then, after a pause: "…"")."""
    start = paragraphs[item.paragraph][0]
    if _last_nonspace(text, start, item.span.open_at) == start:
        return True
    # a lead-in is a few words: a bounded look keeps long paragraphs linear
    return item.span.open_at - start <= 60 and bool(
        LEAD_IN.fullmatch(text, start, item.span.open_at)
    )


def _from_previous_paragraph(
    item: Found, previous_quote: Found | None, resolver: SpeakerResolver
) -> Speaker | None:
    """The speaker of the previous paragraph's last quote, or the person it is about."""
    if previous_quote is not None:
        if previous_quote.speaker is None or previous_quote.speaker.kind != "person":
            return None
        return previous_quote.speaker.model_copy(update={"resolution": "context"})
    at = item.span.open_at
    k = bisect_right(resolver.sentence_starts, at) - 2
    if k < 0:
        return None
    last_sentence = resolver.sentences[k]
    if _paragraph_gap(resolver.text, last_sentence[1], at):
        return None
    return resolver.sentence_subject(last_sentence)


def _paragraph_gap(text: str, start: int, end: int) -> bool:
    """Whether more than one paragraph break separates two offsets."""
    return len([line for line in NEWLINE.split(text[start:end])[1:-1] if line.strip()]) > 0


class WebDebris:
    """Which paragraphs are web-page furniture, not the article: a line opening with a label
    ("READ MORE:", "WATCH |", "Also on …:") or a caption carrying a photo credit.

    Each paragraph is read once, however many quotes it holds.
    """

    def __init__(self, text: str, paragraphs: list[tuple[int, int]], lexicon: Lexicon) -> None:
        self.text = text
        self.paragraphs = paragraphs
        self.labels = lexicon.web_labels
        self.known: dict[int, bool] = {}

    def holds(self, paragraph: int) -> bool:
        """Whether paragraph number `paragraph` (0-based) is web-page furniture."""
        if paragraph not in self.known:
            start, end = self.paragraphs[paragraph]
            self.known[paragraph] = self._is_debris(start, end)
        return self.known[paragraph]

    def _is_debris(self, start: int, end: int) -> bool:
        label = LINE_LABEL.match(self.text, start, min(end, start + 60))
        if label is not None:
            words = label.group(1).lower().split()
            # "Also on HuffPost:", "More from CBC:": a label and the site it names
            if any(" ".join(words[:n]) in self.labels for n in range(len(words), 0, -1)):
                return True
        return PHOTO_CREDIT.search(self.text, start, end) is not None


class SentenceWords:
    """The white-space separated words of one sentence, and which are Title Case words.

    `_is_title` asks whether the rest of a sentence after a quote is Title Case; read once
    per sentence, the answer for each quote in it is a bisection, not a fresh split.
    """

    def __init__(self, text: str, sentence: tuple[int, int]) -> None:
        self.text = text
        self.end = sentence[1]
        words = list(WHITESPACE_WORD.finditer(text, sentence[0], sentence[1]))
        self.starts = [word.start() for word in words]
        self.ends = [word.end() for word in words]
        self.last_lower = max(
            (k for k, word in enumerate(words) if not _title_word(word.group())), default=-1
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
            title = title and _title_word(self.text[at : self.ends[k - 1]])
        return count, title


def _skip_reason(
    text: str,
    item: Found,
    debris: WebDebris,
    sentence_words: dict[tuple[int, int], SentenceWords],
) -> SkipReason | None:
    """Why a quoted span is not speech, if it is not.

    Nicknames and titles of works are left out even beside a speech verb ("who fans
    dubbed "The Greatest""); short terms only when no speaker was found.
    """
    content = text[item.span.start : item.span.end]
    if not HAS_LETTER.search(content):
        return "no_letters"
    if debris.holds(item.paragraph):
        return "web_debris"
    words = content.split()
    # the cues these rules look for stand just before the mark; a bounded look stays linear
    before = _words_before(text, item)
    # a cue was found, even if its pronoun could not be resolved: this is speech
    attributed = item.speaker is not None or item.attribution is not None
    if NICKNAME.search(before) and (not attributed or _title_case(words) or len(words) == 1):
        return "nickname"
    if len(words) <= SHORT_WORDS and _title_case([*words, "X"]) and _between_names(text, item.span):
        return "nickname"
    if _is_title(text, item, sentence_words):
        return "title"
    weak = item.attribution is not None and item.attribution.rule == "sentence_subject"
    if attributed and weak and WORKS.search(before):
        return "title"  # "Tickets for the film "Oppenheimer" sold out": no cue, a work named
    if attributed:
        return None
    if WORKS.search(before) or (_title_case(words) and content[-1] not in ".,!?"):
        return "title"
    if len(words) <= SHORT_WORDS and content[-1] not in ".!?" and not _speaker_follows(text, item):
        return "scare_quote"
    return None


def _words_before(text: str, item: Found, reach: int = 60) -> str:
    """The last words of the sentence before the quote, at most `reach` characters, whole."""
    start = item.span.open_at - reach
    if start <= item.sentence[0]:
        return text[item.sentence[0] : item.span.open_at]
    space = text.find(" ", start, item.span.open_at)
    return text[space + 1 if space >= 0 else start : item.span.open_at]


def _is_title(text: str, item: Found, sentences: dict[tuple[int, int], SentenceWords]) -> bool:
    """A Title Case phrase with no cue beside it ("on "Meet the Press"", "a book called
    "Women Who Work""): the title of a work, not speech."""
    raw = text[item.span.start : item.span.end]
    content = raw.rstrip(".,!?")
    if not _title_case(content.split()):
        return False
    before = _words_before(text, item)
    if WORKS.search(before) or NAMED_AS.search(before):
        return True
    if raw[-1] in "!?":
        return False  # an exclamation or question
    # the words around the quote: a quote inside a Title Case headline is not a title
    words = sentences.get(item.sentence)
    if words is None:
        words = sentences[item.sentence] = SentenceWords(text, item.sentence)
    count, title = words.after(item.span.close_end)
    outside = before.split()
    count += len(outside)
    if count < 2 or (title and all(_title_word(word) for word in outside)):
        return False
    return item.rule not in ADJACENT_RULES


def _speaker_follows(text: str, item: Found) -> bool:
    """`"We are done here," Ruiz fumed`: a comma inside the marks, then a name or pronoun."""
    if text[item.span.end - 1] != ",":
        return False
    return bool(SPEAKER_NEXT.match(text, item.span.close_end))


def _between_names(text: str, span: QuotedSpan) -> bool:
    before = text[max(0, span.open_at - 20) : span.open_at]
    after = text[span.close_end : span.close_end + 20]
    return bool(NAME_BEFORE.search(before) and NAME_AFTER.match(after))


def _title_case(words: list[str]) -> bool:
    """Most words capitalised, as in "The Art of the Deal"."""
    if len(words) < 2:
        return False
    small = SMALL_TITLE_WORDS
    return all(w[0].isupper() or w in small or not w[0].isalpha() for w in words)


SMALL_TITLE_WORDS = frozenset(
    {"of", "the", "a", "an", "and", "in", "on", "for", "to", "at", "with", "or"}
)


def _title_word(word: str) -> bool:
    """A word as it stands in a title: capitalised, a small word, or not a word."""
    return word[0].isupper() or word in SMALL_TITLE_WORDS or not word[0].isalpha()


def _records(
    text: str,
    id: str,
    path: str | None,
    found: list[Found],
    ambiguous: set[int],
    index: LineIndex,
    debris: WebDebris,
) -> Document:
    quotes: list[Quote] = []
    skipped: list[Skipped] = []
    sentence_words: dict[tuple[int, int], SentenceWords] = {}
    shared: dict[frozenset[str], set[str]] = {}
    for i, item in enumerate(found):
        span = item.span
        line, column = index.locate(span.open_at)
        content = text[span.start : span.end]
        reason = _skip_reason(text, item, debris, sentence_words)
        if reason is not None:
            skipped.append(
                Skipped(
                    start=span.start,
                    end=span.end,
                    text=content,
                    reason=reason,
                    line=line,
                    column=column,
                )
            )
            _share_fields_set(skipped[-1], shared)
            continue
        attribution = item.attribution if item.speaker is not None else None
        cue = _cue(text, attribution) if attribution is not None else None
        speaker = item.speaker
        if speaker is not None and i in ambiguous:
            speaker = speaker.model_copy(update={"ambiguous": True})
        quotes.append(
            Quote(
                start=span.start,
                end=span.end,
                text=content,
                kind="direct" if item.direct else "partial",
                speaker=speaker,
                cue=cue,
                confidence=item.confidence if speaker else 0.0,
                rule=item.rule if speaker else "none",
                group=item.group,
                paragraph=item.paragraph + 1,
                line=line,
                column=column,
                sentence=Sentence(
                    start=item.sentence[0],
                    end=item.sentence[1],
                    text=text[
                        item.sentence[0] : min(
                            item.sentence[1], item.sentence[0] + SENTENCE_TEXT_LIMIT
                        )
                    ],
                ),
                unclosed=span.unclosed,
            )
        )
        _share_fields_set(quotes[-1], shared)
    return Document(id=id, path=path, text=text, quotes=quotes, skipped=skipped)


def _share_fields_set(record: BaseModel, shared: dict[frozenset[str], set[str]]) -> None:
    """Gives `record` and the records inside it one shared copy of their set of field names.

    Pydantic keeps a set of the fields given for every record, about 2 KB of each quote's
    4 KB; the records are frozen, so one set per shape serves them all (a copy made with
    `model_copy(update=...)` still gets a set of its own).
    """
    names = record.__pydantic_fields_set__
    key = frozenset(names)
    one = shared.setdefault(key, names)
    if one is not names:
        object.__setattr__(record, "__pydantic_fields_set__", one)
    for value in record.__dict__.values():
        if isinstance(value, BaseModel):
            _share_fields_set(value, shared)


def _cue(text: str, attribution: Attribution) -> Cue | None:
    verb = attribution.verb
    if verb is None:
        return None
    return Cue(
        verb=verb.text,
        lemma=attribution.lemma,
        phrase=Span(
            start=verb.start,
            end=attribution.phrase_end,
            text=text[verb.start : attribution.phrase_end],
        ),
    )


__all__ = ["ExtractOptions", "extract", "split_sentences"]
