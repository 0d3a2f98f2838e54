"""Pins the dev-split accuracy floors in tests/eval_baseline.json.

    python scripts/pin_baseline.py [--allow-regression]

Floors only rise unless --allow-regression is given: a change that lowers accuracy
has to say so.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

from quotes.evaluation.score import evaluate_corpus

ROOT = Path(__file__).resolve().parents[1]
BASELINE = ROOT / "tests" / "eval_baseline.json"
CORPORA = {"polnear-dev": ROOT.parent / "shared" / "corpus" / "polnear" / "dev.jsonl"}
FIGURES = ("quote_f1", "exact_f1", "speaker_acc", "attrib_f1")
NOISE = 0.005


def fingerprint(path: Path) -> str:
    """The SHA-256 of a corpus file, so floors are only checked against the same data."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main(argv: list[str]) -> int:
    allow = "--allow-regression" in argv
    old = json.loads(BASELINE.read_text()) if BASELINE.exists() else {"corpora": {}}
    pinned: dict[str, dict[str, object]] = {}
    for name, path in CORPORA.items():
        scores = evaluate_corpus(path).scores.model_dump()
        floors = {figure: round(scores[figure], 4) for figure in FIGURES}
        before = old["corpora"].get(name, {}).get("floors", {})
        lowered = [f for f in FIGURES if f in before and floors[f] < before[f] - NOISE]
        if lowered and not allow:
            print(
                f"{name}: {', '.join(lowered)} would drop; pass --allow-regression", file=sys.stderr
            )
            return 1
        pinned[name] = {"sha256": fingerprint(path), "floors": floors}
    baseline = {"noise_margin": NOISE, "corpora": pinned}
    BASELINE.write_text(json.dumps(baseline, indent=2) + "\n")
    print(json.dumps(baseline, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
