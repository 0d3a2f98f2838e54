"""`quotes extract` writes plain records (quotes.records) through quotes.writers.jsonlines: the
same bytes the validated models write, and every line valid against the models and their
JSON Schema."""

from __future__ import annotations

import datetime
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel

import quotes.records as plain
from quotes.engine.composer import extract_records
from quotes.models import ArticleMetadata, Document
from quotes.writers.jsonlines import (
    document_data,
    document_json,
    iso_format,
    model_float,
    model_json,
)

ROOT = Path(__file__).resolve().parents[1]
POLNEAR_DEV = ROOT.parent / "shared" / "corpus" / "polnear" / "dev.jsonl"
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
SCHEMA = Document.model_json_schema(mode="serialization")


def assert_written_as_the_model_writes(record: plain.Document) -> None:
    model = Document.from_record(record)
    line = document_json(record)
    assert line == model.model_dump_json()
    assert document_data(record) == model.model_dump(mode="json")


def assert_valid(record: plain.Document) -> None:
    """The line validates against the model (offsets into the text included) and the schema."""
    jsonschema = pytest.importorskip("jsonschema")
    data = json.loads(document_json(record))
    jsonschema.validate(data, SCHEMA)
    Document.model_validate({**data, "text": record.text})


def test_jsonlines_seed_records_are_written_as_the_models_write_them() -> None:
    for seed in SEEDS:
        record = extract_records(seed.read_text(encoding="utf-8"), id=seed.stem)
        assert record.quotes
        assert_written_as_the_model_writes(record)
        assert_valid(record)


def test_jsonlines_dev_corpus_is_written_as_the_models_write_it() -> None:
    if not POLNEAR_DEV.exists():
        pytest.skip(f"{POLNEAR_DEV} is absent")
    with POLNEAR_DEV.open(encoding="utf-8") as lines:
        for line in lines:
            item = json.loads(line)
            record = extract_records(item["text"], id=item["id"])
            assert_written_as_the_model_writes(record)
            assert_valid(record)


AWKWARD = [
    'He said "a\\b" and "tab\there," Ann Lee said.\n',
    '"Control \x00\x01\x1f\x7f characters," she said. "Quote \\" inside," Bo said.\n',
    "«Ça va», a dit Zoé. “Emoji 😀 and \u2028 line separator,” Ann Lee said.\n",
    '"Ends in a backslash \\\\," Ann Lee said. "Slash / and </script>," he added.\n',
    '"Unclosed at the end of the paragraph\n\n"Form feed \f and \r return," Kim said.\n',
]


@pytest.mark.parametrize("text", AWKWARD)
def test_jsonlines_awkward_text_is_written_as_the_models_write_it(text: str) -> None:
    record = extract_records(text, id='id "with" \\ \n')
    assert record.quotes or record.skipped
    assert_written_as_the_model_writes(record)
    assert_valid(record)


# Text from every plane (no surrogates: readers refuse them), with quotation marks and cues.
TEXT_PIECES = st.one_of(
    st.text(st.characters(exclude_categories=["Cs"]), max_size=12),
    st.sampled_from(['"', "“", "”", "'", " said Ann Lee. ", "\n", "\n\n", ', he said. "', "\\"]),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(TEXT_PIECES, max_size=30).map("".join))
def test_jsonlines_generated_text_is_written_as_the_models_write_it(text: str) -> None:
    record = extract_records(text, id="generated")
    assert_written_as_the_model_writes(record)
    assert_valid(record)


def offsets() -> st.SearchStrategy[datetime.tzinfo | None]:
    """No zone, UTC, whole-minute offsets, and offsets with seconds (rare, but allowed)."""
    minutes = st.integers(min_value=-1439, max_value=1439)
    seconds = st.integers(min_value=-86399, max_value=86399)
    return st.one_of(
        st.none(),
        st.just(datetime.UTC),
        minutes.map(lambda m: datetime.timezone(datetime.timedelta(minutes=m))),
        seconds.map(lambda s: datetime.timezone(datetime.timedelta(seconds=s))),
    )


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.dates(), st.datetimes(timezones=offsets())))
def test_jsonlines_dates_are_written_as_pydantic_writes_them(
    value: datetime.datetime | datetime.date,
) -> None:
    expected = json.loads(ArticleMetadata(published=value).model_dump_json())["published"]
    assert iso_format(value) == expected


def test_jsonlines_metadata_is_written_as_the_model_writes_it() -> None:
    metadata = plain.ArticleMetadata(
        headline="“Quoted” \u0007 headline",
        url='https://news.example/a?b=1&c="2"',
        outlet="Desk",
        published=datetime.datetime(
            2024, 3, 5, 9, 30, tzinfo=datetime.timezone(datetime.timedelta(hours=-5))
        ),
        authors=("Bo Li", "Zoé"),
        language="en",
    )
    text = 'Intro.\n\n"We will act," Anna Berg said.\n'
    article = plain.Article(id="a1", text=text, path="c.jsonl", line=3, metadata=metadata)
    record = extract_records(article)
    assert record.metadata == metadata
    assert_written_as_the_model_writes(record)
    assert_valid(record)


class _Data(BaseModel):
    """Any JSON data, for pydantic to write as `model_json` must."""

    value: Any


JSON_DATA = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)


@settings(max_examples=300, deadline=None)
@given(data=JSON_DATA, indent=st.sampled_from([2, 4]))
def test_model_json_writes_what_pydantic_writes(data: object, indent: int) -> None:
    assert model_json({"value": data}, indent) == _Data(value=data).model_dump_json(indent=indent)


@pytest.mark.parametrize(
    "value", [1e-05, 1.5e-05, 5e-06, 1e-07, 1e16, 1.5e300, 0.1, 2 / 3, -0.0, -1e-05, 5e-324]
)
def test_model_float_writes_what_pydantic_writes(value: float) -> None:
    assert model_float(value) == _Data(value=value).model_dump_json()[len('{"value":') : -1]
