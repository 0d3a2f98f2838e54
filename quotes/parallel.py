"""Extraction on every core: a process pool over chunks of articles, results in input order.

Workers receive articles and return what the caller needs of each document: the JSON line for
`extract`, the plain record (`quotes.records`) or the validated `Document` for the rest.
Because each article is extracted alone and results come back in the order the articles went
in, the output does not depend on the number of workers.
"""

from __future__ import annotations

import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from itertools import chain, islice
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

from quotes.engine.composer import ExtractOptions, extract_records
from quotes.records import Article, Document
from quotes.writers.jsonlines import document_json

if TYPE_CHECKING:
    import multiprocessing.context
    from concurrent.futures import Future

    import quotes.models as models

_T = TypeVar("_T")
_Item = TypeVar("_Item")

CHUNK_ARTICLES = 16
"""Articles per task: enough to make the cost of sending a task small beside extracting it."""

CHUNKS_IN_FLIGHT_PER_JOB = 8
"""Tasks queued per worker: enough to keep workers busy while `index` writes a batch (200
documents), few enough to bound memory on huge inputs."""

# Set in each worker process by `_install`: the function every article of a task goes through.
_work: Callable[[Any], object] | None = None


class JsonDocument(NamedTuple):
    """One extracted document as its JSON line, with what the caller warns about."""

    json: str
    unclosed: tuple[str, ...]
    """The place (Document.place) of each quotation mark left open."""


def default_jobs() -> int:
    """The number of cores this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return os.cpu_count() or 1


def extract_record(article: Article, options: ExtractOptions) -> Document:
    """The document extracted from `article`, as plain records."""
    return extract_records(article, options=options)


def extract_document(article: Article | models.Article, options: ExtractOptions) -> models.Document:
    """The document extracted from `article` (a record or a model), as validated models."""
    from quotes.api import extract  # here: the plain paths never need pydantic

    return extract(article, options=options)


def extract_json(article: Article, options: ExtractOptions) -> JsonDocument:
    """The document extracted from `article`, serialised: a string crosses processes cheaply."""
    document = extract_records(article, options=options)
    unclosed = tuple(
        document.place(quote.line, quote.column) for quote in document.quotes if quote.unclosed
    )
    return JsonDocument(document_json(document), unclosed)


def records(
    articles: Iterable[Article], options: ExtractOptions, jobs: int = 1
) -> Iterator[Document]:
    """The documents extracted from `articles` as plain records, in order, on `jobs` processes."""
    return map_articles(partial(extract_record, options=options), articles, jobs)


def documents(
    articles: Iterable[Article] | Iterable[models.Article], options: ExtractOptions, jobs: int = 1
) -> Iterator[models.Document]:
    """The documents extracted from `articles` as validated models, in order, on `jobs`
    processes."""
    return map_articles(partial(extract_document, options=options), articles, jobs)


def json_documents(
    articles: Iterable[Article], options: ExtractOptions, jobs: int = 1
) -> Iterator[JsonDocument]:
    """The documents extracted from `articles` as JSON lines, in order, on `jobs` processes."""
    return map_articles(partial(extract_json, options=options), articles, jobs)


PARENT_CHECK_SECONDS = 0.5
"""How often a worker checks that the process that started it is still there."""


def _install(work: Callable[[Any], object], parent: int) -> None:
    """Worker start-up: keeps the work function for every task this worker runs."""
    import signal  # here: only workers need these (a one-file run never starts one)
    import threading

    global _work
    _work = work
    # Ctrl-C reaches the whole process group: the parent stops the pool, and a worker would
    # only add a traceback of its own.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()


def _exit_with_parent(parent: int) -> None:
    """Ends this worker when its parent is gone: a killed `quotes index` leaves no workers."""
    while True:
        time.sleep(PARENT_CHECK_SECONDS)
        if os.getppid() != parent:
            os._exit(1)


def _run_chunk(chunk: list[Any]) -> list[object]:
    """A worker's task: the work function over one chunk of articles."""
    assert _work is not None, "worker started without _install"
    return [_work(article) for article in chunk]


def _chunks(articles: Iterable[_Item], size: int) -> Iterator[list[_Item]]:
    """`articles` in lists of `size` (the last may be shorter)."""
    iterator = iter(articles)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _context() -> multiprocessing.context.BaseContext:
    """Fork where there is one: workers then start with the engine already loaded."""
    import multiprocessing  # here: one-job runs (a pre-commit hook on one file) never need it

    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    return multiprocessing.get_context(method)


def map_articles(
    work: Callable[[_Item], _T],
    articles: Iterable[_Item],
    jobs: int = 1,
    chunk_size: int = CHUNK_ARTICLES,
) -> Iterator[_T]:
    """`work` over `articles` on `jobs` worker processes, results in input order.

    With one job, or input too short to fill two chunks, it runs in this process: a pool
    would cost more to start than it saves. `work` must be picklable where processes are
    spawned rather than forked (a module-level function, or a partial of one).
    """
    if jobs <= 1:
        yield from map(work, articles)
        return
    chunks = _chunks(articles, chunk_size)
    head = list(islice(chunks, 2))
    if len(head) < 2:
        yield from map(work, chain.from_iterable(head))
        return
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(
        max_workers=jobs,
        mp_context=_context(),
        initializer=_install,
        initargs=(work, os.getpid()),
    )
    pending: deque[Future[list[_T]]] = deque()
    try:
        for chunk in chain(head, chunks):
            pending.append(pool.submit(_run_chunk, chunk))  # type: ignore[arg-type]
            if len(pending) >= jobs * CHUNKS_IN_FLIGHT_PER_JOB:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        # Also when the caller stops early (a closed pipe, Ctrl-C): drop the queued tasks.
        pool.shutdown(wait=True, cancel_futures=True)
