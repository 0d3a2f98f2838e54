"""Tests for `quotes cluster`: a 2-worker local Dask cluster gives the single-process records."""

from __future__ import annotations

import gzip
import json
import os
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from quotes.cli import app
from quotes.cluster import ClusterOptions, Shard, plan_shards, process_shard, run_cluster
from quotes.engine.composer import ExtractOptions
from quotes.errors import DependencyError, InputError, OutputError

pytest.importorskip("dask.distributed")
pytest.importorskip("fsspec")
duckdb = pytest.importorskip("duckdb")

NAMES = [("Jane", "Okafor"), ("Peter", "Lindqvist"), ("Amara", "Moreau")]
SHARDS = 3
ARTICLES_PER_SHARD = 6


def article_text(number: int) -> str:
    """A short article whose speaker and wording vary with `number`."""
    given, surname = NAMES[number % len(NAMES)]
    return (
        f'"We will rebuild pier {number}," Mayor {given} {surname} said.\n\n'
        f'"Tourism will return by spring," {surname} added.\n'
    )


def run(*args: str | Path) -> Result:
    return CliRunner().invoke(app, [str(arg) for arg in args])


# The environment just before the cluster run, which the run must leave as it found it.
ENVIRONMENT_BEFORE: dict[str, str] = {}


@pytest.fixture(scope="module")
def cluster_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Result]:
    """Shards written plain, the last also gzipped, run once on a 2-worker local cluster."""
    folder = tmp_path_factory.mktemp("cluster")
    for shard in range(SHARDS):
        lines = [
            json.dumps({"id": f"s{shard}-{n}", "text": article_text(shard * 10 + n)})
            for n in range(ARTICLES_PER_SHARD)
        ]
        data = ("\n".join(lines) + "\n").encode("utf-8")
        (folder / f"shard{shard}.jsonl").write_bytes(data)
    (folder / "zipped.jsonl.gz").write_bytes(gzip.compress(data))
    inputs = [str(folder / "shard*.jsonl"), str(folder / "zipped.jsonl.gz")]
    ENVIRONMENT_BEFORE.update(os.environ)
    result = run(
        "cluster", *inputs, "--out", folder / "out", "--workers", "2", "-f", "jsonl,parquet"
    )
    return folder, result


def single_process(path: Path) -> str:
    """What `quotes extract PATH --format jsonl --jobs 1` prints."""
    return run("extract", path, "--format", "jsonl", "--jobs", "1").stdout


def test_cluster_leaves_the_callers_environment_as_it_was(cluster_run: tuple[Path, Result]) -> None:
    # Dask sets MALLOC_TRIM_THRESHOLD_=65536 for its workers in the calling process; left
    # there, it made a large article's extraction in this test run ten times slower
    pytest_own = "PYTEST_CURRENT_TEST"
    after = {key: value for key, value in os.environ.items() if key != pytest_own}
    assert after == {key: value for key, value in ENVIRONMENT_BEFORE.items() if key != pytest_own}


def test_cluster_run_succeeds(cluster_run: tuple[Path, Result]) -> None:
    _, result = cluster_run
    assert result.exit_code == 0, result.output
    assert "4 shards, 24 articles" in result.output


@pytest.mark.parametrize("shard", range(SHARDS))
def test_cluster_shard_is_the_single_process_output(
    cluster_run: tuple[Path, Result], shard: int
) -> None:
    folder, _ = cluster_run
    produced = (folder / "out" / f"part-{shard:05d}.jsonl").read_text(encoding="utf-8")
    assert produced == single_process(folder / f"shard{shard}.jsonl")


def test_cluster_compressed_shard_has_the_same_records(cluster_run: tuple[Path, Result]) -> None:
    folder, _ = cluster_run
    plain = [json.loads(line) for line in single_process(folder / "shard2.jsonl").splitlines()]
    produced = (folder / "out" / "part-00003.jsonl").read_text(encoding="utf-8").splitlines()
    zipped = [json.loads(line) for line in produced]
    assert {record.pop("path") for record in zipped} == {str(folder / "zipped.jsonl.gz")}
    assert zipped == [{k: v for k, v in record.items() if k != "path"} for record in plain]


def test_cluster_parquet_shard_has_one_row_per_quote(cluster_run: tuple[Path, Result]) -> None:
    folder, _ = cluster_run
    records = [json.loads(line) for line in single_process(folder / "shard0.jsonl").splitlines()]
    connection = duckdb.connect()
    rows = connection.execute(
        f"SELECT count(*) FROM read_parquet('{folder / 'out' / 'part-00000.parquet'}')"
    ).fetchall()
    connection.close()
    assert rows == [(sum(len(record["quotes"]) for record in records),)]


def test_cluster_manifest_counts_each_shard(cluster_run: tuple[Path, Result]) -> None:
    folder, _ = cluster_run
    manifest = json.loads((folder / "out" / "manifest.json").read_text(encoding="utf-8"))
    assert [shard["articles"] for shard in manifest["shards"]] == [ARTICLES_PER_SHARD] * 4


def test_cluster_glob_without_matches_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no file matches this pattern"):
        plan_shards([str(tmp_path / "none*.jsonl")], str(tmp_path / "out"), ["jsonl"])


def test_cluster_output_onto_an_input_is_refused_before_any_work(tmp_path: Path) -> None:
    # a second run over data/*.jsonl -o data finds the first run's part files among its inputs
    first = tmp_path / "part-00000.jsonl"
    first.write_text('{"id": "a", "text": "No quotes."}\n', encoding="utf-8")
    (tmp_path / "zz.jsonl").write_text('{"id": "b", "text": "No quotes."}\n', encoding="utf-8")
    with pytest.raises(OutputError, match=r"part-00000.jsonl: is also an input"):
        plan_shards([str(tmp_path / "*.jsonl")], str(tmp_path / "." / ""), ["jsonl"])
    assert first.read_text(encoding="utf-8") == '{"id": "a", "text": "No quotes."}\n'
    assert len(plan_shards([str(tmp_path / "*.jsonl")], str(tmp_path / "out"), ["jsonl"])) == 2


def test_cluster_unknown_format_is_an_output_error(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="unknown output format csv"):
        plan_shards([str(tmp_path / "a.jsonl")], str(tmp_path / "out"), ["csv"])


def test_cluster_without_dask_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "dask.distributed", None)
    (tmp_path / "a.jsonl").write_text('{"id": "a", "text": "No quotes."}\n', encoding="utf-8")
    with pytest.raises(DependencyError, match=r"pip install 'quotes\[cluster\]'"):
        run_cluster([str(tmp_path / "a.jsonl")], str(tmp_path / "out"), ClusterOptions(workers=1))


def test_cluster_shard_reports_bad_lines_and_keeps_the_rest(tmp_path: Path) -> None:
    source = tmp_path / "shard.jsonl"
    good = json.dumps({"id": "a", "text": article_text(1)})
    source.write_text(f'{good}\n{{"id": "b"}}\n', encoding="utf-8")
    shard = Shard(0, str(source), str(tmp_path / "out"), ("jsonl",))
    report = process_shard(shard, ExtractOptions())
    assert (report.articles, report.problems) == (
        1,
        (f'{source}:2: "text" is missing; each line needs "id" and "text"',),
    )
    assert (tmp_path / "out" / "part-00000.jsonl").read_text(encoding="utf-8").count("\n") == 1


def test_cluster_runs_on_a_given_scheduler_and_leaves_it_running(
    cluster_run: tuple[Path, Result],
) -> None:
    from dask.distributed import Client, LocalCluster

    folder, _ = cluster_run
    with LocalCluster(
        n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        options = ClusterOptions(scheduler=cluster.scheduler_address)
        report = run_cluster([str(folder / "shard1.jsonl")], str(folder / "remote"), options)
        with Client(cluster.scheduler_address) as client:
            assert len(client.scheduler_info()["workers"]) == 1
    produced = (folder / "remote" / "part-00000.jsonl").read_text(encoding="utf-8")
    assert (report.articles, produced) == (
        ARTICLES_PER_SHARD,
        single_process(folder / "shard1.jsonl"),
    )
