"""The fullest name a document gives each name form, and the nearest of people sharing one."""

from __future__ import annotations

from quotes.engine.analysis import DocumentAnalysis
from quotes.engine.speakers.person import SharedName
from quotes.engine.speakers.runs import NameRuns
from quotes.engine.speakers.words import POSSESSIVE_S

# Mentions of one surname up to which its full names are gathered afresh for each name form.
FEW_FULL_NAMES = 32


class NameForms(NameRuns):
    """The fullest name the document gives each name form ("Clinton" → "Hillary
    Clinton"), and the nearest of several people who share one."""

    def __init__(self, analysis: DocumentAnalysis) -> None:
        super().__init__(analysis)
        self.by_surname: dict[str, list[tuple[int, str]]] = {}
        # given name → the full names that open with it ("Brenda" → "Brenda Pullman")
        self.by_given: dict[str, set[str]] = {}
        # filled once every full name is known, so the answer no longer changes
        self._fullest: dict[tuple[str, ...], tuple[str, list[str]]] = {}
        # per surname: each word of its full names → the full names holding that word
        self._name_words: dict[str, dict[str, set[str]]] = {}
        # per surname: its full names, gathered once rather than per name form read
        self._full_names: dict[str, frozenset[str]] = {}
        # per name form shared by several people: their mentions in order, for `canonical`
        self._shared: dict[tuple[str, ...], SharedName] = {}

    def canonical(self, words: tuple[str, ...], at: int) -> str:
        """The fullest name the document gives the person named `words` near `at`."""
        name, names = self.fullest_names(words)
        if not names:
            return name
        if len(names) == 1:
            return names[0]
        # two people share the name: the nearest full mention before, else the first after
        shared = self._shared.get(words)
        if shared is None:
            candidates = self.by_surname[name.split()[-1]]
            shared = self._shared[words] = SharedName(candidates, set(names), len(words) == 1)
        return shared.nearest(at)

    def fullest_names(self, words: tuple[str, ...]) -> tuple[str, list[str]]:
        """The name `words` spell, and the full names in the document that contain it."""
        found = self._fullest.get(words)
        if found is None:
            found = self._fullest[words] = self._find_fullest_names(words)
        return found

    def _find_fullest_names(self, words: tuple[str, ...]) -> tuple[str, list[str]]:
        name = POSSESSIVE_S.sub("", " ".join(words))
        surname = name.split()[-1]
        entries = self.by_surname.get(surname, ())
        # few people of a surname (most): a set at once; many: gathered once and kept
        fulls = (
            {full for _, full in entries}
            if len(entries) <= FEW_FULL_NAMES
            else self._full_names_of(surname)
        )
        if not fulls and len(words) == 1 and len(self.by_given.get(name, ())) == 1:
            # "Brenda said" after "Brenda Pullman, 58, …": the one person of that given name
            return name, sorted(self.by_given[name])
        if len(fulls) <= 1:
            # no one, or one person, of that surname (most): the one full name holds `name`
            # or not, and no fuller name can hold it; what the index below would give
            full = next(iter(fulls), "")
            return name, [full] if full and set(name.split()) <= set(full.split()) else []
        index = self._words_of_names(surname)
        # the full names holding every word of `name` (each holds its surname)
        names = self._holding(index, set(name.split()) - {surname}, surname)
        # "de Hoop Scheffer" and "Jaap de Hoop Scheffer" are one person: keep the fullest
        fullest = set()
        for n in names:
            own = set(n.split())
            wider = self._holding(index, own - {surname}, surname) & names
            if not any(own < set(o.split()) for o in wider):
                fullest.add(n)
        return name, sorted(fullest)

    def _full_names_of(self, surname: str) -> frozenset[str]:
        """The full names with `surname`."""
        fulls = self._full_names.get(surname)
        if fulls is None:
            fulls = self._full_names[surname] = frozenset(
                full for _, full in self.by_surname.get(surname, ())
            )
        return fulls

    def _words_of_names(self, surname: str) -> dict[str, set[str]]:
        """Each word of the full names with `surname` → the full names holding it."""
        index = self._name_words.get(surname)
        if index is None:
            index = self._name_words[surname] = {}
            for _, full in self.by_surname.get(surname, []):
                for word in full.split():
                    index.setdefault(word, set()).add(full)
        return index

    @staticmethod
    def _holding(index: dict[str, set[str]], words: set[str], surname: str) -> set[str]:
        """The full names in `index` that hold every one of `words` (and `surname`)."""
        postings = sorted((index.get(word, set()) for word in words), key=len)
        if not postings:
            return set(index.get(surname, set()))
        return set.intersection(*postings) if len(postings) > 1 else set(postings[0])
