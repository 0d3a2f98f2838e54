"""Small versions of the inputs that once cost super-linear time or memory (issue 8).

These check that the linear algorithms give the right answers; how long they take is
measured by benchmarks/bench_scaling.py, never here.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from typer.testing import CliRunner

from quotes import extract
from quotes.cli import app
from quotes.engine.analysis import DocumentAnalysis, tokenize
from quotes.engine.composer import ExtractOptions
from quotes.engine.language import default_language
from quotes.engine.rules import Attributor
from quotes.engine.speakers import SpeakerResolver
from quotes.errors import QueryError
from quotes.identity import Joiner, Key, build_registry, contains
from quotes.indexing import index_articles
from quotes.models import SENTENCE_TEXT_LIMIT, Article
from quotes.store import queries as store_queries
from quotes.store.database import open_store

ROOT = Path(__file__).resolve().parents[1]


# --- records carry bounded sentence text ---------------------------------------------------


def test_scaling_quotes_in_a_long_sentence_carry_its_offsets_and_opening() -> None:
    text = 'He said "' * 400 + "\n"
    document = extract(text)
    assert len(document.quotes) == 200
    for quote in document.quotes:
        sentence = quote.sentence
        assert len(sentence.text) == SENTENCE_TEXT_LIMIT
        assert text[sentence.start : sentence.end][:SENTENCE_TEXT_LIMIT] == sentence.text


def test_scaling_short_sentence_text_is_whole() -> None:
    quote = extract('"We act," Ann Lee said.').quotes[0]
    assert quote.sentence.text == '"We act," Ann Lee said.'


# --- people in one article -----------------------------------------------------------------


def test_scaling_bare_surname_goes_to_the_nearest_full_name_before_it() -> None:
    lines = [f'"We vote no," said Sen. {given} Smith.' for given in ("Ann", "Bea", "Cy", "Dee")]
    text = "\n\n".join([*lines[:2], '"It is done," Smith said.', *lines[2:]]) + "\n"
    speakers = [quote.speaker.name for quote in extract(text).quotes if quote.speaker]
    assert speakers == ["Ann Smith", "Bea Smith", "Bea Smith", "Cy Smith", "Dee Smith"]


@pytest.mark.parametrize(
    "surname", ["Novak", "O'Brien", "Smith-Jones"], ids=["plain", "apostrophe", "hyphen"]
)
def test_scaling_surname_mentions_are_found_in_one_pass(surname: str) -> None:
    text = (
        f"Sen. Ann {surname} met voters on Monday.\n\n"
        f"The crowd cheered {surname} at the rally, and {surname}'s aide waved.\n"
    )
    resolver = SpeakerResolver(DocumentAnalysis(text, default_language(), []), [])
    later = text.index("The")
    found = [mention for mention in resolver.mentions if mention[0] > later]
    second = text.index(surname, later)
    third = text.index(surname, second + 1)
    assert found == [
        (second, second + len(surname), f"Ann {surname}"),
        (third, third + len(surname), f"Ann {surname}"),
    ]


def test_scaling_the_senator_is_the_most_recent_senator() -> None:
    people = [("Ann", "Novak"), ("Bea", "Okafor"), ("Cy", "Lindqvist")]
    text = "".join(
        f'Sen. {given} {surname} spoke on Monday. "We will act," the senator said.\n\n'
        for given, surname in people
    )
    names = [quote.speaker.name for quote in extract(text).quotes if quote.speaker]
    assert names == [f"{given} {surname}" for given, surname in people]


def test_scaling_title_case_quotes_in_one_sentence_are_all_titles() -> None:
    document = extract("He listed " + 'the "Big Red Dog" and ' * 50 + "more.\n")
    assert (len(document.quotes), len(document.skipped)) == (0, 50)
    assert {skipped.reason for skipped in document.skipped} == {"title"}


def test_scaling_uncued_quotes_after_a_long_sentence_share_its_cue() -> None:
    sentence = "Mayor Ann Lee warned the council " + "and the board " * 200 + "on Monday. "
    document = extract(sentence + '"We will act" ' * 30 + "\n")
    assert len(document.quotes) == 30
    assert {(q.speaker.name if q.speaker else None) for q in document.quotes} == {"Ann Lee"}


# --- output ------------------------------------------------------------------------------


def test_scaling_json_format_streams_the_same_array() -> None:
    seeds = str(ROOT / "seeds")
    result = CliRunner().invoke(app, ["extract", seeds, "--format", "json"])
    documents = json.loads(result.output)
    assert result.output == json.dumps(documents, indent=2) + "\n"
    assert len(documents) == len(list((ROOT / "seeds").glob("*.txt")))


# --- joining speakers across articles ------------------------------------------------------


class BruteJoiner:
    """The join as first written: every pair of names compared."""

    def __init__(self, keys: set[Key]) -> None:
        people = sorted(key for key in keys if key[0] == "person")
        self.words = {key: tuple(key[1].split()) for key in people}
        self.fullest = [
            key
            for key in people
            if not any(contains(self.words[key], self.words[other]) for other in people)
        ]

    def fits(self, key: Key) -> list[Key]:
        if key not in self.words:
            return []
        return [full for full in self.fullest if contains(self.words[key], self.words[full])]

    def target(self, key: Key, local: set[Key]) -> Key:
        fits = self.fits(key)
        if len(fits) > 1:
            near = {fit for other in local if other != key for fit in [*self.fits(other), other]}
            fits = [full for full in fits if full in near]
        return fits[0] if len(fits) == 1 else key


def random_names(rng: random.Random, count: int) -> set[Key]:
    given = ["ann", "bea", "cy", "dee", "eve"]
    surnames = ["smith", "lee"]
    keys: set[Key] = set()
    for _ in range(count):
        words = [*rng.sample(given, rng.randint(0, 3)), rng.choice(surnames)]
        keys.add(("person", " ".join(words)))
    return keys


@pytest.mark.parametrize("seed", range(20))
def test_scaling_indexed_joiner_agrees_with_every_pair(seed: int) -> None:
    rng = random.Random(seed)
    keys = random_names(rng, 12) | {("group", "the smith campaign")}
    fast, brute = Joiner(keys), BruteJoiner(keys)
    for key in sorted(keys):
        local = set(rng.sample(sorted(keys), 3)) | {key}
        assert fast.target(key, local) == brute.target(key, local), key


def test_scaling_bare_surname_among_many_stays_its_own() -> None:
    keys = {("person", f"given{i} smith") for i in range(300)} | {("person", "smith")}
    assert Joiner(keys).target(("person", "smith"), set()) == ("person", "smith")
    one = {("person", "ann smith"), ("person", "smith")}
    assert Joiner(one).target(("person", "smith"), set()) == ("person", "ann smith")


# --- the database ----------------------------------------------------------------------------


def test_scaling_index_keeps_counts_and_joins_through_replacements(tmp_path: Path) -> None:
    rng = random.Random(8)
    given = ["Ann", "Bea", "Cy"]
    latest: dict[str, str] = {}
    store = open_store(tmp_path / "quotes.db", create=True)
    try:
        for round in range(40):
            words = rng.sample(given, rng.randint(0, 2))
            name = " ".join([*words, rng.choice(["Smith", "Lee"])])
            id, text = f"d{rng.randrange(12)}", f'"We act now, round {round}," said Sen. {name}.\n'
            latest[id] = text
            index_articles(store, [Article(id=id, text=text)], ExtractOptions())
        stored = sorted((s.name, s.quote_count, s.document_count) for s in store.speakers())
    finally:
        store.close()
    # the database joins as the exporters do, over the articles as they now stand
    registry = build_registry(extract(Article(id=id, text=text)) for id, text in latest.items())
    assert stored == sorted((e.name, e.quote_count, len(e.document_ids)) for e in registry.speakers)


def test_scaling_search_returns_every_hit_page_by_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store_queries, "SEARCH_PAGE", 2)
    store = open_store(tmp_path / "quotes.db", create=True)
    try:
        for i in range(7):
            text = f'"The harbour will open in week {i}," said Mayor Ann Lee.\n'
            index_articles(store, [Article(id=f"d{i}", text=text)], ExtractOptions())
        hits = store.search("harbour", limit=0)
        assert sorted(hit.quote.text for hit in hits) == sorted(
            f"The harbour will open in week {i}," for i in range(7)
        )
        assert all(hit.matches for hit in hits)
    finally:
        store.close()


@pytest.mark.parametrize(
    "query",
    [" OR ".join(f"w{i}*" for i in range(40)), " ".join(f"NEAR(a{i} b{i})" for i in range(20))],
    ids=["prefix-terms", "near-groups"],
)
def test_scaling_search_query_cost_is_bounded(tmp_path: Path, query: str) -> None:
    store = open_store(tmp_path / "quotes.db", create=True)
    try:
        with pytest.raises(QueryError, match="at most 64 terms and 16 prefix or NEAR terms"):
            store.search(query)
    finally:
        store.close()


# --- the workbook ----------------------------------------------------------------------------


def test_scaling_workbook_speaker_sheets_keep_unique_titles(tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    corpus = tmp_path / "corpus.jsonl"
    # names that clean to the same sheet title, and many of them
    names = [f"Ann{'x' * 40}{i:03d} Lee" for i in range(30)]
    with corpus.open("w", encoding="utf-8") as out:
        for i, name in enumerate(names):
            out.write(json.dumps({"id": f"d{i}", "text": f'"We act," said Sen. {name}.\n'}) + "\n")
    out_dir = tmp_path / "out"
    result = CliRunner().invoke(
        app, ["export", str(corpus), "--out", str(out_dir), "--format", "xlsx"]
    )
    assert result.exit_code == 0, result.output
    book = openpyxl.load_workbook(out_dir / "quotes.xlsx", read_only=True)
    titles = book.sheetnames
    from quotes.writers.workbook import FIXED_SHEETS, SET_ASIDE_SHEET

    # every fixed sheet but the one for reviews of quotes left out, which a first export lacks
    assert len(titles) == len(names) + len(FIXED_SHEETS) - 1
    assert SET_ASIDE_SHEET not in titles
    assert len({title.casefold() for title in titles}) == len(titles)


@pytest.mark.parametrize(
    "text",
    [
        ", also , then" * 8 + " Sen. Bob Ray ( D ) of Ohio said it , saying saying",
        "In Ames , Iowa , Sen. Ann Lee ( D ) said" + " and saying" * 30,
        "WASHINGTON — The senator , however , said" + " , then saying" * 20,
    ],
    ids=["skipped-words-past-the-16th-token", "introduction", "dateline"],
)
def test_scaling_sentence_opening_gives_the_same_subject(text: str) -> None:
    # `opening` hands subject_at_start a bounded prefix; the answer must not change
    tokens = tokenize(text, 0, len(text))
    attributor = Attributor(default_language())
    for k in range(len(tokens) + 1):
        assert attributor.subject_at_start(attributor.opening(tokens, k)) == (
            attributor.subject_at_start(tokens[:k])
        ), k


def test_scaling_each_pronoun_takes_the_person_just_named() -> None:
    people = [
        f"{given} {surname}"
        for given in ("John", "James", "Robert", "Michael", "William", "David", "Richard", "Thomas")
        for surname in ("Novak", "Okafor", "Lindqvist", "Moreau", "Tanaka")
    ]
    text = "".join(f'Sen. {name} spoke. "We act," he said.\n\n' for name in people)
    speakers = [quote.speaker.name if quote.speaker else None for quote in extract(text).quotes]
    assert speakers == people
