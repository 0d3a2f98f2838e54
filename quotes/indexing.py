"""Indexing: extracts the articles a quote database lacks and hands their documents to it."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from quotes.engine.composer import ExtractOptions
from quotes.engine.lexicon import DEFAULT_LANGUAGE, load_lexicon
from quotes.models import Article
from quotes.parallel import documents as extract_documents
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

    store.write(extract_documents(changed(), options, jobs), settings, report, advance)
    store.refresh_speakers()
    return report
