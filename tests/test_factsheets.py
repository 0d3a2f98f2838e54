"""Tests for JSON fact sheets and ClaimReview skeletons, against golden files."""

from __future__ import annotations

import datetime
import json
import os
from pathlib import Path

import pytest

from quotes.models import ArticleMetadata
from quotes.writers.factsheets import CLAIM_LENGTH, cut, write_claim_reviews, write_fact_sheets
from tests.conftest import ListSource, quote_entry, speaker_entry

GOLDEN = Path(__file__).parent / "golden"
# Set QUOTES_UPDATE_GOLDEN=1 to rewrite the golden files after an intended change.
UPDATE = os.environ.get("QUOTES_UPDATE_GOLDEN") == "1"

# Written for these tests: two articles, a shared surname, an official and a quote with no speaker.
SAMPLES = {
    "council": (
        "The council met on Monday.\n\n"
        '"We will rebuild the bridge by spring," Mayor Ana Lopez told reporters.\n\n'
        '"The money is already there," Lopez added.\n'
    ),
    "budget": (
        "The budget passed late at night.\n\n"
        '"=1+1 is not how you balance a budget," said Tom Lopez, a councillor.\n\n'
        'A banner read: "Save our bridge before it is too late for all of us."\n'
    ),
    "market": (
        "Traders were unhappy on Friday.\n\n"
        '"It is a fair deal for everyone," Lopez said.\n\n'
        '"Nobody asked the traders first," said a senior official.\n'
    ),
}


COUNCIL_METADATA = ArticleMetadata(
    headline="Mayor promises a new bridge by spring",
    url="https://ledger.example/news/bridge",
    outlet="The Riverton Ledger",
    published=datetime.datetime(
        2024, 3, 5, 9, 30, tzinfo=datetime.timezone(datetime.timedelta(hours=-5))
    ),
    authors=["Sarah Hughes"],
)


def golden(path: Path, name: str) -> None:
    """Compares the file at `path` with tests/golden/`name`, or rewrites it when updating."""
    expected = GOLDEN / name
    if UPDATE:
        expected.parent.mkdir(parents=True, exist_ok=True)
        expected.write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    assert json.loads(path.read_text(encoding="utf-8")) == json.loads(
        expected.read_text(encoding="utf-8")
    )


@pytest.fixture
def exported(tmp_path: Path, make_document) -> Path:  # type: ignore[no-untyped-def]
    """The JSON and ClaimReview export of the sample articles."""

    from quotes.writers.export import ExportOptions, export

    documents = [make_document(id, text, path=f"samples/{id}.txt") for id, text in SAMPLES.items()]
    documents[0] = documents[0].model_copy(update={"metadata": COUNCIL_METADATA})
    options = ExportOptions(tmp_path, ("json", "claimreview"))
    export(documents, options, datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC))
    return tmp_path


@pytest.mark.parametrize(
    "name",
    [
        "quotes.json",
        "speakers/ana-lopez.json",
        "speakers/tom-lopez.json",
        "speakers/lopez.json",
        "speakers/a-senior-official.json",
        "claimreview/ana-lopez.jsonld",
    ],
)
def test_factsheets_match_golden_files(exported: Path, name: str) -> None:
    golden(exported / name, name)


def test_factsheets_one_file_per_speaker(exported: Path) -> None:
    assert sorted(p.name for p in (exported / "speakers").iterdir()) == [
        "a-senior-official.json",
        "ana-lopez.json",
        "lopez.json",
        "tom-lopez.json",
    ]


def test_factsheet_quotes_match_speaker_count(exported: Path) -> None:
    sheet = json.loads((exported / "speakers/ana-lopez.json").read_text(encoding="utf-8"))
    assert len(sheet["quotes"]) == sheet["speaker"]["quote_count"]


def test_claimreview_is_json_ld_with_required_fields(exported: Path) -> None:
    data = json.loads((exported / "claimreview/ana-lopez.jsonld").read_text(encoding="utf-8"))
    review = data["@graph"][0]
    assert (data["@context"], review["@type"], review["itemReviewed"]["@type"]) == (
        "https://schema.org",
        "ClaimReview",
        "Claim",
    )


@pytest.mark.parametrize(
    "field", ["claimReviewed", "itemReviewed", "reviewRating", "author", "url", "datePublished"]
)
def test_claimreview_has_field(tmp_path: Path, field: str) -> None:
    source = ListSource([quote_entry()])
    path = write_claim_reviews(tmp_path, [speaker_entry()], source)[0]
    assert field in json.loads(path.read_text(encoding="utf-8"))["@graph"][0]


def test_claimreview_author_is_person_with_job_title(tmp_path: Path) -> None:
    path = write_claim_reviews(tmp_path, [speaker_entry()], ListSource([quote_entry()]))[0]
    author = json.loads(path.read_text(encoding="utf-8"))["@graph"][0]["itemReviewed"]["author"]
    assert author == {"@type": "Person", "name": "Jane Doe", "jobTitle": "Senator"}


def test_claimreview_cuts_long_claim(tmp_path: Path) -> None:
    source = ListSource([quote_entry("word " * 200)])
    path = write_claim_reviews(tmp_path, [speaker_entry()], source)[0]
    claim = json.loads(path.read_text(encoding="utf-8"))["@graph"][0]["claimReviewed"]
    assert len(claim) <= CLAIM_LENGTH and claim.endswith("…")


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [
        pytest.param("short", 10, "short", id="fits"),
        pytest.param("one two three four", 12, "one two…", id="word-boundary"),
        pytest.param("x" * 20, 10, "x" * 9 + "…", id="no-space"),
    ],
)
def test_cut_shortens_at_word_boundary(text: str, limit: int, expected: str) -> None:
    assert cut(text, limit) == expected


def test_fact_sheet_path_is_slug(tmp_path: Path) -> None:
    paths = write_fact_sheets(tmp_path, [speaker_entry()], ListSource([quote_entry()]))
    assert paths == [tmp_path / "jane-doe.json"]


def appeared(document_id: str, article: ArticleMetadata | None, text: str = "We will win."):  # type: ignore[no-untyped-def]
    """The sample quote as it appeared in the article `document_id`."""
    return quote_entry(text).model_copy(update={"document_id": document_id, "article": article})


def claim_reviews(tmp_path: Path, entries: list) -> list[dict]:  # type: ignore[type-arg]
    path = write_claim_reviews(tmp_path, [speaker_entry()], ListSource(entries))[0]
    return json.loads(path.read_text(encoding="utf-8"))["@graph"]  # type: ignore[no-any-return]


def test_claimreview_one_claim_in_several_articles_lists_every_appearance(tmp_path: Path) -> None:
    later = ArticleMetadata(url="https://b.example/2", published=datetime.date(2024, 3, 9))
    earlier = ArticleMetadata(url="https://a.example/1", published=datetime.date(2024, 3, 2))
    entries = [
        appeared("b", later),
        appeared("undated", None, "we will  WIN"),
        appeared("a", earlier),
    ]
    (review,) = claim_reviews(tmp_path, entries)
    claim = review["itemReviewed"]
    assert [work.get("url", work.get("identifier")) for work in claim["appearance"]] == [
        "https://b.example/2",
        "undated",
        "https://a.example/1",
    ]
    assert claim["firstAppearance"] == {
        "@type": "CreativeWork",
        "url": "https://a.example/1",
        "datePublished": "2024-03-02",
    }


def test_claimreview_leaves_out_what_nobody_knows(tmp_path: Path) -> None:
    (review,) = claim_reviews(tmp_path, [appeared("sample", ArticleMetadata(outlet="Wire"))])
    claim = review["itemReviewed"]
    assert claim["appearance"] == [
        {
            "@type": "CreativeWork",
            "identifier": "sample",
            "publisher": {"@type": "Organization", "name": "Wire"},
        }
    ]
    assert "firstAppearance" not in claim


def test_factsheet_entries_carry_their_article(exported: Path) -> None:
    sheet = json.loads((exported / "speakers/ana-lopez.json").read_text(encoding="utf-8"))
    assert {entry["article"]["outlet"] for entry in sheet["quotes"]} == {"The Riverton Ledger"}
