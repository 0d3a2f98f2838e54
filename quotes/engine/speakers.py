"""Speaker resolution: one identity per person per document.

A mention found by an attribution rule becomes a `Speaker`: titles are split
off as the role, a surname becomes the fullest name the article gives that
person, and a pronoun becomes the person it most plausibly refers to.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache
from typing import NamedTuple

import regex

from quotes.engine.analysis import DOTTED, DocumentAnalysis
from quotes.engine.grammar import Mention, MentionKind
from quotes.engine.lexicon import Lexicon, alternation
from quotes.engine.windows import (
    GENDER_REACH,
    OWN_CLAUSE_CHARACTERS,
    PLURAL_SENTENCES,
    PRONOUN_SENTENCES,
    SUBORDINATE_CLAUSE_CHARACTERS,
)
from quotes.records import Resolution, Span, Speaker, SpeakerKind

# Simple patterns run faster in the standard library's `re` than in `regex`.
WORD = re.compile(r"\S+")
DOTTED_WORD = regex.compile(DOTTED)
POSSESSIVE_S = re.compile(r"(?:['’]s|(?<=s)['’])$")  # "Trump's", "Sanders’"
# A byline or a post's signature is one short line.
CREDIT_LINE_CHARACTERS = 120
# "— Sarah Chen (@sarahchen) December 1, 2026": the signature under an embedded post.
POST_SIGNATURE = regex.compile(r"\s*[—–-]+\s*\p{Lu}[^\n(]{0,60}\(@\w+\)")
# An author phrase longer than this is a clause, not a name or a description.
AUTHOR_WORDS = 12
LETTER = regex.compile(r"\p{L}")
# The last word or mark of narrative before a quotation's opening marks ("Rubio", ",").
NARRATIVE_END = regex.compile(r"([\p{L}'’.]+|[,;:\-—–])[\s\p{Pi}\p{Ps}'\"`]*$")
# A sentence's end, then the opening marks of a quotation: the quotation opens a sentence.
SENTENCE_END_BEFORE = regex.compile(r"[.!?][\p{Pf}\p{Pe}'\"]*\s+[\p{Pi}\p{Ps}'\"`]*$")
POSSESSIVE_INSIDE = re.compile(r"['’]s?\s")  # "Boston's Walsh": a possessive, then a noun
# A lower-case word right after a name: the noun a name after "the" modifies.
NOUN_AFTER = re.compile(r" [a-z]")
# "FlagShareLikeReply": three or more capitalised words glued into one
GLUED_WORDS = re.compile(r"(?:[A-Z][a-z]+){3,}")
# "his wife, Ellen,": a kin word (checked against kin_words.txt), then a given name alone
KIN_OWNER = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur)\s+$")
KIN_NAME = re.compile(r"([A-Z][a-z]+)(?=,|\s+(?:said|says|told)\b)")
# ", a political scientist", ", the Fox News anchor" after a name: a role in an appositive
ROLE_APPOSITIVE = re.compile(r",\s+(?:a|an|the)\s+((?:[\w'’.-]+\s+){0,3}[\w-]+)")
# ", political science professor at …": AP style drops the article before a role.
BARE_ROLE_APPOSITIVE = re.compile(r",\s+((?:[a-z][\w'’.-]*\s+){0,2}[a-z][\w-]*)\s+(?:at|of|for)\b")
# The lower-case word right before a name ("economist Eswar Prasad").
WORD_BEFORE = re.compile(r"(?<![\w'’-])([a-z]+)\s+$")
# ", 41," after a name: an age, as news gives it ("Ana Ruiz, 41, said")
AGE_APPOSITIVE = re.compile(r",\s*\d{1,3},")
PLAIN_WORD = re.compile(r"(?:[^\W\d_]|['’.\-])+")
# Where a clause ends inside a sentence: the names after it are no longer the clause's own.
CLAUSE_END = re.compile(r"[,;:()—–]|\s-+\s")
# A capitalised word that may be a given name standing alone ("she told Tracy").
GIVEN_NAME_WORD = regex.compile(r"(?<![\p{L}'’])\p{Lu}\p{Ll}+(?![\p{L}'’])")
# The comma of reported words before their cue ("…, he said."), right before a pronoun.
REPORTED_BEFORE = re.compile(r",\s*$")
# A cue that closes its sentence: a verb and a few words ("he said.", "she said Tuesday.").
FINAL_CUE = re.compile(r"\s+[a-z]+(?:\s+[\w.]+){0,3}?\s*[.!?]\s*$")
# The last dash, semicolon or colon of a stretch: the reported words start after it.
CLAUSE_BOUNDARY = re.compile(r".*(?:[;:—–]|\s-+\s)", re.DOTALL)
# Between a quotation and its cue's pronoun: the closing mark and a comma ('…," he said').
QUOTE_TO_CUE = regex.compile(r"[^\p{L}\d]{0,4}")
# The one or two words after a pronoun, where its verb stands ("he shot back").
NEXT_WORDS = re.compile(r"\s+([a-z]+)(?:\s+([a-z]+))?")
# A verb, then titles or words of a name, between an asker and the one asked ("asked
# Sen. Ted").
PUT_TO = regex.compile(r"\s+\p{Ll}+\s+(?:\p{Lu}[\p{L}.'’]*\s+){0,3}")
# Blanks before a sentence's first word that still count as its opening.
SENTENCE_INDENT = 4
# A sentence's subject that may describe a person named before: "The senator", "The Ohio
# governor", "The Democratic presidential nominee" (the head is checked against the roles).
DESCRIBED_SUBJECT = regex.compile(r"\s*([Tt]he(?:\s+[\p{L}\-]+){1,4})")
# A possessive ending right after a name ("Reyes's", "Reyes'").
POSSESSIVE_AFTER = re.compile(r"['’]s?\b")


# A time or time zone glued to the name after it on a scraped page ("9:30 PMChris Christie").
GLUED_TIME = regex.compile(r"(?:[AP]M|[ECMP][SD]?T|GMT|UTC)(?=\p{Lu}\p{Ll})")
# Letters of a capitalised adverb ("Clearly") or participle ("Understated") that may open a
# sentence before a surname; shorter words ending so are likelier names ("Ted", "Ely").
ADVERB_LETTERS = 5
PARTICIPLE_LETTERS = 7

# A capitalised word inside a run that may be a headline's verb ("Praises", "Slams").
HEADLINE_VERB = regex.compile(r"\s+(\p{Lu}\p{Ll}+s)\b")
# A capitalised word of letters only: what most surnames are, found in one pass of the text.
UPPER_RUN = regex.compile(r"(?<!\p{L})\p{Lu}\p{L}*")
LOWER_WORD = regex.compile(r"(?<![\p{L}'’])\p{Ll}\p{L}{3}")
LOWER_ANY = regex.compile(r"(?<![\p{L}'’])\p{Ll}+")
CAPITAL_WORD = regex.compile(r"(?<![\p{L}'’])\p{Lu}\p{L}{3}")


def _speaker(
    *, name: str, kind: SpeakerKind, role: str | None = None, mention: Span, resolution: Resolution
) -> Speaker:
    """A `Speaker` record; the keywords name its fields as the resolver gives them."""
    return Speaker(name, kind, role, mention, resolution)


@dataclass(frozen=True, slots=True)
class WordPatterns:
    """Patterns built once per lexicon from its word lists."""

    honorifics: regex.Pattern[str]
    male_honorific: regex.Pattern[str]
    female_honorific: regex.Pattern[str]
    leading_determiner: regex.Pattern[str]
    # "When Trump suggested …, Rubio fired back": the clause before the comma is subordinate.
    subordinate_opening: regex.Pattern[str]
    # A sentence opening with a plural group: "Residents packed …", "The protesters said …".
    plural_subject: regex.Pattern[str]
    # A relative pronoun inside a role: "baker whose shop burned down".
    relative_clause: regex.Pattern[str]
    # A byline: "By Sarah Chen", "Reporting by Tom Hale and Ann Ruiz".
    byline: regex.Pattern[str]
    # An unnamed person opening a sentence: "A neighbour said …", "One witness, who …,".
    described_person: regex.Pattern[str]
    # After a document, the words that name who it is from: an optional participle ("filed",
    # "issued"), an optional addressee ("to Facebook") and "from" or "by".
    author_link: regex.Pattern[str]
    # The author phrase after them: up to a comma, colon, bracket, quotation mark, or a word
    # that opens a clause or a time ("from the company on Tuesday").
    author_phrase: regex.Pattern[str]


def capitalised(words: frozenset[str]) -> str:
    """A regex group of `words` as they open a sentence: capitalised."""
    return alternation(word.capitalize() for word in words)


@cache
def _kin_order(lexicon: Lexicon) -> dict[str, int]:
    """Each kin word's place in the lexicon's order."""
    return {word: k for k, word in enumerate(lexicon.kin_words)}


@cache
def _kin_word_reach(lexicon: Lexicon) -> int:
    """How far back from a comma a kin word and the blank before it reach."""
    return 1 + max((len(word) for word in lexicon.kin_words), default=0)


@cache
def _person_heads(lexicon: Lexicon) -> frozenset[str]:
    """Nouns for one person: roles, kin and plain person nouns, less plurals of others."""
    nouns = lexicon.roles | lexicon.person_nouns | lexicon.kin_words.keys()
    return frozenset(
        noun
        for noun in nouns - lexicon.plural_nouns
        if not (noun.endswith("s") and noun[:-1] in nouns)
    )


@cache
def word_patterns(lexicon: Lexicon) -> WordPatterns:
    """The patterns of `lexicon`'s honorifics, determiners and subordinators."""
    honorifics = lexicon.honorifics
    male = [word for word, gender in honorifics.items() if gender == "male"]
    female = [word for word, gender in honorifics.items() if gender == "female"]
    subordinators = alternation(word.capitalize() for word in lexicon.subordinators)
    author = [word for word, link in lexicon.author_links.items() if link == "author"]
    addressee = [word for word, link in lexicon.author_links.items() if link == "addressee"]
    return WordPatterns(
        honorifics=regex.compile(rf"(?i)^(?:{alternation(honorifics)}\.?\s*)+$"),
        male_honorific=regex.compile(rf"\b{alternation(male)}\b"),
        female_honorific=regex.compile(rf"\b{alternation(female)}\b"),
        leading_determiner=regex.compile(rf"(?i)^{alternation(lexicon.leading_determiners)}\s+"),
        plural_subject=regex.compile(
            rf"\s*(?:{capitalised(lexicon.plural_subject_openers)},?\s+)?"
            rf"((?:{capitalised(lexicon.plural_subject_determiners)}\s+)?(\p{{L}}+s))\b(?!['’])"
        ),
        subordinate_opening=regex.compile(
            rf"\s*{subordinators}\b[^,.;:]{{1,{SUBORDINATE_CLAUSE_CHARACTERS}}},"
        ),
        relative_clause=regex.compile(rf"\s(?:{alternation(lexicon.relative_pronouns)})\b"),
        byline=regex.compile(rf"\s*(?i:{alternation(lexicon.byline_openers)})\s+\p{{Lu}}"),
        described_person=regex.compile(
            rf"\s*((?i:{alternation(lexicon.singular_determiners)})\s+"
            rf"(?:[\p{{L}}\d'’-]+\s+){{0,3}}?(?i:{alternation(_person_heads(lexicon))}))(?![\p{{L}}'’-])"
        ),
        author_link=regex.compile(
            rf"\s+(?:(?P<participle>\p{{Ll}}+)\s+)?(?:{alternation(addressee)}\s+[^,.;:]{{1,40}}?\s+)?"
            rf"{alternation(author)}\s+(?=\S)"
        ),
        author_phrase=regex.compile(
            rf"(?:(?!\s+{alternation(lexicon.author_stops)}\s)[^,;:()\"“”])+"
        ),
    )


# Titles whose gender is remembered across documents (bounded for a huge archive).
TITLE_GENDERS = 4096


@lru_cache(maxsize=TITLE_GENDERS)
def title_gender(lexicon: Lexicon, title: str) -> str | None:
    """The gender a title shows ("Mrs.", "Congresswoman"), if any; titles recur across
    documents, so each is read once."""
    lower = title.lower()
    patterns = word_patterns(lexicon)
    if patterns.male_honorific.search(lower):
        return "male"
    if patterns.female_honorific.search(lower):
        return "female"
    # "Congresswoman Ortiz", "Sen. and Chairman Reyes": the last gendered word decides
    for word in reversed(lower.split()):
        gender = lexicon.gendered_titles.get(word.strip(".,"))
        if gender is not None:
            return gender
    return None


class HeadlineLines:
    """Which lines are headlines in Title Case, where capitalised runs are not names."""

    def __init__(
        self, text: str, closing_marks: str, small_words: frozenset[str] = frozenset()
    ) -> None:
        self.text = text
        self.trailing = " \t\r" + closing_marks
        self.small_words = small_words
        self.known: dict[int, bool] = {}
        # the last line looked at: runs come in text order, and a long line holds many
        self.line = (0, -1)

    def holds(self, offset: int) -> bool:
        """Whether `offset` lies on a Title Case line."""
        line_start, line_end = self.line
        if not line_start <= offset < line_end:
            line_start = self.text.rfind("\n", 0, offset) + 1
            line_end = self.text.find("\n", offset)
            line_end = line_end if line_end >= 0 else len(self.text)
            self.line = (line_start, line_end)
        if line_start not in self.known:
            # one lower-case word of four letters or more, or a closing full stop, and it is
            # running text ("Governor John Kasich won Ohio on Tuesday.")
            line = self.text[line_start:line_end].rstrip(self.trailing)
            self.known[line_start] = (
                (not line.endswith(".") or self._titled_first_line(line_start, line_end))
                and not LOWER_WORD.search(self.text, line_start, line_end)
                and len(CAPITAL_WORD.findall(self.text, line_start, line_end)) >= 4
            )
        return self.known[line_start]

    def _titled_first_line(self, line_start: int, line_end: int) -> bool:
        """Whether a page's first line, ending in a full stop, is still its headline: every
        lower-case word in it is a small word of Title Case ("Nurses Rip Dan Marsh Over
        'Broken Promises.'"), where running text has a verb ("… won Ohio on Tuesday.")."""
        return line_start == 0 and all(
            word.group() in self.small_words
            for word in LOWER_ANY.finditer(self.text, line_start, line_end)
        )


class CreditLines:
    """Which lines credit the article's writers or a post's author rather than tell the
    news: a byline ("By Sarah Chen, Global News") or a post's signature ("— Sarah Chen
    (@sarahchen) December 1, 2026"). The people on them are not the article's people, so a
    later "she said" never means the reporter."""

    def __init__(self, text: str, byline: regex.Pattern[str]) -> None:
        self.text = text
        self.byline = byline
        self.known: dict[int, bool] = {}

    def holds(self, offset: int) -> bool:
        """Whether `offset` lies on a credit line."""
        line_start = self.text.rfind("\n", 0, offset) + 1
        if line_start not in self.known:
            line_end = self.text.find("\n", offset)
            line_end = line_end if line_end >= 0 else len(self.text)
            text = self.text
            # a byline is names and an outlet: no sentence ("By Monday, Hale had resigned.")
            byline = (
                self.byline.match(text, line_start, line_end) is not None
                and not text[line_start:line_end].rstrip().endswith((".", "!", "?"))
                and LOWER_WORD.search(text, line_start + 3, line_end) is None
            )
            self.known[line_start] = line_end - line_start <= CREDIT_LINE_CHARACTERS and (
                byline or POST_SIGNATURE.match(text, line_start, line_end) is not None
            )
        return self.known[line_start]


@dataclass(slots=True)
class Person:
    """A person named in the document, with every name form seen."""

    name: str
    gender: str | None = None
    roles: list[str] = field(default_factory=list)
    # the same roles, for membership tests that stay cheap however many there are
    role_set: set[str] = field(default_factory=set)
    # words of what an appositive says the person is ("Ana Ruiz, a farmer,"): "the farmer"
    # may stand for them, but the record's role stays what titles and cues say
    described_as: set[str] = field(default_factory=set)

    def add_role(self, role: str) -> bool:
        """Adds `role` unless it is known; whether it was new."""
        if role in self.role_set:
            return False
        self.role_set.add(role)
        self.roles.append(role)
        return True


class NameRun(NamedTuple):
    """A capitalised run in the narrative, split into title and name.

    A named tuple: built for every run of every document, and a frozen dataclass costs
    several times as much to build."""

    start: int
    end: int
    name_start: int
    name: str
    title: str
    words: tuple[str, ...]


class SharedName:
    """The full mentions of a name form several people share, for finding the nearest.

    `canonical` wants the last of them (in the order names were gathered) at or before an
    offset; a running minimum of their offsets from the end answers that by bisection.
    """

    def __init__(self, candidates: list[tuple[int, str]], names: set[str], bare: bool) -> None:
        self.matching = [(start, full) for start, full in candidates if full in names]
        self.first = min(self.matching)[1]
        self.lowest = _lowest_from_each(self.matching)
        # a bare surname with no full mention of these names before it takes any before it
        self.any = candidates if bare else []
        self.any_lowest = _lowest_from_each(self.any)

    def nearest(self, at: int) -> str:
        """The nearest full name at or before `at`, else the first one."""
        k = bisect_right(self.lowest, at) - 1
        if k >= 0:
            return self.matching[k][1]
        k = bisect_right(self.any_lowest, at) - 1
        if k >= 0:
            return self.any[k][1]
        return self.first


def _lowest_from_each(mentions: list[tuple[int, str]]) -> list[int]:
    """For each position, the lowest offset from there to the end: never decreasing."""
    lowest: list[int] = []
    low = -1
    for start, _ in reversed(mentions):
        low = start if low < 0 or start < low else low
        lowest.append(low)
    return lowest[::-1]


class MentionSet:
    """Some of a document's mentions, picked out of all of them (in text order), so that
    questions about a stretch of them take constant time."""

    def __init__(self, names: list[str], picked: list[bool]) -> None:
        count = len(picked)
        # the first picked mention at or after each index, and the last one before it
        self._next = following = [count] * (count + 1)
        first = count
        for k in range(count - 1, -1, -1):
            if picked[k]:
                first = k
            following[k] = first
        # how many picked mentions before each index name someone other than the picked
        # mention before them (one pass, in locals: built for every pronoun's gender)
        self._last = preceding = [-1] * (count + 1)
        self._changes = changes = [0] * (count + 1)
        last = -1
        changed = 0
        previous: str | None = None
        for k, is_picked in enumerate(picked):
            if is_picked:
                name = names[k]
                if previous is not None and name != previous:
                    changed += 1
                previous = name
                last = k
            preceding[k + 1] = last
            changes[k + 1] = changed

    def first(self, at: int) -> int:
        """The index of the first picked mention at or after index `at`, or the count."""
        return self._next[at]

    def last(self, before: int) -> int:
        """The index of the last picked mention before index `before`, or -1."""
        return self._last[before]

    def names_differ(self, first: int, end: int) -> bool:
        """Whether the picked mentions from index `first` (itself picked) up to index `end`
        name more than one person."""
        return first < end and self._changes[end] - self._changes[first + 1] > 0


class AntecedentIndex:
    """The mentions that may stand before a pronoun of one gender, picked out once per
    document: a person of that gender or of unknown gender, and which of them a cue names.

    Each set is built the first time a pronoun asks for it.
    """

    def __init__(
        self,
        mentions: list[tuple[int, int, str]],
        people: dict[str, Person],
        speaker_starts: set[int],
        gender: str | None,
        no_one: frozenset[str] = frozenset(),
        shared: dict[int, list[str]] | None = None,
        modifiers: list[bool] | None = None,
    ) -> None:
        modifiers = modifiers or [False] * len(mentions)
        self.names = [name for _, _, name in mentions]
        for k, names in (shared or {}).items():
            # "Clinton" nearest to Bill Clinton's full name, before "she": the one person of
            # that surname the pronoun can mean
            person = people.get(self.names[k])
            if gender is not None and person is not None and person.gender not in (None, gender):
                fitting = [name for name in names if people[name].gender == gender]
                if len(fitting) == 1:
                    self.names[k] = fitting[0]
        self.persons = [people.get(name) for name in self.names]
        self.genders = [person.gender if person else None for person in self.persons]
        self.cued = [start in speaker_starts for start, _, _ in mentions]
        self.gender = gender
        self._fits = [
            (gender is None or g in (None, gender)) and name not in no_one and not modifier
            for g, name, modifier in zip(self.genders, self.names, modifiers, strict=True)
        ]
        self._known = [f and g is not None for f, g in zip(self._fits, self.genders, strict=True)]

    @cached_property
    def fitting(self) -> MentionSet:
        """Any name that fits, a known person's or not."""
        return MentionSet(self.names, self._fits)

    @cached_property
    def known(self) -> MentionSet:
        """A fitting name of a person whose gender the article shows."""
        return MentionSet(self.names, self._known)

    @cached_property
    def speaker(self) -> MentionSet:
        """A fitting name that a cue names as a speaker."""
        return MentionSet(self.names, [f and c for f, c in zip(self._fits, self.cued, strict=True)])

    @cached_property
    def known_speaker(self) -> MentionSet:
        """A known person's name that a cue names as a speaker."""
        picked = [k and c for k, c in zip(self._known, self.cued, strict=True)]
        return MentionSet(self.names, picked)

    @cached_property
    def person(self) -> MentionSet:
        """A person the article names who fits."""
        picked = [p is not None and p.gender in (None, self.gender) for p in self.persons]
        return MentionSet(self.names, picked)

    @cached_property
    def sure_speaker(self) -> MentionSet:
        """A person a cue names who is known to be of the pronoun's gender."""
        picked = [
            c and p is not None and p.gender == self.gender
            for c, p in zip(self.cued, self.persons, strict=True)
        ]
        return MentionSet(self.names, picked)


class NameRuns:
    """A document's capitalised runs split into title and name, and what kind of
    name each is. The lowest layer of speaker resolution; each layer above adds one step
    and may use every layer below it."""

    def __init__(self, analysis: DocumentAnalysis) -> None:
        self.analysis = analysis
        self.text = analysis.text
        language = analysis.language
        lexicon = self.lexicon = language.lexicon
        self.patterns = word_patterns(lexicon)
        self.closing_marks = "".join(sorted(language.marks.closing_characters))
        self.sentences = analysis.sentences
        self.sentence_starts = analysis.sentence_starts
        self.openers = _openers(lexicon)
        self._runs: dict[tuple[int, int], NameRun | None] = {}
        self._split_cache = _run_splits(lexicon)
        # as they are capitalised in names: "Department", "Campaign", "Corp."
        self.organisation_words = _capitalised_forms(lexicon.organisation_words)

    def split_run(self, start: int, end: int) -> NameRun | None:
        """Splits a capitalised run into its leading title and the name after it."""
        key = (start, end)
        if key not in self._runs:
            self._runs[key] = self._split_run_cached(start, end)
        return self._runs[key]

    def _split_run_cached(self, start: int, end: int) -> NameRun | None:
        """`_split_run`, shared across documents: the split depends only on the run's own
        text and the lexicon, and most runs ("Prime Minister Theresa May") recur."""
        run_text = self.text[start:end]
        known = self._split_cache.get(run_text, _UNSEEN)
        if known is _UNSEEN:
            run = self._split_run(start, end)
            if len(self._split_cache) >= SPLIT_CACHE_SIZE:
                self._split_cache.clear()  # bounded: a huge archive must not grow it forever
            known = self._split_cache[run_text] = (
                None if run is None else (run.name_start - start, run.name, run.title, run.words)
            )
        if known is None:
            return None
        name_offset, name, title, words = known
        return NameRun(start, end, start + name_offset, name, title, words)

    def _split_run(self, start: int, end: int) -> NameRun | None:
        words = [(m.start() + start, m.group()) for m in WORD.finditer(self.text[start:end])]
        cut = 0
        words[0] = _unglued(words[0])  # "5:30 PMChris Christie": a time glued to the name
        leading = leading_words(self.lexicon)
        while cut < len(words) - 1 and (
            words[cut][1].lower() in leading or (cut == 0 and self._describes(words[0][1]))
        ):
            # "But Clinton", "The Kremlin", "Neither Cruz", "Understated Perez": a sentence's
            # first word is capitalised, and a function word, adverb or adjective is no name
            cut += 1
        lead = cut  # nor is it part of a title: "But Mr. Sanders" has the title "Mr."
        for i, (_, word) in enumerate(words):
            if i < cut:
                continue
            lower = word.lower()
            if lower in self.lexicon.titles or lower.rstrip(".") in self.lexicon.titles:
                cut = i + 1
            elif (
                word[0].islower()
                and lower not in self.lexicon.particles
                and not self._joins_a_name(words, cut, i)
            ):
                cut = i + 1  # "policy aide Jake Sullivan": names are capitalised
            elif DOTTED_WORD.fullmatch(word) or (word.isupper() and len(word) > 1):
                if i + 1 < len(words):
                    cut = i + 1 if cut == i else cut
            elif lower in self.lexicon.title_connectors and cut == i and i > 0:
                cut = i + 1
            elif (
                cut == i
                and lower in self.lexicon.roles
                and i + 1 < len(words)
                and words[i + 1][1].lower() in self.lexicon.given_names
            ):
                cut = i + 1  # "Nurse Amanda Ross" opening a sentence: a role, then the name
            elif (
                i > cut
                and i + 1 < len(words)
                and lower in self.lexicon.given_names
                and (
                    self._titled(words[cut:i]) or words[cut - 1][1] in self.lexicon.title_connectors
                )
            ):
                # "Senate Minority Whip Dick Durbin", "Minister of Finance Bill Morneau": the
                # office, then the person
                cut = i
            elif (
                i >= cut
                and i < len(words) - 1
                and POSSESSIVE_S.search(word)
                and (self._opens_name(words[i + 1][1]) or self._could_be_name(words[i + 1 :]))
            ):
                cut = i + 1  # "CNN's Jake Tapper": the outlet is a title, the name follows
        if (
            cut >= len(words) > 1
            and words[-1][1][:1].isupper()
            and all(self._names_no_one(w) for _, w in words[:-1])
        ):
            # "The Republican", "Other Republican", "The President": a determiner or a
            # quantifier and a title word, no name
            return None
        # a title word can be a surname too ("Mr. King", "Judge Judge"): keep the last word
        name_words = words[min(cut, len(words) - 1) :]
        if not name_words:
            return None
        verb = self._headline_verb_at(name_words)
        if verb is not None:
            # "Francois Hollande Says Donald Trump …": a Title Case headline's subject
            name_words = name_words[:verb]
            end = name_words[-1][0] + len(name_words[-1][1])
        owner = next(
            (i for i, (_, word) in enumerate(name_words[:-1]) if POSSESSIVE_S.search(word)), None
        )
        if owner is not None and (cut > 0 or name_words[0][1].lower() in self.lexicon.given_names):
            # "Mr. Trump's RT appearance", "Donald Trump's Facebook": the person, then
            # what is theirs
            name_words = name_words[: owner + 1]
            end = name_words[-1][0] + len(name_words[-1][1])
        place = self._place_after_name(name_words, titled=cut > 0)
        if place is not None:
            # "Sen. Chuck Schumer of New York": the person, not where they are from
            name_words = name_words[:place]
            end = name_words[-1][0] + len(name_words[-1][1])
        name_start = name_words[0][0]
        title_start = words[lead][0] if lead < len(words) else name_start
        title = self.patterns.leading_determiner.sub(
            "", self.text[min(title_start, name_start) : name_start].strip(" ,")
        )
        name = self.text[name_start:end]
        name = POSSESSIVE_S.sub("", name)
        return NameRun(start, end, name_start, name, title, tuple(w for _, w in name_words))

    def _describes(self, word: str) -> bool:
        """Whether a run's first word is an adverb or a participle opening the sentence
        ("Clearly Perez", "Understated Perez", "Emboldened Cruz"), not a given name."""
        lower = word.lower()
        if lower in self.lexicon.given_names or lower in self.lexicon.titles:
            return False
        return (len(lower) >= ADVERB_LETTERS and lower.endswith("ly")) or (
            len(lower) >= PARTICIPLE_LETTERS and lower.endswith("ed") and not lower.endswith("eed")
        )

    def _names_no_one(self, word: str) -> bool:
        """Whether `word` opens a phrase without naming anyone: "The", "Other", "Every"."""
        lower = word.lower()
        return lower in self.openers or lower in self.lexicon.not_speakers

    def _headline_verb_at(self, words: list[tuple[int, str]]) -> int | None:
        """The index of a capitalised verb inside a name's words ("Says", "Blasts", "Calls"
        in a Title Case headline), if a word follows it; names have no verb inside."""
        lexicon = self.lexicon
        for i in range(1, len(words) - 1):
            lower = words[i][1].lower()
            if lower in lexicon.all_verbs and lower not in lexicon.given_names:
                return i
        return None

    def _opens_name(self, word: str) -> bool:
        """Whether `word` can open a person's name: a given name or a title."""
        lower = word.lower()
        return lower in self.lexicon.given_names or lower in self.lexicon.titles

    def _could_be_name(self, words: list[tuple[int, str]]) -> bool:
        """Whether two or more words can be a name: no headline's small word ("Reporting On
        Carson") among them."""
        small = self.lexicon.title_small_words
        return len(words) >= 2 and not any(word.lower() in small for _, word in words)

    def _place_after_name(self, words: list[tuple[int, str]], titled: bool) -> int | None:
        """Where "of" or "from" starts the place after a person's name ("Ann Cole of
        Raleigh", "Sen. Schumer of New York"): the name before it holds a given name or
        follows a title. A body's name keeps its "of" ("Bank of America")."""
        given_names = self.lexicon.given_names
        for i in range(1, len(words) - 1):
            if words[i][1] not in ("of", "from"):
                continue
            if titled or any(word.lower() in given_names for _, word in words[:i]):
                return i
            return None
        return None

    def _joins_a_name(self, words: list[tuple[int, str]], cut: int, i: int) -> bool:
        """Whether the lower-case word at `i` joins capitalised words into one name ("Bank
        of America", "University of Toronto") rather than ending an office ("Secretary of
        State") or a description ("policy aide")."""
        return (
            words[i][1] in self.lexicon.title_connectors
            and cut < i < len(words) - 1
            and words[i + 1][1][:1].isupper()
            and not self._titled(words[cut:i])
        )

    def _titled(self, words: list[tuple[int, str]]) -> bool:
        """Whether capitalised words before a given name are an office ("Senate Minority
        Whip", "House Speaker"): the last of them is a title or role word. ("Black
        Lawmakers Rip Donald Trump" is a headline: "Rip" is neither.)"""
        lower = words[-1][1].lower().rstrip(".")
        lexicon = self.lexicon
        return lower in lexicon.titles or lower + "." in lexicon.titles or lower in lexicon.roles

    def is_organisation(self, words: tuple[str, ...], start: int) -> bool:
        """Organisation words, an acronym alone, or "the" before a capitalised run."""
        if not self.organisation_words.isdisjoint(words):
            return True
        if len(words) == 1 and (words[0].isupper() and len(words[0]) > 1):
            return True
        before = self.text[max(0, start - 4) : start].lower()
        return before.endswith("the ") and words[0].lower() not in self.lexicon.given_names

    def is_person(self, run: NameRun, explicit: bool) -> bool:
        """Whether a capitalised run names a person rather than a place or body."""
        if self.is_organisation(run.words, run.start):
            return False
        if run.title:
            return True
        if run.words[0].lower() in self.lexicon.given_names:
            return len(run.words) >= 2
        return explicit and len(run.words) >= 2

    def _gender(self, run: NameRun) -> str | None:
        given = self.lexicon.given_names.get(run.words[0].lower())
        if given not in ("male", "female"):
            given = None  # "Kiran", "Wei": a person, but either pronoun may fit
        return given or self._gender_from_title(run.title)

    def _gender_from_title(self, title: str) -> str | None:
        """The gender a title shows ("Mrs.", "Congresswoman"), if any."""
        return title_gender(self.lexicon, title)

    def _is_role(self, title: str) -> bool:
        """A title worth reporting as a role: "Mr." alone is not one."""
        return bool(title) and not self.patterns.honorifics.match(title)

    def _may_name_person(self, run: str) -> bool:
        """A cheap first look: a title or a given name somewhere in the run."""
        for word in run.lower().split():
            if word in self.lexicon.given_names or word.rstrip(".") in self.lexicon.titles:
                return True
            if word in self.lexicon.titles:
                return True
        return False

    def span(self, start: int, end: int) -> Span:
        """A span of the document text (`start < end` always holds here)."""
        return Span(start, end, self.text[start:end])


class NameForms(NameRuns):
    """The fullest name the document gives each name form ("Clinton" → "Hillary
    Clinton"), and the nearest of several people who share one."""

    def __init__(self, analysis: DocumentAnalysis) -> None:
        super().__init__(analysis)
        self.by_surname: dict[str, list[tuple[int, str]]] = {}
        # filled once every full name is known, so the answer no longer changes
        self._fullest: dict[tuple[str, ...], tuple[str, list[str]]] = {}
        # per surname: each word of its full names → the full names holding that word
        self._name_words: dict[str, dict[str, set[str]]] = {}
        # per name form shared by several people: their mentions in order, for `canonical`
        self._shared: dict[tuple[str, ...], SharedName] = {}

    def canonical(self, words: tuple[str, ...], at: int) -> str:
        """The fullest name the document gives the person named `words` near `at`."""
        name, names = self._fullest_names(words)
        if not names:
            return name
        if len(names) == 1:
            return names[0]
        # two people share the name: the nearest full mention before, else the first after
        shared = self._shared.get(words)
        if shared is None:
            candidates = self.by_surname[name.split()[-1]]
            shared = self._shared[words] = SharedName(candidates, set(names), len(words) == 1)
        return shared.nearest(at)

    def _fullest_names(self, words: tuple[str, ...]) -> tuple[str, list[str]]:
        """The name `words` spell, and the full names in the document that contain it."""
        found = self._fullest.get(words)
        if found is None:
            found = self._fullest[words] = self._find_fullest_names(words)
        return found

    def _find_fullest_names(self, words: tuple[str, ...]) -> tuple[str, list[str]]:
        name = POSSESSIVE_S.sub("", " ".join(words))
        surname = name.split()[-1]
        fulls = {full for _, full in self.by_surname.get(surname, ())}
        if len(fulls) <= 1:
            # no one, or one person, of that surname (most): the one full name holds `name`
            # or not, and no fuller name can hold it; what the index below would give
            full = fulls.pop() if fulls else ""
            return name, [full] if full and set(name.split()) <= set(full.split()) else []
        index = self._words_of_names(surname)
        # the full names holding every word of `name` (each holds its surname)
        names = self._holding(index, set(name.split()) - {surname}, surname)
        # "de Hoop Scheffer" and "Jaap de Hoop Scheffer" are one person: keep the fullest
        fullest = set()
        for n in names:
            own = set(n.split())
            wider = self._holding(index, own - {surname}, surname) & names
            if not any(own < set(o.split()) for o in wider):
                fullest.add(n)
        return name, sorted(fullest)

    def _words_of_names(self, surname: str) -> dict[str, set[str]]:
        """Each word of the full names with `surname` → the full names holding it."""
        index = self._name_words.get(surname)
        if index is None:
            index = self._name_words[surname] = {}
            for _, full in self.by_surname.get(surname, []):
                for word in full.split():
                    index.setdefault(word, set()).add(full)
        return index

    @staticmethod
    def _holding(index: dict[str, set[str]], words: set[str], surname: str) -> set[str]:
        """The full names in `index` that hold every one of `words` (and `surname`)."""
        postings = sorted((index.get(word, set()) for word in words), key=len)
        if not postings:
            return set(index.get(surname, set()))
        return set.intersection(*postings) if len(postings) > 1 else set(postings[0])


class PeopleIndex(NameForms):
    """Every person the narrative names, their genders and roles, and each mention
    of them, collected once when the document is read."""

    def __init__(self, analysis: DocumentAnalysis, explicit_names: list[Mention]) -> None:
        super().__init__(analysis)
        self.people: dict[str, Person] = {}
        self.mentions: list[tuple[int, int, str]] = []  # start, end, canonical name
        self.speaker_starts: set[int] = set()
        # where a gendered title told a surname's person apart ("Mrs. Clinton"), and the
        # nearest-mention lookups of such people (titled_canonical)
        self._gendered_at: set[int] = set()
        self._shared_of_gender: dict[tuple[tuple[str, ...], str], SharedName] = {}
        # surname → the genders its honorifics and gendered titles show ("Mr.", "Mrs.")
        self._title_genders: dict[str, set[str]] = {}
        self._common: dict[str, bool] = {}  # see is_common_word
        self._collect(explicit_names)

    def _collect(self, explicit: list[Mention]) -> None:
        """Finds every person named in the narrative, and their full names."""
        explicit_starts = {m.start for m in explicit}
        runs, untitled = self._narrative_name_runs()
        explicit_runs = []
        headlines = self.headlines
        for whole in explicit:
            # "Tom Hale and Ann Ruiz said": two people, never one named "Tom Hale and Ann Ruiz"
            for mention in self.conjuncts(whole) or (whole,):
                run = self.split_run(mention.start, mention.end)
                if run is not None and len(run.words) > 2 and headlines.holds(run.start):
                    run = self._name_in_headline(run)
                if run is not None:
                    explicit_runs.append(run)
        # "Karl Weiss opened the quay … Weiss said": a full name, then the surname as speaker
        speaker_surnames = {run.words[0] for run in explicit_runs if len(run.words) == 1}
        # "Florent Groberg is a captain … Groberg, 33, said": a surname given an age or a
        # role later shows that the full name before is a person's
        introduced: dict[str, bool] = {}
        for start, end, surname in untitled:
            run_text = self.text[start:end]
            if (
                " " in run_text.strip()
                and surname not in introduced
                and not POSSESSIVE_INSIDE.search(run_text)  # "Boston's Walsh"
                and surname.lower() not in self.lexicon.function_words  # "Twitter Thursday"
            ):
                introduced[surname] = any(
                    self._introduced_after(at + len(surname))
                    and not (at and self.text[at - 1].isalpha())
                    for at in _find_all(self.text, surname + ",", COMMON_WORD_LOOKS)
                )
        shown_people = {surname for surname, shown in introduced.items() if shown}
        speaker_surnames |= shown_people
        for start, end, surname in untitled:
            described = (
                self._aged_after(start, end)
                or self._described_after(start, end)
                or self._role_before(start, end)
            )
            if described:
                shown_people.add(surname)
            if surname in speaker_surnames or described:
                run = self.split_run(start, end)
                if run is not None:
                    runs.append(run)
                    explicit_starts.add(run.start)
        # surnames of people an age or a role shows to be people, whatever their given
        # name: such a person may be a sentence's subject before "he" or "she" is known
        self.shown_surnames = frozenset(shown_people)
        self._add_people([*runs, *explicit_runs], explicit_starts)
        self._add_kin_names()
        self._collect_surnames()
        for run in explicit_runs:
            # a speaker named by a cue is a person even when only a surname is given
            if len(run.words) == 1 and not self.is_organisation(run.words, run.start):
                name = self.titled_canonical(run, run.start)
                self.people.setdefault(name, Person(name, self._gender(run)))
                if not self.is_common_word(run):
                    # "People", "Protesters" opening a sentence: no one a pronoun can mean
                    self.mentions.append((run.name_start, run.end, name))
            self.speaker_starts.add(run.name_start)
        self.mentions = sorted(set(self.mentions))
        self._genders_from_words()

    @cached_property
    def headlines(self) -> HeadlineLines:
        """The document's Title Case lines, read once each."""
        return HeadlineLines(self.text, self.closing_marks, self.lexicon.title_small_words)

    def _name_in_headline(self, run: NameRun) -> NameRun | None:
        """The person's name inside a run of a Title Case headline ("Black Lawmakers Rip
        Donald Trump"): from its last given name on, or none; never the whole run, whose
        full "name" would swallow every later mention of Trump."""
        at = self._given_name_inside(run)
        if at is None:
            return None
        end = at
        small = self.lexicon.title_small_words
        for word in WORD.finditer(self.text, at, run.end):
            if word.group().lower() in small:
                break  # "… Dan Marsh Over 'Broken Promises'": the headline goes on
            end = word.end()
        return self.split_run(at, end)

    def _given_name_inside(self, run: NameRun) -> int | None:
        """Where the last given name after a run's first word starts, if one does and a
        surname follows it."""
        given = self.lexicon.given_names
        words = run.words
        for i in range(len(words) - 2, 0, -1):
            if words[i].lower() in given:
                found = self.text.find(" " + words[i] + " ", run.name_start, run.end)
                return found + 1 if found >= 0 else None
        return None

    def _headline_subject(self, run: NameRun) -> int | None:
        """Where the subject ends in a Title Case headline's run of a subject, a verb and a
        person ("Black Lawmakers Rip Donald Trump"): before the word before the person's
        given name; None for a run that is no such headline."""
        if len(run.words) < 4 or run.title or not self.headlines.holds(run.start):
            return None
        at = self._given_name_inside(run)
        if at is None:
            return None
        verb = self.text.rfind(" ", run.name_start, at - 1)
        return verb if verb > run.name_start else None

    def _introduced_after(self, end: int) -> bool:
        """Whether an age or a role appositive follows the word ending at `end` ("Groberg,
        33,", "Schoen, a pollster,"): what news writes after a person's name."""
        if AGE_APPOSITIVE.match(self.text, end) is not None:
            return True
        match = ROLE_APPOSITIVE.match(self.text, end) if self.text[end : end + 1] == "," else None
        roles = self.lexicon.roles
        return match is not None and any(word.lower() in roles for word in match.group(1).split())

    def conjuncts(self, mention: Mention) -> tuple[Mention, Mention] | None:
        """The two names a name mention joins with "and" ("Tom Hale and Ann Ruiz"), or None."""
        if mention.kind != "name":
            return None
        joined = AND_AFTER.search(self.text, mention.start, mention.end)
        if joined is None or not self.text[joined.end() : joined.end() + 1].isupper():
            return None
        return (
            Mention(mention.start, joined.start(), "name"),
            Mention(joined.end(), mention.end, "name"),
        )

    def _aged_after(self, start: int, end: int) -> bool:
        """`Tshepo Mokoena, 41, runs the shop`: a full name with an age after it is a
        person's, whatever the given name."""
        return (
            " " in self.text[start:end].strip() and AGE_APPOSITIVE.match(self.text, end) is not None
        )

    def _described_after(self, start: int, end: int) -> bool:
        """`Vipin Narang, a political scientist at MIT, …`: a full name with a role after it
        in an appositive is a person's, whatever the given name."""
        if " " not in self.text[start:end].strip():
            return False
        if self.text[end : end + 1] != ",":
            return False
        match = ROLE_APPOSITIVE.match(self.text, end) or BARE_ROLE_APPOSITIVE.match(self.text, end)
        roles = self.lexicon.roles
        return match is not None and any(word.lower() in roles for word in match.group(1).split())

    def _appositive_role(self, end: int) -> str | None:
        """What an appositive says the person named up to `end` is: "Ana Ruiz, a 61-year-old
        farmer, …" → "61-year-old farmer". The description ends at its head, before a
        preposition ("a nurse at the hospital")."""
        if self.text[end : end + 1] != ",":
            return None
        match = ROLE_APPOSITIVE.match(self.text, end)
        if match is None:
            return None
        words = match.group(1).split()
        stops = self.lexicon.head_prepositions | self.lexicon.place_prepositions
        cut = next((i for i, word in enumerate(words) if word in stops), len(words))
        words = words[:cut]
        if not words or words[-1].lower() not in self.lexicon.roles:
            return None
        return " ".join(words)

    def _role_before(self, start: int, end: int) -> bool:
        """`economist Eswar Prasad`, `Fox News host Bret Baier`: a role word written just
        before a full name makes it a person's, whatever the given name."""
        if (
            not self.text[start - 2 : start - 1].islower()
            or " " not in self.text[start:end].strip()
        ):
            return False
        match = WORD_BEFORE.search(self.text, max(0, start - ROLE_WORD_CHARACTERS), start)
        return match is not None and match.group(1) in self.lexicon.roles

    def _genders_from_words(self) -> None:
        """The gender of people no title or given name shows, from what the article says of
        them: "Ortiz praised herself", "Reyes thanked his staff". Only a sentence's first
        name counts, and only up to the next name; a person shown as both stays unknown."""
        if not self.lexicon.gender_words:
            return
        shown: dict[str, set[str]] = {}
        first_in_sentence: set[int] = set()
        last_sentence = -1
        for i, (m_start, _m_end, _name) in enumerate(self.mentions):
            index = bisect_right(self.sentence_starts, m_start) - 1
            if index != last_sentence:
                first_in_sentence.add(i)
                last_sentence = index
        for i in first_in_sentence:
            m_start, m_end, name = self.mentions[i]
            person = self.people.get(name)
            if person is None or person.gender is not None:
                continue
            index = bisect_right(self.sentence_starts, m_start) - 1
            end = self.sentences[index][1] if index >= 0 else len(self.text)
            # the next name after this one: "Kiran Sandhu" also holds the mention "Sandhu"
            following = bisect_left(self.mentions, (m_end,), i + 1)
            if following < len(self.mentions):
                end = min(end, self.mentions[following][0])
            gender = self._gender_word(m_end, min(end, m_end + GENDER_REACH))
            if (
                gender is None
                and end == self.sentences[index][1]
                and index + 1 < len(self.sentences)
            ):
                # "Ana Ruiz is a retired captain. But on Thursday, she spoke out …": the only
                # person a sentence names is the "he" or "she" opening the next one
                start, next_end = self.sentences[index + 1]
                if following < len(self.mentions):
                    next_end = min(next_end, self.mentions[following][0])
                if self._same_paragraph(m_start, start):
                    gender = self._gender_word(start, min(next_end, start + GENDER_REACH))
            if gender is not None:
                shown.setdefault(name, set()).add(gender)
        for name, genders in shown.items():
            if len(genders) == 1:
                self.people[name].gender = next(iter(genders))

    def _gender_word(self, start: int, end: int) -> str | None:
        """The gender the first gender word ("his", "herself") from `start` to `end` shows,
        reading no further than a quotation."""
        words = self.lexicon.gender_words
        for word in PLAIN_WORD.finditer(self.text, start, end):
            if self.analysis.in_quote(word.start()):
                return None
            gender = words.get(word.group().lower())
            if gender is not None:
                return gender
        return None

    def _same_paragraph(self, first: int, second: int) -> bool:
        """Whether two offsets lie in one paragraph."""
        starts = self.analysis.paragraph_starts
        return bisect_right(starts, first) == bisect_right(starts, second)

    def _narrative_name_runs(self) -> tuple[list[NameRun], list[tuple[int, int, str]]]:
        """The name runs of the narrative that may name a person, and the runs with no title
        or known given name as (start, end, last word)."""
        runs: list[NameRun] = []
        untitled: list[tuple[int, int, str]] = []
        headlines = self.headlines
        credits = CreditLines(self.text, self.patterns.byline)
        for match in self.analysis.name_runs():
            word = match.group()
            start, end = match.span()
            if credits.holds(start):
                continue  # "By Sarah Chen, Global News": the reporter, no one in the story
            # a Title Case verb is a word ending in "s" (most runs hold none: no pattern)
            verb = (
                next(
                    (
                        v
                        for v in HEADLINE_VERB.finditer(word)
                        if v.group(1).lower() in self.lexicon.all_verbs
                        or v.group(1).lower() in self.lexicon.function_words  # "… Crowd Does Not"
                    ),
                    None,
                )
                if "s" in word
                else None
            )
            if verb is not None:
                # "Donald Trump Praises Breitbart's Editor": a Title Case verb ends the name
                end = start + verb.start()
                word = word[: verb.start()]
                if " " not in word:
                    continue
            # only long runs can be a headline's words glued together ("Cruz Apologizes To …")
            if word.count(" ") >= 2 and headlines.holds(start):
                continue
            if not self._may_name_person(word):
                untitled.append((start, end, word.rsplit(None, 1)[-1]))
                continue
            run = self.split_run(start, end)
            if run is not None:
                runs.append(run)
        return runs, untitled

    def _add_kin_names(self) -> None:
        """People named by a given name alone after a kin word ("his wife, Ellen, said",
        "her son, Omar,"): plainly a person, with the gender the kin word or name shows.

        Only a word right after a space can follow "his", "her" …, so the word before each
        ", " is looked up among the kin words: one `str.find` pass instead of one per kin
        word (a pattern scanning every word for a possessive cost more than the rest of the
        speaker index). The hits are read in kin-word order, as a person's gender is the
        one the first hit shows.
        """
        text = self.text
        kin_words = self.lexicon.kin_words
        longest = _kin_word_reach(self.lexicon)
        hits: list[tuple[int, int, str]] = []
        at = text.find(", ")
        while at >= 0:
            before = text[max(0, at - longest) : at].split()
            if before and before[-1] in kin_words:
                word = before[-1]
                hits.append((_kin_order(self.lexicon)[word], at - len(word), word))
            at = text.find(", ", at + 2)
        for _, kin_start, word in sorted(hits):
            self._add_kin_name(kin_start, kin_start + len(word) + 2, kin_words[word])

    def _add_kin_name(self, kin_start: int, name_start: int, kin: str) -> None:
        """The person a kin word at `kin_start` names at `name_start`, if any."""
        text = self.text
        if not KIN_OWNER.search(text, max(0, kin_start - 7), kin_start):
            return  # "his wife, …", not "the wife, …"
        match = KIN_NAME.match(text, name_start)
        if match is None:
            return
        name = match.group(1)
        given = self.lexicon.given_names.get(name.lower())
        if given is None or name in self.by_surname or self.analysis.in_quote(name_start):
            return  # not a given name, or a surname of someone named in full
        gender = next((g for g in (kin, given) if g in ("male", "female")), None)
        self.people.setdefault(name, Person(name, gender))
        self.mentions.append((name_start, match.end(1), name))

    def _add_people(self, runs: list[NameRun], explicit_starts: set[int]) -> None:
        """Records the people `runs` name: full names first, then titled surnames, then
        every mention of a known person."""
        titled: list[NameRun] = []
        for run in runs:
            if not self.is_person(run, run.start in explicit_starts):
                continue
            if len(run.words) >= 2:
                self._add_full_name(run)
            elif run.title:
                # "President Biden", "Mr. Reyes": a person, though only the surname shows
                titled.append(run)
        for run in runs:
            gender = self._gender_from_title(run.title) if run.title else None
            if gender is not None:
                surname = POSSESSIVE_S.sub("", run.words[-1])
                self._title_genders.setdefault(surname, set()).add(gender)
        for run in titled:
            name = POSSESSIVE_S.sub("", run.words[0])
            if name not in self.by_surname or self.titled_canonical(run, run.start) == name:
                # "Mrs. Clinton" where the article names only Bill Clinton in full: another
                # person, whose title shows she is not him
                self.people.setdefault(name, Person(name, self._gender(run)))
        for run in runs:
            if self.is_organisation(run.words, run.start):
                continue
            canonical = self.canonical(run.words, run.start)
            if run.title and len(run.words) == 1:
                told_apart = self.titled_canonical(run, run.start)
                if told_apart != canonical:
                    self._gendered_at.add(run.name_start)
                    canonical = told_apart
            if canonical in self.people:
                person = self.people[canonical]
                if person.gender is None:
                    person.gender = self._gender_from_title(run.title)
                if self._is_role(run.title):
                    person.add_role(run.title)
                role = self._appositive_role(run.end)
                if role is not None:
                    person.described_as.update(role.lower().split())
                self.mentions.append((run.name_start, run.end, canonical))

    def _collect_surnames(self) -> None:
        """Every mention of a known person by surname alone ("Clinton", "Clinton's").

        Surnames of letters alone are found in one pass over the capitalised words of the
        text, so that an article naming thousands of people stays linear; the rare others
        ("O'Brien") are searched for one by one.
        """
        text = self.text
        plain = {surname for surname in self.by_surname if UPPER_RUN.fullmatch(surname)}
        if len(plain) <= FEW_SURNAMES:
            plain = set()  # a few searches for the word itself beat a pass over every word
        if plain:
            for match in UPPER_RUN.finditer(text):
                if match.group() in plain:
                    self._add_surname_mention(match.group(), match.start())
        for surname in self.by_surname:
            if surname in plain:
                continue
            at = text.find(surname)
            while at >= 0:
                end = at + len(surname)
                if not (at and text[at - 1].isalpha()) and not (
                    end < len(text) and text[end].isalpha()
                ):
                    self._add_surname_mention(surname, at)
                at = text.find(surname, end)

    def is_common_word(self, run: NameRun) -> bool:
        """Whether a lone capitalised word is a common word opening a sentence ("People",
        "Protesters", "Hundreds", "Whatever"), not a surname: untitled, no full name or
        given name has it, and the article writes it in lower case elsewhere."""
        if run.title or len(run.words) != 1:
            return False
        word = POSSESSIVE_S.sub("", run.words[0])
        if word in self.by_surname or word.lower() in self.lexicon.given_names:
            return False
        if self.is_common_noun(word):
            return True
        if word not in self._common:
            lower = word.lower()
            self._common[word] = word != lower and any(
                not self.text[at - 1 : at].isalpha()
                and not self.text[at + len(lower) : at + len(lower) + 1].isalpha()
                for at in _find_all(self.text, lower, COMMON_WORD_LOOKS)
            )
        return self._common[word]

    def is_common_noun(self, word: str) -> bool:
        """Whether a capitalised word is a noun the lexicon knows for people ("Residents",
        "Locals", "Protesters" opening a sentence): a group or a description, no name."""
        lower = word.lower()
        return word != lower and (lower in self.lexicon.roles or lower in self.lexicon.person_nouns)

    def titled_canonical(self, run: NameRun, at: int) -> str:
        """`canonical` for a run, where a gendered title before a surname alone rules out
        the people of the other gender: "Mrs. Clinton" is not the Bill Clinton named in
        full, and with no one else of that name, she is "Clinton"."""
        gender = self._gender_from_title(run.title) if run.title and len(run.words) == 1 else None
        if gender is None:
            return self.canonical(run.words, at)
        name, names = self._fullest_names(run.words)
        fitting = [n for n in names if self._may_be(n, gender)]
        if len(fitting) == len(names) or (not fitting and len(self._title_genders[name]) < 2):
            # no one else to be: "Mr. Graham" after "Lindsey Graham" is him, whatever the
            # given name usually shows, unless the article also writes "Mrs. Graham"
            return self.canonical(run.words, at)
        if len(fitting) <= 1:
            return fitting[0] if fitting else name
        shared = self._shared_of_gender.get((run.words, gender))
        if shared is None:
            candidates = self.by_surname[name.split()[-1]]
            shared = SharedName(candidates, set(fitting), bare=True)
            self._shared_of_gender[(run.words, gender)] = shared
        return shared.nearest(at)

    def _may_be(self, name: str, gender: str) -> bool:
        """Whether the person `name` may be of `gender`: not known to be of the other."""
        person = self.people.get(name)
        return person is None or person.gender in (None, gender)

    def _add_surname_mention(self, surname: str, at: int) -> None:
        """Records the surname at `at` as a mention of the person it names there."""
        if self.analysis.in_quote(at) or at in self._gendered_at:
            return  # in a quote, or "Mrs. Clinton", whom her title already told apart
        _, names = self._fullest_names((surname,))
        # one full name with this surname: every mention is that person, wherever it is
        canonical = names[0] if len(names) == 1 else self.canonical((surname,), at)
        if canonical in self.people:
            self.mentions.append((at, at + len(surname), canonical))

    def _add_full_name(self, run: NameRun) -> None:
        name = " ".join(run.words)
        name = POSSESSIVE_S.sub("", name)
        person = self.people.get(name)
        if person is None:
            person = Person(name, self._gender(run))
            self.people[name] = person
        surname = name.split()[-1]
        self.by_surname.setdefault(surname, []).append((run.start, name))


class Descriptions(PeopleIndex):
    """Who a definite description stands for: "the senator" after "Sen. Graham"."""

    def __init__(self, analysis: DocumentAnalysis, explicit_names: list[Mention]) -> None:
        super().__init__(analysis, explicit_names)
        # role word → mentions of the people it describes, in text order (described_person)
        self._described: dict[str, list[tuple[int, int, str]]] | None = None
        self._described_names: dict[str, set[str]] = {}
        self._mentions_of: dict[str, list[tuple[int, int, str]]] = {}

    def described_person(self, phrase: str, at: int) -> str | None:
        """The person a definite description stands for: "the senator" after "Sen. Graham",
        "the president" after "President Biden"; the most recently mentioned one."""
        found = self.described_mention(phrase, at)
        return found[2] if found else None

    def described_mention(self, phrase: str, at: int) -> tuple[int, int, str] | None:
        """The last mention before `at` of the person a definite description stands for."""
        words = phrase.lower().split()
        if len(words) < 2 or words[0] != "the":
            return None
        head = words[-1]
        if head not in self.lexicon.titles and head not in self.lexicon.roles:
            return None
        described = self._described_index().get(head, [])
        # the last mention before `at` of someone this role word describes
        k = bisect_left(described, (at,))
        return described[k - 1] if k else None

    def _described_index(self) -> dict[str, list[tuple[int, int, str]]]:
        """Each role word → the mentions of the people it describes, in text order."""
        if self._described is None:
            self._described = {}
            for mention in self.mentions:
                self._mentions_of.setdefault(mention[2], []).append(mention)
            for name, mentions in self._mentions_of.items():
                person = self.people.get(name)
                if person is not None:
                    for word in self._role_words(person):
                        self._described.setdefault(word, []).extend(mentions)
                        self._described_names.setdefault(word, set()).add(name)
            for mentions in self._described.values():
                mentions.sort()
        return self._described

    def _index_role(self, person: Person) -> None:
        """Adds a person's mentions under the words of a role they were just given."""
        if self._described is None:
            return
        mentions = self._mentions_of.get(person.name, [])
        for word in self._role_words(person):
            indexed = self._described_names.setdefault(word, set())
            if person.name not in indexed:
                indexed.add(person.name)
                described = self._described.setdefault(word, [])
                for mention in mentions:
                    insort(described, mention)

    def _role_words(self, person: Person) -> set[str]:
        """The words of a person's titles and roles, abbreviations spelled out."""
        words = {word for role in person.roles for word in role.lower().split()}
        words |= person.described_as
        return words | {
            self.lexicon.title_abbreviations[w]
            for w in words
            if w in self.lexicon.title_abbreviations
        }


class Antecedents(Descriptions):
    """Who a pronoun, a description ("the senator") or a sentence stands for: the
    people mentioned before it."""

    def __init__(self, analysis: DocumentAnalysis, explicit_names: list[Mention]) -> None:
        super().__init__(analysis, explicit_names)
        self.groups: list[tuple[int, str]] = []
        # pronoun gender → the mentions indexed as its possible antecedents (person_before)
        self._antecedent_index: dict[str | None, AntecedentIndex] = {}
        self._by_given_name: dict[str, set[str]] | None = None  # see _given_name_index
        self.filler = _filler(self.lexicon)
        self._add_described_subjects()

    def _add_described_subjects(self) -> None:
        """Adds, as mentions, the definite descriptions that open a sentence and stand for a
        person named before ("The Ohio governor beat back …" after "Ohio
        Gov. John Kasich"): news writes a second reference so, and a pronoun after it
        means that person, not a name in passing in the same sentence."""
        if not self.people:
            return
        # the words of everyone's roles, read at the first description met: one whose head
        # is none of them stands for no one
        heads: set[str] | None = None
        described: list[tuple[int, int, str]] = []
        text = self.text
        starts = self.sentence_starts
        at = text.find("The ")
        while at >= 0:
            # "The" opening a sentence (found by `str.find`, a pass in C over the text)
            opening, at = at, text.find("The ", at + 4)
            index = bisect_right(starts, opening) - 1
            if (
                index < 0
                or opening - starts[index] > SENTENCE_INDENT
                or text[starts[index] : opening].strip()
            ):
                continue
            end = self.sentences[index][1]
            match = DESCRIBED_SUBJECT.match(text, opening, end)
            if match is None or self.analysis.in_quote(match.start(1)):
                continue
            # the description ends at its last title or role word ("The Ohio governor")
            words = list(WORD.finditer(text, match.start(1), match.end()))
            for k in range(len(words) - 1, 0, -1):
                head = words[k].group().lower()
                if head in self.lexicon.titles or head in self.lexicon.roles:
                    if heads is None:
                        heads = {w for p in self.people.values() for w in self._role_words(p)}
                    if head not in heads:
                        break
                    phrase = text[match.start(1) : words[k].end()]
                    found = self.described_mention(phrase, match.start(1))
                    if (
                        found is not None
                        # "The governor claimed …" pages after a governor was last named
                        # means someone the writer has in mind, not that governor
                        and bisect_right(starts, found[0]) - 1 >= index - PRONOUN_SENTENCES
                        and self._fits_description(found[2], words[1:k])
                    ):
                        described.append((match.start(1), words[k].end(), found[2]))
                    break
        if described:
            self.mentions = sorted([*self.mentions, *described])

    def _fits_description(self, name: str, modifiers: list[re.Match[str]]) -> bool:
        """Whether the capitalised words of a description ("The Wisconsin Republican") are
        all among the person's roles: "Wisconsin" must show in them, not only "Republican"."""
        roles = self._role_words(self.people[name])
        return all(
            word.group().lower() in roles for word in modifiers if word.group()[:1].isupper()
        )

    def resolve_pronoun(self, mention: Mention, span: Span) -> tuple[Speaker | None, bool]:
        """A pronoun becomes the first compatible person of the nearest sentence naming one."""
        pronoun = span.text.lower()
        gender = self.lexicon.pronouns.get(pronoun)
        if gender == "plural":
            group = self.group_before(mention.start)
            if group is None:
                return None, False
            return _speaker(name=group, kind="group", mention=span, resolution="pronoun"), False
        if gender not in ("male", "female"):
            return None, False
        if AND_AFTER.match(self.text, mention.end):
            return None, False  # "He and his partner came …": two speak, not he alone
        excluded = self._named_after(mention) | self._answered(mention)
        in_quote = self._named_in_quote(mention) - excluded
        found = self.person_before(mention.start, gender, excluded | in_quote)
        if found is not None and in_quote and not self._recently_cued(found[0], mention.start):
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
        person = self.people.get(name)
        if person is None and name.split()[0].lower() in self.lexicon.singular_determiners:
            # a description the pronoun stands for: "A neighbour said … she said"
            return _speaker(
                name=name, kind="unnamed", mention=span, resolution="pronoun"
            ), ambiguous
        role = person.roles[0] if person and person.roles else None
        return _speaker(
            name=name, kind="person", role=role, mention=span, resolution="pronoun"
        ), ambiguous

    def group_before(self, offset: int) -> str | None:
        """The group "they" at `offset` stands for: the nearest group credited with a quote,
        or the plural subject of a sentence ("Residents packed the hall."), within a few
        sentences; never one from far back in the article."""
        index = bisect_right(self.sentence_starts, offset) - 1
        floor = self.sentences[max(0, index - PLURAL_SENTENCES)][0] if index >= 0 else 0
        best: tuple[int, str] | None = None
        for start, name in reversed(self.groups):
            if start < floor:
                break  # groups come in text order: the rest are further back
            if start < offset:
                best = (start, name)
                break
        for i in range(index, max(-1, index - PLURAL_SENTENCES - 1), -1):
            start, end = self.sentences[i]
            match = self.patterns.plural_subject.match(self.text, start, min(end, offset))
            if match is not None and match.group(2).lower() in self.lexicon.roles:
                if best is None or match.start(1) > best[0]:
                    best = (match.start(1), self._with_coordinate(match, min(end, offset)))
                break
        return best[1] or None if best else None

    def _with_coordinate(self, match: regex.Match[str], end: int) -> str:
        """A sentence's plural subject with the group "and" joins to it ("The Liberals and
        the NDP reached a deal": "they" are both), or "" when what follows "and" is no
        group of its own ("Protesters and police clashed"): never only the first."""
        text = self.text
        joined = AND_AFTER.match(text, match.end(1), end)
        if joined is None:
            return match.group(1)
        other = COORDINATE_GROUP.match(text, joined.end(), end)
        if other is not None:
            return text[match.start(1) : other.end()]
        # "Residents and business owners packed …": lower-case words up to a plural noun
        # that a verb follows
        words = list(NEXT_WORDS_RUN.finditer(text, joined.end() - 1, end))[: GROUP_WORDS + 1]
        for k, word in enumerate(words[:-1]):
            following = words[k + 1].group(1)
            if word.group(1).endswith("s") and self._verb_like(following):
                return text[match.start(1) : word.end()]
        return ""

    def _verb_like(self, word: str) -> bool:
        """Whether a lower-case word may be the verb after a subject: a past form ("packed"),
        a verb the lexicon knows, or an auxiliary or adverb before one ("have", "also")."""
        lexicon = self.lexicon
        return word.endswith("ed") or word in lexicon.all_verbs or word in lexicon.function_words

    def person_before(
        self, offset: int, gender: str | None, excluded: frozenset[str] = frozenset()
    ) -> tuple[str, bool] | None:
        """The person a pronoun at `offset` refers to, and whether another fits as well;
        never one of `excluded`, the people the pronoun cannot mean.

        Each question is a few look-ups in the mentions indexed for `gender`, so that a
        sentence of many names and many "he said" stays linear.
        """
        index = bisect_right(self.sentence_starts, offset) - 1
        recent = self._recent_speaker(offset, index, gender)
        if recent is not None and recent not in excluded:
            return recent, False
        antecedents = self._antecedents(gender)
        mentions = self.mentions
        for i in range(index, max(-1, index - PRONOUN_SENTENCES), -1):
            start, end = self.sentences[i]
            limit = min(end, offset)
            lo = bisect_right(mentions, (start, -1, ""))
            hi = bisect_left(mentions, (limit,))
            first = self._first_allowed(antecedents.fitting, lo, hi, excluded)
            described = self._described_subject(start, limit, gender)
            if described is not None and first >= hi:
                # "A neighbour said the family kept to itself. "…," she said": the unnamed
                # person the sentence is about, not a name from paragraphs before (with a
                # name beside it, "A reporter asked Sanders … He replied", the name decides)
                return described[1], False
            if first >= hi or self._opens_with_pronoun(start, mentions[first][0], gender):
                # none fits, or "He's one of three left after Rubio quit": "he" goes further
                continue
            best = self._best_in_sentence(start, limit, (lo, hi), excluded, antecedents)
            if self._coordinated(best, excluded, antecedents):
                return None  # "Tom Hale and Bill Ortiz met. … he said": either may be meant
            return antecedents.names[best], antecedents.fitting.names_differ(first, hi)
        return None

    def _described_subject(
        self, start: int, limit: int, gender: str | None
    ) -> tuple[int, str] | None:
        """The unnamed person whose description opens the main clause of the sentence at
        `start` ("A neighbour", "One 54-year-old witness"), if a pronoun of `gender` can
        mean them: where it starts, and its words."""
        opening = self._main_clause_start(start, limit)
        words = PLAIN_WORD.finditer(self.text, opening, limit)
        word = next(words, None)
        openers = self.lexicon.discourse_openers
        while word is not None and word.group().lower().strip(",") in openers:
            word = next(words, None)
        if word is None:
            return None
        match = self.patterns.described_person.match(self.text, word.start(), limit)
        if match is None or self.analysis.in_quote(match.start(1)):
            return None
        end = match.end(1)
        heads = _person_heads(self.lexicon)
        following = PLAIN_WORD.match(self.text, end + 1, limit)
        while (
            following is not None and self.text[end] == " " and following.group().lower() in heads
        ):
            end = following.end()  # "One local woman": the description runs on to its last noun
            following = PLAIN_WORD.match(self.text, end + 1, limit)
        head = self.text[match.start(1) : end].split()[-1].lower()
        shown = self.lexicon.kin_words.get(head) or self.lexicon.gendered_titles.get(head)
        shown = shown or self.lexicon.gendered_nouns.get(head)
        if shown in ("male", "female") and gender is not None and shown != gender:
            return None  # "A woman said … he said": someone else
        return match.start(1), self.text[match.start(1) : end]

    def _best_in_sentence(
        self,
        start: int,
        limit: int,
        bounds: tuple[int, int],
        excluded: frozenset[str],
        antecedents: AntecedentIndex,
    ) -> int:
        """The index of the likeliest antecedent among the mentions from `bounds[0]` to
        `bounds[1]` of the sentence at `start`, one of which fits."""
        lo, hi = bounds
        mentions = self.mentions
        # the main clause's subject is the likeliest; then a speaker named by a cue rather
        # than a name in passing, even one whose gender the article does not show ('"…,"
        # Okafor said of Premier Dan Marsh. / "…," he added'), the main clause's names
        # rather than those of an opening "When …," clause, and someone known to be "he"
        # or "she" rather than a name of unknown gender
        main_start = self._main_clause_start(start, limit)
        main = max(lo, bisect_left(mentions, (main_start,)))
        subject = self._subject_of(main_start, main, hi, excluded, antecedents)
        if subject is not None:
            return subject
        preferred = (
            (antecedents.known_speaker, lo),
            (antecedents.speaker, lo),
            (antecedents.known, main),
            (antecedents.known, lo),
            (antecedents.speaker, lo),
            (antecedents.fitting, main),
        )
        return next(
            (
                k
                for k in (self._first_allowed(s, at, hi, excluded) for s, at in preferred)
                if k < hi
            ),
            self._first_allowed(antecedents.fitting, lo, hi, excluded),
        )

    def _coordinated(self, k: int, excluded: frozenset[str], antecedents: AntecedentIndex) -> bool:
        """Whether the mention at index `k` is joined by "and" or "or" to the name of another
        person the pronoun may mean ("Tom Hale and Bill Ortiz", "Sens. Jon Tester (D-Mont.)
        and David Vitter"): both are as salient, and the pronoun tells them apart no more."""
        mentions = self.mentions
        name = mentions[k][2]
        # the whole name: "Tom Hale" also holds the mention "Hale"
        before, after = k - 1, k + 1
        start, end = mentions[k][0], mentions[k][1]
        while before >= 0 and mentions[before][2] == name and mentions[before][1] >= start:
            start = min(start, mentions[before][0])
            before -= 1
        while after < len(mentions) and mentions[after][2] == name and mentions[after][0] <= end:
            end = max(end, mentions[after][1])
            after += 1
        return any(
            0 <= j < len(mentions)
            and mentions[j][2] != name
            and mentions[j][2] not in excluded
            and antecedents.fitting.first(j) == j
            and self._joined(*sorted(((start, end), mentions[j][:2])))
            for j in (before, after)
        )

    def _joined(self, first: tuple[int, int], second: tuple[int, int]) -> bool:
        """Whether two names are joined by "and", "or" or "&", with only titles, roles and
        parentheses between, neither of them a possessive ("Hale and Ortiz's lawyer")."""
        text = self.text
        if (
            second[0] - first[1] > COORDINATION_CHARACTERS
            or POSSESSIVE_AFTER.match(text, first[1])
            or POSSESSIVE_AFTER.match(text, second[1])
        ):
            return False
        words = PARENTHESIS.sub(" ", text[first[1] : second[0]]).replace(",", " ").lower().split()
        lexicon = self.lexicon
        return words[:1] in (["and"], ["or"], ["&"]) and all(
            w in lexicon.titles or w in lexicon.roles for w in words[1:]
        )

    def _subject_of(
        self,
        clause_start: int,
        lo: int,
        hi: int,
        excluded: frozenset[str],
        antecedents: AntecedentIndex,
    ) -> int | None:
        """The index of the mention that is the subject of the main clause starting at
        `clause_start` ("Fox News host Sean Hannity indicated …"), if it may be the
        pronoun's: the most salient person of a sentence is its subject."""
        text = self.text
        modified_at = -1  # where the name modifying the next one starts
        for k in range(lo, min(hi, lo + EXCLUDED_SKIPS)):
            m_start, m_end, _ = self.mentions[k]
            if k > lo and m_start < self.mentions[k - 1][1]:
                continue  # "Hannity" inside "Sean Hannity": the whole name was read
            lead_start = modified_at if modified_at >= 0 else m_start
            modified_at = -1
            comma = text.rfind(",", clause_start, lead_start)
            lead = text[max(clause_start, comma + 1) : lead_start]
            if not self._name_lead(lead):
                continue
            if self._modifies_next(k, hi):
                # "Minnesota state delegate Mary Susan", "Lyle campaign communications
                # director Joan Pell": the name after heads the phrase this one opens
                modified_at = lead_start
                continue
            if POSSESSIVE_AFTER.match(text, m_end):
                continue  # "Trump's plan"
            opens = comma < 0 or self._described_opening(clause_start, comma)
            if not self._verb_may_follow(self._past_appositive(m_end) if opens else m_end):
                continue  # "…, Rubio and Cruz", "the South Carolina congressman"
            # a subject of unknown gender ("Republican", "Minnesota") is left to the
            # preferences below, where a person known to fit comes first; one an age or a
            # role showed to be a person ("Tomasz Wrona, 44, … Wrona told Mayor Dan Marsh")
            # is the subject all the same
            name = antecedents.names[k]
            if name in excluded or antecedents.fitting.first(k) != k:
                return None
            if antecedents.known.first(k) != k and name.rsplit(None, 1)[-1] not in (
                self.shown_surnames
            ):
                return None
            return k
        return None

    def _past_appositive(self, at: int) -> int:
        """Where the verb of a name opening its clause and ending at `at` may stand: after an
        appositive ("Dorsey, a former union leader, has", "Groberg, 33, opened") or after
        the comma closing the name's own appositive ("Dorsey's pollster, Ivan Petrak,
        says"); never before a relative clause's "who", which is no verb."""
        match = APPOSITIVE_AFTER.match(self.text, at)
        if match is None:
            return at
        after = NEXT_WORDS.match(self.text, match.end())
        if after is not None and after.group(1) in self.lexicon.relative_pronouns:
            return at
        return match.end()

    def _described_opening(self, start: int, comma: int) -> bool:
        """Whether the words from `start` to a comma describe someone by a role ("Dorsey's
        pollster", "An attorney for Pagliano", "Carson's longtime friend and adviser"), so
        that the name in apposition after the comma is the clause's subject."""
        words = self.text[start:comma].split()
        if not 2 <= len(words) <= DESCRIBED_OPENING_WORDS:
            return False
        lexicon = self.lexicon
        opening = words[0].lower() in lexicon.determiners or POSSESSIVE_S.search(words[0])
        return bool(opening) and any(word.lower().strip(",") in lexicon.roles for word in words[1:])

    def _modifies_next(self, k: int, hi: int) -> bool:
        """Whether the mention at index `k` modifies the name after it ("Minnesota state
        delegate Mary Susan", "Fox News host Sean Hannity"): a few words, the last a role."""
        end = self.mentions[k][1]
        after = bisect_left(self.mentions, (end,), k + 1, hi)  # past "Hannity" in "Sean Hannity"
        if after >= hi:
            return False
        bridge = self.text[end : self.mentions[after][0]]
        words = bridge.split()
        return (
            "," not in bridge
            and len(words) <= MODIFIER_WORDS
            and (
                not words
                or words[-1].lower().rstrip(".") in self.lexicon.roles
                or words[-1].lower() in self.lexicon.titles
            )
            and not any(self._no_modifier_word(word) for word in words)
        )

    def _no_modifier_word(self, word: str) -> bool:
        """Whether a word between two names shows that the first is no modifier of the
        second: a verb or a function word ("Vasko met Premier Dan Marsh", "Hale and Gov.
        Ortiz"), where a modifier's words are nouns ("campaign communications director")."""
        lower = word.lower()
        lexicon = self.lexicon
        if lower in lexicon.roles or lower.rstrip(".") in lexicon.titles or lower in lexicon.titles:
            return False
        return (
            len(lower) <= SHORT_WORD
            or lower.endswith("ed")
            or lower in lexicon.all_verbs
            or lower in lexicon.function_words
        )

    def _verb_may_follow(self, at: int) -> bool:
        """Whether the word after a name may be its verb or an adverb before it ("Hannity
        indicated", "Pence on Thursday blamed"): a lower-case word that is no noun of a
        person, role or body and no conjunction (a list, or a name modifying a noun)."""
        after = NEXT_WORDS.match(self.text, at)
        if after is None:
            return False
        word = after.group(1)
        lexicon = self.lexicon
        return not (
            word in lexicon.roles
            or word in lexicon.person_nouns
            or word in lexicon.organisation_words
            or word in lexicon.conjunctions
        )

    def _name_lead(self, lead: str) -> bool:
        """Whether the words before a name are only its title, role and determiner ("Fox News
        host", "former Gov.", "But the"): the name heads its phrase."""
        lexicon = self.lexicon
        for word in PLAIN_WORD.finditer(lead):
            lower = word.group().lower()
            if not (
                (
                    word.group()[0].isupper()
                    and lower not in self.filler
                    and lower not in lexicon.subordinators
                )
                or lower in lexicon.titles
                or lower in lexicon.roles
                or lower in lexicon.determiners
                or lower in lexicon.discourse_openers
            ):
                return False
        return True

    def _first_allowed(self, picked: MentionSet, lo: int, hi: int, excluded: frozenset[str]) -> int:
        """The first picked mention from `lo` (before `hi`) naming no one `excluded`, or `hi`.

        An excluded person named many times in a row ends the search after a few of them:
        the pronoun then looks no further back, and stays linear."""
        k = picked.first(lo)
        if not excluded:
            return min(k, hi)
        for _ in range(EXCLUDED_SKIPS):
            if k >= hi or self.mentions[k][2] not in excluded:
                return min(k, hi)
            k = picked.first(k + 1)
        return hi

    def _named_after(self, mention: Mention) -> frozenset[str]:
        """The people a subject pronoun's own clause names after it ("she told Tracy", "he
        asked Trump", "he said Reyes was wrong"): the pronoun cannot mean them.

        The clause ends at its first comma, colon or dash: a name further on may stand in
        an appositive or a relative clause ("he said, according to Uzi Arad, Mr.
        Netanyahu's adviser"). A possessive or a name after "the" modifies a noun ("the
        Carson campaign", "Reyes's plan") and may well be the pronoun's own. A cue closing
        its sentence excludes the people of the reported words before it, too."""
        index = bisect_right(self.sentence_starts, mention.start) - 1
        end = self.sentences[index][1] if index >= 0 else len(self.text)
        end = min(end, mention.end + OWN_CLAUSE_CHARACTERS)  # bounded: linear in the text
        stop = CLAUSE_END.search(self.text, mention.end, end)
        end = stop.start() if stop else end
        lo = bisect_left(self.mentions, (mention.end,))
        hi = min(bisect_left(self.mentions, (end,)), lo + EXCLUDED_SKIPS)
        text = self.text
        named = self._heads(lo, hi) | self._reported_before(mention, index, end, lo)
        # "she told Tracy": a given name alone names the person the article gave it to
        end = min(end, mention.end + CLAUSE_CHARACTERS)
        for word in GIVEN_NAME_WORD.finditer(text, mention.end, end):
            if not POSSESSIVE_AFTER.match(text, word.end()):
                named |= self._given_name_index().get(word.group(), set())
        return frozenset(named)

    def _answered(self, mention: Mention) -> frozenset[str]:
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
        reply = self._replies(mention.end)
        if not (reply and previous == paragraph) and previous != paragraph - 1:
            return frozenset()
        asker = self._cued_near(quoted[k - 1], self.analysis.paragraphs[previous])
        if asker is None:
            return frozenset()
        question = previous == paragraph - 1 and self._put_to_someone(asker, quoted[k - 1])
        return frozenset({asker[2]}) if reply or question else frozenset()

    def _named_in_quote(self, mention: Mention) -> frozenset[str]:
        """The people a pronoun's own quotation names ('"Rubio won tonight," he said', '"Bryan
        asserted his rights," he said'): speakers say "I", not their own name, so the
        pronoun means someone else. The quotation is the one its cue closes or opens."""
        quoted = self.analysis.quoted
        k = bisect_right(self.analysis.quoted_starts, mention.start) - 1
        if k < 0 or QUOTE_TO_CUE.fullmatch(self.text, quoted[k][1], mention.start) is None:
            k += 1  # 'He said: "…"': the quotation after the cue, in the same sentence
            index = bisect_right(self.sentence_starts, mention.start) - 1
            end = self.sentences[index][1] if index >= 0 else len(self.text)
            if k >= len(quoted) or quoted[k][0] > end:
                return frozenset()
        start, end = quoted[k]
        named: set[str] = set()
        text = self.text
        for word in QUOTED_NAME_WORD.finditer(text, start, min(end, start + QUOTED_CHARACTERS)):
            named |= self._people_called(POSSESSIVE_S.sub("", word.group()), word.start())
        return frozenset(named)

    def _people_called(self, word: str, at: int) -> set[str]:
        """The people a capitalised word in a quotation may name: the person of that surname
        nearest to `at`, a person known by that word alone, or those with that given name."""
        if word.lower() in self.filler:
            return set()  # "Will they …", "Both sides …": a common word opening a sentence
        if word in self.by_surname:
            return {self.canonical((word,), at)}
        if word in self.people:
            return {word}
        return self._given_name_index().get(word, set())

    def _replies(self, at: int) -> bool:
        """Whether the words after `at` are a reply verb ("answered", "shot back")."""
        words = NEXT_WORDS.match(self.text, at)
        if words is None:
            return False
        lexicon = self.lexicon
        first, second = words.group(1), words.group(2)
        lemma = lexicon.speech_verbs.get(first) or lexicon.phrasal_verbs.get((first, second or ""))
        return lemma in lexicon.reply_verbs

    def _cued_near(
        self, quote: tuple[int, int], paragraph: tuple[int, int]
    ) -> tuple[int, int, str] | None:
        """The person a cue names for `quote` in its paragraph: the first named after it,
        else the last named before it."""
        start, end = quote
        after = bisect_left(self.mentions, (end,))
        for mention in self.mentions[after : after + EXCLUDED_SKIPS]:
            if mention[0] >= paragraph[1]:
                break
            if mention[0] in self.speaker_starts:
                return mention
        before = bisect_left(self.mentions, (start,))
        for mention in reversed(self.mentions[max(0, before - EXCLUDED_SKIPS) : before]):
            if mention[0] < paragraph[0]:
                break
            if mention[0] in self.speaker_starts:
                return mention
        return None

    def _put_to_someone(self, asker: tuple[int, int, str], quote: tuple[int, int]) -> bool:
        """Whether `quote` is a question its asker put to someone named ("Boyle asked
        Trump", "Hannity pressed Mr. Trump")."""
        start, end = quote
        if "?" not in self.text[max(start, end - 3) : end]:
            return False
        k = bisect_left(self.mentions, (asker[1],))
        if k >= len(self.mentions):
            return False
        return PUT_TO.fullmatch(self.text, asker[1], self.mentions[k][0]) is not None

    def _reported_before(self, mention: Mention, index: int, end: int, lo: int) -> set[str]:
        """The people named in the reported words before a sentence's closing cue ("Trump's
        plan would fail, he said."): they are spoken about, not speaking.

        The words start after the last dash or semicolon, and after an opening clause of
        their own ("When Trump spoke, he said." may mean him). `end` is where the pronoun's
        clause ends, and `lo` the index of the first mention after it."""
        text = self.text
        sentence_start = self.sentences[index][0] if index >= 0 else 0
        if self._quotation_continues(mention.start, sentence_start):
            # 'Rubio "apologized many times," he said', 'When Obama offered …, "states
            # needed it," he said': narrative words before a quotation its cue closes are
            # part of what was said, whatever clause they open
            first = bisect_left(self.mentions, (sentence_start,))
            before = bisect_left(self.mentions, (mention.start,))
            return self._heads(max(first, lo - EXCLUDED_SKIPS), before)
        comma = REPORTED_BEFORE.search(text, max(sentence_start, mention.start - 3), mention.start)
        if (
            comma is None
            or text[comma.start() - 1 : comma.start()] in self.closing_marks
            or FINAL_CUE.match(text, mention.end, end) is None
        ):
            return set()
        boundary = CLAUSE_BOUNDARY.search(text[sentence_start : comma.start()])
        start = sentence_start + (boundary.end() if boundary else 0)
        start = self._main_clause_start(start, comma.end())
        first = bisect_left(self.mentions, (start,))
        before = bisect_left(self.mentions, (comma.start(),))
        return self._heads(max(first, lo - EXCLUDED_SKIPS), before)

    def _quotation_continues(self, at: int, sentence_start: int) -> bool:
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
        if (
            LETTER.search(text, sentence_start, opening) is None
            # "… refugees. ''You'd have to be insane,'' he said": a quotation that opens a
            # sentence of its own, where the sentence splitter did not cut
            or SENTENCE_END_BEFORE.search(text, sentence_start, opening) is not None
        ):
            return False
        if "," in text[quoted[k][1] : at]:
            return True  # the comma outside the closing mark: a paraphrase ends
        before = NARRATIVE_END.search(text, sentence_start, opening)
        if before is None:
            return False
        if before.group(1) in (",", "-", "—", "–"):
            return True
        last = bisect_left(self.mentions, (before.end(1),)) - 1
        word = before.group(1).lower()
        return self.lexicon.pronouns.get(word) in ("male", "female", "plural") or (
            last >= 0 and self.mentions[last][1] == before.end(1)
        )

    def _heads(self, lo: int, hi: int) -> set[str]:
        """The people the mentions from index `lo` to `hi` name as a noun phrase's head: a
        possessive or a name after "the" modifies a noun ("the Carson campaign", "Reyes's
        plan"), and may well be a pronoun's own."""
        text = self.text
        return {
            name
            for start, stop_at, name in self.mentions[lo:hi]
            if not POSSESSIVE_AFTER.match(text, stop_at)
            and text[max(0, start - 4) : start].lower() != "the "
        }

    def _given_name_index(self) -> dict[str, set[str]]:
        """Each given name that opens a known person's full name → those people."""
        if self._by_given_name is None:
            self._by_given_name = {}
            for name in self.people:
                first, _, rest = name.partition(" ")
                if rest and first.lower() in self.lexicon.given_names:
                    self._by_given_name.setdefault(first, set()).add(name)
        return self._by_given_name

    def _recently_cued(self, name: str, offset: int) -> bool:
        """Whether a cue named `name` as a speaker in the sentence of `offset` or the two
        before it."""
        index = bisect_right(self.sentence_starts, offset) - 1
        floor = self.sentences[max(0, index - 2)][0] if index >= 0 else 0
        lo = bisect_left(self.mentions, (floor,))
        hi = bisect_left(self.mentions, (offset,))
        return any(
            m_name == name and m_start in self.speaker_starts
            for m_start, _, m_name in self.mentions[lo:hi]
        )

    def _recent_speaker(self, offset: int, index: int, gender: str | None) -> str | None:
        """The speaker a cue named in this sentence or the one before, when that person is
        known to be `gender` and is the only fitting person named there."""
        floor = self.sentences[max(0, index - 1)][0]
        lo = bisect_right(self.mentions, (floor, -1, ""))
        hi = bisect_left(self.mentions, (offset,))
        antecedents = self._antecedents(gender)
        speaker = antecedents.sure_speaker.last(hi)
        if speaker < lo or antecedents.person.names_differ(antecedents.person.first(lo), hi):
            return None
        return antecedents.names[speaker]

    def _antecedents(self, gender: str | None) -> AntecedentIndex:
        """The document's mentions indexed as antecedents of a pronoun of `gender`."""
        found = self._antecedent_index.get(gender)
        if found is None:
            found = self._antecedent_index[gender] = AntecedentIndex(
                self.mentions,
                self.people,
                self.speaker_starts,
                gender,
                self._no_one_names(),
                self._shared_surnames(),
                self._modifier_mentions(),
            )
        return found

    def _modifier_mentions(self) -> list[bool]:
        """For each mention, whether it is a name modifying a noun after "the" ("the Clinton
        campaign", "the Trump administration"): the body is spoken of, and "he" or "she"
        after it is not the person named."""
        text = self.text
        return [
            text[max(0, start - 4) : start] == "the " and NOUN_AFTER.match(text, end) is not None
            for start, end, _ in self.mentions
        ]

    def _shared_surnames(self) -> dict[int, list[str]]:
        """The index of each mention by a surname alone that several people of the article
        share ("Clinton": Bill and Hillary Clinton), with those people."""
        shared: dict[int, list[str]] = {}
        for k, (start, end, name) in enumerate(self.mentions):
            word = self.text[start:end]
            if " " in word or word not in self.by_surname:
                continue
            if k and self.mentions[k - 1][1] > start:
                continue  # "Clinton" inside "Hillary Rodham Clinton": the full name tells
            _, names = self._fullest_names((word,))
            people = [other for other in dict.fromkeys(names) if other in self.people]
            if len(people) < 2:
                continue
            # only the one the article introduces first, whom it is about: "Fiorina" after
            # "her husband, Frank Fiorina" still means Carly Fiorina, but "Clinton" in a
            # piece on Hillary Clinton never becomes a Bill Clinton named later
            main = min(self.by_surname[word])[1]
            if main != name and main in people:
                shared[k] = [main]
        return shared

    def _no_one_names(self) -> frozenset[str]:
        """The "people" of unknown gender whose name is a place, a plural noun or a
        possessive phrase ("South Carolina", "Critics", "Obama's Cabinet"): a cue may make
        them a speaker, but "he" or "she" never stands for them."""
        lexicon = self.lexicon
        return frozenset(
            name
            for name, person in self.people.items()
            if person.gender is None
            and (
                name.lower() in lexicon.regions
                or POSSESSIVE_INSIDE.search(name) is not None  # "Obama's Cabinet"
                or (
                    " " not in name
                    and name.endswith("s")
                    and (name.lower() in lexicon.roles or name[:-1].lower() in lexicon.roles)
                )
                or name.lower() in self.filler
            )
        )

    def _opens_with_pronoun(self, start: int, before: int, gender: str | None) -> bool:
        """Whether the sentence at `start` has a pronoun of `gender` as its subject, ahead
        of the first name in it (at `before`)."""
        for word in PLAIN_WORD.finditer(self.text, start, before):
            lower = word.group().lower().strip(".")
            if lower in self.lexicon.discourse_openers:
                continue
            lower = lower.split("'")[0].split("’")[0]  # "He's"
            return gender is not None and self.lexicon.pronouns.get(lower) == gender
        return False

    def _main_clause_start(self, start: int, end: int) -> int:
        """Where the main clause begins: after an opening subordinate clause and its comma."""
        match = self.patterns.subordinate_opening.match(self.text, start, end)
        return match.end() if match else start

    def sentence_subject(self, sentence: tuple[int, int]) -> Speaker | None:
        """The person a sentence is about: its opening pronoun or name ("But he regretted…")."""
        start, end = sentence
        # "When Wallace died, President Clinton released a statement": the main clause's
        start = self._main_clause_start(start, end)
        openers = self.lexicon.discourse_openers
        # only the first words matter: read them lazily, however long the sentence
        words = PLAIN_WORD.finditer(self.text, start, end)
        word = next(words, None)
        while word is not None and word.group().lower().strip(",") in openers:
            word = next(words, None)
        if word is None:
            return None
        at = word.start()
        if self.lexicon.pronouns.get(word.group().lower()) in ("male", "female"):
            speaker, _ = self.resolve_pronoun(
                Mention(at, at + len(word.group()), "pronoun"),
                self.span(at, at + len(word.group())),
            )
            return speaker._replace(resolution="context") if speaker else None
        first = bisect_left(self.mentions, (at,))  # the first mention from `at` on
        for m_start, m_end, name in self.mentions[first : first + 1]:
            if m_start < end:
                if m_start - at > 40:
                    return None
                return _speaker(
                    name=name,
                    kind="person",
                    role=self.people[name].roles[0]
                    if self.people.get(name) and self.people[name].roles
                    else None,
                    mention=self.span(m_start, m_end),
                    resolution="context",
                )
        return None


class SourceChecks(Antecedents):
    """Whether a resolved phrase can speak: not a fragment, a headless description or a
    document, and a person the article shows to be one."""

    def is_headless(self, phrase: str) -> bool:
        """Whether a described source ends in a word that cannot head it: a verb ("the city
        embodied"), an adjective ("the deadly") or a bare number ("Forty-one")."""
        words = phrase.split()
        # "a tenant in the building": the head comes before the preposition
        cut = next(
            (i for i, w in enumerate(words) if w in self.lexicon.head_prepositions and i > 0), None
        )
        head = (cut if cut is not None else len(words)) - 1
        if head > 0 and words[head] in self.lexicon.postmodifiers:
            head -= 1  # "a person involved in the talks": the noun before "involved" heads it
        last = words[head].strip(".,'’")
        if not last or (not last[0].islower() and not last[0].isdigit()):
            return False
        lexicon = self.lexicon
        if last in lexicon.roles or last in lexicon.source_nouns:
            return False
        if len(words) == 2 and words[0].lower() == "those":
            return False  # "those surveyed", "those polled": a participle as a noun
        if last in lexicon.organisation_words or last.endswith("s"):
            return last in lexicon.all_verbs and not last.endswith("ss")
        return (
            last in lexicon.all_verbs
            or last in self.filler
            or last.endswith(self.lexicon.headless_endings)
            or last.isdigit()
        )

    def is_fragment(self, name: str) -> bool:
        """Whether a speaker name is only function words, quantifiers, sentence adverbs or bare
        adjectives ("Nonetheless", "the new"), a web label ("READ MORE"), or a count
        determiner before an acronym alone ("another GOP")."""
        words = [w.strip(".,'’") for w in name.lower().split()]
        words = [w for w in words if w]
        if not words or any(" ".join(words[:n]) in self.lexicon.web_labels for n in (1, 2, 3)):
            return True
        filler = self.filler
        if all(w in filler for w in words):
            return True
        if self._headline_words(name.split()):
            return True
        acronyms = name.split()[1:]
        return (
            words[0] in self.lexicon.singular_determiners
            and bool(acronyms)
            and all(w.isupper() or w.lower() in filler for w in acronyms)
        )

    def _headline_words(self, words: list[str]) -> bool:
        """Whether capitalised words are a headline or page furniture run together rather
        than a name: "Thanked Clinton For Her Courage In …" (a small word capitalised inside,
        as titles write "For", "To", "An"), "Cherkis FlagShareLikeReply" (words glued)."""
        small = self.lexicon.title_small_words
        if len(words) >= 4 and any(
            w[:1].isupper() and w.lower() in small and w.lower() != "of" for w in words[1:]
        ):
            return True
        return any(len(w) >= 9 and GLUED_WORDS.search(w) for w in words)

    def is_document(self, phrase: str) -> bool:
        """A document, not a person: "a report", "the memo obtained by …"; its words are
        quoted, but it does not speak, and it names no one to credit."""
        words = self._document_words(phrase)
        return words is not None and not any(
            w in self.lexicon.roles or w in self.lexicon.organisation_words for w in words
        )

    def _document_words(self, phrase: str) -> list[str] | None:
        """The words of a phrase headed by a document ("a court filing", "the memo
        obtained"), or None when it is headed by anything else."""
        words = [w.strip(".,") for w in phrase.lower().split()]
        if len(words) < 2 or not (
            words[0] in self.lexicon.determiners or POSSESSIVE_S.search(words[0])
        ):
            return None
        head = words[-1]
        if not head.isalpha():
            head = next((w for w in reversed(words) if w.isalpha()), "")
        if words[-1] in self.lexicon.document_participles:
            head = words[-2]  # "a memo obtained by …"
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

    def has_given_name_or_title(self, name: str) -> bool:
        """Whether the person `name` has a known given name or was given a title or role."""
        person = self.people.get(name)
        first = name.split()[0].lower()
        return first in self.lexicon.given_names or bool(person and person.roles)

    def plausible_source(self, speaker: Speaker | None) -> bool:
        """Whether a sentence's opening phrase names someone who could speak."""
        if speaker is None:
            return False
        if speaker.resolution == "pronoun":
            return True
        if speaker.kind == "person":
            surname = speaker.name.split()[-1]
            return speaker.name in self.people or any(
                name.split()[-1] == surname for name in self.people
            )
        last = speaker.mention.text.split()[-1].lower()
        return (
            last in self.lexicon.roles
            or last in self.lexicon.organisation_words
            or (speaker.kind == "group" and speaker.mention.text[-1:].isupper())
        )


class SpeakerResolver(SourceChecks):
    """Resolves mentions in one document to speakers."""

    def __init__(self, analysis: DocumentAnalysis, explicit_names: list[Mention]) -> None:
        super().__init__(analysis, explicit_names)
        # where a speech verb's own subject names someone (set by the composer): unlike
        # `speaker_starts`, not the subjects of sentences that merely hold a quoted phrase
        self.cue_starts: set[int] = set()
        self._speaker_names: set[str] | None = None  # filled on first use
        # what the checks of `resolve` made of each speaker name, in any document
        self._fragments, self._person_names = _name_checks(self.lexicon)

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
            and self._main_clause_start(start, end) != words[k - 1].end()
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
        name = " and ".join(self.without_leading_words(s.name) for s in (first, second))
        self.groups.append((start, name))
        return _speaker(
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
        known = self._person_names.get(name, _UNCHECKED)
        if known is _UNCHECKED:
            if len(self._person_names) >= SPLIT_CACHE_SIZE:
                self._person_names.clear()
            known = self.without_leading_words(name)
            if self._determiner_inside(known):
                known = None
            self._person_names[name] = known
        return known

    def _determiner_inside(self, name: str) -> bool:
        """Whether a word after a name's first is a determiner or pronoun ("Shared This",
        "Thanks Her"): no name holds one."""
        lexicon = self.lexicon
        return any(
            word.lower() in lexicon.determiners
            or lexicon.pronouns.get(word.lower(), "speaker") != "speaker"
            for word in name.split()[1:]
        )

    def without_leading_words(self, name: str) -> str:
        """A person's name without a sentence adverb, quantifier, participle or glued time
        before it ("Neither Cruz", "Understated Perez", "PMChris Christie"): never printed
        as a name, whichever path built it."""
        words = name.split()
        words[0] = _unglued((0, words[0]))[1]
        leading = leading_words(self.lexicon)
        while len(words) > 1 and (words[0].lower() in leading or self._describes(words[0])):
            words.pop(0)
        return " ".join(words)

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
            and self.is_common_noun(words[1])
        ):
            # "the MP", "the CEO": a determiner and an office written in capitals
            return self._resolve(mention._replace(kind="nominal"))
        if (
            len(words) == 1
            and self.is_common_noun(span.text)
            and not self._someones_surname(span.text)
        ):
            # "Residents have dubbed the road …": people the noun describes, not a name
            return self._unnamed(span, role), False
        run = self.split_run(mention.start, mention.end)
        if run is None:
            return None, False
        subject = self._headline_subject(run)
        if subject is not None:
            # "Black Lawmakers Rip Donald Trump As A 'Disgusting Fraud'": the words before
            # the headline's verb speak, not a person named "… Rip Donald Trump"
            span = self.span(run.name_start, subject)
            return _speaker(
                name=span.text,
                kind=self._nominal_kind(span.text),
                role=role,
                mention=span,
                resolution="explicit",
            ), False
        if self.is_organisation(run.words, run.start):
            name = self.text[mention.start : mention.end]
            self.groups.append((mention.start, name))
            return _speaker(
                name=name, kind="group", role=role, mention=span, resolution="explicit"
            ), False
        canonical = self.titled_canonical(run, mention.start)
        person = self.people.get(canonical)
        role = role or (run.title if self._is_role(run.title) else None)
        if person is not None:
            if role and person.add_role(role):
                self._index_role(person)
            role = role or (person.roles[0] if person.roles else None)
        return _speaker(
            name=canonical, kind="person", role=role or None, mention=span, resolution="explicit"
        ), False

    def _someones_surname(self, word: str) -> bool:
        """Whether the article names a person with `word` for surname ("Tom Farmer"), rather
        than a run that only ends with it ("Congressional Republicans")."""
        return any(self.has_given_name_or_title(full) for _, full in self.by_surname.get(word, ()))

    def _unnamed(self, span: Span, role: str | None) -> Speaker:
        """The unnamed person or group a description stands for, as the text words it; a
        later "they" may mean it."""
        self.groups.append((span.start, span.text))
        return _speaker(
            name=span.text,
            kind=self._nominal_kind(span.text),
            role=role,
            mention=span,
            resolution="explicit",
        )

    def _person(self, name: str, role: str | None, span: Span, resolution: Resolution) -> Speaker:
        """The known person `name` as the speaker a description stands for."""
        roles = self.people[name].roles
        return _speaker(
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


# Mentions of people a pronoun cannot mean that its search steps over before giving up; and
# the names after a pronoun in its sentence read for them ("she told Tracy …").
EXCLUDED_SKIPS = 8
# Words between a name and the name it modifies ("Minnesota state delegate Mary Susan").
MODIFIER_WORDS = 3
# Letters of a lower-case word too short to be a modifier's noun: "met", "won", "and".
SHORT_WORD = 3
# "and" after a plural subject, and the group it joins: a capitalised name with "the"
# ("the NDP", "the Green Party") or a plural noun ("unions").
AND_AFTER = regex.compile(r"\s+(?:and|&)\s+")
AND_BEFORE = regex.compile(r"\s+(?:and|&)\s+$")
# How far before a name the "and" joining another to it is looked for.
JOINED_REACH = 6
# A name joined after "and" ends at punctuation or at the sentence's end.
JOINED_NAME_END = regex.compile(r"[\p{L}\p{M}.'’ -]+?(?=\s*(?:[,;:!?()]|\.?\s*$|\.\s))")
COORDINATE_GROUP = regex.compile(
    r"(?:[Tt]he\s+)?\p{Lu}[\p{L}.'’&-]*(?:\s+\p{Lu}[\p{L}.'’&-]*)*(?=[\s,.;:])"
)
NEXT_WORDS_RUN = regex.compile(r"\G\s+(\p{Ll}+)")
GROUP_WORDS = 3
# Characters between two names joined by "and", with their titles and parentheses ("Sens.
# Jon Tester (D-Mont.) and David Vitter (R-La.)").
COORDINATION_CHARACTERS = 60
PARENTHESIS = re.compile(r"\([^()]{0,30}\)")
# An appositive after a subject's name, up to the comma that closes it (", a former union
# leader,", ", 33,"), or that closing comma alone; short, and no sentence or quotation in it.
APPOSITIVE_AFTER = regex.compile(r",(?:[^,.;:!?\"“”()]{1,60},)?")
# Words of a description before a subject named in apposition ("Carson's longtime friend
# and adviser, Armstrong Williams, said"): a noun phrase with a short modifier.
DESCRIBED_OPENING_WORDS = 6
# Characters of a pronoun's quotation read for the names of people it speaks of.
QUOTED_CHARACTERS = 2000
# A capitalised word in a quotation, which may name someone ("Rubio", "Bryan's").
QUOTED_NAME_WORD = regex.compile(r"(?<![\p{L}'’])\p{Lu}\p{Ll}+(?:['’]s?)?(?![\p{L}'’])")
# Characters of a pronoun's clause read for a given name standing alone ("she told Tracy").
CLAUSE_CHARACTERS = 160
# Characters before a name read for a role word ("spokeswoman Ann Vale").
ROLE_WORD_CHARACTERS = 24
# Occurrences of a capitalised word's lower-case form read to tell a common word ("People")
# from a surname: a handful settle it, and the search stays bounded.
COMMON_WORD_LOOKS = 16
# Up to this many surnames are searched for one by one in `_collect_surnames` (`str.find`
# is fast); more, and one pass over the text's capitalised words keeps it linear.
FEW_SURNAMES = 24
# Run text → (name offset in the run, name, title, name words), or None: see `split_run`.
RunSplit = tuple[int, str, str, tuple[str, ...]] | None
SPLIT_CACHE_SIZE = 50_000
_UNSEEN: RunSplit = (-1, "", "", ())
_UNCHECKED = "\0"  # no name: see `SpeakerResolver._person_name`


def _find_all(text: str, word: str, most: int) -> list[int]:
    """Up to `most` offsets where `word` stands in `text`."""
    found: list[int] = []
    at = text.find(word)
    while at >= 0 and len(found) < most:
        found.append(at)
        at = text.find(word, at + 1)
    return found


@cache
def leading_words(lexicon: Lexicon) -> frozenset[str]:
    """Words that open a capitalised run without being part of a name: determiners,
    pronouns, sentence openers, quantifiers and adverbs ("Neither", "Only", "Even"),
    conjunctions and subordinators; a given name or a word that opens names ("Will", "May",
    "New") stays in the name."""
    words = (
        lexicon.determiners
        | lexicon.pronouns.keys()
        | lexicon.sentence_openers
        | lexicon.not_speakers
        | lexicon.function_words
        | lexicon.subject_adverbs
        | lexicon.conjunctions
        | lexicon.subordinators
    )
    return frozenset(words - lexicon.given_names.keys() - lexicon.name_like_words)


def _unglued(word: tuple[int, str]) -> tuple[int, str]:
    """A run's first word without a time marker glued to it ("PMChris" → "Chris")."""
    start, text = word
    glued = GLUED_TIME.match(text)
    return (start + glued.end(), text[glued.end() :]) if glued else word


@cache
def _run_splits(lexicon: Lexicon) -> dict[str, RunSplit]:
    """The splits of capitalised runs already seen with `lexicon`, in any document."""
    return {}


@cache
def _name_checks(lexicon: Lexicon) -> tuple[dict[str, bool], dict[str, str | None]]:
    """What `SpeakerResolver` found of speaker names already checked with `lexicon`, in any
    document: whether each is a fragment, and the name a person so named goes by."""
    return {}, {}


@cache
def _openers(lexicon: Lexicon) -> frozenset[str]:
    """Words that open a phrase without naming anyone ("The", "Other", "Every"), with
    `not_speakers`: determiners, pronouns and sentence openers. Once per lexicon."""
    return frozenset(lexicon.determiners | lexicon.pronouns.keys() | lexicon.sentence_openers)


@cache
def _filler(lexicon: Lexicon) -> frozenset[str]:
    """Words that name no one on their own: quantifiers, sentence adverbs, determiners,
    pronouns and other function words. Once per lexicon."""
    return frozenset(
        lexicon.not_speakers
        | lexicon.determiners
        | lexicon.function_words
        | lexicon.sentence_openers
        | lexicon.pronouns.keys()
    )


@cache
def _capitalised_forms(words: frozenset[str]) -> frozenset[str]:
    """Each word as it stands in a name: capitalised, upper case, or as listed."""
    forms = {form for word in words for form in (word, word.capitalize(), word.upper())}
    return frozenset(forms | {form.rstrip(".") for form in forms})
