"""Extraction over sharded corpora on a Dask cluster: one task per input file, sharded output.

Each input is a JSON Lines corpus, plain or compressed (.gz, .bz2, .xz, .zst), on a local disk
or at any fsspec URL (s3://, gs://, abfs://, https:// …; globs allowed). Input number `i`
becomes `part-<i>.jsonl` (the `quotes extract --format jsonl` records) and, if asked,
`part-<i>.parquet` (the `--format parquet` table) in the output folder, written by the worker
that extracted it; the client only gathers counts and problems. With no scheduler address a
local cluster runs on this machine.

    from quotes.cluster import ClusterOptions, run_cluster
    report = run_cluster(["s3://news/2024-*.jsonl.gz"], "s3://news-quotes/2024/", ClusterOptions())
"""

from __future__ import annotations

import glob
import io
import json
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import IO, Any, BinaryIO, cast

from quotes.api import extract
from quotes.engine.composer import ExtractOptions
from quotes.errors import DependencyError, InputError, OutputError
from quotes.models import Document
from quotes.readers.files import corpus_articles
from quotes.writers.atomic import write_atomically

INSTALL_HINT = "dask and fsspec are not installed; install them with: pip install 'quotes[cluster]'"
FORMATS = ("jsonl", "parquet")
GLOB_CHARACTERS = frozenset("*?[")


@dataclass(frozen=True)
class ClusterOptions:
    """How to run: where the scheduler is, how many local workers, what to write."""

    scheduler: str | None = None
    """A Dask scheduler address (tcp://host:8786); None starts a local cluster."""
    workers: int | None = None
    """Worker processes of the local cluster; None: one per core."""
    formats: tuple[str, ...] = ("jsonl",)
    extract: ExtractOptions = field(default_factory=ExtractOptions)


@dataclass(frozen=True)
class Shard:
    """One task: an input corpus and the output files it becomes."""

    number: int
    source: str
    """The input's URL or path, also the `path` of its articles, as `quotes extract` gives."""
    output: str
    """The output folder's URL or path."""
    formats: tuple[str, ...]

    def target(self, suffix: str) -> str:
        """The URL or path of this shard's output file ending in `suffix`."""
        return f"{self.output.rstrip('/')}/part-{self.number:05d}.{suffix}"


@dataclass(frozen=True)
class ShardReport:
    """What one task did."""

    number: int
    source: str
    articles: int
    quotes: int
    problems: tuple[str, ...]
    """Lines or files that could not be read: the run fails."""
    warnings: tuple[str, ...] = ()
    """What was read but is worth knowing (a repeated id kept as id#2)."""


@dataclass(frozen=True)
class ClusterReport:
    """What a whole run did, shard by shard in input order."""

    shards: tuple[ShardReport, ...]

    @property
    def articles(self) -> int:
        return sum(shard.articles for shard in self.shards)

    @property
    def quotes(self) -> int:
        return sum(shard.quotes for shard in self.shards)

    @property
    def problems(self) -> list[str]:
        return [problem for shard in self.shards for problem in shard.problems]

    @property
    def warnings(self) -> list[str]:
        return [warning for shard in self.shards for warning in shard.warnings]


def _fsspec() -> Any:
    """The fsspec module, or a one-line error saying how to install it."""
    try:
        import fsspec
    except ImportError as error:
        raise DependencyError(INSTALL_HINT) from error
    return fsspec


def expand_inputs(inputs: Iterable[str]) -> list[str]:
    """Each input as given, a glob replaced by its matches in sorted order."""
    fsspec = _fsspec()
    found: list[str] = []
    for given in inputs:
        if not GLOB_CHARACTERS & set(given):
            found.append(given)
            continue
        filesystem, pattern = fsspec.core.url_to_fs(given)
        if "file" in _protocols(filesystem) and "://" not in given:
            # Matches spelled as the pattern was (relative stays relative), as a shell would.
            matches = sorted(glob.glob(given))
        else:
            matches = [
                filesystem.unstrip_protocol(match) for match in sorted(filesystem.glob(pattern))
            ]
        if not matches:
            raise InputError(f"{given}: no file matches this pattern")
        found.extend(matches)
    return found


def _protocols(filesystem: Any) -> tuple[str, ...]:
    """The URL schemes of an fsspec filesystem."""
    protocol = filesystem.protocol
    return (protocol,) if isinstance(protocol, str) else tuple(protocol)


def plan_shards(inputs: Iterable[str], output: str, formats: Iterable[str]) -> list[Shard]:
    """One shard per input file, numbered in input order."""
    chosen = tuple(formats)
    unknown = [name for name in chosen if name not in FORMATS]
    if unknown or not chosen:
        raise OutputError(
            f"unknown output format {', '.join(unknown) or '(none)'}; choose from "
            f"{', '.join(FORMATS)}"
        )
    shards = [
        Shard(number, source, output, chosen) for number, source in enumerate(expand_inputs(inputs))
    ]
    _refuse_writing_over_inputs(shards)
    return shards


def _refuse_writing_over_inputs(shards: list[Shard]) -> None:
    """Fails before any work when an output file would be one of the inputs: a second run
    over `data/*.jsonl -o data` finds the first run's part files among its inputs."""
    fsspec = _fsspec()

    def where(url: str) -> str:
        filesystem, path = fsspec.core.url_to_fs(url)
        local = "file" in _protocols(filesystem)
        return os.path.realpath(path) if local else str(filesystem.unstrip_protocol(path))

    sources = {where(shard.source): shard.source for shard in shards}
    for shard in shards:
        for suffix in shard.formats:
            target = shard.target(suffix)
            if where(target) in sources:
                raise OutputError(
                    f"{target}: is also an input ({sources[where(target)]}), which writing it "
                    "would destroy; choose another -o/--out"
                )


def _open_input(source: str) -> IO[bytes]:
    """The decompressed bytes of `source`, readable a line at a time."""
    fsspec = _fsspec()
    try:
        stream = fsspec.open(source, "rb", compression="infer").open()
    except (OSError, ValueError) as error:
        raise InputError(f"{source}: cannot read it ({error})") from error
    # fsspec's remote files have no readline(size); a buffered reader over them has.
    buffered = stream if isinstance(stream, io.BufferedIOBase) else io.BufferedReader(stream)
    return cast(IO[bytes], buffered)


def _write_bytes(stream: IO[bytes], data: bytes) -> None:
    """Writes `data` to `stream`."""
    stream.write(data)


def _write_output(target: str, write: Callable[[IO[bytes]], None]) -> None:
    """Writes `target` all at once: renamed into place on a local disk, committed on close
    on an object store, so that a failed task never leaves half a shard."""
    fsspec = _fsspec()
    filesystem, path = fsspec.core.url_to_fs(target)
    if "file" in _protocols(filesystem):
        from pathlib import Path

        write_atomically(Path(path), write)
        return
    try:
        with filesystem.open(path, "wb") as stream:
            write(stream)
    except OSError as error:
        raise OutputError(f"{target}: cannot write it ({error})") from error


def process_shard(shard: Shard, options: ExtractOptions) -> ShardReport:
    """Extracts every article of one shard and writes its output files (runs on a worker)."""
    problems: list[str] = []
    warnings: list[str] = []
    counts = {"articles": 0, "quotes": 0}

    def documents(stream: IO[bytes]) -> Iterator[Document]:
        report = lambda error: problems.append(str(error))  # noqa: E731 - a one-line callback
        binary = cast(BinaryIO, stream)  # a file object read line by line, as corpus_articles reads
        for article in corpus_articles(binary, shard.source, report, warnings.append):
            document = extract(article, options=options)
            counts["articles"] += 1
            counts["quotes"] += len(document.quotes)
            yield document

    try:
        with _open_input(shard.source) as stream:
            _write_shard(shard, documents(stream))
    except (InputError, OSError) as error:
        problems.append(str(error) if isinstance(error, InputError) else f"{shard.source}: {error}")
    return ShardReport(
        shard.number,
        shard.source,
        counts["articles"],
        counts["quotes"],
        tuple(problems),
        tuple(warnings),
    )


def _write_shard(shard: Shard, documents: Iterator[Document]) -> None:
    """Writes the shard's files in one pass over its documents."""
    if "parquet" not in shard.formats:
        _write_output(shard.target("jsonl"), lambda stream: _write_jsonl(documents, stream))
        return
    from quotes.writers.parquet import write_quotes_parquet

    if "jsonl" not in shard.formats:
        _write_output(shard.target("parquet"), lambda s: _count(write_quotes_parquet(documents, s)))
        return
    # Both: the JSON Lines go to a local spool while the documents stream into the table.
    with tempfile.TemporaryFile() as spool:

        def tee() -> Iterator[Document]:
            for document in documents:
                spool.write(document.model_dump_json().encode("utf-8") + b"\n")
                yield document

        _write_output(shard.target("parquet"), lambda s: _count(write_quotes_parquet(tee(), s)))
        spool.seek(0)
        _write_output(shard.target("jsonl"), lambda stream: shutil.copyfileobj(spool, stream))


def _count(_: int) -> None:
    """Drops a row count: the writers' callbacks return nothing."""


def _write_jsonl(documents: Iterable[Document], stream: IO[bytes]) -> None:
    """Writes one JSON line per document, as `quotes extract --format jsonl` does."""
    for document in documents:
        stream.write(document.model_dump_json().encode("utf-8") + b"\n")


def _client(options: ClusterOptions) -> Any:
    """A Dask client: on the given scheduler, or on a new local cluster."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as error:
        raise DependencyError(INSTALL_HINT) from error
    if options.scheduler:
        return Client(options.scheduler)
    workers = options.workers or len(os.sched_getaffinity(0))
    # One thread per process: extraction holds the GIL, so threads would not add speed.
    cluster = LocalCluster(
        n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
    )
    return Client(cluster)


def _restore_environment(saved: dict[str, str]) -> None:
    """Puts back the environment a local Dask cluster sets for its workers in the calling
    process (MALLOC_TRIM_THRESHOLD_, OMP_NUM_THREADS, PYTHONHASHSEED): left in place, it
    slows what the caller runs next (a trim threshold of 64 KiB made one large article
    ten times slower to extract)."""
    for key in set(os.environ) - set(saved):
        del os.environ[key]
    os.environ.update(saved)


def run_cluster(
    inputs: Iterable[str],
    output: str,
    options: ClusterOptions | None = None,
    progress: Callable[[ShardReport], None] = lambda _: None,
) -> ClusterReport:
    """Extracts every input on a Dask cluster, writing one set of output files per input.

    Args:
        inputs: JSON Lines corpora (plain or compressed), paths or fsspec URLs; globs allowed.
        output: The folder (path or fsspec URL) for part-NNNNN.jsonl / .parquet.
        options: Scheduler, local workers, output formats and extraction options.
        progress: Called with each shard's report as it finishes, in any order.
    """
    options = options or ClusterOptions()
    shards = plan_shards(inputs, output, options.formats)
    fsspec = _fsspec()
    filesystem, folder = fsspec.core.url_to_fs(output)
    try:
        filesystem.makedirs(folder, exist_ok=True)
    except OSError as error:
        reason = error.strerror or str(error)
        if isinstance(error, FileExistsError | NotADirectoryError):
            reason = "a file is in the way; choose another -o/--out"
        raise OutputError(f"{output}: cannot write there ({reason})") from error
    environment = dict(os.environ)
    client = _client(options)
    try:
        from dask.distributed import as_completed

        extract_options = client.scatter(options.extract, broadcast=True)
        futures = client.map(process_shard, shards, options=extract_options, pure=False)
        reports: dict[int, ShardReport] = {}
        for future in as_completed(futures):
            report = future.result()
            reports[report.number] = report
            progress(report)
    finally:
        cluster = client.cluster
        client.close()
        if cluster is not None and not options.scheduler:
            cluster.close()
        _restore_environment(environment)
    result = ClusterReport(tuple(reports[shard.number] for shard in shards))
    _write_output(
        f"{output.rstrip('/')}/manifest.json",
        lambda stream: _write_bytes(stream, _manifest(result, shards).encode("utf-8")),
    )
    return result


def _manifest(report: ClusterReport, shards: list[Shard]) -> str:
    """A JSON summary of the run: each shard's input, output files and counts."""
    entries = [
        {
            "input": shard.source,
            "outputs": [shard.target(name) for name in shard.formats],
            "articles": done.articles,
            "quotes": done.quotes,
            "problems": list(done.problems),
        }
        for shard, done in zip(shards, report.shards, strict=True)
    ]
    return json.dumps({"shards": entries}, indent=2) + "\n"
