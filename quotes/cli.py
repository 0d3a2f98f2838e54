"""The `quotes` command line: a thin layer over the library."""

from __future__ import annotations

import datetime
import json
import os
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from quotes.check import CheckFormat
from quotes.commands import (
    DEFAULT_LANGUAGE,
    SETTINGS,
    Batch,
    ExtractFormat,
    counted,
    csv_lines,
    note,
    progress_bar,
    project_settings,
    refuse_writing_over_inputs,
    resolve_jobs,
    run_check,
    run_extract,
    write_output,
)
from quotes.errors import InputError, QuotesError

# Only what every command needs is imported here: each command imports the rest itself, so
# that `quotes check` on one file (run by pre-commit on every commit) starts quickly. The
# bodies of `extract` and `check` live in quotes.commands, which the quick entry point
# (quotes.launcher) runs without this module.
if TYPE_CHECKING:
    from quotes.engine.composer import ExtractOptions
    from quotes.models import Document

app = typer.Typer(
    help="Find quotations in news text, credit each to its speaker, and export fact sheets.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)


def print_version(value: bool) -> None:
    """--version: prints the version and stops."""
    if value:
        from quotes import __version__

        typer.echo(f"quotes {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=print_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
    quiet: Annotated[
        bool,
        typer.Option(
            "--quiet", "-q", help="Print results and errors only: no warnings, progress or totals."
        ),
    ] = False,
) -> None:
    """Find quotations in news text, credit each to its speaker, and export fact sheets."""
    SETTINGS.quiet = quiet


LanguageOption = Annotated[
    str,
    typer.Option(
        "--language",
        "-l",
        help="Language of the articles, a folder of quotes/lexicons: which quotation marks "
        "and word lists apply (en, de).",
    ),
]

Paths = Annotated[
    list[str],
    typer.Argument(
        help="Files (.txt, .md, .html, .docx, .jsonl), folders (searched recursively), "
        "http(s):// URLs, or - for stdin.",
        metavar="PATH",
        show_default=False,
    ),
]


def fail(message: str, code: int = 1) -> typer.Exit:
    """Prints one error line on stderr and returns the exit to raise."""
    typer.echo(f"Error: {message}", err=True)
    return typer.Exit(code)


Jobs = Annotated[
    int | None,
    typer.Option(
        "--jobs",
        "-j",
        min=1,
        help="Processes to extract with; default: one per core. 1 extracts in this process. "
        "The output is the same, in input order, whatever the number.",
        show_default=False,
    ),
]


@app.command("extract")
def extract_command(
    paths: Paths,
    format: Annotated[
        ExtractFormat | None,
        typer.Option(
            "--format",
            "-f",
            help="table (default on a terminal), json, jsonl, csv (one row per quote), or "
            "parquet (one row per quote; needs -o and pyarrow).",
            show_default=False,
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            dir_okay=False,
            help="Write to this file (atomically); - or none for standard output.",
            metavar="FILE",
        ),
    ] = None,
    with_text: Annotated[
        bool,
        typer.Option(
            "--with-text",
            help="json and jsonl: include each article's text (for a web page, the text read "
            "from it), which every offset indexes.",
        ),
    ] = False,
    jobs: Jobs = None,
    language: LanguageOption = DEFAULT_LANGUAGE,
) -> None:
    """Extract quotes from articles and print them (or write them to --output)."""
    run_extract(paths, format, output, with_text, jobs, language)


class TextFormat(StrEnum):
    text = "text"
    json = "json"


@app.command("eval")
def eval_command(
    gold: Annotated[
        Path, typer.Argument(help="Gold JSONL: id, text, quotes with offsets and speakers.")
    ],
    pred: Annotated[
        Path | None,
        typer.Option("--pred", help="Predictions JSONL; extracted from the gold texts if omitted."),
    ] = None,
    format: Annotated[
        TextFormat, typer.Option("--format", "-f", help="text (readable) or json.")
    ] = TextFormat.text,
    as_json: Annotated[
        bool, typer.Option("--json", hidden=True, help="Same as --format json.")
    ] = False,
    worst: Annotated[
        int, typer.Option("--worst", help="How many of the worst documents to list.")
    ] = 10,
    language: LanguageOption = DEFAULT_LANGUAGE,
) -> None:
    """Score extraction against gold annotations (quote P/R/F1, speaker accuracy, attribution).

    Gold is JSON Lines: one object per document with "id", "text" and "quotes"; each quote has "start"/"end" character offsets of the words inside the marks, "speaker" (a name or null) and optionally "kind" (direct, mixed or indirect). The README section "Evaluating on your own corpus" gives the full format.
    """  # noqa: E501 - one paragraph per line, so that --help wraps it to the terminal
    from quotes.evaluation.score import evaluate_corpus, render_report, report_json

    try:
        report = evaluate_corpus(gold, pred, project_settings(language)[1], worst=worst)
    except QuotesError as error:
        raise fail(str(error)) from None
    as_json = as_json or format is TextFormat.json
    typer.echo(report_json(report) if as_json else render_report(report))


@app.command("schema")
def schema_command(
    record: Annotated[
        str,
        typer.Argument(
            help="document (one extracted document), quotes-json (exports/quotes.json) "
            "or factsheet (exports/speakers/<slug>.json)."
        ),
    ] = "document",
) -> None:
    """Print the JSON Schema of the records (documents, quotes, speakers, fact sheets)."""
    from quotes.writers.factsheets import SCHEMAS

    if record not in SCHEMAS:
        raise fail(f"no schema named {record!r}; choose from {', '.join(SCHEMAS)}")
    typer.echo(json.dumps(SCHEMAS[record](), indent=2))


# Export: fact sheets per speaker (issue 3) ----------------------------------------------------


@app.command("export")
def export_command(
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            help="Files, folders, URLs or .jsonl corpora to export; seeds/ when omitted."
        ),
    ] = None,
    out: Annotated[
        Path, typer.Option("--out", "-o", help="Folder to write into.", file_okay=False)
    ] = Path("exports"),
    formats: Annotated[
        str,
        typer.Option("--format", "-f", help="Comma-separated: xlsx, json, claimreview, html."),
    ] = "xlsx,json",
    jobs: Jobs = None,
    language: LanguageOption = DEFAULT_LANGUAGE,
    force: Annotated[
        bool,
        typer.Option(
            "--force",
            help="Replace files in the folder that no earlier export wrote there "
            "(without it, such a file stops the export and nothing is changed).",
        ),
    ] = False,
) -> None:
    """Write fact sheets per speaker: an Excel workbook, JSON and ClaimReview skeletons."""
    from quotes import __version__
    from quotes.readers.files import is_url
    from quotes.writers.export import ExportOptions, export, parse_formats

    _, extract_options = project_settings(language)
    inputs = tuple(paths or ["seeds"])
    # A mistyped path must not replace a full export with an empty one.
    missing = [
        path for path in inputs if path != "-" and not is_url(path) and not os.path.lexists(path)
    ]
    if missing:
        raise fail(f"{missing[0]}: no such file or folder; {out} was left unchanged")
    try:
        options = ExportOptions(out, parse_formats(formats), inputs, __version__, force)
        batch = Batch()
        now = datetime.datetime.now(datetime.UTC)
        result = export(all_or_nothing(batch, inputs, extract_options, jobs, out), options, now)
    except QuotesError as error:
        raise fail(str(error)) from None
    note(
        f"{counted(result.documents, 'article')}, {counted(result.quotes, 'quote')}, "
        f"{counted(result.speakers, 'speaker')}: "
        f"wrote {counted(len(result.paths), 'file')} to {out}"
    )
    if result.reviews_kept:
        note(f"kept {counted(result.reviews_kept, 'review')} typed in the last quotes.xlsx")
    if result.verdicts_kept:
        note(f"kept {counted(result.verdicts_kept, 'verdict')} filled into the last ClaimReviews")
    if result.reviews_set_aside:
        note(
            f"kept {counted(result.reviews_set_aside, 'review')} of quotes not in this export "
            "on the sheet 'Earlier reviews'"
        )
    batch.finish()


def all_or_nothing(
    batch: Batch, inputs: Iterable[str], options: ExtractOptions, jobs: int | None, out: Path
) -> Iterator[Document]:
    """The documents to export, failing at the end when any input could not be read.

    The failure comes before the export is committed, so an input that could not be read this
    time (a server down, a damaged file) never drops its quotes from the last full export.
    """
    read = 0
    for document in batch.documents(inputs, options, jobs):
        read += 1
        yield document
    if batch.failed and read:  # with nothing read, the export says there is nothing to export
        raise InputError(
            f"{counted(batch.failed, 'input')} could not be read; {out} was left unchanged"
        )


@app.command("show")
def show_command(
    paths: Paths,
    out: Annotated[
        str,
        typer.Option("--out", "-o", help="Folder to write the pages into, or - to print one page."),
    ] = "exports/html",
    jobs: Jobs = None,
) -> None:
    """Write a page per article with every quote highlighted in its speaker's colour.

    The pages are plain HTML files that open offline in any browser: focus or tap a quote to see its speaker, role, rule and confidence.
    """  # noqa: E501 - one paragraph per line, so that --help wraps it to the terminal
    from quotes.writers.html import article_page, write_pages

    batch = Batch()
    documents = batch.documents(paths, project_settings()[1], jobs)
    try:
        if out == "-":
            pages = [article_page(document) for document in documents]
            if len(pages) > 1:
                raise fail(f"--out -: {counted(len(pages), 'article')}; standard output takes one")
            sys.stdout.write("".join(pages))
        else:
            for path in write_pages(Path(out), documents, None):
                typer.echo(str(path))
    except QuotesError as error:
        raise fail(str(error)) from None
    batch.finish()


# quotes check: attribution coverage for CI ---------------------------------------------------


@app.command("check")
def check_command(
    paths: Annotated[
        list[str],
        typer.Argument(help="Articles (.txt, .md, .html, .docx), URLs or folders, searched."),
    ],
    min_coverage: Annotated[
        float | None,
        typer.Option(
            "--min-coverage",
            min=0.0,
            max=1.0,
            help="Share of quotes that must be attributed, from 0 to 1; by default "
            "min-coverage from pyproject.toml, or 1.",
            show_default=False,
        ),
    ] = None,
    format: Annotated[
        CheckFormat, typer.Option("--format", "-f", help="text, github, json or junit.")
    ] = CheckFormat.text,
    strict: Annotated[
        bool,
        typer.Option(
            "--strict",
            help="Also fail quotes attributed only by context or through an ambiguous pronoun.",
        ),
    ] = False,
    jobs: Jobs = None,
    language: LanguageOption = DEFAULT_LANGUAGE,
) -> None:
    """Fail articles that quote someone without saying who (exit 1; 2 on bad input).

    Settings: the tool.quotes table of the nearest pyproject.toml; options win over it.
    """
    raise typer.Exit(run_check(paths, min_coverage, format, strict, jobs, language))


# Cluster: sharded corpora on Dask -------------------------------------------------------------


@app.command("cluster")
def cluster_command(
    inputs: Annotated[
        list[str],
        typer.Argument(
            help="JSON Lines corpora, plain or compressed (.gz, .bz2, .xz), paths or fsspec "
            "URLs (s3://…); globs allowed. Each file is one task and one output shard."
        ),
    ],
    out: Annotated[
        str, typer.Option("--out", "-o", help="Output folder, a path or an fsspec URL.")
    ],
    scheduler: Annotated[
        str | None,
        typer.Option(
            "--scheduler", help="Dask scheduler address; by default a local cluster is started."
        ),
    ] = None,
    workers: Annotated[
        int | None,
        typer.Option(
            "--workers", min=1, help="Local cluster worker processes; default: one per core."
        ),
    ] = None,
    formats: Annotated[
        str, typer.Option("--format", "-f", help="Comma-separated: jsonl, parquet.")
    ] = "jsonl",
    language: LanguageOption = DEFAULT_LANGUAGE,
) -> None:
    """Extract quotes from many corpus files on a Dask cluster, one output shard per file.

    Input number N becomes part-N.jsonl (and part-N.parquet) in the output folder, with a manifest.json of counts. Needs the cluster extra: pip install 'quotes\\[cluster]'.
    """  # noqa: E501 - one paragraph per line, so that --help wraps it; \\[ keeps rich from eating [cluster]
    from quotes.cluster import ClusterOptions, run_cluster

    chosen = tuple(name.strip() for name in formats.split(",") if name.strip())
    options = ClusterOptions(scheduler, workers, chosen, project_settings(language)[1])
    try:
        report = run_cluster(inputs, out, options)
    except QuotesError as error:
        raise fail(str(error)) from None
    for warning in report.warnings:
        typer.echo(f"Warning: {warning}", err=True)
    for problem in report.problems:
        typer.echo(f"Error: {problem}", err=True)
    typer.echo(
        f"{counted(len(report.shards), 'shard')}, {counted(report.articles, 'article')}, "
        f"{counted(report.quotes, 'quote')}: wrote {out}",
        err=True,
    )
    if report.problems:
        raise typer.Exit(1)


# Corpus database: index, who, search, speakers -------------------------------------------------
# Logic lives in quotes.store; these commands parse arguments and render its records.

# E402: imported here, not at the top, so that this section merges as one block.
if TYPE_CHECKING:  # the store loads only for its own commands, keeping `extract` quick to start
    from quotes.store.database import Store
    from quotes.store.queries import (
        Period,
        SearchHit,
        SpeakerQuotes,
        SpeakerSummary,
        StoredQuote,
    )


class QueryFormat(StrEnum):
    table = "table"
    json = "json"


Database = Annotated[
    Path,
    typer.Option(
        "--db",
        envvar="QUOTES_DB",
        dir_okay=False,
        help="The quote database: quotes.db in the current folder unless $QUOTES_DB is set.",
    ),
]
QueryFormatOption = Annotated[
    QueryFormat, typer.Option("--format", "-f", help="table (readable) or json.")
]
DEFAULT_DB = Path("quotes.db")


@contextmanager
def reading(db: Path) -> Iterator[Store]:
    """An existing database; library errors in the `with` body also become one-line errors."""
    try:
        from quotes.store.database import open_store

        with open_store(db) as store:
            yield store
    except QuotesError as error:
        raise fail(str(error)) from None


def records_json(records: list[SpeakerQuotes] | list[SearchHit] | list[SpeakerSummary]) -> str:
    """Records as a JSON array."""
    return json.dumps([record.model_dump(mode="json") for record in records], indent=2)


def echo_json(records: list[SpeakerQuotes] | list[SearchHit] | list[SpeakerSummary]) -> None:
    """Prints records as a JSON array."""
    typer.echo(records_json(records))


@app.command("index")
def index_command(
    paths: Paths,
    db: Database = DEFAULT_DB,
    jobs: Jobs = None,
    language: LanguageOption = DEFAULT_LANGUAGE,
) -> None:
    """Extract quotes from articles and store them in a database for who, search and speakers.

    Unchanged articles (same id and text) are skipped; a changed one replaces its old quotes.
    Articles are extracted on every core and stored whole or not at all, in batches, so an
    interrupted run keeps the articles it finished.
    """
    _, options = project_settings(language)
    batch = Batch()
    # Paths are checked before the database is touched, and a database this run created is
    # removed again when nothing could be stored: a mistyped path leaves no empty file behind.
    from quotes.models import Article

    # the store hashes each article's metadata as its model writes it
    articles = map(Article.from_record, batch.articles(paths))
    created = not db.exists()
    try:
        from quotes.indexing import index_articles
        from quotes.store.database import open_store, remove_database

        with open_store(db, create=True) as store, progress_bar("Indexing") as advance:
            report = index_articles(store, articles, options, advance, resolve_jobs(jobs))
    except QuotesError as error:
        raise fail(str(error)) from None
    if created and report.added == 0 and remove_database(db):
        note(f"{db}: nothing stored, so no database was made")
        batch.finish()
        return
    for moved in report.moved:
        batch.notice(moved)
    note(
        f"{db}: {report.added} added, {report.replaced} replaced, {report.unchanged} unchanged; "
        f"{counted(report.quotes, 'quote')} stored"
    )
    batch.finish()


def publication_date(value: str | None) -> datetime.date | None:
    """A --since or --until value: a date as YYYY-MM-DD."""
    if value is None:
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date as YYYY-MM-DD") from None


Since = Annotated[
    str | None,
    typer.Option(
        "--since",
        callback=publication_date,
        help="Only articles published on or after this date (YYYY-MM-DD).",
        show_default=False,
    ),
]
Until = Annotated[
    str | None,
    typer.Option(
        "--until",
        callback=publication_date,
        help="Only articles published on or before this date (YYYY-MM-DD).",
        show_default=False,
    ),
]


def period_of(since: object, until: object) -> Period:
    """The publication period --since and --until give."""
    from quotes.store.queries import Period

    return Period(since=since, until=until)  # type: ignore[arg-type]


class WhoFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


CSV_WHO_FIELDS = (
    "speaker", "kind", "document_id", "path", "paragraph", "line", "name_in_article", "role",
    "cue", "rule", "text",
)  # fmt: skip


@app.command("who")
def who_command(
    name: Annotated[
        str, typer.Argument(help="Any part of a speaker's name, in any case.", metavar="NAME")
    ],
    db: Database = DEFAULT_DB,
    format: Annotated[
        WhoFormat, typer.Option("--format", "-f", help="table (readable), json or csv.")
    ] = WhoFormat.table,
    output: Annotated[
        str,
        typer.Option(
            "--output", "-o", help="File to write to; - for standard output.", metavar="FILE"
        ),
    ] = "-",
    since: Since = None,
    until: Until = None,
) -> None:
    """Show the speakers whose names contain NAME, and everything they were quoted saying.

    Exits 1 when no speaker's name contains NAME, as grep does.
    """
    if output != "-":
        refuse_writing_over_inputs(Path(output), [db])
    with reading(db) as store:
        found = store.who(name, period_of(since, until))
    if format is WhoFormat.json:
        chunks: Iterable[str] = [records_json(found) + "\n"]
    elif format is WhoFormat.csv:
        chunks = csv_lines(CSV_WHO_FIELDS, (who_rows(entry) for entry in found))
    else:
        chunks = (
            ["\n\n".join(render_speaker_quotes(entry) for entry in found) + "\n"] if found else []
        )
    if output == "-":
        for chunk in chunks:
            sys.stdout.write(chunk)
    else:
        write_output(Path(output), chunks)
    if not found:
        typer.echo(nobody_found(name, since, until), err=True)
        raise typer.Exit(1)


def nobody_found(name: str, since: object, until: object) -> str:
    """Why `who` found nobody: with a period, the name may be there but not quoted in it."""
    if since is None and until is None:
        return f"No speaker's name contains {name!r}; see: quotes speakers"
    period = " ".join(
        f"{word} {day}" for word, day in (("since", since), ("until", until)) if day is not None
    )
    return (
        f"No speaker whose name contains {name!r} is quoted in an article published {period} "
        "(articles with no date are left out); see: quotes speakers"
    )


def who_rows(entry: SpeakerQuotes) -> Iterator[dict[str, Any]]:
    """One CSV row per quote of a speaker."""
    for quote in entry.quotes:
        yield {
            "speaker": entry.speaker.name,
            "kind": entry.speaker.kind,
            "document_id": quote.document_id,
            "path": quote.path,
            "paragraph": quote.paragraph,
            "line": quote.line,
            "name_in_article": quote.name_in_article,
            "role": quote.role,
            "cue": quote.cue,
            "rule": quote.rule,
            "text": quote.text,
        }


@app.command("search")
def search_command(
    query: Annotated[
        str, typer.Argument(help='FTS5 query: words, "a phrase", AND/OR/NOT, prefix*.')
    ],
    speaker: Annotated[
        str | None, typer.Option("--speaker", "-s", help="Only quotes by speakers matching this.")
    ] = None,
    limit: Annotated[
        int, typer.Option("--limit", "-n", min=0, help="Most hits to show; 0 for all.")
    ] = 50,
    db: Database = DEFAULT_DB,
    format: QueryFormatOption = QueryFormat.table,
    since: Since = None,
    until: Until = None,
) -> None:
    """Search the text of the stored quotes, best matches first."""
    with reading(db) as store:
        hits = store.search(query, speaker=speaker, limit=limit, period=period_of(since, until))
    if format is QueryFormat.json:
        echo_json(hits)
    elif not hits:
        typer.echo(f"No quote matches {query!r}.", err=True)
    else:
        print_hits(hits)


@app.command("speakers")
def speakers_command(
    db: Database = DEFAULT_DB, format: QueryFormatOption = QueryFormat.table
) -> None:
    """List every speaker in the database with their quote and article counts."""
    with reading(db) as store:
        speakers = store.speakers()
    if format is QueryFormat.json:
        echo_json(speakers)
    else:
        typer.echo(render_speakers(speakers))


def where_quoted(quote: StoredQuote) -> str:
    """The article and paragraph of a quote: the file, or the id for corpora and stdin; then
    the outlet and date it was published, when known."""
    path = quote.path
    article = quote.document_id if not path or path == "-" or path.endswith(".jsonl") else path
    where = f"{article} ¶{quote.paragraph}"
    metadata = quote.article
    if metadata is None:
        return where
    published = metadata.published
    day = published.date() if isinstance(published, datetime.datetime) else published
    known = [metadata.outlet, day.isoformat() if day else metadata.published_text]
    return " · ".join([where, *(item for item in known if item)])


def quote_heading(quote: StoredQuote, with_speaker: bool) -> str:
    """One line naming where a quote is, and its speaker, role and cue."""
    parts = [where_quoted(quote)]
    if with_speaker:
        parts.append(quote.speaker or "(unattributed)")
    if quote.role:
        parts.append(quote.role)
    if quote.cue:
        parts.append(f"cue: {quote.cue}")
    return "  " + " · ".join(parts)


def describe_speaker(speaker: SpeakerSummary) -> str:
    """A speaker's name, kind and other names."""
    also = f"; also quoted as {', '.join(speaker.aliases)}" if speaker.aliases else ""
    return f"{speaker.name} ({speaker.kind}{also})"


def render_speaker_quotes(entry: SpeakerQuotes) -> str:
    """A speaker and their quotes, as text."""
    speaker = entry.speaker
    lines = [
        f"{describe_speaker(speaker)}: {counted(speaker.quote_count, 'quote')} "
        f"in {counted(speaker.document_count, 'article')}"
    ]
    for quote in entry.quotes:
        lines += [quote_heading(quote, with_speaker=False), f"    “{quote.text}”"]
    return "\n".join(lines)


def render_speakers(speakers: list[SpeakerSummary]) -> str:
    """The speakers as a table of counts."""
    lines = [f"{'quotes':>7}  {'articles':>8}  {'kind':<8}  speaker"]
    for speaker in speakers:
        also = f"  (also: {', '.join(speaker.aliases)})" if speaker.aliases else ""
        lines.append(
            f"{speaker.quote_count:>7}  {speaker.document_count:>8}  {speaker.kind:<8}  "
            f"{speaker.name}{also}"
        )
    return "\n".join(lines)


def bracket_matches(text: str, matches: list[tuple[int, int]]) -> str:
    """`text` with each matched stretch in [brackets], for output that is not a terminal."""
    pieces: list[str] = []
    done = 0
    for start, end in matches:
        pieces += [text[done:start], "[", text[start:end], "]"]
        done = end
    return "".join([*pieces, text[done:]])


def print_hits(hits: list[SearchHit]) -> None:
    """Prints search hits, matched words in colour on a terminal and in [brackets] otherwise."""
    from rich.console import Console
    from rich.text import Text

    console = Console(highlight=False, soft_wrap=True) if sys.stdout.isatty() else None
    for hit in hits:
        heading = quote_heading(hit.quote, with_speaker=True)
        if console is None:
            typer.echo(f"{heading}\n    “{bracket_matches(hit.quote.text, hit.matches)}”")
            continue
        indent = len("    “")
        body = Text(f"    “{hit.quote.text}”")
        for start, end in hit.matches:
            body.stylize("bold yellow", start + indent, end + indent)
        console.print(Text(heading, style="dim"))
        console.print(body)


def main() -> None:
    """Runs the app, turning library errors into one-line messages."""
    try:
        app()
    except QuotesError as error:
        typer.echo(f"Error: {error}", err=True)
        sys.exit(1)
    except BrokenPipeError:
        # `quotes extract … | head` closed the pipe: stop quietly, as Unix tools do.
        sys.stderr.close()
        sys.exit(0)
