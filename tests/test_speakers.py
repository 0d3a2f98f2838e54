"""Tests for speaker resolution's units: mention sets, antecedents of pronouns, the people."""

from __future__ import annotations

import pytest

from quotes import extract
from quotes.engine.analysis import DocumentAnalysis
from quotes.engine.grammar import Mention
from quotes.engine.language import default_language
from quotes.engine.marks import scan_marks
from quotes.engine.speakers import AntecedentIndex, MentionSet, Person, SpeakerResolver
from quotes.engine.speakers.acronyms import defined_acronyms

NAMES = ["Ann", "Bob", "Ann", "Cy", "Cy"]


def resolver_of(text: str) -> SpeakerResolver:
    language = default_language()
    spans = scan_marks(text, language.marks)
    analysis = DocumentAnalysis(
        text,
        language,
        [(span.start, span.end) for span in spans],
        [(span.open_at, span.close_end) for span in spans],
    )
    return SpeakerResolver(analysis, [])


def test_mention_set_first_and_last_picked() -> None:
    picked = MentionSet(NAMES, [False, True, False, True, True])
    assert [picked.first(k) for k in range(6)] == [1, 1, 3, 3, 4, 5]
    assert [picked.last(k) for k in range(6)] == [-1, -1, 1, 1, 3, 4]


@pytest.mark.parametrize(
    ("first", "end", "differ"),
    [
        pytest.param(1, 2, False, id="one-mention"),
        pytest.param(1, 4, True, id="Bob-then-Cy"),
        pytest.param(3, 5, False, id="Cy-twice"),
        pytest.param(5, 5, False, id="none"),
    ],
)
def test_mention_set_names_differ(first: int, end: int, differ: bool) -> None:
    picked = MentionSet(NAMES, [False, True, False, True, True])
    assert picked.names_differ(first, end) is differ


def test_antecedent_index_picks_people_of_the_pronouns_gender() -> None:
    people = {"Ann Lee": Person("Ann Lee", "female"), "Bob Ray": Person("Bob Ray", "male")}
    mentions = [(0, 7, "Ann Lee"), (10, 17, "Bob Ray"), (20, 25, "Pat X")]
    index = AntecedentIndex(mentions, people, {10}, "male")
    assert index.fitting.first(0) == 1  # Ann Lee is not "he"; Pat X (no person) may be
    assert index.fitting.first(2) == 2
    assert index.known.first(0) == 1
    assert index.sure_speaker.last(3) == 1  # a cue names Bob Ray, known to be "he"
    assert index.person.first(2) == 3  # Pat X is no person the article names


def test_person_before_takes_the_cue_speaker_of_the_pronouns_gender() -> None:
    # (a third person whose gender no word shows, "Pat Lee", could be either: see below)
    text = 'John Novak met Mary Okafor. "We act," she said, and "we wait," he said.\n'
    speakers = [quote.speaker for quote in extract(text).quotes]
    assert [(s.name, s.ambiguous) for s in speakers if s] == [
        ("Mary Okafor", False),
        ("John Novak", False),
    ]


def test_a_person_of_unknown_gender_may_be_either_pronoun() -> None:
    text = 'John Novak met Mary Okafor and Pat Lee. "We act," she said.\n'
    speakers = [quote.speaker for quote in extract(text).quotes]
    assert speakers == [None]  # Mary Okafor or Pat Lee: an honest blank


def test_person_before_in_one_sentence_of_many_names() -> None:
    # each pronoun takes the sentence's first person of its gender: a cue's speaker there
    # outranks a name in passing, however many names the sentence holds
    people = [("John", "Novak", "he"), ("Mary", "Okafor", "she")] * 3
    text = "".join(f'Sen. {g} {s} arrived and "we act," {p} said, ' for g, s, p in people)
    speakers = [quote.speaker for quote in extract(text + "and left.\n").quotes]
    assert [s.name for s in speakers if s] == ["John Novak", "Mary Okafor"] * 3
    assert not any(s.ambiguous for s in speakers if s)  # one person of each gender


def test_resolver_collects_people_and_their_mentions_once() -> None:
    text = "Sen. Ann Lee spoke. Lee left, and Bob Ray stayed.\n"
    resolver = resolver_of(text)
    assert set(resolver.people) == {"Ann Lee", "Bob Ray"}
    lee = [start for start, _, name in resolver.mentions if name == "Ann Lee"]
    assert text.index("Lee left") in lee and text.index("Ann Lee") in lee
    assert resolver.people["Ann Lee"].roles == ["Sen."]


def test_resolver_canonical_gives_the_fullest_name() -> None:
    resolver = resolver_of("Hillary Rodham Clinton spoke. Hillary Clinton left.\n")
    assert resolver.canonical(("Clinton",), 40) == "Hillary Rodham Clinton"


def test_title_case_run_with_a_function_word_is_cut_before_the_name() -> None:
    # page furniture then a Title Case headline: "Does" ends the run, so the person's
    # full name is "Dan Ortiz", not the whole headline
    text = (
        "FlagShareLikeReplyAnn Vale 5ptsmoderatorFeaturedMarch 6, 2016 9:33PM The Riverton"
        " Crowd Does Not Like Dan Ortiz\nRIVERTON -- The Riverton Herald is hosting a watch"
        ' party downtown.\n\nDan Ortiz spoke first, to loud boos.\n\n"We will win again,"'
        " Ortiz said.\n"
    )
    (quote,) = extract(text).quotes
    assert quote.speaker is not None
    assert quote.speaker.name == "Dan Ortiz"


def test_described_surname_resolves_to_the_full_name() -> None:
    # "a defiant Reyes": a determiner and an adjective before a surname the article has
    # named in full; fact sheets file the quote under the full name
    text = 'Mayor Dana Reyes spoke on Monday. "We are winning," a defiant Reyes said.'
    (quote,) = extract(text).quotes
    assert quote.speaker is not None
    assert quote.speaker.name == "Dana Reyes"
    assert quote.speaker.kind == "person"


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # an office of capitalised words before a given name is a title, not the name
        ('"It will pass," said Senate Minority Whip Dana Ortiz (D-Ill.).', "Dana Ortiz", "person"),
        ('"It will pass," said House Speaker Paul Reyes.', "Paul Reyes", "person"),
        ('"We pray for them," said the Rev. Peter Lund.', "Peter Lund", "person"),
        # an outlet's possessive before a name is an affiliation, not part of the name
        ('"That is wrong," CNN\'s Jake Moreau said.', "Jake Moreau", "person"),
        ('"That is wrong," said Fox News\' Megyn Dorsey.', "Megyn Dorsey", "person"),
        # a broadcaster or a club speaks as a body, never as a person a "she" could mean
        ('"She made us better," Broadmoor Television said.', "Broadmoor Television", "group"),
        ('"He was one of us," the Vine Street club said.', "the Vine Street club", "group"),
        # a role opening a sentence before an unknown given name is no part of the name
        ('"We won," said Singer Augie Falcone.', "Augie Falcone", "person"),
        # a body's name may hold "and"; an office named for its holder is a body
        (
            '"We are in close contact," the Centers for Disease Control and Prevention said.',
            "Centers for Disease Control and Prevention",
            "group",
        ),
        (
            '"Respond in six months," the Office of the Chief Coroner said.',
            "the Office of the Chief Coroner",
            "group",
        ),
        # an airline speaks as a body
        ('"We are thrilled," Prairie Air said.', "Prairie Air", "group"),
        # one of a group is the one who speaks, not the whole group
        (
            '"They are too big," one of the younger boxers said.',
            "one of the younger boxers",
            "unnamed",
        ),
        # two descriptions joined by "and" speak together, as a group
        (
            'The mayor and the governor said the merger was "a disaster."',
            "The mayor and the governor",
            "group",
        ),
        ('Workers and retirees said the merger was "a disaster."', "Workers and retirees", "group"),
        # one person described by a noun that is no role is unnamed, not a group
        ('"You say all victims should be believed," the woman said.', "the woman", "unnamed"),
        ('"He was a good boy," her father said.', "her father", "unnamed"),
        # a role opening the sentence before a given name men and women share
        ('"Do you regret it?" Host Jordan Pike asked.', "Jordan Pike", "person"),
        # an initial opens the name: it is no title
        ('"It is tradition," said K. Balasubramanian.', "K. Balasubramanian", "person"),
        # British style writes a title's abbreviation without a full stop
        ('"We will look at it," said Cllr Bethan Price.', "Bethan Price", "person"),
        # a capitalised body's name or a title's modifier before the role is the role's,
        # though "State" and "state" are verbs too
        (
            'A State Department official said, "We will not comment."',
            "A State Department official",
            "unnamed",
        ),
        (
            'The state labour department said the deal was "a model of dialogue".',
            "The state labour department",
            "group",
        ),
        # a body's noun after "the" ends the subject before its verb ("took note")
        (
            'The union took note of the offer, writing: "We recognise the movement."',
            "The union",
            "group",
        ),
        # an office written only as a title ("Mayor Ann Ruiz") is one person's
        ('"We are broke," the mayor said.', "the mayor", "unnamed"),
        # a body "of" its members speaks as a body, however they are described
        (
            'A coalition of 30 environmental charities said the plan was "a retreat".',
            "A coalition of 30 environmental charities",
            "group",
        ),
        # an adjective before a document's noun is part of it, not the whole phrase
        (
            'An online petition calling for the couple to "be allowed to stay" has 9,000 names.',
            "An online petition",
            "unnamed",
        ),
    ],
)
def test_speaker_name_and_kind(text: str, name: str, kind: str) -> None:
    (quote,) = extract(text).quotes
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.kind) == (name, kind)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Landlords say costs have risen. According to the National Apartment Owners"
            ' Association, insurance rose.\n\n"Owners are not raising rents for sport," the'
            " association said.",
            "National Apartment Owners Association",
        ),
        (
            'The Fairhaven Downtown Association praised the vote. "Tonight the council'
            ' listened," the association said in a statement.',
            "Fairhaven Downtown Association",
        ),
    ],
)
def test_the_association_is_the_body_named_with_its_head(text: str, name: str) -> None:
    (quote,) = extract(text).quotes
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.kind) == (name, "group")


def test_a_bodys_short_name_is_a_group_and_no_she() -> None:
    text = (
        "The shift follows pressure from Saltmarsh Partners, an activist investor.\n\n"
        'Saltmarsh said in a statement that the plan was "a meaningful step."\n\n'
        '"We are not walking away," she said.'
    )
    first, second = extract(text).quotes
    assert first.speaker is not None
    assert (first.speaker.name, first.speaker.kind) == ("Saltmarsh", "group")
    assert second.speaker is None or second.speaker.name != "Saltmarsh"


def test_title_case_headline_verb_ends_the_speaker_name() -> None:
    # "Says" in a Title Case headline is its verb: the subject before it speaks, and the
    # name after it is the one spoken about
    text = "Mayor Ann Vale Says Dan Ortiz 'Has Lost His Way'\n\nThe mayor spoke on Monday.\n"
    quote = extract(text).quotes[0]
    assert quote.speaker is not None
    assert quote.speaker.name == "Ann Vale"


@pytest.mark.parametrize(
    "text",
    [
        "The Republican nominee spoke in Ohio. Sen. Ann Lee stayed home.\n",
        "The President arrived late. Sen. Ann Lee stayed home.\n",
        "Other Republican candidates backed the plan. Sen. Ann Lee stayed home.\n",
    ],
)
def test_determiner_and_title_name_no_person(text: str) -> None:
    # "The Republican nominee": a title word after "the" is a description, not a surname
    assert set(resolver_of(text).people) == {"Ann Lee"}


@pytest.mark.parametrize(
    ("clause", "excluded"),
    [
        pytest.param("he asked Reyes.", {"Dan Reyes"}, id="object"),
        pytest.param("he said Reyes was wrong.", {"Dan Reyes"}, id="subject-of-complement"),
        pytest.param("he told Dan he was wrong.", {"Dan Reyes"}, id="given-name-alone"),
        pytest.param("he said, citing Reyes, that it failed.", set(), id="after-a-comma"),
        pytest.param("he said of the Reyes campaign.", set(), id="name-as-modifier"),
        pytest.param("he said of Reyes's plan.", set(), id="possessive"),
    ],
)
def test_pronoun_excludes_people_its_own_clause_names(clause: str, excluded: set[str]) -> None:
    text = f"Sen. Dan Reyes met Tom Ortiz. {clause}\n"
    resolver = resolver_of(text)
    start = text.index(clause)
    assert resolver.exclusions.named_after(Mention(start, start + 2, "pronoun")) == excluded


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # "Mrs. Vance" is not the Bill Vance named in full when the article writes "Mr.
        # Vance" for him: she is another person, and "she" means her
        pytest.param(
            "Bill Vance founded the firm in 1990. Mr. Vance kept the books, and Mrs. Vance "
            'ran the shop.\n\n"We never took a loan," she said.',
            "Vance",
            id="wife-by-honorific",
        ),
        # with one Vance of each gender named in full, the honorific picks the fitting one
        pytest.param(
            'Ruth Vance and Bill Vance founded the firm. "We never took a loan," Mrs. Vance said.',
            "Ruth Vance",
            id="honorific-picks-the-full-name",
        ),
        # an honorific the given name does not usually take still names the one person
        pytest.param(
            'Lindsey Graham spoke on Monday. "We will act," Mr. Graham said.',
            "Lindsey Graham",
            id="honorific-over-given-name",
        ),
    ],
)
def test_gendered_honorific_tells_people_of_one_surname_apart(text: str, name: str) -> None:
    speaker = extract(text).quotes[0].speaker
    assert speaker is not None
    assert speaker.name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a capitalised sentence adverb, quantifier, participle or glued time is no part of
        # the fullest name a surname resolves to
        ('Understated Perez rarely shouts. "We will see," Perez said.', "Perez"),
        ('Neither Cruz nor Rubio came. "It is over," Cruz said.', "Cruz"),
        ('Only Cruz came. "It is over," Cruz said.', "Cruz"),
        ('Emboldened Cruz backers cheered. "It is over," Cruz said.', "Cruz"),
        ('Posted 9:30 PMChris Christie spoke. "We will win," Christie said.', "Chris Christie"),
        (
            'Tom Perez spoke.\n\nUnderstated Perez rarely shouts. "We will see," he said.',
            "Tom Perez",
        ),
        # a given name or a word that opens names stays
        ('"It is a pretty expensive model," said Will Doyle, a professor.', "Will Doyle"),
        ('"It is over," New York Mayor Bill Blasio said.', "Bill Blasio"),
    ],
)
def test_name_never_opens_with_an_adverb_quantifier_or_glued_time(text: str, name: str) -> None:
    (quote,) = extract(text).quotes
    assert quote.speaker is not None
    assert quote.speaker.name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            'The Liberals and the NDP reached a deal. "We agree," they said.',
            "The Liberals and the NDP",
        ),
        (
            'Residents and business owners packed the hall. "No," they said.',
            "Residents and business owners",
        ),
        ('Protesters and police clashed. "We will be back," they said.', None),
        ('Protesters packed the hall. "We will be back," they said.', "Protesters"),
    ],
)
def test_they_after_coordinated_groups_is_both_or_blank(text: str, name: str | None) -> None:
    (quote,) = extract(text).quotes
    assert (quote.speaker.name if quote.speaker else None) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a surname, a pronoun, an honorific or a description resolves to the fullest name
        # the article gives that person, wherever it stands
        ('Prime Minister Justin Trudeau spoke.\n\n"We will act," Trudeau said.', "Justin Trudeau"),
        ('Justin Trudeau spoke on Monday.\n\n"We will act," he said.', "Justin Trudeau"),
        (
            '"We will act," Trudeau said.\n\nPrime Minister Justin Trudeau spoke later.',
            "Justin Trudeau",
        ),
        ('"We will act," Mr. Trudeau said. Justin Trudeau then left.', "Justin Trudeau"),
        (
            'Prime Minister Justin Trudeau arrived.\n\n"We will act," the prime minister said.',
            "Justin Trudeau",
        ),
        (
            'Justin Trudeau arrived. Later, Trudeau spoke.\n\n"We will act," he said.',
            "Justin Trudeau",
        ),
        (
            'Justin Pierre James Trudeau was born in 1971. Justin Trudeau spoke.\n\n"We will act,"'
            " Trudeau said.",
            "Justin Pierre James Trudeau",
        ),
        # two people of one surname are never merged: the nearest named in full
        (
            "Pierre Trudeau led the country. His son Justin Trudeau spoke.\n\n"
            '"We will act," Trudeau said.',
            "Justin Trudeau",
        ),
        (
            "Justin Trudeau and Sophie Gregoire Trudeau arrived.\n\n"
            '"We are happy," Mrs. Trudeau said.',
            "Sophie Gregoire Trudeau",
        ),
    ],
)
def test_surname_and_pronoun_resolve_to_the_fullest_name(text: str, name: str) -> None:
    quote = extract(text).quotes[0]
    assert quote.speaker is not None
    assert quote.speaker.name == name


def test_speakers_a_name_built_with_a_leading_word_loses_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Whichever path built the name, the record drops the leading word; the records the
    # resolver returns are plain tuples, so the name is replaced, not copied through pydantic.
    monkeypatch.setattr(
        SpeakerResolver, "without_leading_words", lambda self, name: name.split()[-1]
    )
    speaker = extract('"Yes," Jane Perez said.').quotes[0].speaker
    assert speaker is not None and speaker.name == "Perez"


@pytest.mark.parametrize(
    ("text", "role"),
    [
        pytest.param('But Mr. Sanders said the plan was "a fraud."', None, id="honorific"),
        pytest.param('When Sen. Ann Cole spoke, she called it "a fraud."', "Sen.", id="title"),
        pytest.param('Yet Cole said the vote was "close."', None, id="no-title"),
        pytest.param('Bush, however, said the plan was "a fraud."', None, id="adverb-aside"),
        pytest.param('"A fraud," Ann Cole, 59, of Ashton, Md., said.', None, id="age-and-place"),
        pytest.param('"A fraud," Ann Cole, 59, a nurse, said.', "nurse", id="age-and-role"),
        pytest.param(
            '"It was full," says Ann Cole, a nurse at St. Michael\'s Hospital.',
            "nurse at St. Michael's Hospital",
            id="abbreviation-inside-role",
        ),
        pytest.param('Ann Cole, in a statement, said it was "a fraud."', None, id="where-said"),
        pytest.param(
            '"A fraud," said Ann Cole, who has led the team since 2019.', None, id="clause"
        ),
        pytest.param(
            'Ann Cole, speaking to reporters, said: "A fraud."', None, id="participle-phrase"
        ),
        pytest.param(
            'Ann Cole, quoted by the Globe, said it was "a fraud."', None, id="past-participle"
        ),
        pytest.param(
            'According to Ann Cole, the man was "acting erratically."', None, id="clause-after"
        ),
        pytest.param(
            'John Smith, a baker whose shop burned down, said: "We will rebuild."',
            "baker",
            id="relative-clause-ends-the-role",
        ),
        pytest.param(
            'The head of the union, Pat Moore, said: "We are ready."',
            "head of the union",
            id="role-of-a-body",
        ),
        pytest.param('Earlier this week Ann Cole said it was "a mess."', None, id="time-before"),
    ],
)
def test_speakers_role_is_what_the_person_is(text: str, role: str | None) -> None:
    # "But", "When", "Yet" open the sentence, not the speaker's title; an adverb or a place
    # between commas is not a role either
    speaker = extract(text).quotes[0].speaker
    assert speaker is not None and speaker.role == role


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "Alberta Premier Danielle Smith and Saskatchewan Premier Scott Moe said in a joint "
            'statement that the plan was "a job killer."',
            "Danielle Smith and Scott Moe",
            id="reported-speech",
        ),
        pytest.param(
            '"We agree," Tom Hale and Ann Ruiz said in a joint statement.',
            "Tom Hale and Ann Ruiz",
            id="quote-then-speakers",
        ),
        pytest.param(
            '"We agree," said Mary Hale and John Ortiz.', "Mary Hale and John Ortiz", id="inverted"
        ),
        pytest.param(
            'On Monday, Tom Hale and Ann Ruiz wrote that the plan was "a fraud."',
            "Tom Hale and Ann Ruiz",
            id="after-an-opener",
        ),
        pytest.param(
            'Both Tom Hale and Ann Ruiz said the plan was "a fraud."',
            "Tom Hale and Ann Ruiz",
            id="both",
        ),
    ],
)
def test_speakers_two_people_named_together_speak_together(text: str, name: str) -> None:
    # the quote is both of theirs: never only the name next to the verb, and never one
    # person named "Tom Hale and Ann Ruiz" whose surname a later "Ruiz" would take
    speaker = extract(text).quotes[0].speaker
    assert speaker is not None and speaker.name == name
    assert speaker.kind == "group"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            'When Trump attacked Clinton and Sanders said the plan was "a fraud."',
            "Sanders",
            id="a-clause-before-and",
        ),
        pytest.param(
            'Stars such as Will Smith, Patti LaBelle and Stevie Wonder, who joked, "Not yet."',
            "Stevie Wonder",
            id="the-end-of-a-list",
        ),
        pytest.param(
            'Tom Hale and Ann Ruiz met on Monday. "We disagree," Ruiz said.',
            "Ann Ruiz",
            id="one-of-two-named-together-earlier",
        ),
    ],
)
def test_speakers_a_name_after_and_speaks_alone(text: str, name: str) -> None:
    speaker = extract(text).quotes[0].speaker
    assert speaker is not None and speaker.name == name


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        pytest.param('McDonald\'s said it would "review the matter".', "McDonald's", "group"),
        pytest.param('"Sorry," Sainsbury’s said.', "Sainsbury’s", "group"),
        pytest.param(
            'Donald Trump spoke first. Trump\'s said the wall is "coming".',
            "Donald Trump",
            "person",
        ),
    ],
)
def test_speakers_a_possessive_business_keeps_its_s(text: str, name: str, kind: str) -> None:
    # a business named for its founder is written with the 's; a person the article names
    # ("Trump's said", Trump has said) is that person
    speaker = extract(text).quotes[0].speaker
    assert speaker is not None and (speaker.name, speaker.kind) == (name, kind)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        pytest.param('Residents said the road was "a death trap."', "Residents", "group"),
        pytest.param('Locals have dubbed the road "death alley".', "Locals", "group"),
        pytest.param('"We had a strong year," the CEO said.', "the CEO", "unnamed"),
        pytest.param(
            'People familiar with the matter said the deal was "close."',
            "People familiar with the matter",
            "group",
        ),
        pytest.param(
            'Officials with the Ministry of Health said it was "contained."',
            "Officials with the Ministry of Health",
            "group",
        ),
        pytest.param(
            'Tom Farmer, the CEO, spoke on Monday.\n\n"No," Farmer said.', "Tom Farmer", "person"
        ),
        pytest.param(
            '"No comment," the spokesman for the company said.',
            "the spokesman for the company",
            "unnamed",
        ),
        pytest.param(
            '"I ran outside," the father of three said.', "the father of three", "unnamed"
        ),
        pytest.param('"It was loud," the 41-year-old said.', "the 41-year-old", "unnamed"),
        pytest.param(
            "His ex-wife, singer Mia Torres, has remained silent.\n\n"
            'A source close to Torres told Page Six: "She has moved on."',
            "A source close to Torres",
            "unnamed",
        ),
    ],
)
def test_speakers_a_noun_for_people_is_no_name(text: str, name: str, kind: str) -> None:
    # capitalised by the sentence or written as an acronym, a noun the lexicon knows for
    # people names a group or an unnamed person, never a person called "Residents"
    speaker = extract(text).quotes[0].speaker
    assert speaker is not None and (speaker.name, speaker.kind) == (name, kind)


@pytest.mark.parametrize(
    ("text", "quote", "name"),
    [
        pytest.param(
            'Nurses Rip Dan Marsh Over "Broken Promises."\n\nNurses rallied on Friday. Marsh '
            'defended the plan.\n\n"We have hired more nurses than ever," he said.',
            "hired",
            "Dan Marsh",
            id="headline-subject-and-verb-are-no-part-of-the-name",
        ),
        pytest.param(
            "Critics seized on Mayor Tom Hale's TV interview on Monday.\n\n"
            '"Nobody watches it," he said.',
            "Nobody",
            "Tom Hale",
            id="a-possessive-ends-a-titled-name",
        ),
    ],
)
def test_speakers_a_pronoun_takes_the_full_name_not_the_run(
    text: str, quote: str, name: str
) -> None:
    found = next(q for q in extract(text).quotes if quote in q.text)
    assert found.speaker is not None
    assert found.speaker.name == name


def test_defined_acronyms_map_to_the_name_whose_initials_spell_them() -> None:
    text = (
        "Officials of the Department of Agriculture (DA) met the National Grid Corporation"
        " of the Philippines (NGCP) and Ana Ruiz (AP) of the Federal Bureau of Investigation"
        " (CIA)."
    )
    assert defined_acronyms(text) == {
        "DA": "Department of Agriculture",
        "NGCP": "National Grid Corporation of the Philippines",
    }
    assert defined_acronyms("No brackets here.") == {}
