"""Tests for extraction on several processes: the same bytes out as one process, in order."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from quotes.cli import app
from quotes.engine.composer import ExtractOptions
from quotes.indexing import index_articles
from quotes.models import Article
from quotes.parallel import CHUNK_ARTICLES, default_jobs, documents, map_articles
from quotes.store import rows as store_rows
from quotes.store.database import open_store

SEED = Path(__file__).resolve().parents[1] / "seeds" / "reuters-nato-russia.txt"
NAMES = [("Jane", "Okafor"), ("Peter", "Lindqvist"), ("Amara", "Moreau"), ("Kenji", "Tanaka")]
# More articles than two chunks, so that the pool is really used.
ARTICLE_COUNT = 3 * CHUNK_ARTICLES + 5


def article_text(number: int) -> str:
    """A short article whose speaker and wording vary with `number`."""
    given, surname = NAMES[number % len(NAMES)]
    text = (
        f'"We will rebuild harbour number {number}," Mayor {given} {surname} said.\n\n'
        f'"Tourism will return by spring," {surname} added.\n'
    )
    if number % 7 == 3:
        text += (
            f'\nThe council met on day {number}. "Nobody asked the fishermen what they think '
            "of the plan, and nobody will ask them\n"
        )
    return text


def write_corpus(folder: Path, broken: bool = True) -> Path:
    """A JSON Lines corpus of ARTICLE_COUNT articles, one line of it broken unless not `broken`."""
    path = folder / "corpus.jsonl"
    lines = [json.dumps({"id": f"a{n:03d}", "text": article_text(n)}) for n in range(ARTICLE_COUNT)]
    if broken:
        lines.insert(20, '{"id": "broken"')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return write_corpus(tmp_path)


def run(*args: str | Path) -> Result:
    """Runs `quotes` with `args`; stdout and stderr apart."""
    return CliRunner().invoke(app, [str(arg) for arg in args])


@pytest.mark.parametrize(
    "options",
    [
        pytest.param(["--format", "jsonl"], id="jsonl"),
        pytest.param(["--format", "jsonl", "--with-text"], id="jsonl-with-text"),
        pytest.param(["--format", "json"], id="json"),
        pytest.param(["--format", "table"], id="table"),
    ],
)
def test_parallel_extract_output_is_the_same_bytes(corpus: Path, options: list[str]) -> None:
    one, two = (run("extract", corpus, *options, "--jobs", j) for j in ("1", "2"))
    assert one.stdout.count("harbour number") >= ARTICLE_COUNT
    assert (two.exit_code, two.stdout) == (one.exit_code, one.stdout)


def test_parallel_extract_reports_the_same_problems(corpus: Path) -> None:
    one, two = (run("extract", corpus, "--jobs", j) for j in ("1", "2"))
    assert "broken" in one.stderr or ":21:" in one.stderr
    assert sorted(two.stderr.splitlines()) == sorted(one.stderr.splitlines())
    assert two.exit_code == one.exit_code == 1


def test_parallel_check_output_is_the_same_bytes(tmp_path: Path) -> None:
    for number in range(ARTICLE_COUNT):
        (tmp_path / f"article-{number:03d}.md").write_text(article_text(number), encoding="utf-8")
    one, two = (run("check", tmp_path, "--format", "json", "--jobs", j) for j in ("1", "2"))
    assert len(json.loads(one.stdout)["files"]) == ARTICLE_COUNT
    assert (two.exit_code, two.stdout) == (one.exit_code, one.stdout)


def test_parallel_export_json_is_the_same_bytes(tmp_path: Path) -> None:
    # a corpus with a broken line is not exported at all, so this one has none
    corpus = write_corpus(tmp_path, broken=False)
    outs = [tmp_path / "one", tmp_path / "two"]
    for out, jobs in zip(outs, ("1", "2"), strict=True):
        assert (
            run("export", corpus, "--out", out, "--format", "json", "--jobs", jobs).exit_code == 0
        )
    files = sorted(path.relative_to(outs[0]) for path in outs[0].rglob("*.json"))
    assert len(files) > len(NAMES)
    for name in files:
        two, one = (outs[1] / name).read_bytes(), (outs[0] / name).read_bytes()
        if name.name == "quotes.json":
            # Its head records the time of each run; the documents must be the same bytes.
            two, one = two.split(b'"documents":', 1)[1], one.split(b'"documents":', 1)[1]
        assert two == one, name


def test_parallel_index_stores_the_same_quotes(corpus: Path, tmp_path: Path) -> None:
    found = []
    for jobs in ("1", "2"):
        db = tmp_path / f"jobs{jobs}.db"
        run("index", corpus, "--db", db, "--jobs", jobs)
        connection = sqlite3.connect(db)
        found.append(
            connection.execute(
                "SELECT document_id, position, text, speaker FROM quotes ORDER BY 1, 2"
            ).fetchall()
            + connection.execute("SELECT * FROM speaker_names ORDER BY 1, 2, 3").fetchall()
            + connection.execute("SELECT * FROM speakers ORDER BY 1").fetchall()
        )
        connection.close()
    assert len(found[0]) > 2 * ARTICLE_COUNT
    assert found[1] == found[0]


def test_parallel_map_keeps_input_order() -> None:
    articles = [Article(id=f"a{n}", text=f"text {n}") for n in range(50)]
    assert list(map_articles(_id_of, articles, jobs=2, chunk_size=3)) == [a.id for a in articles]


def _id_of(article: Article) -> str:
    return article.id


def test_parallel_documents_equal_in_process_documents() -> None:
    articles = [Article(id=f"a{n}", text=article_text(n)) for n in range(ARTICLE_COUNT)]
    options = ExtractOptions()
    assert list(documents(articles, options, jobs=2)) == list(documents(articles, options, 1))


def test_parallel_default_jobs_is_at_least_one() -> None:
    assert default_jobs() >= 1


def test_index_failure_keeps_the_documents_before_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_row = store_rows._quote_row

    def fail_in_third(document, position, quote):  # type: ignore[no-untyped-def]
        if document.id == "a002" and position == 1:
            raise RuntimeError("disk pulled out")
        return real_row(document, position, quote)

    monkeypatch.setattr(store_rows, "_quote_row", fail_in_third)
    articles = [Article(id=f"a{n:03d}", text=article_text(n)) for n in range(5)]
    with open_store(tmp_path / "q.db", create=True) as store, pytest.raises(RuntimeError):
        index_articles(store, articles, ExtractOptions(), jobs=1)
    connection = sqlite3.connect(tmp_path / "q.db")
    stored = connection.execute("SELECT DISTINCT document_id FROM quotes ORDER BY 1").fetchall()
    documents_stored = connection.execute("SELECT id FROM documents ORDER BY 1").fetchall()
    connection.close()
    assert (stored, documents_stored) == ([("a000",), ("a001",)], [("a000",), ("a001",)])


def test_index_interrupted_while_extracting_keeps_finished_documents(tmp_path: Path) -> None:
    def articles_then_interrupt():  # type: ignore[no-untyped-def]
        for n in range(3):
            yield Article(id=f"a{n:03d}", text=article_text(n))
        raise KeyboardInterrupt

    with open_store(tmp_path / "q.db", create=True) as store, pytest.raises(KeyboardInterrupt):
        index_articles(store, articles_then_interrupt(), ExtractOptions(), jobs=1)
    connection = sqlite3.connect(tmp_path / "q.db")
    assert connection.execute("SELECT count(*) FROM documents").fetchone() == (3,)
    connection.close()


WORKERS_THEN_WAIT = """
import multiprocessing, sys, time
from quotes.models import Article
from quotes.parallel import map_articles

def slow(article):
    time.sleep(0.2)
    return article.id

articles = (Article(id=f"a{n}", text="x") for n in range(10_000))
for number, _ in enumerate(map_articles(slow, articles, jobs=2, chunk_size=1)):
    if number == 2:
        print(" ".join(str(child.pid) for child in multiprocessing.active_children()), flush=True)
"""


def running(pid: int) -> bool:
    """True while process `pid` exists and is not a zombie waiting to be reaped."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="utf-8")
    except OSError:
        return False
    return stat.rpartition(")")[2].split()[0] != "Z"


@pytest.mark.skipif(not Path("/proc/self").exists(), reason="reads /proc")
def test_parallel_workers_end_when_their_parent_is_killed() -> None:
    parent = subprocess.Popen(
        [sys.executable, "-c", WORKERS_THEN_WAIT], stdout=subprocess.PIPE, text=True
    )
    assert parent.stdout is not None
    workers = [int(pid) for pid in parent.stdout.readline().split()]
    parent.send_signal(signal.SIGKILL)
    parent.wait()
    deadline = time.monotonic() + 30
    while any(map(running, workers)) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert len(workers) == 2
    assert [pid for pid in workers if running(pid)] == []
