"""Tests for joining speakers across documents in quotes.registry."""

from __future__ import annotations

import pytest

from quotes.identity import build_registry, joins_across_articles, slugify
from quotes.models import Document, SpeakerKind
from tests.conftest import MakeDocument

HILLARY = '"We will act on this," said Hillary Clinton, the Secretary of State.'
CLINTON = '"It is done now," Clinton said.'
BILL = '"Nobody expected that," said Bill Clinton.'
OFFICIAL = '"The talks went well," said a senior official.'
OFFICIAL_AGAIN = '"Talks resume soon," said A Senior Official.'


def slugs_by_document(documents: list[Document]) -> list[tuple[str, str | None]]:
    """Each quote's document id and registry slug, in order."""
    registry = build_registry(documents)
    return [(d.id, registry.slug_for(d.id, q)) for d in documents for q in d.quotes]


def test_registry_joins_surname_to_only_full_name(make_document: MakeDocument) -> None:
    documents = [make_document("a", HILLARY), make_document("b", CLINTON)]
    assert slugs_by_document(documents) == [("a", "hillary-clinton"), ("b", "hillary-clinton")]


def test_registry_keeps_people_sharing_a_surname_apart(make_document: MakeDocument) -> None:
    documents = [make_document("a", HILLARY), make_document("b", BILL)]
    assert [entry.name for entry in build_registry(documents).speakers] == [
        "Bill Clinton",
        "Hillary Clinton",
    ]


def test_registry_keeps_ambiguous_surname_alone(make_document: MakeDocument) -> None:
    documents = [make_document("a", HILLARY), make_document("b", BILL), make_document("c", CLINTON)]
    assert ("c", "clinton") in slugs_by_document(documents)


def test_registry_uses_same_article_to_resolve_shared_surname(
    make_document: MakeDocument,
) -> None:
    documents = [
        make_document("a", HILLARY),
        make_document(
            "b",
            BILL + "\n\n" + OFFICIAL + " " + CLINTON.replace("Clinton said", "Mr. Clinton said"),
        ),
    ]
    registry = build_registry(documents)
    assert all(registry.slug_for("b", q) != "clinton" for q in documents[1].quotes if q.speaker)


def test_registry_keeps_roles_with_their_article(make_document: MakeDocument) -> None:
    documents = [make_document("a", HILLARY), make_document("b", CLINTON)]
    entry = build_registry(documents).speakers[0]
    assert [(r.role, r.document_id) for r in entry.roles] == [("Secretary of State", "a")]


def test_registry_counts_quotes_and_articles(make_document: MakeDocument) -> None:
    documents = [make_document("a", HILLARY), make_document("b", CLINTON)]
    entry = build_registry(documents).speakers[0]
    assert (entry.quote_count, entry.document_ids) == (2, ["a", "b"])


def test_registry_records_every_name_form_as_alias(make_document: MakeDocument) -> None:
    documents = [make_document("a", HILLARY), make_document("b", CLINTON)]
    assert "Clinton" in build_registry(documents).speakers[0].aliases


def test_registry_never_joins_unnamed_sources_across_articles(
    make_document: MakeDocument,
) -> None:
    documents = [make_document("a", OFFICIAL), make_document("b", OFFICIAL_AGAIN)]
    assert [e.quote_count for e in build_registry(documents).speakers if e.kind != "person"] == [
        1,
        1,
    ]


def test_registry_joins_unnamed_source_within_its_article(make_document: MakeDocument) -> None:
    documents = [make_document("a", OFFICIAL + "\n\n" + OFFICIAL_AGAIN)]
    assert [e.quote_count for e in build_registry(documents).speakers] == [2]


@pytest.mark.parametrize(
    ("name", "kind", "joins"),
    [
        pytest.param("Hillary Clinton", "person", True, id="person"),
        pytest.param("NATO", "group", True, id="named-group"),
        pytest.param("the White House", "group", True, id="named-group-with-article"),
        pytest.param("U.S. officials", "group", False, id="common-noun-group"),
        pytest.param("a senior official", "unnamed", False, id="unnamed"),
        pytest.param("A Senior Official", "unnamed", False, id="unnamed-capitalised"),
    ],
)
def test_joins_across_articles_only_named_speakers(
    name: str, kind: SpeakerKind, joins: bool
) -> None:
    assert joins_across_articles(name, kind) is joins


def test_registry_sorts_by_quote_count_then_name(make_document: MakeDocument) -> None:
    documents = [make_document("a", BILL), make_document("b", HILLARY + " " + CLINTON)]
    assert [e.name for e in build_registry(documents).speakers] == [
        "Hillary Clinton",
        "Bill Clinton",
    ]


def test_registry_gives_unattributed_quote_no_slug(make_document: MakeDocument) -> None:
    document = make_document("a", 'The sign read: "We are open all night long for you."')
    assert slugs_by_document([document]) == [("a", None)]


def test_registry_of_no_documents_is_empty() -> None:
    assert build_registry([]).speakers == []


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        pytest.param("Hillary Clinton", "hillary-clinton", id="plain"),
        pytest.param("José Müller-Łukasz", "jose-muller-lukasz", id="accents"),
        pytest.param("Jose\u0301 Marti\u0301", "jose-marti", id="decomposed"),
        pytest.param("Jo\u200bsé Martí", "jose-marti", id="zero-width"),
        pytest.param("Владимир Путин", "vladimir-putin", id="cyrillic"),
        pytest.param("Κυριάκος Μητσοτάκης", "kyriakos-mitsotakis", id="greek"),
        pytest.param("O'Brien", "o-brien", id="apostrophe"),
        pytest.param("普京", "pujing", id="chinese"),
        pytest.param("\u0301\u200b", "speaker", id="no-letters"),
        pytest.param("../etc/passwd", "etc-passwd", id="path"),
        pytest.param("Con", "con-speaker", id="windows-reserved"),
        pytest.param("x" * 100, "x" * 60, id="long"),
    ],
)
def test_slugify_makes_safe_file_names(name: str, slug: str) -> None:
    assert slugify(name) == slug


def test_registry_slugs_are_unique_after_cleaning(make_document: MakeDocument) -> None:
    documents = [
        make_document("a", '"We will win this," said Jean Dupont.'),
        make_document("b", '"We will lose this," said Jean-Dupont.'),
    ]
    slugs = [entry.slug for entry in build_registry(documents).speakers]
    assert len(set(slugs)) == len(slugs)
