"""Invariants every extraction keeps: offsets index the input, quotes never overlap, and
extraction ends in linear time on any input."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from functools import cache
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotes import Document, extract
from quotes.models import SENTENCE_TEXT_LIMIT

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "reuters-nato-russia.txt"
SHARED = ROOT / ".." / "shared"
POLNEAR_DEV = SHARED / "corpus" / "polnear" / "dev.jsonl"
SEED_GOLD = SHARED / "eval" / "seed_gold.jsonl"
SCORER = SHARED / "eval" / "score.py"

# A hang guard, not a speed test (speed is in benchmarks/bench_scaling.py): a linear engine
# needs a few seconds for the largest input, and CI machines may be loaded.
PATHOLOGICAL_LIMIT_SECONDS = 120


def span_problems(document: Document) -> Iterator[str]:
    """Each span of `document` whose text is not the slice its offsets name."""
    text = document.text
    spans = [("quote", q) for q in document.quotes] + [("skipped", s) for s in document.skipped]
    for quote in document.quotes:
        if quote.speaker is not None:
            spans.append(("mention", quote.speaker.mention))
        if quote.cue is not None:
            spans.append(("cue", quote.cue.phrase))
    for label, span in spans:
        if text[span.start : span.end] != span.text:
            yield f"{document.id}: {label} {span.start}:{span.end}"
    for quote in document.quotes:
        # a sentence's text is its opening, cut at SENTENCE_TEXT_LIMIT characters
        sentence = quote.sentence
        if text[sentence.start : sentence.end][:SENTENCE_TEXT_LIMIT] != sentence.text:
            yield f"{document.id}: sentence {sentence.start}:{sentence.end}"


def overlap_problems(document: Document) -> Iterator[str]:
    """Each pair of quoted passages (speech or skipped) that share characters."""
    passages = sorted((s.start, s.end) for s in [*document.quotes, *document.skipped])
    for (_, end), (start, _) in pairwise(passages):
        if start < end:
            yield f"{document.id}: overlap at {start}"


def unordered_problems(document: Document) -> Iterator[str]:
    """Quotes that are not in text order."""
    starts = [q.start for q in document.quotes]
    if starts != sorted(starts):
        yield f"{document.id}: quotes out of order"


def sentence_problems(document: Document) -> Iterator[str]:
    """Quotes that lie outside the sentence they claim to stand in."""
    for quote in document.quotes:
        if not quote.sentence.start <= quote.start < quote.end <= quote.sentence.end:
            yield f"{document.id}: quote {quote.start} outside its sentence"


INVARIANTS: dict[str, Callable[[Document], Iterator[str]]] = {
    "offsets-hold-their-text": span_problems,
    "quotes-do-not-overlap": overlap_problems,
    "quotes-in-text-order": unordered_problems,
    "quotes-inside-their-sentence": sentence_problems,
}


@cache
def corpus_documents(corpus: str) -> tuple[Document, ...]:
    """The extracted documents of a named corpus; skips when its file is absent."""
    if corpus == "seed":
        return (extract(SEED.read_text(encoding="utf-8"), id="reuters-nato-russia"),)
    if not POLNEAR_DEV.exists():
        pytest.skip(f"{POLNEAR_DEV} is absent")
    documents = []
    with POLNEAR_DEV.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                record = json.loads(line)
                documents.append(extract(record["text"], id=record["id"]))
    return tuple(documents)


@pytest.mark.parametrize("corpus", ["seed", "polnear-dev"])
@pytest.mark.parametrize("invariant", list(INVARIANTS))
def test_extract_keeps_invariant_on_corpus(corpus: str, invariant: str) -> None:
    check = INVARIANTS[invariant]
    problems = [p for document in corpus_documents(corpus) for p in check(document)]
    assert problems == []


def test_extract_seed_matches_reference_scorer(tmp_path: Path) -> None:
    if not (SCORER.exists() and SEED_GOLD.exists()):
        pytest.skip("the reference scorer or the seed gold is absent")
    predictions = tmp_path / "pred.jsonl"
    extracted = subprocess.run(
        [sys.executable, "-m", "quotes", "extract", str(SEED), "--format", "jsonl"],
        capture_output=True,
        check=True,
        text=True,
    )
    predictions.write_text(extracted.stdout, encoding="utf-8")
    scored = subprocess.run(
        [sys.executable, str(SCORER), str(SEED_GOLD), str(predictions)],
        capture_output=True,
        check=True,
        text=True,
    )
    figures = json.loads(scored.stdout)
    below = {k: v for k, v in figures.items() if k.endswith(("_p", "_r", "_f1", "_acc")) and v != 1}
    assert below == {}


# Property tests ---------------------------------------------------------------------------------

PIECES = [
    '"',
    "“",
    "”",
    "‘",
    "’",
    "'",
    "''",
    "«",
    "»",
    "„",
    "‹",
    "›",
    "`",
    "\n",
    "\n\n",
    " ",
    ", ",
    ". ",
    ": ",
    "—",
    "said",
    "told reporters",
    "according to",
    "he",
    "she",
    "they",
    "Clinton",
    "Hillary Clinton",
    "de Hoop Scheffer",
    "U.S.",
    "a U.S. official",
    "the Kremlin",
    "Mr.",
    "calling it",
    "don't",
    "the '90s",
    "states'",
    "rock 'n' roll",
    "We",
    "must",
    "act",
    "now",
]

news_like = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)
any_text = st.text(max_size=300)


def assert_invariants(document: Document) -> None:
    """Fails with every broken invariant of `document`."""
    problems = [p for check in INVARIANTS.values() for p in check(document)]
    assert problems == []


@settings(max_examples=300, deadline=None)
@given(any_text)
def test_extract_any_text_keeps_invariants(text: str) -> None:
    assert_invariants(extract(text))


@settings(max_examples=500, deadline=None)
@given(news_like)
def test_extract_marks_and_words_keep_invariants(text: str) -> None:
    assert_invariants(extract(text))


def passages(text: str, shift: int = 0) -> list[tuple[int, int]]:
    """The spans of every quoted passage, speech or skipped, moved back by `shift`."""
    document = extract(text)
    found = [*document.quotes, *document.skipped]
    return sorted((p.start - shift, p.end - shift) for p in found)


@settings(max_examples=200, deadline=None)
@given(news_like)
def test_extract_passages_shift_with_an_unrelated_paragraph_before(body: str) -> None:
    prefix = "Rain fell all week."
    assert passages(prefix + "\n\n" + body, len(prefix)) == passages("\n\n" + body)


# Pathological input ------------------------------------------------------------------------------

RUN_EXTRACT = textwrap.dedent(
    """
    import sys
    from quotes import extract
    document = extract(sys.stdin.buffer.read().decode("utf-8"))
    print(len(document.quotes) + len(document.skipped))
    """
)


def build_pathological(name: str) -> str:
    """The pathological input called `name`."""
    builders: dict[str, Callable[[], str]] = {
        "unmatched-curly-openers": lambda: "“" * 100_000,
        "unmatched-straight-marks": lambda: '"' * 100_001,
        "unmatched-spaced-marks": lambda: 'x " ' * 100_000,
        "unmatched-apostrophes": lambda: "'" * 100_000,
        "unmatched-single-openers": lambda: "‘a " * 100_000,
        "unmatched-one-per-paragraph": lambda: '"Open and never closed\n' * 100_000,
        "one-megabyte-paragraph-no-punctuation": lambda: "word " * 200_000,
        "one-megabyte-capitalised-no-punctuation": lambda: "Word Another " * 80_000,
        "one-megabyte-said-no-punctuation": lambda: "Clinton said " * 80_000,
        "many-nested-marks": lambda: "“‘" * 50_000 + "x" + "’”" * 50_000,
        "many-short-quotes-one-sentence": lambda: 'the "reform" and ' * 20_000,
        "many-attributed-quotes-one-paragraph": lambda: '"We will win," Clinton said. ' * 20_000,
    }
    return builders[name]()


@pytest.mark.parametrize(
    "name",
    [
        "unmatched-curly-openers",
        "unmatched-straight-marks",
        "unmatched-spaced-marks",
        "unmatched-apostrophes",
        "unmatched-single-openers",
        "unmatched-one-per-paragraph",
        "one-megabyte-paragraph-no-punctuation",
        "one-megabyte-capitalised-no-punctuation",
        "one-megabyte-said-no-punctuation",
        "many-attributed-quotes-one-paragraph",
        "many-nested-marks",
        "many-short-quotes-one-sentence",
    ],
)
def test_extract_pathological_input_finishes(name: str) -> None:
    # A child process, so that a runaway input is killed at the limit instead of hanging.
    try:
        finished = subprocess.run(
            [sys.executable, "-c", RUN_EXTRACT],
            input=build_pathological(name).encode("utf-8"),
            capture_output=True,
            timeout=PATHOLOGICAL_LIMIT_SECONDS,
            check=False,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"{name}: not finished within {PATHOLOGICAL_LIMIT_SECONDS} s")
    assert (finished.returncode, finished.stderr.decode()) == (0, "")
