"""The engine builds its records without validation (quotes.models.trusted): they must be
exactly the records validation would give, for every article the tests can reach."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quotes import Article, Document, extract
from quotes.models import ArticleMetadata, Span, trusted

ROOT = Path(__file__).resolve().parents[1]
POLNEAR_DEV = ROOT.parent / "shared" / "corpus" / "polnear" / "dev.jsonl"
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def validated(document: Document) -> Document:
    """`document` rebuilt from its data through full validation (offset checks included)."""
    data = document.model_dump()
    data.update(text=document.text, line=document.line)
    return Document.model_validate(data)


def assert_same_as_validated(document: Document) -> None:
    again = validated(document)
    assert again == document
    # repr shows each value's type (a RuleName, not its string) and the fields' order
    assert repr(again.quotes) == repr(document.quotes)
    assert repr(again.skipped) == repr(document.skipped)
    assert again.model_dump_json() == document.model_dump_json()
    assert again.__pydantic_fields_set__ == document.__pydantic_fields_set__
    for fast, slow in zip(document.quotes, again.quotes, strict=True):
        assert fast.__pydantic_fields_set__ == slow.__pydantic_fields_set__
        assert fast.sentence.__pydantic_fields_set__ == slow.sentence.__pydantic_fields_set__
        if fast.speaker is not None and slow.speaker is not None:
            # the resolver builds its speakers with `trusted` too: every field counts as given
            assert fast.speaker.__pydantic_fields_set__ == slow.speaker.__pydantic_fields_set__


@pytest.mark.parametrize("seed", SEEDS, ids=lambda path: path.name)
def test_seed_records_equal_validated_records(seed: Path) -> None:
    document = extract(seed.read_text(encoding="utf-8"), id=seed.stem)
    assert document.quotes
    assert_same_as_validated(document)


def test_article_records_keep_origin_and_equal_validated_records() -> None:
    text = 'Intro.\n\n"We will act," Anna Berg said. She called it "a test".\n'
    article = Article(
        id="a1",
        path="news.jsonl",
        line=3,
        metadata=ArticleMetadata(headline="H", outlet="Desk"),
        text=text,
        markup=[(0, 6)],
    )
    document = extract(article)
    assert (document.id, document.path, document.line) == ("a1", "news.jsonl", 3)
    assert document.metadata == article.metadata
    assert document.quotes[0].speaker is not None
    assert document.quotes[0].speaker.name == "Anna Berg"
    assert_same_as_validated(document)


def test_polnear_dev_records_equal_validated_records() -> None:
    if not POLNEAR_DEV.exists():
        pytest.skip(f"{POLNEAR_DEV} is absent")
    with POLNEAR_DEV.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines):
            if number % 4:  # a quarter of the split keeps the test quick
                continue
            record = json.loads(line)
            assert_same_as_validated(extract(record["text"], id=record["id"]))


def test_trusted_record_is_the_validated_record() -> None:
    fast = trusted(Span, start=1, end=3, text="ab")
    assert fast == Span(start=1, end=3, text="ab")
    assert hash(fast) == hash(Span(start=1, end=3, text="ab"))
    assert fast.model_copy(update={"text": "cd"}).text == "cd"
    assert fast.text == "ab"  # a copy's change leaves the shared field-name set alone
    assert fast.__pydantic_fields_set__ == {"start", "end", "text"}
