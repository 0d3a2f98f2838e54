"""Plain documents (`quotes.records`) as the JSON of their models, without pydantic.

`document_json(record)` is byte for byte `Document.from_record(record).model_dump_json()`, and
`document_data(record)` is its `model_dump(mode="json")`: `quotes extract` writes its records
from here, so that a one-file run need not import pydantic (about 80 ms of start-up).
tests/test_jsonlines.py holds the two to the same bytes over the dev corpus and awkward text,
and checks that every line validates against the model.

The standard library's JSON encoder escapes strings as pydantic does (`"`, `\\`, and control
characters as `\\n` or `\\u001f`; everything else as UTF-8). Its floats are Python's shortest
repr, which pydantic's match except in exponent form (`1e-05` against `1e-5`): the only float,
a quote's confidence, lies between 0.3 and 1 or is 0.0, where neither writes an exponent.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import TYPE_CHECKING

from quotes.records import ArticleMetadata, Document, Quote, Speaker

if TYPE_CHECKING:
    import datetime

_ENCODE = json.JSONEncoder(
    ensure_ascii=False, separators=(",", ":"), check_circular=False, allow_nan=False
).encode


def document_json(document: Document) -> str:
    """The document as one line of JSON, as `model_dump_json()` of its model writes it."""
    return _ENCODE(document_data(document))


def document_data(document: Document) -> dict[str, object]:
    """The document as JSON data, as `model_dump(mode="json")` of its model gives it (the text
    and the corpus line are not exported)."""
    metadata = document.metadata
    return {
        "id": document.id,
        "path": document.path,
        "metadata": None if metadata is None else _metadata(metadata),
        "quotes": [_quote(quote) for quote in document.quotes],
        "skipped": [item._asdict() for item in document.skipped],
    }


def _quote(quote: Quote) -> dict[str, object]:
    (start, end, text, kind, speaker, cue, confidence, rule, group, paragraph, line, column,
     sentence, unclosed) = quote  # fmt: skip
    return {
        "start": start,
        "end": end,
        "text": text,
        "kind": kind,
        "speaker": None if speaker is None else _speaker(speaker),
        "cue": None
        if cue is None
        else {"verb": cue.verb, "lemma": cue.lemma, "phrase": cue.phrase._asdict()},
        "confidence": confidence,
        "rule": rule.value,
        "group": group,
        "paragraph": paragraph,
        "line": line,
        "column": column,
        "sentence": sentence._asdict(),
        "unclosed": unclosed,
    }


def _speaker(speaker: Speaker) -> dict[str, object]:
    name, kind, role, mention, resolution, ambiguous = speaker
    return {
        "name": name,
        "kind": kind,
        "role": role,
        "mention": mention._asdict(),
        "resolution": resolution,
        "ambiguous": ambiguous,
    }


def _metadata(metadata: ArticleMetadata) -> dict[str, object]:
    data = metadata._asdict()
    data["authors"] = list(metadata.authors)
    if metadata.published is not None:
        data["published"] = iso_format(metadata.published)
    return data


def iso_format(value: datetime.datetime | datetime.date) -> str:
    """A date or date and time as pydantic writes it: ISO 8601, `Z` for UTC, and an offset in
    whole minutes (Python's `isoformat` adds seconds to an offset that has them)."""
    import datetime  # here: only articles with a date need it

    if not isinstance(value, datetime.datetime):
        return value.isoformat()
    offset = value.utcoffset()
    if offset is None:
        return value.isoformat()
    written = value.replace(tzinfo=None).isoformat()
    seconds = int(offset.total_seconds())
    if seconds == 0:
        return written + "Z"
    sign = "-" if seconds < 0 else "+"
    hours, minutes = divmod(abs(seconds) // 60, 60)
    return f"{written}{sign}{hours:02d}:{minutes:02d}"


def model_json(data: object, indent: int = 2) -> str:
    """JSON data (dicts, lists, strings, numbers, booleans, None) as `model_dump_json(indent=…)`
    writes the model it came from: indented as `json.dumps` indents, strings as in
    `document_json`, floats as `model_float` writes them."""
    return "".join(_indented(data, " " * indent, "\n"))


def _indented(value: object, step: str, newline: str) -> Iterator[str]:
    """The pieces of `value`'s indented JSON; `newline` is a line break and the indent of
    the current level."""
    if isinstance(value, str):
        yield _STRING(value)
    elif value is None or isinstance(value, bool):
        yield {None: "null", True: "true", False: "false"}[value]
    elif isinstance(value, int):
        yield str(value)
    elif isinstance(value, float):
        yield model_float(value)
    elif isinstance(value, dict) and value:
        inner = newline + step
        yield "{"
        for number, (key, item) in enumerate(value.items()):
            yield ("," if number else "") + inner + _STRING(key) + ": "
            yield from _indented(item, step, inner)
        yield newline + "}"
    elif isinstance(value, list | tuple) and value:
        inner = newline + step
        yield "["
        for number, item in enumerate(value):
            yield ("," if number else "") + inner
            yield from _indented(item, step, inner)
        yield newline + "]"
    elif isinstance(value, dict | list | tuple):
        yield "{}" if isinstance(value, dict) else "[]"
    else:
        raise TypeError(f"{type(value).__name__} is not JSON data")


# A string as JSON, escaped as pydantic escapes it (see the module's docstring).
_STRING = json.encoder.encode_basestring


def model_float(value: float) -> str:
    """A float as pydantic's JSON writes it: Python's shortest repr, except that exponents
    have no leading zero (`5e-6`, not `5e-06`), numbers with exponent -5 are written out
    (`0.00001`), and NaN and infinities are null."""
    if value != value or value in (float("inf"), float("-inf")):
        return "null"
    text = repr(value)
    mantissa, marked, exponent = text.partition("e")
    if not marked:
        return text
    power = int(exponent)
    if power == -5:
        sign = "-" if mantissa.startswith("-") else ""
        return f"{sign}0.0000{mantissa.lstrip('-').replace('.', '')}"
    return f"{mantissa}e{'+' if power > 0 else '-'}{abs(power)}"
