"""Throughput, peak memory and scaling of `quotes extract` as a whole process.

Builds seed-sized documents (the seed article with its names and numbers varied) into one
.jsonl corpus in a temporary folder, then times `quotes extract corpus.jsonl --format jsonl`
with its output thrown away, pinned to one core with `taskset -c 0` when available.

    python3 benchmarks/bench_extract.py              # 50, 500 and 5,000 documents
    python3 benchmarks/bench_extract.py --profile    # also: where the time goes, in-process
    python3 benchmarks/bench_extract.py --parallel 5000   # --jobs 2 against --jobs 1 only

Targets (issue 2): at least 1,000 articles/s, peak memory under 150 MB, linear growth.
Target (issue 13): `--jobs 2` at least 1.7x `--jobs 1` (unpinned), with the same bytes out.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import pstats
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "reuters-nato-russia.txt"

TARGET_RATE = 1_000
TARGET_MEMORY_MB = 150
TARGET_SPEEDUP = 1.7

# Names swapped into the seed so that no two documents are the same text.
SURNAMES = ["Clinton", "Rogozin", "Lavrov", "Okafor", "Lindqvist", "Moreau", "Tanaka", "Novak"]
GIVEN = ["Hillary", "Dmitry", "Sergei", "Amara", "Ingrid", "Claire", "Kenji", "Petra"]
PLACES = ["Brussels", "Geneva", "Vienna", "Oslo", "Lisbon", "Prague", "Tallinn", "Dublin"]


def vary(seed: str, number: int) -> str:
    """The seed with its names, places and dates varied by `number`."""
    k = number % len(SURNAMES)
    text = seed.replace("Hillary Clinton", f"{GIVEN[k]} {SURNAMES[k]}")
    text = text.replace("Clinton", SURNAMES[k])
    text = text.replace("Brussels", PLACES[(number // 8) % len(PLACES)])
    text = text.replace("March 31", f"March {1 + number % 28}")
    return text.replace("last summer", f"in {1990 + number % 30}")


def write_corpus(folder: Path, count: int, seed: str) -> Path:
    """A .jsonl corpus of `count` varied seed documents."""
    path = folder / f"corpus-{count}.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for number in range(count):
            out.write(json.dumps({"id": f"doc-{number:05d}", "text": vary(seed, number)}) + "\n")
    return path


def command(corpus: Path, jobs: int = 1) -> list[str]:
    """The whole-process command line; one job is pinned to core 0 when taskset exists."""
    quotes = shutil.which("quotes")
    base = [quotes] if quotes else [sys.executable, "-m", "quotes"]
    pin = ["taskset", "-c", "0"] if jobs == 1 and shutil.which("taskset") else []
    return [*pin, *base, "extract", str(corpus), "--format", "jsonl", "--jobs", str(jobs)]


def run_once(corpus: Path, jobs: int = 1) -> float:
    """Wall-clock seconds of one whole extract run, output sent to /dev/null."""
    started = time.perf_counter()
    subprocess.run(command(corpus, jobs), stdout=subprocess.DEVNULL, check=True)
    return time.perf_counter() - started


def output_of(corpus: Path, jobs: int) -> bytes:
    """The bytes `quotes extract` writes for `corpus` with `jobs` processes."""
    return subprocess.run(command(corpus, jobs), capture_output=True, check=True).stdout


def compare_jobs(seed: str, size: int, repeat: int) -> None:
    """Prints the speed-up of `--jobs 2` over `--jobs 1` (both unpinned) and checks the bytes."""
    with tempfile.TemporaryDirectory() as folder:
        corpus = write_corpus(Path(folder), size, seed)
        same = output_of(corpus, 1) == output_of(corpus, 2)
        # Alternated, so that a neighbour's load hits both alike; the best of each counts.
        times: dict[int, list[float]] = {1: [], 2: []}
        for _ in range(repeat):
            for jobs in (1, 2):
                times[jobs].append(run_once(corpus, jobs))
    one, two = min(times[1]), min(times[2])
    speedup = one / two
    print(
        f"{size:,} docs: --jobs 1 {one:.2f} s ({size / one:,.0f}/s), --jobs 2 {two:.2f} s "
        f"({size / two:,.0f}/s): {speedup:.2f}x (target >= {TARGET_SPEEDUP}: "
        f"{'met' if speedup >= TARGET_SPEEDUP else 'NOT met'}); "
        f"output {'identical' if same else 'DIFFERENT'}"
    )


def peak_child_mb() -> float:
    """Largest resident set of any child waited for so far, in MB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def profile(seed: str, repeat: int, top: int) -> str:
    """cProfile's top functions by own time for `extract` over the seed, `repeat` times."""
    from quotes import extract

    texts = [vary(seed, n) for n in range(repeat)]
    profiler = cProfile.Profile()
    profiler.enable()
    for n, text in enumerate(texts):
        extract(text, id=f"doc-{n}")
    profiler.disable()
    report = io.StringIO()
    pstats.Stats(profiler, stream=report).sort_stats("tottime").print_stats(top)
    return report.getvalue()


def main() -> None:
    """Runs the benchmark and prints its figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="50,500,5000", help="document counts, ascending")
    parser.add_argument("--repeat", type=int, default=3, help="runs per size; the best counts")
    parser.add_argument("--profile", action="store_true", help="also profile extract in-process")
    parser.add_argument(
        "--parallel", type=int, metavar="N", help="only compare --jobs 2 with --jobs 1 on N docs"
    )
    args = parser.parse_args()
    if args.parallel:
        compare_jobs(SEED.read_text(encoding="utf-8"), args.parallel, args.repeat)
        return
    sizes = [int(size) for size in args.sizes.split(",")]
    seed = SEED.read_text(encoding="utf-8")

    print(f"seed: {len(seed):,} characters; command: {' '.join(command(Path('corpus.jsonl')))}")
    timings: dict[int, float] = {}
    with tempfile.TemporaryDirectory() as folder:
        for size in sizes:
            corpus = write_corpus(Path(folder), size, seed)
            timings[size] = min(run_once(corpus) for _ in range(args.repeat))
            # Sizes ascend, so the running maximum is this size's peak.
            print(
                f"{size:>7,} docs  {timings[size]:7.2f} s  {size / timings[size]:8,.0f} articles/s"
                f"  peak RSS {peak_child_mb():6.1f} MB"
            )

    smallest, largest = sizes[0], sizes[-1]
    print("\nscaling (time ratio against input ratio):")
    for size in sizes:
        print(f"  {size // smallest:>4}x input -> {timings[size] / timings[smallest]:6.2f}x time")
    if len(sizes) > 1:
        marginal = (largest - smallest) / (timings[largest] - timings[smallest])
        print(f"  marginal rate (startup excluded): {marginal:,.0f} articles/s")

    rate = largest / timings[largest]
    memory = peak_child_mb()
    print(
        f"\n{largest:,} docs: {rate:,.0f} articles/s (target >= {TARGET_RATE:,}: "
        f"{'met' if rate >= TARGET_RATE else 'NOT met'}); peak RSS {memory:.1f} MB "
        f"(target < {TARGET_MEMORY_MB}: {'met' if memory < TARGET_MEMORY_MB else 'NOT met'})"
    )
    print()
    compare_jobs(seed, largest, args.repeat)
    if args.profile:
        print("\nwhere the time goes (extract over the varied seed, in-process):")
        print(profile(seed, repeat=500, top=25))


if __name__ == "__main__":
    main()
