"""Tests for Markdown and text articles: front matter as metadata, Markdown syntax as markup."""

from __future__ import annotations

import datetime
import itertools
from pathlib import Path

import pytest
from typer.testing import CliRunner

from quotes import extract, load_documents
from quotes.cli import app
from quotes.models import Article, Document
from quotes.readers.markdown import markup_ranges

FIXTURES = Path(__file__).parent / "fixtures" / "provenance"


def extract_file(path: Path, warned: list[str] | None = None) -> Document:
    """The one document extracted from the file at `path`; its warnings go to `warned`."""
    (article,) = load_documents([path], on_warning=(warned if warned is not None else []).append)
    return extract(article)


def said(document: Document) -> list[tuple[str, str | None]]:
    """Each quote's text and its speaker's name."""
    return [(q.text, q.speaker.name if q.speaker else None) for q in document.quotes]


def test_markdown_front_matter_is_metadata() -> None:
    metadata = extract_file(FIXTURES / "bridge.md").metadata
    assert metadata is not None
    assert (metadata.headline, metadata.outlet, metadata.url, metadata.authors) == (
        "Mayor vows to rebuild Elm Street bridge within two years",
        "The Riverton Ledger",
        "https://ledger.example/news/2024/03/05/elm-street-bridge",
        ["Sarah Hughes"],
    )
    tz = datetime.timezone(datetime.timedelta(hours=-5))
    assert metadata.published == datetime.datetime(2024, 3, 5, 9, 30, tzinfo=tz)


def test_markdown_gives_the_quotes_of_the_plain_text() -> None:
    assert said(extract_file(FIXTURES / "bridge.md")) == said(extract_file(FIXTURES / "bridge.txt"))


def test_markdown_text_is_the_file_as_written_and_offsets_hold() -> None:
    path = FIXTURES / "bridge.md"
    document = extract_file(path)
    text = path.read_text(encoding="utf-8")
    assert document.text == text
    lines = text.split("\n")
    for quote in document.quotes:
        assert text[quote.start : quote.end] == quote.text
        assert lines[quote.line - 1][quote.column - 1] == '"'


@pytest.mark.parametrize(
    "source",
    [
        pytest.param('---\ntitle: "Mayor vows to act"\n---\nNo quotes here.\n', id="title"),
        pytest.param('---\nauthor: "Sarah Hughes"\n---\nNo quotes here.\n', id="author"),
        pytest.param('See [it](https://x.example "The report").\n', id="link-title"),
        pytest.param('![A photo](/a.jpg "The bridge at dawn")\n', id="image-title"),
        pytest.param('[ref]: https://x.example "Reference title"\n', id="reference"),
        pytest.param('Run `say "hello world" now`.\n', id="code-span"),
        pytest.param('```\nprint("hello world")\n```\n', id="code-block"),
    ],
)
def test_markdown_syntax_is_not_read_as_quotes(tmp_path: Path, source: str) -> None:
    path = tmp_path / "a.md"
    path.write_text(source, encoding="utf-8")
    document = extract_file(path)
    assert (document.quotes, document.skipped) == ([], [])


def test_markdown_emphasis_around_a_quote_does_not_hide_it(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text('*"We will win this,"* **Ann Lee** said.\n', encoding="utf-8")
    assert said(extract_file(path)) == [("We will win this,", "Ann Lee")]


def test_markup_ranges_keep_link_words() -> None:
    text = "Read [the full report](https://x.example) now."
    kept = "".join(
        text[start:end]
        for start, end in zip(
            [0, *(e for _, e in markup_ranges(text))],
            [*(s for s, _ in markup_ranges(text)), len(text)],
            strict=True,
        )
    )
    assert kept == "Read the full report now."


def test_text_file_front_matter_is_metadata_and_stars_stay_text(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text('---\nsource: Wire\n---\n"Yes," Ann said *twice*.\n', encoding="utf-8")
    (article,) = load_documents([path])
    assert article.metadata is not None and article.metadata.outlet == "Wire"
    assert article.markup == [(0, len("---\nsource: Wire\n---\n"))]


def test_front_matter_that_is_not_yaml_warns_and_is_still_not_text(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text('---\ntitle: "open\n  - [\n---\n"Yes," Ann said.\n', encoding="utf-8")
    errors: list[str] = []
    document = extract_file(path, errors)
    assert document.metadata is None
    assert said(document) == [("Yes,", "Ann")]
    assert len(errors) == 1
    assert str(errors[0]).startswith(f"{path}: front matter is not valid YAML at line")


def test_article_markup_must_lie_inside_the_text() -> None:
    with pytest.raises(ValueError, match="markup range 0:9 is outside"):
        Article(id="a", text="short", markup=[(0, 9)])


def test_check_points_into_the_markdown_file_as_written(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text(
        '---\ntitle: "A headline"\n---\n# Council\n\nThe vote was close.\n\n'
        '**"This is a disaster for the town,"** one line read.\n',
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["check", str(path)])
    assert result.exit_code == 1
    assert result.stdout.splitlines()[0] == (
        f'{path}:8:3: unattributed quote "This is a disaster for the…"'
    )


def test_markup_ranges_stay_linear_on_a_long_file() -> None:
    text = "Run `a` and [b](c) with *d* now. " * 5000
    ranges = markup_ranges(text)
    assert len(ranges) == 5 * 5000
    assert all(end < next_start for (_, end), (next_start, _) in itertools.pairwise(ranges))


def test_markdown_long_sentence_keeps_its_text_cut_as_written(tmp_path: Path) -> None:
    path = tmp_path / "long.md"
    words = " ".join(["*very*"] * 200)
    path.write_text(f'It was a {words} long day, and "we are done," Ann Lee said.\n', "utf-8")
    document = extract_file(path)
    (quote,) = document.quotes
    assert quote.sentence.text == document.text[: len(quote.sentence.text)]
    assert len(quote.sentence.text) == 600
    Document.model_validate({**document.model_dump(), "text": document.text})
