"""Indexing: extracts the articles a quote database lacks and hands their documents to it."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from quotes.engine.composer import ExtractOptions, extract
from quotes.engine.lexicon import DEFAULT_LANGUAGE, load_lexicon
from quotes.models import Article
from quotes.store.database import IndexReport, Store


def settings_of(options: ExtractOptions) -> str:
    """What in `options` differs from the defaults, as text; empty for the defaults."""
    settings = ""
    if options.language.code != DEFAULT_LANGUAGE:
        settings += f"language: {options.language.code}\n"
    defaults = load_lexicon(options.language.code).speech_verbs
    extra = set(options.lexicon.speech_verbs) - set(defaults)
    if extra:
        settings += "extra-speech-verbs: " + " ".join(sorted(extra)) + "\n"
    return settings


def index_articles(
    store: Store,
    articles: Iterable[Article],
    options: ExtractOptions,
    advance: Callable[[], None] = lambda: None,
) -> IndexReport:
    """Extracts and stores each article that is new or changed, one transaction each."""
    report = IndexReport()
    settings = settings_of(options)
    for article in articles:
        # Checked before extracting, so that re-indexing an unchanged corpus costs little.
        if store.holds(article, settings):
            report.unchanged += 1
            advance()
            continue
        previous = store.stored_path(article.id)
        document = extract(article, options=options)
        status = store.add(document, settings)
        if status == "replaced" and previous is not None and previous != article.path:
            # Never silent: two files known by one id would otherwise swap on every run.
            report.moved.append(
                f"{article.path}: replaced article {article.id!r}, which was stored from {previous}"
            )
        setattr(report, status, getattr(report, status) + 1)
        report.quotes += len(document.quotes) if status != "unchanged" else 0
        advance()
    store.refresh_speakers()
    return report
