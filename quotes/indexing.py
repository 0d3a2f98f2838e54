"""Indexing: extracts the articles a quote database lacks and hands their documents to it."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from quotes.engine.composer import ExtractOptions, extract
from quotes.models import Article
from quotes.store.database import IndexReport, Store


def index_articles(
    store: Store,
    articles: Iterable[Article],
    options: ExtractOptions,
    advance: Callable[[], None] = lambda: None,
) -> IndexReport:
    """Extracts and stores each article that is new or changed, one transaction each."""
    report = IndexReport()
    for article in articles:
        # Checked before extracting, so that re-indexing an unchanged corpus costs little.
        if store.holds(article):
            report.unchanged += 1
        else:
            document = extract(article, options=options)
            status = store.add(document)
            setattr(report, status, getattr(report, status) + 1)
            report.quotes += len(document.quotes) if status != "unchanged" else 0
        advance()
    store.refresh_speakers()
    return report
