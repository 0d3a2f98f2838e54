"""What `quotes extract` and `quotes check` do once their arguments are known, without Typer.

The Typer app (`quotes.cli`) and the quick entry point (`quotes.launcher`, which parses the
common one-file invocations by hand) both run these, so the two print the same bytes and
exit with the same codes. Nothing here imports Typer, click or pydantic at module level:
pre-commit runs `quotes check` once per commit, and those imports were most of its start-up.
Messages go through `echo`, which writes as `click.echo` does.
"""

from __future__ import annotations

import os
import re
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, NamedTuple

from quotes.check import CheckFormat
from quotes.errors import InputError, QuotesError

if TYPE_CHECKING:
    from quotes.config import Config
    from quotes.engine.composer import ExtractOptions
    from quotes.models import ArticleMetadata as ArticleMetadataModel
    from quotes.models import Document
    from quotes.records import Article, ArticleMetadata
    from quotes.records import Document as Record

# The default language's code; the codes are the folders of quotes/lexicons (read only when
# a command runs, so that starting the command line stays quick).
DEFAULT_LANGUAGE = "en"


class Settings:
    """Options given before the command, for every command."""

    quiet = False


SETTINGS = Settings()

# What click.echo strips from text written to a file or pipe rather than a terminal.
_ANSI_STYLE = re.compile(r"\033\[[;?0-9]*[a-zA-Z]")


def echo(message: str, err: bool = False) -> None:
    """Prints `message` and a newline on stdout (or stderr), as `click.echo` does: styles
    stripped when the stream is no terminal, flushed at once."""
    stream = sys.stderr if err else sys.stdout
    if stream is None:
        return
    encoding = getattr(stream, "encoding", None)
    if encoding is None or getattr(stream, "errors", None) is None or is_ascii_encoding(encoding):
        # click re-encodes such a stream as UTF-8 (a misconfigured locale): let it.
        import click

        click.echo(message, err=err)
        return
    try:
        terminal = stream.isatty()
    except Exception:  # click treats a stream that cannot say as no terminal
        terminal = False
    stream.write(message + "\n" if terminal else _ANSI_STYLE.sub("", message + "\n"))
    stream.flush()


def is_ascii_encoding(encoding: str) -> bool:
    """Whether `encoding` names ASCII, which click takes for a misconfigured locale."""
    import codecs

    try:
        return codecs.lookup(encoding).name == "ascii"
    except LookupError:
        return False


def note(message: str) -> None:
    """Prints a warning, progress or summary line on stderr, unless --quiet."""
    if not SETTINGS.quiet:
        echo(message, err=True)


def failure(message: str, code: int = 1) -> SystemExit:
    """Prints one error line on stderr and returns the exit to raise."""
    echo(f"Error: {message}", err=True)
    return SystemExit(code)


def counted(number: int, noun: str) -> str:
    """ "1 article", "2 articles"."""
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def refuse_writing_over_inputs(output: Path | None, inputs: Iterable[str | Path]) -> None:
    """Fails when `output` is one of `inputs` (or a file in an input folder): writing the
    results there would destroy what they were read from (`extract a.txt -o a.txt`,
    `who X --db q.db -o q.db`)."""
    if output is None or not os.path.lexists(output):
        return
    for given in inputs:
        source = Path(given)
        if str(given) == "-" or not source.exists():
            continue  # standard input, a URL, or a missing path reported on its own
        inside = source.is_dir() and output.resolve().is_relative_to(source.resolve())
        if inside or (not source.is_dir() and os.path.samefile(output, source)):
            raise failure(
                f"{output}: is also an input ({given}), which writing it would destroy; "
                "choose another -o/--output",
                code=2,
            )


def build_options(config: Config, language: str = DEFAULT_LANGUAGE) -> ExtractOptions:
    """The one place settings become extraction options, the same for every command."""
    from quotes.engine.composer import ExtractOptions
    from quotes.engine.language import load_language

    chosen = load_language(language)
    if config.extra_speech_verbs:
        chosen = chosen.with_speech_verbs(list(config.extra_speech_verbs))
    return ExtractOptions(language=chosen)


def project_settings(language: str = DEFAULT_LANGUAGE) -> tuple[Config, ExtractOptions]:
    """`[tool.quotes]` of the nearest pyproject.toml and the extraction options it gives.

    A bad configuration or an unknown language is a usage error (exit 2), as for `check`.
    """
    import gc

    # Loading the engine and its lexicons makes many objects that live as long as the run, and
    # no garbage: the cyclic collector would walk them over and over (3 ms of a one-file run).
    collecting = gc.isenabled()
    gc.disable()
    try:
        from quotes.config import load_config

        config = load_config(Path.cwd())
        return config, build_options(config, language)
    except QuotesError as error:
        raise failure(str(error), code=2) from None
    finally:
        if collecting:
            gc.enable()


def resolve_jobs(jobs: int | None) -> int:
    """The number of processes: as given, or one per core."""
    if jobs is not None:
        return jobs
    from quotes.parallel import default_jobs

    return default_jobs()


def warn_unclosed(place: str) -> None:
    """Warns that the quotation mark at `place` (see Document.place) is never closed."""
    note(
        f"Warning: {place}: quotation mark not closed "
        "before the end of its paragraph; the quote stops there"
    )


class Batch:
    """Reads articles, reporting bad ones as warnings and counting them."""

    def __init__(self) -> None:
        self.failed = 0
        self.errors: list[str] = []

    def warn(self, error: InputError) -> None:
        self.failed += 1
        self.errors.append(str(error))
        echo(f"Error: {error}", err=True)

    @staticmethod
    def notice(message: str) -> None:
        """A warning that does not fail the run: a repeated id renamed, a file skipped."""
        note(f"Warning: {message}")

    def articles(self, paths: Iterable[str]) -> Iterator[Article]:
        from quotes.readers.files import load_documents

        paths = list(paths)
        if paths.count("-") > 1:
            # The second reading would find standard input used up and call it empty.
            raise failure(
                f"- is given {paths.count('-')} times; standard input can be read only once",
                code=2,
            )
        return load_documents(paths, on_error=self.warn, on_warning=self.notice)

    def documents(
        self, paths: Iterable[str], options: ExtractOptions, jobs: int | None = 1
    ) -> Iterator[Document]:
        """The extracted documents as validated models, for the writers that take them."""
        from quotes.parallel import documents

        with progress_bar("Extracting") as advance:
            for document in documents(self.articles(paths), options, resolve_jobs(jobs)):
                self.warn_unclosed(document)
                yield document
                advance()

    def records(
        self, paths: Iterable[str], options: ExtractOptions, jobs: int | None = 1
    ) -> Iterator[Record]:
        """The extracted documents as plain records (`quotes.records`): what the listings
        and the coverage check read, without building the models."""
        from quotes.parallel import records

        with progress_bar("Extracting") as advance:
            for document in records(self.articles(paths), options, resolve_jobs(jobs)):
                self.warn_unclosed(document)
                yield document
                advance()

    def json_lines(
        self, paths: Iterable[str], options: ExtractOptions, jobs: int | None = 1
    ) -> Iterator[str]:
        """Each document as one line of JSON; serialised in the workers, which is cheaper."""
        from quotes.parallel import json_documents

        with progress_bar("Extracting") as advance:
            for found in json_documents(self.articles(paths), options, resolve_jobs(jobs)):
                for place in found.unclosed:
                    warn_unclosed(place)
                yield found.json
                advance()

    @staticmethod
    def warn_unclosed(document: Document | Record) -> None:
        """One warning line per quotation mark left open: the record stops at its paragraph."""
        for quote in document.quotes:
            if quote.unclosed:
                warn_unclosed(document.place(quote.line, quote.column))

    def finish(self) -> None:
        """Exits non-zero after a summary when any input was bad."""
        if self.failed:
            echo(
                f"{counted(self.failed, 'input')} could not be read; see the errors above.",
                err=True,
            )
            raise SystemExit(1)


PROGRESS_AFTER_SECONDS = 0.5
"""How long a run goes before its progress counter shows: a quick run (a pre-commit hook on
one file) never loads the terminal library that draws it (rich, about 40 ms)."""


@contextmanager
def progress_bar(label: str) -> Iterator[Callable[[], None]]:
    """A progress counter on a terminal's stderr once the run has taken a moment; nothing
    when stderr is piped or --quiet."""
    if not sys.stderr.isatty() or SETTINGS.quiet:
        yield lambda: None
        return
    started = time.monotonic()
    done = 0
    shown: list[Callable[[], None]] = []  # the counter's advance, once it is shown

    def advance() -> None:
        nonlocal done
        if shown:
            shown[0]()
            return
        done += 1
        if time.monotonic() - started >= PROGRESS_AFTER_SECONDS:
            shown.append(progress.start(label, done))

    with _Progress() as progress:
        yield advance


class _Progress:
    """rich's transient progress display, started on demand."""

    def __init__(self) -> None:
        self.display: Any = None

    def start(self, label: str, done: int) -> Callable[[], None]:
        """Shows the counter at `done` and returns the function that advances it."""
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
        )

        self.display = Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            transient=True,
            console=None,
        )
        self.display.start()
        task = self.display.add_task(label, total=None, completed=done)
        return lambda: self.display.advance(task)

    def __enter__(self) -> _Progress:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.display is not None:
            self.display.stop()


# quotes extract ------------------------------------------------------------------------------


class ExtractFormat(StrEnum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"


class ExtractRun(NamedTuple):
    """What `quotes extract` was asked for."""

    paths: list[str]
    format: ExtractFormat
    options: ExtractOptions
    jobs: int | None
    with_text: bool = False


def run_extract(
    paths: list[str],
    format: ExtractFormat | None,
    output: Path | None,
    with_text: bool,
    jobs: int | None,
    language: str,
) -> None:
    """`quotes extract`: the quotes of the articles at `paths`, printed or written to
    `output`; exits 1 after the rest when an input could not be read."""
    output = None if output == Path("-") else output
    refuse_writing_over_inputs(output, paths)
    interactive = output is None and sys.stdout.isatty()
    chosen = format or (ExtractFormat.table if interactive else ExtractFormat.jsonl)
    batch = Batch()
    run = ExtractRun(paths, chosen, project_settings(language)[1], jobs, with_text)
    if chosen is ExtractFormat.parquet:
        write_parquet(batch, run, output)
    elif output is None:
        for chunk in extract_text(batch, run):
            sys.stdout.write(chunk)
    else:
        write_output(output, extract_text(batch, run))
    batch.finish()


def extract_text(batch: Batch, run: ExtractRun) -> Iterator[str]:
    """The output of `quotes extract` in a text format, piece by piece."""
    if run.format is ExtractFormat.jsonl and not run.with_text:
        # Serialised in the workers: a string crosses processes more cheaply than a record.
        for line in batch.json_lines(run.paths, run.options, run.jobs):
            yield line + "\n"
        return
    import json

    documents = batch.records(run.paths, run.options, run.jobs)
    if run.format is ExtractFormat.jsonl:
        for document in documents:
            yield json.dumps(document_json(document, True), ensure_ascii=False) + "\n"
    elif run.format is ExtractFormat.json:
        yield from json_array(documents, run.with_text)
    elif run.format is ExtractFormat.csv:
        yield from csv_lines(CSV_QUOTE_FIELDS, (quote_row(d) for d in documents))
    else:
        for document in documents:
            yield render_table(document) + "\n"


CSV_QUOTE_FIELDS = (
    "document_id", "path", "paragraph", "line", "column", "start", "end", "speaker", "role",
    "kind", "cue", "rule", "resolution", "confidence", "text",
)  # fmt: skip


def quote_row(document: Document | Record) -> Iterator[dict[str, Any]]:
    """One CSV row per quote of `document`."""
    for quote in document.quotes:
        speaker = quote.speaker
        yield {
            "document_id": document.id,
            "path": document.path,
            "paragraph": quote.paragraph,
            "line": quote.line,
            "column": quote.column,
            "start": quote.start,
            "end": quote.end,
            "speaker": speaker.name if speaker else None,
            "role": speaker.role if speaker else None,
            "kind": quote.kind,
            "cue": quote.cue.phrase.text if quote.cue else None,
            "rule": quote.rule,
            "resolution": speaker.resolution if speaker else None,
            "confidence": quote.confidence,
            "text": quote.text,
        }


class _Lines:
    """A file-like sink for csv.writer that hands each written row on."""

    def __init__(self) -> None:
        self.rows: list[str] = []

    def write(self, text: str) -> None:
        self.rows.append(text)


def csv_lines(
    fields: Iterable[str], row_groups: Iterable[Iterable[dict[str, Any]]]
) -> Iterator[str]:
    """A header and the rows as CSV (RFC 4180: quoted where needed, CRLF line ends)."""
    import csv

    sink = _Lines()
    writer = csv.DictWriter(sink, fieldnames=list(fields))
    writer.writeheader()
    for rows in row_groups:
        writer.writerows(rows)
        yield "".join(sink.rows)
        sink.rows.clear()
    yield "".join(sink.rows)


def write_output(path: Path, chunks: Iterable[str]) -> None:
    """Writes `chunks` as UTF-8 to `path` atomically, or fails with one line."""
    from quotes.writers.atomic import OUTPUT_OPTION, write_atomically

    def write(stream: IO[bytes]) -> None:
        for chunk in chunks:
            stream.write(chunk.encode("utf-8"))

    try:
        write_atomically(path, write, OUTPUT_OPTION)
    except QuotesError as error:
        raise failure(str(error)) from None


def write_parquet(batch: Batch, run: ExtractRun, output: Path | None) -> None:
    """Writes the quotes as a Parquet table to `output`, one row per quote."""
    if output is None:
        raise failure("--format parquet writes a binary file; name it with -o FILE", code=2)
    from quotes.writers.atomic import OUTPUT_OPTION
    from quotes.writers.parquet import write_parquet_file

    try:
        documents = batch.documents(run.paths, run.options, run.jobs)
        count = write_parquet_file(documents, output, OUTPUT_OPTION)
    except QuotesError as error:
        raise failure(str(error)) from None
    echo(f"{output}: {counted(count, 'quote')}", err=True)


def document_json(document: Record, with_text: bool) -> dict[str, object]:
    """A document as JSON data (its model's `model_dump(mode="json")`), with its text when
    asked for."""
    from quotes.writers.jsonlines import document_data

    data = document_data(document)
    if with_text:
        data["text"] = document.text
    return data


def json_array(documents: Iterable[Record], with_text: bool = False) -> Iterator[str]:
    """The documents as one indented JSON array, each as soon as it is extracted.

    The same text `json.dumps(list, indent=2)` gives, without holding every document.
    """
    import json

    opening = "[\n  "
    for document in documents:
        item = json.dumps(document_json(document, with_text), indent=2)
        yield opening + item.replace("\n", "\n  ")
        opening = ",\n  "
    yield "[]\n" if opening == "[\n  " else "\n]\n"


def describe_article(metadata: ArticleMetadata | ArticleMetadataModel) -> str:
    """Where an article was published, on one line: outlet, date, headline and URL."""
    published = metadata.published
    date = published.isoformat() if published else metadata.published_text
    headline = f"“{metadata.headline}”" if metadata.headline else None
    return " · ".join(item for item in (metadata.outlet, date, headline, metadata.url) if item)


def render_table(document: Document | Record) -> str:
    """A readable listing of one document's quotes."""
    lines = [f"{document.path or document.id}: {counted(len(document.quotes), 'quote')}"]
    if document.metadata is not None:
        lines.append(f"  {describe_article(document.metadata)}")
    for quote in document.quotes:
        speaker = quote.speaker.name if quote.speaker else "(unattributed)"
        role = f" ({quote.speaker.role})" if quote.speaker and quote.speaker.role else ""
        cue = f" [{quote.cue.phrase.text}]" if quote.cue else ""
        text = quote.text if len(quote.text) <= 90 else quote.text[:87] + "..."
        lines.append(f"  {quote.line}:{quote.column}  {speaker}{role}{cue}  {quote.rule}")
        lines.append(f"      “{text}”")
    for skipped in document.skipped:
        lines.append(
            f"  {skipped.line}:{skipped.column}  skipped ({skipped.reason}): “{skipped.text}”"
        )
    return "\n".join(lines)


# quotes check ---------------------------------------------------------------------------------


def run_check(
    paths: list[str],
    min_coverage: float | None,
    format: CheckFormat,
    strict: bool,
    jobs: int | None,
    language: str,
) -> int:
    """`quotes check`: prints the attribution coverage of the articles at `paths` and
    returns the exit code (0 pass, 1 below the minimum, 2 bad input or usage)."""
    from quotes.check.coverage import (
        check_documents,
        check_settings,
        nothing_selected,
        render_check,
        select_paths,
    )

    config, options = project_settings(language)
    try:
        files = select_paths(paths, config, Batch.notice)
    except QuotesError as error:
        raise failure(str(error), code=2) from None
    if not files:
        message, code = nothing_selected(paths, config)
        if code:
            raise failure(message, code)
        echo(message, err=True)
        return 0
    batch = Batch()
    settings = check_settings(config, min_coverage, strict)
    documents = batch.records(files, options, jobs)
    report = check_documents(documents, settings, lambda: batch.errors)
    echo(render_check(report, format))
    return report.exit_code
