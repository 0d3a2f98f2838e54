"""The reported words before a closing cue, whose people are spoken about, not speaking."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from quotes.engine.grammar import Mention
from quotes.engine.speakers.descriptions import Descriptions
from quotes.engine.speakers.words import (
    CLAUSE_BOUNDARY,
    EXCLUDED_SKIPS,
    FINAL_CUE,
    LETTER,
    NARRATIVE_END,
    POSSESSIVE_AFTER,
    QUOTE_TO_CUE,
    REPORTED_BEFORE,
    SENTENCE_END_BEFORE,
)
from quotes.engine.windows import NARRATIVE_TAIL_CHARACTERS


class ReportedWords:
    """Reads the words a pronoun's cue reports, and the people they name as heads."""

    def __init__(self, index: Descriptions) -> None:
        self.index = index
        self.analysis = self.index.analysis
        self.text = self.index.text
        self.lexicon = self.index.lexicon
        self.closing_marks = self.index.closing_marks
        self.sentences = self.index.sentences

    def reported_before(self, mention: Mention, index: int, end: int, lo: int) -> set[str]:
        """The people named in the reported words before a sentence's closing cue ("Trump's
        plan would fail, he said."): they are spoken about, not speaking.

        The words start after the last dash or semicolon, and after an opening clause of
        their own ("When Trump spoke, he said." may mean him). `end` is where the pronoun's
        clause ends, and `lo` the index of the first mention after it."""
        text = self.text
        sentence_start = self.sentences[index][0] if index >= 0 else 0
        if self.quotation_continues(mention.start, sentence_start):
            # 'Rubio "apologized many times," he said', 'When Obama offered …, "states
            # needed it," he said': narrative words before a quotation its cue closes are
            # part of what was said, whatever clause they open
            first = bisect_left(self.index.mentions, (sentence_start,))
            before = bisect_left(self.index.mentions, (mention.start,))
            return self.heads(max(first, lo - EXCLUDED_SKIPS), before)
        comma = REPORTED_BEFORE.search(text, max(sentence_start, mention.start - 3), mention.start)
        if (
            comma is None
            or text[comma.start() - 1 : comma.start()] in self.closing_marks
            or FINAL_CUE.match(text, mention.end, end) is None
        ):
            return set()
        boundary = CLAUSE_BOUNDARY.search(text[sentence_start : comma.start()])
        start = sentence_start + (boundary.end() if boundary else 0)
        start = self.index.main_clause_start(start, comma.end())
        first = bisect_left(self.index.mentions, (start,))
        before = bisect_left(self.index.mentions, (comma.start(),))
        return self.heads(max(first, lo - EXCLUDED_SKIPS), before)

    def quotation_continues(self, at: int, sentence_start: int) -> bool:
        """Whether the pronoun at `at` is the cue right after a quotation that carries on
        the narrative words before it in its sentence, so that those words are part of what
        was said: the quotation is their predicate ('Rubio "apologized," he said'), the main
        clause after their opening clause ('When Obama offered …, "states needed it," he
        said'), or it resumes after an aside ('"…" -- that Dorsey is … -- "…," he says');
        or a comma after its closing mark ends a paraphrase ('… words like "maybe", he
        told reporters'). Words that introduce a quotation are the writer's, and their
        subject often the speaker ('Reyes scolded him: "…," she said', 'Ruiz called it
        "a disgrace," she said')."""
        quoted = self.analysis.quoted
        k = bisect_right(self.analysis.quoted_starts, at) - 1
        if (
            k < 0
            or QUOTE_TO_CUE.fullmatch(self.text, quoted[k][1], at) is None
            or bisect_right(self.analysis.quoted_starts, sentence_start) > k
        ):
            return False
        text = self.text
        opening = quoted[k][0]
        tail = max(sentence_start, opening - NARRATIVE_TAIL_CHARACTERS)
        if (
            LETTER.search(text, sentence_start, opening) is None
            # "… refugees. ''You'd have to be insane,'' he said": a quotation that opens a
            # sentence of its own, where the sentence splitter did not cut
            or SENTENCE_END_BEFORE.search(text, tail, opening) is not None
        ):
            return False
        if "," in text[quoted[k][1] : at]:
            return True  # the comma outside the closing mark: a paraphrase ends
        before = NARRATIVE_END.search(text, tail, opening)
        if before is None:
            return False
        if before.group(1) in (",", "-", "—", "–"):
            return True
        last = bisect_left(self.index.mentions, (before.end(1),)) - 1
        word = before.group(1).lower()
        return self.lexicon.pronouns.get(word) in ("male", "female", "plural") or (
            last >= 0 and self.index.mentions[last][1] == before.end(1)
        )

    def heads(self, lo: int, hi: int) -> set[str]:
        """The people the mentions from index `lo` to `hi` name as a noun phrase's head: a
        possessive or a name after "the" modifies a noun ("the Carson campaign", "Reyes's
        plan"), and may well be a pronoun's own."""
        text = self.text
        return {
            name
            for start, stop_at, name in self.index.mentions[lo:hi]
            if not POSSESSIVE_AFTER.match(text, stop_at)
            and text[max(0, start - 4) : start].lower() != "the "
        }
