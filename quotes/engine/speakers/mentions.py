"""Finding the mentions of people: full names, titled surnames, kin names, bare surnames."""

from __future__ import annotations

from quotes.engine.lexicon import Lexicon
from quotes.engine.speakers.introductions import Introductions
from quotes.engine.speakers.known import KnownPeople, LowerCaseWords
from quotes.engine.speakers.person import NameRun, Person
from quotes.engine.speakers.vocabulary import kin_order, kin_word_reach
from quotes.engine.speakers.words import (
    FEW_SURNAMES,
    KIN_NAME,
    KIN_NAME_CHARACTERS,
    KIN_OWNER,
    KIN_OWNER_CHARACTERS,
    MIN_NAME_LETTERS,
    PARTY_TAG_AFTER,
    POSSESSIVE_S,
    UPPER_RUN,
)


class MentionFinder:
    """Finds each mention of the people a document names, and records them as known."""

    def __init__(self, known: KnownPeople, introductions: Introductions) -> None:
        self.known = known
        self.forms = known.forms
        self.analysis = self.forms.analysis
        self.text = self.forms.text
        self.lexicon = self.forms.lexicon
        self.introductions = introductions

    def add_people(self, runs: list[NameRun], explicit_starts: set[int]) -> None:
        """Records the people `runs` name: full names first, then titled surnames, then
        every mention of a known person."""
        titled: list[NameRun] = []
        for run in runs:
            if not self.forms.is_person(run, run.start in explicit_starts):
                continue
            if len(run.words) >= 2:
                self.known.add_full_name(run)
            elif run.title:
                # "President Biden", "Mr. Reyes": a person, though only the surname shows
                titled.append(run)
        for run in runs:
            gender = self.forms.gender_from_title(run.title) if run.title else None
            if gender is not None:
                surname = POSSESSIVE_S.sub("", run.words[-1])
                self.known.title_genders.setdefault(surname, set()).add(gender)
        for run in titled:
            name = POSSESSIVE_S.sub("", run.words[0])
            if (
                name not in self.forms.by_surname
                or self.known.titled_canonical(run, run.start) == name
            ):
                # "Mrs. Clinton" where the article names only Bill Clinton in full: another
                # person, whose title shows she is not him
                self.known.people.setdefault(name, Person(name, self.forms.run_gender(run)))
        for run in runs:
            if self.forms.is_organisation(run):
                continue
            canonical = self.forms.canonical(run.words, run.start)
            if run.title and len(run.words) == 1:
                told_apart = self.known.titled_canonical(run, run.start)
                if told_apart != canonical:
                    self.known.gendered_at.add(run.name_start)
                    canonical = told_apart
            if canonical in self.known.people:
                person = self.known.people[canonical]
                if person.gender is None:
                    person.gender = self.forms.gender_from_title(run.title)
                if self.forms.is_role(run.title):
                    person.add_role(run.title)
                self._describe(person, run.end)
                # "the winger" or "the Irishman" after "Irish winger Luc Mathieu"
                self.introductions.describe_before(person, run.name_start)
                self.known.mentions.append((run.name_start, run.end, canonical))

    def _add_surname(self, surname: str, at: int) -> None:
        """Records a surname mention, and what an appositive after it says of the person."""
        name = self.known.add_surname_mention(surname, at)
        if name is not None:
            self._describe(self.known.people[name], at + len(surname))

    def _describe(self, person: Person, end: int) -> None:
        """Adds what an appositive after a mention ending at `end` says the person is: a role
        ("Aubry, a French midfielder,"), an age ("the 58-year-old" after "Ruiz, 58,") or a
        party and place ("Vasquez, D-Tucson,")."""
        tagged = party_tag(self.text, end, self.lexicon)
        if tagged is not None:  # "Sen. Elena Vasquez, D-Tucson,": "the Tucson Democrat"
            person.described_as.add(tagged[0])
            person.modifiers.add(tagged[1])
        if not self.text.startswith(",", end):
            return
        role = self.introductions.appositive_role(end)
        if role is not None:
            person.described_as.update(role.lower().split())
        age = self.introductions.age_after(end)
        if age is not None:
            person.described_as.add(age)

    def collect_surnames(self) -> None:
        """Every mention of a known person by surname alone ("Clinton", "Clinton's").

        Surnames of letters alone are found in one pass over the capitalised words of the
        text, so that an article naming thousands of people stays linear; the rare others
        ("O'Brien") are searched for one by one.
        """
        text = self.text
        plain = {surname for surname in self.forms.by_surname if UPPER_RUN.fullmatch(surname)}
        if len(plain) <= FEW_SURNAMES:
            plain = set()  # a few searches for the word itself beat a pass over every word
        if plain:
            for match in UPPER_RUN.finditer(text):
                if match.group() in plain:
                    self._add_surname(match.group(), match.start())
        for surname in self.forms.by_surname:
            if surname in plain:
                continue
            at = text.find(surname)
            while at >= 0:
                end = at + len(surname)
                if stands_alone(text, at, end):
                    self._add_surname(surname, at)
                at = text.find(surname, end)

    def add_kin_names(self) -> None:
        """People named by a given name alone after a kin word ("his wife, Ellen, said",
        "her son, Omar,"): plainly a person, with the gender the kin word or name shows.

        Only a word right after a space can follow "his", "her" …, so the word before each
        ", " (or the one before that, "his daughter Mina, 17,") is looked up among the kin
        words: one `str.find` pass instead of one per kin word (a pattern scanning every
        word for a possessive cost more than the rest of the speaker index). The hits are
        read in kin-word order, as a person's gender is the one the first hit shows.
        """
        kin_words = self.lexicon.kin_words
        for _, kin_start, word, name_start in sorted(kin_hits(self.text, self.lexicon)):
            self.add_kin_name(kin_start, name_start, kin_words[word])

    def add_kin_name(self, kin_start: int, name_start: int, kin: str) -> None:
        """The person a kin word at `kin_start` names at `name_start`, if any."""
        text = self.text
        if not KIN_OWNER.search(text, max(0, kin_start - KIN_OWNER_CHARACTERS), kin_start):
            return  # "his wife, …", not "the wife, …"
        match = KIN_NAME.match(text, name_start)
        name = match.group(1) if match else ""
        given = self.lexicon.given_names.get(name.lower())
        if match is None or (
            given is None and not unlisted_given_name(name, self.lexicon, self.known.lower_case)
        ):
            return  # no name at all ("his company, Acme")
        if name in self.forms.by_surname or self.analysis.in_quote(name_start):
            return  # a surname of someone named in full
        gender = next((g for g in (kin, given) if g in ("male", "female")), None)
        self.known.people.setdefault(name, Person(name, gender))
        self.known.mentions.append((name_start, match.end(1), name))


def kin_hits(text: str, lexicon: Lexicon) -> list[tuple[int, int, str, int]]:
    """Each kin word a name may follow, as (kin-word order, where the kin word starts, the
    kin word, where the name starts)."""
    kin_words = lexicon.kin_words
    longest = kin_word_reach(lexicon)
    named: list[tuple[int, int, str, int]] = []
    at = text.find(", ")
    while at >= 0:
        before = text[max(0, at - longest) : at].split()
        if before and before[-1] in kin_words:
            word = before[-1]  # "his wife, Ellen,": the name follows the comma
            named.append((kin_order(lexicon)[word], at - len(word), word, at + 2))
        else:
            # "his daughter Mina, 17,": the name stands between the kin word and comma
            space = text.rfind(" ", max(0, at - KIN_NAME_CHARACTERS), at)
            if space > 0 and text[space + 1 : space + 2].isupper():
                words = text[max(0, space - longest) : space].split()
                word = words[-1] if words else ""
                if word in kin_words and text.startswith(word, space - len(word)):
                    named.append((kin_order(lexicon)[word], space - len(word), word, space + 1))
        at = text.find(", ", at + 2)
    return named


def party_tag(text: str, end: int, lexicon: Lexicon) -> tuple[str, str] | None:
    """The party noun and place of a tag after a name ending at `end` ("Sen. Elena
    Vasquez, D-Tucson," → democrat, tucson), if one follows."""
    tag = PARTY_TAG_AFTER.match(text, end)
    party = lexicon.party_tags.get(tag.group(1).lower()) if tag is not None else None
    return None if tag is None or party is None else (party, tag.group(2).lower())


def unlisted_given_name(word: str, lexicon: Lexicon, lower_case: LowerCaseWords) -> bool:
    """Whether a capitalised word after a kin word is a given name the list lacks ("his
    daughter, Tola,"): letters only, no title, and never written in lower case."""
    lower = word.lower()
    return (
        len(word) >= MIN_NAME_LETTERS
        and word.isalpha()
        and lower not in lexicon.titles
        and lower not in lexicon.function_words
        and not lower_case.holds(word)
    )


class GivenNameMentions:
    """Finds the mentions of people by given name alone, once their full names are known."""

    def __init__(self, known: KnownPeople) -> None:
        self.known = known
        self.forms = known.forms
        self.text = known.text

    def collect(self) -> None:
        """Every mention of a person by given name alone ("Brenda said", "Janice told the
        Mirror"), where one person the article names in full has that given name and no
        one has it for surname.

        As for surnames, many given names are found in one pass over the capitalised words,
        so that an article naming thousands of people stays linear.
        """
        text = self.text
        self._add_relatives()
        names = {
            given
            for given, fulls in self.forms.by_given.items()
            if len(fulls) == 1 and given not in self.forms.by_surname
        }
        if len(names) > FEW_SURNAMES:
            for match in UPPER_RUN.finditer(text):
                if match.group() in names:
                    self._add_given(match.group(), match.start())
            return
        for given in names:
            at = text.find(given)
            while at >= 0:
                self._add_given(given, at)
                at = text.find(given, at + len(given))

    def _add_relatives(self) -> None:
        """Makes the first words of full names that share a surname given names, whatever
        they are: news tells relatives apart by given name ("Soula Karras" and her
        brother "Nick Karras": "Nick has talked …; Soula says …"). A word the article
        also writes in lower case is no name."""
        for entries in self.forms.by_surname.values():
            fulls = {full for _, full in entries if " " in full}
            if len(fulls) < 2:
                continue
            for full in fulls:
                given = full.split()[0]
                if given.isalpha() and not self.known.lower_case.holds(given):
                    self.forms.by_given.setdefault(given, set()).add(full)

    def _add_given(self, given: str, at: int) -> None:
        """Records the given name at `at` as a mention, where it stands alone: not inside a
        word, not the full name or another run it opens, not "Don't"."""
        text = self.text
        end = at + len(given)
        if not stands_alone(text, at, end):
            return
        if text.startswith(" ", end) and text[end + 1 : end + 2].isupper():
            return
        if text[end : end + 2] in ("'t", "’t"):
            return
        self.known.add_surname_mention(given, at)


def stands_alone(text: str, at: int, end: int) -> bool:
    """Whether `text[at:end]` is a whole word, not part of a longer one: not inside a word
    and not one half of a hyphenated name ("Gagnon" in "Gagnon-Whitfield")."""
    if at and (text[at - 1].isalpha() or (text[at - 1] == "-" and text[at - 2 : at - 1].isalpha())):
        return False
    following = text[end : end + 1]
    return not (following.isalpha() or (following == "-" and text[end + 1 : end + 2].isalpha()))
