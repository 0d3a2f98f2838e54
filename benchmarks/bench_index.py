"""Benchmark: `quotes index` of seed-sized articles in which thousands of people share a few
surnames, at 1x, 10x and 100x, with --jobs 1 and 2; then small runs on the big database, and
`who` and `search` latency.

Run: python benchmarks/bench_index.py [--articles 1000] [--scales 1 10 100] [--jobs 1 2]
     [--keep DIR] [--queries-only] [--no-store-only]

Each index run is a process of its own (articles/s leaves out its interpreter start-up), so
that its peak memory (this process's, and the
largest worker's) is its own. "store only" writes documents extracted beforehand (kept in the
folder as pickled rows) through the one writer and joins their speakers: the store's own share
of an index run, whatever the speed of extraction.

The articles are variants of seeds/reuters-nato-russia.txt whose three speakers get generated
names: a given name made of syllables (thousands of them) and one of a few surnames, so that
the cross-article join sees thousands of people per surname. Every figure gives CPU seconds
too (this process: reading, hashing, the one writer and the speaker join; workers: extraction),
as the machine is shared and wall time alone misleads.
"""

from __future__ import annotations

import argparse
import itertools
import json
import pickle
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path

from quotes.engine.composer import ExtractOptions
from quotes.indexing import extract_rows, index_articles, settings_of
from quotes.parallel import map_articles
from quotes.readers.files import load_documents
from quotes.store.database import open_store
from quotes.store.rows import DocumentRows, IndexReport

SEED = Path(__file__).parents[1] / "seeds" / "reuters-nato-russia.txt"
SYLLABLES = [
    "ka",
    "lo",
    "mi",
    "ne",
    "su",
    "ta",
    "ri",
    "vo",
    "de",
    "ba",
    "zu",
    "fe",
    "go",
    "hi",
    "ja",
]
# A few surnames for thousands of people: the case issue 8 found quadratic.
SURNAMES = ["Smith", "Okafor", "Novak", "Garcia", "Petrov"]
# (full name, surname as the seed writes it alone)
SEED_SPEAKERS = (
    ("Hillary Clinton", "Clinton"),
    ("Dmitry Rogozin", "Rogozin"),
    ("Jaap de Hoop Scheffer", "de Hoop Scheffer"),
)
PLACES = [
    "Arcadia",
    "Borealis",
    "Calder",
    "Dunmore",
    "Elmstead",
    "Fairhaven",
    "Glenrock",
    "Highmoor",
]


def given_names() -> list[str]:
    """3,375 given names of three syllables ("Kalomi")."""
    return ["".join(parts).capitalize() for parts in itertools.product(SYLLABLES, repeat=3)]


def make_article(
    seed: str, number: int, rng: random.Random, given: list[str], surnames: list[str]
) -> str:
    """One variant of the seed, as a JSON line, with its own speakers and place."""
    text = seed
    for full, surname in SEED_SPEAKERS:
        first, family = rng.choice(given), rng.choice(surnames)
        text = text.replace(full, f"{first} {family}").replace(surname, family)
    place = f"{rng.choice(PLACES)} {number}"
    text = text.replace("the people of Afghanistan", f"the people of {place}")
    return json.dumps({"id": f"bench-{number:06d}", "text": f"Dispatch {number}\n\n{text}"})


def write_corpus(path: Path, first: int, count: int, surnames: list[str] = SURNAMES) -> Path:
    """A JSON Lines corpus of seed variants number `first` to `first + count - 1`."""
    seed = SEED.read_text(encoding="utf-8")
    given = given_names()
    with path.open("w", encoding="utf-8") as stream:
        for number in range(first, first + count):
            rng = random.Random(number)
            stream.write(make_article(seed, number, rng, given, surnames) + "\n")
    return path


def cpu() -> tuple[float, float]:
    """CPU seconds (user + system) of this process and of its finished children."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime


def timed(db: Path, corpus: Path, jobs: int, store_only: bool = False) -> str:
    """Indexes `corpus` into `db` in a process of its own and describes the speed."""
    command = [sys.executable, __file__, "--child", str(db), str(corpus), str(jobs)]
    if store_only:
        command.append("--store-only")
    wall = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - wall
    if result.returncode:
        raise SystemExit(f"index run failed:\n{result.stderr}")
    figures = json.loads(result.stdout.splitlines()[-1])
    count, own, workers = figures["count"], figures["own"], figures["workers"]
    rate = count / figures["wall"]
    return (
        f"{count:7d} articles in {figures['wall']:6.1f} s: {rate:6.0f} articles/s; CPU "
        f"{own:6.1f} s here ({1000 * own / max(1, count):.2f} ms/article), {workers:6.1f} s "
        f"workers; peak memory {figures['rss_mb']:.0f} MB here, "
        f"{figures['worker_rss_mb']:.0f} MB largest worker"
        + (f"; store {figures['store_rate']:.0f} articles/s" if store_only else "")
    )


def child(db: Path, corpus: Path, jobs: int, store_only: bool) -> None:
    """One index run, as a child process: prints its figures as one JSON line."""
    wall, (own, workers) = time.perf_counter(), cpu()
    reading = 0.0
    if store_only:
        # Time spent loading the pickled rows is not the store's: counted apart.
        def rows() -> Iterator[DocumentRows]:
            nonlocal reading
            with corpus.open("rb") as stream:
                while True:
                    start = time.perf_counter()
                    try:
                        row = pickle.load(stream)
                    except EOFError:
                        return
                    finally:
                        reading += time.perf_counter() - start
                    yield row

        report = IndexReport()
        with open_store(db, create=True) as store:
            store.write(rows(), report)
            store.refresh_speakers()
        count = report.added + report.replaced + report.unchanged
    else:
        count = index(db, corpus, jobs)
    elapsed = time.perf_counter() - wall
    own_after, workers_after = cpu()
    print(
        json.dumps(
            {
                "count": count,
                "wall": elapsed,
                "own": own_after - own,
                "workers": workers_after - workers,
                "store_rate": count / max(1e-9, elapsed - reading),
                "rss_mb": peak_memory_mb(),
                "worker_rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
            }
        )
    )


def peak_memory_mb() -> float:
    """This process's peak resident memory since it started its program: ru_maxrss would
    carry over the peak of the benchmark process it was forked from."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def extracted(corpus: Path, jobs: int) -> Path:
    """`corpus` extracted into pickled DocumentRows, one after another, made once."""
    path = corpus.with_suffix(".rows.pickle")
    if not path.exists():
        options = ExtractOptions()
        work = partial(extract_rows, options=options, settings=settings_of(options))
        with path.open("wb") as stream:
            for rows in map_articles(work, load_documents([corpus]), max(jobs, 1)):
                pickle.dump(rows, stream, protocol=pickle.HIGHEST_PROTOCOL)
    return path


def index(db: Path, corpus: Path, jobs: int) -> int:
    with open_store(db, create=True) as store:
        report = index_articles(store, load_documents([corpus]), ExtractOptions(), jobs=jobs)
    return report.added + report.replaced + report.unchanged


def latency(run: Callable[[], object], repeats: int = 10) -> tuple[float, float]:
    """Median and worst milliseconds of `run` after one warm-up call."""
    run()
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        run()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), max(times)


def queries(db: Path) -> None:
    """Times `who` and `search` on the database."""
    with open_store(db) as store:
        speakers = store.speakers()
        top = speakers[0]
        print(f"  {len(speakers)} speakers; most quoted: {top.name} ({top.quote_count} quotes)")
        surname = top.name.split()[-1]
        checks: list[tuple[str, Callable[[], object]]] = [
            (f"who {top.name!r}", lambda: store.who(top.name)),
            ("search 'Arcadia'", lambda: store.search("Arcadia")),
            ("search '\"global player\"'", lambda: store.search('"global player"')),
            ("search 'Russia' (in most quotes)", lambda: store.search("Russia")),
            (f"search 'Russia' --speaker {top.name}", lambda: store.search("Russia", top.name)),
        ]
        for label, run in checks:
            found = run()
            median, worst = latency(run)
            count = len(found) if isinstance(found, list) else 0
            print(f"  {label:<44} {median:8.1f} ms median, {worst:8.1f} worst ({count} results)")
        median, worst = latency(lambda: store.who(surname), repeats=2)
        print(f"  {'who ' + repr(surname) + ' (thousands of people)':<44} {median:8.1f} ms median")
    command = [sys.executable, "-m", "quotes", "who", top.name, "--db", str(db)]
    run_command = lambda: subprocess.run(command, capture_output=True, check=True)  # noqa: E731
    median, _ = latency(run_command, repeats=3)
    print(f"  {'quotes who (whole process)':<44} {median:8.1f} ms median")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1_000, help="Articles at scale 1.")
    parser.add_argument("--scales", type=int, nargs="+", default=[1, 10, 100])
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--small-runs", type=int, default=5, help="10-article runs afterwards.")
    parser.add_argument("--keep", type=Path, help="Folder to keep the corpora and databases in.")
    parser.add_argument("--queries-only", action="store_true", help="Query the kept databases.")
    parser.add_argument(
        "--no-store-only", action="store_true", help="Skip the runs of pre-extracted documents."
    )
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    parser.add_argument("--store-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        db, corpus, jobs = args.child
        child(Path(db), Path(corpus), int(jobs), args.store_only)
        return
    folder = args.keep or Path(tempfile.mkdtemp(prefix="quotes-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    for scale in args.scales:
        count = args.articles * scale
        corpus = folder / f"articles-{count}.jsonl"
        if not corpus.exists():
            write_corpus(corpus, 0, count)
        if not args.no_store_only and not args.queries_only:
            rows = extracted(corpus, max(args.jobs))
            db = folder / f"bench-{count}-store.db"
            for suffix in ("", "-wal", "-shm"):
                Path(f"{db}{suffix}").unlink(missing_ok=True)
            print(f"{scale}x, store only (documents extracted beforehand):")
            print("  index        " + timed(db, rows, 1, store_only=True))
        for jobs in args.jobs:
            db = folder / f"bench-{count}-j{jobs}.db"
            print(f"{scale}x, --jobs {jobs}:")
            if not args.queries_only:
                for suffix in ("", "-wal", "-shm"):
                    Path(f"{db}{suffix}").unlink(missing_ok=True)
                print("  index        " + timed(db, corpus, jobs))
                print("  re-index     " + timed(db, corpus, jobs))
                # A run naming people of the corpus's surnames joins all of those again; one
                # naming only new surnames joins only its own names.
                for run in range(args.small_runs):
                    small = write_corpus(folder / "small.jsonl", count + 10 * run, 10)
                    print("  small run    " + timed(db, small, jobs))
                    new = [f"Newname{run}x{i}" for i in range(3)]
                    other = write_corpus(folder / "other.jsonl", 2 * count + 10 * run, 10, new)
                    print("  ... new names" + timed(db, other, jobs))
            queries(db)
    print(f"corpora and databases in {folder}")


if __name__ == "__main__":
    main()
