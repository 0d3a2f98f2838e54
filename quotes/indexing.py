"""Indexing: extracts the articles a quote database lacks and hands their documents to it."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import partial

from quotes.api import extract
from quotes.engine.composer import ExtractOptions
from quotes.engine.lexicon import DEFAULT_LANGUAGE, load_lexicon
from quotes.models import Article
from quotes.parallel import map_articles
from quotes.store.database import Store
from quotes.store.rows import DocumentRows, IndexReport, document_rows


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


def extract_rows(article: Article, options: ExtractOptions, settings: str) -> DocumentRows:
    """What the store writes of `article`: extracted and turned into rows in a worker, so the
    one writer only writes."""
    return document_rows(extract(article, options=options), settings)


def index_articles(
    store: Store,
    articles: Iterable[Article],
    options: ExtractOptions,
    advance: Callable[[], None] = lambda: None,
    jobs: int = 1,
) -> IndexReport:
    """Extracts, on `jobs` processes, and stores each article that is new or changed; then
    joins the speakers across articles once."""
    report = IndexReport()
    settings = settings_of(options)

    def changed() -> Iterator[Article]:
        # Checked before extracting, so that re-indexing an unchanged corpus costs little.
        for article in articles:
            if store.holds(article, settings):
                report.unchanged += 1
                advance()
            else:
                yield article

    work = partial(extract_rows, options=options, settings=settings)
    store.write(map_articles(work, changed(), jobs), report, advance)
    store.refresh_speakers()
    return report
