"""Tests for `extract`: quotes found in whole texts and credited to their speakers."""

from __future__ import annotations

import pytest

from quotes import Quote, extract


def quotes_of(text: str) -> list[Quote]:
    """The quotes `extract` finds in `text`."""
    return extract(text).quotes


def only_quote(text: str) -> Quote:
    """The single quote `text` must hold."""
    found = quotes_of(text)
    assert len(found) == 1, [q.text for q in found]
    return found[0]


def speaker_name(quote: Quote) -> str | None:
    return quote.speaker.name if quote.speaker else None


# Attribution patterns -------------------------------------------------------------------------

PATTERNS = [
    pytest.param(
        '"We will hold the line on taxes," Clinton deadpanned.',
        "Clinton",
        "quote_then_speaker_verb",
        id="quote-speaker-deadpanned",
    ),
    pytest.param(
        'Clinton underscored that the party would "hold the line on taxes."',
        "Clinton",
        "reported_speech",
        id="speaker-underscored-partial-quote",
    ),
    pytest.param(
        '"We will hold the line on taxes," Clinton said.',
        "Clinton",
        "quote_then_speaker_verb",
        id="quote-speaker-said",
    ),
    pytest.param(
        '"We will hold the line on taxes," said Clinton.',
        "Clinton",
        "quote_then_verb_speaker",
        id="quote-said-speaker",
    ),
    pytest.param(
        'Clinton said: "We will hold the line on taxes."',
        "Clinton",
        "speaker_verb_then_quote",
        id="speaker-said-colon-quote",
    ),
    pytest.param(
        'Clinton said "We will hold the line on taxes."',
        "Clinton",
        "speaker_verb_then_quote",
        id="speaker-said-quote",
    ),
    pytest.param(
        'Moscow welcomed the vote. "The outcome is fair," its ambassador to NATO, '
        "Dmitry Rogozin, told a news conference.",
        "Dmitry Rogozin",
        "quote_then_speaker_verb",
        id="appositive",
    ),
    pytest.param(
        '"The vote was rigged from the start," according to Mary Brandt.',
        "Mary Brandt",
        "according_to",
        id="according-to",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "rule"), PATTERNS)
def test_extract_credits_speaker_by_pattern(text: str, speaker: str, rule: str) -> None:
    assert speaker_name(only_quote(text)) == speaker


@pytest.mark.parametrize(("text", "speaker", "rule"), PATTERNS)
def test_extract_names_rule_that_fired(text: str, speaker: str, rule: str) -> None:
    assert only_quote(text).rule == rule


def test_extract_according_to_titled_name_keeps_surname() -> None:
    text = '"The vote was rigged from the start," according to Senator Mary Brandt.'
    assert speaker_name(only_quote(text)) == "Mary Brandt"


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        pytest.param('"We will hold the line," Clinton said.', "said", id="said"),
        pytest.param(
            '"We will hold the line," Clinton told reporters.', "told reporters", id="told"
        ),
        pytest.param(
            '"The outcome is fair," its ambassador to NATO, Dmitry Rogozin, told a news '
            "conference.",
            "told a news conference",
            id="told-a-news-conference",
        ),
        pytest.param(
            '"The vote was rigged," according to Mary Brandt.', "according to", id="according-to"
        ),
        pytest.param(
            'Mary Brandt told reporters it was "rigged."', "told reporters", id="clause-after"
        ),
        pytest.param(
            'Mary Brandt told Chris Cuomo of CNN it was "rigged."',
            "told Chris Cuomo of CNN",
            id="listener-of-an-outlet",
        ),
        pytest.param(
            '"It was rigged," Mary Brandt told reporters as she left.',
            "told reporters",
            id="clause-of-time-after",
        ),
        pytest.param('"What a day," tweeted Mary Brandt.', "tweeted", id="inverted-subject"),
    ],
)
def test_extract_records_whole_cue_phrase(text: str, phrase: str) -> None:
    cue = only_quote(text).cue
    assert cue is not None and cue.phrase.text == phrase


def test_extract_records_cue_lemma() -> None:
    cue = only_quote('"We will hold the line," Clinton told reporters.').cue
    assert cue is not None and (cue.verb, cue.lemma) == ("told", "tell")


def test_extract_appositive_keeps_role() -> None:
    text = '"The outcome is fair," its ambassador to NATO, Dmitry Rogozin, told a news conference.'
    speaker = only_quote(text).speaker
    assert speaker is not None and speaker.role == "ambassador to NATO"


# Split quotes, pronouns and context ------------------------------------------------------------

SPLIT = (
    "Mayor Ana Lopes spoke to reporters on the quay. "
    '"The harbour will reopen in May," she said. "The ferries will follow in June."'
)


def test_extract_split_quote_gives_one_record_per_passage() -> None:
    assert [q.text for q in quotes_of(SPLIT)] == [
        "The harbour will reopen in May,",
        "The ferries will follow in June.",
    ]


def test_extract_split_quote_shares_group() -> None:
    first, second = quotes_of(SPLIT)
    assert first.group == second.group


def test_extract_split_quote_shares_speaker() -> None:
    assert [speaker_name(q) for q in quotes_of(SPLIT)] == ["Ana Lopes", "Ana Lopes"]


def test_extract_split_quote_around_named_speaker_shares_speaker() -> None:
    text = '"The harbour will reopen in May," Mayor Ana Lopes said. "The ferries will follow."'
    assert [speaker_name(q) for q in quotes_of(text)] == ["Ana Lopes", "Ana Lopes"]


PRONOUN = (
    '"It took us ten years to finish this," Mayor Karl Weiss said.\n\n'
    '"Nobody believed we could do it," he added.'
)


def test_extract_pronoun_resolves_to_full_name() -> None:
    assert speaker_name(quotes_of(PRONOUN)[1]) == "Karl Weiss"


def test_extract_pronoun_resolution_is_marked() -> None:
    speaker = quotes_of(PRONOUN)[1].speaker
    assert speaker is not None and speaker.resolution == "pronoun"


def test_extract_pronoun_mention_is_the_pronoun() -> None:
    speaker = quotes_of(PRONOUN)[1].speaker
    assert speaker is not None and speaker.mention.text == "he"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            'Mayor Karl Weiss opened the new quay on Monday.\n\n"It took ten years," he said.',
            id="titled-antecedent",
        ),
        pytest.param(
            'Karl Weiss opened the new quay on Monday.\n\n"It took ten years," he said.',
            id="bare-antecedent",
        ),
    ],
)
def test_extract_pronoun_resolves_to_person_of_previous_sentence(text: str) -> None:
    assert speaker_name(only_quote(text)) == "Karl Weiss"


def test_extract_pronoun_without_antecedent_has_no_speaker() -> None:
    text = '"The harbour will reopen in May and the ferries will follow," she said.'
    assert only_quote(text).speaker is None


CONTINUED = (
    '"It took us ten years to finish this," Mayor Karl Weiss said.\n\n'
    '"Nobody believed we could do it and now the ships are coming back."'
)


def test_extract_quote_only_paragraph_continues_previous_speaker() -> None:
    assert speaker_name(quotes_of(CONTINUED)[1]) == "Karl Weiss"


def test_extract_quote_only_paragraph_is_marked_context() -> None:
    speaker = quotes_of(CONTINUED)[1].speaker
    assert speaker is not None and speaker.resolution == "context"


ABOUT = (
    "Mayor Ana Lopes toured the harbour on Monday. But she regretted that the ferries were "
    "late.\n\n"
    '"The harbour will reopen in May and the ferries will follow in June."'
)


def test_extract_quote_only_paragraph_credits_person_previous_sentence_is_about() -> None:
    assert speaker_name(only_quote(ABOUT)) == "Ana Lopes"


def test_extract_quote_only_paragraph_about_person_is_marked_context() -> None:
    speaker = only_quote(ABOUT).speaker
    assert speaker is not None and speaker.resolution == "context"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The council met on Tuesday to debate the budget.\n\n"
            "Rain fell across the valley all week.\n\n"
            '"Nobody will be spared from the cuts this year, not even the schools."',
            id="no-speaker-anywhere",
        ),
        pytest.param(
            '"The harbour will reopen in May," Mayor Ana Lopes said.\n\n'
            "The council met on Tuesday to debate the budget.\n\n"
            "Rain fell across the valley all week.\n\n"
            '"Nobody will be spared from the cuts this year, not even the schools."',
            id="speaker-paragraphs-away",
        ),
    ],
)
def test_extract_unattributed_quote_has_no_speaker(text: str) -> None:
    assert quotes_of(text)[-1].speaker is None


def test_extract_unattributed_quote_has_rule_none() -> None:
    text = 'Rain fell all week.\n\n"Nobody will be spared from the cuts, not even the schools."'
    assert only_quote(text).rule == "none"


# Multi-paragraph quotations ----------------------------------------------------------------------

LONG_QUOTATION = (
    '"The first part of a long statement by the minister.\n\n'
    '"The second part of the same statement," Interior Minister Paul Varga said.'
)


def test_extract_multi_paragraph_quotation_gives_one_record_per_paragraph() -> None:
    assert [q.paragraph for q in quotes_of(LONG_QUOTATION)] == [1, 2]


def test_extract_multi_paragraph_quotation_shares_group() -> None:
    first, second = quotes_of(LONG_QUOTATION)
    assert first.group == second.group


def test_extract_multi_paragraph_quotation_credits_speaker_named_at_end() -> None:
    assert [speaker_name(q) for q in quotes_of(LONG_QUOTATION)] == ["Paul Varga", "Paul Varga"]


def test_extract_multi_paragraph_quotation_credits_speaker_named_at_start() -> None:
    text = (
        'Interior Minister Paul Varga said: "The first part of a long statement.\n\n'
        '"The second part of the same statement."'
    )
    assert [speaker_name(q) for q in quotes_of(text)] == ["Paul Varga", "Paul Varga"]


def test_extract_unclosed_quote_record_is_flagged() -> None:
    text = '"The bridge opens in May, the mayor said.\n\nThe council agreed on Monday.'
    assert only_quote(text).unclosed


# Partial quotes ---------------------------------------------------------------------------------

PARTIALS = [
    pytest.param('Trump called the talks "smooth" after the meeting.', "Trump", id="called"),
    pytest.param(
        'Governor Ben Ochoa described the plan as "reckless and unfunded" on Tuesday.',
        "Ben Ochoa",
        id="described-as",
    ),
    pytest.param(
        'Governor Ben Ochoa attacked the budget, calling it "a fantasy" in a speech.',
        "Ben Ochoa",
        id="calling-it",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), PARTIALS)
def test_extract_partial_quote_is_kind_partial(text: str, speaker: str) -> None:
    assert only_quote(text).kind == "partial"


@pytest.mark.parametrize(("text", "speaker"), PARTIALS)
def test_extract_partial_quote_is_attributed(text: str, speaker: str) -> None:
    assert speaker_name(only_quote(text)) == speaker


@pytest.mark.parametrize(
    "text",
    [
        pytest.param('"We will hold the line," Clinton said.', id="quote-first"),
        pytest.param('Clinton said: "We will hold the line."', id="after-colon"),
    ],
)
def test_extract_direct_quote_is_kind_direct(text: str) -> None:
    assert only_quote(text).kind == "direct"


# Not speech ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        pytest.param('She read "The Art of the Deal" on the plane.', "title", id="title"),
        pytest.param('He reviewed the film "Night Harbour" for us.', "title", id="film"),
        pytest.param(
            'The boxer, nicknamed "The Hammer", won again.',
            "nickname",
            id="nickname",
        ),
        pytest.param(
            'Ali, who fans dubbed "The Greatest", retired in 1981.',
            "nickname",
            id="dubbed",
        ),
        pytest.param('The so-called "reform" changed nothing.', "term", id="so-called-term"),
        pytest.param(
            'The plan was, at best, a "reform" of sorts.', "scare_quote", id="scare-quote"
        ),
    ],
)
def test_extract_non_speech_is_skipped_with_reason(text: str, reason: str) -> None:
    document = extract(text)
    assert (document.quotes, [s.reason for s in document.skipped]) == ([], [reason])


@pytest.mark.parametrize(
    "text",
    [
        pytest.param('"Yes," she said.', id="one-word-with-cue"),
        pytest.param('"The talks are stalled," a U.S. official said.', id="short-with-cue"),
    ],
)
def test_extract_short_quote_with_speech_cue_is_not_skipped(text: str) -> None:
    assert len(extract(text).quotes) == 1


# Speakers ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "U.S. Secretary of State Hillary Clinton arrived on Monday.\n\n"
            '"We must act now," Clinton said.',
            "Hillary Clinton",
            id="surname-to-full-name",
        ),
        pytest.param(
            "NATO Secretary General Jaap de Hoop Scheffer opened the meeting.\n\n"
            '"We must act now," de Hoop Scheffer said.',
            "Jaap de Hoop Scheffer",
            id="name-particles",
        ),
        pytest.param(
            'Mayor Karl Weiss opened the quay.\n\n"It took ten years," Weiss said.',
            "Karl Weiss",
            id="titled-full-name",
        ),
        pytest.param(
            'Karl Weiss opened the quay.\n\n"It took ten years," Weiss said.',
            "Karl Weiss",
            id="untitled-full-name",
        ),
        pytest.param(
            '"This is unacceptable," wrote Coun. Ana Bailão in a letter to the transit board.',
            "Ana Bailão",
            id="abbreviated-councillor-is-a-title",
        ),
        pytest.param(
            '"It is a mess," Cllr. Tom Bright said.',
            "Tom Bright",
            id="abbreviated-british-councillor-is-a-title",
        ),
        pytest.param(
            '"Canadians deserve better," Conservative MP Ada Lindqvist wrote on social media.',
            "Ada Lindqvist",
            id="party-and-mp-are-a-role",
        ),
    ],
)
def test_extract_speaker_is_fullest_name(text: str, name: str) -> None:
    assert speaker_name(only_quote(text)) == name


@pytest.mark.parametrize(
    ("text", "role"),
    [
        pytest.param(
            "U.S. Secretary of State Hillary Clinton arrived on Monday.\n\n"
            '"We must act now," Clinton said.',
            "U.S. Secretary of State",
            id="secretary-of-state",
        ),
        pytest.param(
            "NATO Secretary General Jaap de Hoop Scheffer opened the meeting.\n\n"
            '"We must act now," de Hoop Scheffer said.',
            "NATO Secretary General",
            id="secretary-general",
        ),
    ],
)
def test_extract_speaker_carries_role_from_fullest_mention(text: str, role: str) -> None:
    speaker = only_quote(text).speaker
    assert speaker is not None and speaker.role == role


def test_extract_speaker_mention_is_the_text_at_the_cue() -> None:
    text = (
        "U.S. Secretary of State Hillary Clinton arrived on Monday.\n\n"
        '"We must act now," Clinton said.'
    )
    speaker = only_quote(text).speaker
    assert speaker is not None and speaker.mention.text == "Clinton"


UNNAMED = [
    pytest.param(
        '"The talks have stalled and nobody knows why," one diplomat said.',
        "one diplomat",
        id="one-diplomat",
    ),
    pytest.param(
        '"The talks have stalled and nobody knows why," said a Western diplomat.',
        "a Western diplomat",
        id="said-a-diplomat",
    ),
    pytest.param(
        '"The talks have stalled and nobody knows why," a U.S. official said.',
        "a U.S. official",
        id="a-us-official",
    ),
    pytest.param(
        '"The talks have stalled and nobody knows why," according to a U.S. official.',
        "a U.S. official",
        id="according-to-a-us-official",
    ),
]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        *UNNAMED[:2],
        UNNAMED[2],
        UNNAMED[3],
    ],
)
def test_extract_unnamed_source_stays_as_written(text: str, name: str) -> None:
    assert speaker_name(only_quote(text)) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        *UNNAMED[:2],
        UNNAMED[2],
        UNNAMED[3],
    ],
)
def test_extract_unnamed_source_is_kind_unnamed(text: str, name: str) -> None:
    speaker = only_quote(text).speaker
    assert speaker is not None and speaker.kind == "unnamed"


GROUPS = [
    pytest.param('"The sanctions are illegal," the Kremlin said.', "the Kremlin", id="kremlin"),
    pytest.param('"We will not accept this deal," aides said.', "aides", id="aides"),
]


@pytest.mark.parametrize(("text", "name"), GROUPS)
def test_extract_organisation_speaker_is_the_noun_phrase(text: str, name: str) -> None:
    assert speaker_name(only_quote(text)) == name


@pytest.mark.parametrize(("text", "name"), GROUPS)
def test_extract_organisation_speaker_is_kind_group(text: str, name: str) -> None:
    speaker = only_quote(text).speaker
    assert speaker is not None and speaker.kind == "group"


def test_extract_named_speaker_is_kind_person() -> None:
    speaker = only_quote('"We will hold the line," Clinton said.').speaker
    assert speaker is not None and speaker.kind == "person"


def test_extract_named_speaker_is_explicit() -> None:
    speaker = only_quote('"We will hold the line," Clinton said.').speaker
    assert speaker is not None and speaker.resolution == "explicit"


# Record fields ----------------------------------------------------------------------------------

LOCATED = 'Headline here\n\nThe mayor spoke.\n\nShe left. "We are done," Mayor Ana Lopes said.'


def test_extract_record_has_line_and_column_of_opening_mark() -> None:
    quote = only_quote(LOCATED)
    assert (quote.line, quote.column) == (5, 11)


def test_extract_record_has_paragraph_number() -> None:
    assert only_quote(LOCATED).paragraph == 3


def test_extract_record_has_confidence_in_range() -> None:
    assert 0.0 < only_quote(LOCATED).confidence <= 1.0


def test_extract_record_has_rule_name() -> None:
    assert only_quote(LOCATED).rule == "quote_then_speaker_verb"


def test_extract_record_sentence_holds_quote() -> None:
    quote = only_quote(LOCATED)
    assert quote.sentence.text == '"We are done," Mayor Ana Lopes said.'


def test_extract_unattributed_record_has_zero_confidence() -> None:
    text = 'Rain fell all week.\n\n"Nobody will be spared from the cuts, not even the schools."'
    assert only_quote(text).confidence == 0.0


def test_extract_uses_given_id() -> None:
    assert extract('"We will win," Clinton said.', id="a-1").id == "a-1"
