"""A document's capitalised runs split into title and name, and what kind of name each is."""

from __future__ import annotations

from quotes.engine.analysis import DocumentAnalysis
from quotes.engine.speakers.person import NameRun
from quotes.engine.speakers.words import (
    ADVERB_LETTERS,
    DOTTED_WORD,
    PARTICIPLE_LETTERS,
    POSSESSIVE_S,
    SPLIT_CACHE_SIZE,
    UNSEEN,
    WORD,
    capitalised_forms,
    leading_words,
    opener_words,
    run_splits,
    title_gender,
    unglued,
    word_patterns,
)
from quotes.records import Span


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
        self.openers = opener_words(lexicon)
        self._runs: dict[tuple[int, int], NameRun | None] = {}
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
        words[0] = unglued(words[0])  # "5:30 PMChris Christie": a time glued to the name
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
