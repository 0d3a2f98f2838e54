"""Documents as sources: "a report", "the campaign's memo", and who wrote them."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable

from quotes.engine.grammar import Mention, MentionKind
from quotes.engine.speakers.antecedents import Antecedents
from quotes.engine.speakers.runs import NameRuns
from quotes.engine.speakers.words import AUTHOR_WORDS, POSSESSIVE_S, WORD
from quotes.engine.windows import PRONOUN_SENTENCES
from quotes.records import Span, Speaker

Resolved = tuple[Speaker | None, bool]


class Documents:
    """Tells documents from people, and finds a document's author."""

    def __init__(self, runs: NameRuns) -> None:
        self.runs = runs
        self.text = self.runs.text
        self.lexicon = self.runs.lexicon
        self.patterns = self.runs.patterns
        self.sentences = self.runs.sentences
        self.sentence_starts = self.runs.sentence_starts

    def is_document(self, phrase: str) -> bool:
        """A document, not a person: "a report", "the memo obtained by …"; its words are
        quoted, but it does not speak, and it names no one to credit."""
        return self.document_words(phrase) is not None

    def document_words(self, phrase: str) -> list[str] | None:
        """The words of a phrase headed by a document ("a court filing", "the memo
        obtained"), or None when it is headed by anything else."""
        words = [w.strip(".,") for w in phrase.lower().split()]
        if len(words) < 2 or not (
            words[0] in self.lexicon.determiners or POSSESSIVE_S.search(words[0])
        ):
            return None
        last = len(words) - 1
        while last > 1 and (
            words[last] in self.lexicon.function_words or words[last] in self.lexicon.time_nouns
        ):
            last -= 1  # "a report released Thursday": a day after the participle
        head = words[last]
        if not head.isalpha():
            head = next((w for w in reversed(words[: last + 1]) if w.isalpha()), "")
        if words[last] in self.lexicon.document_participles:
            head = words[last - 1]  # "a memo obtained by …"
        return words if head in self.lexicon.source_nouns else None

    def document_author(self, mention: Mention) -> Mention | None:
        """Who wrote a document named with a possessive: "the campaign's statement" → the
        campaign, "Clinton's letter" → Clinton, "her statement" → her."""
        for word in WORD.finditer(self.text, mention.start, mention.end):
            text = word.group()
            lower = text.lower()
            if lower in self.lexicon.possessive_pronouns:
                return Mention(word.start(), word.end(), "pronoun")
            if POSSESSIVE_S.search(text):
                end = word.start() + len(POSSESSIVE_S.sub("", text))
                kind: MentionKind = "name" if text[0].isupper() else "nominal"
                if kind == "name" and word.start() > mention.start:
                    kind = "nominal"  # "the Clinton campaign's ad"
                return Mention(mention.start, end, kind)
        return None

    def author_after(self, mention: Mention) -> Mention | None:
        """Who a document is from when the words after it say so: "a statement from the
        company", "a report by the inspector general", "a court filing filed by state
        attorney Dave Aronberg", "a letter to Facebook from Sen. Ron Johnson". Whoever
        obtained or saw it ("a memo obtained by CNN") is not its author."""
        text = self.text
        holders = self.lexicon.holder_participles
        last = text[mention.start : mention.end].split()[-1].lower()
        match = self.patterns.author_link.match(text, mention.end)
        if last in holders or match is None:
            return None
        participle = match.group("participle")
        if participle is not None and (
            participle in holders or participle not in self.lexicon.document_participles
        ):
            return None
        start = match.end()
        index = bisect_right(self.sentence_starts, start) - 1
        phrase = self.patterns.author_phrase.match(text, start, self.sentences[index][1])
        if phrase is None or len(phrase.group().split()) > AUTHOR_WORDS:
            return None
        end = start + len(phrase.group().rstrip(" ."))
        words = text[start:end].split()
        named = words[-1][:1].isupper() and words[0].lower() not in self.lexicon.determiners
        return Mention(start, end, "name" if named else "nominal")

    def source_of(self, mention: Mention) -> Mention | None:
        """The mention to resolve for the speaker behind `according to …`, or None when no
        one speaks: a document is not a person, so "according to a report" names no one,
        and "according to the campaign's memo" names its author."""
        phrase = self.text[mention.start : mention.end]
        if mention.kind == "pronoun" or self.document_words(phrase) is None:
            return mention
        author = self.author_after(mention)
        if author is None and self.is_document(phrase):
            author = self.document_author(mention)
        if author is not None:
            return author
        return None if self.is_document(phrase) else mention


class Issuers:
    """Who issued a document a second reference names ("the statement said")."""

    def __init__(
        self, index: Antecedents, documents: Documents, resolve: Callable[[Mention], Resolved]
    ) -> None:
        self.index = index
        self.documents = documents
        self.resolve = resolve
        self.text = index.text
        self.lexicon = index.lexicon
        self.sentences = index.sentences
        self.sentence_starts = index.sentence_starts

    def issuer(self, span: Span) -> Speaker | None:
        """Who issued the document "the statement" (or post, letter …) stands for: the
        person or body a sentence shortly before names as its subject while it speaks "in
        a statement" or issues one."""
        words = span.text.lower().split()
        if len(words) != 2 or words[0] != "the" or words[1] not in self.lexicon.issued_nouns:
            return None
        noun = words[1]
        index = bisect_right(self.sentence_starts, span.start) - 1
        floor = self.sentences[max(0, index - PRONOUN_SENTENCES)][0] if index >= 0 else 0
        new_words = self.lexicon.singular_determiners | self.lexicon.possessive_pronouns
        at = self.text.rfind(noun, floor, span.start)
        while at >= 0:
            # "in a statement", "its most recent annual report": issued as new
            before = [w.lower() for w in self.text[max(floor, at - 40) : at].split()[-4:]]
            if any(word in new_words for word in before):
                # "according to a news release from the fire department": its author
                author = self.documents.author_after(Mention(at, at + len(noun), "nominal"))
                speaker = self.resolve(author)[0] if author is not None else None
                if speaker is not None and speaker.kind in ("person", "group"):
                    return speaker._replace(mention=span, resolution="context")
                sentence = self.sentences[bisect_right(self.sentence_starts, at) - 1]
                subject = self.index.sentence_subject(sentence)
                if subject is not None and subject.kind == "person":
                    return subject._replace(mention=span, resolution="context")
                body = self.index.groups.bodies.issuer(sentence[0], at, span)
                if body is not None:  # "The Ministry of Health said in a statement"
                    return body
            at = self.text.rfind(noun, floor, at)
        return None
