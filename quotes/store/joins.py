"""Speakers across articles in the database, joined by quotes.identity: rebuilt whole after a
migration, otherwise joined again only where documents changed."""

from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Iterable
from typing import Any

from quotes.identity import (
    Joiner,
    Key,
    Registry,
    RegistryBuilder,
    Sighting,
    SpeakerEntry,
    join_unit,
    name_key,
    number_slugs,
    slug_family,
    slugify,
)
from quotes.models import SpeakerKind
from quotes.store.rows import fold
from quotes.store.schema import transaction

_PENDING_QUOTES = "pending_documents p CROSS JOIN quotes q ON q.document_id = p.document_id"
"""The quotes of the documents changed since the last join, as `q`."""

_INSERT_SPEAKER = (
    "INSERT INTO speakers (slug, name, kind, quote_count, document_count, key_kind, "
    "key_name, key_scope, base, family, unit) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_INSERT_ALIAS = "INSERT OR IGNORE INTO speaker_aliases (slug, alias, folded) VALUES (?, ?, ?)"
_INSERT_NAME = (
    "INSERT INTO speaker_names (document_id, name, kind, slug, unit, key) VALUES (?, ?, ?, ?, ?, ?)"
)


_SIGHTINGS = (
    "SELECT q.document_id, q.speaker, q.speaker_kind, q.role, "
    "CASE WHEN q.resolution = 'explicit' THEN q.mention END, count(*) FROM {source} "
    "WHERE q.speaker IS NOT NULL GROUP BY 1, 2, 3, 4, 5"
)


def _builder(rows: Iterable[tuple[Any, ...]]) -> RegistryBuilder:
    """A registry builder of the sightings in `rows` of `_SIGHTINGS`."""
    builder = RegistryBuilder()
    for document_id, name, kind, role, alias, quotes in rows:
        builder.add_sighting(Sighting(document_id, name, kind, role, alias, quotes))
    return builder


def read_builder(db: sqlite3.Connection) -> RegistryBuilder:
    """The sightings of every stored quote, ready to join across articles."""
    return _builder(db.execute(_SIGHTINGS.format(source="quotes q")))


def read_registry(db: sqlite3.Connection) -> Registry:
    """The speakers of every stored quote, joined across articles by quotes.identity."""
    return read_builder(db).build()


def key_text(key: Key) -> str:
    """An identity as one column value."""
    return "\x1f".join(key)


def key_of_text(text: str) -> Key:
    """The identity `key_text` made `text` of."""
    kind, name, scope = text.split("\x1f")
    return (kind, name, scope)


def _insert_identities(db: sqlite3.Connection, builder: RegistryBuilder) -> None:
    """Stores each identity the builder saw, with its spellings and aliases; the caller has
    deleted what was stored of them before."""
    identities: list[tuple[str, str]] = []
    spellings: list[tuple[str, str, int]] = []
    aliases: list[tuple[str, str]] = []
    for key, tally in builder.tallies.items():
        text = key_text(key)
        identities.append((text, join_unit(key)))
        spellings.extend((text, spelling, quotes) for spelling, quotes in tally.spellings.items())
        aliases.extend((text, alias) for alias in tally.aliases)
    db.executemany("INSERT INTO identities (key, unit) VALUES (?, ?)", identities)
    db.executemany(
        "INSERT INTO identity_spellings (key, spelling, quotes) VALUES (?, ?, ?)", spellings
    )
    db.executemany("INSERT INTO identity_aliases (key, alias) VALUES (?, ?)", aliases)


def write_registry(db: sqlite3.Connection, builder: RegistryBuilder) -> None:
    """Replaces the speaker tables with the speakers `builder` joins and marks them current."""
    registry = builder.build()
    tables = ("speakers", "speaker_aliases", "speaker_names", "pending_documents")
    for table in (*tables, "identities", "identity_spellings", "identity_aliases"):
        db.execute(f"DELETE FROM {table}")
    names = db.execute(
        "SELECT DISTINCT document_id, speaker, speaker_kind FROM quotes WHERE speaker IS NOT NULL"
    )
    _insert_speakers(db, registry, registry.speakers, names)
    _insert_identities(db, builder)
    db.execute("UPDATE registry_state SET stale = 0")


def _to_temporary_slug(old: str, new: str) -> tuple[str, str]:
    """The first step of a rename: `old` to a slug no speaker has."""
    return old, "\x00" + new


def _from_temporary_slug(old: str, new: str) -> tuple[str, str]:
    """The second step of a rename: the temporary slug to `new`."""
    return "\x00" + new, new


def _insert_speakers(
    db: sqlite3.Connection,
    registry: Registry,
    speakers: Iterable[SpeakerEntry],
    names: Iterable[tuple[str, str, SpeakerKind]],
) -> None:
    """Inserts `speakers` of `registry`, and which of them each (document, name, kind) is."""
    rows = []
    aliases: list[tuple[str, str, str]] = []
    for entry in speakers:
        key = registry.keys[entry.slug]
        base = slugify(entry.name)
        counts = (entry.quote_count, len(entry.document_ids))
        place = (base, slug_family(base), join_unit(key))
        rows.append((entry.slug, entry.name, entry.kind, *counts, *key, *place))
        aliases.extend((entry.slug, alias, fold(alias)) for alias in {entry.name, *entry.aliases})
    db.executemany(_INSERT_SPEAKER, rows)
    db.executemany(_INSERT_ALIAS, aliases)
    name_rows = []
    for document_id, name, kind in names:
        key = name_key(name, kind, document_id)
        slug = registry.slug_for_key(document_id, key)
        name_rows.append((document_id, name, kind, slug, join_unit(key), key_text(key)))
    db.executemany(_INSERT_NAME, name_rows)


def _stored_people(db: sqlite3.Connection, units: set[str]) -> set[Key]:
    """The person identities stored in the join units `units`."""
    found: set[Key] = set()
    for unit in units:
        rows = db.execute("SELECT key FROM identities WHERE unit = ?", (unit,))
        found.update(key_of_text(text) for (text,) in rows)
    return found


MAX_NAME_WORDS = 12
"""Names with more words than this are compared with every stored name of their surname
instead of with each of their shorter forms (2 ** (words - 1) of them)."""


def _shorter_forms(fresh: list[Key], stored: set[Key]) -> set[Key]:
    """The stored person names that a fresh name is a fuller form of: only the names they
    fit can change when a name is added (quotes.identity.contains)."""
    found: set[Key] = set()
    for kind, name, scope in fresh:
        words = name.split()
        if not words:
            continue
        if len(words) > MAX_NAME_WORDS:
            found.update(key for key in stored if key[1].split()[-1:] == words[-1:])
            continue
        given = words[:-1]
        for size in range(len(given)):
            for chosen in itertools.combinations(given, size):
                key = (kind, " ".join((*chosen, words[-1])), scope)
                if key in stored:
                    found.add(key)
    return found


def _joins_change(db: sqlite3.Connection, before: Joiner, after: Joiner, keys: set[Key]) -> bool:
    """True when names of `keys` that are stored join differently with the new names.

    A stored name joins as before unless the fuller names it fits changed; and then still,
    in an article where it is the only such name, unless it fitted or fits at most one (with
    two or more, the article's other names pick the one, and those fit as before).
    """
    changed = [key for key in keys if before.fits(key) != after.fits(key)]
    if any(min(len(before.fits(key)), len(after.fits(key))) <= 1 for key in changed):
        return True
    if len(changed) < 2:
        return False
    texts = [key_text(key) for key in changed]
    places = ",".join("?" * len(texts))
    return bool(
        db.execute(
            f"SELECT 1 FROM speaker_names WHERE key IN ({places}) "
            "GROUP BY document_id HAVING count(DISTINCT key) > 1 LIMIT 1",
            texts,
        ).fetchone()
    )


def join_additions(db: sqlite3.Connection) -> bool:
    """Joins the speakers of the documents in `pending_documents` when they are all new and
    join no stored name differently, at a cost that follows their names: the stored names
    that share their surnames are not read again, only their identities and the speakers
    their names join. Returns False, having changed nothing, otherwise.

    The result is the one a whole rebuild gives: with documents only added and no stored
    name joining differently, every speaker keeps its names and articles and gains the new
    ones; a speaker's name is its identity's most quoted spelling (identity_spellings), its
    aliases those of every identity joined into it (identity_aliases).
    """
    if db.execute(
        "SELECT 1 FROM pending_documents p "
        "CROSS JOIN speaker_names n ON n.document_id = p.document_id LIMIT 1"
    ).fetchone():
        return False  # replaced documents: their old names may leave their speakers
    builder = _builder(db.execute(_SIGHTINGS.format(source=_PENDING_QUOTES)))
    tallies = builder.tallies
    units = {join_unit(key) for key in tallies if key[0] == "person"}
    stored = _stored_people(db, units)
    after = Joiner(stored | set(tallies))
    fresh = [key for key in tallies if key[0] == "person" and key not in stored]
    exposed = _shorter_forms(fresh, stored)
    if exposed and _joins_change(db, Joiner(stored), after, exposed):
        return False
    local: dict[str, set[Key]] = {}
    for document_id, key in builder.pair_quotes:
        local.setdefault(document_id, set()).add(key)
    targets = {pair: after.target(pair[1], local[pair[0]]) for pair in builder.pair_quotes}
    new_aliases, aliases_of = _add_identities(db, builder)
    joined: dict[Key, list[tuple[str, Key]]] = {}
    for pair, target in targets.items():
        joined.setdefault(target, []).append(pair)
    slugs = _add_to_speakers(db, builder, joined, aliases_of)
    _spread_new_aliases(db, new_aliases)
    names = db.execute(
        "SELECT DISTINCT q.document_id, q.speaker, q.speaker_kind FROM "
        f"{_PENDING_QUOTES} WHERE q.speaker IS NOT NULL"
    )
    rows = []
    for document_id, name, kind in names:
        key = name_key(name, kind, document_id)
        slug = slugs[targets[(document_id, key)]]
        rows.append((document_id, name, kind, slug, join_unit(key), key_text(key)))
    db.executemany(_INSERT_NAME, rows)
    db.execute("DELETE FROM pending_documents")
    return True


def _add_to_speakers(
    db: sqlite3.Connection,
    builder: RegistryBuilder,
    joined: dict[Key, list[tuple[str, Key]]],
    aliases_of: dict[Key, set[str]],
) -> dict[Key, str]:
    """Adds the new (document, identity) pairs `joined` to each target identity's speaker,
    creating the speakers not stored yet; returns each target's slug."""
    speaker_names = {target: _canonical(db, target) for target in joined}
    slugs, stored_speakers = _place_speakers(db, speaker_names)
    updates: list[tuple[object, ...]] = []
    inserts: list[tuple[object, ...]] = []
    alias_rows: list[tuple[str, str, str]] = []
    for target, pairs in joined.items():
        slug, name = slugs[target], speaker_names[target]
        quotes = sum(builder.pair_quotes[pair] for pair in pairs)
        documents = len({document_id for document_id, _ in pairs})
        base = slugify(name)
        if target in stored_speakers:
            updates.append((name, quotes, documents, base, slug_family(base), slug))
        else:
            place = (base, slug_family(base), join_unit(target))
            inserts.append((slug, name, target[0], quotes, documents, *target, *place))
        aliases = {name}.union(*(aliases_of[key] for _, key in pairs))
        alias_rows.extend((slug, alias, fold(alias)) for alias in aliases)
    db.executemany(
        "UPDATE speakers SET name = ?, quote_count = quote_count + ?, "
        "document_count = document_count + ?, base = ?, family = ? WHERE slug = ?",
        updates,
    )
    db.executemany(_INSERT_SPEAKER, inserts)
    db.executemany(_INSERT_ALIAS, alias_rows)
    return slugs


def _spread_new_aliases(db: sqlite3.Connection, new_aliases: dict[Key, set[str]]) -> None:
    """A new alias of a stored identity is an alias of every speaker it joined before, too."""
    for key, added in new_aliases.items():
        for (slug,) in db.execute(
            "SELECT DISTINCT slug FROM speaker_names WHERE key = ?", (key_text(key),)
        ).fetchall():
            db.executemany(_INSERT_ALIAS, ((slug, alias, fold(alias)) for alias in added))


def _add_identities(
    db: sqlite3.Connection, builder: RegistryBuilder
) -> tuple[dict[Key, set[str]], dict[Key, set[str]]]:
    """Adds what `builder` saw of each identity to what is stored of it; returns the aliases
    each stored identity did not have before, and every alias of each identity seen."""
    new_aliases: dict[Key, set[str]] = {}
    aliases_of: dict[Key, set[str]] = {}
    for key, tally in builder.tallies.items():
        known = db.execute(
            "SELECT alias FROM identity_aliases WHERE key = ?", (key_text(key),)
        ).fetchall()
        known_aliases = {alias for (alias,) in known}
        if known and tally.aliases - known_aliases:
            new_aliases[key] = tally.aliases - known_aliases
        aliases_of[key] = known_aliases | tally.aliases
    tallies = builder.tallies.items()
    db.executemany(
        "INSERT OR IGNORE INTO identities (key, unit) VALUES (?, ?)",
        ((key_text(key), join_unit(key)) for key, _ in tallies),
    )
    db.executemany(
        "INSERT INTO identity_spellings (key, spelling, quotes) VALUES (?, ?, ?) "
        "ON CONFLICT (key, spelling) DO UPDATE SET quotes = quotes + excluded.quotes",
        (
            (key_text(key), spelling, quotes)
            for key, tally in tallies
            for spelling, quotes in tally.spellings.items()
        ),
    )
    db.executemany(
        "INSERT OR IGNORE INTO identity_aliases (key, alias) VALUES (?, ?)",
        ((key_text(key), alias) for key, tally in tallies for alias in tally.aliases),
    )
    return new_aliases, aliases_of


def _canonical(db: sqlite3.Connection, key: Key) -> str:
    """The name of the speaker `key` joins: its most quoted spelling, ties alphabetically
    (quotes.identity.canonical_name)."""
    rows = db.execute(
        "SELECT spelling, quotes FROM identity_spellings WHERE key = ?", (key_text(key),)
    )
    return str(min(rows, key=lambda row: (-row[1], row[0]))[0])


def _place_speakers(
    db: sqlite3.Connection, names: dict[Key, str]
) -> tuple[dict[Key, str], set[Key]]:
    """The slug of each speaker of `names` (identity → name) once named so, numbering again
    the slug families whose bases changed and renaming the speakers whose number moved, as
    rejoin_changed does; and which of them are stored already."""
    slugs: dict[Key, str] = {}
    stored: set[Key] = set()
    bases: dict[Key, str] = {}
    old_families: set[str] = set()
    for target, name in names.items():
        base = slugify(name)
        row = db.execute(
            "SELECT slug, base, family FROM speakers "
            "WHERE key_kind = ? AND key_name = ? AND key_scope = ?",
            target,
        ).fetchone()
        if row is not None:
            stored.add(target)
            if row[1] == base:
                slugs[target] = row[0]
                continue
            old_families.add(row[2])
        bases[target] = base
    if not bases:
        return slugs, stored
    families = old_families | {slug_family(base) for base in bases.values()}
    others: dict[Key, str] = {}
    numbered = dict(bases)
    for family in families:
        for slug, kind, name, scope, base in db.execute(
            "SELECT slug, key_kind, key_name, key_scope, base FROM speakers WHERE family = ?",
            (family,),
        ).fetchall():
            others[(kind, name, scope)] = slug
            numbered.setdefault((kind, name, scope), base)
    numbers = number_slugs(numbered)
    _rename_slugs(db, [(old, numbers[k]) for k, old in others.items() if numbers[k] != old])
    slugs.update((key, numbers[key]) for key in numbers if key in names)
    return slugs, stored


def rejoin_changed(db: sqlite3.Connection) -> None:
    """Joins again the speakers that the documents in `pending_documents` can change, with
    the result a whole rebuild would give.

    A name's join depends only on the names of its join unit (quotes.identity.join_unit),
    and a slug's number only on the slugs of its family; so this redoes the units of every
    name the changed documents had or have, from their quotes, and numbers the slugs of the
    families those units had or have again, renaming other speakers whose number moved.
    """
    if join_additions(db):
        return
    names = _names_to_rejoin(db)
    source = (
        "temp.rejoin_names n CROSS JOIN quotes q ON q.speaker = n.name "
        "AND q.speaker_kind = n.kind AND q.document_id = n.document_id"
    )
    builder = _builder(db.execute(_SIGHTINGS.format(source=source)))
    joined = builder.join()
    bases = joined.bases()
    slugs, others = _renumber_families(db, bases)
    # Out with the redone units' speakers; names of the changed documents go with them, as
    # every unit they had is redone.
    db.execute(
        "DELETE FROM speaker_aliases WHERE slug IN (SELECT s.slug FROM temp.rejoin_units u "
        "CROSS JOIN speakers s ON s.unit = u.unit)"
    )
    db.execute("DELETE FROM speakers WHERE unit IN (SELECT unit FROM temp.rejoin_units)")
    db.execute("DELETE FROM speaker_names WHERE unit IN (SELECT unit FROM temp.rejoin_units)")
    db.execute(
        "DELETE FROM speaker_names WHERE document_id IN (SELECT document_id FROM pending_documents)"
    )
    _rename_slugs(db, [(old, slugs[key]) for key, old in others.items() if slugs[key] != old])
    registry = joined.registry({key: slugs[key] for key in bases})
    _insert_speakers(db, registry, registry.speakers, names)
    # The identities of the redone units, from all their names as they are now.
    for table in ("identity_spellings", "identity_aliases"):
        db.execute(
            f"DELETE FROM {table} WHERE key IN (SELECT i.key FROM temp.rejoin_units u "
            "CROSS JOIN identities i ON i.unit = u.unit)"
        )
    db.execute("DELETE FROM identities WHERE unit IN (SELECT unit FROM temp.rejoin_units)")
    _insert_identities(db, builder)
    db.execute("DELETE FROM pending_documents")


def _temporary_table(
    db: sqlite3.Connection, table: str, columns: str, rows: Iterable[tuple[Any, ...]]
) -> None:
    """Fills the temporary `table` (created on first use) with `rows`, and only them."""
    db.execute(f"CREATE TEMP TABLE IF NOT EXISTS {table} ({columns})")
    db.execute(f"DELETE FROM temp.{table}")
    rows = list(rows)
    if rows:
        places = ", ".join("?" * len(rows[0]))
        db.executemany(f"INSERT INTO temp.{table} VALUES ({places})", rows)


def _names_to_rejoin(db: sqlite3.Connection) -> list[tuple[str, str, SpeakerKind]]:
    """Every name of the join units the changed documents had or have (in temp.rejoin_units):
    the unchanged documents' as joined last time, and the changed documents' as they are now
    (also in temp.rejoin_names)."""
    new_names = db.execute(
        "SELECT DISTINCT q.document_id, q.speaker, q.speaker_kind FROM "
        f"{_PENDING_QUOTES} WHERE q.speaker IS NOT NULL"
    ).fetchall()
    units = {join_unit(name_key(name, kind, doc)) for doc, name, kind in new_names}
    units.update(
        unit
        for (unit,) in db.execute(
            "SELECT DISTINCT n.unit FROM pending_documents p "
            "CROSS JOIN speaker_names n ON n.document_id = p.document_id"
        )
    )
    _temporary_table(db, "rejoin_units", "unit TEXT PRIMARY KEY", ((unit,) for unit in units))
    names: list[tuple[str, str, SpeakerKind]] = db.execute(
        "SELECT n.document_id, n.name, n.kind FROM temp.rejoin_units u "
        "CROSS JOIN speaker_names n ON n.unit = u.unit "
        "WHERE n.document_id NOT IN (SELECT document_id FROM pending_documents)"
    ).fetchall()
    names.extend(new_names)
    columns = "document_id TEXT, name TEXT, kind TEXT, PRIMARY KEY (document_id, name, kind)"
    _temporary_table(db, "rejoin_names", columns, names)
    return names


def _renumber_families(
    db: sqlite3.Connection, bases: dict[Key, str]
) -> tuple[dict[Key, str], dict[Key, str]]:
    """The slugs of the redone speakers (`bases`: identity → slug before numbering) and of
    every other speaker in the slug families the redone units had and have; and the slugs
    those others have now."""
    old_families = db.execute(
        "SELECT DISTINCT s.family FROM temp.rejoin_units u CROSS JOIN speakers s ON s.unit = u.unit"
    ).fetchall()
    families = {family for (family,) in old_families} | {slug_family(b) for b in bases.values()}
    _temporary_table(db, "rejoin_families", "family TEXT PRIMARY KEY", ((f,) for f in families))
    others: dict[Key, str] = {}
    numbered = dict(bases)
    rows = db.execute(
        "SELECT s.slug, s.key_kind, s.key_name, s.key_scope, s.base FROM temp.rejoin_families f "
        "CROSS JOIN speakers s ON s.family = f.family "
        "WHERE s.unit NOT IN (SELECT unit FROM temp.rejoin_units)"
    )
    for slug, kind, name, scope, base in rows:
        others[(kind, name, scope)] = slug
        numbered[(kind, name, scope)] = base
    return number_slugs(numbered), others


def _rename_slugs(db: sqlite3.Connection, moved: list[tuple[str, str]]) -> None:
    """Renames speakers (old slug, new slug) in every table, through a temporary slug, as two
    may swap."""
    for step in (_to_temporary_slug, _from_temporary_slug):
        renames = [(after, before) for before, after in (step(o, n) for o, n in moved)]
        for table in ("speakers", "speaker_aliases", "speaker_names"):
            db.executemany(f"UPDATE {table} SET slug = ? WHERE slug = ?", renames)


def speakers_stale(db: sqlite3.Connection) -> bool:
    """True when a document changed since the speakers were last joined."""
    return bool(
        db.execute(
            "SELECT stale OR EXISTS (SELECT 1 FROM pending_documents) FROM registry_state"
        ).fetchone()[0]
    )


def refresh_speakers(connection: sqlite3.Connection) -> None:
    """Joins the speakers of the documents changed since the last join: all of them after a
    migration, otherwise only the join units and slug families those documents touch."""
    if not speakers_stale(connection):
        return
    with transaction(connection) as db:
        # Another process may have joined them while this one waited for the lock.
        if db.execute("SELECT stale FROM registry_state").fetchone()[0]:
            write_registry(db, read_builder(db))
        elif speakers_stale(db):
            rejoin_changed(db)
