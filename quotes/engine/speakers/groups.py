"""The groups "they" may stand for: groups credited with quotes and sentences' plural
subjects; and the body "it" stands for: the named organisation a sentence is about."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Mapping
from functools import cache

import regex

from quotes.engine.lexicon import Lexicon, alternation
from quotes.engine.speakers.descriptions import Descriptions
from quotes.engine.speakers.person import speaker_record
from quotes.engine.speakers.words import (
    AND_AFTER,
    COORDINATE_GROUP,
    GROUP_WORDS,
    ISSUING_CUE,
    ITS,
    LOWER_ANY,
    NAME_APPOSED_SUBJECT,
    NAME_SUBJECT,
    NEXT_WORDS,
    NEXT_WORDS_RUN,
    POSSESSIVE_S,
    TRAILING_PLURAL_CUE,
)
from quotes.engine.windows import (
    GROUP_CUE_CHARACTERS,
    GROUP_REACH_CHARACTERS,
    NAMED_BODY_SENTENCES,
    ORGANISATION_SENTENCES,
    PLURAL_SENTENCES,
)
from quotes.records import Span, Speaker

# Two names joined by "and" opening a sentence, a lower-case word (its verb) after them.
COUPLE = regex.compile(
    r"\s*(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]+)*\s+and\s+\p{Lu}[\p{L}'’-]+"
    r"(?:\s+\p{Lu}[\p{L}'’.-]+)+)(?=\s+\p{Ll})"
)


def couple_subject(
    text: str, start: int, end: int, people: Mapping[str, object]
) -> tuple[int, str] | None:
    """Two people opening a sentence as its subject ("Tom Hale and Ann Ruiz met", "Derek
    and Sunita Fairweather had saved"), whom a later "they" means, and where they open it."""
    match = COUPLE.match(text, start, end)
    if match is None or match.group(1).rsplit(" and ", 1)[-1] not in people:
        return None
    return match.start(1), match.group(1)


class Groups:
    """Groups named in one document, and the group a "they" stands for."""

    def __init__(self, index: Descriptions) -> None:
        self.index = index
        self.text = self.index.text
        self.lexicon = self.index.lexicon
        self.patterns = self.index.patterns
        self.sentences = self.index.sentences
        self.sentence_starts = self.index.sentence_starts
        self.named: list[tuple[int, str]] = []  # where each group is named, and its name
        self.bodies = Bodies(index, self)

    def add(self, start: int, name: str) -> None:
        """Notes a group named at `start`, which a later "they" may mean."""
        self.named.append((start, name))

    def pronoun_speaker(self, plural: bool, offset: int, span: Span) -> Speaker | None:
        """The group "they" (`plural`) or the body "it" at `offset` (its text `span`)
        stands for, or None: "it said" of a person, a thing or no one clear."""
        name = self.group_before(offset) if plural else self.bodies.body_before(offset)
        if name is None:
            return None
        return speaker_record(name=name, kind="group", mention=span, resolution="pronoun")

    def group_before(self, offset: int) -> str | None:
        """The group "they" at `offset` stands for: the nearest group credited with a quote,
        or the plural subject of a sentence ("Residents packed the hall."), within a few
        sentences; never one from far back in the article."""
        index = bisect_right(self.sentence_starts, offset) - 1
        floor = self.sentences[max(0, index - PLURAL_SENTENCES)][0] if index >= 0 else 0
        best: tuple[int, str] | None = None
        for start, name in reversed(self.named):
            if start < floor:
                break  # groups come in text order: the rest are further back
            if start < offset:
                best = (start, name)
                break
        for i in range(index, max(-1, index - PLURAL_SENTENCES - 1), -1):
            start, end = self.sentences[i]
            match = self.patterns.plural_subject.match(self.text, start, min(end, offset))
            if match is None and end <= offset:
                cued = self.cued_plural(start, end)
                if cued is not None and (best is None or cued[0] > best[0]):
                    best = cued  # "Every file will be checked, prosecutors said."
                    break
            couple = couple_subject(self.text, start, min(end, offset), self.index.people)
            if couple is not None:
                best = couple if best is None or couple[0] > best[0] else best
                break
            if match is not None and self.is_people(match.group(2).lower()):
                if best is None or match.start(1) > best[0]:
                    name = self.with_coordinate(match, min(end, offset))
                    if name and self.others_named(match.start(1) + len(name), offset):
                        return None  # "Officers arrested Dylan Marsh and his brother": either
                    best = (match.start(1), name)
                break
        return best[1] or None if best else None

    def cued_plural(self, start: int, end: int) -> tuple[int, str] | None:
        """The plural people a sentence ends by crediting ("…, prosecutors said."), and
        where they are named."""
        opening = max(start, end - GROUP_CUE_CHARACTERS)
        match = TRAILING_PLURAL_CUE.search(self.text, opening, end)
        if match is None or match.group(2) not in self.lexicon.speech_verbs:
            return None
        noun = match.group(1).split()[-1]
        return (match.start(1), match.group(1)) if self.is_people(noun) else None

    def issuing_group(self, start: int, at: int) -> str | None:
        """The plural people or body that a speech verb just before the document noun at
        `at` has for its subject ("police said in a news release"), if any."""
        match = ISSUING_CUE.search(self.text, max(start, at - GROUP_CUE_CHARACTERS), at)
        if match is None or match.group(2) not in self.lexicon.speech_verbs:
            return None
        subject = match.group(1)
        lower = subject.split()[-1].lower()
        plural_people = self.is_people(lower) and lower.endswith("s")
        return subject if plural_people or lower in self.lexicon.organisation_words else None

    def is_people(self, noun: str) -> bool:
        """Whether a plural noun names people: a role ("officials", "residents"), or the
        regular plural of one listed in the singular ("investigators")."""
        roles = self.lexicon.roles
        return noun in roles or (noun.endswith("s") and noun[:-1] in roles)

    def others_named(self, start: int, end: int) -> bool:
        """Whether the narrative between a plural subject and the "they" at `end` names
        other people "they" may mean as well: a person joined to another by "and"
        ("Officers arrested Dylan Marsh and his brother"), or a plural noun of people
        ("questioned three men", "an army of supporters"). Too far to read is unclear."""
        if end - start > GROUP_REACH_CHARACTERS:
            return True
        text = self.text
        in_quote = self.index.analysis.in_quote
        mentions = self.index.mentions
        lo = bisect_left(mentions, (start,))
        hi = bisect_left(mentions, (end,), lo)
        edges = {m[1] for m in mentions[lo:hi]} | {m[0] for m in mentions[lo:hi]}
        for joined in AND_AFTER.finditer(text, start, end):
            if in_quote(joined.start()):
                continue
            if joined.start() in edges or joined.end() in edges:
                return True
            owned = NEXT_WORDS.match(text, joined.end() - 1, end)
            if owned is not None and owned.group(1) in self.lexicon.possessive_pronouns:
                noun = owned.group(2) or ""
                if noun in self.lexicon.kin_words or self.is_people(noun):
                    return True  # "Marsh and his brother", "the mayor and her aides"
        return any(
            (
                word.group() in self.lexicon.plural_nouns
                or (word.group().endswith("s") and self.is_people(word.group()))
            )
            and not in_quote(word.start())
            for word in LOWER_ANY.finditer(text, start, end)
        )

    def with_coordinate(self, match: regex.Match[str], end: int) -> str:
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
            if word.group(1).endswith("s") and self.verb_like(following):
                return text[match.start(1) : word.end()]
        return ""

    def verb_like(self, word: str) -> bool:
        """Whether a lower-case word may be the verb after a subject: a past form ("packed"),
        a verb the lexicon knows, or an auxiliary or adverb before one ("have", "also")."""
        lexicon = self.lexicon
        return word.endswith("ed") or word in lexicon.all_verbs or word in lexicon.function_words


class Bodies:
    """The organisation "it" stands for: the named body a sentence is about."""

    def __init__(self, index: Descriptions, groups: Groups) -> None:
        self.index = index
        self.groups = groups
        self.text = self.index.text
        self.lexicon = self.index.lexicon
        self.sentences = self.index.sentences
        self.sentence_starts = self.index.sentence_starts

    def body_before(self, offset: int) -> str | None:
        """The organisation "it" at `offset` stands for: the named body that is the
        subject of its sentence, or of the sentence before when a quotation opens the
        pronoun's ("The Harwell Farmers' Union has opposed the scheme. "…," it said");
        None when that subject is a person, a thing or unclear: a blank beats a guess."""
        index = bisect_right(self.sentence_starts, offset) - 1
        for i in (index, index - 1):
            if i < 0:
                return None
            start, end = self.sentences[i]
            limit = min(end, offset)  # the main clause of "Asked about it, it said:" is "it …"
            start = min(self.index.main_clause_start(start, end), limit)
            opening = start
            while opening < limit and self.text[opening].isspace():
                opening += 1
            quoted = opening < limit and self.index.analysis.in_quote(opening + 1)
            if i == index and (quoted or opening >= limit):
                continue  # '"…," it said', "It said": the sentence before says who "it" is
            if quoted:
                return self.credited_body(start, end)  # '"…," Acme said. "…," it said'
            named = self.named_body(start, limit)  # else described: "The company said it …"
            return named or body_of_clauses(self.text, start, limit, self.lexicon)
        return None

    def named_body(self, start: int, limit: int) -> str | None:
        """The organisation named as the subject of the clause at `start`, if it is one:
        a name with an organisation word ("Union", "Corp.", "Ministry") or an acronym,
        that a lower-case word (its verb) follows and that owns nothing ("Acme's shares")."""
        match = NAME_SUBJECT.match(self.text, start, limit)
        if match is not None and match.group(2) in self.lexicon.head_prepositions:
            match = NAME_APPOSED_SUBJECT.match(self.text, start, limit)  # "X of Y, which …,"
        if match is None or match.group(2) in self.lexicon.conjunctions:
            return None
        name = match.group(1).rstrip(".")
        if self.is_body(name):
            return name
        # "Harlow Mills said it would close its plant": a name no person has, that the
        # clause goes on to call "it", is a body whatever its words
        its = ITS.search(self.text, match.end(1), limit) is not None
        verb = verb_after(match.group(2), self.lexicon)  # not "Days after its report …"
        return name if its and verb and self.names_no_person(name) else None

    def credited_body(self, start: int, end: int) -> str | None:
        """The last organisation credited with a quote between `start` and `end`."""
        for at, name in reversed(self.groups.named):
            if at < start:
                return None
            if at < end and self.is_body(name):
                return name
        return None

    def is_body(self, name: str) -> bool:
        """Whether a capitalised name is an organisation's: an organisation word or "&" in
        it ("Holbrook & Tarrant"), or an acronym alone; never a possessive."""
        words = name.split()
        if not words or POSSESSIVE_S.search(words[-1]):
            return False
        acronym = len(words) == 1 and len(name) > 1 and name.isupper()
        return acronym or "&" in words or not self.index.organisation_words.isdisjoint(words)

    def issuer(self, start: int, at: int, span: Span) -> Speaker | None:
        """The body that issued the document named at `at` in the sentence from `start`
        ("police said in a news release"), as the speaker of `span` ("the statement")."""
        opening = self.index.main_clause_start(start, at)
        name = self.named_body(opening, at) or self.groups.issuing_group(start, at)
        if name is None:
            return None
        return speaker_record(name=name, kind="group", mention=span, resolution="context")

    def organisation_speaker(self, span: Span) -> Speaker | None:
        """The organisation "the company" (or utility, ministry …) at `span` stands for,
        if one was named shortly before."""
        words = span.text.split()
        if not company_reference(words, self.lexicon):
            return None
        # "the association" after "the National Apartment Owners Association": by its name
        name = body_named_with(self.index, words[-1], span.start)
        name = name or self.organisation_before(span.start)
        if name is None or (len(words) == 3 and self.index.is_place(tuple(name.split()))):
            return None  # "Moscow dismissed it. … the foreign ministry said": a part of it
        return speaker_record(name=name, kind="group", mention=span, resolution="context")

    def organisation_before(self, offset: int) -> str | None:
        """The organisation "the company" at `offset` stands for: the nearest body credited
        with a quote, or named as a sentence's subject without naming a person ("Airbnb
        said in a statement …"), within a few sentences; None if there is none."""
        index = bisect_right(self.sentence_starts, offset) - 1
        for i in range(index, max(-1, index - ORGANISATION_SENTENCES - 1), -1):
            start, end = self.sentences[i]
            limit = min(end, offset)
            credited = [
                name
                for at, name in self.groups.named
                if start <= at < limit and name[:1].isupper() and self.names_no_person(name)
            ]
            if credited:
                return credited[-1]  # "Acme said. "…," the company added": not "a spokesman"
            opening = self.index.main_clause_start(start, limit)
            for pattern in (NAME_SUBJECT, NAME_APPOSED_SUBJECT):
                # "Airbnb said …", "Xcel Energy, the state's largest utility, said …"
                match = pattern.match(self.text, opening, limit)
                if match is None or self.index.analysis.in_quote(match.start(1)):
                    continue
                name = match.group(1).rstrip(".")
                if name.split()[0].lower() in self.lexicon.singular_determiners:
                    continue  # "A Government Accountability Office report found": a modifier
                if self.index.known.is_common_noun(name):
                    continue  # "Landlords say …", "Divers photographed …": people, no body
                if verb_after(match.group(2), self.lexicon) and (
                    said_it(self.text, name, match.end(), self.index)
                    or self.names_no_person(name)
                    or self.is_body(name)
                ):
                    return name
        return None

    def names_no_person(self, name: str) -> bool:
        """Whether a capitalised subject names no person the article knows or could: no
        given name or title opens it, and no one has it for a surname."""
        words = name.split()
        first = words[0].lower()
        lexicon = self.lexicon
        if first in lexicon.given_names or first.rstrip(".") in lexicon.titles:
            return False
        if (
            first in lexicon.function_words
            or first in lexicon.discourse_openers
            or first in lexicon.determiners
            or first in lexicon.object_prepositions
        ):
            return False  # "In a 2013 memo, …", "The filibuster garnered …"
        person = self.index.people.get(name)
        if person is not None and (person.gender is not None or bool(person.roles)):
            return False
        surname = POSSESSIVE_S.sub("", words[-1])
        return not any(
            self.index.has_given_name_or_title(full)
            for _, full in self.index.by_surname.get(surname, ())
        )


def said_it(text: str, name: str, at: int, index: Descriptions) -> bool:
    """`Orrin said it would co-operate`: "it" after the verb at `at` shows a body, whatever
    the one word, unless the article names someone so ("Hale said it would rain")."""
    return (
        text.startswith(" it ", at)
        and " " not in name
        and name not in index.people
        and name not in index.by_surname
    )


def company_reference(words: list[str], lexicon: Lexicon) -> bool:
    """Whether a phrase refers back to an organisation: "the company", or a lower-case word
    before the noun, "the health system"."""
    modifier = len(words) == 3 and words[1].isalpha() and words[1].islower()
    if not (len(words) == 2 or modifier) or words[0].lower() != "the":
        return False
    return words[-1].lower() in lexicon.company_nouns


def body_named_with(index: Descriptions, head: str, offset: int) -> str | None:
    """The last body named within a dozen sentences before `offset` whose name ends with
    `head` capitalised ("National Apartment Owners Association" for "the association")."""
    text, lexicon = index.text, index.lexicon
    k = bisect_right(index.sentence_starts, offset) - 1
    floor = index.sentences[max(0, k - NAMED_BODY_SENTENCES)][0] if k >= 0 else 0
    # searched backwards ((?r)): the last such name is found first
    pattern = rf"(?r)(?:\p{{Lu}}[\p{{L}}&'’.-]*[ \t]+){{1,6}}{regex.escape(head.capitalize())}\b"
    found = regex.search(pattern, text, pos=floor, endpos=offset)
    if found is None:
        return None
    words = found.group().split()
    # "in London The European Commission …" cannot be; "The Fairhaven Downtown Association"
    # is named without "The"
    determiners = [k for k, word in enumerate(words) if word.lower() in lexicon.determiners]
    if determiners:
        words = words[determiners[-1] + 1 :]
    return " ".join(words) if len(words) > 1 else None


@cache
def nominal_subject(lexicon: Lexicon) -> regex.Pattern[str]:
    """A description of a body opening a clause, a lower-case word (its verb) after it:
    "The company said …", "The Texas attorney general's office said …"."""
    heads = alternation(lexicon.company_nouns | lexicon.organisation_words)
    return regex.compile(
        rf"\s*([Tt]he\s+(?:[\p{{L}}\p{{M}}'’-]+\s+){{0,4}}?(?:{heads}))\s+(\p{{Ll}}+)"
    )


@cache
def coordinate_clause(lexicon: Lexicon) -> regex.Pattern[str]:
    """A comma and a conjunction opening a clause with its own subject ("…, but the")."""
    return regex.compile(rf",\s+{alternation(lexicon.clause_conjunctions)}\s+")


def body_of_clauses(text: str, start: int, limit: int, lexicon: Lexicon) -> str | None:
    """The described body of the clause at `start` or, failing that, of its sentence's last
    coordinate clause ("Its leader declined to be interviewed, but the council issued a
    short statement."), which a later "it" stands for."""
    body = nominal_body(text, start, limit, lexicon)
    if body is not None:
        return body
    clauses = list(coordinate_clause(lexicon).finditer(text, start, limit))
    return nominal_body(text, clauses[-1].end(), limit, lexicon) if clauses else None


def nominal_body(text: str, start: int, limit: int, lexicon: Lexicon) -> str | None:
    """The body a description names as the subject of the clause at `start` ("The
    company said it …", "The Texas attorney general's office said …"), as written."""
    match = nominal_subject(lexicon).match(text, start, limit)
    return match.group(1) if match and verb_after(match.group(2), lexicon) else None


def verb_after(word: str, lexicon: Lexicon) -> bool:
    """Whether the lower-case word after a subject reads as its verb ("said",
    "reported", "has"), not the rest of a phrase ("In a memo", "Local employers")."""
    return (
        word in lexicon.all_verbs or word in lexicon.auxiliaries or word.endswith("ed")
    ) and word not in lexicon.conjunctions
