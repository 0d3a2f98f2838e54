"""Shared factories: documents built from sample sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from quotes import extract
from quotes.models import Article, Document

MakeDocument = Callable[..., Document]


@pytest.fixture
def make_document() -> MakeDocument:
    """A factory: `make_document("id", "text", path=None)` extracts a document."""

    def make(id: str, text: str, path: str | None = None) -> Document:
        return extract(Article(id=id, path=path, text=text))

    return make
