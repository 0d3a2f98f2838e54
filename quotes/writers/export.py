"""The export composer: one pass over the documents, then every writer reads a spool.

Documents are read once. Each quote becomes a fact-sheet entry written to a
spool file on disk, and only its offset is kept, grouped by speaker; the
registry is built alongside. Writers then stream entries back from the spool,
so memory stays flat however many quotes there are.
"""

from __future__ import annotations

import datetime
import tempfile
from array import array
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from quotes.errors import OutputError
from quotes.identity import Key, Registry, RegistryBuilder, key_of
from quotes.models import ArticleMetadata, Document
from quotes.writers.atomic import describe, folders_removed_on_failure, prepare_folder
from quotes.writers.factsheets import (
    ClaimVerdicts,
    QuoteEntry,
    RunHeader,
    entry_of,
    read_claim_verdicts,
    write_claim_reviews,
    write_documents_json,
    write_fact_sheets,
)
from quotes.writers.html import PageWriter, RunInfo, made_here
from quotes.writers.staging import (
    abandon,
    begin,
    commit,
    exclusive,
    exported_files,
    foreign_files,
)
from quotes.writers.workbook import About, Reviews, read_reviews, write_workbook

FORMATS = ("xlsx", "json", "claimreview", "html")
DEFAULT_FORMATS = ("xlsx", "json")


@dataclass(frozen=True)
class ExportOptions:
    """Where and what to export."""

    out: Path
    formats: tuple[str, ...] = DEFAULT_FORMATS
    inputs: tuple[str, ...] = ()
    version: str = ""
    force: bool = False
    """Replace files in `out` that no earlier export wrote (see staging.foreign_files)."""


@dataclass
class ExportResult:
    """What an export wrote, and the figures of the run."""

    paths: list[Path] = field(default_factory=list)
    documents: int = 0
    quotes: int = 0
    attributed: int = 0
    speakers: int = 0
    reviews_kept: int = 0
    reviews_set_aside: int = 0
    verdicts_kept: int = 0


class Spool:
    """Quote entries in a temporary file, read back in input order or by speaker."""

    def __init__(self, stream: IO[bytes]) -> None:
        self.stream = stream
        # Per quote, compact: its offset in the file and its (document, identity) number.
        self.offsets = array("q")
        self.pair_numbers = array("l")
        self.pairs: dict[tuple[str, Key], int] = {}
        self.slugs: list[str | None] = []
        self.names: dict[str, str] = {}
        # Small per article, and the workbook cites it beside every quote.
        self.articles: dict[str, ArticleMetadata] = {}
        self._by_slug: dict[str, array[int]] = {}

    def add(self, document: Document) -> None:
        """Spools every quote of `document`."""
        if document.metadata is not None:
            self.articles[document.id] = document.metadata
        for quote in document.quotes:
            number = -1
            if quote.speaker is not None:
                pair = (document.id, key_of(quote.speaker, document.id))
                number = self.pairs.setdefault(pair, len(self.pairs))
            self.offsets.append(self.stream.tell())
            self.pair_numbers.append(number)
            self.stream.write(entry_of(document, quote).model_dump_json().encode("utf-8") + b"\n")

    def close(self, registry: Registry) -> None:
        """Ends writing; entries are read back with speakers from `registry`."""
        self.stream.flush()
        self.slugs = [None] * len(self.pairs)
        for (document_id, key), number in self.pairs.items():
            self.slugs[number] = registry.slug_for_key(document_id, key)
        self.pairs.clear()
        self.names = {speaker.slug: speaker.name for speaker in registry.speakers}
        for offset, number in zip(self.offsets, self.pair_numbers, strict=True):
            slug = self.slugs[number] if number >= 0 else None
            if slug is not None:
                self._by_slug.setdefault(slug, array("q")).append(offset)

    def _read(self, offset: int, slug: str | None) -> QuoteEntry:
        """The entry at `offset`, with its speaker's slug and name across articles."""
        self.stream.seek(offset)
        entry = QuoteEntry.model_validate_json(self.stream.readline())
        if slug is None:
            return entry
        return entry.model_copy(update={"speaker": slug, "speaker_name": self.names[slug]})

    def entries(self) -> Iterator[QuoteEntry]:
        """Every entry in input order."""
        for offset, number in zip(self.offsets, self.pair_numbers, strict=True):
            yield self._read(offset, self.slugs[number] if number >= 0 else None)

    def entries_of(self, slug: str) -> Iterator[QuoteEntry]:
        """One speaker's entries in input order."""
        for offset in self._by_slug.get(slug, ()):
            yield self._read(offset, slug)


@contextmanager
def open_spool(folder: Path) -> Iterator[IO[bytes]]:
    """A temporary file in `folder`, deleted when done; OSError becomes OutputError."""
    try:
        # Opened outside `with` so that only a failure to create it becomes an OutputError.
        stream = tempfile.TemporaryFile(dir=folder, prefix=".quotes-spool.")  # noqa: SIM115
    except OSError as error:
        raise OutputError(f"{folder}: cannot write there ({describe(error)})") from error
    with stream:
        yield stream


def export(
    documents: Iterable[Document], options: ExportOptions, ran_at: datetime.datetime
) -> ExportResult:
    """Writes the chosen formats for `documents` into `options.out`, switched in as one set.

    The files are written into a staging folder first (see quotes.writers.staging); with no
    documents, or when writing fails, the output folder is left as it was.
    """
    with folders_removed_on_failure(options.out):
        return _export(documents, options, ran_at)


def _export(
    documents: Iterable[Document], options: ExportOptions, ran_at: datetime.datetime
) -> ExportResult:
    out = prepare_folder(options.out)
    with exclusive(out):
        # Read before anything is written: a workbook whose reviews cannot be read stops it.
        reviews = read_reviews(out / "quotes.xlsx") if "xlsx" in options.formats else Reviews()
        verdicts = ClaimVerdicts()
        if "claimreview" in options.formats:
            names = [name for name in exported_files(out) if format_of(name) == "claimreview"]
            verdicts = read_claim_verdicts(out / name for name in names)
        staging = begin(out)
        try:
            result = _write_all(documents, options, ran_at, staging, reviews, verdicts)
            if not result.documents:
                raise OutputError(f"no articles to export; {out} was left unchanged")
            if not options.force:
                refuse_foreign_files(out, staging, result.paths)
        except BaseException:
            abandon(staging)
            raise
        # Files of a format not chosen this time stay: a `--format json` export must not
        # delete the workbook someone is reviewing in.
        kept = [name for name in exported_files(out) if format_of(name) not in options.formats]
        result.paths = commit(out, staging, result.paths, kept)
    return result


def format_of(relative: str) -> str:
    """The format (of FORMATS) that wrote the file at `relative` in an output folder."""
    top = relative.split("/", 1)[0]
    return {"quotes.xlsx": "xlsx", "speakers": "json", "quotes.json": "json"}.get(top, top)


def refuse_foreign_files(out: Path, staging: Path, written: list[Path]) -> None:
    """Raises OutputError, before anything in `out` changes, when the export would replace
    files that no earlier export wrote."""
    # pages `quotes show` wrote are regenerable views of the articles, not the user's work
    foreign = [path for path in foreign_files(out, staging, written) if not made_here(path)]
    if foreign:
        more = f" (and {len(foreign) - 1} more)" if len(foreign) > 1 else ""
        raise OutputError(
            f"{foreign[0]}: is already there{more} and was not written by an earlier export; "
            f"move it away, choose another --out, or pass --force to replace it; "
            f"{out} was left unchanged"
        )


def _write_all(
    documents: Iterable[Document],
    options: ExportOptions,
    ran_at: datetime.datetime,
    out: Path,
    reviews: Reviews,
    verdicts: ClaimVerdicts,
) -> ExportResult:
    """Writes the chosen formats for `documents` into the folder `out`, keeping the reviews
    typed in the workbook and the verdicts filled into ClaimReviews last time."""
    result = ExportResult()
    with open_spool(out) as spool_file:
        spool = Spool(spool_file)
        builder = RegistryBuilder()
        pages = None
        if "html" in options.formats:
            pages = PageWriter(out / "html", RunInfo(options.version, ran_at, options.inputs))

        def observed() -> Iterator[Document]:
            for document in documents:
                builder.add(document)
                spool.add(document)
                result.documents += 1
                result.quotes += len(document.quotes)
                result.attributed += sum(q.speaker is not None for q in document.quotes)
                if pages is not None:
                    pages.add(document)
                yield document

        if "json" in options.formats:
            run = RunHeader(version=options.version, ran_at=ran_at, inputs=list(options.inputs))
            result.paths.append(write_documents_json(out / "quotes.json", observed(), run))
        else:
            for _ in observed():
                pass
        registry = builder.build()
        if pages is not None:
            result.paths += pages.finish()
        spool.close(registry)
        result.speakers = len(registry.speakers)
        if "json" in options.formats:
            result.paths += write_fact_sheets(out / "speakers", registry.speakers, spool)
        if "claimreview" in options.formats:
            folder = out / "claimreview"
            result.paths += write_claim_reviews(folder, registry.speakers, spool, verdicts)
            result.verdicts_kept = len(verdicts.by_claim)
        if "xlsx" in options.formats:
            _write_review_workbook(out, options, ran_at, registry, spool, reviews, result)
    return result


def _write_review_workbook(
    out: Path,
    options: ExportOptions,
    ran_at: datetime.datetime,
    registry: Registry,
    spool: Spool,
    reviews: Reviews,
    result: ExportResult,
) -> None:
    """Writes quotes.xlsx, with the reviews typed in the last one, counting them in `result`."""
    about = About(
        version=options.version,
        inputs=options.inputs,
        ran_at=ran_at,
        documents=result.documents,
        quotes=result.quotes,
        attributed=result.attributed,
    )
    workbook = write_workbook(
        out / "quotes.xlsx", registry.speakers, spool, about, spool.articles, reviews
    )
    result.paths.append(workbook)
    result.reviews_kept = len(reviews.used)
    result.reviews_set_aside = len(reviews.set_aside())


def parse_formats(text: str) -> tuple[str, ...]:
    """The formats named in a comma-separated list, checked against FORMATS."""
    chosen = tuple(dict.fromkeys(part.strip().lower() for part in text.split(",") if part.strip()))
    unknown = [name for name in chosen if name not in FORMATS]
    if unknown or not chosen:
        raise OutputError(
            f"--format {text!r}: unknown format {', '.join(unknown) or '(none)'}; "
            f"choose from {', '.join(FORMATS)}"
        )
    return chosen
