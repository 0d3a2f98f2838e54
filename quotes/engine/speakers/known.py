"""The people a document names and their mentions as they are gathered, with their look-ups."""

from __future__ import annotations

import re

from quotes.engine.lexicon import Lexicon
from quotes.engine.speakers.forms import NameForms
from quotes.engine.speakers.person import NameRun, Person, SharedName
from quotes.engine.speakers.words import (
    COMMON_WORD_LOOKS,
    FEW_SURNAMES,
    GIVEN_NAME_CHARACTERS,
    POSSESSIVE_S,
    WORD_BEFORE_NAME,
    find_all,
)
from quotes.engine.windows import COMMON_WORD_CHARACTERS

# A word between two spaces (the second left for the next word to start from).
SPACED_WORD = re.compile(r" ([^ ]+)(?= )")


class LowerCaseWords:
    """Whether an article also writes a word in lower case, as a word of its own between
    spaces: then the capitalised word is a common word, not a name.

    The first few questions search the text; after that the words between spaces are read
    once into a set, so that an article asking about thousands of names stays linear.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.asked = 0
        self.words: set[str] | None = None

    def holds(self, word: str) -> bool:
        lower = word.lower()
        if self.words is None:
            self.asked += 1
            if self.asked <= FEW_SURNAMES:
                return f" {lower} " in self.text
            # one word at a time, not a list of every word: a big text's peak stays low
            self.words = {match.group(1) for match in SPACED_WORD.finditer(self.text)}
        return lower in self.words


class KnownPeople:
    """The people of one document, each mention of them, and the name look-ups that need them."""

    def __init__(self, forms: NameForms) -> None:
        self.forms = forms
        self.analysis = forms.analysis
        self.text = forms.text
        self.lexicon = forms.lexicon
        self.people: dict[str, Person] = {}
        self.mentions: list[tuple[int, int, str]] = []  # start, end, canonical name
        self.speaker_starts: set[int] = set()
        # where a gendered title told a surname's person apart ("Mrs. Clinton"), and the
        # nearest-mention lookups of such people (titled_canonical)
        self.gendered_at: set[int] = set()
        self.shared_of_gender: dict[tuple[tuple[str, ...], str], SharedName] = {}
        # surname → the genders its honorifics and gendered titles show ("Mr.", "Mrs.")
        self.title_genders: dict[str, set[str]] = {}
        self.common: dict[str, bool] = {}  # see is_common_word
        # which words the article writes in lower case (no name), asked of given names
        self.lower_case = LowerCaseWords(self.text)

    def sort_mentions(self) -> None:
        """Puts the mentions in text order, each once, when all are gathered."""
        self.mentions = sorted(set(self.mentions))

    def titled_canonical(self, run: NameRun, at: int) -> str:
        """`canonical` for a run, where a gendered title before a surname alone rules out
        the people of the other gender: "Mrs. Clinton" is not the Bill Clinton named in
        full, and with no one else of that name, she is "Clinton"."""
        knighted = self.given_name_after_title(run)
        if knighted is not None:
            return knighted  # "Sir Keir" after "Sir Keir Starmer"
        gender = (
            self.forms.gender_from_title(run.title) if run.title and len(run.words) == 1 else None
        )
        if gender is None:
            return self.forms.canonical(run.words, at)
        name, names = self.forms.fullest_names(run.words)
        fitting = [n for n in names if self.may_be(n, gender)]
        if len(fitting) == len(names) or (not fitting and len(self.title_genders[name]) < 2):
            # no one else to be: "Mr. Graham" after "Lindsey Graham" is him, whatever the
            # given name usually shows, unless the article also writes "Mrs. Graham"
            return self.forms.canonical(run.words, at)
        if len(fitting) <= 1:
            return fitting[0] if fitting else name
        shared = self.shared_of_gender.get((run.words, gender))
        if shared is None:
            candidates = self.forms.by_surname[name.split()[-1]]
            shared = SharedName(candidates, set(fitting), bare=True)
            self.shared_of_gender[(run.words, gender)] = shared
        return shared.nearest(at)

    def given_name_after_title(self, run: NameRun) -> str | None:
        """The one person named in full with the given name a title such as "Sir" or
        "Dame" stands before ("Sir Keir" is Keir Starmer), if there is one."""
        if not run.title or len(run.words) != 1:
            return None
        if run.title.split()[-1].lower() not in self.lexicon.given_name_titles:
            return None
        given = run.words[0]
        fulls = [name for name in self.people if " " in name and name.split()[0] == given]
        return fulls[0] if len(fulls) == 1 else None

    def may_be(self, name: str, gender: str) -> bool:
        """Whether the person `name` may be of `gender`: not known to be of the other."""
        person = self.people.get(name)
        return person is None or person.gender in (None, gender)

    def add_surname_mention(self, surname: str, at: int) -> str | None:
        """Records the surname at `at` as a mention of the person it names there, and
        returns that person's name."""
        if self.analysis.in_quote(at) or at in self.gendered_at:
            return None  # in a quote, or "Mrs. Clinton", whom her title already told apart
        _, names = self.forms.fullest_names((surname,))
        # one full name with this surname: every mention is that person, wherever it is
        canonical = names[0] if len(names) == 1 else self.forms.canonical((surname,), at)
        if canonical not in self.people or other_given_name(
            self.text, self.lexicon, surname, at, names
        ):
            return None
        self.mentions.append((at, at + len(surname), canonical))
        return canonical

    def add_full_name(self, run: NameRun) -> None:
        name = " ".join(run.words)
        name = POSSESSIVE_S.sub("", name)
        person = self.people.get(name)
        if person is None:
            person = Person(name, self.forms.run_gender(run))
            self.people[name] = person
        surname = name.split()[-1]
        self.forms.by_surname.setdefault(surname, []).append((run.start, name))
        given = name.split()[0]
        if given.lower() in self.lexicon.given_names:
            self.forms.by_given.setdefault(given, set()).add(name)

    def is_common_word(self, run: NameRun) -> bool:
        """Whether a lone capitalised word is a common word opening a sentence ("People",
        "Protesters", "Hundreds", "Whatever"), not a surname: untitled, no full name or
        given name has it, and the article writes it in lower case elsewhere."""
        if run.title or len(run.words) != 1:
            return False
        word = POSSESSIVE_S.sub("", run.words[0])
        if word in self.forms.by_surname or word.lower() in self.lexicon.given_names:
            return False
        if self.is_common_noun(word):
            return True
        if word not in self.common:
            lower = word.lower()
            self.common[word] = word != lower and any(
                not self.text[at - 1 : at].isalpha()
                and not self.text[at + len(lower) : at + len(lower) + 1].isalpha()
                for at in find_all(
                    self.text,
                    lower,
                    COMMON_WORD_LOOKS,
                    max(0, run.start - COMMON_WORD_CHARACTERS),
                    run.start + COMMON_WORD_CHARACTERS,
                )
            )
        return self.common[word]

    def is_common_noun(self, word: str) -> bool:
        """Whether a capitalised word is a noun the lexicon knows for people ("Residents",
        "Locals", "Protesters" opening a sentence): a group or a description, no name."""
        lower = word.lower()
        lexicon = self.lexicon
        singular = lower[:-1] if lower.endswith("s") else lower  # "Adults", "Teachers"
        return word != lower and (
            lower in lexicon.roles
            or lower in lexicon.plural_nouns
            or singular in lexicon.person_nouns
            or lower in lexicon.person_nouns
        )


def other_given_name(text: str, lexicon: Lexicon, surname: str, at: int, names: list[str]) -> bool:
    """Whether the surname at `at` follows, inside a sentence, a capitalised word that
    none of the people with that surname has as a given name: "the goal from Darragh
    Lyster" is not Paddy Lyster, whoever the article knows by that surname."""
    if at < 3 or text[at - 1] != " " or not text[at - 2].islower():
        return False  # most surnames follow a space and no capitalised word: checked cheaply
    before = WORD_BEFORE_NAME.search(text, max(0, at - GIVEN_NAME_CHARACTERS), at)
    if before is None:
        return False
    # the character before the word, over spaces (a short look back: no slice of the text)
    k = before.start() - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    if k < 0 or text[k] in SENTENCE_EDGE:
        return False  # a sentence's first word: "Later Lyster said"
    word = before.group(1)
    lower = word.lower()
    if (
        lower in lexicon.titles
        or lower in lexicon.honorifics
        or lower in lexicon.roles
        or lower in lexicon.party_words
        or lower in lexicon.function_words
        or lower in lexicon.sentence_openers
        or lower in lexicon.places
        or lower in lexicon.regions
    ):
        return False
    return not any(name.split()[0] == word for name in names) and f"{word} {surname}" not in names


# What may stand before a sentence's first word: its end mark, a line break, a colon or a
# quotation mark.
SENTENCE_EDGE = frozenset(".!?:\n\"“”'‘’")
