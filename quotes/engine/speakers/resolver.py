"""Resolves the mentions of one document to speakers: the entry point of the package."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable

from quotes.engine.analysis import DocumentAnalysis
from quotes.engine.grammar import Mention
from quotes.engine.lexicon import Lexicon
from quotes.engine.speakers.acronyms import defined_acronyms
from quotes.engine.speakers.documents import Documents, Issuers
from quotes.engine.speakers.joint import JointSpeakers
from quotes.engine.speakers.named import NamedSpeakers
from quotes.engine.speakers.nominals import Nominals, bare_noun
from quotes.engine.speakers.person import speaker_record
from quotes.engine.speakers.sources import SourceChecks
from quotes.records import Span, Speaker


class SpeakerResolver(SourceChecks):
    """Resolves mentions in one document to speakers."""

    def __init__(self, analysis: DocumentAnalysis, explicit_names: list[Mention]) -> None:
        super().__init__(analysis, explicit_names)
        # where a speech verb's own subject names someone (set by the composer): unlike
        # `speaker_starts`, not the subjects of sentences that merely hold a quoted phrase
        self.cue_starts: set[int] = set()
        self._speaker_names: set[str] | None = None  # filled on first use
        self._acronyms: dict[str, str] | None = None  # read at the first body's name
        self.documents = Documents(self)
        self.issuers = Issuers(self, self.documents, self._resolve)
        self.nominals = Nominals(self)
        self.joint = JointSpeakers(self, self._resolve)
        self.named = NamedSpeakers(self, self.nominals)

    def release(self) -> None:
        """Drops the document's helpers, which point back at the resolver: the document's
        objects are then freed as soon as the caller lets go of them, not left for the
        cycle collector (which cost a tenth of the time over a corpus)."""
        self.__dict__.clear()

    def resolve(self, mention: Mention) -> tuple[Speaker | None, bool]:
        """The speaker a mention stands for, and whether a pronoun was ambiguous.

        A fragment that cannot name anyone ("Each", "the big", "READ MORE") and a
        document ("a report", "the memo") give no speaker: an honest blank beats a guess.
        """
        speaker, ambiguous = self._resolve(mention)
        if speaker is None:
            return None, ambiguous
        if self.is_fragment_name(speaker.name) or (
            speaker.kind != "person"
            and speaker.resolution == "explicit"
            and self.is_headless(speaker.mention.text)
        ):
            return None, False
        if speaker.kind != "person":
            # "the DA said" after "the Department of Agriculture (DA)": the body in full
            if self._acronyms is None:
                self._acronyms = defined_acronyms(self.text)
            defined = self._acronyms.get(speaker.name.removeprefix("the ").removeprefix("The "))
            if defined is not None:
                speaker = speaker._replace(name=defined, kind="group")
        if speaker.kind == "person":
            name = self.person_name(speaker.name)
            if name is None:
                return None, False  # "Shared This": a headline's words, not a name
            if name != speaker.name:
                speaker = speaker._replace(name=name)
            if mention.kind == "name":
                speaker = self.joint.joint_speaker(mention, speaker)
        return speaker, ambiguous

    def _resolve(self, mention: Mention) -> tuple[Speaker | None, bool]:
        """The speaker a mention stands for, before the checks of `resolve`."""
        span = self.span(mention.start, mention.end)
        role = self.nominals.role(mention)
        if mention.kind == "pronoun":
            return self.resolve_pronoun(mention, span)
        if mention.kind == "nominal":
            return self._resolve_nominal(mention, span, role)
        described = self.nominals.capitalised_description(mention)
        if described is not None:  # "the Tucson Democrat", "the Ohio Republican said"
            return self.nominals.capitalised_speaker(described.start, mention.end, role), False
        joined = self.conjuncts(mention)
        if joined is not None:
            first = self.joint.person_run(joined[0].start, joined[0].end)
            second = self.joint.person_run(joined[1].start, joined[1].end)
            if first is not None and second is not None:
                return self.joint.together(first, second, mention.start, mention.end), False
        words = span.text.split()
        if office_in_capitals(words, self.lexicon, self.known.is_common_noun):
            # its capitalised modifiers must be the person's own ("the Stockport North MP"
            # is not the MP for Mid Sussex Downs)
            office = self._resolve(mention._replace(kind="nominal"))
            found = office[0]
            if found is None or found.kind != "person":
                return office
            if modifiers_near_name(
                self.text, (self.sentences, self.sentence_starts), words[1:-1], found.name
            ):
                return office
        if len(words) == 1 and not self.named.someones_surname(span.text):
            common = self.known.is_common_noun(span.text)  # "Residents have dubbed the road"
            bare = bare_noun(self.nominals, span, role, common)
            if bare is not None:
                return bare, False
        return self.named.speaker(mention, span, role), False

    def _resolve_nominal(
        self, mention: Mention, span: Span, role: str | None
    ) -> tuple[Speaker | None, bool]:
        """The speaker a description stands for: a titled name after "the", a known person
        it describes, or the unnamed person or group it words."""
        titled = self.nominals.titled_name(span.text, mention)
        if titled is not None:
            return self._resolve(titled)  # "the Rev. Peter Wherry": a name after "the"
        issuer = self.issuers.issuer(span)
        if issuer is not None:  # "the statement said" after "Ruiz said in a statement"
            return issuer, False
        author = self.documents.source_of(mention)
        if author is not None and author != mention and author.kind != "nominal":
            return self._resolve(author)  # "Tuwei's statement added": Tuwei's words
        organisation = self.groups.bodies.organisation_speaker(span)
        if organisation is not None:  # "the company said" after "Airbnb said"
            return organisation, False
        described = self.described_person(span.text, mention.start)
        if described is not None:  # "the senator" after "Sen. Graham"
            return self.nominals.person(described, role, span, "context"), False
        described_name = self.nominals.described_name(span.text, mention.start)
        if described_name is not None:
            # "a defiant Trump", "an angry Hollande": the person, as named in full
            return self.nominals.person(described_name, role, span, "explicit"), False
        bare = bare_noun(self.nominals, span, role, True) if " " not in span.text else None
        return bare or self.nominals.unnamed(span, role), False

    def unnamed_subject(self, sentence: tuple[int, int]) -> Speaker | None:
        """The unnamed person whose description opens a sentence ("A neighbor who asked not
        to be named said she heard six shots."), as the speaker its next paragraph's
        quotation goes on from."""
        described = self.described.described_subject(sentence[0], sentence[1], None)
        if described is None:
            return None
        start, words = described
        span = self.span(start, start + len(words))
        kind = self.nominals.nominal_kind(words)
        return speaker_record(name=words, kind=kind, mention=span, resolution="context")

    def resolve_source(self, mention: Mention) -> tuple[Speaker | None, bool]:
        """The speaker behind `according to …`: its document's author, or no one for a
        document alone (see `Documents.source_of`)."""
        source = self.documents.source_of(mention)
        return (None, False) if source is None else self.resolve(source)

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


def office_in_capitals(
    words: list[str], lexicon: Lexicon, is_common_noun: Callable[[str], bool]
) -> bool:
    """Whether a capitalised mention is a determiner and an office: "the MP", "the CEO",
    "the Opposition Leader", "the House Speaker"."""
    if len(words) < 2 or words[0].lower() not in lexicon.determiners:
        return False
    if len(words) == 2 and words[1].isupper() and is_common_noun(words[1]):
        return True
    return words[-1].lower() in lexicon.roles


def modifiers_near_name(
    text: str,
    sentences: tuple[list[tuple[int, int]], list[int]],
    modifiers: list[str],
    name: str,
) -> bool:
    """Whether every capitalised modifier of an office ("Opposition" of "the Opposition
    Leader") stands in a sentence (`sentences`: the spans and their starts) that mentions
    the surname of `name`: the office is that person's ("Opposition Leader Deb Ingersoll",
    "Yvonne Stirk, the MP for Swaledale")."""
    capitalised = [word for word in modifiers if word[:1].isupper()]
    if not capitalised:
        return True
    surname = name.split()[-1]
    spans, starts = sentences
    at = text.find(surname)
    for _ in range(OFFICE_MENTIONS):
        if at < 0:
            break
        start, end = spans[max(0, bisect_right(starts, at) - 1)]
        if all(text.find(word, start, end) >= 0 for word in capitalised):
            return True
        at = text.find(surname, at + 1)
    return False


# The mentions of an office holder's surname read for its modifiers: enough for news,
# bounded for a huge input.
OFFICE_MENTIONS = 20
