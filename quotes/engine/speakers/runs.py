"""A document's capitalised runs split into title and name, and what kind of name each is."""

from __future__ import annotations

from quotes.engine.analysis import DocumentAnalysis
from quotes.engine.speakers.name_words import NameWords
from quotes.engine.speakers.person import NameRun
from quotes.engine.speakers.splitting import RunSplitter
from quotes.engine.speakers.vocabulary import (
    SPLIT_CACHE_SIZE,
    UNSEEN,
    capitalised_forms,
    filler_words,
    run_splits,
    title_gender,
    word_patterns,
)
from quotes.engine.speakers.words import (
    CAPITALISED_AFTER_SPACE,
    PLURAL_NAME,
    POSSESSIVE_S,
    WORD_JOINERS,
)
from quotes.engine.windows import INTRODUCTION_CHARACTERS
from quotes.records import Span


def organisation_word_spaces(text: str, organisation_words: frozenset[str]) -> list[int]:
    """Where the space before each capitalised organisation word starts ("Saltmarsh
    Partners": the space after "Saltmarsh"), in the text's order."""
    spaces = []
    for match in CAPITALISED_AFTER_SPACE.finditer(text):
        if match.group() in organisation_words:
            at = match.start()
            while at > 0 and text[at - 1].isspace():
                at -= 1
            spaces.append(at)
    return spaces


def body_named_from(text: str, word: str, spaces: list[int]) -> int:
    """Where the first full name of a body that `word` opens is written ("Saltmarsh
    Partners" for "Saltmarsh"), or the text's length when there is none; `spaces` are
    from `organisation_word_spaces`."""
    for space in spaces:
        start = space - len(word)
        if start >= 0 and text.startswith(word, start):
            before = text[start - 1] if start else " "
            if not (before.isalpha() or before in WORD_JOINERS):
                return start
    return len(text)


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
        self.name_words = NameWords(lexicon)
        self.splitter = RunSplitter(self.text, self.name_words)
        self.filler = filler_words(lexicon)
        self._runs: dict[tuple[int, int], NameRun | None] = {}
        self._bodies_named_from: dict[str, int] = {}  # word → where its body is named
        self._organisation_word_spaces: list[int] | None = None
        self._split_cache = run_splits(lexicon)
        # as they are capitalised in names: "Department", "Campaign", "Corp."
        self.organisation_words = capitalised_forms(lexicon.organisation_words)

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
        known = self._split_cache.get(run_text, UNSEEN)
        if known is UNSEEN:
            run = self.splitter.split_run(start, end)
            if len(self._split_cache) >= SPLIT_CACHE_SIZE:
                self._split_cache.clear()  # bounded: a huge archive must not grow it forever
            known = self._split_cache[run_text] = (
                None if run is None else (run.name_start - start, run.name, run.title, run.words)
            )
        if known is None:
            return None
        name_offset, name, title, words = known
        return NameRun(start, end, start + name_offset, name, title, words)

    def is_organisation(self, run: NameRun) -> bool:
        """Organisation words, an acronym alone, or "the" before a capitalised run (also a
        plural opening its sentence: "The Falcons wore …", never "The Clinton campaign")."""
        words = run.words
        if not self.organisation_words.isdisjoint(words):
            return True
        if len(words) == 1 and (words[0].isupper() and len(words[0]) > 1):
            return True
        before = self.text[max(0, run.start - 4) : run.start].lower()
        if not run.title and PLURAL_NAME.search(words[-1]):
            before += self.text[run.start : run.name_start].lower()
        return before.endswith("the ") and words[0].lower() not in self.lexicon.given_names

    def body_short(self, run: NameRun) -> bool:
        """Whether a one-word run is the short name of a body named in full before it
        ("Saltmarsh said" after "Saltmarsh Partners"); each word's body is looked for once
        per document, so that thousands of one-word cues stay linear."""
        if len(run.words) != 1:
            return False
        word = run.words[0]
        named_at = self._bodies_named_from.get(word)
        if named_at is None:
            if self._organisation_word_spaces is None:
                self._organisation_word_spaces = organisation_word_spaces(
                    self.text, self.organisation_words
                )
            named_at = body_named_from(self.text, word, self._organisation_word_spaces)
            self._bodies_named_from[word] = named_at
        return named_at < run.start

    def is_place(self, words: tuple[str, ...]) -> bool:
        """A nation or capital standing for its government ("Russia", "North Korea")."""
        return " ".join(words).lower() in self.lexicon.places

    def is_person(self, run: NameRun, explicit: bool) -> bool:
        """Whether a capitalised run names a person rather than a place or body."""
        if self.is_organisation(run) or self.is_place(run.words):
            return False
        if run.title:
            # "Marsh's Georgia state director": a region after an owner, not "Georgia";
            # "RTÉ's Morning Ireland": a programme named for a place, where "CNN's Jake
            # Tapper" is a person
            last = run.words[-1].lower()
            return not (
                POSSESSIVE_S.search(run.title) is not None
                and (last in self.lexicon.regions or last in self.lexicon.places)
                and (len(run.words) == 1 or run.words[0].lower() not in self.lexicon.given_names)
            )
        if run.words[0].lower() in self.lexicon.given_names:
            return len(run.words) >= 2
        return explicit and len(run.words) >= 2

    def run_gender(self, run: NameRun) -> str | None:
        given = self.lexicon.given_names.get(run.words[0].lower())
        if given not in ("male", "female"):
            given = None  # "Kiran", "Wei": a person, but either pronoun may fit
        return given or self.gender_from_title(run.title)

    def gender_from_title(self, title: str) -> str | None:
        """The gender a title shows ("Mrs.", "Congresswoman"), if any."""
        return title_gender(self.lexicon, title)

    def is_role(self, title: str) -> bool:
        """A title worth reporting as a role: "Mr." alone is not one."""
        return bool(title) and not self.patterns.honorifics.match(title)

    def may_name_person(self, run: str) -> bool:
        """A cheap first look: a title somewhere in the run, or a given name before its last
        word (a given name that ends a run is as often a surname: "Trish Mallory")."""
        words = run.lower().split()
        for k, word in enumerate(words):
            given = word in self.lexicon.given_names and (k < len(words) - 1 or k == 0)
            if given or word.rstrip(".") in self.lexicon.titles:
                return True
            if word in self.lexicon.titles:
                return True
        return False

    def span(self, start: int, end: int) -> Span:
        """A span of the document text (`start < end` always holds here)."""
        return Span(start, end, self.text[start:end])

    def main_clause_start(self, start: int, end: int) -> int:
        """Where the main clause begins: after an opening subordinate clause or introductory
        phrase and its comma ("When Wallace died, …", "Speaking in Regina on Monday, …")."""
        # both openings are short: a bounded end keeps the `regex` module from scanning the
        # rest of a long sentence for a literal on every call
        end = min(end, start + INTRODUCTION_CHARACTERS)
        match = self.patterns.subordinate_opening.match(self.text, start, end)
        if match is not None:
            return match.end()
        match = self.patterns.introductory_phrase.match(self.text, start, end)
        if match is None or match.group("opener").lower() in self.lexicon.given_names:
            return start  # "Sterling Brown, 54, said": a name, not a participle
        return match.end()
