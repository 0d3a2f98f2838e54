"""Start-up time of one-file `quotes extract` and `quotes check`, whole process.

Runs each command many times on the seed article and prints the best and median wall-clock
time and the best CPU time (user + system, steadier than wall-clock on a busy machine)
beside the floors under it (a bare interpreter, the quick entry point's imports, the engine
it loads) and what the Typer app and pydantic would add, then the slowest imports of the
extract path from `python -X importtime`. Bytecode caches are written first, as users have
them (PYTHONDONTWRITEBYTECODE is ignored here), and so are the word-list snapshots and kept
patterns of quotes.caching, in a cache folder of the benchmark's own; one row shows a run
with no cache at all (the first run after installing or changing the lexicons).

    python3 benchmarks/bench_startup.py            # 20 runs each
    python3 benchmarks/bench_startup.py --runs 50

Target (issue 13): one-file `extract` and `check` in at most 120 ms.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "reuters-nato-russia.txt"
TARGET_MS = 120.0
# What a one-file `quotes extract` imports: the quick entry point, the settings, the engine
# (its patterns taken from the cache, as the command takes them), the file readers and the
# extraction loop; no Typer, click, rich or pydantic.
ENGINE_IMPORTS = (
    "import quotes.caching; quotes.caching.keep_compiled_patterns(); "
    "import quotes.launcher, quotes.config, quotes.engine.composer, quotes.readers.files, "
    "quotes.parallel"
)


def quotes_command() -> list[str]:
    """The installed `quotes` script, or `python -m quotes` when it is not on PATH."""
    script = shutil.which("quotes")
    return [script] if script else [sys.executable, "-m", "quotes"]


# Users' interpreters cache bytecode; a run without the caches would time compiling too.
# The word lists and patterns quotes keeps between runs go to a folder of this benchmark's.
ENVIRONMENT = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
ENVIRONMENT["QUOTES_CACHE_DIR"] = tempfile.mkdtemp(prefix="bench-startup-cache-")
NO_CACHE = {**ENVIRONMENT, "QUOTES_CACHE_DIR": ""}


def cpu_seconds() -> float:
    """User plus system CPU seconds of every finished child process so far."""
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def timings_ms(
    command: list[str], runs: int, environment: dict[str, str] = ENVIRONMENT
) -> tuple[list[float], list[float]]:
    """Wall-clock and CPU milliseconds of `runs` runs of `command` after one warm-up, output
    thrown away."""
    wall: list[float] = []
    cpu: list[float] = []
    for number in range(runs + 1):
        started, cpu_before = time.perf_counter(), cpu_seconds()
        subprocess.run(
            command,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            cwd=ROOT,
            env=environment,
        )
        if number == 0:
            continue  # the warm-up writes the bytecode caches and quotes's own
        wall.append((time.perf_counter() - started) * 1000)
        cpu.append((cpu_seconds() - cpu_before) * 1000)
    return wall, cpu


def slowest_imports(statement: str, top: int) -> list[tuple[int, str]]:
    """The `top` top-level imports of `statement` by cumulative microseconds."""
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", statement],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=ENVIRONMENT,
        check=True,
    )
    rows: list[tuple[int, str]] = []
    for line in result.stderr.splitlines():
        match = re.match(r"import time:\s+\d+ \|\s+(\d+) \|(\s*)(\S+)", line)
        if match and len(match[2]) <= 3:  # depth 0 or 1: what the statement itself pulled in
            rows.append((int(match[1]), match[3]))
    return sorted(rows, reverse=True)[:top]


def main() -> None:
    """Runs the benchmark and prints its figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20, help="runs per command")
    args = parser.parse_args()
    quotes = quotes_command()
    extract = [*quotes, "extract", str(SEED), "--format", "jsonl"]
    commands = {
        "python -c pass (floor)": ([sys.executable, "-c", "pass"], ENVIRONMENT),
        "import quotes.launcher": ([sys.executable, "-c", "import quotes.launcher"], ENVIRONMENT),
        "import the engine": ([sys.executable, "-c", ENGINE_IMPORTS], ENVIRONMENT),
        "import typer (skipped)": ([sys.executable, "-c", "import typer"], ENVIRONMENT),
        "import quotes.cli (skipped)": ([sys.executable, "-c", "import quotes.cli"], ENVIRONMENT),
        "import quotes.models (skip)": (
            [sys.executable, "-c", "import quotes.models"],
            ENVIRONMENT,
        ),
        "quotes --help": ([*quotes, "--help"], ENVIRONMENT),
        "quotes extract FILE": (extract, ENVIRONMENT),
        "quotes check FILE": ([*quotes, "check", str(SEED)], ENVIRONMENT),
        "extract FILE, no cache": (extract, NO_CACHE),
    }
    print(f"{'command':<28} {'best':>8} {'median':>8} {'best CPU':>9}")
    best: dict[str, float] = {}
    for label, (command, environment) in commands.items():
        wall, cpu = timings_ms(command, args.runs, environment)
        best[label] = min(wall)
        print(f"{label:<28} {min(wall):6.1f}ms {statistics.median(wall):6.1f}ms {min(cpu):7.1f}ms")
    for label in ("quotes extract FILE", "quotes check FILE"):
        verdict = "met" if best[label] <= TARGET_MS else "NOT met"
        print(f"{label}: best {best[label]:.0f} ms (target <= {TARGET_MS:.0f} ms: {verdict})")
    print("\nslowest imports of the extract path (cumulative):")
    for micros, name in slowest_imports(ENGINE_IMPORTS, top=8):
        print(f"  {micros / 1000:6.1f} ms  {name}")
    shutil.rmtree(ENVIRONMENT["QUOTES_CACHE_DIR"], ignore_errors=True)


if __name__ == "__main__":
    main()
