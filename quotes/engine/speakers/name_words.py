"""What single words of a capitalised run say: a title, an office, a given name, a verb, a place."""

from __future__ import annotations

from quotes.engine.grammar import adverb_shaped
from quotes.engine.lexicon import Lexicon
from quotes.engine.speakers.vocabulary import leading_words, opener_words
from quotes.engine.speakers.words import (
    ADJECTIVE_LETTERS,
    LABEL_ENDINGS,
    LABELLED_NAME_WORDS,
    PARTICIPLE_LETTERS,
    unglued,
)


class NameWords:
    """Questions about the words of names, asked of one lexicon."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.openers = opener_words(lexicon)

    def describes(self, word: str) -> bool:
        """Whether a run's first word is an adverb or a participle opening the sentence
        ("Clearly Perez", "Understated Perez", "Emboldened Cruz"), not a given name."""
        lower = word.lower()
        if lower in self.lexicon.given_names or lower in self.lexicon.titles:
            return False
        return (
            adverb_shaped(lower)
            or (
                len(lower) >= PARTICIPLE_LETTERS
                and lower.endswith("ed")
                and not lower.endswith("eed")
            )
            or lower in self.lexicon.opening_participles  # "Known as …", "Born in …"
        )

    def labels_a_name(self, words: list[tuple[int, str]]) -> bool:
        """Whether a run's first word is an adjective labelling the full name after it
        ("Conservative Aleksander Petrov", "Liberal Anne Roy"): a party or a jurisdiction,
        where an organisation's name has one word after it ("Judicial Watch") or an
        organisation word ("National Rifle Association")."""
        lower = words[0][1].lower()
        if lower in self.lexicon.given_names or lower in self.lexicon.titles:
            return False
        return (
            len(words) >= LABELLED_NAME_WORDS
            and len(lower) >= ADJECTIVE_LETTERS
            and lower.endswith(LABEL_ENDINGS)
            and not any(w.lower() in self.lexicon.organisation_words for _, w in words)
        )

    def names_no_one(self, word: str) -> bool:
        """Whether `word` opens a phrase without naming anyone: "The", "Other", "Every"."""
        lower = word.lower()
        return lower in self.openers or lower in self.lexicon.not_speakers

    def headline_verb_at(self, words: list[tuple[int, str]]) -> int | None:
        """The index of a capitalised verb inside a name's words ("Says", "Blasts", "Calls"
        in a Title Case headline), if a word follows it; names have no verb inside."""
        lexicon = self.lexicon
        # with a headline's small word in the run ("For", "Her"), any past form is a verb:
        # "Tom Nides Thanked Clinton For Making …"
        headline = any(word.lower() in lexicon.title_small_words for _, word in words)
        for i in range(1, len(words) - 1):
            lower = words[i][1].lower()
            if lower in lexicon.given_names:
                continue
            if lower in lexicon.all_verbs or (
                headline and lower.endswith("ed") and len(lower) >= PARTICIPLE_LETTERS
            ):
                return i
        return None

    def opens_name(self, word: str) -> bool:
        """Whether `word` can open a person's name: a given name or a title."""
        lower = word.lower()
        return lower in self.lexicon.given_names or lower in self.lexicon.titles

    def could_be_name(self, words: list[tuple[int, str]]) -> bool:
        """Whether two or more words can be a name: no headline's small word ("Reporting On
        Carson") among them."""
        small = self.lexicon.title_small_words
        return len(words) >= 2 and not any(word.lower() in small for _, word in words)

    def place_after_name(self, words: list[tuple[int, str]], titled: bool) -> int | None:
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

    def joins_a_name(self, words: list[tuple[int, str]], cut: int, i: int) -> bool:
        """Whether the lower-case word at `i` joins capitalised words into one name ("Bank
        of America", "University of Toronto") rather than ending an office ("Secretary of
        State") or a description ("policy aide")."""
        return (
            words[i][1] in self.lexicon.title_connectors
            and cut < i < len(words) - 1
            and words[i + 1][1][:1].isupper()
            and not self.titled(words[cut:i])
        )

    def titled(self, words: list[tuple[int, str]]) -> bool:
        """Whether capitalised words before a given name are an office ("Senate Minority
        Whip", "House Speaker"): the last of them is a title or role word. ("Black
        Lawmakers Rip Donald Trump" is a headline: "Rip" is neither.)"""
        lower = words[-1][1].lower().rstrip(".")
        lexicon = self.lexicon
        return lower in lexicon.titles or lower + "." in lexicon.titles or lower in lexicon.roles

    def office_then_name(self, words: list[tuple[int, str]], cut: int, i: int) -> bool:
        """Whether the given name at `i` opens the person's name after an office named with
        "of" or "for" ("Minister of Foreign Affairs Ingrid Solberg", "Chief Constable of
        West Arden Police Martin Oyelaran"): a connector in the title before `cut`, and
        no given name between it and `i` (the office's words, not the person's)."""
        lexicon = self.lexicon
        return (
            cut > 0
            and any(word in lexicon.title_connectors for _, word in words[:cut])
            and not any(word.lower() in lexicon.given_names for _, word in words[cut:i])
        )

    def without_leading_words(self, name: str) -> str:
        """A person's name without a sentence adverb, quantifier, participle or glued time
        before it ("Neither Cruz", "Understated Perez", "PMChris Christie"): never printed
        as a name, whichever path built it."""
        words = name.split()
        words[0] = unglued((0, words[0]))[1]
        leading = leading_words(self.lexicon)
        while len(words) > 1 and (words[0].lower() in leading or self.describes(words[0])):
            words.pop(0)
        return " ".join(words)

    def agent_noun(self, words: list[tuple[int, str]], i: int) -> bool:
        """Whether the run's first word names what someone does ("Promoter", "Landscaper",
        "Eighth-grader") before a given name and a surname, rather than opening the name."""
        lower = words[i][1].lower()
        return (
            i == 0
            and len(words) >= 3
            and lower not in self.lexicon.given_names
            and lower.replace("-", "").isalpha()
            and lower.endswith(self.lexicon.agent_endings)
        )

    def ends_with_title_modifier(self, words: list[tuple[int, str]], lead: int) -> bool:
        """Whether a run of two words or more ends with a word that only modifies a title
        ("state", "former"): "Northfield State" names a body."""
        return lead + 1 < len(words) and words[-1][1].lower() in self.lexicon.title_modifiers

    def given_name_at(self, word: str, following: str) -> bool:
        """Whether `word` is a given name opening a name, not a word of a Title Case
        headline, whose next word (in `following`) is capitalised ("Christian Speaker
        Shares …")."""
        return word.lower() in self.lexicon.given_names and not following.strip()[:1].isupper()
