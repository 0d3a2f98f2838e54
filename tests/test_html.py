"""Tests for web pages: the story's text without the page around it, and the page's metadata."""

from __future__ import annotations

import datetime
import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from quotes import extract, load_documents
from quotes.cli import app
from quotes.errors import InputError
from quotes.models import Article, ArticleMetadata, Document

FIXTURES = Path(__file__).parent / "fixtures" / "provenance"
PAGE = FIXTURES / "bridge.html"
EST = datetime.timezone(datetime.timedelta(hours=-5))


def load_one(path: Path) -> Article:
    (article,) = load_documents([path])
    return article


def said(document: Document) -> list[tuple[str, str | None]]:
    """Each quote's text and its speaker's name."""
    return [(q.text, q.speaker.name if q.speaker else None) for q in document.quotes]


def test_html_page_gives_the_quotes_of_the_story_as_plain_text() -> None:
    page = extract(load_one(PAGE))
    assert said(page) == said(extract(load_one(FIXTURES / "bridge.txt")))


def test_html_page_metadata_is_what_the_page_states() -> None:
    assert load_one(PAGE).metadata == ArticleMetadata(
        headline="Mayor vows to rebuild Elm Street bridge within two years",
        url="https://ledger.example/news/2024/03/05/elm-street-bridge",
        outlet="The Riverton Ledger",
        published=datetime.datetime(2024, 3, 5, 9, 30, tzinfo=EST),
        authors=["Sarah Hughes"],
        language="en",
    )


@pytest.mark.parametrize(
    "left_out",
    [
        pytest.param("Subscribe", id="navigation"),
        pytest.param("lean", id="related-stories"),
        pytest.param("scar on the city", id="photo-caption"),
        pytest.param("Unsafe for anyone", id="read-more-link"),
        pytest.param("Share on Social", id="share-buttons"),
        pytest.param("believe it", id="comments"),
        pytest.param("All rights reserved", id="footer"),
        pytest.param("dataLayer", id="scripts"),
    ],
)
def test_html_page_text_leaves_out_what_is_not_the_story(left_out: str) -> None:
    assert left_out not in load_one(PAGE).text


def test_html_page_text_decodes_entities_and_keeps_paragraphs() -> None:
    lines = load_one(PAGE).text.split("\n")
    assert lines[-1] == "Park said a temporary footbridge would open by the end of April."
    assert lines[1].startswith("RIVERTON — Mayor Ellen Park promised")
    assert "“It's a start,” said Angela Brooks" in lines[5]


def test_extract_with_text_lets_every_offset_be_checked() -> None:
    result = CliRunner().invoke(app, ["extract", str(PAGE), "--format", "jsonl", "--with-text"])
    assert result.exit_code == 0
    record = json.loads(result.stdout)
    assert record["metadata"]["outlet"] == "The Riverton Ledger"
    assert [record["text"][q["start"] : q["end"]] for q in record["quotes"]] == [
        q["text"] for q in record["quotes"]
    ]


@pytest.mark.parametrize("name", ["saved-page.txt", "saved-page", "saved-page.php"])
def test_a_page_that_sniffs_as_html_is_read_as_html(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    shutil.copy(PAGE, path)
    article = load_one(path)
    assert article.metadata is not None and article.metadata.outlet == "The Riverton Ledger"
    assert "<p>" not in article.text


def test_page_without_json_ld_falls_back_to_meta_tags_and_title(tmp_path: Path) -> None:
    path = tmp_path / "p.html"
    path.write_text(
        "<html><head><title>Council backs plan | Valley Times</title>"
        '<meta property="og:site_name" content="Valley Times">'
        '<meta name="date" content="2024-05-01">'
        '<link rel="canonical" href="https://valley.example/plan"></head>'
        "<body><article><p>"
        + "The council voted 7-2 on Monday to back the plan after a long debate. "
        * 4
        + '</p><p>"This is the right call for the valley," Mayor Ann Lee said.</p>'
        "</article></body></html>",
        encoding="utf-8",
    )
    article = load_one(path)
    assert article.metadata == ArticleMetadata(
        headline="Council backs plan",
        url="https://valley.example/plan",
        outlet="Valley Times",
        published=datetime.date(2024, 5, 1),
    )
    assert said(extract(article)) == [("This is the right call for the valley,", "Ann Lee")]


def test_page_with_no_article_text_is_one_error(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>", "utf-8")
    with pytest.raises(InputError) as caught:
        load_one(path)
    assert str(caught.value) == f"{path}: no article text found in this page"


def test_a_20_mb_page_is_one_error_and_the_next_input_is_still_read(tmp_path: Path) -> None:
    huge = tmp_path / "huge.html"
    huge.write_bytes(b"<html><body><p>" + b"word " * (4 * 1024 * 1024) + b"</p></body></html>")
    result = CliRunner().invoke(app, ["extract", str(huge), str(PAGE), "--format", "jsonl"])
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == (
        f"Error: {huge}: page too large (20.0 MiB; the limit is 10 MiB)"
    )
    assert json.loads(result.stdout)["id"] == "bridge"


def test_an_html_fragment_named_html_is_read_as_html(tmp_path: Path) -> None:
    path = tmp_path / "fragment.html"
    body = "The council voted 7-2 on Monday to back the plan after a long debate. " * 4
    path.write_text(
        f"<p>{body}</p>\n<p>&ldquo;It&#39;s done,&rdquo; Mayor Ann Lee said.</p>", "utf-8"
    )
    assert said(extract(load_one(path))) == [("It's done,", "Ann Lee")]


def test_page_with_teaser_articles_still_gives_the_story(tmp_path: Path) -> None:
    story = PAGE.read_text(encoding="utf-8")
    teaser = (
        '<article class="teaser"><h3><a href="/other">“Never again,” says coach</a></h3>'
        "<p>Read the interview.</p></article>"
    )
    path = tmp_path / "teasers.html"
    path.write_text(story.replace("</main>", teaser + "</main>"), encoding="utf-8")
    assert said(extract(load_one(path))) == said(extract(load_one(PAGE)))


def test_a_page_on_stdin_is_read_as_html() -> None:
    result = CliRunner().invoke(app, ["extract", "-", "--format", "jsonl"], input=PAGE.read_bytes())
    assert result.exit_code == 0
    assert json.loads(result.stdout)["metadata"]["outlet"] == "The Riverton Ledger"


def test_a_broken_json_ld_block_leaves_the_meta_tags(tmp_path: Path) -> None:
    page = PAGE.read_text(encoding="utf-8").replace('"@type": "NewsArticle",', '"@type": ,')
    path = tmp_path / "broken.html"
    path.write_text(page, encoding="utf-8")
    metadata = load_one(path).metadata
    assert metadata is not None
    assert (metadata.headline, metadata.outlet, metadata.published) == (
        "Mayor vows to rebuild Elm Street bridge within two years",
        "The Riverton Ledger",
        datetime.datetime(2024, 3, 5, 9, 30, tzinfo=EST),
    )
