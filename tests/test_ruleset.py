"""Tests for the attribution rules as units: each rule's examples fire that rule."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotes import extract
from quotes.engine.analysis import DocumentAnalysis
from quotes.engine.composer import word_patterns
from quotes.engine.language import default_language
from quotes.engine.marks import QuotedSpan, scan_marks
from quotes.engine.ruleset import (
    ADJACENT_RULES,
    CUE_RULES,
    PROPAGATION_RULES,
    PROPAGATION_UNITS,
    SPLIT_QUOTE,
    Found,
    FromGroup,
    FromParagraph,
    FromSentence,
    Neighbours,
    PreviousParagraph,
    propagate,
)
from quotes.engine.speakers import SpeakerResolver
from quotes.models import Quote, RuleName, Span, Speaker

SPEAKER = Speaker(
    name="Ann Lee",
    kind="person",
    mention=Span(start=0, end=7, text="Ann Lee"),
    resolution="explicit",
)

EXAMPLES = [
    pytest.param(unit.rule.name, example, id=f"{unit.rule.name}-{number}")
    for unit in CUE_RULES
    for number, example in enumerate(unit.rule.examples, start=1)
] + [
    pytest.param(rule.name, example, id=f"{rule.name}-{number}")
    for rule in PROPAGATION_RULES
    for number, example in enumerate(rule.examples, start=1)
]


@pytest.mark.parametrize(("name", "example"), EXAMPLES)
def test_ruleset_example_fires_its_own_rule(name: RuleName, example: str) -> None:
    assert name in [quote.rule for quote in extract(example).quotes]


@pytest.mark.parametrize(("name", "example"), EXAMPLES)
def test_ruleset_example_names_a_speaker(name: RuleName, example: str) -> None:
    fired = [quote for quote in extract(example).quotes if quote.rule == name]
    assert fired and all(quote.speaker is not None for quote in fired)


def test_ruleset_every_rule_has_an_example() -> None:
    units = [unit.rule for unit in CUE_RULES] + list(PROPAGATION_RULES)
    assert all(rule.examples for rule in units)


def test_ruleset_every_rule_name_is_in_the_registry_once() -> None:
    names = [unit.rule.name for unit in CUE_RULES] + [rule.name for rule in PROPAGATION_RULES]
    assert sorted(names) == sorted(name for name in RuleName if name is not RuleName.none)


def test_ruleset_adjacent_rules_are_those_with_the_cue_beside_the_quote() -> None:
    assert {
        RuleName.quote_then_speaker_verb,
        RuleName.quote_then_verb_speaker,
        RuleName.quote_then_unlisted_verb,
        RuleName.speaker_verb_then_quote,
        RuleName.according_to,
        RuleName.headline_speaker,
    } == ADJACENT_RULES


def test_ruleset_cue_after_the_quote_wins_over_one_before_it() -> None:
    text = 'Hillary Clinton said that "we must act now," Bernie Sanders told reporters.'
    assert [quote.rule for quote in extract(text).quotes] == [RuleName.quote_then_speaker_verb]


def test_ruleset_cue_before_wins_when_the_quote_ends_its_sentence() -> None:
    text = 'Hillary Clinton said: "We must act now." Bernie Sanders told reporters nothing.'
    assert [quote.rule for quote in extract(text).quotes] == [RuleName.speaker_verb_then_quote]


def test_ruleset_rule_names_are_in_the_json_schema() -> None:
    schema = Quote.model_json_schema()
    assert schema["$defs"]["RuleName"]["enum"] == [name.value for name in RuleName]


def test_ruleset_readme_lists_every_rule() -> None:
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    missing = [name.value for name in RuleName if f"`{name.value}`" not in readme]
    assert missing == ["none"]


def test_ruleset_every_propagation_rule_is_applied_by_a_unit() -> None:
    applied = {rule.name for unit in PROPAGATION_UNITS for rule in unit.rules}
    assert applied == {rule.name for rule in PROPAGATION_RULES}


def test_ruleset_found_quotes_are_not_changed_in_place() -> None:
    span = QuotedSpan(0, 1, 5, 6, "double")
    item = Found(span, 0, (0, 6))
    with pytest.raises(AttributeError):
        item.group = 3  # type: ignore[misc]
    assert item.credited(SPLIT_QUOTE, SPEAKER, 0.5).rule == RuleName.split_quote
    assert item.rule == RuleName.none


def neighbours_of(text: str) -> tuple[list[QuotedSpan], Neighbours]:
    language = default_language()
    spans = scan_marks(text, language.marks)
    analysis = DocumentAnalysis(
        text,
        language,
        [(span.start, span.end) for span in spans],
        [(span.open_at, span.close_end) for span in spans],
    )
    resolver = SpeakerResolver(analysis, [])
    lead_in = word_patterns(language.lexicon).lead_in
    return spans, Neighbours(analysis, resolver, lead_in, lambda paragraph: False, {}, {})


def test_ruleset_from_group_carries_the_groups_speaker_lowered() -> None:
    spans, seen = neighbours_of('"One," Ann Lee said. "Two."\n')
    source = Found(spans[0], 0, (0, 20), speaker=SPEAKER, rule=RuleName.quote_then_speaker_verb)
    seen.by_group[0] = source._replace(confidence=0.95, group=0)
    credited = FromGroup().credit(Found(spans[1], 0, (21, 27), group=0), seen)
    assert credited is not None and credited.speaker == SPEAKER
    assert (credited.rule, credited.confidence) == (RuleName.split_quote, 0.85)


def test_ruleset_from_sentence_needs_a_credited_quote_in_the_sentence() -> None:
    spans, seen = neighbours_of('Ann Lee called it "smooth" and "fine".\n')
    item = Found(spans[1], 0, (0, 38), group=1)
    assert FromSentence().credit(item, seen) is None
    seen.by_sentence[(0, 38)] = Found(spans[0], 0, (0, 38), speaker=SPEAKER, confidence=0.8)
    credited = FromSentence().credit(item, seen)
    assert credited is not None and credited.rule == RuleName.same_sentence


def test_ruleset_from_paragraph_reads_only_direct_quotes() -> None:
    spans, _ = neighbours_of('"One," Ann Lee said. "Two."\n')
    seen = neighbours_of('"One," Ann Lee said. "Two."\n')[1]
    assert not FromParagraph().applies(Found(spans[1], 0, (21, 27), direct=False), seen)
    assert FromParagraph().applies(Found(spans[1], 0, (21, 27)), seen)


def test_ruleset_previous_paragraph_applies_to_a_paragraph_opening_quote() -> None:
    text = 'Sen. Ann Lee warned of delays.\n\n"We will act."\n\nShe said "no" then.\n'
    spans, seen = neighbours_of(text)
    opening = Found(spans[0], 1, seen.analysis.sentences[1])
    inside = Found(spans[1], 2, seen.analysis.sentences[2], direct=False)
    assert PreviousParagraph().applies(opening, seen)
    assert not PreviousParagraph().applies(inside, seen)
    credited = PreviousParagraph().credit(opening, seen)
    assert credited is not None and credited.rule == RuleName.previous_paragraph


def test_ruleset_propagate_returns_new_quotes_and_keeps_the_old() -> None:
    text = '"One," Ann Lee said. "Two."\n'
    spans, seen = neighbours_of(text)
    first = Found(spans[0], 0, (0, 20), speaker=SPEAKER, confidence=0.95, group=0)
    second = Found(spans[1], 0, (21, 27), group=0)
    seen.by_group[0] = first
    credited = propagate([first, second], seen)
    assert credited[0] is first
    assert credited[1].speaker == SPEAKER and second.speaker is None
