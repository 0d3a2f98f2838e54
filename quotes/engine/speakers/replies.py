"""Replies: the person whose words a pronoun's quotation answers, whom the pronoun cannot mean."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import pairwise

from quotes.engine.grammar import Mention
from quotes.engine.speakers.descriptions import Descriptions
from quotes.engine.speakers.words import (
    EXCLUDED_SKIPS,
    NEXT_WORDS,
    PLAIN_WORD,
    PUT_TO,
    QUOTE_TO_CUE,
)


class Replies:
    """Finds who asked what a pronoun's quotation answers."""

    def __init__(self, index: Descriptions) -> None:
        self.index = index
        self.analysis = self.index.analysis
        self.text = self.index.text
        self.lexicon = self.index.lexicon

    def answered(self, mention: Mention) -> frozenset[str]:
        """The person whose words a pronoun's quotation answers, whom the pronoun cannot
        mean: after '"…?" Hannity pressed Trump.', the reply '"…," he said' is not
        Hannity's. A reply verb says so ('"…," she responded'), or a question put to someone
        named in the paragraph before; a question alone may be the speaker's own ('"Who
        would do that?" Trump asked. / "Nobody," he said.')."""
        quoted = self.analysis.quoted
        k = bisect_right(self.analysis.quoted_starts, mention.start) - 1
        if k >= 0 and QUOTE_TO_CUE.fullmatch(self.text, quoted[k][1], mention.start) is None:
            k += 1  # 'He replied: "…"': the quotation follows its cue
        if k <= 0 or k >= len(quoted):
            return frozenset()
        starts = self.analysis.paragraph_starts
        paragraph = bisect_right(starts, quoted[k][0]) - 1
        previous = bisect_right(starts, quoted[k - 1][0]) - 1
        reply = self.replies(mention.end)
        if not (reply and previous == paragraph) and previous != paragraph - 1:
            return frozenset()
        asker = self.cued_near(quoted[k - 1], self.analysis.paragraphs[previous])
        if asker is None:
            return frozenset()
        question = previous == paragraph - 1 and self.put_to_someone(asker, quoted[k - 1])
        return frozenset({asker[2]}) if reply or question else frozenset()

    def asked_before(self, mention: Mention) -> frozenset[str]:
        """The asker of a question the sentence before reports ("Lindqvist asked Stroud
        whether she had been drinking. She said …"), when the pronoun opens its sentence:
        the answer is the one asked, never the asker."""
        index = self.index
        k = bisect_right(index.sentence_starts, mention.start) - 1
        if k < 1 or not self._opens_clause(index.sentences[k][0], mention.start):
            return frozenset()
        start, end = index.sentences[k - 1]
        lo = bisect_left(index.mentions, (start,))
        hi = bisect_left(index.mentions, (end,))
        lexicon = self.lexicon
        for asker, asked in pairwise([*index.mentions[lo:hi], (end, end, "")]):
            words = self.text[asker[1] : asked[0]].split()
            verb = lexicon.speech_verbs.get(words[0].lower()) if words else None
            if verb not in lexicon.question_verbs or asker[2] == asked[2]:
                continue
            # "Holm asked Castell whether …", "Feld asked him what he had learned"
            if len(words) == 1 or words[1].lower() in lexicon.object_pronouns:
                return frozenset({asker[2]})
        return frozenset()

    def _opens_clause(self, sentence_start: int, at: int) -> bool:
        """Whether the pronoun at `at` is its sentence's first word outside a quotation
        ("She said …", '"…," he said')."""
        if not self.text[sentence_start:at].strip():
            return True
        quoted = self.analysis.quoted
        k = bisect_right(self.analysis.quoted_starts, at) - 1
        return (
            k >= 0
            and quoted[k][0] <= sentence_start + 1
            and QUOTE_TO_CUE.fullmatch(self.text, quoted[k][1], at) is not None
        )

    def replies(self, at: int) -> bool:
        """Whether the words after `at` are a reply verb ("answered", "shot back")."""
        words = NEXT_WORDS.match(self.text, at)
        if words is None:
            return False
        lexicon = self.lexicon
        first, second = words.group(1), words.group(2)
        lemma = lexicon.speech_verbs.get(first) or lexicon.phrasal_verbs.get((first, second or ""))
        return lemma in lexicon.reply_verbs

    def cued_near(
        self, quote: tuple[int, int], paragraph: tuple[int, int]
    ) -> tuple[int, int, str] | None:
        """The person a cue names for `quote` in its paragraph: the first named after it,
        else the last named before it."""
        start, end = quote
        after = bisect_left(self.index.mentions, (end,))
        for mention in self.index.mentions[after : after + EXCLUDED_SKIPS]:
            if mention[0] >= paragraph[1]:
                break
            if mention[0] in self.index.speaker_starts:
                return mention
        before = bisect_left(self.index.mentions, (start,))
        for mention in reversed(self.index.mentions[max(0, before - EXCLUDED_SKIPS) : before]):
            if mention[0] < paragraph[0]:
                break
            if mention[0] in self.index.speaker_starts:
                return mention
        return None

    def put_to_someone(self, asker: tuple[int, int, str], quote: tuple[int, int]) -> bool:
        """Whether `quote` is a question its asker put to someone named ("Boyle asked
        Trump", "Hannity pressed Mr. Trump")."""
        start, end = quote
        if "?" not in self.text[max(start, end - 3) : end]:
            return False
        if not self.lexicon.addressee_pronouns.isdisjoint(
            word.lower() for word in PLAIN_WORD.findall(self.text, start, end)
        ):
            return True  # "Do you regret saying that?": put to the one who answers
        k = bisect_left(self.index.mentions, (asker[1],))
        if k >= len(self.index.mentions):
            return False
        return PUT_TO.fullmatch(self.text, asker[1], self.index.mentions[k][0]) is not None
