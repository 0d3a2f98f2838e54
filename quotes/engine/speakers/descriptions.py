"""Who a definite description ("the senator") stands for."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort

from quotes.engine.analysis import DocumentAnalysis
from quotes.engine.grammar import AGED, Mention, epithet_kin
from quotes.engine.lexicon import Lexicon
from quotes.engine.speakers.people import PeopleIndex
from quotes.engine.speakers.person import Person
from quotes.engine.speakers.vocabulary import introduction_of
from quotes.engine.windows import INTRODUCED_SINCE_CHARACTERS, PRONOUN_SENTENCES

# How many mentions back a kin epithet looks for its person.
EPITHET_MENTIONS = 8


def own_modifiers(person: Person, lexicon: Lexicon) -> set[str]:
    """The capitalised words a person's roles and descriptions give them ("Dutch",
    "Waterford", "Republican"), titles left out."""
    return person.modifiers | {
        word.lower()
        for role in person.roles
        for word in role.split()
        if word[:1].isupper()
        and word.lower() not in lexicon.titles
        and word.lower().rstrip(".") not in lexicon.titles
    }


def other_modifier(person: Person | None, modifiers: set[str], lexicon: Lexicon) -> bool:
    """Whether a role of `person` has another word where a description has one of
    `modifiers`: "Waterford manager" is not "the Limerick manager", nor a "Republican
    nominee" "the Democratic nominee"; a place, a party and any other word are different
    kinds ("Texas Rep." may be "the Republican lawmaker", a "Conservative councillor"
    "the Scammonden councillor")."""
    if person is None:
        return False
    own = own_modifiers(person, lexicon)
    if modifiers <= own:
        return False

    def kind(word: str) -> int:
        """A place, a party or another kind of modifier ("Waterford", "Scammonden")."""
        return 0 if word in lexicon.regions or word in lexicon.places else 1 + (word in parties)

    parties = lexicon.party_words
    return any(kind(m) == kind(w) for m in modifiers - own for w in own)


def own_of(person: Person | None, lexicon: Lexicon) -> set[str]:
    """`own_modifiers` of a person, or none for no one."""
    return own_modifiers(person, lexicon) if person is not None else set()


def last_fitting(
    lists: list[list[tuple[int, int, str]]],
    at: int,
    modifiers: set[str],
    people: dict[str, Person],
    lexicon: Lexicon,
) -> tuple[int, int, str] | None:
    """The last mention before `at`, in any of `lists`, of a person whom none of the
    description's `modifiers` rules out ("the Limerick manager")."""
    found = None
    if modifiers:
        # "the Dutch minister": someone given every word of the description comes first,
        # before a nearer minister given none ("Spain's fisheries minister, …")
        for described in lists:
            k = bisect_left(described, (at,))
            while k and not modifiers <= own_of(people.get(described[k - 1][2]), lexicon):
                k -= 1
            if k and (found is None or described[k - 1] > found):
                found = described[k - 1]
        if found is not None:
            return found
    for described in lists:
        k = bisect_left(described, (at,))
        while (
            k and modifiers and other_modifier(people.get(described[k - 1][2]), modifiers, lexicon)
        ):
            k -= 1
        if k and (found is None or described[k - 1] > found):
            found = described[k - 1]
    return found


def role_words(person: Person, lexicon: Lexicon) -> set[str]:
    """The words of a person's titles and roles, abbreviations spelled out."""
    words = {word for role in person.roles for word in role.lower().split()}
    words |= {word[3:] for word in words if word.startswith("ex-")}  # "Ex-premier"
    words |= person.described_as
    return words | {
        lexicon.title_abbreviations[w] for w in words if w in lexicon.title_abbreviations
    }


# The word after a description or name, and how far to look for it ("the mayor said",
# "Reyes also told"); after a name, past an aside set off by commas ("Ana Ruiz, who
# chairs the committee, said that") or the comma closing one before it ("The Minister of
# Community Services, Lucy Angnakak, said").
VERB_AFTER = re.compile(r"\s+(?:(?:also|then|later|again|once)\s+)?([a-z]+)\b(\s+that\b)?")
VERB_PAST_ASIDE = re.compile(rf"(?:,[^,.;:!?\"“”\n]{{1,90}},|,)?{VERB_AFTER.pattern}")
VERB_AFTER_CHARACTERS = 130


# A description set off before a name ("Her co-host, Jez Okoro-Lamb,", "The winchman,
# Lewis Grisedale,"): "the" or a possessive, then up to three words, then the comma.
DESCRIPTION_BEFORE_NAME = re.compile(
    r"(?i:\b(?:the|his|her|their|its|our|my))(?:\s+[\w'’-]+){1,3},\s+$"
)


def appositive_descriptions(
    text: str, mentions: list[tuple[int, int, str]]
) -> dict[str, list[tuple[int, int, str]]]:
    """Each description written in apposition before a person's name, lower-cased, to the
    mentions it names in text order: a later "her co-host said" or "the winchman said"
    means that person, whatever the words, as the article itself has said so."""
    named: dict[str, list[tuple[int, int, str]]] = {}
    for mention in mentions:
        start = mention[0]
        if text[start - 2 : start] != ", ":
            continue
        match = DESCRIPTION_BEFORE_NAME.search(text, max(0, start - 60), start)
        if match is not None:
            phrase = " ".join(match.group().rstrip(", ").lower().split())
            named.setdefault(phrase, []).append(mention)
    return named


class RecentPeople(PeopleIndex):
    """The people named or heard just before a point, whom a second reference may mean."""

    _appositives: dict[str, list[tuple[int, int, str]]] | None = None

    def _named_in_apposition(self, words: list[str], at: int) -> tuple[int, int, str] | None:
        """The person the same description (its lower-case words) last named in apposition
        before `at`."""
        if self._appositives is None:
            self._appositives = appositive_descriptions(self.text, self.mentions)
        named = self._appositives.get(" ".join(words), [])
        k = bisect_left(named, (at,))
        return named[k - 1] if k else None

    def _only_person_before(self, at: int, aged: bool) -> tuple[int, int, str] | None:
        """The last mention before `at`, in its sentence and the one before (or the one
        before that, when those name no one: "Florence Whitby spoke. She said … "…," the
        79-year-old said"), when they name exactly one person, and, for an `aged`
        reference, no age of theirs is known."""
        index = bisect_right(self.sentence_starts, at) - 1
        hi = bisect_left(self.mentions, (at,))
        named: set[str] = set()
        lo = hi
        for back in (1, 2):
            floor = self.sentences[max(0, index - back)][0] if index >= 0 else 0
            lo = bisect_left(self.mentions, (floor,))
            named = {name for _, _, name in self.mentions[lo:hi] if name in self.people}
            if named:
                break
        if len(named) != 1:
            return None
        person = self.people[named.pop()]
        if aged and any(AGED.fullmatch(word) for word in person.described_as):
            return None  # "Ruiz, 58," is not "the 71-year-old"
        return next(m for m in reversed(self.mentions[lo:hi]) if m[2] == person.name)

    def _heard_just_before(self, start: int, end: int) -> tuple[int, int, str] | None:
        """The one person named just before a description from `start` to `end` that a
        speech verb has for its subject, when a speech verb had that person for its own."""
        found = self._only_person_before(start, False)
        if found is None or not self._cue_subject(start, end):
            return None
        return found if self._spoke_since(found[2], found[0], start) else None

    def _cue_subject(self, start: int, end: int) -> bool:
        """Whether a speech verb comes right before or after the description ("the mayor
        said", "said the mayor"), not a name ("The nurse, Gwen Ode, said")."""
        verbs = self.lexicon.speech_verbs
        verb = VERB_AFTER.match(self.text, end, end + VERB_AFTER_CHARACTERS)
        before = self.text[max(0, start - VERB_AFTER_CHARACTERS) : start].split()
        return (verb is not None and verb.group(1) in verbs) or (
            bool(before) and before[-1] in verbs
        )

    def _spoke_since(self, name: str, since: int, at: int) -> bool:
        """Whether a cue names `name` as a speaker from the sentence holding `since` to `at`."""
        floor = self.sentences[max(0, bisect_right(self.sentence_starts, since) - 1)][0]
        lo = bisect_left(self.mentions, (floor,))
        hi = bisect_left(self.mentions, (at,))
        lexicon = self.lexicon
        for start, end, m_name in self.mentions[lo:hi]:
            if m_name == name and start in self.speaker_starts:
                return True
            verb = VERB_PAST_ASIDE.match(self.text, end, end + VERB_AFTER_CHARACTERS)
            if m_name != name or verb is None:
                continue
            # "Laboucan said the smoke …", "Ferrante agreed that …", not "Okoro allowed three runs"
            if verb.group(1) in lexicon.reporting_verbs or (
                verb.group(2) and verb.group(1) in lexicon.speech_verbs
            ):
                return True
        return False

    def _last_of_gender(self, gender: str | None, at: int) -> tuple[int, int, str] | None:
        """The last mention before `at` of a person known to be of `gender`, among the few
        mentions before it: the person a kin epithet ("the mother-of-two") refers back to."""
        if gender not in ("male", "female"):
            return None
        k = bisect_left(self.mentions, (at,))
        for mention in reversed(self.mentions[max(0, k - EPITHET_MENTIONS) : k]):
            person = self.people.get(mention[2])
            if person is not None and person.gender == gender:
                return mention
        return None


class Descriptions(RecentPeople):
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
        named = self._named_in_apposition(words, at)
        if named is not None and not self._introduced_since(words[-1], named[1], at):
            return named  # "Her co-host, Jez Okoro-Lamb, …" → "her co-host teased"
        kin_of = len(words) == 2 and words[0] in self.lexicon.possessive_pronouns
        if kin_of and words[1] in self.lexicon.kin_words:
            words = ["the", words[1]]  # "her husband said", after "her husband, Des Ybarra"
        if len(words) < 2 or words[0] != "the":
            return None
        if len(words) == 2 and words[1] in self.lexicon.pair_references:
            # "said the latter": the person PairReferences found it stands for, if any
            k = bisect_left(self.mentions, (at,))
            return (
                self.mentions[k] if k < len(self.mentions) and self.mentions[k][0] == at else None
            )
        if len(words) == 4 and words[2] == "of" and words[1] in self.lexicon.kin_words:
            words = [words[0], "-".join(words[1:])]  # "the mother of two", unhyphenated
        head = words[-1]
        possessive = any(word.endswith(("'s", "’s")) for word in words)
        kin = epithet_kin(head)
        if kin is not None:  # "the gran-of-four", "the father-of-two": tabloid style
            return self._last_of_gender(self.lexicon.kin_words.get(kin), at)
        aged = AGED.fullmatch(head) is not None  # "the 58-year-old"
        # "the 61-year-old millwright": an age given first in a second reference
        aged_before = any(AGED.fullmatch(word) for word in words[1:-1])
        synonyms = self.lexicon.role_synonyms.get(head, ())
        lexicon = self.lexicon
        known = head in lexicon.titles or head in lexicon.roles or head in lexicon.party_words
        epithet = head in self.lexicon.epithets  # "the youngster", "the winner"
        if not (known or aged or aged_before or synonyms or epithet):
            return None
        index = self._described_index()
        # the last mention before `at` of someone this role word (or a word it stands for,
        # "the skipper" for a captain) describes, whom no other modifier rules out
        modifiers = {w.lower() for w in phrase.split()[1:-1] if w[:1].isupper()}
        # and the age of "the 67-year-old grandmother" after "Marjorie Boutilier, 67,"
        lists = [index.get(w, []) for w in (head, *synonyms, *filter(AGED.fullmatch, words[1:-1]))]
        found = last_fitting(lists, at, modifiers, self.people, self.lexicon)
        if found is None and (aged or aged_before or epithet):
            # "Tom Reyes, a retired mill worker, left at 2 a.m. … the 71-year-old said": an
            # age or epithet first given in the second reference, to the one person just named
            found = self._only_person_before(at, aged or aged_before)
        elif found is None and not possessive and (head in lexicon.roles or head in lexicon.titles):
            # "Ducharme said the union would … "…," the union leader said": a role first
            # given in the second reference, to the one person just named as speaking
            found = self._heard_just_before(at, at + len(phrase))
        if found is not None and known and self._introduced_since(head, found[1], at):
            return None  # "A European diplomat said … the diplomat said": not Keita, named before
        return found

    def _introduced_since(self, head: str, since: int, at: int) -> bool:
        """Whether an unnamed person with this role word is introduced between `since` and
        `at`, within the last few sentences ("A European diplomat, speaking on condition of
        anonymity, said"): a second reference then means them."""
        index = bisect_right(self.sentence_starts, at) - 1
        # from the start of the sentence that last names the person: "The store's night
        # clerk … said he thinks about Farouqi" introduces the clerk before naming him
        since = self.sentences[max(0, bisect_right(self.sentence_starts, since) - 1)][0]
        floor = max(since, self.sentences[max(0, index - PRONOUN_SENTENCES)][0])
        floor = max(floor, at - INTRODUCED_SINCE_CHARACTERS)
        written = (
            self.text.find(head, floor, at) >= 0 or self.text.find(head.upper(), floor, at) >= 0
        )
        if floor >= at or not written:
            return False  # most second references: the word is not there at all ("MP" too)
        return introduction_of(self.lexicon, head).search(self.text, floor, at) is not None

    def _described_index(self) -> dict[str, list[tuple[int, int, str]]]:
        """Each role word → the mentions of the people it describes, in text order."""
        if self._described is None:
            self._described = {}
            for mention in self.mentions:
                self._mentions_of.setdefault(mention[2], []).append(mention)
            for name, mentions in self._mentions_of.items():
                person = self.people.get(name)
                if person is not None:
                    for word in self.role_words(person):
                        self._described.setdefault(word, []).extend(mentions)
                        self._described_names.setdefault(word, set()).add(name)
            for mentions in self._described.values():
                mentions.sort()
        return self._described

    def index_role(self, person: Person) -> None:
        """Adds a person's mentions under the words of a role they were just given."""
        if self._described is None:
            return
        mentions = self._mentions_of.get(person.name, [])
        for word in self.role_words(person):
            indexed = self._described_names.setdefault(word, set())
            if person.name not in indexed:
                indexed.add(person.name)
                described = self._described.setdefault(word, [])
                for mention in mentions:
                    insort(described, mention)

    def sole_holder(self, word: str) -> str | None:
        """The one person in the article a bare role word can mean ("Mayor says …" over a
        story naming Mayor Chantal Leduc), or None when no one or several hold it."""
        self._described_index()
        names = self._described_names.get(word.lower(), set())
        return next(iter(names)) if len(names) == 1 else None

    def role_words(self, person: Person) -> set[str]:
        """The words of a person's titles and roles, abbreviations spelled out."""
        return role_words(person, self.lexicon)
