"""Tests for the grammar layers the rules read: noun phrases, openings, subjects."""

from __future__ import annotations

import pytest

from quotes.engine.analysis import tokenize
from quotes.engine.language import default_language
from quotes.engine.rules import Attributor

GRAMMAR = Attributor(default_language())


def text_of(sentence: str, found: tuple[int, int] | None) -> str | None:
    return None if found is None else sentence[found[0] : found[1]]


@pytest.mark.parametrize(
    ("sentence", "verb", "subject"),
    [
        pytest.param("Hillary Clinton said", "said", "Hillary Clinton", id="name"),
        pytest.param("a senior U.S. official said", "said", "a senior U.S. official", id="role"),
        pytest.param("Sen. Ted Cruz (R-Texas) said", "said", "Sen. Ted Cruz", id="parenthesis"),
        pytest.param("Rogozin, its ambassador, told", "told", "Rogozin", id="appositive"),
        pytest.param("he told", "told", "he", id="pronoun"),
        pytest.param(
            "a nurse at the hospital said", "said", "a nurse at the hospital", id="placed"
        ),
        pytest.param(
            "a source close to the campaign said",
            "said",
            "a source close to the campaign",
            id="postmodifier-phrase",
        ),
        pytest.param(
            "an adviser to the mayor said", "said", "an adviser to the mayor", id="to-phrase"
        ),
        pytest.param(
            "an official with the RCMP, who was not authorized to speak, said",
            "said",
            "an official with the RCMP",
            id="who-clause-after-a-postmodified-description",
        ),
        pytest.param(
            "Van Jackson, a professor at the center, a think tank, said",
            "said",
            "Van Jackson",
            id="second-appositive-describes-an-object",
        ),
        pytest.param("Rep. Ann Cole, D-La., said", "said", "Rep. Ann Cole", id="party-and-state"),
    ],
)
def test_grammar_subject_before_a_verb(sentence: str, verb: str, subject: str) -> None:
    tokens = tokenize(sentence, 0, len(sentence))
    k = next(i for i, token in enumerate(tokens) if token.text == verb)
    found = GRAMMAR.subject_before(tokens, k)
    assert found is not None
    assert text_of(sentence, found[0][:2]) == subject


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        pytest.param("said Hillary Clinton.", "Hillary Clinton", id="name"),
        pytest.param("said a local shopkeeper.", "a local shopkeeper", id="described"),
        pytest.param("said pollster Frank Luntz.", "pollster Frank Luntz", id="role-name"),
        pytest.param("said he.", "he", id="pronoun"),
        pytest.param(
            "said a person involved in the talks.",
            "a person involved in the talks",
            id="postmodifier-phrase",
        ),
    ],
)
def test_grammar_subject_after_an_inverted_verb(sentence: str, subject: str) -> None:
    tokens = tokenize(sentence, 0, len(sentence))
    found = GRAMMAR.subject_after(tokens, 1)
    assert found is not None
    assert text_of(sentence, found[0][:2]) == subject


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        pytest.param("In a speech in 2013, Clinton talks about it", "Clinton", id="introduction"),
        pytest.param("WASHINGTON — The senator said no", "The senator", id="dateline"),
        pytest.param("But he regretted it", "he", id="conjunction"),
        pytest.param("It rained", None, id="no-subject"),
    ],
)
def test_grammar_subject_at_the_start_of_a_sentence(sentence: str, subject: str | None) -> None:
    found = GRAMMAR.subject_at_start(tokenize(sentence, 0, len(sentence)))
    assert text_of(sentence, found[0][:2] if found else None) == subject


def test_grammar_role_then_name_ends_before_the_full_stop() -> None:
    sentence = "said Lee's father, Tom Lee."
    tokens = tokenize(sentence, 0, len(sentence))
    found = GRAMMAR.subject_after(tokens, 1)
    assert found is not None
    assert text_of(sentence, found[0][:2]) == "Tom Lee"


@pytest.mark.parametrize(
    ("sentence", "main"),
    [
        pytest.param(
            "Amid calls for a recount, even a senior strategist said", "even", id="adverb"
        ),
    ],
)
def test_grammar_main_clause_starts_before_an_adverb(sentence: str, main: str) -> None:
    tokens = tokenize(sentence, 0, len(sentence))
    assert tokens[GRAMMAR.main_clause_start(tokens)].text == main


@pytest.mark.parametrize(
    ("sentence", "main"),
    [
        pytest.param("When Ryan spoke, Trump responded", "Trump", id="opening-clause"),
        pytest.param("DECATUR, Ill. — Trump responded", "Trump", id="dateline"),
        pytest.param("Trump responded", "Trump", id="none"),
    ],
)
def test_grammar_main_clause_start(sentence: str, main: str) -> None:
    tokens = tokenize(sentence, 0, len(sentence))
    assert tokens[GRAMMAR.main_clause_start(tokens)].text == main


@pytest.mark.parametrize(
    ("phrase", "first"),
    [
        pytest.param("press secretary Josh Earnest", "secretary", id="role-word"),
        pytest.param("Jaap de Hoop Scheffer", "Jaap", id="particles"),
        pytest.param("and then Sen. Ann Lee", "Sen", id="title-abbreviation"),
        pytest.param("Omar al-Rashid", "Omar", id="hyphened-particle"),
        pytest.param(
            "Secretary of State for Health Jane Doe", "Secretary", id="office-with-of-and-for"
        ),
        pytest.param("Chief Constable of West Arden Police", "Chief", id="office-of-a-force"),
        pytest.param("Rep. Peter T. King of New York", "New", id="surname-a-title-word-then-place"),
        pytest.param("Mr. King of Maine", "Maine", id="titled-surname-a-title-word-then-place"),
        pytest.param("Sen. King of Maine", "Maine", id="abbreviated-title-surname-then-place"),
        pytest.param("Ann Cole and Tom Lee", "Tom", id="two-people"),
    ],
)
def test_grammar_name_run_before(phrase: str, first: str) -> None:
    tokens = tokenize(phrase, 0, len(phrase))
    assert tokens[GRAMMAR.name_run_before(tokens, len(tokens) - 1)].text == first
