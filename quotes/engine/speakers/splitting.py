"""Splitting a capitalised run into its leading title and the name after it."""

from __future__ import annotations

from quotes.engine.analysis import particle_surname
from quotes.engine.lexicon import Lexicon
from quotes.engine.speakers.name_words import NameWords
from quotes.engine.speakers.person import NameRun
from quotes.engine.speakers.vocabulary import leading_words, word_patterns
from quotes.engine.speakers.words import (
    DOTTED_WORD,
    INITIAL,
    NAME_WORDS_AT_MOST,
    POSSESSIVE_S,
    WORD,
    unglued,
)


def office_then_initials(
    name_words: NameWords, words: list[tuple[int, str]], cut: int, i: int
) -> bool:
    """Whether the initial at `i` opens the person's name after an office named with "of"
    or "for" ("Union Minister for Railways R. K. Sharma"), as a given name would."""
    return (
        i > cut
        and INITIAL.fullmatch(words[i][1]) is not None
        and INITIAL.fullmatch(words[i - 1][1]) is None
        and name_words.office_then_name(words, cut, i)
    )


def role_opens_run(name_words: NameWords, words: list[tuple[int, str]], i: int) -> bool:
    """Whether the word at `i` is a role before the name, opening a sentence: "Nurse Amanda
    Ross", "Promoter Marcus Devlin" (a given name after), "Drummer Augie Falcone" (two words
    after: the name, whatever the given name)."""
    lexicon = name_words.lexicon
    lower = words[i][1].lower()
    if i + 1 >= len(words):
        return False
    if words[i + 1][1].lower() in lexicon.given_names:
        return lower in lexicon.roles or name_words.agent_noun(words, i)
    return (
        i == 0 and len(words) == 3 and lower in lexicon.roles and lower not in lexicon.given_names
    )


def abbreviation_cut(words: list[tuple[int, str]], cut: int, i: int) -> int:
    """Where the title ends once an abbreviation or acronym at `i` is read: "U.S. Rep.",
    "NATO Secretary General" open a title; an initial opens the name ("K. Balasubramanian")."""
    if cut != i or i + 1 >= len(words):
        return cut
    return cut if INITIAL.fullmatch(words[i][1]) else i + 1


def party_member(words: list[tuple[int, str]], lexicon: Lexicon) -> bool:
    """Whether a run ends in a party's word after no title ("Minnesota Democrat",
    "Texas Republican"), so no one's surname: "Rep. Green" keeps his."""
    titles = lexicon.titles
    return words[-1][1].lower() in lexicon.party_words and not any(
        word.lower().rstrip(".") in titles for _, word in words[:-1]
    )


class RunSplitter:
    """Splits capitalised runs of one document's text into title and name."""

    def __init__(self, text: str, name_words: NameWords) -> None:
        self.text = text
        self.name_words = name_words
        self.lexicon = name_words.lexicon
        self.patterns = word_patterns(self.lexicon)

    def split_run(self, start: int, end: int) -> NameRun | None:
        """Splits the run from `start` to `end` into its leading title and the name after it."""
        words = [(m.start() + start, m.group()) for m in WORD.finditer(self.text[start:end])]
        words[0] = unglued(words[0])  # "5:30 PMChris Christie": a time glued to the name
        lead = cut = self._leading_cut(words)
        # nor is a leading word part of a title: "But Mr. Sanders" has the title "Mr."
        for i in range(len(words)):
            if i >= cut:
                before_last = cut
                cut = self._cut_at(words, cut, i)
        if cut >= len(words) and self.name_words.ends_with_title_modifier(words, lead):
            # "Northfield State", "Penn State": a body, no title's person; a headline ending
            # "… After Leaving State" is read without it
            if len(words) <= lead + 3:
                return None
            return self.split_run(start, words[-2][0] + len(words[-2][1]))
        if cut >= len(words) == before_last + 2 and self.name_words.given_name_at(
            words[before_last][1], self.text[end : end + 2]
        ):
            # a given name, then a title's word: "Tom King", "Sen. Angus King"
            cut = before_last
        if (
            cut >= len(words) > 1
            and words[-1][1][:1].isupper()
            and all(self.name_words.names_no_one(w) for _, w in words[:-1])
        ):
            # "The Republican", "Other Republican", "The President": a determiner or a
            # quantifier and a title word, no name
            return None
        if cut >= len(words) > 1 and party_member(words, self.lexicon):
            return None  # "the Minnesota Democrat": a party's member, described by a place
        # a title word can be a surname too ("Mr. King", "Judge Judge"): keep the last word
        name_words = words[min(cut, len(words) - 1) :]
        if not name_words:
            return None
        name_words, end = self._trimmed(name_words, cut > 0, end)
        if len(name_words) > NAME_WORDS_AT_MOST and any(
            word.lower() in self.lexicon.function_words for _, word in name_words[1:]
        ):
            return None  # "Tom Nides Thanked Clinton For Making …": a Title Case headline
        name_start = name_words[0][0]
        title_start = words[lead][0] if lead < len(words) else name_start
        title = self.patterns.leading_determiner.sub(
            "", self.text[min(title_start, name_start) : name_start].strip(" ,")
        )
        name = self.text[name_start:end]
        name = POSSESSIVE_S.sub("", name)
        return NameRun(start, end, name_start, name, title, tuple(w for _, w in name_words))

    def _leading_cut(self, words: list[tuple[int, str]]) -> int:
        """How many words open a run without being part of its name."""
        cut = 0
        leading = leading_words(self.lexicon)
        while cut < len(words) - 1 and (
            words[cut][1].lower() in leading
            or (cut == 0 and self.name_words.describes(words[0][1]))
            or (cut == 0 and self.name_words.labels_a_name(words))
        ):
            # "But Clinton", "The Kremlin", "Neither Cruz", "Understated Perez": a sentence's
            # first word is capitalised, and a function word, adverb or adjective is no name
            cut += 1
        return cut

    def _cut_at(self, words: list[tuple[int, str]], cut: int, i: int) -> int:
        """Where the title ends (the name starts) once the word at `i` is read, given that
        it ended at `cut` before: a title, a lower-case word, an office and an outlet's
        possessive are the title's."""
        word = words[i][1]
        lower = word.lower()
        office = lower.removeprefix("ex-")  # "Ex-premier Ralph Gorman": a former office
        if office in self.lexicon.titles or lower.rstrip(".") in self.lexicon.titles:
            return i + 1
        if (
            word[0].islower()
            and lower not in self.lexicon.particles
            and not particle_surname(word, self.lexicon.particles)  # "Omar al-Rashid"
            and not self.name_words.joins_a_name(words, cut, i)
        ):
            return i + 1  # "policy aide Jake Sullivan": names are capitalised
        if office_then_initials(self.name_words, words, cut, i):
            return i  # "Union Minister for Railways R. K. Sharma"
        if DOTTED_WORD.fullmatch(word) or (word.isupper() and len(word) > 1):
            return abbreviation_cut(words, cut, i)
        if lower in self.lexicon.title_connectors and cut == i and i > 0:
            return i + 1
        if cut == i and role_opens_run(self.name_words, words, i):
            return i + 1  # "Nurse Amanda Ross", "Drummer Augie Falcone" opening a sentence
        if (
            i > cut
            and i + 1 < len(words)
            and lower in self.lexicon.given_names
            and (
                self.name_words.titled(words[cut:i])
                or words[cut - 1][1] in self.lexicon.title_connectors
                or self.name_words.office_then_name(words, cut, i)
            )
        ):
            # "Senate Minority Whip Dick Durbin", "Minister of Finance Bill Morneau": the
            # office, then the person
            return i
        if (
            i >= cut
            and i < len(words) - 1
            and POSSESSIVE_S.search(word)
            and (
                self.name_words.opens_name(words[i + 1][1])
                or self.name_words.could_be_name(words[i + 1 :])
            )
        ):
            return i + 1  # "CNN's Jake Tapper": the outlet is a title, the name follows
        return cut

    def _trimmed(
        self, name_words: list[tuple[int, str]], titled: bool, end: int
    ) -> tuple[list[tuple[int, str]], int]:
        """A name's words without what follows the name in its run (a headline's verb, what
        the person owns, where they are from), and where the name then ends."""
        verb = self.name_words.headline_verb_at(name_words)
        if verb is not None:
            # "Francois Hollande Says Donald Trump …": a Title Case headline's subject
            name_words = name_words[:verb]
            end = name_words[-1][0] + len(name_words[-1][1])
        owner = next(
            (i for i, (_, word) in enumerate(name_words[:-1]) if POSSESSIVE_S.search(word)), None
        )
        if owner is not None and (titled or name_words[0][1].lower() in self.lexicon.given_names):
            # "Mr. Trump's RT appearance", "Donald Trump's Facebook": the person, then
            # what is theirs
            name_words = name_words[: owner + 1]
            end = name_words[-1][0] + len(name_words[-1][1])
        place = self.name_words.place_after_name(name_words, titled=titled)
        if place is not None:
            # "Sen. Chuck Schumer of New York": the person, not where they are from
            name_words = name_words[:place]
            end = name_words[-1][0] + len(name_words[-1][1])
        return name_words, end
