"""Who a pronoun, a description or a sentence stands for: the people mentioned before it."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from quotes.engine.analysis import DocumentAnalysis
from quotes.engine.grammar import Mention
from quotes.engine.lexicon import Lexicon
from quotes.engine.speakers.agreement import Agreement
from quotes.engine.speakers.chains import PronounChains
from quotes.engine.speakers.described import DescribedSubjects
from quotes.engine.speakers.descriptions import Descriptions
from quotes.engine.speakers.exclusions import Exclusions
from quotes.engine.speakers.groups import Groups
from quotes.engine.speakers.person import Person, speaker_record
from quotes.engine.speakers.replies import Replies
from quotes.engine.speakers.reported import ReportedWords
from quotes.engine.speakers.salience import Salience
from quotes.engine.speakers.subjects import ClauseSubjects
from quotes.engine.speakers.words import (
    AND_AFTER,
    NOUN_AFTER,
    PLAIN_WORD,
    POSSESSIVE_INSIDE,
    first_word_after_openers,
)
from quotes.engine.windows import (
    DESCRIBED_SUBJECT_SENTENCES,
    PRONOUN_CHAIN_SENTENCES,
    PRONOUN_SENTENCES,
)
from quotes.records import Span, Speaker


def pronoun_speaker(name: str, span: Span, person: Person | None, lexicon: Lexicon) -> Speaker:
    """The speaker a pronoun at `span` stands for, the person or description `name`."""
    if person is None and (
        name.split()[0].lower() in lexicon.singular_determiners
        or POSSESSIVE_INSIDE.search(name) is not None
    ):
        # a description the pronoun stands for: "A neighbour said … she said", "Gerald
        # Orme's widow sat …": unnamed, never joined to the person named in it
        return speaker_record(name=name, kind="unnamed", mention=span, resolution="pronoun")
    role = person.roles[0] if person and person.roles else None
    return speaker_record(name=name, kind="person", role=role, mention=span, resolution="pronoun")


def holds_pronoun(
    text: str, start: int, end: int, gender: str | None, lexicon: Lexicon, objects: bool = False
) -> bool:
    """Whether a pronoun of `gender` stands between `start` and `end`: a subject pronoun
    ("she"), or with `objects` an object or possessive one too ("her")."""
    if gender is None:
        return False
    pronouns, others = lexicon.pronouns, lexicon.object_pronouns if objects else {}
    for word in PLAIN_WORD.finditer(text, start, end):
        lower = word.group().lower()
        if (pronouns.get(lower) or others.get(lower)) == gender:
            return True
    return False


def described_antecedent(
    resolver: Antecedents,
    sentence: tuple[int, int],
    span: tuple[int, int],
    gender: str | None,
    excluded: frozenset[str],
) -> str | None:
    """The unnamed person a sentence (its start and limit, and the index range `span` of
    its mentions) is about, when a pronoun of `gender` means them: "A neighbour said the
    family kept to itself. "…," she said", not a name from paragraphs before. A name
    beside it decides ("A reporter asked Sanders … He replied") unless "she" came first
    ("A spectator said she had come to see Fenwick"); a name inside the description only
    modifies it ("A Prairie Air flight attendant")."""
    start, limit = sentence
    described = resolver.described.described_subject(start, limit, gender)
    if described is None:
        return None
    at, words = described
    lo, hi = span
    fitting = resolver.agreement.antecedents(gender).fitting
    mentions = resolver.mentions
    first = resolver.salience.first_allowed(fitting, lo, hi, excluded)
    if first < hi and mentions[first][0] < at + len(words):
        after = bisect_left(mentions, (at + len(words),), lo, hi)
        first = resolver.salience.first_allowed(fitting, after, hi, excluded)
    if first >= hi:
        return words
    # "she" before the name: the sentence already spoke of the described person
    said_she = holds_pronoun(resolver.text, at, mentions[first][0], gender, resolver.lexicon, True)
    return words if said_she else None


def described_since(resolver: Antecedents, gender: str, at: int) -> bool:
    """Whether a sentence since the last pronoun of `gender` (up to `at`) tells what an
    unnamed person that pronoun may mean said ("A South Korean military official said …"),
    not merely what they did ("Then a customer brought in a violin")."""
    last = resolver.chains.last.get(gender)
    if last is None:
        return False
    starts = resolver.sentence_starts
    verbs = resolver.lexicon.reporting_verbs
    first = bisect_right(starts, last[0])  # the sentence after the last pronoun's
    for start, end in resolver.sentences[first : bisect_right(starts, at)]:
        described = resolver.described.described_subject(start, min(end, at), gender)
        if described is not None and any(
            word.group() in verbs
            for word in PLAIN_WORD.finditer(resolver.text, described[0], min(end, at))
        ):
            return True
    return False


def opens_with_pronoun(
    text: str, start: int, before: int, gender: str | None, lexicon: Lexicon
) -> bool:
    """Whether the sentence at `start` has a pronoun of `gender` as its subject, ahead of the
    first name in it (at `before`)."""
    for word in PLAIN_WORD.finditer(text, start, before):
        lower = word.group().lower().strip(".")
        if lower in lexicon.discourse_openers:
            continue
        lower = lower.split("'")[0].split("’")[0]  # "He's"
        return gender is not None and lexicon.pronouns.get(lower) == gender
    return False


class Antecedents(Descriptions):
    """Who a pronoun, a description ("the senator") or a sentence stands for: the
    people mentioned before it."""

    def __init__(self, analysis: DocumentAnalysis, explicit_names: list[Mention]) -> None:
        super().__init__(analysis, explicit_names)
        self.groups = Groups(self)
        self.agreement = Agreement(self)
        self.subjects = ClauseSubjects(self)
        self.salience = Salience(self, self.subjects)
        self.replies = Replies(self)
        self.reported = ReportedWords(self)
        self.exclusions = Exclusions(self, self.reported)
        self.described = DescribedSubjects(self)
        described = self.described.add_described_subjects()
        if described:
            self.mentions = sorted([*self.mentions, *described])
        self.chains = PronounChains(self, analysis)

    def resolve_pronoun(
        self, mention: Mention, span: Span, cue: bool = True
    ) -> tuple[Speaker | None, bool]:
        """A pronoun becomes the first compatible person of the nearest sentence naming one.
        Only a `cue`'s pronoun ("she said") is carried on to the next (see `PronounChains`)."""
        pronoun = span.text.lower()
        gender = self.lexicon.pronouns.get(pronoun) or self.lexicon.object_pronouns.get(pronoun)
        if gender in ("plural", "thing"):
            return self.groups.pronoun_speaker(gender == "plural", mention.start, span), False
        if gender not in ("male", "female"):
            return None, False
        if AND_AFTER.match(self.text, mention.end):
            return None, False  # "He and his partner came …": two speak, not he alone
        excluded = (
            self.exclusions.named_after(mention)
            | self.exclusions.named_in_opening(mention)
            | self.replies.answered(mention)
            | self.replies.asked_before(mention)
            | self.exclusions.dead_before(mention.start)
        )
        in_quote = self.exclusions.named_in_quote(mention) - excluded
        carried = self.chains.carried(gender, mention.start, excluded | in_quote)
        if carried is not None and described_since(self, gender, mention.start):
            carried = None  # "A military official said … "…," he said": not the last "he"
        found = (
            (carried, False)
            if carried is not None
            else self.person_before(mention.start, gender, excluded | in_quote)
        )
        if found and in_quote and not self.agreement.recently_cued(found[0], mention.start):
            # the quotation names the person "he" would mean ('"… it's not Bernie Sanders,"
            # he says' after a paragraph on Sanders): a speaker may name himself, and
            # someone less salient is no safer a guess than a blank; the previous speaker
            # is ('"Rubio won," Hannity said. … "Rubio apologized," he said')
            first = self.person_before(mention.start, gender, excluded)
            if first is not None and first[0] in in_quote:
                return None, False
        if found is None:
            return None, False
        name, ambiguous = found
        if cue and not ambiguous:
            self.chains.note(gender, mention.start, name)
        return pronoun_speaker(name, span, self.people.get(name), self.lexicon), ambiguous

    def person_before(
        self, offset: int, gender: str | None, excluded: frozenset[str] = frozenset()
    ) -> tuple[str, bool] | None:
        """The person a pronoun at `offset` refers to, and whether another fits as well;
        never one of `excluded`, the people the pronoun cannot mean.

        Each question is a few look-ups in the mentions indexed for `gender`, so that a
        sentence of many names and many "he said" stays linear.
        """
        index = bisect_right(self.sentence_starts, offset) - 1
        recent = self.agreement.recent_speaker(offset, index, gender)
        if recent is not None and recent not in excluded:
            return recent, False
        antecedents = self.agreement.antecedents(gender)
        mentions = self.mentions
        # one more sentence back for each that names no one and holds the pronoun ("He is
        # careful not to name them."), up to a cap
        floor = index - PRONOUN_SENTENCES
        cap = index - PRONOUN_CHAIN_SENTENCES
        i = index + 1
        while i - 1 > max(-1, floor):
            i -= 1
            start, end = self.sentences[i]
            limit = min(end, offset)
            lo = bisect_right(mentions, (start, -1, ""))
            hi = bisect_left(mentions, (limit,))
            first = self.salience.first_allowed(antecedents.fitting, lo, hi, excluded)
            # an unnamed person only from close by ("A spokesperson said …" is no later "he")
            if i >= index - DESCRIBED_SUBJECT_SENTENCES:
                described = described_antecedent(self, (start, limit), (lo, hi), gender, excluded)
                if described is not None:
                    return described, False
            if first >= hi or opens_with_pronoun(
                self.text, start, mentions[first][0], gender, self.lexicon
            ):
                # none fits, or "He's one of three left after Rubio quit": "he" goes further
                if (
                    i < index
                    and floor > cap
                    and holds_pronoun(self.text, start, limit, gender, self.lexicon)
                ):
                    floor -= 1
                continue
            best = self.salience.best_in_sentence(start, limit, (lo, hi), excluded, antecedents)
            if best < 0:
                continue  # its main clause's subject is a role, no one named: further back
            if self.salience.coordinated(best, excluded, antecedents):
                return None  # "Tom Hale and Bill Ortiz met. … he said": either may be meant
            return antecedents.names[best], antecedents.fitting.names_differ(first, hi)
        return None

    def sentence_subject(self, sentence: tuple[int, int]) -> Speaker | None:
        """The person a sentence is about: its opening pronoun or name ("But he regretted…")."""
        start, end = sentence
        # "When Wallace died, President Clinton released a statement": the main clause's
        start = self.main_clause_start(start, end)
        word = first_word_after_openers(self.text, start, end, self.lexicon.discourse_openers)
        if word is None:
            return None
        at = word.start()
        if self.lexicon.pronouns.get(word.group().lower()) in ("male", "female"):
            speaker, _ = self.resolve_pronoun(
                Mention(at, at + len(word.group()), "pronoun"),
                self.span(at, at + len(word.group())),
                cue=False,
            )
            return speaker._replace(resolution="context") if speaker else None
        first = bisect_left(self.mentions, (at,))  # the first mention from `at` on
        for m_start, m_end, name in self.mentions[first : first + 1]:
            if m_start < end:
                if m_start - at > 40:
                    return None
                if self.text[max(0, m_start - 4) : m_start].lower() == "the " and (
                    NOUN_AFTER.match(self.text, m_end, m_end + 2)
                ):
                    return None  # "The Ogunbanjo-Reese campaign sent …": a body, not her
                return speaker_record(
                    name=name,
                    kind="person",
                    role=self.people[name].roles[0]
                    if self.people.get(name) and self.people[name].roles
                    else None,
                    mention=self.span(m_start, m_end),
                    resolution="context",
                )
        return None
