"""Time and peak memory of hostile inputs at 1x, 10x and 100x their base size (issue 8).

Each case is an input shape that once cost super-linear time or memory. The input is
generated (never corpus text) into a temporary folder first, then each size runs in a
fresh worker process, so that one size's memory never counts towards the next: the worker
reads its input, notes its peak resident memory, does the work and reports the time and
how far the peak rose above its resident memory before the work. Time is CPU time (the
process's own, so other work on the machine does not stretch it), with wall time beside.

    python3 benchmarks/bench_scaling.py                      # every case at 1x, 10x, 100x
    python3 benchmarks/bench_scaling.py --cases saying,titles --scales 1,10
    python3 benchmarks/bench_scaling.py --profile saying 10  # where one size spends its time

The bar: 10x the input costs at most about 12x the time and the memory. Ratios of tiny
figures are noise, so each ratio's figures are floored at 0.05 s and 5 MB. A size that
runs past --timeout is reported as such and its larger sizes are skipped.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import io
import json
import os
import pstats
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

SCALES = (1, 10, 100)
TIME_FLOOR = 0.05
MEMORY_FLOOR = 5.0
RATIO_BAR = 12.0

# --- realistic-looking news text, generated ------------------------------------------------

SYLLABLES = [
    "ka", "lo", "mi", "ra", "ten", "vo", "sa", "der", "lin", "ma", "no", "ri", "bel",
    "to", "an", "fer", "gu", "hal", "is", "jo", "ken", "mar", "os", "pel", "qui", "ros",
]  # fmt: skip
TITLES = ["Sen.", "Gov.", "Rep.", "Mayor", "Minister", "President", "Judge", "Dr."]
ROLES = ["spokeswoman", "spokesman", "analyst", "economist", "official", "adviser"]
VERBS = ["said", "told reporters", "added", "argued", "warned", "explained"]
PLACES = ["Brussels", "Geneva", "Denver", "Ottawa", "Lisbon", "Nairobi", "Osaka", "Quito"]
TOPICS = ["the budget", "the bridge", "the election", "the treaty", "the strike", "the levy"]
CLAIMS = [
    "We will not accept a deal that leaves families worse off",
    "This is the most serious test the council has faced in years",
    "Nobody in this building expected the numbers to move so quickly",
    "We are going to keep talking until there is an agreement",
    "The evidence does not support what the other side is saying",
    "It is too early to say what the final cost will be",
]
NARRATIVE = [
    "The measure passed by {n} votes on {day} after a debate that ran late into the night.",
    "Officials in {place} said the plan would cost about ${n} million over five years.",
    "The talks on {topic} resumed on {day}, according to a statement from the ministry.",
    "Turnout fell to {n} percent, the lowest figure since the district was redrawn.",
    "Critics have said {topic} was rushed, and several groups plan to challenge it in court.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def made_up_word(rng: random.Random, syllables: int = 3) -> str:
    """A pronounceable capitalised word that is nobody's real name."""
    return "".join(rng.choice(SYLLABLES) for _ in range(syllables)).capitalize()


def news_paragraph(rng: random.Random, cast: list[tuple[str, str, str]]) -> str:
    """One paragraph of a story: narrative, or a quotation by one of its cast with a cue."""
    title, given, surname = rng.choice(cast)
    fill = {
        "n": rng.randint(2, 900),
        "day": rng.choice(DAYS),
        "place": rng.choice(PLACES),
        "topic": rng.choice(TOPICS),
    }
    narrative = " ".join(rng.choice(NARRATIVE).format(**fill) for _ in range(rng.randint(1, 3)))
    claim = rng.choice(CLAIMS)
    shape = rng.randrange(8)
    if shape == 0:
        return f'"{claim}," {title} {given} {surname} {rng.choice(VERBS)}. ' + narrative
    if shape == 1:
        role = rng.choice(ROLES)
        a = "an" if role[0] in "aeiou" else "a"
        return f'{given} {surname}, {a} {role} in {fill["place"]}, said: "{claim}."'
    if shape == 2:
        return f'"{claim}," said {surname}, who spoke on {fill["day"]}. ' + narrative
    if shape == 3:
        return f'The {rng.choice(ROLES)} called the plan "{claim.lower()}" in a statement.'
    return narrative


def news_text(size: int, seed: int = 8) -> str:
    """About `size` characters of news-like text: stories of a few people each, a
    paragraph per line, about one quotation per 500 characters."""
    rng = random.Random(seed)
    parts: list[str] = []
    total = 0
    while total < size:
        cast = [(rng.choice(TITLES), made_up_word(rng, 2), made_up_word(rng)) for _ in range(4)]
        for _ in range(rng.randint(8, 20)):
            paragraph = news_paragraph(rng, cast)
            parts.append(paragraph)
            total += len(paragraph) + 2
    return "\n\n".join(parts) + "\n"


def names(count: int, seed: int = 1) -> list[str]:
    """`count` different made-up given names (capitalised, unknown to the lexicon)."""
    rng = random.Random(seed)
    seen: set[str] = set()
    while len(seen) < count:
        seen.add(made_up_word(rng, 3) + made_up_word(rng, 1).lower())
    return sorted(seen)


# --- the cases ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    """One hostile input shape: `base` is the 1x size; `make` writes the input file."""

    name: str
    what: str
    base: int
    kind: str  # extract: one text through extract(); cli: argv run in-process
    make: Callable[[int, Path], list[str]]


# Commands run in this one process, so that its time and memory are the whole cost.
ONE_PROCESS = ["--jobs", "1"]


def text_file(text: str, folder: Path, name: str = "input.txt") -> list[str]:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return [str(path)]


def jsonl_file(texts: Iterator[tuple[str, str]], folder: Path) -> Path:
    path = folder / "input.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for id, text in texts:
            out.write(json.dumps({"id": id, "text": text}) + "\n")
    return path


def make_said_quote(n: int, folder: Path) -> list[str]:
    return text_file('He said "' * n + "\n", folder)


def make_shared_surname(n: int, folder: Path) -> list[str]:
    lines = [f'"We will vote no," said Sen. {given} Smith.\n' for given in names(n)]
    lines += ['"It is done," Smith said.\n'] * 3
    return text_file("".join(lines), folder)


def make_index_smiths(n: int, folder: Path) -> list[str]:
    docs = (
        (f"d{i}", f'"We will vote no," said Sen. {given} Smith.\n')
        for i, given in enumerate(names(n))
    )
    corpus = jsonl_file(docs, folder)
    return ["index", str(corpus), "--db", str(folder / "quotes.db"), *ONE_PROCESS]


def make_surnames(n: int, folder: Path) -> list[str]:
    given, family = names(n, seed=2), names(n, seed=3)
    lines = [f"Sen. {g} {s} met voters in {PLACES[i % 8]} on Tuesday.\n" for i, (g, s) in
             enumerate(zip(given, family, strict=True))]  # fmt: skip
    lines.append('"We are ready," said Sen. ' + f"{given[0]} {family[0]}.\n")
    return text_file("".join(lines), folder)


def make_described(n: int, folder: Path) -> list[str]:
    given, family = names(n, seed=4), names(n, seed=5)
    lines = [
        f'Sen. {g} {s} spoke on Monday. "We will act," the senator said.\n'
        for g, s in zip(given, family, strict=True)
    ]
    return text_file("".join(lines), folder)


def make_name_runs(n: int, folder: Path) -> list[str]:
    given, family = names(n, seed=6), names(n, seed=7)
    runs = " and ".join(f"Alpha {g} {s}" for g, s in zip(given, family, strict=True))
    return text_file('"We will act," said Sen. Ann Lee. ' + runs + " met.\n", folder)


def make_paragraph_quotes(n: int, folder: Path) -> list[str]:
    return text_file("Jane Doe spoke on Monday.\n\n" + '"We will act on this now."\n\n' * n, folder)


def make_titles(n: int, folder: Path) -> list[str]:
    return text_file("He listed " + 'the "Big Red Dog" and ' * n + "more.\n", folder)


def make_saying(n: int, folder: Path) -> list[str]:
    return text_file("He spoke, saying " + "saying " * n + '"We will act."\n', folder)


def make_hyphenated(n: int, folder: Path) -> list[str]:
    return text_file('"We will act," said ' + "-".join(["Jean"] * n) + ".\n", folder)


def make_long_sentence(n: int, folder: Path) -> list[str]:
    sentence = "The mayor met the council " + "and the board " * 2000 + "on Monday. "
    return text_file(sentence + '"We will act" ' * n + "\n", folder)


def make_pronouns(n: int, folder: Path) -> list[str]:
    return text_file(
        "".join(f'Sen. Al Lee{i} spoke. "We act," he said.\n\n' for i in range(n)), folder
    )


def make_pronouns_one_sentence(n: int, folder: Path) -> list[str]:
    given, family = names(n, seed=8), names(n, seed=9)
    text = "".join(
        f'Sen. {g} {f} arrived and "we act," he said, ' for g, f in zip(given, family, strict=True)
    )
    return text_file(text + "and left.\n", folder)


def make_json_documents(n: int, folder: Path) -> list[str]:
    docs = ((f"d{i}", f'"We will act," said Sen. Ann Lee{i}.\n') for i in range(n))
    return ["extract", str(jsonl_file(docs, folder)), "--format", "json", *ONE_PROCESS]


def make_workbook(n: int, folder: Path) -> list[str]:
    docs = ((f"d{i}", f'"We will act," said Sen. {g} Lee.\n') for i, g in enumerate(names(n)))
    corpus = jsonl_file(docs, folder)
    return ["export", str(corpus), "--out", str(folder / "out"), "--format", "xlsx", *ONE_PROCESS]


def make_news(n: int, folder: Path) -> list[str]:
    return text_file(news_text(n), folder)


def make_unmatched(n: int, folder: Path) -> list[str]:
    return text_file("He said “we will vote " * n + "\n", folder)


CASES = [
    Case("said_quote", 'He said " x N: every quote once carried its whole sentence', 200, "extract",
         make_said_quote),
    Case("shared_surname", "N senators named Smith in one article", 100, "extract",
         make_shared_surname),
    Case("index_smiths", "quotes index: N one-line articles, each a different Smith", 20, "cli",
         make_index_smiths),
    Case("surnames", "N people with N surnames (_collect_surnames)", 100, "extract",
         make_surnames),
    Case("described", 'N "the senator" descriptions (described_person)', 100, "extract",
         make_described),
    Case("name_runs", "one line of N name runs (HeadlineLines.holds)", 100, "extract",
         make_name_runs),
    Case("paragraph_quotes", "N paragraph-opening quotes with no cue", 100, "extract",
         make_paragraph_quotes),
    Case("titles", "N Title Case quotes in one sentence", 100, "extract", make_titles),
    Case("saying", "saying x N before one quote", 500, "extract", make_saying),
    Case("hyphenated", "a speaker 'name' of N hyphenated capitalised words", 50, "extract",
         make_hyphenated),
    Case("long_sentence", "a long sentence, then N uncued quotes (cue_sentence)", 20, "extract",
         make_long_sentence),
    Case("pronouns", 'N sentences naming someone, each then "he said" (person_before)', 200,
         "extract", make_pronouns),
    Case("pronouns_one_sentence", 'one sentence of N names, each then "he said" (person_before)',
         200, "extract", make_pronouns_one_sentence),
    Case("json_documents", "extract --format json over N documents", 200, "cli",
         make_json_documents),
    Case("workbook", "export --format xlsx with N speakers", 40, "cli", make_workbook),
    Case("news", "N characters of realistic news text (50 MB at 100x)", 500_000, "extract",
         make_news),
    Case("unmatched", "N unmatched quotation marks (100,000 at 100x)", 1_000, "extract",
         make_unmatched),
]  # fmt: skip
BY_NAME = {case.name: case for case in CASES}


# --- measuring ---------------------------------------------------------------------------


def status_mb(field: str) -> float | None:
    """A memory figure of /proc/self/status (VmRSS: now, VmHWM: peak) in MB, if there."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    except (OSError, ValueError):
        return None
    return None


def reset_peak() -> float:
    """Starts measuring the peak from now; returns the resident memory now, in MB.

    The process's own peak (VmHWM) is reset through /proc/self/clear_refs where Linux
    allows: getrusage's peak also counts the process this one was forked from.
    """
    with contextlib.suppress(OSError):
        Path("/proc/self/clear_refs").write_text("5")
    now = status_mb("VmRSS")
    return now if now is not None else peak_mb()


def peak_mb() -> float:
    """This process's peak resident memory, in MB."""
    peak = status_mb("VmHWM")
    if peak is not None:
        return peak
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def cpu_seconds() -> float:
    """CPU time this process has used: unlike wall time, not stretched by other work."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def work(case: Case, argv: list[str]) -> Callable[[], object]:
    """The measured work of one case, with its input already read."""
    if case.kind == "extract":
        from quotes import extract

        text = Path(argv[0]).read_text(encoding="utf-8")
        return lambda: extract(text, id="bench")
    from quotes.cli import app

    def run_cli() -> None:
        # the commands print to stdout: send it to /dev/null at the file-descriptor level
        with open(os.devnull, "w") as null, contextlib.redirect_stdout(null):
            try:
                app(argv, standalone_mode=False)
            except SystemExit as exit:
                if exit.code not in (0, None):
                    raise
        return None

    return run_cli


def worker(name: str, argv: list[str], profile: bool = False) -> None:
    """Runs one case once in this process and prints its figures as JSON."""
    run = work(BY_NAME[name], argv)
    before = reset_peak()
    started, cpu = time.perf_counter(), cpu_seconds()
    if profile:
        profiler = cProfile.Profile()
        profiler.runcall(run)
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(25)
        print(out.getvalue(), file=sys.stderr)
    else:
        run()
    figures = {
        "wall": time.perf_counter() - started,
        "seconds": cpu_seconds() - cpu,
        "memory_mb": max(0.0, peak_mb() - before),
    }
    print(json.dumps(figures))


def measure(case: Case, size: int, folder: Path, timeout: float) -> dict[str, float] | None:
    """Figures for one size, from a fresh worker; None when it ran past `timeout`."""
    argv = case.make(size, folder)
    command = [sys.executable, __file__, "--worker", case.name, "--", *argv]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=True)
    except subprocess.TimeoutExpired:
        return None
    except subprocess.CalledProcessError as error:
        sys.exit(f"{case.name} at {size}: worker failed\n{error.stderr}")
    figures: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return figures


def ratio(big: float, small: float, floor: float) -> float:
    return max(big, floor) / max(small, floor)


def report(case: Case, scales: list[int], timeout: float) -> list[str]:
    """Prints one row per size of `case`; returns the ratios above the bar."""
    over: list[str] = []
    print(f"\n{case.name}: {case.what}")
    previous: dict[str, float] | None = None
    for scale in scales:
        size = case.base * scale
        with tempfile.TemporaryDirectory() as tmp:
            figures = measure(case, size, Path(tmp), timeout)
        if figures is None:
            print(f"  {scale:>4}x  N={size:<10,} over {timeout:.0f} s: larger sizes skipped")
            over.append(f"{case.name} {scale}x: over {timeout:.0f} s")
            break
        line = f"  {scale:>4}x  N={size:<10,} {figures['seconds']:7.2f} s cpu "
        line += f"{figures['wall']:7.2f} s wall {figures['memory_mb']:7.1f} MB"
        if previous is not None:
            t = ratio(figures["seconds"], previous["seconds"], TIME_FLOOR)
            m = ratio(figures["memory_mb"], previous["memory_mb"], MEMORY_FLOOR)
            line += f"   x{t:5.1f} time  x{m:5.1f} memory"
            if t > RATIO_BAR or m > RATIO_BAR:
                over.append(f"{case.name} {scale}x: x{t:.1f} time, x{m:.1f} memory")
                line += "   OVER"
        print(line, flush=True)
        previous = figures
    return over


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", help="comma-separated case names (default: all)")
    parser.add_argument("--scales", default=",".join(map(str, SCALES)))
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds per size")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--profile", nargs=2, metavar=("CASE", "SCALE"))
    parser.add_argument("argv", nargs="*", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.worker, args.argv)
        return
    if args.profile:
        case, scale = BY_NAME[args.profile[0]], int(args.profile[1])
        with tempfile.TemporaryDirectory() as tmp:
            worker(case.name, case.make(case.base * scale, Path(tmp)), profile=True)
        return
    names_wanted = args.cases.split(",") if args.cases else list(BY_NAME)
    unknown = [name for name in names_wanted if name not in BY_NAME]
    if unknown:
        parser.error(f"unknown case {', '.join(unknown)}; known: {', '.join(BY_NAME)}")
    scales = [int(s) for s in args.scales.split(",")]
    over: list[str] = []
    for name in names_wanted:
        over += report(BY_NAME[name], scales, args.timeout)
    print("\nall within the bar (x12 per 10x)" if not over else "\nover the bar:\n  " +
          "\n  ".join(over))  # fmt: skip


if __name__ == "__main__":
    main()
