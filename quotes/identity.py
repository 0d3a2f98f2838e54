"""Speaker identities across articles: one entry per person over every input document.

Speaker resolution works inside one document; the registry joins those identities
across documents, for every exporter and for the quote database alike. A person's
shorter name ("Clinton", "Hillary Clinton") joins a fuller one ("Hillary Rodham
Clinton") only when exactly one fuller name fits, so two people who share a surname
stay apart and a bare surname that could be either stays on its own. A named group
("NATO", "the Kremlin") joins on its lower-cased name. Unnamed sources ("a senior
official") and common-noun groups ("U.S. officials") are never joined across
articles: two articles' senior officials are not known to be one person.
"""

from __future__ import annotations

import sys
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

import regex
from anyascii import anyascii

from quotes.models import Document, Quote, Record, Speaker, SpeakerKind

NAME_WORD = regex.compile(r"[\p{L}\p{M}\p{N}]+(?:['’\-][\p{L}\p{M}\p{N}]+)*")
SLUG_NOISE = regex.compile(r"[^a-z0-9]+")
SLUG_LENGTH = 60
# Names Windows refuses as file names whatever their extension.
RESERVED_SLUGS = frozenset(
    {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}
)

Key = tuple[str, str, str]
"""A speaker identity before joining: (kind, case-folded name, scope); the scope is the
document id for speakers that stay in their article, and empty for those that may join."""


class RoleSeen(Record):
    """A role a speaker was given, and the document that gave it."""

    role: str
    document_id: str


class SpeakerEntry(Record):
    """One speaker across all input documents."""

    slug: str
    name: str
    kind: SpeakerKind
    roles: list[RoleSeen]
    aliases: list[str]
    quote_count: int
    document_ids: list[str]


# Invisible characters a name may carry from the web: zero-width spaces and joiners, bidi
# marks, soft hyphens. They are dropped from identities, never from the text.
INVISIBLE = regex.compile(r"[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")


def plain_name(name: str) -> str:
    """`name` composed (NFC) and without invisible characters: "José" typed as e + U+0301,
    or with a zero-width space inside, is the same name as "José"."""
    return unicodedata.normalize("NFC", INVISIBLE.sub("", name))


def name_words(name: str) -> tuple[str, ...]:
    """The case-folded words of a name, without punctuation ("U.S." → ("u", "s"))."""
    return tuple(word.casefold() for word in NAME_WORD.findall(plain_name(name)))


def key_of(speaker: Speaker, document_id: str) -> Key:
    """The identity a speaker quoted in `document_id` has before names are joined."""
    return name_key(speaker.name, speaker.kind, document_id)


def name_key(name: str, kind: SpeakerKind, document_id: str) -> Key:
    """The identity of `name`, of the given kind, quoted in `document_id`."""
    if kind == "person":
        return person_key(name)
    scope = "" if joins_across_articles(name, kind) else document_id
    return (kind, " ".join(plain_name(name).split()).casefold(), scope)


@lru_cache(maxsize=1 << 16)
def person_key(name: str) -> Key:
    """The identity of a person's name, in any document; cached, as joining a corpus looks
    up each quoted name several times."""
    words = name_words(name)
    return ("person", " ".join(words) if words else plain_name(name).casefold(), "")


def joins_across_articles(name: str, kind: SpeakerKind) -> bool:
    """True for people and for groups named by a proper noun ("NATO", "the White House")."""
    if kind == "person":
        return True
    words = name.split()
    return kind == "group" and bool(words) and words[-1][:1].isupper()


def slugify(name: str) -> str:
    """A lower-case ASCII, hyphen-separated form of `name`, safe as a file name anywhere."""
    # Transliterated, so that "Владимир Путин" gets vladimir-putin, not a numbered
    # "speaker-2"; accents simply drop ("José" → jose).
    ascii_name = anyascii(plain_name(name))
    slug = SLUG_NOISE.sub("-", ascii_name.lower()).strip("-")[:SLUG_LENGTH].strip("-")
    if not slug:
        return "speaker"
    return f"{slug}-speaker" if slug in RESERVED_SLUGS else slug


def contains(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """True when `short` is a shorter form of `full`: same surname, other words in order."""
    if len(short) >= len(full) or not short or short[-1] != full[-1]:
        return False
    rest = iter(full[:-1])
    return all(word in rest for word in short[:-1])


@dataclass(frozen=True, slots=True)
class Sighting:
    """Quotes by one speaker in one document, as the registry counts them."""

    document_id: str
    name: str
    kind: SpeakerKind
    role: str | None = None
    alias: str | None = None
    quotes: int = 1

    @classmethod
    def of(cls, document_id: str, speaker: Speaker) -> Sighting:
        """One quote by `speaker`; a name given at the cue is also an alias."""
        alias = speaker.mention.text if speaker.resolution == "explicit" else None
        return cls(document_id, speaker.name, speaker.kind, speaker.role, alias)


@dataclass(slots=True)
class Tally:
    """What the registry gathers about one identity: over all documents, or once joined."""

    kind: SpeakerKind
    spellings: Counter[str] = field(default_factory=Counter)
    aliases: set[str] = field(default_factory=set)
    # Ordered sets: roles by document, and documents in input order.
    roles: dict[str, dict[str, None]] = field(default_factory=dict)
    quote_count: int = 0
    document_ids: dict[str, None] = field(default_factory=dict)

    def add(self, sighting: Sighting) -> None:
        """Counts the quotes of one sighting."""
        self.quote_count += sighting.quotes
        self.spellings[sighting.name] += sighting.quotes
        self.aliases.add(sighting.name)
        if sighting.alias:
            self.aliases.add(" ".join(sighting.alias.split()))
        if sighting.role:
            self.roles.setdefault(sighting.document_id, {})[sighting.role] = None

    def merge(self, other: Tally, document_id: str, quotes: int) -> None:
        """Adds what `other` saw in `document_id`, where it has `quotes` quotes."""
        self.quote_count += quotes
        self.document_ids[document_id] = None
        for role in other.roles.get(document_id, {}):
            self.roles.setdefault(document_id, {})[role] = None

    def absorb_names(self, other: Tally) -> None:
        """Adds the spellings and aliases of `other`."""
        self.spellings.update(other.spellings)
        self.aliases |= other.aliases


class Registry:
    """The speakers of a set of documents, and which one each quote belongs to."""

    def __init__(
        self,
        speakers: list[SpeakerEntry],
        slugs: dict[tuple[str, Key], str],
        keys: dict[str, Key] | None = None,
    ) -> None:
        self.speakers = speakers
        self._slugs = slugs
        self.keys = keys or {}
        """The joined identity of each slug."""
        self._by_slug = {speaker.slug: speaker for speaker in speakers}

    def slug_for(self, document_id: str, quote: Quote) -> str | None:
        """The slug of the speaker of `quote` in `document_id`; None when unattributed."""
        if quote.speaker is None:
            return None
        return self.slug_for_key(document_id, key_of(quote.speaker, document_id))

    def slug_for_key(self, document_id: str, key: Key) -> str | None:
        """The slug of the speaker whose identity in `document_id` is `key`."""
        return self._slugs.get((document_id, key))

    def entry(self, slug: str) -> SpeakerEntry:
        """The speaker with this slug."""
        return self._by_slug[slug]


class RegistryBuilder:
    """Gathers speakers one document at a time, so that documents can be streamed."""

    def __init__(self) -> None:
        self._tallies: dict[Key, Tally] = {}
        # Quotes per identity per document, so that a bare surname can join a different
        # person in each article; kept to one int each because corpora are large.
        self._counts: dict[tuple[str, Key], int] = {}

    def add(self, document: Document) -> None:
        """Counts the speakers of one document."""
        for quote in document.quotes:
            if quote.speaker is not None:
                self.add_sighting(Sighting.of(document.id, quote.speaker))

    def add_sighting(self, sighting: Sighting) -> None:
        """Counts the quotes of one sighting."""
        kind, name, scope = name_key(sighting.name, sighting.kind, sighting.document_id)
        key = (kind, sys.intern(name), scope)
        tally = self._tallies.get(key)
        if tally is None:
            tally = self._tallies[key] = Tally(kind=sighting.kind)
        tally.add(sighting)
        pair = (sighting.document_id, key)
        self._counts[pair] = self._counts.get(pair, 0) + sighting.quotes

    @property
    def tallies(self) -> dict[Key, Tally]:
        """What was seen of each identity before joining, over all documents added."""
        return self._tallies

    @property
    def pair_quotes(self) -> dict[tuple[str, Key], int]:
        """Quotes per (document id, identity before joining)."""
        return self._counts

    def build(self) -> Registry:
        """The registry, with shorter person names joined to fuller ones where unambiguous."""
        joined = self.join()
        return joined.registry(number_slugs(joined.bases()))

    def join(self) -> Joined:
        """The joined identities, before slugs are given: what the quote database stores
        per join unit, so that it can redo one unit without the others."""
        joiner = Joiner(set(self._tallies))
        local: dict[str, set[Key]] = {}
        for document_id, key in self._counts:
            local.setdefault(document_id, set()).add(key)
        groups: dict[Key, Tally] = {}
        targets: dict[tuple[str, Key], Key] = {}
        named: set[tuple[Key, Key]] = set()
        for (document_id, key), quotes in self._counts.items():
            target = targets[(document_id, key)] = joiner.target(key, local[document_id])
            tally = self._tallies[key]
            group = groups.get(target)
            if group is None:
                group = groups[target] = Tally(kind=tally.kind)
            group.merge(tally, document_id, quotes)
            if (target, key) not in named:
                named.add((target, key))
                group.absorb_names(tally)
        return Joined(groups, targets)


@dataclass(frozen=True, slots=True)
class Joined:
    """Identities joined across documents: each joined identity's tally, and the identity
    each (document, identity before joining) joins."""

    groups: dict[Key, Tally]
    targets: dict[tuple[str, Key], Key]

    def bases(self) -> dict[Key, str]:
        """Each joined identity's slug before clashes are numbered."""
        return {key: base_slug(key, tally) for key, tally in self.groups.items()}

    def registry(self, slugs: dict[Key, str]) -> Registry:
        """The registry, given each joined identity's slug."""
        speakers = sorted(
            (entry_of(slugs[key], key, tally) for key, tally in self.groups.items()),
            key=lambda entry: (-entry.quote_count, entry.name, entry.slug),
        )
        by_pair = {pair: slugs[target] for pair, target in self.targets.items()}
        return Registry(speakers, by_pair, {slugs[key]: key for key in self.groups})


def join_unit(key: Key) -> str:
    """The identities whose join can depend on one another: people who share a surname (as
    Joiner reads it), and any other identity alone. A unit is joined without the others."""
    kind, name, _ = key
    words = name.split()
    if kind == "person" and words:
        return f"person\x1f{words[-1]}"
    # \x1f cannot occur in a surname, so these never equal a surname's unit.
    return "\x1f".join(key) + "\x1f"


class Joiner:
    """Decides which fuller name, if any, a shorter person name stands for.

    Only names with the same surname can join, and a fuller form holds every word of the
    shorter one: an index of words per surname keeps each look-up to the few names that
    could fit, so that thousands of people sharing a surname cost linear time.
    """

    def __init__(self, keys: set[Key]) -> None:
        people = sorted(key for key in keys if key[0] == "person")
        self.words = {key: tuple(key[1].split()) for key in people}
        self.order = {key: i for i, key in enumerate(people)}
        # surname → each other word of its names → the names holding it, and all its names
        self.holding: dict[str, dict[str, set[Key]]] = {}
        self.by_surname: dict[str, list[Key]] = {}
        for key in people:
            words = self.words[key]
            if not words:
                continue
            self.by_surname.setdefault(words[-1], []).append(key)
            index = self.holding.setdefault(words[-1], {})
            for word in words[:-1]:
                index.setdefault(word, set()).add(key)
        # Whether a name is a fullest one is found when first asked: the quote database asks
        # about the few names of an index run among the thousands of a surname.
        self._is_fullest: dict[Key, bool] = {}
        self._fits: dict[Key, list[Key]] = {}

    def _wider(self, key: Key) -> list[Key]:
        """The names `key` is a shorter form of, in sorted order."""
        short = self.words.get(key, ())
        if not short:
            return []
        index = self.holding.get(short[-1], {})
        postings = sorted((index.get(word, set()) for word in short[:-1]), key=len)
        if postings:
            candidates: Iterable[Key] = set.intersection(*postings)
        else:
            candidates = self.by_surname.get(short[-1], [])
        wider = [other for other in candidates if contains(short, self.words[other])]
        return sorted(wider, key=self.order.__getitem__)

    def is_fullest(self, key: Key) -> bool:
        """True when no other name is a fuller form of `key`."""
        found = self._is_fullest.get(key)
        if found is None:
            found = self._is_fullest[key] = not self._wider(key)
        return found

    def fits(self, key: Key) -> list[Key]:
        """The fullest names that `key` is a shorter form of."""
        found = self._fits.get(key)
        if found is None:
            found = self._fits[key] = [o for o in self._wider(key) if self.is_fullest(o)]
        return found

    def target(self, key: Key, local: set[Key]) -> Key:
        """The identity `key` joins in a document whose identities are `local`."""
        fits = self.fits(key)
        if len(fits) > 1:
            # Two people share the name; one the same article names in full is the one meant.
            near = {fit for other in local if other != key for fit in [*self.fits(other), other]}
            fitting = set(fits)
            fits = sorted((full for full in near if full in fitting), key=self.order.__getitem__)
        return fits[0] if len(fits) == 1 else key


def entry_of(slug: str, key: Key, tally: Tally) -> SpeakerEntry:
    """The registry entry for one joined identity."""
    return SpeakerEntry(
        slug=slug,
        name=canonical_name(key, tally),
        kind=tally.kind,
        roles=[
            RoleSeen(role=role, document_id=document_id)
            for document_id, roles in tally.roles.items()
            for role in roles
        ],
        aliases=sorted(tally.aliases),
        quote_count=tally.quote_count,
        document_ids=list(tally.document_ids),
    )


def canonical_name(key: Key, tally: Tally) -> str:
    """The most used spelling of the fullest name, ties broken alphabetically."""
    matching = [
        (count, name)
        for name, count in tally.spellings.items()
        if name_key(name, tally.kind, key[2]) == key
    ]
    pool = matching or [(count, name) for name, count in tally.spellings.items()]
    return min(pool, key=lambda pair: (-pair[0], pair[1]))[1]


def base_slug(key: Key, tally: Tally) -> str:
    """The slug of a joined identity before clashes are numbered."""
    return slugify(canonical_name(key, tally))


SLUG_NUMBER = regex.compile(r"(?:-[0-9]+)+$")


def slug_family(base: str) -> str:
    """The base slugs whose numbering can clash with `base`'s share this: "smith-2" may be
    taken by the second "smith" or be a base itself, so both are in family "smith"."""
    return SLUG_NUMBER.sub("", base)


def number_slugs(bases: dict[Key, str]) -> dict[Key, str]:
    """A unique slug per identity; clashes get -2, -3 in the order of their keys.

    Only identities of one slug_family can clash, so a family can be numbered alone.
    """
    slugs: dict[Key, str] = {}
    taken: set[str] = set()
    for key in sorted(bases):
        base = bases[key]
        slug, number = base, 1
        while slug in taken:
            number += 1
            slug = f"{base}-{number}"
        taken.add(slug)
        slugs[key] = slug
    return slugs


def assign_slugs(groups: dict[Key, Tally]) -> dict[Key, str]:
    """A unique slug per identity; clashes get -2, -3 in the order of their keys."""
    return number_slugs({key: base_slug(key, tally) for key, tally in groups.items()})


def build_registry(documents: Iterable[Document]) -> Registry:
    """The speakers of `documents`, joined across documents."""
    builder = RegistryBuilder()
    for document in documents:
        builder.add(document)
    return builder.build()
