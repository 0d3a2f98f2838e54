"""Scoring predicted quotes against gold annotations.

The metric is the project's reference metric (`../shared/eval/score.py`),
reimplemented here so that the figures are identical:

- Spans are compared after trimming white space, quote marks and punctuation
  from both ends.
- Predicted spans that cross a line break are split per paragraph, as gold is.
- A prediction matches a gold quote when the trimmed spans overlap with
  Jaccard >= 0.5; matching is one-to-one and greedy, best overlap first.
  "Exact" means the trimmed spans are equal.
- A matched quote's speaker is right when the normalised names agree (equal,
  same surname, or one's tokens inside the other's), for the whole gold
  mention or a comma-separated part of it. Gold speakers that are null or bare
  pronouns are not judged.
- Attribution P/R/F1 counts a quote found AND credited to the right named
  speaker. Its precision is over the predictions that name a speaker: a quote
  left unattributed costs recall only, a wrong or spurious attribution costs
  precision too. Only direct and mixed gold quotes count by default.

The gold file format is described in `GOLD_FORMAT_HELP`.
"""

from __future__ import annotations

import io
import json
import unicodedata
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, Self, TypeVar

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StrictInt,
    ValidationError,
    computed_field,
    field_validator,
    model_validator,
)
from pydantic_core import ErrorDetails

from quotes.api import extract
from quotes.engine.composer import ExtractOptions
from quotes.engine.language import default_language
from quotes.errors import GoldFormatError

__all__ = [
    "CONFIDENCE_BANDS",
    "GOLD_FORMAT_HELP",
    "KINDS",
    "SCORED_KINDS",
    "BandScores",
    "DocumentLoss",
    "GoldDocument",
    "GoldQuote",
    "KindScores",
    "Report",
    "Scores",
    "build_report",
    "confidence_bands",
    "is_named_speaker",
    "load_gold",
    "load_predictions",
    "match_spans",
    "name_tokens",
    "render_report",
    "report_json",
    "same_speaker",
    "score",
    "speaker_name",
    "split_by_paragraph",
    "trim_span",
]

GOLD_FORMAT_HELP = """\
Gold file format (JSON Lines, UTF-8): one JSON object per line, one line per document.

  {"id": "d1", "text": "\\"Yes,\\" Ann said.", "quotes": [{"start": 1, "end": 5, "speaker": "Ann"}]}

Document fields:
  id      string, unique in the file; predictions are matched to documents by it.
  text    the article text exactly as the offsets count it.
  quotes  list of quote records (may be empty).
Quote fields:
  start, end  character offsets of the quote content INSIDE the quotation marks:
              text[start:end] is the quoted words. They are Python str indices of
              the text as decoded (code points, not bytes or UTF-16 units).
              0 <= start <= end <= len(text).
  speaker     the speaker mention as a string, or null when the source is unknown.
              Null and bare pronouns ("he", "they") are not judged for speaker.
  kind        optional: "direct" (all words inside marks), "mixed" (quoted words
              inside a paraphrase: one record per quoted passage) or "indirect"
              (no marks). Default "direct". Direct and mixed quotes are scored.
  cue         optional: the speech verb or phrase, e.g. "told reporters".
  text        optional: the quoted words; when given it must equal text[start:end].
A quotation running over several paragraphs is one record per paragraph.
Other fields (e.g. "corpus", "speaker_mentions") are allowed and ignored.
"""

GoldKind = Literal["direct", "mixed", "indirect"]
KINDS: tuple[GoldKind, ...] = ("direct", "mixed", "indirect")
SCORED_KINDS: tuple[GoldKind, ...] = ("direct", "mixed")

MIN_JACCARD = 0.5

# Lower bounds of the confidence bands the report tabulates: (label, low, high).
CONFIDENCE_BANDS: tuple[tuple[str, float, float], ...] = (
    ("<0.6", 0.0, 0.6),
    ("0.6-0.75", 0.6, 0.75),
    ("0.75-0.9", 0.75, 0.9),
    (">=0.9", 0.9, float("inf")),
)

# These three sets are part of the metric's definition, so they are fixed here
# rather than read from the extractor's lexicons, which change as rules improve.
# Quotation marks are the one exception: they come from the language data, the one set
# the extractor also reads.
_EDGE = frozenset(" \t\r\n,.;:!?-–—…()[]") | default_language().marks.characters
# fmt: off
# (word lists stay a few words per line rather than one per line)
_TITLES = frozenset({
    "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "lord", "lady", "gen", "sen", "rep", "gov",
    "president", "minister", "secretary", "the", "a", "an", "of", "state", "general",
    "us", "u", "s", "uk", "said", "told",
})
_PRONOUNS = frozenset({
    "he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "us", "his", "their",
    "its", "who", "which", "that",
})
# fmt: on


# --- records -------------------------------------------------------------------


class _Offsets(BaseModel):
    """A start/end pair of character offsets; other fields are kept."""

    model_config = ConfigDict(frozen=True, extra="allow")

    start: StrictInt
    end: StrictInt

    @model_validator(mode="after")
    def _ordered(self) -> Self:
        if self.start < 0:
            raise ValueError(f"start {self.start} is negative")
        if self.end < self.start:
            raise ValueError(f"end {self.end} is before start {self.start}")
        return self


class GoldQuote(_Offsets):
    """One gold quote: offsets of the content inside the marks, and its speaker."""

    speaker: str | None
    kind: GoldKind = "direct"
    text: str | None = None
    cue: str | None = None
    speaker_mentions: list[Any] | None = None


class GoldDocument(BaseModel):
    """One gold article with its quotes; every offset indexes `text`."""

    model_config = ConfigDict(frozen=True, extra="allow")

    id: str = Field(min_length=1)
    text: str
    quotes: list[GoldQuote]

    @model_validator(mode="after")
    def _offsets_index_text(self) -> GoldDocument:
        for number, quote in enumerate(self.quotes, 1):
            if quote.end > len(self.text):
                raise ValueError(
                    f"quote {number}: end {quote.end} is past the end of the text "
                    f"({len(self.text)} characters)"
                )
            found = self.text[quote.start : quote.end]
            if quote.text is not None and quote.text != found:
                raise ValueError(
                    f"quote {number}: text {_clip(quote.text)} is not the text at "
                    f"{quote.start}:{quote.end} ({_clip(found)}); offsets are Python str "
                    "indices of the decoded text"
                )
        return self


class _PredictedQuote(_Offsets):
    """The parts of a predicted quote that scoring reads."""

    speaker: Any = None

    @field_validator("speaker")
    @classmethod
    def _speaker_shape(cls, value: Any) -> Any:
        _check_speaker(value)
        return value


class _PredictedDocument(BaseModel):
    """One line of `quotes extract --format jsonl` output."""

    model_config = ConfigDict(frozen=True, extra="allow")

    id: str = Field(min_length=1)
    quotes: list[_PredictedQuote] = Field(default_factory=list)


class Scores(BaseModel):
    """The reference scorer's figures, under its names and rounded to 4 places."""

    model_config = ConfigDict(frozen=True)

    docs: int
    docs_without_prediction: int
    gold_quotes: int
    pred_quotes: int
    quote_p: float
    quote_r: float
    quote_f1: float
    exact_p: float
    exact_r: float
    exact_f1: float
    speaker_acc: float
    attrib_p: float
    attrib_r: float
    attrib_f1: float


class KindScores(BaseModel):
    """Recall-side figures for gold quotes of one kind (precision has no per-kind meaning)."""

    model_config = ConfigDict(frozen=True)

    kind: GoldKind
    in_headline: bool = Field(description="Counted in the headline scores.")
    gold_quotes: int
    found: int
    exact: int
    named: int = Field(description="Gold quotes whose speaker names someone.")
    speaker_judged: int
    speaker_right: int
    quote_r: float
    exact_r: float
    speaker_acc: float
    attrib_r: float


class BandScores(BaseModel):
    """How often the attributions of one confidence band are right.

    `judged` claims were matched to a gold quote with a named speaker, `spurious` ones
    to no gold quote at all; `accuracy` is right/judged and `precision` is
    right/(judged + spurious), the attribution precision of this band alone.
    """

    model_config = ConfigDict(frozen=True)

    band: str
    claims: int = Field(description="Predictions in the band that name a speaker.")
    judged: int
    right: int
    spurious: int
    accuracy: float
    precision: float


class DocumentLoss(BaseModel):
    """How much one document costs the headline scores."""

    model_config = ConfigDict(frozen=True)

    id: str
    has_prediction: bool
    gold_quotes: int
    pred_quotes: int
    missed: int
    spurious: int
    wrong_speaker: int

    @computed_field  # type: ignore[prop-decorator]
    @property
    def loss(self) -> int:
        """Missed plus spurious quotes plus wrong speakers."""
        return self.missed + self.spurious + self.wrong_speaker


class Report(BaseModel):
    """Headline scores, a breakdown per gold kind, and the documents that lose most."""

    model_config = ConfigDict(frozen=True)

    kinds: tuple[GoldKind, ...]
    scores: Scores
    by_kind: list[KindScores]
    by_confidence: list[BandScores] = Field(default_factory=list)
    worst: list[DocumentLoss]


# --- loading -------------------------------------------------------------------


def load_gold(path: str | Path) -> list[GoldDocument]:
    """Read and validate a gold JSONL file (see `GOLD_FORMAT_HELP`).

    Args:
        path: the gold file.

    Raises:
        GoldFormatError: one line naming file:line and the record or field at fault.
    """
    docs = [doc for _, doc in _validated_lines(path, GoldDocument)]
    if not docs:
        raise GoldFormatError(f"{path}: no documents; expected one JSON object per line")
    return docs


def load_predictions(path: str | Path) -> dict[str, list[dict[str, Any]]]:
    """Read predicted quotes per document id from `quotes extract --format jsonl` output.

    Args:
        path: the predictions file; each line `{"id", "quotes": [{"start", "end", "speaker"}]}`
            where `speaker` is `{"name": ...}`, a string or null.

    Raises:
        GoldFormatError: one line naming file:line and the record or field at fault.
    """
    # The raw objects are kept: scoring needs only start/end/speaker, and
    # callers may want the rest (rule, cue) for error analysis.
    return {
        doc.id: list(record.get("quotes", []))
        for record, doc in _validated_lines(path, _PredictedDocument)
    }


_Model = TypeVar("_Model", GoldDocument, _PredictedDocument)


def _validated_lines(
    path: str | Path, model: type[_Model]
) -> Iterator[tuple[dict[str, Any], _Model]]:
    """Yield each JSONL record with its validated model; ids must be unique."""
    seen: dict[str, int] = {}
    for number, record in _json_lines(path):
        where = f"{path}:{number}"
        try:
            doc = model.model_validate(record)
        except ValidationError as error:
            raise GoldFormatError(f"{where}: {_explain(error.errors()[0])}") from None
        if doc.id in seen:
            raise GoldFormatError(f"{where}: id {doc.id!r} is already used on line {seen[doc.id]}")
        seen[doc.id] = number
        yield record, doc


def _json_lines(path: str | Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """Yield (1-based line number, object) for each non-blank line of a JSONL file."""
    try:
        raw = Path(path).read_bytes()
    except OSError as error:
        raise GoldFormatError(f"{path}: cannot read: {error.strerror}") from None
    try:
        # utf-8-sig: a byte-order mark from a Windows editor is not an error.
        content = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        bad_line = raw.count(b"\n", 0, error.start) + 1
        raise GoldFormatError(
            f"{path}:{bad_line}: not UTF-8 (byte {error.start}); save the file as UTF-8"
        ) from None
    # Universal newlines, as a text-mode file gives: JSON strings may hold raw
    # U+2028 or U+0085, which str.splitlines() would wrongly treat as line ends.
    for number, line in enumerate(io.StringIO(content, newline=None), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise GoldFormatError(
                f"{path}:{number}: not valid JSON: {error.msg} (column {error.colno})"
            ) from None
        if not isinstance(record, dict):
            raise GoldFormatError(f"{path}:{number}: expected a JSON object, got {_clip(record)}")
        yield number, record


def _explain(error: ErrorDetails) -> str:
    """One validation error as 'quote N: what is wrong'."""
    loc = list(error["loc"])
    prefix = ""
    if len(loc) >= 2 and loc[0] == "quotes" and isinstance(loc[1], int):
        prefix = f"quote {loc[1] + 1}: "
        loc = loc[2:]
    field = next((str(part) for part in loc if isinstance(part, str)), None)
    if error["type"] == "value_error":
        return prefix + str(error.get("ctx", {}).get("error", error["msg"]))
    if error["type"] == "missing":
        return f"{prefix}missing field {field!r}"
    if error["type"] in ("model_type", "model_attributes_type", "dict_type"):
        return f"{prefix}expected a JSON object, got {_clip(error['input'])}"
    message = error["msg"][:1].lower() + error["msg"][1:]
    if field is None:
        return f"{prefix}{message}"
    return f"{prefix}field {field!r}: {message} (got {_clip(error['input'])})"


def _clip(value: Any, width: int = 40) -> str:
    """A repr short enough for a one-line message."""
    text = repr(value)
    return text if len(text) <= width else text[: width - 3] + "..."


def _check_speaker(value: Any) -> None:
    """Reject a predicted speaker that is not a string, an object with a name, or null."""
    if value is None or isinstance(value, str):
        return
    if isinstance(value, dict) and all(
        isinstance(value.get(key), str | None) for key in ("name", "text")
    ):
        return
    raise ValueError(f'speaker must be a string, an object with a "name", or null, not {value!r}')


# --- the metric ----------------------------------------------------------------


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Narrow a span past white space, quote marks and punctuation at both ends."""
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    return start, end


def name_tokens(name: str | None) -> list[str]:
    """Lower-case ASCII words of a name, without titles unless nothing else is left."""
    if not name:
        return []
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().casefold()
    words = "".join(c if c.isalnum() else " " for c in folded).split()
    return [w for w in words if w not in _TITLES] or words


def is_named_speaker(speaker: str | None) -> bool:
    """Whether a gold speaker names someone: not null and not a bare pronoun."""
    if not speaker:
        return False
    return speaker.strip().casefold() not in _PRONOUNS


def _same_name(gold: list[str], predicted: list[str]) -> bool:
    """Token lists agree: equal, same last word, or one a subset of the other."""
    if not gold or not predicted:
        return False
    if gold == predicted or gold[-1] == predicted[-1]:
        return True
    return set(predicted) <= set(gold) or set(gold) <= set(predicted)


def same_speaker(gold: str | None, predicted: str | None) -> bool:
    """Whether a predicted name agrees with the gold mention or one comma-separated part of it.

    "Mr. Meyer, who runs L.H. Meyer" names Meyer; "its envoy, Dmitry Rogozin" names Rogozin.
    """
    predicted_tokens = name_tokens(predicted)
    parts = [gold] + (gold.split(",") if gold and "," in gold else [])
    return any(_same_name(name_tokens(part), predicted_tokens) for part in parts)


def speaker_name(speaker: Any) -> str | None:
    """The name of a predicted speaker given as a string or an object with a name."""
    if isinstance(speaker, dict):
        name = speaker.get("name") or speaker.get("text")
        return name if isinstance(name, str) else None
    return speaker if isinstance(speaker, str) else None


def split_by_paragraph(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut a predicted span at line breaks, trimming each piece, as gold is per paragraph."""
    if not text or "\n" not in text[start:end]:
        return [(start, end)]
    pieces: list[tuple[int, int]] = []
    piece_start = start
    while True:
        cut = text.find("\n", piece_start, end)
        piece = trim_span(text, piece_start, end if cut < 0 else cut)
        # Empty pieces (blank lines between paragraphs) are not predictions.
        if piece[1] > piece[0]:
            pieces.append(piece)
        if cut < 0:
            return pieces
        piece_start = cut + 1


def match_spans(
    gold: Sequence[tuple[int, int]], predicted: Sequence[tuple[int, int]]
) -> list[tuple[int, int, bool]]:
    """Pair gold and predicted spans one-to-one, greedily by Jaccard overlap >= 0.5.

    Returns (gold index, predicted index, exact) triples. Ties in overlap go to the
    higher gold index, then the higher predicted index.
    """
    order = sorted(range(len(predicted)), key=lambda j: predicted[j][0])
    starts = [predicted[j][0] for j in order]
    candidates: list[tuple[float, int, int]] = []
    for i, (gold_start, gold_end) in enumerate(gold):
        length = gold_end - gold_start
        if length <= 0:
            continue
        # Jaccard >= 0.5 needs the union to be at most twice the gold length, so
        # no partner starts more than `length` characters before the gold span;
        # and none starts at or after its end. Only that window is compared.
        low = bisect_left(starts, gold_start - length)
        high = bisect_left(starts, gold_end)
        for j in order[low:high]:
            pred_start, pred_end = predicted[j]
            inter = min(gold_end, pred_end) - max(gold_start, pred_start)
            if inter <= 0:
                continue
            jaccard = inter / (max(gold_end, pred_end) - min(gold_start, pred_start))
            if jaccard >= MIN_JACCARD:
                candidates.append((jaccard, i, j))
    candidates.sort(reverse=True)
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs: list[tuple[int, int, bool]] = []
    for _, i, j in candidates:
        if i in used_gold or j in used_pred:
            continue
        used_gold.add(i)
        used_pred.add(j)
        pairs.append((i, j, tuple(gold[i]) == tuple(predicted[j])))
    return pairs


@dataclass(frozen=True, slots=True)
class _Outcome:
    """What became of one gold quote."""

    kind: str
    named: bool
    found: bool
    exact: bool
    speaker_right: bool
    # The matched prediction names a speaker (only meaningful when found).
    claimed: bool


@dataclass(frozen=True, slots=True)
class _DocResult:
    """One document's gold outcomes and its number of predicted spans."""

    id: str
    has_prediction: bool
    pred_quotes: int
    # Predicted spans that name a speaker: attribution precision's denominator.
    claims: int
    outcomes: tuple[_Outcome, ...]
    # Each claim's confidence (None when the prediction gives none) and what became
    # of it: "right", "wrong", "unjudged" (gold speaker not named) or "spurious".
    verdicts: tuple[tuple[float | None, str], ...] = ()


def _predicted_spans(
    doc: GoldDocument, quotes: Sequence[Mapping[str, Any]]
) -> list[tuple[int, int, Any]]:
    """Predicted (start, end, speaker) per paragraph piece, trimmed as gold is."""
    text = doc.text
    spans: list[tuple[int, int, Any]] = []
    for number, quote in enumerate(quotes, 1):
        start, end = quote.get("start"), quote.get("end")
        speaker = quote.get("speaker")
        where = f"predictions for {doc.id!r}: quote {number}"
        if type(start) is not int or type(end) is not int:
            raise GoldFormatError(f"{where}: start and end must be integers")
        try:
            _check_speaker(speaker)
        except ValueError as error:
            raise GoldFormatError(f"{where}: {error}") from None
        if text and start < end and (start < 0 or end > len(text)):
            raise GoldFormatError(
                f"{where}: offsets {start}:{end} are outside the text "
                f"({len(text)} characters); predictions must come from the gold text"
            )
        for piece_start, piece_end in split_by_paragraph(text, start, end):
            if text:
                piece_start, piece_end = trim_span(text, piece_start, piece_end)
            spans.append((piece_start, piece_end, speaker))
    return spans


def _score_document(
    doc: GoldDocument, quotes: Sequence[Mapping[str, Any]] | None, kinds: tuple[str, ...]
) -> _DocResult:
    """Match one document's predictions against its gold quotes of the given kinds."""
    gold = [q for q in doc.quotes if q.kind in kinds]
    predicted = _predicted_spans(doc, quotes or [])
    gold_spans = [trim_span(doc.text, q.start, q.end) for q in gold]
    pairs = match_spans(gold_spans, [(s, e) for s, e, _ in predicted])
    partner = {i: (j, exact) for i, j, exact in pairs}
    claims = [bool(speaker_name(speaker)) for _, _, speaker in predicted]
    verdict = ["spurious"] * len(predicted)
    outcomes: list[_Outcome] = []
    for i, quote in enumerate(gold):
        named = is_named_speaker(quote.speaker)
        j, exact = partner.get(i, (-1, False))
        right = j >= 0 and named and same_speaker(quote.speaker, speaker_name(predicted[j][2]))
        claimed = j >= 0 and claims[j]
        if j >= 0:
            verdict[j] = "right" if right else "wrong" if named else "unjudged"
        outcomes.append(_Outcome(quote.kind, named, j >= 0, exact, right, claimed))
    confidences = _confidences(quotes or [], doc.text)
    verdicts = tuple((confidences[j], verdict[j]) for j in range(len(predicted)) if claims[j])
    return _DocResult(
        doc.id, quotes is not None, len(predicted), sum(claims), tuple(outcomes), verdicts
    )


def _confidences(quotes: Sequence[Mapping[str, Any]], text: str) -> list[float | None]:
    """Each predicted piece's confidence, in the order `_predicted_spans` gives the pieces."""
    found: list[float | None] = []
    for quote in quotes:
        value = quote.get("confidence")
        confidence = float(value) if isinstance(value, int | float) else None
        pieces = split_by_paragraph(text, quote["start"], quote["end"])
        found.extend([confidence] * len(pieces))
    return found


def _prf(hits: int, predicted: int, gold: int) -> tuple[float, float, float]:
    """Precision, recall and F1, each rounded to 4 places."""
    p = hits / predicted if predicted else 0.0
    r = hits / gold if gold else 0.0
    # The same expression as the reference, so the floats round identically.
    f = 2 * p * r / (p + r) if p + r else 0.0
    return round(p, 4), round(r, 4), round(f, 4)


def _ratio(hits: int, total: int) -> float:
    """hits/total rounded to 4 places, 0.0 when there is nothing to count."""
    return round(hits / total, 4) if total else 0.0


def _scores(results: Sequence[_DocResult]) -> Scores:
    """The headline figures over a set of scored documents."""
    outcomes = [o for r in results for o in r.outcomes]
    n_pred = sum(r.pred_quotes for r in results)
    found = sum(o.found for o in outcomes)
    exact = sum(o.exact for o in outcomes)
    named = sum(o.named for o in outcomes)
    judged = sum(o.found and o.named for o in outcomes)
    right = sum(o.speaker_right for o in outcomes)
    p, r, f = _prf(found, n_pred, len(outcomes))
    ep, er, ef = _prf(exact, n_pred, len(outcomes))
    # Precision is over predictions that name a speaker; those matched to gold
    # quotes without a named speaker cannot be right or wrong, so they leave it.
    claims = sum(r.claims for r in results)
    unjudged = sum(o.found and not o.named and o.claimed for o in outcomes)
    ap, ar, af = _prf(right, claims - unjudged, named)
    return Scores(
        docs=len(results),
        docs_without_prediction=sum(not r.has_prediction for r in results),
        gold_quotes=len(outcomes),
        pred_quotes=n_pred,
        quote_p=p,
        quote_r=r,
        quote_f1=f,
        exact_p=ep,
        exact_r=er,
        exact_f1=ef,
        speaker_acc=_ratio(right, judged),
        attrib_p=ap,
        attrib_r=ar,
        attrib_f1=af,
    )


def _kinds(kinds: Iterable[str]) -> tuple[str, ...]:
    """Validate a selection of gold kinds."""
    chosen = tuple(kinds)
    unknown = sorted(set(chosen) - set(KINDS))
    if unknown:
        raise ValueError(f"unknown gold kinds {unknown}; expected some of {list(KINDS)}")
    return chosen


def score(
    gold_docs: Sequence[GoldDocument],
    predictions: Mapping[str, Sequence[Mapping[str, Any]]],
    kinds: Iterable[str] = SCORED_KINDS,
) -> Scores:
    """Score predictions against gold, with the reference scorer's figures.

    Args:
        gold_docs: validated gold documents, e.g. from `load_gold`.
        predictions: predicted quote objects per document id, e.g. from `load_predictions`.
            A gold document with no entry counts in `docs_without_prediction`.
        kinds: the gold quote kinds that count.

    Raises:
        GoldFormatError: a prediction's offsets are not integers or fall outside its text.
    """
    chosen = _kinds(kinds)
    return _scores([_score_document(d, predictions.get(d.id), chosen) for d in gold_docs])


def _kind_scores(kind: GoldKind, in_headline: bool, results: Sequence[_DocResult]) -> KindScores:
    """Recall-side figures for the gold quotes of one kind."""
    outcomes = [o for r in results for o in r.outcomes if o.kind == kind]
    found = sum(o.found for o in outcomes)
    exact = sum(o.exact for o in outcomes)
    named = sum(o.named for o in outcomes)
    judged = sum(o.found and o.named for o in outcomes)
    right = sum(o.speaker_right for o in outcomes)
    return KindScores(
        kind=kind,
        in_headline=in_headline,
        gold_quotes=len(outcomes),
        found=found,
        exact=exact,
        named=named,
        speaker_judged=judged,
        speaker_right=right,
        quote_r=_ratio(found, len(outcomes)),
        exact_r=_ratio(exact, len(outcomes)),
        speaker_acc=_ratio(right, judged),
        attrib_r=_ratio(right, named),
    )


def confidence_bands(results: Sequence[_DocResult]) -> list[BandScores]:
    """Attribution accuracy and precision per confidence band; claims with no
    confidence are left out."""
    bands: list[BandScores] = []
    verdicts = [v for r in results for v in r.verdicts if v[0] is not None]
    for label, low, high in CONFIDENCE_BANDS:
        inside = [verdict for confidence, verdict in verdicts if low <= confidence < high]  # type: ignore[operator]
        right = inside.count("right")
        judged = right + inside.count("wrong")
        spurious = inside.count("spurious")
        bands.append(
            BandScores(
                band=label,
                claims=len(inside),
                judged=judged,
                right=right,
                spurious=spurious,
                accuracy=_ratio(right, judged),
                precision=_ratio(right, judged + spurious),
            )
        )
    return bands


def _loss(result: _DocResult) -> DocumentLoss:
    """Missed, spurious and wrongly attributed quotes of one document."""
    found = sum(o.found for o in result.outcomes)
    return DocumentLoss(
        id=result.id,
        has_prediction=result.has_prediction,
        gold_quotes=len(result.outcomes),
        pred_quotes=result.pred_quotes,
        missed=len(result.outcomes) - found,
        spurious=result.pred_quotes - found,
        wrong_speaker=sum(o.found and o.named and not o.speaker_right for o in result.outcomes),
    )


def build_report(
    gold_docs: Sequence[GoldDocument],
    predictions: Mapping[str, Sequence[Mapping[str, Any]]],
    worst: int = 10,
) -> Report:
    """Headline scores on direct+mixed quotes, a per-kind breakdown, and the worst documents.

    Args:
        gold_docs: validated gold documents, e.g. from `load_gold`.
        predictions: predicted quote objects per document id.
        worst: how many of the documents that lose most to list.

    The direct and mixed rows split the headline matching, so they add up to it;
    the indirect row matches indirect gold quotes on their own, for information.
    """
    headline = [_score_document(d, predictions.get(d.id), SCORED_KINDS) for d in gold_docs]
    indirect = [_score_document(d, predictions.get(d.id), ("indirect",)) for d in gold_docs]
    losses = [loss for loss in map(_loss, headline) if loss.loss > 0]
    losses.sort(key=lambda loss: (-loss.loss, loss.id))
    return Report(
        kinds=SCORED_KINDS,
        scores=_scores(headline),
        by_kind=[
            _kind_scores("direct", True, headline),
            _kind_scores("mixed", True, headline),
            _kind_scores("indirect", False, indirect),
        ],
        by_confidence=confidence_bands(headline),
        worst=losses[:worst],
    )


# --- output --------------------------------------------------------------------


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    """Left-aligned first column, right-aligned others, two spaces apart."""
    widths = [max(len(row[c]) for row in [header, *rows]) for c in range(len(header))]
    lines = []
    for row in [header, *rows]:
        cells = [row[0].ljust(widths[0])] + [
            v.rjust(w) for v, w in zip(row[1:], widths[1:], strict=True)
        ]
        lines.append("  ".join(cells).rstrip())
    return lines


def render_report(report: Report) -> str:
    """The report as plain text: headline figures, the per-kind table, the confidence bands,
    the worst documents."""
    sections = [_headline_lines(report), _kind_lines(report)]
    if any(band.claims for band in report.by_confidence):
        sections.append(_confidence_lines(report))
    sections.append(_worst_lines(report))
    return "\n\n".join("\n".join(lines) for lines in sections) + "\n"


def _headline_lines(report: Report) -> list[str]:
    s = report.scores
    lines = [f"Scores on {' + '.join(report.kinds)} gold quotes"]
    counts = ["docs", "docs_without_prediction", "gold_quotes", "pred_quotes"]
    width = max(map(len, counts))
    lines += [f"  {name.ljust(width)}  {getattr(s, name)}" for name in counts]
    # The reference scorer's order and names, so the two outputs read alike.
    for names in (("quote_p", "quote_r", "quote_f1"), ("exact_p", "exact_r", "exact_f1")):
        lines.append("  " + "  ".join(f"{name} {getattr(s, name):.4f}" for name in names))
    lines.append(f"  speaker_acc {s.speaker_acc:.4f}")
    names = ("attrib_p", "attrib_r", "attrib_f1")
    lines.append("  " + "  ".join(f"{name} {getattr(s, name):.4f}" for name in names))
    return lines


def _kind_lines(report: Report) -> list[str]:
    header = ["kind", "headline", "gold", "found", "exact", "quote_r", "exact_r"]
    header += ["speaker_acc", "attrib_r"]
    rows = [
        [
            k.kind,
            "yes" if k.in_headline else "no",
            str(k.gold_quotes),
            str(k.found),
            str(k.exact),
            f"{k.quote_r:.4f}",
            f"{k.exact_r:.4f}",
            f"{k.speaker_acc:.4f}",
            f"{k.attrib_r:.4f}",
        ]
        for k in report.by_kind
    ]
    title = "By gold kind (recall side; precision is not defined per kind)"
    return [title] + ["  " + line for line in _table(header, rows)]


def _confidence_lines(report: Report) -> list[str]:
    header = ["band", "claims", "judged", "right", "spurious", "accuracy", "precision"]
    rows = [
        [
            b.band,
            str(b.claims),
            str(b.judged),
            str(b.right),
            str(b.spurious),
            f"{b.accuracy:.4f}",
            f"{b.precision:.4f}",
        ]
        for b in report.by_confidence
    ]
    title = "By confidence (attributions that name a speaker)"
    return [title] + ["  " + line for line in _table(header, rows)]


def _worst_lines(report: Report) -> list[str]:
    title = "Documents that lose most (missed + spurious + wrong speaker)"
    if not report.worst:
        return [title, "  none"]
    header = ["id", "loss", "missed", "spurious", "wrong_speaker", "gold", "pred"]
    rows = [
        [
            d.id if d.has_prediction else f"{d.id} (no prediction)",
            str(d.loss),
            str(d.missed),
            str(d.spurious),
            str(d.wrong_speaker),
            str(d.gold_quotes),
            str(d.pred_quotes),
        ]
        for d in report.worst
    ]
    return [title] + ["  " + line for line in _table(header, rows)]


def report_json(report: Report) -> str:
    """The report as indented JSON."""
    return report.model_dump_json(indent=2) + "\n"


def evaluate_corpus(
    gold_path: str | Path,
    pred_path: str | Path | None = None,
    options: ExtractOptions | None = None,
    worst: int = 10,
) -> Report:
    """Scores predictions read from `pred_path`, or extracted now, against a gold file."""
    gold_docs = load_gold(gold_path)
    if pred_path is not None:
        predictions = load_predictions(pred_path)
    else:
        predictions = {
            doc.id: [q.model_dump(mode="json") for q in extract(doc.text, doc.id, options).quotes]
            for doc in gold_docs
        }
    return build_report(gold_docs, predictions, worst=worst)
