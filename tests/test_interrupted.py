"""`kill -9` at a random moment of `export` or `index` leaves the old or the new state whole.

Each case runs the real command in a subprocess, kills it after a random delay spread over
its whole run (seeded, so that a failure can be replayed), and checks what is left.
"""

from __future__ import annotations

import json
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import openpyxl
import pytest

from quotes.writers.staging import MANIFEST, STAGING, recover

ITERATIONS = 4
FIRST_NAMES = ["Ann", "Ben", "Cara", "Dev", "Eli", "Fay", "Gus", "Hana", "Ivo", "Jo"]
SURNAMES = ["Abara", "Brook", "Celik", "Dunn", "Evans", "Frost", "Gray", "Hale", "Ito", "Joshi"]


def corpus(path: Path, version: int, articles: int = 40) -> Path:
    """A JSON Lines corpus whose texts and speakers depend on `version`."""
    lines = []
    for number in range(articles):
        first = FIRST_NAMES[(number + version) % len(FIRST_NAMES)]
        last = SURNAMES[(number * 3 + version) % len(SURNAMES)]
        text = "\n\n".join(
            f'"Point {part} of article {number}, version {version}," {first} {last}{number} said.'
            for part in range(4)
        )
        lines.append(json.dumps({"id": f"a{number}", "text": text}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def run_quotes(*args: str | Path) -> subprocess.Popen[bytes]:
    """`quotes ARGS` started in a subprocess."""
    command = [sys.executable, "-m", "quotes", *map(str, args)]
    return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def finish(*args: str | Path) -> float:
    """Runs `quotes ARGS` to the end and returns how long it took."""
    started = time.monotonic()
    assert run_quotes(*args).wait() == 0
    return time.monotonic() - started


def kill_at_random(rng: random.Random, longest: float, *args: str | Path) -> None:
    """Starts `quotes ARGS` and kills it with SIGKILL after a random delay, if still running."""
    process = run_quotes(*args)
    try:
        process.wait(timeout=rng.uniform(0, longest))
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGKILL)
        process.wait()


# export ------------------------------------------------------------------------------------------


def export_state(out: Path) -> dict[str, object]:
    """What an export folder shows: every file's bytes, the workbook by its cell values.

    The staging folder is left out: it is hidden, and not part of either export.
    """
    state: dict[str, object] = {}
    for path in sorted(out.rglob("*")):
        name = path.relative_to(out).as_posix()
        if not path.is_file() or name == MANIFEST or name.startswith(f"{STAGING}/"):
            continue
        if path.suffix == ".xlsx":
            # The About sheet records the time of the run, so the sheets are compared instead.
            book = openpyxl.load_workbook(path, read_only=True)
            state[name] = {ws.title: list(ws.values) for ws in book if ws.title != "About"}
            book.close()
        elif name == "quotes.json":
            # Its head records the time of the run too; the documents must match exactly.
            state[name] = path.read_bytes().split(b'"documents":', 1)[1]
        else:
            state[name] = path.read_bytes()
    return state


FORMATS = ("--format", "xlsx,json,claimreview")


@pytest.fixture(scope="module")
def exports(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[list[Path], list[dict[str, object]], float]:
    """Two versions of a corpus, the complete export of each, and the longer export's time."""
    folder = tmp_path_factory.mktemp("exports")
    inputs = [corpus(folder / f"v{version}.jsonl", version) for version in (0, 1)]
    states = []
    longest = 0.0
    for version, path in enumerate(inputs):
        out = folder / f"complete{version}"
        longest = max(longest, finish("export", path, "--out", out, *FORMATS))
        states.append(export_state(out))
    return inputs, states, longest


def test_export_killed_at_random_leaves_old_or_new(
    tmp_path: Path, exports: tuple[list[Path], list[dict[str, object]], float]
) -> None:
    inputs, states, longest = exports
    rng = random.Random(8)
    out = tmp_path / "out"
    finish("export", inputs[0], "--out", out, *FORMATS)
    current = 0
    for _ in range(ITERATIONS):
        wanted = 1 - current
        kill_at_random(rng, 1.5 * longest, "export", inputs[wanted], "--out", out, *FORMATS)
        # A kill during the switch leaves a committed staging folder; the next export (or
        # recover) finishes it before anything else, and that is when the folder is whole.
        if not (out / STAGING / MANIFEST).is_file():
            assert export_state(out) in (states[current], states[wanted])
        recover(out)
        state = export_state(out)
        assert state in (states[current], states[wanted])
        current = states.index(state)
        assert not (out / STAGING).exists()


def test_two_exports_into_one_folder_at_once_leave_one_whole(
    tmp_path: Path, exports: tuple[list[Path], list[dict[str, object]], float]
) -> None:
    inputs, states, _ = exports
    out = tmp_path / "out"
    out.mkdir()
    runs = [run_quotes("export", path, "--out", out, *FORMATS) for path in inputs]
    assert [run.wait() for run in runs] == [0, 0]
    assert export_state(out) in states


# index -------------------------------------------------------------------------------------------


def stored(db: Path) -> dict[str, tuple[str, list[str]]]:
    """Every stored article: its content hash and the texts of its quotes in order."""
    with sqlite3.connect(db) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        documents = connection.execute("SELECT id, content_hash, quote_count FROM documents")
        result = {}
        for id, digest, count in documents.fetchall():
            texts = [
                text
                for (text,) in connection.execute(
                    "SELECT text FROM quotes WHERE document_id = ? ORDER BY position", (id,)
                )
            ]
            assert len(texts) == count, f"{id}: half stored"
            result[id] = (digest, texts)
        # Speakers not marked out of date agree with the quotes: no quote counted that is
        # not stored. (Marked ones are rebuilt before the next query reads them.)
        (stale,) = connection.execute("SELECT stale FROM registry_state").fetchone()
        counted, attributed = connection.execute(
            "SELECT (SELECT coalesce(sum(quote_count), 0) FROM speakers), "
            "(SELECT count(*) FROM quotes WHERE speaker IS NOT NULL)"
        ).fetchone()
        assert stale or counted == attributed
    return result


def test_index_killed_at_random_keeps_each_article_old_or_new(tmp_path: Path) -> None:
    rng = random.Random(8)
    inputs = [corpus(tmp_path / f"v{version}.jsonl", version) for version in (0, 1)]
    versions = []
    longest = 0.0
    for version, path in enumerate(inputs):
        db = tmp_path / f"complete{version}.db"
        longest = max(longest, finish("index", path, "--db", db))
        versions.append(stored(db))
    db = tmp_path / "quotes.db"
    finish("index", inputs[0], "--db", db)
    for iteration in range(ITERATIONS):
        kill_at_random(rng, 1.5 * longest, "index", inputs[(iteration + 1) % 2], "--db", db)
        for id, article in stored(db).items():
            assert article in (versions[0][id], versions[1][id]), id
