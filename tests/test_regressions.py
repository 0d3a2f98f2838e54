"""Regressions keyed to the seed article and to issues: each pins a behaviour that once broke."""

from __future__ import annotations

from pathlib import Path

from quotes import extract

SEED = Path(__file__).resolve().parents[1] / "seeds" / "reuters-nato-russia.txt"


def seed_quotes() -> list[tuple[str | None, str | None, str | None]]:
    document = extract(SEED.read_text(encoding="utf-8"), "seed")
    return [
        (
            q.speaker.name if q.speaker else None,
            q.speaker.role if q.speaker else None,
            q.cue.phrase.text if q.cue else None,
        )
        for q in document.quotes
    ]


def test_seed_speakers_roles_and_cues_match_issue_2() -> None:
    rogozin = ("Dmitry Rogozin", "ambassador to NATO")
    scheffer = ("Jaap de Hoop Scheffer", "NATO Secretary General")
    clinton = ("Hillary Clinton", "U.S. Secretary of State")
    assert seed_quotes() == [
        (*clinton, "said"),
        (*rogozin, "told a news conference"),
        (*rogozin, "calling"),
        (*rogozin, None),  # a paragraph that is only a quotation: credited from context
        (*scheffer, "said"),
        (*scheffer, "added"),
        (*scheffer, "said"),
        (*clinton, "said"),
    ]


def test_leftmost_speech_verb_credits_nested_reported_speech() -> None:
    text = 'Fiorina declared that any deal under her watch would demand "absolute secrecy."'
    quote = extract(text).quotes[0]
    assert (quote.speaker.name if quote.speaker else None) == "Fiorina"


def test_listener_after_told_is_not_the_speaker() -> None:
    text = '"He is right," Flynn, a top Trump surrogate, told CNN on Thursday.'
    quote = extract(text).quotes[0]
    assert (quote.speaker.name if quote.speaker else None) == "Flynn"


def test_party_label_in_parentheses_does_not_hide_the_speaker() -> None:
    text = '"We cannot have that," Rep. John Mica (R-Fla.) said.'
    quote = extract(text).quotes[0]
    assert (quote.speaker.name if quote.speaker else None) == "John Mica"


def speaker_of(text: str) -> tuple[str | None, str | None]:
    speaker = extract(text).quotes[0].speaker
    return (speaker.name, speaker.role) if speaker else (None, None)


def test_british_honorific_without_full_stop_is_a_title() -> None:
    assert speaker_of("Mr Johnson said: ‘This is a great day.’") == ("Johnson", None)


def test_inverted_role_then_name_credits_the_name() -> None:
    text = "‘It is a disgrace,’ said Labour’s deputy leader, Angela Rayner."
    assert speaker_of(text) == ("Angela Rayner", "Labour’s deputy leader")


def test_indefinite_spokesperson_for_a_named_body_is_unnamed() -> None:
    speaker = extract('A spokeswoman for Downing Street said: "No comment."').quotes[0].speaker
    assert speaker is not None and speaker.kind == "unnamed"


def test_definite_description_resolves_to_the_titled_person() -> None:
    text = 'Sen. Lindsey Graham spoke first.\n\n"It was a mistake," the senator said.'
    speaker = extract(text).quotes[0].speaker
    assert speaker is not None
    assert (speaker.name, speaker.resolution) == ("Lindsey Graham", "context")


def test_title_and_surname_alone_make_a_person() -> None:
    text = 'President Biden met the press.\n\n"We are united," he said.'
    assert speaker_of(text)[0] == "Biden"


def test_name_that_spells_a_modal_verb_stays_whole() -> None:
    assert speaker_of('"We are leaving," Theresa May said.')[0] == "Theresa May"


def test_weekday_between_subject_and_verb_is_skipped() -> None:
    assert speaker_of('"We win," Clinton on Tuesday said.')[0] == "Clinton"


def test_subject_follows_a_long_introduction() -> None:
    text = 'At an event in Ames, Iowa, on Sunday, Mrs. Clinton said the plan was "reckless".'
    assert speaker_of(text)[0] == "Clinton"


def test_quote_after_a_sentence_about_someone_in_its_paragraph_is_theirs_by_context() -> None:
    text = 'Senator Marco Rubio pressed on. "We will win this state and the next one."'
    speaker = extract(text).quotes[0].speaker
    assert speaker is not None
    assert (speaker.name, speaker.resolution) == ("Marco Rubio", "context")


def test_long_relative_clause_between_name_and_verb() -> None:
    text = (
        '"We need this," Valdez Anderson, who works at a heating and air-conditioning '
        "company in Sacramento, said on a call."
    )
    assert speaker_of(text)[0] == "Valdez Anderson"


def test_possessive_noun_phrase_is_a_source() -> None:
    assert speaker_of("“That is smart,” the ad’s narrator says.")[0] == "the ad’s narrator"


def test_went_on_to_say_reaches_the_subject() -> None:
    text = "The email went on to say, “Today we are closing the office for good.”"
    assert speaker_of(text)[0] == "The email"


def test_as_before_the_speaker_after_a_quote() -> None:
    text = 'The race "is a dead heat right now," as Cruz said on the radio, so it goes on.'
    assert speaker_of(text)[0] == "Cruz"


def test_cue_in_an_opening_clause_is_not_the_quotes() -> None:
    text = (
        "When House Speaker Paul Ryan said he would no longer defend him, "
        'Trump responded, "I would think that Ryan would not be there."'
    )
    assert speaker_of(text)[0] == "Trump"


def test_dateline_is_not_a_speaker() -> None:
    text = 'WASHINGTON — Sen. Chuck Grassley said it is like calling herself "a wise Latina."'
    assert speaker_of(text)[0] == "Chuck Grassley"


def test_name_role_and_the_roles_own_name_credit_the_first_name() -> None:
    text = (
        "Giovanni Maria Vian, the editor of the Vatican's newspaper, L'Osservatore Romano, "
        "said every pope was ''both religious and political.''"
    )
    assert speaker_of(text)[0] == "Giovanni Maria Vian"


def test_pronoun_subject_carries_the_antecedent_further_back() -> None:
    text = (
        "Governor John Kasich won Ohio on Tuesday.\n\n"
        "He is one of three candidates left after rival Marco Rubio dropped out.\n\n"
        '"The campaign goes on," he told the crowd.'
    )
    assert speaker_of(text)[0] == "John Kasich"


def test_headline_quote_in_title_case_is_its_speakers() -> None:
    text = "Donald Trump Praises Political Editor Matthew Boyle: ‘Very Good Reporter.’"
    assert speaker_of(text)[0] == "Donald Trump"


def test_two_word_speech_verbs_are_cues() -> None:
    document = extract('"Jeb wants to be a tough guy tonight," Trump shot back.')
    quote = document.quotes[0]
    assert (
        quote.speaker.name if quote.speaker else None,
        quote.cue.phrase.text if quote.cue else None,
    ) == (
        "Trump",
        "shot back",
    )


def test_context_subject_comes_from_the_main_clause() -> None:
    text = (
        "When Wallace died in 1998, President Clinton released the following statement:\n\n"
        "“Hillary and I offer our condolences to the family.”"
    )
    assert speaker_of(text)[0] == "Clinton"
