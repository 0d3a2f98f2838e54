"""The accuracy gate: dev-split figures must not fall below the pinned floors."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from quotes.evaluation.score import evaluate_corpus

ROOT = Path(__file__).resolve().parents[1]
BASELINE = json.loads((ROOT / "tests" / "eval_baseline.json").read_text())
CORPORA = {"polnear-dev": ROOT.parent / "shared" / "corpus" / "polnear" / "dev.jsonl"}


@pytest.mark.parametrize("name", sorted(BASELINE["corpora"]))
def test_dev_accuracy_stays_above_pinned_floors(name: str) -> None:
    path = CORPORA[name]
    if not path.exists():
        pytest.skip(f"{path} is absent")
    pinned = BASELINE["corpora"][name]
    if hashlib.sha256(path.read_bytes()).hexdigest() != pinned["sha256"]:
        pytest.skip(f"{path} differs from the pinned corpus; re-pin with scripts/pin_baseline.py")
    scores = evaluate_corpus(path).scores.model_dump()
    margin = BASELINE["noise_margin"]
    below = {
        figure: (scores[figure], floor)
        for figure, floor in pinned["floors"].items()
        if scores[figure] < floor - margin
    }
    assert below == {}
