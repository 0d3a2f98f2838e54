"""Acronyms an article defines ("the Department of Agriculture (DA)") and the bodies they name."""

from __future__ import annotations

import regex

# A capitalised name of up to eight words (lower-case connectors between them), then its
# acronym in brackets: "the National Grid Corporation of the Philippines (NGCP)".
DEFINED_ACRONYM = regex.compile(
    r"((?:\p{Lu}[\p{L}&'’-]*\s+(?:(?:of|for|and|on|the|de|des|du)\s+)*){0,7}\p{Lu}[\p{L}&'’-]*)"
    r"\s+\((\p{Lu}{2,8})\)"
)


def defined_acronyms(text: str) -> dict[str, str]:
    """Each acronym the text defines in brackets after a name, mapped to that name, when
    the name's capitalised words give its letters in order, the first one first."""
    found: dict[str, str] = {}
    if "(" not in text:
        return found  # most articles: one pass in C
    for match in DEFINED_ACRONYM.finditer(text):
        words, acronym = match.group(1).split(), match.group(2)
        # the name may start after the run's first words: "Officials of the Department
        # of Agriculture (DA)"
        for first in range(len(words)):
            if not words[first][0].isupper() or words[first] == "The":
                continue
            initials = [word[0] for word in words[first:] if word[0].isupper()]
            if _spells(acronym, initials):
                found.setdefault(acronym, " ".join(words[first:]))
                break
    return found


def _spells(acronym: str, initials: list[str]) -> bool:
    """Whether `acronym` is the first of `initials` and then some of the others, in order
    ("NGCP" from N, G, C, P; "DA" from D, A)."""
    if not initials or acronym[0] != initials[0]:
        return False
    rest = iter(initials[1:])
    return all(any(letter == initial for initial in rest) for letter in acronym[1:])
