"""Benchmark: index seed-sized articles into a quote database, then time who and search.

Run: python benchmarks/bench_index.py [--articles 10000] [--jobs 2] [--keep DIR]

The articles are variants of seeds/reuters-nato-russia.txt with other speakers' names and
one varied place name, so that every content hash and many speakers differ.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from quotes.engine.composer import ExtractOptions
from quotes.indexing import index_articles
from quotes.readers.files import load_documents
from quotes.store.database import open_store

SEED = Path(__file__).parents[1] / "seeds" / "reuters-nato-russia.txt"


def words(text: str) -> list[str]:
    """The space-separated words of `text`: long word lists read better as one string."""
    return text.split()


GIVEN = words(
    "Anna Boris Carla Dmitri Elena Farid Greta Hugo Ines Jonas Katya Liam Mara Nikolai Olga "
    "Pavel Quinn Rosa Stefan Tamara Umar Vera Walter Xenia Yusuf Zofia Aleksei Beatriz Cyril Dana"
)
SURNAMES = words(
    "Abbott Baranov Castillo Dvorak Eriksen Fischer Garcia Horvat Ivanova Jensen Kowalski "
    "Lindqvist Moreau Novak Okafor Petrov Quintero Rossi Sokolov Tanaka Ulrich Varga "
    "Weber Xu Yilmaz Zhukov "
    "Andersen Bianchi Costa Dubois Egorov Ferreira Gruber Haas Ilic Jovanovic Kaur Lopez Meyer "
    "Nielsen Orlov Popescu Quispe Reyes Schmidt Torres Urban Volkov Wagner Young Zielinski Adler "
    "Brandt Cruz Diaz Engel Fuchs Graf"
)
PLACES = words(
    "Afghanistan Albania Armenia Azerbaijan Belarus Bosnia Bulgaria Chad Croatia Cyprus Estonia "
    "Finland Georgia Ghana Iceland Iraq Jordan Kenya Kosovo Latvia Lebanon Libya Mali Malta "
    "Moldova Mongolia Montenegro Nepal Niger Norway Oman Pakistan Peru Qatar Romania Rwanda "
    "Senegal Serbia Slovakia Slovenia Somalia Sudan Syria Tunisia Uganda Ukraine Uruguay Yemen "
    "Zambia Zimbabwe"
)
# (full name, surname as the seed writes it alone)
SEED_SPEAKERS = (
    ("Hillary Clinton", "Clinton"),
    ("Dmitry Rogozin", "Rogozin"),
    ("Jaap de Hoop Scheffer", "de Hoop Scheffer"),
)


def make_article(seed: str, number: int, rng: random.Random) -> dict[str, str]:
    """One variant of the seed with its own speakers and place."""
    text = seed
    for full, surname in SEED_SPEAKERS:
        given, family = rng.choice(GIVEN), rng.choice(SURNAMES)
        text = text.replace(full, f"{given} {family}").replace(surname, family)
    text = text.replace("the people of Afghanistan", f"the people of {rng.choice(PLACES)}")
    return {"id": f"bench-{number:05d}", "text": f"Dispatch {number}\n\n{text}"}


def write_corpus(folder: Path, count: int) -> Path:
    """A JSON Lines corpus of `count` seed variants."""
    seed = SEED.read_text(encoding="utf-8")
    rng = random.Random(5)
    corpus = folder / "articles.jsonl"
    with corpus.open("w", encoding="utf-8") as stream:
        for number in range(count):
            stream.write(json.dumps(make_article(seed, number, rng)) + "\n")
    return corpus


def latency(run: Callable[[], object], repeats: int = 30) -> tuple[float, float]:
    """Median and worst milliseconds of `run` after one warm-up call."""
    run()
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        run()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), max(times)


def index_corpus(folder: Path, db: Path, count: int, jobs: int = 1) -> None:
    """Writes the corpus, indexes it into a new database, then indexes it again."""
    corpus = write_corpus(folder, count)
    db.unlink(missing_ok=True)
    options = ExtractOptions()

    start = time.perf_counter()
    with open_store(db, create=True) as store:
        report = index_articles(store, load_documents([corpus]), options, jobs=jobs)
    elapsed = time.perf_counter() - start
    size = db.stat().st_size
    print(
        f"indexed {report.added} articles, {report.quotes} quotes in {elapsed:.1f} s "
        f"with {jobs} job(s)"
    )
    print(f"  {report.added / elapsed:.0f} articles/s; database {size / 2**20:.1f} MiB")

    start = time.perf_counter()
    with open_store(db) as store:
        again = index_articles(store, load_documents([corpus]), options)
    elapsed = time.perf_counter() - start
    print(f"re-index unchanged: {again.unchanged} skipped in {elapsed:.1f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--keep", type=Path, help="Folder to keep the corpus and database in.")
    parser.add_argument("--jobs", type=int, default=1, help="Extraction processes (index --jobs).")
    parser.add_argument(
        "--queries-only", action="store_true", help="Time the queries on the --keep database."
    )
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="quotes-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    db = folder / "bench.db"
    if not args.queries_only:
        index_corpus(folder, db, args.articles, args.jobs)
    with open_store(db) as store:
        speakers = store.speakers()
        top = speakers[0]
        print(f"{len(speakers)} speakers; most quoted: {top.name} ({top.quote_count} quotes)")
        surname = speakers[0].name.split()[-1]
        checks: list[tuple[str, Callable[[], object]]] = [
            (f"who {speakers[0].name!r}", lambda: store.who(speakers[0].name)),
            (f"who {surname!r}", lambda: store.who(surname)),
            ("search 'Mongolia'", lambda: store.search("Mongolia")),
            ("search '\"global player\"'", lambda: store.search('"global player"')),
            ("search 'Russia' (in most quotes)", lambda: store.search("Russia")),
            (f"search 'Russia' --speaker {surname}", lambda: store.search("Russia", surname)),
            ("speakers", store.speakers),
        ]
        for label, run in checks:
            found = run()
            median, worst = latency(run)
            count = len(found) if isinstance(found, list) else 0
            print(f"  {label:<40} {median:7.1f} ms median, {worst:7.1f} ms worst ({count} results)")
    # The whole command, for comparison: most of it is starting Python and importing.
    command = [sys.executable, "-m", "quotes", "who", surname, "--db", str(db)]
    run_command = lambda: subprocess.run(command, capture_output=True, check=True)  # noqa: E731
    median, _ = latency(run_command, repeats=5)
    print(f"  {'quotes who (whole process)':<40} {median:7.1f} ms median")
    print(f"corpus and database in {folder}")


if __name__ == "__main__":
    main()
