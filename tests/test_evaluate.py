"""Tests for gold loading, the matching metric, and agreement with the reference scorer."""

from __future__ import annotations

import importlib.util
import json
import random
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotes.errors import GoldFormatError
from quotes.evaluation.score import (
    GOLD_FORMAT_HELP,
    SCORED_KINDS,
    GoldDocument,
    Report,
    build_report,
    is_named_speaker,
    load_gold,
    load_predictions,
    match_spans,
    render_report,
    report_json,
    same_speaker,
    score,
    speaker_name,
    split_by_paragraph,
    trim_span,
)

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
REFERENCE = SHARED / "eval" / "score.py"
SEED_GOLD = SHARED / "eval" / "seed_gold.jsonl"
POLNEAR_DEV = SHARED / "corpus" / "polnear" / "dev.jsonl"

Quote = tuple[int, int, str | None]


def make_doc(text: str, quotes: Sequence[Quote | tuple[int, int, str | None, str]]) -> GoldDocument:
    """A gold document from (start, end, speaker[, kind]) tuples."""
    records = [
        {"start": q[0], "end": q[1], "speaker": q[2], "kind": q[3] if len(q) > 3 else "direct"}
        for q in quotes
    ]
    return GoldDocument.model_validate({"id": "d", "text": text, "quotes": records})


def pred(start: int, end: int, speaker: Any = None) -> dict[str, Any]:
    """A predicted quote object as `quotes extract` writes it."""
    return {"start": start, "end": end, "speaker": speaker}


def write_lines(path: Path, lines: Sequence[str]) -> Path:
    """Write a JSONL file from raw lines."""
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def reference() -> ModuleType:
    """The reference scorer from ../shared/eval/score.py, or skip when it is absent."""
    if not REFERENCE.is_file():
        pytest.skip(f"reference scorer not found at {REFERENCE}")
    spec = importlib.util.spec_from_file_location("reference_score", REFERENCE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def read_raw(path: Path) -> list[dict[str, Any]]:
    """Raw gold records, or skip when the file is absent."""
    if not path.is_file():
        pytest.skip(f"gold file not found at {path}")
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


# --- trimming and paragraph splitting -----------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        pytest.param("Yes.", (0, 4), (0, 3), id="final-full-stop"),
        pytest.param('"Yes,"', (0, 6), (1, 4), id="marks-and-comma"),
        pytest.param("« Oui »", (0, 7), (2, 5), id="guillemets-and-spaces"),
        pytest.param("(yes) —", (0, 7), (1, 4), id="brackets-and-dash"),
        pytest.param("...", (0, 3), (3, 3), id="all-punctuation-collapses"),
        pytest.param("a b", (0, 3), (0, 3), id="inner-space-kept"),
        pytest.param("ab", (1, 1), (1, 1), id="empty-span-unchanged"),
    ],
)
def test_trim_span_strips_marks_and_punctuation(
    text: str, span: tuple[int, int], expected: tuple[int, int]
) -> None:
    assert trim_span(text, *span) == expected


def test_trim_span_edge_characters_agree_with_reference(reference: ModuleType) -> None:
    text = "".join(sorted(reference.EDGE)) + "x" + "".join(sorted(reference.EDGE))
    assert trim_span(text, 0, len(text)) == reference.trim(text, 0, len(text))


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        pytest.param("one line", (0, 8), [(0, 8)], id="no-break-untouched"),
        pytest.param("ab,\n\ncd", (0, 7), [(0, 2), (5, 7)], id="two-paragraphs-trimmed"),
        pytest.param("ab\n\n\ncd\nef", (0, 10), [(0, 2), (5, 7), (8, 10)], id="three-pieces"),
        pytest.param('ab "\n', (0, 5), [(0, 2)], id="empty-piece-dropped"),
        pytest.param("", (0, 4), [(0, 4)], id="no-text-untouched"),
    ],
)
def test_split_by_paragraph_cuts_at_line_breaks(
    text: str, span: tuple[int, int], expected: list[tuple[int, int]]
) -> None:
    assert split_by_paragraph(text, *span) == expected


def test_score_splits_prediction_across_paragraphs() -> None:
    text = '"First part,\n\nsecond part," she said.'
    doc = make_doc(text, [(1, 11, "Ann"), (14, 25, "Ann")])
    scores = score([doc], {"d": [pred(1, 25, "Ann")]})
    assert (scores.pred_quotes, scores.exact_f1) == (2, 1.0)


# --- matching ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("predicted", "matched"),
    [
        pytest.param((0, 10), True, id="equal"),
        pytest.param((0, 5), True, id="half-inside-is-enough"),
        pytest.param((0, 4), False, id="under-half-inside"),
        pytest.param((0, 20), True, id="twice-as-long-is-enough"),
        pytest.param((0, 21), False, id="over-twice-as-long"),
        pytest.param((-5, 5), False, id="overhang-left-third"),
        pytest.param((10, 20), False, id="touching-only"),
    ],
)
def test_match_spans_requires_jaccard_half(predicted: tuple[int, int], matched: bool) -> None:
    assert bool(match_spans([(0, 10)], [predicted])) is matched


def test_match_spans_is_one_to_one() -> None:
    assert match_spans([(0, 10)], [(0, 9), (0, 10)]) == [(0, 1, True)]


def test_match_spans_gives_prediction_to_best_overlap() -> None:
    # Both gold spans accept the prediction; the lower-index one overlaps it more.
    assert match_spans([(0, 10), (2, 12)], [(0, 11)]) == [(0, 0, False)]


def test_match_spans_breaks_ties_by_higher_index() -> None:
    assert match_spans([(0, 10), (0, 10)], [(0, 10), (0, 10)]) == [(1, 1, True), (0, 0, True)]


@pytest.mark.parametrize(
    ("predicted", "exact"),
    [
        pytest.param((0, 10), True, id="same-span"),
        pytest.param((0, 9), False, id="one-short"),
        pytest.param((1, 11), False, id="shifted"),
    ],
)
def test_match_spans_marks_exact_spans(predicted: tuple[int, int], exact: bool) -> None:
    assert match_spans([(0, 10)], [predicted])[0][2] is exact


def test_score_compares_trimmed_spans() -> None:
    text = '"We will win," Ann said.'
    doc = make_doc(text, [(1, 13, "Ann")])
    assert score([doc], {"d": [pred(0, 14, "Ann")]}).exact_f1 == 1.0


def brute_force_match(
    gold: Sequence[tuple[int, int]], predicted: Sequence[tuple[int, int]]
) -> list[tuple[int, int, bool]]:
    """Greedy matching over all pairs, the obviously correct slow way."""
    pairs = []
    for i, (gs, ge) in enumerate(gold):
        for j, (ps, pe) in enumerate(predicted):
            inter = min(ge, pe) - max(gs, ps)
            if inter > 0:
                pairs.append((inter / (max(ge, pe) - min(gs, ps)), i, j))
    pairs.sort(reverse=True)
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    out = []
    for jaccard, i, j in pairs:
        if jaccard >= 0.5 and i not in used_gold and j not in used_pred:
            used_gold.add(i)
            used_pred.add(j)
            out.append((i, j, gold[i] == predicted[j]))
    return out


spans = st.lists(st.tuples(st.integers(0, 30), st.integers(0, 30)), max_size=8)


@settings(max_examples=300)
@given(gold=spans, predicted=spans)
def test_match_spans_equals_all_pairs_search(
    gold: list[tuple[int, int]], predicted: list[tuple[int, int]]
) -> None:
    assert match_spans(gold, predicted) == brute_force_match(gold, predicted)


# --- speakers ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("gold", "predicted", "same"),
    [
        pytest.param("Hillary Clinton", "Hillary Clinton", True, id="equal"),
        pytest.param("Hillary Clinton", "Clinton", True, id="surname"),
        pytest.param("Bill Clinton", "Hillary Clinton", True, id="surname-only-is-enough"),
        pytest.param("Donald Trump Jr.", "Donald Trump", True, id="token-subset"),
        pytest.param("Trump", "Donald J. Trump", True, id="token-superset"),
        pytest.param("Mr. Meyer", "Meyer", True, id="title-dropped"),
        pytest.param("the president", "President", True, id="only-titles-kept"),
        pytest.param("José Núñez", "Jose Nunez", True, id="accents-folded"),
        pytest.param("Smith, a spokesman", "John Smith", True, id="comma-part"),
        pytest.param("Smith a spokesman", "John Smith", False, id="no-comma-no-part"),
        pytest.param("Hillary Clinton", "Donald Trump", False, id="different"),
        pytest.param("Hillary Clinton", None, False, id="no-prediction"),
        pytest.param("Hillary Clinton", "", False, id="empty-prediction"),
    ],
)
def test_same_speaker_cases(gold: str, predicted: str | None, same: bool) -> None:
    assert same_speaker(gold, predicted) is same


@pytest.mark.parametrize(
    ("speaker", "named"),
    [
        pytest.param("Clinton", True, id="name"),
        pytest.param("aides", True, id="description"),
        pytest.param("he", False, id="pronoun"),
        pytest.param(" They ", False, id="pronoun-spaced-capitalised"),
        pytest.param(None, False, id="null"),
        pytest.param("", False, id="empty"),
    ],
)
def test_is_named_speaker_cases(speaker: str | None, named: bool) -> None:
    assert is_named_speaker(speaker) is named


@pytest.mark.parametrize(
    ("speaker", "name"),
    [
        pytest.param({"name": "Ann", "kind": "person"}, "Ann", id="object"),
        pytest.param({"name": None, "text": "she"}, "she", id="object-text"),
        pytest.param("Ann", "Ann", id="string"),
        pytest.param(None, None, id="null"),
    ],
)
def test_speaker_name_accepts_each_shape(speaker: Any, name: str | None) -> None:
    assert speaker_name(speaker) == name


def test_score_leaves_pronoun_speakers_unjudged() -> None:
    text = '"Yes," he said. "No," Ann said.'
    doc = make_doc(text, [(1, 4, "he"), (17, 19, "Ann")])
    scores = score([doc], {"d": [pred(1, 4, "Bob"), pred(17, 19, "Ann")]})
    assert (scores.speaker_acc, scores.attrib_p, scores.attrib_r) == (1.0, 1.0, 1.0)


def test_score_unattributed_quote_costs_recall_not_precision() -> None:
    text = '"Yes," Ann said. "No," Bob said.'
    doc = make_doc(text, [(1, 4, "Ann"), (18, 20, "Bob")])
    scores = score([doc], {"d": [pred(1, 4, "Ann"), pred(18, 20, None)]})
    assert (scores.attrib_p, scores.attrib_r) == (1.0, 0.5)


def test_score_wrong_speaker_costs_precision() -> None:
    text = '"Yes," Ann said. "No," Bob said.'
    doc = make_doc(text, [(1, 4, "Ann"), (18, 20, "Bob")])
    scores = score([doc], {"d": [pred(1, 4, "Ann"), pred(18, 20, "Carol")]})
    assert (scores.attrib_p, scores.attrib_r) == (0.5, 0.5)


def test_score_spurious_attributed_quote_costs_precision() -> None:
    text = '"Yes," Ann said. The "so-called" plan.'
    doc = make_doc(text, [(1, 4, "Ann")])
    scores = score([doc], {"d": [pred(1, 4, "Ann"), pred(22, 31, "Ann")]})
    assert scores.attrib_p == 0.5


# --- score bookkeeping ---------------------------------------------------------


def test_score_counts_document_without_prediction() -> None:
    doc = make_doc('"Yes," Ann said.', [(1, 4, "Ann")])
    scores = score([doc], {"other": [pred(1, 4, "Ann")]})
    assert (scores.docs_without_prediction, scores.quote_r) == (1, 0.0)


@pytest.mark.parametrize(
    ("kinds", "gold_quotes"),
    [
        pytest.param(SCORED_KINDS, 2, id="direct-and-mixed"),
        pytest.param(("indirect",), 1, id="indirect-only"),
        pytest.param(("direct", "mixed", "indirect"), 3, id="all"),
    ],
)
def test_score_counts_only_requested_kinds(kinds: tuple[str, ...], gold_quotes: int) -> None:
    doc = make_doc(
        "a b c d e f", [(0, 1, "A", "direct"), (2, 3, "A", "mixed"), (4, 5, "A", "indirect")]
    )
    assert score([doc], {}, kinds).gold_quotes == gold_quotes


def test_score_rejects_unknown_kind() -> None:
    with pytest.raises(ValueError, match="unknown gold kinds"):
        score([], {}, ("quoted",))


def test_score_rejects_prediction_outside_text() -> None:
    doc = make_doc("short", [])
    with pytest.raises(GoldFormatError) as error:
        score([doc], {"d": [pred(2, 9)]})
    assert str(error.value) == (
        "predictions for 'd': quote 1: offsets 2:9 are outside the text (5 characters); "
        "predictions must come from the gold text"
    )


# --- loading -------------------------------------------------------------------

GOOD = '{"id": "a", "text": "abc", "quotes": []}'


def gold_line(quote: dict[str, Any], text: str = "abc") -> str:
    """A gold line holding one quote."""
    return json.dumps({"id": "q", "text": text, "quotes": [quote]})


@pytest.mark.parametrize(
    ("line", "message"),
    [
        pytest.param("not json", "not valid JSON: Expecting value (column 1)", id="bad-json"),
        pytest.param("[1, 2]", "expected a JSON object, got [1, 2]", id="not-object"),
        pytest.param('{"text": "abc", "quotes": []}', "missing field 'id'", id="no-id"),
        pytest.param('{"id": "b", "quotes": []}', "missing field 'text'", id="no-text"),
        pytest.param('{"id": "b", "text": "abc"}', "missing field 'quotes'", id="no-quotes"),
        pytest.param(
            '{"id": 7, "text": "abc", "quotes": []}',
            "field 'id': input should be a valid string (got 7)",
            id="id-not-string",
        ),
        pytest.param(
            '{"id": "b", "text": "abc", "quotes": {}}',
            "field 'quotes': input should be a valid list (got {})",
            id="quotes-not-list",
        ),
        pytest.param(
            '{"id": "b", "text": "abc", "quotes": [5]}',
            "quote 1: expected a JSON object, got 5",
            id="quote-not-object",
        ),
        pytest.param(
            gold_line({"start": "0", "end": 2, "speaker": None}),
            "quote 1: field 'start': input should be a valid integer (got '0')",
            id="start-not-integer",
        ),
        pytest.param(
            gold_line({"start": 0, "end": 2}),
            "quote 1: missing field 'speaker'",
            id="no-speaker",
        ),
        pytest.param(
            gold_line({"start": -1, "end": 2, "speaker": None}),
            "quote 1: start -1 is negative",
            id="negative-start",
        ),
        pytest.param(
            gold_line({"start": 0, "end": 9, "speaker": None}),
            "quote 1: end 9 is past the end of the text (3 characters)",
            id="end-past-text",
        ),
        pytest.param(
            gold_line({"start": 0, "end": 2, "speaker": None, "kind": "quote"}),
            "quote 1: field 'kind': input should be 'direct', 'mixed' or 'indirect' (got 'quote')",
            id="unknown-kind",
        ),
        pytest.param(
            gold_line({"start": 0, "end": 3, "speaker": None, "text": "abd"}),
            "quote 1: text 'abd' is not the text at 0:3 ('abc'); "
            "offsets are Python str indices of the decoded text",
            id="text-not-at-offsets",
        ),
        pytest.param(GOOD, "id 'a' is already used on line 1", id="duplicate-id"),
    ],
)
def test_load_gold_reports_bad_record(tmp_path: Path, line: str, message: str) -> None:
    path = write_lines(tmp_path / "gold.jsonl", [GOOD, "", line])
    with pytest.raises(GoldFormatError) as error:
        load_gold(path)
    assert str(error.value) == f"{path}:3: {message}"


def test_load_gold_names_quote_and_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    quotes = [{"start": 0, "end": 2, "speaker": None}, {"start": 12, "end": 10, "speaker": None}]
    line = json.dumps({"id": "c", "text": "x" * 20, "quotes": quotes})
    write_lines(tmp_path / "gold.jsonl", [GOOD, GOOD.replace('"a"', '"b"'), line])
    with pytest.raises(GoldFormatError) as error:
        load_gold("gold.jsonl")
    assert str(error.value) == "gold.jsonl:3: quote 2: end 10 is before start 12"


def test_load_gold_reports_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "absent.jsonl"
    with pytest.raises(GoldFormatError) as error:
        load_gold(path)
    assert str(error.value) == f"{path}: cannot read: No such file or directory"


def test_load_gold_reports_empty_file(tmp_path: Path) -> None:
    path = write_lines(tmp_path / "gold.jsonl", ["", "  "])
    with pytest.raises(GoldFormatError) as error:
        load_gold(path)
    assert str(error.value) == f"{path}: no documents; expected one JSON object per line"


def test_load_gold_reports_non_utf8(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_bytes(GOOD.encode() + b'\n{"id": "\xe9"}\n')
    with pytest.raises(GoldFormatError) as error:
        load_gold(path)
    assert str(error.value) == f"{path}:2: not UTF-8 (byte 49); save the file as UTF-8"


def test_load_gold_accepts_extra_fields_and_defaults(tmp_path: Path) -> None:
    quote = {"start": 1, "end": 5, "speaker": "Ann", "speaker_mentions": [[7, 10]], "note": 1}
    line = json.dumps({"id": "d", "corpus": "mine", "text": '"Yes," Ann said.', "quotes": [quote]})
    (doc,) = load_gold(write_lines(tmp_path / "gold.jsonl", [line]))
    assert (doc.quotes[0].kind, doc.model_extra) == ("direct", {"corpus": "mine"})


def test_gold_format_help_example_is_valid(tmp_path: Path) -> None:
    example = next(line for line in GOLD_FORMAT_HELP.splitlines() if line.lstrip().startswith("{"))
    (doc,) = load_gold(write_lines(tmp_path / "gold.jsonl", [example.strip()]))
    assert doc.text[doc.quotes[0].start : doc.quotes[0].end] == "Yes,"


def test_load_predictions_reads_extract_output(tmp_path: Path) -> None:
    quotes = [pred(1, 4, {"name": "Ann", "kind": "person"}), pred(5, 9, "he"), pred(9, 12)]
    lines = [json.dumps({"id": "d", "quotes": quotes}), '{"id": "e"}']
    assert load_predictions(write_lines(tmp_path / "pred.jsonl", lines)) == {"d": quotes, "e": []}


@pytest.mark.parametrize(
    ("line", "message"),
    [
        pytest.param('{"quotes": []}', "missing field 'id'", id="no-id"),
        pytest.param(
            '{"id": "b", "quotes": null}',
            "field 'quotes': input should be a valid list (got None)",
            id="quotes-null",
        ),
        pytest.param(
            '{"id": "b", "quotes": [{"end": 3}]}', "quote 1: missing field 'start'", id="no-start"
        ),
        pytest.param(
            '{"id": "b", "quotes": [{"start": 4, "end": 3}]}',
            "quote 1: end 3 is before start 4",
            id="end-before-start",
        ),
        pytest.param(
            '{"id": "b", "quotes": [{"start": 0, "end": 3, "speaker": 5}]}',
            'quote 1: speaker must be a string, an object with a "name", or null, not 5',
            id="speaker-number",
        ),
        pytest.param(
            '{"id": "b", "quotes": [{"start": 0, "end": 3, "speaker": {"name": 5}}]}',
            'quote 1: speaker must be a string, an object with a "name", or null, '
            "not {'name': 5}",
            id="speaker-name-number",
        ),
        pytest.param('{"id": "a"}', "id 'a' is already used on line 1", id="duplicate-id"),
    ],
)
def test_load_predictions_reports_bad_record(tmp_path: Path, line: str, message: str) -> None:
    path = write_lines(tmp_path / "pred.jsonl", ['{"id": "a", "quotes": []}', line])
    with pytest.raises(GoldFormatError) as error:
        load_predictions(path)
    assert str(error.value) == f"{path}:2: {message}"


# --- report --------------------------------------------------------------------


def small_report() -> Report:
    """A report on two documents: one perfect, one with a miss, a spurious span and a wrong name."""
    text = '"Yes," Ann said. "No," Bob said. "Maybe," he said.'
    kinds = [(1, 4, "Ann", "direct"), (18, 20, "Bob", "mixed"), (34, 39, "he", "indirect")]
    good = make_doc(text, kinds).model_copy(update={"id": "good"})
    bad = make_doc(text, kinds).model_copy(update={"id": "bad"})
    predictions = {
        "good": [pred(1, 4, "Ann"), pred(18, 20, "Bob")],
        "bad": [pred(1, 4, "Bob"), pred(24, 28, "Bob")],
    }
    return build_report([good, bad], predictions)


def test_build_report_kind_rows_add_up_to_headline() -> None:
    report = small_report()
    headline_rows = [row for row in report.by_kind if row.in_headline]
    assert sum(row.found for row in headline_rows) == 3
    assert report.scores.quote_r == round(3 / 4, 4)


def test_build_report_lists_losing_documents_only() -> None:
    assert [(d.id, d.missed, d.spurious, d.wrong_speaker) for d in small_report().worst] == [
        ("bad", 1, 1, 1)
    ]


def test_render_report_starts_with_headline_figures() -> None:
    lines = render_report(small_report()).splitlines()
    assert [line.split()[0] for line in lines[1:9]] == [
        "docs",
        "docs_without_prediction",
        "gold_quotes",
        "pred_quotes",
        "quote_p",
        "exact_p",
        "speaker_acc",
        "attrib_p",
    ]


def test_report_json_round_trips() -> None:
    report = small_report()
    assert Report.model_validate_json(report_json(report)) == report


# --- agreement with the reference scorer ---------------------------------------


def test_score_agrees_with_reference_on_seed_gold(reference: ModuleType) -> None:
    raw = read_raw(SEED_GOLD)
    predictions = {doc["id"]: doc["quotes"] for doc in raw}
    ours = score(load_gold(SEED_GOLD), predictions).model_dump()
    assert ours == reference.score(raw, predictions)


PRONOUNS = ["he", "she", "they", "It"]


def perturbed_speaker(speaker: str | None, others: list[str], rng: random.Random) -> Any:
    """The gold speaker, or a near or wrong variant of it."""
    choice = rng.randrange(8)
    if choice == 0 or not speaker:
        return speaker
    if choice == 1:
        return {"name": speaker, "kind": "person"}
    if choice == 2:
        return (speaker.split() or [speaker])[-1]
    if choice == 3:
        return rng.choice(others) if others else None
    if choice == 4:
        return rng.choice(PRONOUNS)
    if choice == 5:
        return None
    if choice == 6:
        return f"Mr. {speaker}, a spokesman"
    return speaker


def perturbed_predictions(doc: dict[str, Any], rng: random.Random) -> list[dict[str, Any]]:
    """Predictions derived from gold: shifted, dropped, merged, renamed and spurious spans."""
    text = doc["text"]
    quotes = sorted(doc["quotes"], key=lambda q: (q["start"], q["end"]))
    others = [q["speaker"] for q in quotes if q["speaker"]]
    out: list[dict[str, Any]] = []
    for i, quote in enumerate(quotes):
        roll = rng.random()
        if roll < 0.15:
            continue
        start, end = quote["start"], quote["end"]
        if roll < 0.45:
            start = min(max(0, start + rng.randint(-8, 8)), len(text))
            end = min(max(start, end + rng.randint(-8, 8)), len(text))
        elif roll < 0.55 and i + 1 < len(quotes):
            # One span over this quote and the next, often across a line break.
            end = max(end, quotes[i + 1]["end"])
        speaker = perturbed_speaker(quote["speaker"], others, rng)
        out.append(pred(start, end, speaker))
        if rng.random() < 0.05:
            out.append(pred(start, end, speaker))
    for _ in range(rng.randint(0, 4)):
        start = rng.randrange(len(text) + 1)
        end = min(len(text), start + rng.randint(1, 300))
        out.append(pred(start, end, rng.choice([*others, None]) if others else None))
    rng.shuffle(out)
    return out


@pytest.mark.parametrize(
    "kinds",
    [
        pytest.param(("direct", "mixed"), id="direct-and-mixed"),
        pytest.param(("direct", "mixed", "indirect"), id="all-kinds"),
    ],
)
def test_score_agrees_with_reference_on_perturbed_polnear(
    reference: ModuleType, kinds: tuple[str, ...]
) -> None:
    raw = read_raw(POLNEAR_DEV)
    rng = random.Random(20240611)
    predictions = {doc["id"]: perturbed_predictions(doc, rng) for doc in raw if rng.random() > 0.05}
    ours = score(load_gold(POLNEAR_DEV), predictions, kinds).model_dump()
    assert ours == reference.score(raw, predictions, kinds)


GOLD_SPEAKERS = [
    None,
    "",
    "he",
    " They ",
    "Hillary Clinton",
    "Mr. Clinton",
    "Bill Clinton, the former president",
    "the president",
    "José Núñez",
    "Smith, a spokesman",
    "U.S. officials",
]
PRED_SPEAKERS = [
    *GOLD_SPEAKERS,
    "Clinton",
    "Nunez",
    "John Smith",
    "officials",
    {"name": "Clinton"},
    {"name": None, "text": "he"},
    {"text": "Smith"},
]


@st.composite
def random_case(draw: st.DrawFn) -> tuple[list[dict[str, Any]], dict[str, list[dict[str, Any]]]]:
    """Small gold documents and predictions over a text of marks, letters and line breaks."""
    docs: list[dict[str, Any]] = []
    predictions: dict[str, list[dict[str, Any]]] = {}
    for number in range(draw(st.integers(0, 3))):
        text = draw(st.text(alphabet='ab \n"“”,.', max_size=40))
        offset = st.integers(0, len(text))
        span = st.tuples(offset, offset)
        gold_spans = draw(st.lists(span.map(sorted), max_size=6))
        quotes = [
            {
                "start": start,
                "end": end,
                "speaker": draw(st.sampled_from(GOLD_SPEAKERS)),
                "kind": draw(st.sampled_from(["direct", "mixed", "indirect"])),
            }
            for start, end in gold_spans
        ]
        docs.append({"id": f"doc{number}", "text": text, "quotes": quotes})
        if draw(st.booleans()) or number == 0:
            # Unsorted spans too: score() accepts end < start and never matches it.
            predictions[f"doc{number}"] = [
                pred(start, end, draw(st.sampled_from(PRED_SPEAKERS)))
                for start, end in draw(st.lists(span, max_size=6))
            ]
    return docs, predictions


@settings(max_examples=400, deadline=None)
@given(case=random_case(), all_kinds=st.booleans())
def test_score_agrees_with_reference_on_random_documents(
    reference: ModuleType,
    case: tuple[list[dict[str, Any]], dict[str, list[dict[str, Any]]]],
    all_kinds: bool,
) -> None:
    raw, predictions = case
    kinds = ("direct", "mixed", "indirect") if all_kinds else ("direct", "mixed")
    gold = [GoldDocument.model_validate(doc) for doc in raw]
    assert score(gold, predictions, kinds).model_dump() == reference.score(raw, predictions, kinds)


def _band_report() -> Report:
    """Five quotes: two right at 0.95, one wrong at 0.95, one right at 0.7, one spurious at
    0.7, one unjudged (gold speaker null) at 0.8, and one with no confidence."""
    text = '"a b" A. "c d" B. "e f" C. "g h" D. "i j" E. "k l" F. "m n" G.'
    gold = make_doc(
        text,
        [(1, 4, "Ann"), (10, 13, "Bob"), (19, 22, "Cy"), (28, 31, "Di"), (46, 49, None)],
    )
    confidences = {1: 0.95, 10: 0.95, 19: 0.95, 28: 0.7, 37: 0.7, 46: 0.8, 55: None}
    speakers = {1: "Ann", 10: "Bob", 19: "Zed", 28: "Di", 37: "Eve", 46: "Fay", 55: "Gus"}
    predictions = {
        "d": [
            {"start": s, "end": s + 3, "speaker": speakers[s], "confidence": c}
            for s, c in confidences.items()
        ]
    }
    return build_report([gold], predictions)


@pytest.mark.parametrize(
    ("band", "claims", "judged", "right", "spurious", "accuracy", "precision"),
    [
        pytest.param("<0.6", 0, 0, 0, 0, 0.0, 0.0, id="empty-band"),
        pytest.param("0.6-0.75", 2, 1, 1, 1, 1.0, 0.5, id="spurious-costs-precision-only"),
        pytest.param("0.75-0.9", 1, 0, 0, 0, 0.0, 0.0, id="unjudged-is-neither"),
        pytest.param(">=0.9", 3, 3, 2, 0, 0.6667, 0.6667, id="wrong-costs-both"),
    ],
)
def test_build_report_confidence_band_arithmetic(
    band: str,
    claims: int,
    judged: int,
    right: int,
    spurious: int,
    accuracy: float,
    precision: float,
) -> None:
    rows = {b.band: b for b in _band_report().by_confidence}
    got = rows[band]
    assert (got.claims, got.judged, got.right, got.spurious) == (claims, judged, right, spurious)
    assert (got.accuracy, got.precision) == (accuracy, precision)


def test_build_report_confidence_bands_leave_out_claims_without_confidence() -> None:
    assert sum(b.claims for b in _band_report().by_confidence) == 6


def test_render_report_shows_confidence_table() -> None:
    text = render_report(_band_report())
    assert "By confidence" in text
    assert "  >=0.9          3       3      2         0    0.6667     0.6667" in text
