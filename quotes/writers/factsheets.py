"""Fact sheets per speaker as JSON, the documents as JSON, and ClaimReview skeletons."""

from __future__ import annotations

import datetime
import hashlib
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Protocol

from pydantic import Field

from quotes.errors import OutputError
from quotes.identity import SpeakerEntry
from quotes.models import ArticleMetadata, Document, Quote, QuoteKind, Record, Resolution
from quotes.writers.atomic import write_atomically

# Long enough for a claim as fact-checkers quote it; a tweet's length.
CLAIM_LENGTH = 280


class QuoteEntry(Record):
    """One quote as a fact sheet lists it: flat, with where to find it."""

    id: str = Field(
        description="Stable id of the quote: a hash of its article id, offsets and text."
    )
    speaker: str | None = Field(description="Slug of the speaker; null when unattributed.")
    speaker_name: str | None = Field(description="The speaker's name across all articles.")
    name_in_article: str | None = Field(description="The speaker's name in this article.")
    role: str | None = Field(description="The role this article gives the speaker.")
    text: str = Field(description="The quote, verbatim.")
    kind: QuoteKind
    cue: str | None = Field(description="The cue phrase, e.g. 'told a news conference'.")
    document_id: str
    path: str | None
    article: ArticleMetadata | None = Field(
        default=None, description="Where the article was published: headline, URL, outlet, date."
    )
    paragraph: int
    line: int
    column: int
    start: int
    end: int
    sentence: str = Field(description="The sentence the quote stands in.")
    confidence: float
    resolution: Resolution | None = Field(description="How the speaker was resolved.")
    ambiguous: bool = Field(
        default=False, description="Credited through a pronoun that could mean two people."
    )
    rule: str = Field(description="The attribution rule that fired.")


class RunHeader(Record):
    """What exports/quotes.json says about the run that wrote it."""

    tool: str = Field(default="quotes", description="The program that wrote the file.")
    version: str = Field(description="Its version.")
    ran_at: datetime.datetime = Field(description="When the export ran, in UTC.")
    inputs: list[str] = Field(description="The paths the export read, as given.")


class QuotesFile(RunHeader):
    """exports/quotes.json: the run, then every document with its records."""

    documents: list[Document]


class FactSheet(Record):
    """One speaker and everything they were quoted saying."""

    speaker: SpeakerEntry
    quotes: list[QuoteEntry]


class QuoteSource(Protocol):
    """Quote entries, in input order or one speaker's at a time."""

    def entries(self) -> Iterable[QuoteEntry]:
        """Every entry in input order."""
        ...

    def entries_of(self, slug: str) -> Iterable[QuoteEntry]:
        """One speaker's entries in input order."""
        ...


def quote_id(document_id: str, start: int, end: int, text: str) -> str:
    """A stable id for a quote: the same article, offsets and words give the same id."""
    key = "\x1f".join((document_id, str(start), str(end), text))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:12]


def entry_of(document: Document, quote: Quote) -> QuoteEntry:
    """The fact-sheet entry of one quote, before the registry gives it a speaker slug."""
    speaker = quote.speaker
    return QuoteEntry(
        id=quote_id(document.id, quote.start, quote.end, quote.text),
        speaker=None,
        speaker_name=None,
        name_in_article=speaker.name if speaker else None,
        role=speaker.role if speaker else None,
        text=quote.text,
        kind=quote.kind,
        cue=quote.cue.phrase.text if quote.cue else None,
        document_id=document.id,
        path=document.path,
        article=document.metadata,
        paragraph=quote.paragraph,
        line=quote.line,
        column=quote.column,
        start=quote.start,
        end=quote.end,
        sentence=quote.sentence.text,
        confidence=quote.confidence,
        resolution=speaker.resolution if speaker else None,
        ambiguous=speaker.ambiguous if speaker else False,
        rule=quote.rule,
    )


def write_documents_json(path: Path, documents: Iterable[Document], run: RunHeader) -> Path:
    """Writes the run and every document with its records as one JSON object (a QuotesFile).

    Documents stream one per line, so memory stays flat however many there are.
    """

    def write(stream: IO[bytes]) -> None:
        head = run.model_dump_json()[:-1].encode("utf-8")
        stream.write(head + b',"documents":[')
        separator = b"\n"
        for document in documents:
            stream.write(separator + document.model_dump_json().encode("utf-8"))
            separator = b",\n"
        stream.write(b"\n]}\n")

    return write_atomically(path, write)


def write_fact_sheets(
    folder: Path, speakers: Iterable[SpeakerEntry], source: QuoteSource
) -> list[Path]:
    """Writes `<slug>.json` per speaker (a FactSheet): the speaker and all their quotes."""
    paths = []
    for speaker in speakers:
        head = {"speaker": speaker.model_dump(mode="json")}
        items = (entry.model_dump(mode="json") for entry in source.entries_of(speaker.slug))
        paths.append(write_json_list(folder / f"{speaker.slug}.json", head, "quotes", items))
    return paths


def write_json_list(
    path: Path, head: dict[str, Any], key: str, items: Iterable[dict[str, Any]]
) -> Path:
    """Writes `head` plus `key`: a list of `items`, streamed, as indented JSON."""

    def write(stream: IO[bytes]) -> None:
        opening = json.dumps(head, indent=2, ensure_ascii=False)[:-2]
        stream.write(f'{opening},\n  "{key}": ['.encode())
        separator = "\n    "
        for item in items:
            text = json.dumps(item, indent=2, ensure_ascii=False).replace("\n", "\n    ")
            stream.write((separator + text).encode("utf-8"))
            separator = ",\n    "
        stream.write(("\n  ]\n}\n" if separator != "\n    " else "]\n}\n").encode())

    return write_atomically(path, write)


def claim_review(speaker: SpeakerEntry, entries: list[QuoteEntry]) -> dict[str, Any]:
    """A schema.org ClaimReview for one claim, with the verdict left for the reviewer.

    `entries` are the claim's quotes, one per article it appeared in; each is an
    `appearance`, and the earliest dated one is the `firstAppearance`.
    """
    entry = entries[0]
    author: dict[str, Any] = {
        "@type": "Organization" if speaker.kind == "group" else "Person",
        "name": speaker.name,
    }
    role = entry.role or (speaker.roles[0].role if speaker.roles else None)
    if role and speaker.kind != "group":
        author["jobTitle"] = role
    appearances = [appearance(item) for item in entries]
    claim: dict[str, Any] = {"@type": "Claim", "author": author, "appearance": appearances}
    dated = [item for item in entries if item.article and item.article.published]
    if dated:
        claim["firstAppearance"] = appearance(min(dated, key=published_order))
    return {
        "@type": "ClaimReview",
        "claimReviewed": cut(entry.text, CLAIM_LENGTH),
        "itemReviewed": claim,
        # Left blank on purpose: the fact-checker fills in the verdict and the review.
        **claim_review_blanks(),
    }


def appearance(entry: QuoteEntry) -> dict[str, Any]:
    """The article a quote appeared in, as a schema.org CreativeWork; unknown fields left out.

    An article with no URL is named by its document id, so that it can still be found.
    """
    work: dict[str, Any] = {"@type": "CreativeWork"}
    article = entry.article or ArticleMetadata()
    if article.url:
        work["url"] = article.url
    else:
        work["identifier"] = entry.document_id
    if article.headline:
        work["headline"] = article.headline
    if article.published:
        work["datePublished"] = article.published.isoformat()
    if article.outlet:
        work["publisher"] = {"@type": "Organization", "name": article.outlet}
    if article.authors:
        work["author"] = [{"@type": "Person", "name": name} for name in article.authors]
    return work


def published_order(entry: QuoteEntry) -> datetime.datetime:
    """A quote's publication time for sorting: dates at midnight, times in UTC."""
    published = entry.article.published if entry.article else None
    if isinstance(published, datetime.datetime):
        if published.tzinfo is not None:
            published = published.astimezone(datetime.UTC).replace(tzinfo=None)
        return published
    if isinstance(published, datetime.date):
        return datetime.datetime.combine(published, datetime.time.min)
    return datetime.datetime.max


def claim_key(text: str) -> str:
    """The words of a quote, whatever their case, spacing and closing punctuation."""
    return " ".join(text.casefold().split()).rstrip(",.;:!?…")


def cut(text: str, limit: int) -> str:
    """`text` shortened to at most `limit` characters at a word boundary, marked with …."""
    if len(text) <= limit:
        return text
    head = text[: limit - 1]
    space = head.rfind(" ")
    return (head[:space] if space > limit // 2 else head).rstrip() + "…"


GENERATED_FIELDS = frozenset({"@type", "claimReviewed", "itemReviewed"})
"""What the export writes of a ClaimReview; every other field is the fact-checker's."""


@dataclass
class ClaimVerdicts:
    """The ClaimReviews a fact-checker filled in, from the last export, by (file, claim)."""

    by_claim: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    used: set[tuple[str, str]] = field(default_factory=set)

    def fill(self, slug: str, review: dict[str, Any]) -> dict[str, Any]:
        """`review` with what the fact-checker wrote in the same claim's review last time."""
        key = (slug, claim_key(review["claimReviewed"]))
        old = self.by_claim.get(key)
        if old is None:
            return review
        self.used.add(key)
        return {**review, **{k: v for k, v in old.items() if k not in GENERATED_FIELDS}}

    def left_over(self, slug: str) -> list[dict[str, Any]]:
        """The filled-in reviews of `<slug>.jsonld` whose claim this export does not hold:
        kept as they were, never dropped."""
        return [
            review
            for key, review in self.by_claim.items()
            if key[0] == slug and key not in self.used
        ]


def is_filled_in(review: dict[str, Any]) -> bool:
    """Whether a fact-checker wrote anything in a ClaimReview skeleton."""
    blank = claim_review_blanks()
    mine = {k: v for k, v in review.items() if k not in GENERATED_FIELDS}
    return mine != blank


def claim_review_blanks() -> dict[str, Any]:
    """The fields of a new ClaimReview that the fact-checker fills in, as left blank."""
    return {
        "reviewRating": {"@type": "Rating", "alternateName": "", "ratingValue": ""},
        "author": {"@type": "Organization", "name": ""},
        "url": "",
        "datePublished": "",
    }


def read_claim_verdicts(paths: Iterable[Path]) -> ClaimVerdicts:
    """The filled-in ClaimReviews in the `<slug>.jsonld` files at `paths` (those that exist);
    a file that cannot be read stops the export rather than being overwritten."""
    verdicts = ClaimVerdicts()
    for path in paths:
        if not path.is_file():
            continue
        try:
            graph = json.loads(path.read_text(encoding="utf-8")).get("@graph", [])
        except (OSError, ValueError, AttributeError) as error:
            raise OutputError(
                f"{path}: cannot read the reviews in it ({error}); move it away or repair it, "
                "so that the export does not overwrite them"
            ) from error
        for review in graph if isinstance(graph, list) else []:
            if isinstance(review, dict) and is_filled_in(review):
                claim = claim_key(str(review.get("claimReviewed", "")))
                verdicts.by_claim[(path.stem, claim)] = review
    return verdicts


def write_claim_reviews(
    folder: Path,
    speakers: Iterable[SpeakerEntry],
    source: QuoteSource,
    verdicts: ClaimVerdicts | None = None,
) -> list[Path]:
    """Writes `<slug>.jsonld` per speaker: a ClaimReview skeleton per distinct claim, with
    the verdicts filled in last time (`verdicts`) kept, also for claims no longer quoted."""
    verdicts = verdicts or ClaimVerdicts()
    head = {"@context": "https://schema.org"}
    paths = []
    slugs = set()
    for speaker in speakers:
        # One review per claim: the same words in several articles are its appearances.
        claims: dict[str, list[QuoteEntry]] = {}
        for entry in source.entries_of(speaker.slug):
            claims.setdefault(claim_key(entry.text), []).append(entry)
        graph = [
            verdicts.fill(speaker.slug, claim_review(speaker, entries))
            for entries in claims.values()
        ]
        graph += verdicts.left_over(speaker.slug)
        slugs.add(speaker.slug)
        paths.append(write_json_list(folder / f"{speaker.slug}.jsonld", head, "@graph", graph))
    for slug in sorted({slug for slug, _ in verdicts.by_claim} - slugs):
        kept = verdicts.left_over(slug)
        paths.append(write_json_list(folder / f"{slug}.jsonld", head, "@graph", kept))
    return paths


SCHEMAS: dict[str, Callable[[], dict[str, Any]]] = {
    "document": lambda: Document.model_json_schema(mode="serialization"),
    "quotes-json": lambda: QuotesFile.model_json_schema(mode="serialization"),
    "factsheet": lambda: FactSheet.model_json_schema(mode="serialization"),
}
"""JSON Schemas by name: one document, exports/quotes.json, exports/speakers/<slug>.json."""
