"""Article metadata from the fields a corpus, front matter or web page gives: names and dates.

Dates are parsed with the standard library (ISO 8601, RFC 2822 and the written forms news
sites print) rather than `dateparser`: importing dateparser alone costs about 140 ms, more
than extracting a hundred articles, and the forms publishers put in metadata are few.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

import regex

from quotes.errors import InputWarning
from quotes.records import ArticleMetadata

if TYPE_CHECKING:  # imported where dates are read: an article without one never needs it
    import datetime

Warn = Callable[[InputWarning], None]

# The usual names for each metadata field, first match wins.
FIELD_NAMES: dict[str, tuple[str, ...]] = {
    "headline": ("headline", "title"),
    "url": ("url", "canonical_url", "link"),
    "outlet": ("outlet", "source", "site_name", "publisher"),
    "published": ("published", "date", "publish_date", "published_at", "datePublished"),
    "authors": ("authors", "author", "byline"),
    "language": ("language", "lang"),
}

# Written dates as news sites print them; tried in order after ISO 8601 and RFC 2822.
_DATE_FORMATS = (
    "%B %d, %Y",
    "%b %d, %Y",
    "%d %B %Y",
    "%d %b %Y",
    "%B %d %Y",
    "%A, %B %d, %Y",
    "%a, %b %d, %Y",
    "%Y/%m/%d",
    "%Y%m%d",
)
_DATETIME_FORMATS = (
    "%B %d, %Y %I:%M %p",
    "%b %d, %Y %I:%M %p",
    "%B %d, %Y %H:%M",
    "%d %B %Y %H:%M",
    "%Y-%m-%d %H:%M",
    "%Y/%m/%d %H:%M",
)
# "Sept." and full stops after abbreviated months, which strptime does not read.
_MONTH_DOT = regex.compile(r"\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.")
_SPACES = regex.compile(r"\s+")


def parse_date(text: str) -> datetime.datetime | datetime.date | None:
    """The date or date and time `text` states, timezone kept; None when it cannot be read."""
    import datetime

    cleaned = _SPACES.sub(" ", text.strip())
    if not cleaned:
        return None
    iso = _from_iso(cleaned)
    if iso is not None:
        return iso
    written = _MONTH_DOT.sub(lambda m: m[1][:3], cleaned)
    for format in _DATETIME_FORMATS:
        try:
            return datetime.datetime.strptime(written, format)
        except ValueError:
            continue
    for format in _DATE_FORMATS:
        try:
            return datetime.datetime.strptime(written, format).date()
        except ValueError:
            continue
    # Last, because the e-mail date parser also half-reads written dates (losing "PM").
    # Imported here: it brings in sockets and more, which a run without dates never needs.
    import email.utils

    try:
        return email.utils.parsedate_to_datetime(cleaned)
    except (TypeError, ValueError, IndexError):
        return None


def _from_iso(text: str) -> datetime.datetime | datetime.date | None:
    """An ISO 8601 date (a `date`) or date and time (a `datetime`), else None."""
    import datetime

    try:
        if len(text) == 10:
            return datetime.date.fromisoformat(text)
        return datetime.datetime.fromisoformat(text)
    except ValueError:
        return None


def _text_value(value: object) -> str | None:
    """A string field's value with its white space trimmed; None when empty or not a string."""
    if isinstance(value, str) and value.strip():
        return _SPACES.sub(" ", value.strip())
    return None


def _authors(value: object) -> list[str]:
    """Author names from a string, a list of strings or objects with a "name" (JSON-LD)."""
    items = value if isinstance(value, list) else [value]
    names: list[str] = []
    for item in items:
        name = _text_value(item.get("name") if isinstance(item, dict) else item)
        if name and name not in names:
            names.append(name)
    return names


def _first(fields: Mapping[str, object], names: tuple[str, ...]) -> tuple[str, object] | None:
    """The first of `names` present in `fields` with a value, and that value."""
    for name in names:
        value = fields.get(name)
        if value not in (None, "", []):
            return name, value
    return None


def metadata_from_fields(
    fields: Mapping[str, object], where: str, warn: Warn
) -> ArticleMetadata | None:
    """The metadata among `fields` (a JSONL record, front matter); None when there is none.

    Unknown fields are ignored. A known field of the wrong type, and a date that cannot be
    read, are reported through `warn`; an unreadable date is kept as `published_text`.
    """
    import datetime

    found: dict[str, object] = {}
    for field, names in FIELD_NAMES.items():
        hit = _first(fields, names)
        if hit is None:
            continue
        name, value = hit
        if field == "authors":
            authors = _authors(value)
            if authors:
                found["authors"] = tuple(authors)
            continue
        if isinstance(value, datetime.date):  # YAML reads an unquoted 2024-03-05 as a date
            found[field] = value
            continue
        text = _text_value(value)
        if text is None:
            warn(InputWarning(f'{where}: "{name}" is not a string; ignored'))
            continue
        if field == "published":
            found.update(published_fields(text, where, warn))
        else:
            found[field] = text
    return ArticleMetadata(**found) if found else None  # type: ignore[arg-type]


def published_fields(text: str, where: str, warn: Warn) -> dict[str, object]:
    """`published` as a real date, or `published_text` with a warning when it cannot be read."""
    parsed = parse_date(text)
    if parsed is not None:
        return {"published": parsed}
    warn(InputWarning(f"{where}: cannot read the date {text!r}; kept as text"))
    return {"published_text": text}
