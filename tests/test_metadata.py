"""Tests for article metadata: field names, dates, and the .jsonl corpus fields."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import quotes.records as plain
from quotes import load_documents
from quotes.cli import app
from quotes.errors import InputError
from quotes.models import ArticleMetadata
from quotes.readers.metadata import metadata_from_fields, parse_date

UTC = datetime.UTC
EST = datetime.timezone(datetime.timedelta(hours=-5))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("2024-03-05", datetime.date(2024, 3, 5), id="iso-date"),
        pytest.param(
            "2024-03-05T14:30:00Z",
            datetime.datetime(2024, 3, 5, 14, 30, tzinfo=UTC),
            id="iso-utc",
        ),
        pytest.param(
            "2024-03-05T09:30:00-05:00",
            datetime.datetime(2024, 3, 5, 9, 30, tzinfo=EST),
            id="iso-offset-kept",
        ),
        pytest.param(
            "Tue, 05 Mar 2024 14:30:00 +0000",
            datetime.datetime(2024, 3, 5, 14, 30, tzinfo=UTC),
            id="rfc2822",
        ),
        pytest.param("March 5, 2024", datetime.date(2024, 3, 5), id="written-us"),
        pytest.param("5 March 2024", datetime.date(2024, 3, 5), id="written-uk"),
        pytest.param("Sept. 5, 2024", datetime.date(2024, 9, 5), id="abbreviated-month"),
        pytest.param(
            "March 5, 2024 2:15 PM", datetime.datetime(2024, 3, 5, 14, 15), id="written-time"
        ),
    ],
)
def test_parse_date_reads_the_forms_publishers_use(
    text: str, expected: datetime.date | datetime.datetime
) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["last Tuesday", "", "03/05/2024", "2024-13-45"])
def test_parse_date_refuses_what_it_cannot_read(text: str) -> None:
    assert parse_date(text) is None


def test_metadata_from_fields_accepts_the_usual_names() -> None:
    fields = {
        "title": "Mayor vows",
        "link": "https://news.example/a",
        "site_name": "The Daily",
        "publish_date": "2024-03-05",
        "author": "Sarah Hughes",
        "views": 12,
    }
    assert metadata_from_fields(fields, "x", pytest.fail) == plain.ArticleMetadata(
        headline="Mayor vows",
        url="https://news.example/a",
        outlet="The Daily",
        published=datetime.date(2024, 3, 5),
        authors=("Sarah Hughes",),
    )


def test_metadata_from_fields_keeps_an_unreadable_date_as_text_with_a_warning() -> None:
    warnings: list[InputError] = []
    metadata = metadata_from_fields({"date": "the other day"}, "c.jsonl:3", warnings.append)
    assert metadata == plain.ArticleMetadata(published_text="the other day")
    assert [str(w) for w in warnings] == [
        "c.jsonl:3: cannot read the date 'the other day'; kept as text"
    ]


def test_metadata_from_fields_is_none_without_metadata() -> None:
    assert metadata_from_fields({"id": "a", "text": "b", "extra": 1}, "x", pytest.fail) is None


def test_metadata_from_fields_warns_of_a_field_of_the_wrong_type() -> None:
    warnings: list[InputError] = []
    metadata = metadata_from_fields({"url": 7, "title": "T"}, "c:1", warnings.append)
    assert metadata == plain.ArticleMetadata(headline="T")
    assert [str(w) for w in warnings] == ['c:1: "url" is not a string; ignored']


def test_load_documents_reads_corpus_metadata(tmp_path: Path) -> None:
    record = {
        "id": "a1",
        "text": '"Yes," Ann said.',
        "url": "https://news.example/a1",
        "title": "Ann agrees",
        "date": "2024-03-05T09:30:00-05:00",
        "source": "Example News",
        "authors": ["Bo Li", "Cy Ng"],
        "unknown": {"nested": True},
    }
    path = tmp_path / "c.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    (article,) = load_documents([path])
    assert article.metadata == ArticleMetadata(
        headline="Ann agrees",
        url="https://news.example/a1",
        outlet="Example News",
        published=datetime.datetime(2024, 3, 5, 9, 30, tzinfo=EST),
        authors=["Bo Li", "Cy Ng"],
    )


def test_cli_warns_of_an_unreadable_corpus_date_and_still_extracts(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    record = {"id": "a", "text": '"Yes," Ann said.', "date": "soon"}
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(path), "--format", "jsonl"])
    assert result.exit_code == 0
    assert result.stderr == f"Warning: {path}:1: cannot read the date 'soon'; kept as text\n"
    assert json.loads(result.stdout)["metadata"]["published_text"] == "soon"
