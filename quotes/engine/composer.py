"""The one composer: text → quoted spans → attributions → speakers → records."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

import regex

from quotes.engine.lexicon import Lexicon, default_lexicon
from quotes.engine.marks import QuotedSpan, scan_marks
from quotes.engine.rules import Attribution, Attributor
from quotes.engine.speakers import SpeakerResolver
from quotes.engine.text import NEWLINE, LineIndex
from quotes.models import Article, Cue, Document, Quote, Skipped, SkipReason, Span, Speaker

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
HAS_LETTER = regex.compile(r"\p{L}")
NAMED_AS = regex.compile(r"(?i)\b(?:called|named|titled)\s*$")
NAME_BEFORE = regex.compile(r"\p{Lu}\p{L}+\s$")
NAME_AFTER = regex.compile(r"\s\p{Lu}\p{L}+")
SPEAKER_NEXT = regex.compile(r"\s*(?:\p{Lu}\p{L}+|he|she|they)\s+\p{Ll}+")
NICKNAME = regex.compile(r"(?i)\b(?:dubbed|nicknamed|the nickname|known as|aka|a\.k\.a\.)\s*$")
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

    def text_before(self, text: str) -> str:
        """The sentence's text before the opening mark."""
        return text[self.sentence[0] : self.span.open_at]


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
    if isinstance(text, Article):
        id, path, metadata, text = text.id, text.path, text.metadata, text.text
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
    ambiguous = _resolve(found, resolver)
    _group(found)
    _propagate(found, paragraphs, resolver)
    return _records(text, id, path, found, ambiguous, index).model_copy(
        update={"metadata": metadata}
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
            elif previous is not None and text[previous[0] : previous[1]].rstrip().endswith(":"):
                # "Reporter Jane Doe says:" closing the paragraph before the quotation
                chosen = attributor.cue_sentence(text, previous[0], previous[1])
        item.attribution = chosen


def _previous_close(found: list[Found], i: int) -> int:
    if i > 0 and found[i - 1].paragraph == found[i].paragraph:
        return found[i - 1].span.close_end
    return 0


def _is_direct(text: str, item: Found, attribution: Attribution | None) -> bool:
    """A direct quote stands as its own sentence or after a cue's comma or colon."""
    before = item.text_before(text).rstrip()
    if not before or before[-1] in ",:—–-\"”'’":
        return True
    if attribution is not None and attribution.rule == "speaker_verb_then_quote":
        return attribution.verb is not None and before.endswith(attribution.verb.text)
    return False


def _resolve(found: list[Found], resolver: SpeakerResolver) -> set[int]:
    """Turns each attribution's mention into a speaker; returns ambiguous quote indexes."""
    ambiguous: set[int] = set()
    for i, item in enumerate(found):
        attribution = item.attribution
        if attribution is None or attribution.mention is None:
            continue
        speaker, unsure = resolver.resolve(attribution.mention)
        if attribution.rule == "sentence_subject" and not resolver.plausible_source(speaker):
            item.attribution = None
            continue
        if unsure:
            ambiguous.add(i)
        item.speaker = speaker
        item.rule = attribution.rule
        item.confidence = attribution.confidence if speaker else 0.0
    return ambiguous


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
        if item.speaker is None:
            _credit(item, by_group, by_sentence, last_credited)
        if (
            item.speaker is None
            and item.direct
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
            if speaker is not None and not item.text_before(resolver.text).strip():
                item.speaker, item.rule, item.confidence = speaker, "previous_sentence", 0.6
        if item.speaker is not None:
            last_credited[item.paragraph] = item
        last_quote[item.paragraph] = item


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
    return not text[paragraphs[item.paragraph][0] : item.span.open_at].strip()


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


def _skip_reason(text: str, item: Found) -> SkipReason | None:
    """Why a quoted span is not speech, if it is not.

    Nicknames and titles of works are left out even beside a speech verb ("who fans
    dubbed "The Greatest""); short terms only when no speaker was found.
    """
    content = text[item.span.start : item.span.end]
    if not HAS_LETTER.search(content):
        return "no_letters"
    words = content.split()
    # the cues these rules look for stand just before the mark; a bounded look stays linear
    before = _words_before(text, item)
    # a cue was found, even if its pronoun could not be resolved: this is speech
    attributed = item.speaker is not None or item.attribution is not None
    if NICKNAME.search(before) and (not attributed or _title_case(words) or len(words) == 1):
        return "nickname"
    if len(words) <= SHORT_WORDS and _title_case([*words, "X"]) and _between_names(text, item.span):
        return "nickname"
    if _is_title(text, item):
        return "title"
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


def _is_title(text: str, item: Found) -> bool:
    """A Title Case phrase with no cue beside it ("on "Meet the Press"", "a book called
    "Women Who Work""): the title of a work, not speech."""
    raw = text[item.span.start : item.span.end]
    content = raw.rstrip(".,!?")
    if not _title_case(content.split()):
        return False
    before = _words_before(text, item)
    if WORKS.search(before) or NAMED_AS.search(before):
        return True
    outside = (before + " " + text[item.span.close_end : item.sentence[1]]).split()
    if raw[-1] in "!?" or len(outside) < 2 or _title_case(outside):
        return False  # an exclamation or question, or a quote inside a Title Case headline
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
    small = {"of", "the", "a", "an", "and", "in", "on", "for", "to", "at", "with", "or"}
    return all(w[0].isupper() or w in small or not w[0].isalpha() for w in words)


def _records(
    text: str,
    id: str,
    path: str | None,
    found: list[Found],
    ambiguous: set[int],
    index: LineIndex,
) -> Document:
    quotes: list[Quote] = []
    skipped: list[Skipped] = []
    for i, item in enumerate(found):
        span = item.span
        line, column = index.locate(span.open_at)
        content = text[span.start : span.end]
        reason = _skip_reason(text, item)
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
                sentence=Span(
                    start=item.sentence[0],
                    end=item.sentence[1],
                    text=text[item.sentence[0] : item.sentence[1]],
                ),
                unclosed=span.unclosed,
            )
        )
    return Document(id=id, path=path, text=text, quotes=quotes, skipped=skipped)


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
