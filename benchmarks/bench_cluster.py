"""The Dask path against one process: the same records, and the time each takes.

Builds N seed-sized articles (the seed with names and numbers varied) into S JSON Lines shards,
runs `quotes cluster` on a local cluster of W workers, then `quotes extract --jobs 1` on each
shard, and compares the records byte for byte.

    python3 benchmarks/bench_cluster.py                       # 20,000 articles, 8 shards, 2 workers
    python3 benchmarks/bench_cluster.py --articles 2000 --shards 4

Target (issue 13): exactly the single-process records for 20,000 articles in 8 shards.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
# A sibling script, not a package: found through the path set above.
from bench_extract import SEED, vary


def quotes_command() -> list[str]:
    script = shutil.which("quotes")
    return [script] if script else [sys.executable, "-m", "quotes"]


def write_shards(folder: Path, articles: int, shards: int, seed: str) -> list[Path]:
    """`articles` varied seed articles spread over `shards` files, in order."""
    paths = [folder / f"shard-{number:02d}.jsonl" for number in range(shards)]
    per_shard = -(-articles // shards)
    for number, path in enumerate(paths):
        first = number * per_shard
        with path.open("w", encoding="utf-8") as out:
            for n in range(first, min(first + per_shard, articles)):
                out.write(json.dumps({"id": f"doc-{n:06d}", "text": vary(seed, n)}) + "\n")
    return paths


def main() -> None:
    """Runs the comparison and prints its figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--shards", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    seed = SEED.read_text(encoding="utf-8")
    quotes = quotes_command()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        shards = write_shards(folder, args.articles, args.shards, seed)
        out = folder / "out"
        started = time.perf_counter()
        subprocess.run(
            [
                *quotes,
                "cluster",
                *map(str, shards),
                "--out",
                str(out),
                "--workers",
                str(args.workers),
            ],
            check=True,
        )
        cluster_seconds = time.perf_counter() - started
        started = time.perf_counter()
        expected = [
            subprocess.run(
                [*quotes, "extract", str(shard), "--format", "jsonl", "--jobs", "1"],
                capture_output=True,
                check=True,
            ).stdout
            for shard in shards
        ]
        single_seconds = time.perf_counter() - started
        produced = [(out / f"part-{n:05d}.jsonl").read_bytes() for n in range(len(shards))]
    same = sum(a == b for a, b in zip(produced, expected, strict=True))
    records = sum(part.count(b"\n") for part in produced)
    print(
        f"{args.articles:,} articles in {args.shards} shards: cluster ({args.workers} local "
        f"workers) {cluster_seconds:.1f} s ({args.articles / cluster_seconds:,.0f}/s, start-up "
        f"included), one process {single_seconds:.1f} s "
        f"({args.articles / single_seconds:,.0f}/s)"
    )
    verdict = "met" if same == len(shards) and records == args.articles else "NOT met"
    print(f"{records:,} records; {same} of {len(shards)} shards byte-identical ({verdict})")


if __name__ == "__main__":
    main()
