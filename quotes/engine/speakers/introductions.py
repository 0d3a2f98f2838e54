"""What news writes right before or after a person's name: an age, a role in an appositive."""

from __future__ import annotations

from functools import cache

import regex

from quotes.engine.lexicon import Lexicon, alternation
from quotes.engine.speakers.person import NameRun, Person
from quotes.engine.speakers.words import (
    AGE_APPOSITIVE,
    APPOSITIVE_AFTER,
    BARE_ROLE_APPOSITIVE,
    COMMA_ASIDE,
    DESCRIBED_OPENING_WORDS,
    NEXT_WORDS,
    OFFICE_BEFORE_COMMA,
    PLURAL_NAME,
    POSSESSIVE_S,
    ROLE_APPOSITIVE,
    ROLE_WORD_CHARACTERS,
    WORD_BEFORE,
    WORD_BEFORE_COMMA,
)

# A relative clause of "who" right after a name: only people are "who".
WHO_AFTER = regex.compile(r",\s+who\s")


@cache
def whose_kin(lexicon: Lexicon) -> regex.Pattern[str]:
    """ ", whose 11-year-old son", ", whose wife": a relative clause giving a name's kin,
    which only a person has."""
    return regex.compile(
        rf",\s+whose\s+(?:[\p{{L}}\d-]+\s+){{0,2}}?(?i:{alternation(lexicon.kin_words)})\b"
    )


@cache
def referring_adjectives(lexicon: Lexicon) -> frozenset[str]:
    """The words a second reference may stand for ("irish" for "the Irishman")."""
    return frozenset(word for words in lexicon.role_synonyms.values() for word in words)


def capitalised_modifier(words: list[str], lexicon: Lexicon) -> str | None:
    """The last capitalised word of `words`, the few before a role word, lower-cased, when
    it modifies the role ("Republican vice-presidential nominee"); not a function word."""
    capital = next((word for word in reversed(words) if not word.islower()), "")
    lower = capital.lower()
    if not (capital[:1].isupper() and capital.isalpha()):
        return None
    if lower in lexicon.function_words or lower in lexicon.determiners:
        return None
    return None if lower in lexicon.discourse_openers else lower


def full_name_edges(runs: list[NameRun], lexicon: Lexicon) -> set[int]:
    """Where the runs that open with a given name and go on to a surname start and end."""
    given = lexicon.given_names
    return {
        edge
        for run in runs
        if len(run.words) > 1 and run.words[0].lower() in given
        for edge in (run.start, run.end)
    }


def joined_to_name(text: str, start: int, end: int, full_names: set[int]) -> bool:
    """`Both Ines Harlow and Maud Ferrante stood`: a run of two or three words that "and"
    joins to a person's full name (`full_names`: where such names start and end) is a
    person's, whatever the given name."""
    if not 1 <= text.count(" ", start, end) <= 2:
        return False
    before = start - len(" and ") if text.endswith(" and ", 0, start) else -1
    after = end + len(" and ") if text.startswith(" and ", end) else -1
    return before in full_names or after in full_names


# A capitalised word and a lower-case word (its verb, checked after).
SPEAKS = regex.compile(r"\b(\p{Lu}[\p{L}'’-]+) (\p{Ll}+)\b")


def speaking_surnames(text: str, lexicon: Lexicon) -> set[str]:
    """`Brandt said she understood …`, `Falcone said the night …`: the capitalised words a
    speech verb follows somewhere in the text, read in one pass: a full name ending in one
    is a person's, whatever the given name (bodies go by their first word, "Goldman said").
    """
    verbs = lexicon.speech_verbs
    return {
        word
        for word, verb in SPEAKS.findall(text)
        # an inflected verb: "Brightway agree to merge" in a headline is two firms' plural
        if verbs.get(verb, verb) != verb
        and PLURAL_NAME.search(word) is None  # "Democrats said"
        and POSSESSIVE_S.search(word) is None  # "The Post's repeated requests": no verb
        and word.lower() not in lexicon.function_words  # "on Twitter Thursday said"
        and word.lower() not in lexicon.places
        and word.lower() not in lexicon.regions
        and word.lower() not in lexicon.organisation_words
    }


def speaks_after(text: str, lexicon: Lexicon, start: int, end: int) -> bool:
    """`Dion Walker said he …`, `Hong Pham, who owns a salon, said her …`: a full name that a
    speech verb and "he", "she" or "her" follow, a relative clause between at most, is a
    person's, whatever the given name ("North Korea said it …" is not)."""
    if " " not in text[start:end].strip():
        return False
    aside = COMMA_ASIDE.match(text, end)
    if aside is not None and aside.group(1) in lexicon.relative_pronouns:
        end = aside.end()  # ", who owns a salon on Main Street,"
    match = NEXT_WORDS.match(text, end)
    if match is None or match.group(1) not in lexicon.speech_verbs:
        return False
    pronoun = match.group(2) or ""
    gender = lexicon.pronouns.get(pronoun) or lexicon.object_pronouns.get(pronoun)
    return gender in ("male", "female")


def word_before_name(text: str, start: int) -> str | None:
    """The lower-case word written just before the name at `start` that may be its role:
    right before it ("winger Luc Mathieu"), before a comma after a possessive or "the" ("her
    husband, Des Ybarra"), or an office before its field ("the Minister for Agriculture,
    Dónal Ó Murchú")."""
    before = text[start - 2 : start - 1]
    if before == ",":
        # "Calloway-Tran's coach, Pieter Vandermolen", "her husband, Desmond Ybarra"
        pattern, reach = WORD_BEFORE_COMMA, 2 * ROLE_WORD_CHARACTERS
    elif before.islower():
        pattern, reach = WORD_BEFORE, ROLE_WORD_CHARACTERS
    else:
        return None  # a role word is lower case and ends right before the name's space
    found = pattern.search(text, max(0, start - reach), start)
    if found is not None:
        word = found.group(1).lower()
    elif before == ",":
        # "the Minister for Agriculture, Dónal Ó Murchú": the office before its field
        office = OFFICE_BEFORE_COMMA.search(text, max(0, start - 2 * reach), start)
        if office is None:
            return None
        word = office.group(1).lower()
    else:
        return None
    return word


class Introductions:
    """Reads the ages and roles written around names in one document's text."""

    def __init__(self, text: str, lexicon: Lexicon) -> None:
        self.text = text
        self.lexicon = lexicon

    def introduced_after(self, end: int) -> bool:
        """Whether an age or a role appositive follows the word ending at `end` ("Groberg,
        33,", "Schoen, a pollster,"): what news writes after a person's name."""
        if AGE_APPOSITIVE.match(self.text, end) is not None:
            return True
        match = ROLE_APPOSITIVE.match(self.text, end) if self.text[end : end + 1] == "," else None
        roles = self.lexicon.roles
        return match is not None and any(word.lower() in roles for word in match.group(1).split())

    def age_after(self, end: int) -> str | None:
        """The age written after a name as news refers back to the person: "Ana Ruiz, 41,"
        → "41-year-old" ("the 41-year-old said")."""
        match = AGE_APPOSITIVE.match(self.text, end)
        return None if match is None else match.group().strip(", ") + "-year-old"

    def aged_after(self, start: int, end: int) -> bool:
        """`Tshepo Mokoena, 41, runs the shop`: a full name with an age after it is a
        person's, whatever the given name."""
        return (
            " " in self.text[start:end].strip() and AGE_APPOSITIVE.match(self.text, end) is not None
        )

    def described_after(self, start: int, end: int) -> bool:
        """`Vipin Narang, a political scientist at MIT, …`: a full name with a role after it
        in an appositive is a person's, whatever the given name."""
        if " " not in self.text[start:end].strip():
            return False
        if self.text[end : end + 1] != ",":
            return False
        match = ROLE_APPOSITIVE.match(self.text, end) or BARE_ROLE_APPOSITIVE.match(self.text, end)
        if match is None:
            return False
        roles, titles = self.lexicon.roles, self.lexicon.titles
        # a role or an office ("Gord Tillotson, the mayor of Silverbank,")
        return any(
            word.lower() in roles or word.lower() in titles for word in match.group(1).split()
        )

    def who_after(self, start: int, end: int) -> bool:
        """`Nadira Sethna-Pruitt, who studies energy policy, said`, `Mohit Tanwar, whose
        son …`: a full name that a relative clause of "who" or a "whose" and a kin word
        describes is a person's, whatever the given name."""
        if " " not in self.text[start:end].strip():
            return False
        return (
            WHO_AFTER.match(self.text, end) is not None
            or whose_kin(self.lexicon).match(self.text, end) is not None
        )

    def appositive_role(self, end: int) -> str | None:
        """What an appositive says the person named up to `end` is: "Ana Ruiz, a 61-year-old
        farmer, …" → "61-year-old farmer", "Ana Ruiz, 61, a farmer," → "farmer". The
        description ends at its head, before a preposition ("a nurse at the hospital")."""
        age = AGE_APPOSITIVE.match(self.text, end)
        if age is not None:
            end = age.end() - 1  # the role's comma is the age's closing one
        if self.text[end : end + 1] != ",":
            return None
        # AP style may drop the article: "Gord Tillotson, mayor of Silverbank,"
        match = ROLE_APPOSITIVE.match(self.text, end) or BARE_ROLE_APPOSITIVE.match(self.text, end)
        if match is None:
            return None
        words = match.group(1).split()
        lexicon = self.lexicon
        # "a surf instructor who has run lessons …": the relative clause is no part of it
        stops = lexicon.head_prepositions | lexicon.place_prepositions | lexicon.relative_pronouns
        cut = next((i for i, word in enumerate(words) if word in stops), len(words))
        words = words[:cut]
        head = words[-1].lower() if words else ""
        if head not in self.lexicon.roles and head not in self.lexicon.titles:
            return None  # "the former mayor" has a title word for its head, as roles do
        return " ".join(words)

    def role_before(self, start: int, end: int) -> bool:
        """`economist Eswar Prasad`, `Fox News host Bret Baier`, `His team director, Anke
        Schröder,`: a role word written just before a full name makes it a person's,
        whatever the given name."""
        before = self.text[start - 2 : start - 1]
        if not (before.islower() or before == ",") or " " not in self.text[start:end].strip():
            return False
        return self.role_word_before(start) is not None

    def role_word_before(self, start: int) -> str | None:
        """The lower-case role word written just before the name starting at `start`
        ("winger Luc Mathieu" → "winger", "former mayor Tom Pike" → "mayor", "her husband,
        Des Ybarra" → "husband"), by which "the winger" or "her husband" may refer back."""
        word = word_before_name(self.text, start)
        if word is None:
            return None
        lexicon = self.lexicon
        known = word in lexicon.roles or word in lexicon.titles or word in lexicon.kin_words
        return word if known else None

    def describe_before(self, person: Person, start: int) -> None:
        """Adds to `person` the role word before their name starting at `start`, the
        nationality before it and the capitalised word before it ("Irish full-back Conor
        Dunleavy": "full-back", "irish"; "Waterford manager Ciarán de Paor": "manager" and
        the modifier "waterford"), by which "the full-back", "the Irishman" or "the
        Waterford manager" may refer back, and "the Limerick manager" may not."""
        role = self.role_word_before(start)
        if role is None:
            return
        person.described_as.add(role)
        role_start = self.text.rfind(role, 0, start)
        if self.text.startswith(", ", role_start - 2):
            # "Her father, coach Greg Halvorsen,": "her father" refers back to him too
            described = self.role_word_before(role_start)
            if described is not None:
                person.described_as.add(described)
        words = self.text[max(0, start - 3 * ROLE_WORD_CHARACTERS) : start].split()
        before = words[-2].lower() if len(words) >= 2 and words[-1] == role else ""
        if before in referring_adjectives(self.lexicon):
            person.described_as.add(before)
        modifier = capitalised_modifier(words[-4:-1], self.lexicon)
        if modifier is not None:
            person.modifiers.add(modifier)

    def past_appositive(self, at: int) -> int:
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

    def described_opening(self, start: int, comma: int) -> bool:
        """Whether the words from `start` to a comma describe someone by a role ("Dorsey's
        pollster", "An attorney for Pagliano", "Carson's longtime friend and adviser"), so
        that the name in apposition after the comma is the clause's subject."""
        words = self.text[start:comma].split()
        if not 2 <= len(words) <= DESCRIBED_OPENING_WORDS:
            return False
        lexicon = self.lexicon
        opening = words[0].lower() in lexicon.determiners or POSSESSIVE_S.search(words[0])
        return bool(opening) and any(word.lower().strip(",") in lexicon.roles for word in words[1:])
