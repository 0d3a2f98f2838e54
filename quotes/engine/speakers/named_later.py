"""Unnamed speakers the article names a little later: '"…," one rancher told the
committee. … The rancher, Maria Nuñez, said …'."""

from __future__ import annotations

from functools import lru_cache

import regex

from quotes.engine.lexicon import Lexicon, alternation
from quotes.engine.windows import LATER_NAMING_CHARACTERS
from quotes.records import Speaker

# Two or more capitalised words: a full name.
FULL_NAME = r"(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+)+)"


@lru_cache(maxsize=8)
def _named_next(lexicon: Lexicon) -> regex.Pattern[str]:
    """The rest of a cue's sentence, then a sentence naming the speaker as its complement
    ('"…," says a retired millwright. He is Wendell Haskins, …')."""
    return regex.compile(
        rf"[^.!?\n]*[.!?]\s+(?i:{alternation(lexicon.naming_sentences)})\s+{FULL_NAME}(?=[,.])"
    )


# The rest of a cue's sentence, then a sentence introducing a person by full name with an
# age or a relative clause ('"…," he says. Alistair MacPhee, 79, read the book twice').
# Same paragraph only: a new paragraph often brings in another source.
INTRODUCED_NEXT = regex.compile(rf"[^.!?\n]*[.!?][ \t]+{FULL_NAME},\s+(?:\d{{1,3}},|who\b)")


@lru_cache(maxsize=512)
def _naming_back(lexicon: Lexicon, head: str) -> regex.Pattern[str]:
    """ "The rancher, Maria Nuñez," for the head word "rancher": a definite description
    of the head (two lower-case words before it at most), then a name of two or more
    capitalised words in apposition."""
    return regex.compile(
        rf"(?<![\p{{L}}'’-])(?i:{alternation(lexicon.definite_determiners)})\s+"
        rf"(?:\p{{Ll}}[\p{{L}}-]*\s+){{0,2}}"  # "The crane operator,"
        # "The staffer, Dunleavy's chief of staff, Wes Harlan,": one appositive may come first
        rf"{regex.escape(head)},\s+(?:[^,.;\n]{{1,60}},\s+)??{FULL_NAME},"
    )


def named_later(text: str, speaker: Speaker, lexicon: Lexicon) -> tuple[int, int] | None:
    """Where the article names an unnamed speaker introduced as "one rancher" or "a local
    man" a little after its words, by a definite description with the same head ("The
    rancher, Maria Nuñez,"), or a speaker of any kind in the sentence right after its cue
    ("He is Wendell Haskins,"); None otherwise."""
    next_sentence = _named_next(lexicon).match(text, speaker.mention.end)
    if next_sentence is not None:
        return next_sentence.span(1)
    if speaker.kind == "unnamed":
        # an unnamed speaker, then someone introduced for the first time: the same person
        introduced = INTRODUCED_NEXT.match(text, speaker.mention.end)
        if introduced is not None and text.find(introduced.group(1)) == introduced.start(1):
            return introduced.span(1)
    words = speaker.name.split()
    if len(words) < 2 or words[0].lower() not in lexicon.singular_determiners:
        return None
    head = words[-1].lower()
    if not head.isalpha():
        return None
    start = speaker.mention.end
    found = _naming_back(lexicon, head).search(text, start, start + LATER_NAMING_CHARACTERS)
    return None if found is None else found.span(1)
