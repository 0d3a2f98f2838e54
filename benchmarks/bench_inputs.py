"""What reading each input kind costs per article, against extracting its quotes.

Reads the test fixture article (tests/fixtures/provenance) as plain text, Markdown with
front matter, a saved news page and a Word document, and times, in one process on one
core, reading alone against extracting the article's quotes from its plain text, in
alternating batches so that a busy machine slows both alike. A heavier page is also built from the
fixture: the same story inside 120 KB of scripts, styles and navigation, as real news
pages carry.

    python3 benchmarks/bench_inputs.py            # 7 alternating batches of 100 calls
    python3 benchmarks/bench_inputs.py --rounds 300

Target (issue 11): reading a web page costs at most 2x extracting the article's quotes.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from quotes import extract  # noqa: E402 - after the path set-up above
from quotes.readers.docx import read_docx  # noqa: E402
from quotes.readers.html import read_html  # noqa: E402
from quotes.readers.markdown import read_text_article  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures" / "provenance"
TARGET_RATIO = 2.0


def ignore(_: object) -> None:
    """Warnings are not what is measured."""


def heavy_page(page: bytes) -> bytes:
    """The fixture page with the weight of a real one: scripts, styles, a long menu."""
    script = (
        b"<script>" + b"var tracking = {'id': 123456, 'section': 'local'};\n" * 800 + b"</script>"
    )
    style = b"<style>" + b".nav-item a { color: #333; padding: 4px 8px; }\n" * 800 + b"</style>"
    menu = b"".join(b'<li><a href="/section/%d">Section %d</a></li>' % (n, n) for n in range(400))
    page = page.replace(b"</head>", script + style + b"</head>", 1)
    return page.replace(b"<ul>", b"<ul>" + menu, 1)


def docx_bytes(text: str) -> bytes:
    """A Word document holding `text`, one paragraph per line."""
    namespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = "".join(
        f'<w:p><w:r><w:t xml:space="preserve">{escape(line)}</w:t></w:r></w:p>'
        for line in text.split("\n")
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "word/document.xml",
            f'<w:document xmlns:w="{namespace}"><w:body>{body}</w:body></w:document>',
        )
    return buffer.getvalue()


def batch_ms(run: Callable[[], object], rounds: int) -> float:
    """Milliseconds per call of `run` over one batch of `rounds` calls."""
    start = time.perf_counter()
    for _ in range(rounds):
        run()
    return (time.perf_counter() - start) / rounds * 1000


def measure(
    run: Callable[[], object], baseline: Callable[[], object], rounds: int
) -> tuple[float, float]:
    """Median milliseconds per call of `run`, and its median ratio to `baseline`.

    The two alternate batch by batch, so that a busy machine slows both alike.
    """
    run(), baseline()
    times, ratios = [], []
    for _ in range(7):
        base = batch_ms(baseline, rounds)
        took = batch_ms(run, rounds)
        times.append(took)
        ratios.append(took / base)
    return statistics.median(times), statistics.median(ratios)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=100, help="calls per batch")
    rounds = parser.parse_args().rounds

    text = (FIXTURES / "bridge.txt").read_text(encoding="utf-8")
    markdown = (FIXTURES / "bridge.md").read_text(encoding="utf-8")
    page = (FIXTURES / "bridge.html").read_bytes()
    heavy = heavy_page(page)
    word = docx_bytes(text)

    readers: dict[str, Callable[[], object]] = {
        "plain text": lambda: read_text_article(text, "a", "a.txt", ".txt", ignore),
        "markdown + front matter": lambda: read_text_article(markdown, "a", "a.md", ".md", ignore),
        f"web page ({len(page) // 1024} KB)": lambda: read_html(page, "a", "a", None, ignore),
        f"web page ({len(heavy) // 1024} KB)": lambda: read_html(heavy, "a", "a", None, ignore),
        "word document": lambda: read_docx(word, "a", "a", ignore),
    }
    extraction = statistics.median(batch_ms(lambda: extract(text), rounds) for _ in range(5))
    print(f"extracting the article's quotes from plain text: {extraction:.2f} ms")
    print(f"{'input':<28}{'read ms':>9}{'read / extract':>16}")
    worst_page = 0.0
    for name, read in readers.items():
        reading, ratio = measure(read, lambda: extract(text), rounds)
        if name.startswith("web page"):
            worst_page = max(worst_page, ratio)
        print(f"{name:<28}{reading:>9.2f}{ratio:>15.2f}x")
    verdict = "meets" if worst_page <= TARGET_RATIO else "misses"
    print(f"web page reading: {worst_page:.2f}x extraction; {verdict} the {TARGET_RATIO:g}x target")


if __name__ == "__main__":
    with tempfile.TemporaryDirectory():
        main()
