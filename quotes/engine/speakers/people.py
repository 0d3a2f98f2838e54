"""Every person the narrative names, with their genders, roles and mentions."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import cached_property

from quotes.engine.analysis import DocumentAnalysis
from quotes.engine.grammar import Mention
from quotes.engine.speakers.forms import NameForms
from quotes.engine.speakers.lines import CreditLines, HeadlineLines
from quotes.engine.speakers.person import NameRun, Person, SharedName
from quotes.engine.speakers.words import (
    AGE_APPOSITIVE,
    AND_AFTER,
    BARE_ROLE_APPOSITIVE,
    COMMON_WORD_LOOKS,
    FEW_SURNAMES,
    HEADLINE_VERB,
    KIN_NAME,
    KIN_OWNER,
    PLAIN_WORD,
    POSSESSIVE_INSIDE,
    POSSESSIVE_S,
    ROLE_APPOSITIVE,
    ROLE_WORD_CHARACTERS,
    UPPER_RUN,
    WORD,
    WORD_BEFORE,
    find_all,
    kin_order,
    kin_word_reach,
)
from quotes.engine.windows import GENDER_REACH


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
                    for at in find_all(self.text, surname + ",", COMMON_WORD_LOOKS)
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
        longest = kin_word_reach(self.lexicon)
        hits: list[tuple[int, int, str]] = []
        at = text.find(", ")
        while at >= 0:
            before = text[max(0, at - longest) : at].split()
            if before and before[-1] in kin_words:
                word = before[-1]
                hits.append((kin_order(self.lexicon)[word], at - len(word), word))
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
                for at in find_all(self.text, lower, COMMON_WORD_LOOKS)
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
