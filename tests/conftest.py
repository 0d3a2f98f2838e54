"""Shared factories: documents built from sample sentences written for these tests."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator

import pytest

from quotes import extract
from quotes.identity import RoleSeen, SpeakerEntry
from quotes.models import Article, Document
from quotes.writers.factsheets import QuoteEntry, quote_id

MakeDocument = Callable[..., Document]

# Lexicon snapshots (quotes.engine.lexicon) go to a folder of this run's own, not the user's
# cache, for this process and the commands the tests start.
os.environ["QUOTES_CACHE_DIR"] = tempfile.mkdtemp(prefix="quotes-test-cache-")
atexit.register(shutil.rmtree, os.environ["QUOTES_CACHE_DIR"], True)


@pytest.fixture
def make_document() -> MakeDocument:
    """A factory: `make_document("id", "text", path=None)` extracts a document."""

    def make(id: str, text: str, path: str | None = None) -> Document:
        return extract(Article(id=id, path=path, text=text))

    return make


class ListSource:
    """A QuoteSource over a list of entries, for testing writers without a spool."""

    def __init__(self, entries: list[QuoteEntry]) -> None:
        self.items = entries

    def entries(self) -> Iterator[QuoteEntry]:
        return iter(self.items)

    def entries_of(self, slug: str) -> Iterator[QuoteEntry]:
        return (entry for entry in self.items if entry.speaker == slug)


def quote_entry(
    text: str = "We will win this vote.", speaker: str | None = "jane-doe"
) -> QuoteEntry:
    """A fact-sheet entry with plausible values; `speaker` is a slug or None."""
    return QuoteEntry(
        id=quote_id("sample", 40, 40 + len(text), text),
        speaker=speaker,
        speaker_name="Jane Doe" if speaker else None,
        name_in_article="Doe" if speaker else None,
        role="Senator" if speaker else None,
        text=text,
        kind="direct",
        cue="said" if speaker else None,
        document_id="sample",
        path="samples/sample.txt",
        paragraph=2,
        line=3,
        column=1,
        start=40,
        end=40 + len(text),
        sentence=f'"{text}" Doe said.',
        confidence=0.9,
        resolution="explicit" if speaker else None,
        rule="quote_then_speaker_verb" if speaker else "none",
    )


def speaker_entry(name: str = "Jane Doe", slug: str = "jane-doe", count: int = 1) -> SpeakerEntry:
    """A registry entry for one person quoted in the sample document."""
    return SpeakerEntry(
        slug=slug,
        name=name,
        kind="person",
        roles=[RoleSeen(role="Senator", document_id="sample")],
        aliases=[name],
        quote_count=count,
        document_ids=["sample"],
    )


# CI machines are shared and slow at times: judge properties, not per-example timing.
from hypothesis import settings  # noqa: E402

settings.register_profile("quotes", deadline=None)
settings.load_profile("quotes")
