"""A saved news page's headline, date, outlet and canonical URL reach every output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from quotes.cli import app

PAGE = Path(__file__).parent / "fixtures" / "provenance" / "bridge.html"
HEADLINE = "Mayor vows to rebuild Elm Street bridge within two years"
URL = "https://ledger.example/news/2024/03/05/elm-street-bridge"
OUTLET = "The Riverton Ledger"
PUBLISHED = "2024-03-05T09:30:00-05:00"


def invoke(*args: str) -> str:
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("export")
    invoke("export", str(PAGE), "--out", str(out), "--format", "json,claimreview")
    return out


def test_extract_jsonl_carries_the_page_metadata() -> None:
    record = json.loads(invoke("extract", str(PAGE), "--format", "jsonl"))
    metadata = record["metadata"]
    assert (metadata["headline"], metadata["url"], metadata["outlet"], metadata["published"]) == (
        HEADLINE,
        URL,
        OUTLET,
        PUBLISHED,
    )


def test_quotes_json_carries_the_page_metadata(exported: Path) -> None:
    (document,) = json.loads((exported / "quotes.json").read_text(encoding="utf-8"))["documents"]
    assert document["metadata"]["url"] == URL


@pytest.mark.parametrize("slug", ["ellen-park", "tom-reyes", "angela-brooks"])
def test_every_fact_sheet_quote_carries_the_page_metadata(exported: Path, slug: str) -> None:
    sheet = json.loads((exported / "speakers" / f"{slug}.json").read_text(encoding="utf-8"))
    articles = [entry["article"] for entry in sheet["quotes"]]
    assert articles and all(
        (a["headline"], a["url"], a["outlet"], a["published"]) == (HEADLINE, URL, OUTLET, PUBLISHED)
        for a in articles
    )


def test_claimreview_appearance_is_the_page(exported: Path) -> None:
    graph = json.loads((exported / "claimreview" / "ellen-park.jsonld").read_text("utf-8"))
    work = {
        "@type": "CreativeWork",
        "url": URL,
        "headline": HEADLINE,
        "datePublished": PUBLISHED,
        "publisher": {"@type": "Organization", "name": OUTLET},
        "author": [{"@type": "Person", "name": "Sarah Hughes"}],
    }
    for review in graph["@graph"]:
        assert review["itemReviewed"]["appearance"] == [work]
        assert review["itemReviewed"]["firstAppearance"] == work


def test_who_and_search_show_outlet_and_date(tmp_path: Path) -> None:
    db = str(tmp_path / "q.db")
    CliRunner().invoke(app, ["index", str(PAGE), "--db", db])
    who = invoke("who", "reyes", "--db", db)
    assert who.splitlines()[1] == f"  {PAGE} ¶5 · {OUTLET} · 2024-03-05 · cue: said"
    search = invoke("search", "slogan", "--db", db)
    assert search.splitlines()[0] == f"  {PAGE} ¶5 · {OUTLET} · 2024-03-05 · Tom Reyes · cue: said"
    json_hit = json.loads(invoke("search", "slogan", "--db", db, "--format", "json"))[0]
    assert json_hit["quote"]["article"]["url"] == URL


@pytest.mark.parametrize(
    ("option", "value", "found"),
    [
        pytest.param("--since", "2024-03-05", True, id="since-same-day"),
        pytest.param("--since", "2024-03-06", False, id="since-later"),
        pytest.param("--until", "2024-03-04", False, id="until-earlier"),
    ],
)
def test_who_since_and_until_filter_by_publication_date(
    tmp_path: Path, option: str, value: str, found: bool
) -> None:
    db = str(tmp_path / "q.db")
    CliRunner().invoke(app, ["index", str(PAGE), "--db", db])
    result = CliRunner().invoke(app, ["who", "reyes", "--db", db, option, value])
    # No speaker in the period exits 1, as grep does.
    assert result.exit_code == (0 if found else 1)
    assert ("Tom Reyes" in result.stdout) is found


def test_who_refuses_a_date_that_is_not_a_date(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app, ["who", "reyes", "--db", str(tmp_path / "q.db"), "--since", "March"]
    )
    assert result.exit_code == 2
    assert "'March' is not a date as YYYY-MM-DD" in result.output


def test_extract_table_names_the_article_under_its_file() -> None:
    lines = invoke("extract", str(PAGE), "--format", "table").splitlines()
    assert lines[1] == f"  {OUTLET} · {PUBLISHED} · “{HEADLINE}” · {URL}"
