"""Exports synthetic articles holding QUOTES quotes; prints time and peak memory.

Usage: python benchmarks/bench_export.py [QUOTES]   (default 100000)
The articles are built from templates written for this benchmark, extracted
with `quotes.extract`, and exported as xlsx, json and claimreview into a
temporary folder.
"""

from __future__ import annotations

import datetime
import resource
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from quotes import extract
from quotes.models import Document
from quotes.writers.export import ExportOptions, export

FIRST = ["Ana", "Tom", "Eva", "Karl", "Mia", "Omar", "Lena", "Raj", "Sofia", "Ivan"]
LAST = ["Lopez", "Brandt", "Weiss", "Okafor", "Tanaka", "Novak", "Silva", "Moreau"]
TEMPLATES = [
    '"We will finish the {thing} before the {season}," {name} told reporters.',
    '"Nobody has seen the {thing} plans yet," said {name}, the {role}.',
    '"The {thing} costs too much," {surname} said on {day}.',
    'A spokesman said the {thing} was "ahead of schedule and under budget for now."',
]
THINGS = ["bridge", "harbour", "school", "railway", "hospital", "budget"]
ROLES = ["mayor", "minister", "councillor", "spokeswoman"]
DAYS = ["Monday", "Tuesday", "Friday"]
PER_ARTICLE = 10


def article(number: int) -> str:
    """A synthetic article of PER_ARTICLE quotes, each sentence its own paragraph."""
    paragraphs = ["The council met again this week."]
    for i in range(PER_ARTICLE):
        first = FIRST[(number + i) % len(FIRST)]
        surname = LAST[(number * 3 + i) % len(LAST)]
        paragraphs.append(
            TEMPLATES[i % len(TEMPLATES)].format(
                thing=THINGS[(number + i) % len(THINGS)],
                season="winter",
                name=f"{first} {surname}",
                surname=surname,
                role=ROLES[i % len(ROLES)],
                day=DAYS[i % len(DAYS)],
            )
        )
    return "\n\n".join(paragraphs) + "\n"


def documents(quotes: int) -> Iterator[Document]:
    """Extracted synthetic documents until about `quotes` quotes."""
    for number in range(-(-quotes // PER_ARTICLE)):
        yield extract(article(number), id=f"article-{number:06d}")


def main() -> None:
    quotes = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    with tempfile.TemporaryDirectory() as folder:
        options = ExportOptions(Path(folder), ("xlsx", "json", "claimreview"))
        started = time.perf_counter()
        result = export(documents(quotes), options, datetime.datetime.now(datetime.UTC))
        seconds = time.perf_counter() - started
        size = sum(p.stat().st_size for p in result.paths) / 2**20
    # ru_maxrss is in KiB on Linux.
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"articles: {result.documents}")
    print(f"quotes: {result.quotes} ({result.attributed} attributed)")
    print(f"speakers: {result.speakers}")
    print(f"files: {len(result.paths)} ({size:.1f} MiB)")
    print(f"time: {seconds:.1f} s (extraction included)")
    print(f"peak RSS: {peak:.0f} MiB")


if __name__ == "__main__":
    main()
