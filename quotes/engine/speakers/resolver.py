"""Resolves the mentions of one document to speakers: the entry point of the package."""

from __future__ import annotations

import re
from bisect import bisect_right

from quotes.engine.analysis import DocumentAnalysis
from quotes.engine.grammar import Mention
from quotes.engine.speakers.person import speaker_record
from quotes.engine.speakers.sources import SourceChecks
from quotes.engine.speakers.words import (
    AND_AFTER,
    AND_BEFORE,
    AUTHOR_WORDS,
    JOINED_NAME_END,
    JOINED_REACH,
    SPLIT_CACHE_SIZE,
    UNCHECKED,
    WORD,
    name_checks,
)
from quotes.records import Resolution, Span, Speaker, SpeakerKind


class SpeakerResolver(SourceChecks):
    """Resolves mentions in one document to speakers."""

    def __init__(self, analysis: DocumentAnalysis, explicit_names: list[Mention]) -> None:
        super().__init__(analysis, explicit_names)
        # where a speech verb's own subject names someone (set by the composer): unlike
        # `speaker_starts`, not the subjects of sentences that merely hold a quoted phrase
        self.cue_starts: set[int] = set()
        self._speaker_names: set[str] | None = None  # filled on first use
        # what the checks of `resolve` made of each speaker name, in any document
        self._fragments, self._person_names = name_checks(self.lexicon)

    def resolve(self, mention: Mention) -> tuple[Speaker | None, bool]:
        """The speaker a mention stands for, and whether a pronoun was ambiguous.

        A fragment that cannot name anyone ("Each", "the big", "READ MORE") and a
        document ("a report", "the memo") give no speaker: an honest blank beats a guess.
        """
        speaker, ambiguous = self._resolve(mention)
        if speaker is None:
            return None, ambiguous
        if self._is_fragment_name(speaker.name) or (
            speaker.kind != "person"
            and speaker.resolution == "explicit"
            and self.is_headless(speaker.mention.text)
        ):
            return None, False
        if speaker.kind == "person":
            name = self._person_name(speaker.name)
            if name is None:
                return None, False  # "Shared This": a headline's words, not a name
            if name != speaker.name:
                speaker = speaker._replace(name=name)
            if mention.kind == "name":
                speaker = self._joint_speaker(mention, speaker)
        return speaker, ambiguous

    def _joint_speaker(self, mention: Mention, speaker: Speaker) -> Speaker:
        """Two people who speak together: "Danielle Smith and Scott Moe said in a joint
        statement", "…," said Mary Hale and John Ortiz. The quote is both of theirs, never
        only the one next to the verb; a name joined to an organisation or a clause ("When
        Trump attacked Clinton and Sanders said") is not."""
        text = self.text
        index = bisect_right(self.sentence_starts, mention.start) - 1
        start, end = self.sentences[index] if index >= 0 else (0, len(text))
        joined = AND_BEFORE.search(text, max(start, mention.start - JOINED_REACH), mention.start)
        opening = self._name_words_before(start, joined.start()) if joined else None
        if joined is not None and opening is not None:
            first = self._person_run(opening, joined.start())
            if first is not None:
                return self._together(first, speaker, opening, mention.end)
        joined = AND_AFTER.match(text, mention.end, end)
        last = JOINED_NAME_END.match(text, joined.end(), end) if joined else None
        if joined is not None and last is not None:
            second = self._person_run(joined.end(), last.end())
            if second is not None:
                return self._together(speaker, second, mention.start, last.end())
        return speaker

    def _name_words_before(self, start: int, end: int) -> int | None:
        """Where the capitalised words that end at `end` begin, when they open the clause
        (after the sentence's start, a comma or a closing quotation mark: "On Monday, Tom
        Hale and …", "“…,” Tom Hale and …"); None after any other word ("When Trump
        attacked Clinton and …", "critics of Hale and …")."""
        particles = self.lexicon.particles
        words = list(WORD.finditer(self.text, start, end))
        k = len(words)
        while k > 0 and (words[k - 1].group()[:1].isupper() or words[k - 1].group() in particles):
            if (
                k < len(words)
                and not words[k - 1].group()[-1:].isalnum()
                and (not words[k - 1].group().endswith("."))
            ):
                break  # "Monday," ends the words before the name
            k -= 1
        if k == len(words):
            return None
        if k > 0 and words[k - 1].group()[-1:] not in ",:" + self.closing_marks:
            return None
        if (
            k > 0
            and words[k - 1].group().endswith(",")
            and not self._opener_before(words[:k])
            and self.main_clause_start(start, end) != words[k - 1].end()
        ):
            return None  # "Will Smith, Patti LaBelle and Stevie Wonder": a list, not a pair
        return words[k].start()

    def _opener_before(self, words: list[re.Match[str]]) -> bool:
        """Whether the words up to a comma are one opening phrase ("On Monday,", "Later,"),
        not names of a list."""
        lexicon = self.lexicon
        first = words[0].group().lower().strip(",")
        return sum(w.group().endswith(",") for w in words) == 1 and (
            first in lexicon.function_words or first in lexicon.discourse_openers
        )

    def _person_run(self, start: int, end: int) -> Speaker | None:
        """The person a capitalised run from `start` to `end` names, filling it whole."""
        run = self.split_run(start, end)
        if run is None or run.end != end or not run.name:
            return None
        if self.is_organisation(run.words, run.start):
            return None
        speaker, _ = self._resolve(Mention(start, end, "name"))
        if speaker is None or speaker.kind != "person":
            return None
        # a lone word is someone's surname only when the article names that person
        return speaker if " " in speaker.name or speaker.name in self.people else None

    def _together(self, first: Speaker, second: Speaker, start: int, end: int) -> Speaker:
        """One speaker for two people named together."""
        if first.name == second.name:
            return second
        name = " and ".join(self.name_words.without_leading_words(s.name) for s in (first, second))
        self.groups.add(start, name)
        return speaker_record(
            name=name, kind="group", mention=self.span(start, end), resolution="explicit"
        )

    # `is_fragment`, `without_leading_words` and `_determiner_inside` read a name and the
    # lexicon alone, and speakers' names recur: each name is checked once, in any document.

    def _is_fragment_name(self, name: str) -> bool:
        """`is_fragment(name)`, worked out once per name."""
        known = self._fragments.get(name)
        if known is None:
            if len(self._fragments) >= SPLIT_CACHE_SIZE:
                self._fragments.clear()  # bounded, as the run splits are
            known = self._fragments[name] = self.is_fragment(name)
        return known

    def _person_name(self, name: str) -> str | None:
        """The name a person named `name` goes by, without leading words; None when a
        determiner inside shows it is no name. Worked out once per name."""
        known = self._person_names.get(name, UNCHECKED)
        if known is UNCHECKED:
            if len(self._person_names) >= SPLIT_CACHE_SIZE:
                self._person_names.clear()
            known = self.without_leading_words(name)
            if self._determiner_inside(known):
                known = None
            self._person_names[name] = known
        return known

    def without_leading_words(self, name: str) -> str:
        """`name` without the words that lead it and name no one (`RunSplitter`'s)."""
        return self.name_words.without_leading_words(name)

    def _determiner_inside(self, name: str) -> bool:
        """Whether a word after a name's first is a determiner or pronoun ("Shared This",
        "Thanks Her"): no name holds one."""
        lexicon = self.lexicon
        return any(
            word.lower() in lexicon.determiners
            or lexicon.pronouns.get(word.lower(), "speaker") != "speaker"
            for word in name.split()[1:]
        )

    def _resolve(self, mention: Mention) -> tuple[Speaker | None, bool]:
        span = self.span(mention.start, mention.end)
        role = self._role(mention)
        if mention.kind == "pronoun":
            return self.resolve_pronoun(mention, span)
        if mention.kind == "nominal":
            titled = self._titled_name(span.text, mention)
            if titled is not None:
                return self._resolve(titled)  # "the Rev. Peter Wherry": a name after "the"
            described = self.described_person(span.text, mention.start)
            if described is not None:  # "the senator" after "Sen. Graham"
                return self._person(described, role, span, "context"), False
            described_name = self._described_name(span.text, mention.start)
            if described_name is not None:
                # "a defiant Trump", "an angry Hollande": the person, as named in full
                return self._person(described_name, role, span, "explicit"), False
            return self._unnamed(span, role), False
        joined = self.conjuncts(mention)
        if joined is not None:
            first = self._person_run(joined[0].start, joined[0].end)
            second = self._person_run(joined[1].start, joined[1].end)
            if first is not None and second is not None:
                return self._together(first, second, mention.start, mention.end), False
        words = span.text.split()
        if (
            len(words) == 2
            and words[0].lower() in self.lexicon.determiners
            and words[1].isupper()
            and self.known.is_common_noun(words[1])
        ):
            # "the MP", "the CEO": a determiner and an office written in capitals
            return self._resolve(mention._replace(kind="nominal"))
        if (
            len(words) == 1
            and self.known.is_common_noun(span.text)
            and not self._someones_surname(span.text)
        ):
            # "Residents have dubbed the road …": people the noun describes, not a name
            return self._unnamed(span, role), False
        run = self.split_run(mention.start, mention.end)
        if run is None:
            return None, False
        subject = self.narrative.headline_subject(run)
        if subject is not None:
            # "Black Lawmakers Rip Donald Trump As A 'Disgusting Fraud'": the words before
            # the headline's verb speak, not a person named "… Rip Donald Trump"
            span = self.span(run.name_start, subject)
            return speaker_record(
                name=span.text,
                kind=self._nominal_kind(span.text),
                role=role,
                mention=span,
                resolution="explicit",
            ), False
        if self.is_organisation(run.words, run.start):
            name = self.text[mention.start : mention.end]
            self.groups.add(mention.start, name)
            return speaker_record(
                name=name, kind="group", role=role, mention=span, resolution="explicit"
            ), False
        canonical = self.known.titled_canonical(run, mention.start)
        person = self.people.get(canonical)
        role = role or (run.title if self.is_role(run.title) else None)
        if person is not None:
            if role and person.add_role(role):
                self._index_role(person)
            role = role or (person.roles[0] if person.roles else None)
        return speaker_record(
            name=canonical, kind="person", role=role or None, mention=span, resolution="explicit"
        ), False

    def _someones_surname(self, word: str) -> bool:
        """Whether the article names a person with `word` for surname ("Tom Farmer"), rather
        than a run that only ends with it ("Congressional Republicans")."""
        return any(self.has_given_name_or_title(full) for _, full in self.by_surname.get(word, ()))

    def _unnamed(self, span: Span, role: str | None) -> Speaker:
        """The unnamed person or group a description stands for, as the text words it; a
        later "they" may mean it."""
        self.groups.add(span.start, span.text)
        return speaker_record(
            name=span.text,
            kind=self._nominal_kind(span.text),
            role=role,
            mention=span,
            resolution="explicit",
        )

    def _person(self, name: str, role: str | None, span: Span, resolution: Resolution) -> Speaker:
        """The known person `name` as the speaker a description stands for."""
        roles = self.people[name].roles
        return speaker_record(
            name=name,
            kind="person",
            role=role or (roles[0] if roles else None),
            mention=span,
            resolution=resolution,
        )

    def _titled_name(self, phrase: str, mention: Mention) -> Mention | None:
        """The name in "the Rev. Peter Wherry", "the Rev. Al Sharpton": "the", a title, and
        a given name and surname, all capitalised after "the"."""
        words = phrase.split()
        if (
            len(words) < 4
            or words[0].lower() != "the"
            or not all(w[0].isupper() for w in words[1:])
        ):
            return None
        title = words[1].lower()
        if title not in self.lexicon.titles and title.rstrip(".") not in self.lexicon.titles:
            return None
        if words[2].lower() not in self.lexicon.given_names:
            return None
        start = mention.start + len(words[0]) + 1
        return Mention(start, mention.end, "name", mention.role_start, mention.role_end)

    def _described_name(self, phrase: str, at: int) -> str | None:
        """The person a determiner and adjectives before a known surname describe ("a
        defiant Trump" → Donald Trump), or None."""
        words = phrase.split()
        if len(words) < 3 or words[0].lower() not in ("a", "an", "the"):
            return None
        surname = words[-1]
        if not surname[:1].isupper() or not all(w.islower() for w in words[1:-1]):
            return None
        lexicon = self.lexicon
        if any(
            w in lexicon.postmodifiers
            or w in lexicon.roles
            or w in lexicon.person_nouns
            or w in lexicon.source_nouns
            for w in words[1:-1]
        ):
            return None  # "a source close to Torres", "a lawyer for Hale": someone else
        name = self.canonical((surname,), at)
        return name if name in self.people and name != surname else None

    def resolve_source(self, mention: Mention) -> tuple[Speaker | None, bool]:
        """The speaker behind `according to …`: a document is not a person, so "according to
        a report" names no one, and "according to the campaign's memo" names its author."""
        phrase = self.text[mention.start : mention.end]
        if mention.kind == "pronoun" or self._document_words(phrase) is None:
            return self.resolve(mention)
        author = self.author_after(mention)
        if author is None and self.is_document(phrase):
            author = self.document_author(mention)
        if author is not None:
            return self.resolve(author)
        return (None, False) if self.is_document(phrase) else self.resolve(mention)

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

    def mark_cue_speakers(self, mentions: list[Mention]) -> None:
        """Notes the names that a speech verb's own subject gives, for `is_speaker`."""
        for mention in mentions:
            run = self.split_run(mention.start, mention.end)
            if run is not None:
                self.cue_starts.add(run.name_start)
        self._speaker_names = None

    def is_speaker(self, name: str) -> bool:
        """Whether a cue elsewhere in the document names `name` as a speaker."""
        if self._speaker_names is None:
            self._speaker_names = {
                canonical for start, _end, canonical in self.mentions if start in self.cue_starts
            }
        return name in self._speaker_names

    def _role(self, mention: Mention) -> str | None:
        if mention.role_start < 0:
            return None
        role = self.text[mention.role_start : mention.role_end]
        role = self.patterns.leading_determiner.sub("", role)
        # "a baker whose shop burned down": the role ends where a relative clause begins
        clause = self.patterns.relative_clause.search(role)
        if clause is not None:
            role = role[: clause.start()]
        return role.strip(" ,") or None

    def _nominal_kind(self, phrase: str) -> SpeakerKind:
        """One unnamed person ("a U.S. official", "Sanders’ aide") or a group ("aides")."""
        words = phrase.lower().split()
        if not words:
            return "group"
        head = words[-1]
        if words[0] in self.lexicon.singular_determiners:
            return "unnamed"
        if head in self.lexicon.organisation_words:
            return "group"
        lexicon = self.lexicon
        if head in lexicon.plural_nouns:
            return "group"  # "people familiar with the matter"
        one_person = head in lexicon.person_nouns or head in lexicon.kin_words
        if one_person or (head in lexicon.roles and not head.endswith("s")):
            return "unnamed"  # "the woman", "her father", "a spokesman"
        return "group"
