"""The article view (quotes.writers.html): static pages checked as text and in a real Chromium.

The Chromium tests skip when no `chromium` is installed; `.ci/run` installs Debian's.
"""

from __future__ import annotations

import json
import re
import shutil
import struct
import subprocess
from collections import Counter
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

import pytest
from typer.testing import CliRunner

from quotes import extract, load_documents
from quotes.cli import app
from quotes.models import Article, ArticleMetadata, Document
from quotes.writers.html import PALETTE, article_page, write_pages
from tests.conftest import MakeDocument

SEED = Path(__file__).resolve().parents[1] / "seeds" / "reuters-nato-russia.txt"
ARTICLE = (
    "Ministers met in the capital.\n\n"
    '"We have a plan for the harbour," Minister Eva Brandt told reporters.\n\n'
    'Critics called it "the Harbour Plan" in the film "Blue Water". "It will fail," one said.\n'
)
CHROMIUM = next(
    (path for name in ("chromium", "chromium-browser") if (path := shutil.which(name))), None
)
needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="Chromium not installed")


def seed_document() -> Document:
    """The seed article, extracted."""
    return extract(next(iter(load_documents([str(SEED)]))))


class Marks(HTMLParser):
    """Collects the text of every quote mark, its speaker, and the speaker list."""

    def __init__(self) -> None:
        super().__init__()
        self.quotes: list[tuple[str, str]] = []
        self.speakers: list[tuple[str, str]] = []
        self.result: str = ""
        self._stack: list[str] = []
        self._mark: tuple[str, list[str]] | None = None
        self._field: str | None = None
        self._speaker: dict[str, str] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        classes = (attributes.get("class") or "").split()
        if tag == "mark":
            self._mark = (attributes.get("data-speaker") or "", [])
        elif "name" in classes or "count" in classes:
            self._field = classes[0]
        elif tag == "pre" and attributes.get("id") == "result":
            self._field = "result"

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark" and self._mark is not None:
            self.quotes.append((self._mark[0], "".join(self._mark[1])))
            self._mark = None
        elif tag == "li":
            if "name" in self._speaker:
                self.speakers.append((self._speaker["name"], self._speaker["count"]))
            self._speaker = {}
        self._field = None if tag in ("span", "pre") else self._field

    def handle_data(self, data: str) -> None:
        if self._mark is not None:
            self._mark[1].append(data)
        if self._field == "result":
            self.result += data
        elif self._field is not None:
            self._speaker[self._field] = data


def parsed(html: str) -> Marks:
    """The marks and speaker list of a page."""
    marks = Marks()
    marks.feed(html)
    return marks


def test_article_page_marks_every_quote_with_its_speaker(make_document: MakeDocument) -> None:
    document = make_document("harbour", ARTICLE)
    expected = [(q.speaker.name if q.speaker else "", q.text) for q in document.quotes]
    assert parsed(article_page(document)).quotes == expected


def test_article_page_keeps_the_text_exactly(make_document: MakeDocument) -> None:
    document = make_document("harbour", ARTICLE)
    body = article_page(document).split('aria-label="Article text" tabindex="-1">')[1]
    body = body.split("</article>")[0]
    without_popups = re.sub(r'<span class="(info|tag|sr)"[^>]*>.*?</span>', "", body)
    without_popups = re.sub(r'<span class="info".*?</span></span>', "", without_popups)
    assert unescape(re.sub(r"<[^>]+>", "", without_popups)) == document.text


def test_article_page_shows_skipped_passages_with_reason(make_document: MakeDocument) -> None:
    document = make_document("harbour", ARTICLE)
    page = article_page(document)
    assert [
        reason in page for reason in ("the title of a work, not speech", '<span class="skipped"')
    ] == [True, True] and document.skipped


def listed(document: Document) -> list[tuple[str, str]]:
    """The speaker list the records call for: each speaker and count, in order of first quote."""
    counts = Counter(q.speaker.name for q in document.quotes if q.speaker)
    return [(name, f"{n} quote" if n == 1 else f"{n} quotes") for name, n in counts.items()]


def test_article_page_lists_speakers_with_counts(make_document: MakeDocument) -> None:
    document = make_document("harbour", ARTICLE)
    assert parsed(article_page(document)).speakers == listed(document)


def test_article_page_names_each_quote_s_speaker_for_screen_readers(
    make_document: MakeDocument,
) -> None:
    document = make_document("harbour", ARTICLE)
    labels = re.findall(r'<span class="sr">([^<]*)</span><mark', article_page(document))
    assert labels == [
        f"Quote by {q.speaker.name}: " if q.speaker else "Quote, speaker not found: "
        for q in document.quotes
    ]


def test_article_page_hides_front_matter(make_document: MakeDocument) -> None:
    text = '---\ntitle: "Harbour"\n---\n"We act," Ann Lee said.\n'
    page = article_page(make_document("front", text))
    assert '<span class="front" hidden>---\ntitle: &quot;Harbour&quot;\n---\n</span>' in page


def test_article_page_needs_nothing_from_outside() -> None:
    page = article_page(seed_document())
    assert re.findall(r"<(script|link|img|iframe)\b|src=|@import|url\(", page) == []


def test_article_page_links_only_web_addresses() -> None:
    metadata = ArticleMetadata(headline="H", url="javascript:alert(1)")
    document = extract(Article(id="a", text='"Yes," Ann Lee said.\n', metadata=metadata))
    assert "javascript:" not in article_page(document)


def test_article_page_shows_headline_outlet_and_link() -> None:
    metadata = ArticleMetadata(
        headline="Harbour <plan>", url="https://news.example/h", outlet="Example News"
    )
    page = article_page(extract(Article(id="a", text='"Yes," Ann Lee said.\n', metadata=metadata)))
    found = [
        "<h1>Harbour &lt;plan&gt;</h1>" in page,
        "Example News" in page,
        '<a href="https://news.example/h">' in page,
    ]
    assert found == [True, True, True]


def test_write_pages_writes_an_index_linking_every_article(
    tmp_path: Path, make_document: MakeDocument
) -> None:
    from quotes.writers.html import RunInfo

    documents = [make_document("a b", ARTICLE), make_document("a-b", ARTICLE)]
    import datetime

    run = RunInfo("0.1.0", datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC))
    paths = write_pages(tmp_path, documents, run)
    index = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert ([p.name for p in paths], re.findall(r'href="([^"]+)"', index)) == (
        ["a-b.html", "a-b-2.html", "index.html"],
        ["a-b.html", "a-b-2.html"],
    )


def test_cli_show_writes_page_to_stdout(tmp_path: Path) -> None:
    article = tmp_path / "harbour.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    result = CliRunner().invoke(app, ["show", str(article), "--out", "-"])
    document = extract(next(iter(load_documents([str(article)]))))
    assert (result.exit_code, parsed(result.stdout).speakers) == (0, listed(document))


def test_cli_show_writes_page_file(tmp_path: Path) -> None:
    article = tmp_path / "harbour.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    result = CliRunner().invoke(app, ["show", str(article), "--out", str(tmp_path / "view")])
    assert (result.exit_code, sorted(p.name for p in (tmp_path / "view").iterdir())) == (
        0,
        ["harbour.html"],
    )


def test_cli_export_html_writes_pages_and_index(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app, ["export", str(SEED), "--format", "html", "--out", str(tmp_path)]
    )
    assert (result.exit_code, sorted(p.name for p in (tmp_path / "html").iterdir())) == (
        0,
        ["index.html", "reuters-nato-russia.html"],
    )


# In a real browser ---------------------------------------------------------------------------

# Run in the page: each quote mark's painted background and size, written into the DOM.
PROBE = """<pre id="result"></pre><script>
document.getElementById("result").textContent = JSON.stringify(
  [...document.querySelectorAll("mark")].map(m => {
    const box = m.getBoundingClientRect();
    return [m.dataset.speaker, getComputedStyle(m).backgroundColor, box.width * box.height];
  }));
</script></body>"""


def chromium(*args: str, profile: Path) -> subprocess.CompletedProcess[str]:
    """Runs headless Chromium on its own profile, with nothing fetched from outside."""
    return subprocess.run(
        [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--no-first-run", f"--user-data-dir={profile}", *args],
        check=True, capture_output=True, text=True, timeout=120,
    )  # fmt: skip


@pytest.fixture(scope="module")
def seed_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed's article page, as `quotes export --format html` writes it."""
    out = tmp_path_factory.mktemp("view")
    result = CliRunner().invoke(app, ["export", str(SEED), "--format", "html", "--out", str(out)])
    assert result.exit_code == 0
    return out / "html" / "reuters-nato-russia.html"


@needs_chromium
def test_chromium_paints_every_seed_quote_in_three_speaker_colours(
    seed_page: Path, tmp_path: Path
) -> None:
    probe = tmp_path / "probe.html"
    probe.write_text(seed_page.read_text(encoding="utf-8").replace("</body>", PROBE, 1))
    dom = chromium("--dump-dom", probe.as_uri(), profile=tmp_path / "profile").stdout
    painted = json.loads(unescape(parsed(dom).result))
    colours = {speaker: colour for speaker, colour, _ in painted}
    visible = [area > 0 and colour not in ("rgba(0, 0, 0, 0)", "") for _, colour, area in painted]
    assert (len(painted), visible.count(True), len(set(colours.values()))) == (8, 8, 3)


@needs_chromium
def test_chromium_speaker_list_matches_the_records(seed_page: Path, tmp_path: Path) -> None:
    dom = chromium("--dump-dom", seed_page.as_uri(), profile=tmp_path / "profile").stdout
    assert parsed(dom).speakers == listed(seed_document())


@needs_chromium
@pytest.mark.parametrize(("size", "name"), [((1280, 1000), "wide"), ((400, 1600), "phone")])
def test_chromium_screenshot_of_seed_page(
    seed_page: Path, tmp_path: Path, size: tuple[int, int], name: str
) -> None:
    shot = tmp_path / f"{name}.png"
    chromium(
        f"--window-size={size[0]},{size[1]}",
        f"--screenshot={shot}",
        "--hide-scrollbars",
        seed_page.as_uri(),
        profile=tmp_path / "profile",
    )
    header = shot.read_bytes()[:24]
    # A PNG of the window's size: its IHDR holds width and height.
    assert (header[:8], struct.unpack(">II", header[16:24])) == (b"\x89PNG\r\n\x1a\n", size)


def test_palette_keeps_text_readable() -> None:
    def luminance(hex_colour: str) -> float:
        channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    ink = luminance("#111111")
    ratios = [(luminance(colour) + 0.05) / (ink + 0.05) for colour in PALETTE]
    assert min(ratios) >= 7.0  # WCAG AAA for body text


def test_cli_show_into_the_articles_folder_never_writes_over_an_article(tmp_path: Path) -> None:
    source = f"<html><head><title>Harbour</title></head><body><p>{ARTICLE}</p></body></html>"
    article = tmp_path / "harbour.html"
    article.write_text(source, encoding="utf-8")
    for _ in range(2):  # a second run writes over its own page, not over the article
        result = CliRunner().invoke(app, ["show", str(article), "--out", str(tmp_path)])
        assert (result.exit_code, result.stdout) == (0, f"{tmp_path / 'harbour-2.html'}\n")
    assert article.read_text(encoding="utf-8") == source
    assert sorted(path.name for path in tmp_path.iterdir()) == ["harbour-2.html", "harbour.html"]
