"""A battery of English news attribution constructions: one short invented case each.

Every case is written for this file from how news is written (wire, broadsheet, tabloid,
local, web; AP and Reuters style on attribution); none is taken from a corpus. Each names
the quotation it is about (a few words of it; the first quotation when omitted) and what
should become of it:

- a speaker name: the quote is credited to a speaker whose name agrees with it under the
  reference scorer's rule (equal, same surname, or one inside the other);
- `None`: the quote is kept as speech, with no speaker (an honest blank beats a guess);
- `Skip(reason)`: the quoted words are not speech, and are skipped with that reason;
- `NOT_QUOTE`: the quoted words are web-page debris, not a quote of the article.

Known misses are `xfail` with the reason, never deleted.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest
import regex as re

from quotes import extract
from quotes.evaluation.score import same_speaker
from quotes.models import Document, Quote, Skipped


@dataclass(frozen=True)
class Skip:
    """The quotation is not speech: skipped for `reason`."""

    reason: str


NOT_QUOTE = "not a quote of the article"
# Speaker names no reader would accept (the shared junk_speakers.py list, in short).
JUNK = frozenset(
    """
    a an the this that these those every each any some no another other all both most many
    much more few several one nonetheless nevertheless however meanwhile moreover still yet
    also then now later today indeed perhaps he she they it we i you read more watch related
    big small new old
    """.split()  # noqa: SIM905 (a word list reads best as words)
)


# Words that never open a person's name, though a sentence capitalises them: sentence
# adverbs, quantifiers and participles ("Neither Cruz", "Understated Perez").
NOT_NAME_OPENERS = JUNK | frozenset(
    "neither either only even clearly understated emboldened first just".split()  # noqa: SIM905
)
# A time glued to a name on a scraped page ("9:30 PMChris Christie").
GLUED_NAME = re.compile(r"^\p{Lu}{2,}(?=\p{Lu}\p{Ll})")


# Cases the engine does not pass yet, with why: strict xfails, so a fix shows up.
KNOWN_MISSES: dict[str, str] = {}


def case(text: str, expected: Any, quote: str = "", id: str = "", xfail: str = "") -> Any:
    """One battery case: the text, what becomes of the quotation containing `quote`."""
    xfail = xfail or KNOWN_MISSES.get(id, "")
    marks = [pytest.mark.xfail(reason=xfail, strict=True)] if xfail else []
    return pytest.param(text, expected, quote, id=id, marks=marks)


def target(document: Document, quote: str) -> Quote | Skipped | None:
    """The quote or skipped span containing `quote`, or the first one."""
    spans: list[Quote | Skipped] = sorted(
        [*document.quotes, *document.skipped], key=lambda span: span.start
    )
    for span in spans:
        if quote in span.text:
            return span
    return None


def check(text: str, expected: Any, quote: str) -> None:
    document = extract(text, "battery")
    for found in document.quotes:
        assert found.text == text[found.start : found.end]
        if found.speaker is not None:
            words = found.speaker.name.casefold().split()
            assert not set(words) <= JUNK, f"junk speaker {found.speaker.name!r}"
            if found.speaker.kind == "person" and len(words) > 1:
                assert words[0] not in NOT_NAME_OPENERS, f"junk name {found.speaker.name!r}"
                assert not GLUED_NAME.match(found.speaker.name), f"glued {found.speaker.name!r}"
    span = target(document, quote)
    if expected is NOT_QUOTE:
        assert not isinstance(span, Quote), f"debris kept as a quote: {span!r}"
        return
    assert span is not None, "the quotation was not found"
    if isinstance(expected, Skip):
        assert isinstance(span, Skipped), f"kept as speech: {span.text!r}"
        assert span.reason == expected.reason
        return
    assert isinstance(span, Quote), f"skipped as {span.reason}: {span.text!r}"  # type: ignore[union-attr]
    name = span.speaker.name if span.speaker is not None else None
    if expected is None:
        assert name is None, f"credited to {name!r}, expected no speaker"
    else:
        assert name is not None, f"no speaker, expected {expected!r}"
        assert same_speaker(expected, name), f"credited to {name!r}, expected {expected!r}"


# --- 1. unnamed and described sources --------------------------------------------

UNNAMED = [
    case(
        "An official with the RCMP, who was not authorized to speak publicly, said the suspect "
        '"was known to police."',
        "An official with the RCMP",
        id="official-with-a-body-then-who-clause",
    ),
    case(
        'Protesters marching through the downtown core chanted "No more cuts!" until dawn.',
        "Protesters",
        id="group-with-participle-and-place",
    ),
    case(
        'Residents standing outside the hall shouted "Shame!" at the councillors.',
        "Residents",
        id="group-standing-outside-place",
    ),
    case(
        '"It\'s heartbreaking," one volunteer said.',
        "one volunteer",
        id="one-volunteer",
    ),
    case(
        '"Nobody should have to live like this," a tenant in the building said.',
        "a tenant",
        id="tenant-in-building",
    ),
    case(
        '"We are monitoring the situation," a Health Canada spokesperson said in an email.',
        "a Health Canada spokesperson",
        id="agency-spokesperson-email",
    ),
    case(
        '"This is a scam," wrote one commenter on Facebook.',
        "one commenter",
        id="commenter-wrote-inverted",
    ),
    case(
        '"Enough is enough!" the crowd shouted.',
        "the crowd",
        id="crowd-shouted",
    ),
    case(
        '"We are heartbroken," the family said in a statement released by police.',
        "the family",
        id="family-statement",
    ),
    case(
        '"We have no comment at this time," said a spokesperson for the city.',
        "a spokesperson for the city",
        id="spokesperson-for-city-inverted",
    ),
    case('"This is awful," one trader said.', "one trader", id="one-trader"),
    case('"We had no warning," a 54-year-old baker said.', "a 54-year-old baker", id="aged-baker"),
    case(
        '"We had no warning," a 61-year-old farmer told reporters.',
        "a 61-year-old farmer",
        id="aged-role-word",
    ),
    case(
        '"The talks have stalled," said a senior official who spoke on condition of anonymity '
        "because he was not authorized to discuss them.",
        "a senior official",
        id="anonymous-official-inverted",
    ),
    case(
        '"The talks have stalled," a senior official said on condition of anonymity.',
        "a senior official",
        id="anonymous-official",
    ),
    case(
        '"The company is cooperating fully," a spokesperson for Norvale Foods said.',
        "a spokesperson for Norvale Foods",
        id="spokesperson-for-company",
    ),
    case(
        '"We are not going anywhere," residents said as the water rose.',
        "residents",
        id="residents",
    ),
    case('"Shame on you!" protesters chanted outside the hall.', "protesters", id="protesters"),
    case(
        '"It was chaos," said one witness, who asked not to be named.',
        "one witness",
        id="witness-inverted",
    ),
    case(
        '"Prices will keep rising through the winter," analysts at Brackley Bank wrote in a note.',
        "analysts",
        id="analysts-wrote-note",
    ),
    case(
        '"We are exhausted," a nurse at the hospital told reporters.',
        "a nurse",
        id="nurse-told-reporters",
    ),
    case(
        '"There is no deal yet," a source familiar with the negotiations said.',
        "a source",
        id="source-familiar",
    ),
    case(
        '"I have never seen the water this high," said a retired fisherman.',
        "a retired fisherman",
        id="retired-fisherman-inverted",
    ),
    case(
        '"The decision is final," a government spokeswoman said on Tuesday.',
        "a government spokeswoman",
        id="spokeswoman-weekday",
    ),
    case('"We will appeal," the family\'s lawyer said.', "the family's lawyer", id="family-lawyer"),
    case(
        '"We have not seen anything like it in years," officials said.',
        "officials",
        id="officials",
    ),
    case('"No," one official said flatly.', "one official", id="one-word-with-cue"),
    case(
        '"Unacceptable," a White House official said of the report.',
        "a White House official",
        id="one-word-said-of",
    ),
    case(
        '"It is over," said a person close to the campaign.',
        "a person close to the campaign",
        id="person-close-to",
    ),
    case(
        'Police said the driver was "known to officers" and had been arrested before.',
        "Police",
        id="police-said-partial",
    ),
    case(
        'Several residents called the smell "unbearable".',
        "Several residents",
        id="several-residents-partial",
    ),
    case(
        'Another GOP senator called the bill "a disaster for farmers".',
        "Another GOP senator",
        id="another-gop-senator",
    ),
    case(
        '"Everyone is scared," a mother of three told the Herald.',
        "a mother of three",
        id="mother-of-three",
    ),
    case(
        'A source close to the campaign said the plan was "dead in the water."',
        "a source",
        id="source-close-to-body-is-not-the-body",
    ),
    case(
        '"The plan is dead," said a person involved in the talks.',
        "a person involved in the talks",
        id="inverted-source-involved-in",
    ),
    case(
        '"The plan is dead," a person involved in the talks said.',
        "a person involved in the talks",
        id="source-involved-in-before-verb",
    ),
    case(
        'The union\'s email to its members notes that the senator "fought for fair wages."',
        "The union's email",
        id="prepositional-object-before-verb-is-not-subject",
    ),
    case(
        '"The water came up so fast," said one resident of Elm Street, who asked not to be named.',
        "one resident",
        id="resident-asked-not-named",
    ),
    case(
        '"It was chaos," a 37-year-old nurse told The Canadian Press.',
        "nurse",
        id="aged-nurse-told-cp",
    ),
    case(
        '"We had no warning," a woman who lives near the plant said.',
        "a woman",
        id="woman-who-lives",
    ),
    case(
        '"Prices will keep rising," an economist at the Bank of Montreal said in a note to '
        "clients.",
        "an economist",
        id="economist-at-bank-note",
    ),
    case(
        '"No decision has been made," a government official said, speaking on condition of '
        "anonymity because the talks are private.",
        "a government official",
        id="official-speaking-anonymity",
    ),
    case(
        '"This is not over," vowed a union representative.',
        "a union representative",
        id="vowed-union-rep",
    ),
    case(
        'Several witnesses said the driver was "going way too fast."',
        "Several witnesses",
        id="several-witnesses-partial",
    ),
    case(
        '"We just want answers," said the victim\'s sister.',
        "the victim's sister",
        id="victims-sister-inverted",
    ),
    case(
        'Neighbours described the couple as "quiet and friendly."',
        "Neighbours",
        id="neighbours-described-as",
    ),
    case(
        '"Absolutely not," a spokesperson for the premier\'s office said when asked about the '
        "report.",
        "a spokesperson",
        id="spokesperson-when-asked",
    ),
    case(
        '"It is a sad day," a longtime employee, who did not want her name used, said.',
        "a longtime employee",
        id="employee-who-clause-between",
    ),
    case(
        '"Enough is enough," the crowd chanted outside city hall.', "the crowd", id="crowd-chanted"
    ),
    case(
        '"We are monitoring the situation," a Health Canada spokesperson said in an email.',
        "a Health Canada spokesperson",
        id="health-agency-spokesperson-email",
    ),
    case(
        '"There is no plan," said one frustrated parent, Tara Mills, whose son has waited two '
        "years for surgery.",
        "Tara Mills",
        id="described-then-name-whose",
    ),
    case(
        '"We told them this would happen," said a frustrated Kovacs.',
        "Kovacs",
        id="described-surname-inverted",
    ),
    case(
        'A source told The Sun: "She is absolutely devastated."',
        "A source",
        id="tabloid-source-told-colon",
    ),
    case('Pals say the star was "devastated."', "Pals", id="tabloid-pals-say"),
    case(
        'An insider revealed: "They have not spoken in months."',
        "An insider",
        id="tabloid-insider-revealed",
    ),
    case(
        'The singer, 34, captioned the post: "Best day ever."',
        "The singer",
        id="singer-age-captioned",
    ),
    case(
        'One user wrote: "This is the best thing I have seen all year."',
        "One user",
        id="one-user-wrote",
    ),
    case(
        '"I can\'t talk about it," said the official, who was not authorized to speak publicly.',
        "the official",
        id="official-not-authorized-inverted",
    ),
    case(
        '"We have the votes," one Liberal insider told the Star on condition of anonymity.',
        "one Liberal insider",
        id="insider-told-star-anonymity",
    ),
    case(
        'The judge told the court: "This was a cruel and senseless act."',
        "The judge",
        id="judge-told-court-colon",
    ),
    case('"He was a hero," his widow said.', "his widow", id="his-widow"),
    case(
        '"It was like a bomb went off," said a neighbour who did not want to be identified.',
        "a neighbour",
        id="neighbour-not-identified",
    ),
    case(
        'Supporters of the mayor called the ruling "a victory for common sense".',
        "Supporters of the mayor",
        id="group-of-a-role-speaks",
    ),
    case(
        'Critics of Mayor Tom Reid called the plan "reckless".',
        "Critics of Mayor Tom Reid",
        id="group-of-a-name-speaks",
    ),
    case(
        'Head of the agency Tom Reid called it "a disgrace".', "Tom Reid", id="office-of-then-name"
    ),
    case(
        'Both parties said the talks had been "constructive".',
        "Both parties",
        id="quantifier-both-and-noun",
    ),
    case(
        '"We are closer than we have ever been," both sides said after the meeting.',
        "both sides",
        id="quantifier-both-and-noun-after-quote",
    ),
    case(
        'Each side said the other had acted "in bad faith".',
        "Each side",
        id="quantifier-each-and-noun",
    ),
    case(
        'One doctor said the wards were full. Another, a nurse from Leeds, said: "We are'
        ' exhausted."',
        "a nurse from Leeds",
        id="another-then-its-description",
    ),
    case(
        "Gerald Orme's widow sat in the front row throughout the hearing. \"He deserved so"
        ' much better than this," she said afterwards.',
        "Gerald Orme's widow",
        id="possessive-kin-description-then-she",
    ),
    case(
        "A spokesperson for Capital Rail Partners, the consortium responsible for maintaining"
        ' the line, said in an email that crews had responded "immediately."',
        "A spokesperson for Capital Rail Partners",
        id="spokesperson-for-body-with-long-appositive",
    ),
    case(
        'The chief executive of Vantor Media said: "We are not for sale."',
        "The chief executive of Vantor Media",
        id="office-of-a-body-is-not-a-person-named-for-the-body",
    ),
    case(
        '"We are not for sale," said the director of Oxfam.',
        "the director of Oxfam",
        id="office-of-a-body-after-the-verb",
    ),
    case(
        "Privately, some Democrats were less enthusiastic. One lawmaker who backed Mr."
        ' Ortega-Hale in the primary said the pick was "exactly what you would expect."',
        "One lawmaker",
        id="restrictive-clause-holding-an-abbreviated-title",
    ),
    case(
        "A portfolio manager at a Johannesburg asset manager that holds about 3% of Thaba"
        ' Metals said management had "called the bottom twice already".',
        "A portfolio manager at a Johannesburg asset manager",
        id="restrictive-that-clause-after-a-role",
    ),
    case(
        "A solicitor accused of stealing more than €1.3 million from clients' accounts told an"
        ' elderly farmer that his money was "safe as houses".',
        "A solicitor",
        id="reduced-relative-participle-after-the-subject",
    ),
    case(
        "Others were less sure. One top-20 shareholder, who spoke on condition of anonymity"
        " because the firm does not comment publicly on individual holdings, said management"
        ' had "talked up the pipeline."',
        "One top-20 shareholder",
        id="a-speech-verb-inside-the-subjects-relative-clause-is-not-the-cue",
    ),
    case(
        "The campaign stood by the remarks. Asked for the basis of the claim that murders were"
        " at their highest level ever, campaign spokeswoman Tara Lindgren pointed to news"
        ' coverage and said the governor was "describing what families have lived through."',
        "Tara Lindgren",
        id="a-long-participle-opening-before-a-role-and-name",
    ),
    case(
        '"I used to stand in this room and check gauges," says a retired millwright in the '
        "second row. He is Wendell Haskins, 68, who worked at the mill for 30 years.",
        "Wendell Haskins",
        id="he-is-names-the-unnamed-speaker-just-quoted",
    ),
    case(
        '"We have nothing to hide," one senior staffer said Tuesday. The staffer, '
        "Dunleavy's chief of staff, Wes Harlan, said the letter was routine.",
        "Wes Harlan",
        id="unnamed-speaker-named-after-an-appositive",
    ),
    case(
        '"I used to check gauges," says a retired millwright. He is 68 and still sings bass.',
        "a retired millwright",
        id="he-is-without-a-name-leaves-the-unnamed-speaker",
    ),
    case(
        '"They are too big, but I will grow into them," said one of the younger boxers.',
        "one of the younger boxers",
        id="one-of-a-group-after-the-verb-speaks",
    ),
    case(
        '"They are too big," one of the younger boxers said.',
        "one of the younger boxers",
        id="one-of-a-group-before-the-verb-speaks",
    ),
    case(
        '"It is dead," said one of them.',
        None,
        id="one-of-them-names-no-one",
    ),
    case(
        "Her backers attacked Bradley, with one of her ads asking, “Is Rebecca Bradley "
        "independent enough?”",
        "one of her ads",
        id="one-of-her-ads-is-headed-by-ads",
    ),
    case(
        'The mayor and the governor said the merger was "a disaster."',
        "The mayor and the governor",
        id="two-descriptions-joined-by-and-speak-together",
    ),
    case(
        'An online petition calling for the couple to "be allowed to stay in Canada" has '
        "more than 9,000 signatures.",
        "An online petition",
        id="described-document-with-an-adjective-before-its-noun",
    ),
    case(
        "Starter Dale Okoro allowed three runs and took the loss. The veteran "
        'right-hander said he "made one bad pitch at a bad time."',
        "The veteran right-hander",
        quote="made one bad pitch",
        id="sports-position-as-a-described-speaker",
    ),
    case(
        'Students outside City Hall said the cuts were "cruel and short-sighted".',
        "Students outside City Hall",
        quote="cruel",
        id="group-placed-outside-a-named-building",
    ),
    case(
        '"It is a lot of salt for one evening," one critic said in the lobby. Dana Whitlow, '
        "who reviews films for the Harbour Post, left before the credits.",
        "Dana Whitlow",
        quote="a lot of salt",
        id="unnamed-speaker-introduced-by-name-in-the-next-sentence",
    ),
    case(
        '"He said it was a good deal," one tenant said.\n\n'
        "Hamid Rahmani, 44, a taxi driver, said he was offered nothing.",
        "one tenant",
        quote="a good deal",
        id="a-new-paragraph-s-name-is-another-source",
    ),
    case(
        "The mum of a father-of-two killed in a hit-and-run in Harwick has pleaded with the "
        "driver to come forward, saying: 'Somebody saw that van. Please call the police.'",
        "The mum of a father-of-two",
        id="past-participle-phrase-is-not-the-subject",
    ),
    case(
        "Somebody shouted \u201cgo home, we've heard enough!\u201d as the mayor rose to speak.",
        None,
        id="someone-is-no-name",
    ),
    case(
        'A Democratic senator close to leadership said Varga was "boxed in from both sides."',
        "A Democratic senator close to leadership",
        id="postmodifier-with-a-bare-object",
    ),
    case(
        '"This bill is half a loaf," a columnist for The Harbour Ledger wrote.',
        "a columnist for The Harbour Ledger",
        id="capitalised-the-in-an-outlet-name",
    ),
]

# --- 2. appositives and clauses between the name and the verb ------------------------

APPOSITIVES = [
    case(
        '"This is a dark day," Rep. Marcus Thibault, D-La., said in a tweet.',
        "Marcus Thibault",
        id="party-and-state-after-the-name",
    ),
    case(
        '"This is a dark day," Rep. Ann Cole, R-S.C., told reporters.',
        "Ann Cole",
        id="party-and-dotted-state-after-the-name",
    ),
    case(
        '"The north is racing ahead," Vera Jansen, a professor at the Hale Institute, a '
        "think tank in Ottawa, said.",
        "Vera Jansen",
        id="two-appositives-the-second-describing-an-object",
    ),
    case(
        'The region is "racing towards the finish line," as Vera Jansen, associate professor '
        "at the Centre for Security Studies, a think tank in Ottawa, put it.",
        "Vera Jansen",
        id="as-name-long-appositive-put-it",
    ),
    case(
        '"It will hurt millions," Mark Holt, chairman of the board of Freedom Works, the '
        "group's funding arm, said.",
        "Mark Holt",
        id="role-of-an-organisation-then-its-description",
    ),
    case(
        '"We need more buses," said Grade 12 student Priya Sharma.',
        "Priya Sharma",
        id="numbered-group-before-role",
    ),
    case(
        '"It was a shock," said Unifor Local 444 president Dave Cassidy.',
        "Dave Cassidy",
        id="union-local-number-before-role",
    ),
    case(
        '"Wages have stalled," said the report\'s author, economist Jim Stanford.',
        "Jim Stanford",
        id="role-then-role-and-name-after-comma",
    ),
    case(
        '"He is on indefinite leave," Riverton Herald opinion editor Dana Kim said.',
        "Dana Kim",
        id="newsroom-role-before-name",
    ),
    case(
        '"The city will always stand," an angry Mayor Reyes retaliated.',
        "Mayor Reyes",
        id="retaliated-is-a-cue",
    ),
    case(
        "The vote upended years of policy toward Norland, a country that the last nominee,"
        ' Carla Benning, called "our gravest rival."',
        "Carla Benning",
        id="relative-clause-is-not-a-role",
    ),
    case(
        'Lena Ortiz has in the past called the mayor "a liar."',
        "Lena Ortiz",
        id="prepositional-phrase-between-subject-and-verb",
    ),
    case(
        "The retired teacher has given no details about her plans, saying only that she "
        'was "weighing every option."',
        "The retired teacher",
        id="described-subject-adjective-noun",
    ),
    case(
        'The liberal magazine has long opposed the mayor, arguing he is an "unprincipled '
        'opportunist."',
        "The liberal magazine",
        id="described-organisation-adjective-noun",
    ),
    case(
        '"We are not going to comment on rumours," Finance Minister Chrystia '
        "Freeland told reporters on Parliament Hill.",
        "Chrystia Freeland",
        id="minister-told-reporters-on-hill",
    ),
    case(
        '"It\'s a good first step," said Ontario NDP Leader Marit Stiles.',
        "Marit Stiles",
        id="province-party-leader-inverted",
    ),
    case(
        '"There is no evidence of foul play," Const. Jane Ruiz, a spokesperson '
        "for the Ottawa Police Service, said Thursday.",
        "Jane Ruiz",
        id="police-rank-abbreviation-appositive",
    ),
    case(
        "\"We're devastated,\" Ruiz's sister, Carmen, wrote in a GoFundMe post.",
        "Carmen",
        id="kin-given-name-wrote",
    ),
    case(
        '"I\'ve never seen anything like it," said 34-year-old Kyle Brandt, who lives nearby.',
        "Kyle Brandt",
        id="age-before-name-inverted",
    ),
    case(
        '"No one is above the law," U.S. Attorney General Merrick Garland said in a statement.',
        "Merrick Garland",
        id="us-attorney-general",
    ),
    case(
        '"We will rebuild," vowed Mayor Ken Sim.',
        "Ken Sim",
        id="vowed-inverted-title",
    ),
    case(
        '"Stay home if you can," urged Dr. Bonnie Henry, B.C.\'s provincial health officer.',
        "Bonnie Henry",
        id="urged-inverted-appositive",
    ),
    case(
        '"They left us with nothing," said Maria, who asked that her last name not be used.',
        "Maria",
        id="given-name-only-who-clause",
    ),
    case(
        '"The bill is dead," a senior government source told CBC News on condition of anonymity.',
        "a senior government source",
        id="government-source-anonymity",
    ),
    case(
        '"We\'re monitoring," RCMP Cpl. Tanya Hill said.',
        "Tanya Hill",
        id="rcmp-corporal",
    ),
    case(
        '"It was pure luck," the 19-year-old told the Star.',
        "the 19-year-old",
        id="the-19-year-old",
    ),
    case(
        '"We were told nothing," said Gerald Fitch, a 67-year-old retiree who has lived on '
        "the street since 1982.",
        "Gerald Fitch",
        id="retiree-who-clause",
    ),
    case(
        '"I just want my son back," his mother, Rosa Delgado, told reporters.',
        "Rosa Delgado",
        id="his-mother-name",
    ),
    case(
        '"We did everything right," said the girl\'s father, Ahmed Karimi.',
        "Ahmed Karimi",
        id="inverted-kin-possessive-name",
    ),
    case(
        'Councillor Dana Whitmore, who chairs the transit committee, said: "We need a plan."',
        "Dana Whitmore",
        id="who-clause-colon",
    ),
    case(
        '"It is a sad day," said Chief Roberta Stonechild of the Cree Nation.',
        "Roberta Stonechild",
        id="chief-of-nation",
    ),
    case(
        '"I\'m shocked," Tremblay, 45, told CTV News.',
        "Tremblay",
        id="surname-age-told",
    ),
    case(
        'Jennifer Ng, the city\'s chief planner, warned that the plan was "not sustainable".',
        "Jennifer Ng",
        id="role-possessive-warned-partial",
    ),
    case(
        '"The numbers don\'t lie," said economist Priya Raman of the University of Calgary.',
        "Priya Raman",
        id="economist-of-university",
    ),
    case(
        '"The oven was still warm," John Smeaton, 54, a local baker, said.',
        "John Smeaton",
        id="age-and-role",
    ),
    case('"We lost everything," Mary Okafor, 61, said.', "Mary Okafor", id="age-only"),
    case(
        '"The oven was still warm," said John Smeaton, 54, a local baker.',
        "John Smeaton",
        id="inverted-age-and-role",
    ),
    case(
        '"Teachers are at breaking point," Anna Kovacs, the president of the Teachers\' '
        "Council, which represents 12,000 teachers, said.",
        "Anna Kovacs",
        id="which-clause-naming-body",
    ),
    case(
        '"Teachers are at breaking point," said Anna Kovacs, president of the council, '
        "which represents 12,000 teachers.",
        "Anna Kovacs",
        id="inverted-which-clause",
    ),
    case(
        "Anna Kovacs, the president of the Teachers' Council, which represents 12,000 "
        'teachers, urged members to "stay calm and wait".',
        "Anna Kovacs",
        id="which-clause-then-urged",
    ),
    case(
        'Omar\'s father, Yusuf Haddad, says: "He was a good boy."',
        "Yusuf Haddad",
        id="kin-then-name-says",
    ),
    case(
        '"She never gave up," Brennan\'s daughter, Karen Holt, said.',
        "Karen Holt",
        id="quote-kin-then-name",
    ),
    case(
        '"Business has never been this slow," said Tom Reedy, who owns the bakery on Main Street.',
        "Tom Reedy",
        id="who-clause-inverted",
    ),
    case(
        '"Business has never been this slow," Tom Reedy, who owns the bakery, told CBC News.',
        "Tom Reedy",
        id="who-clause-told",
    ),
    case(
        '"We are seeing more cases every day," Dr. Priya Nair, an emergency physician at '
        "St. Michael's Hospital, said.",
        "Priya Nair",
        id="doctor-role-at-hospital",
    ),
    case(
        '"This bill is dead," Sen. Jane Dorsey, R-Ohio, said.',
        "Jane Dorsey",
        id="ap-party-state",
    ),
    case(
        '"This bill is dead," Rep. Tom Colby (R-Okla.) said.',
        "Tom Colby",
        id="party-in-parentheses",
    ),
    case('"We will rebuild," said Mayor Karen Bassett.', "Karen Bassett", id="title-inverted"),
    case(
        '"The investigation is ongoing," Police Chief Mark Sanders told reporters.',
        "Mark Sanders",
        id="two-word-title",
    ),
    case(
        '"I came here to study, not to protest," said Li Wei, a 23-year-old student from '
        "Shanghai who moved to Toronto last year.",
        "Li Wei",
        id="long-appositive-inverted",
    ),
    case(
        '"The members have spoken," Jean-Pierre Dubois, a spokesman for the union, said in '
        "an interview.",
        "Jean-Pierre Dubois",
        id="hyphenated-name-role",
    ),
    case(
        '"The offer is insulting," Greenberg, the union\'s spokesman, said.',
        "Greenberg",
        id="surname-possessive-role",
    ),
    case(
        'The mayor\'s chief of staff, Ben Cho, said: "We were never told."',
        "Ben Cho",
        id="role-then-name-colon",
    ),
    case(
        '"It took us ten years," said Mary O\'Brien, 72, of Elm Street.',
        "Mary O'Brien",
        id="local-age-and-street",
    ),
    case(
        '"We want answers," Liberal MP Jane Ashworth said Monday.',
        "Jane Ashworth",
        id="party-mp-title",
    ),
    case(
        '"It is a good day for workers," Labour Minister Seamus O\'Regan said.',
        "Seamus O'Regan",
        id="minister-title-apostrophe-name",
    ),
    case(
        'The plan drew fire from Governor Ann Walsh, who called it "a betrayal of farmers."',
        "Ann Walsh",
        id="who-clause-speaks-for-name",
    ),
    case(
        'Blame fell on the ministry, which called the delay "regrettable."',
        "the ministry",
        id="which-clause-speaks-for-body",
    ),
    case(
        "Critics include Ana Ruiz, a lecturer at the University of Leeds, who called the "
        'scheme "a fantasy."',
        "Ana Ruiz",
        id="who-clause-after-role-with-place",
    ),
    case(
        'The spokeswoman disputed that Ortiz had "attacked" Lee, and said he "remains a friend."',
        "The spokeswoman",
        quote="remains a friend",
        id="coordinated-verb-after-earlier-quote",
    ),
    case(
        'Ortiz opened the meeting saying "we have work to do" before the vote.',
        "Ortiz",
        id="participle-after-object-thing-reads-subject",
    ),
    case(
        'Even as his lead shrinks, a defiant Ortiz is insisting he is "winning" the race.',
        "Ortiz",
        id="progressive-verb-after-described-name",
    ),
    case(
        "Amid NDP calls for a recount, even a senior Liberal strategist said the premier must "
        'decide, saying, "At some point, she has to pick a side."',
        "a senior Liberal strategist",
        id="opening-phrase-then-adverb-before-subject",
    ),
    case(
        "When the host noted that Ortiz paid no income tax ― as was true for years ― Ortiz "
        'boasted, "That makes me smart."',
        "Ortiz",
        id="cue-opening-the-quote-beats-earlier-verb",
    ),
    case(
        "After criticism from Liberals and New Democrats, Mr. Ortiz released a statement on "
        "Saturday, describing the workers as heroes but insisting that the strike had "
        '"no basis" in law.',
        "Ortiz",
        id="titled-name-after-opening-phrase-is-no-appositive",
    ),
    case(
        "A former mayoral candidate -- Ana Ruiz, who lost the 2018 race to Cole -- said the "
        'mayor "offered no real changes."',
        "Ana Ruiz",
        id="name-inside-dashed-aside",
    ),
    case(
        'Ana Ruiz — a longtime critic of the mayor — said the budget was "a mess."',
        "Ana Ruiz",
        id="role-inside-dashed-aside",
    ),
    case(
        'Co-host Dana Kim, who was off camera, then gently asked, "Really?"',
        "Dana Kim",
        id="manner-adverb-between-subject-and-verb",
    ),
    case(
        'The mayor then gently asked, "Is that really all?"',
        "The mayor",
        id="manner-adverb-after-described-subject",
    ),
    case(
        "The hearing was so calm that Mr. Ortiz was prompted to say, "
        '"So far, I cannot believe how civil it has been."',
        "Ortiz",
        id="passive-verb-then-to-say",
    ),
    case(
        "Mayor Ann Cole proposed a debate on April 4 - but the Ruiz campaign rejected the idea as "
        '"ludicrous" because of a hockey game.',
        None,
        id="clause-after-dash-and-but-is-not-the-first-subjects",
    ),
    case(
        '"We will rebuild," Marie Tremblay, 62, who has owned the bakery since 1989, said.',
        "Marie Tremblay",
        id="age-who-clause-said",
    ),
    case(
        '"The numbers do not add up," said Kevin Osei, chief economist at Northbridge Capital, '
        "which manages $4 billion.",
        "Kevin Osei",
        id="inverted-role-which-clause",
    ),
    case(
        "Priya Nair, the executive director of the food bank, which serves 3,000 families a "
        'month, warned that demand was "unprecedented."',
        "Priya Nair",
        id="which-clause-warned-partial",
    ),
    case(
        '"He was my best friend," the boy\'s uncle, Tom Baptiste, said.',
        "Tom Baptiste",
        id="kin-appositive-name",
    ),
    case(
        'Dr. Helen Park, an epidemiologist at McGill University, said the spread was "worrying '
        'but expected."',
        "Helen Park",
        id="dr-role-university-partial",
    ),
    case(
        '"I have never seen anything like it," said Fire Chief Dan Morrow of the Kamloops Fire '
        "Department.",
        "Dan Morrow",
        id="fire-chief-of-dept",
    ),
    case(
        'Conservative MP Rachel Dunn (Calgary Centre) called the bill "a mess."',
        "Rachel Dunn",
        id="mp-riding-parenthesis",
    ),
    case(
        '"We are not going anywhere," said Joe Carter, whose family has farmed the land for '
        "four generations.",
        "Joe Carter",
        id="whose-clause-inverted",
    ),
    case(
        "Sgt. Amy Lee, a spokeswoman for the Ottawa Police Service, said officers were "
        '"actively investigating."',
        "Amy Lee",
        id="sgt-spokeswoman-for-police",
    ),
    case(
        '"It is a good day for workers," Lana Ruiz, president of Local 204 of the steelworkers '
        "union, told reporters.",
        "Lana Ruiz",
        id="president-of-local-told",
    ),
    case(
        '"We are going to get this done," Prime Minister Justin Trudeau told reporters on '
        "Parliament Hill.",
        "Justin Trudeau",
        id="pm-told-reporters-hill",
    ),
    case(
        'NDP Leader Jagmeet Singh called the budget "a missed opportunity."',
        "Jagmeet Singh",
        id="party-leader-called",
    ),
    case(
        '"This is a great day for Quebec," said Premier François Legault.',
        "François Legault",
        id="premier-accented-inverted",
    ),
    case(
        '"Nous sommes prêts," Jean-François Roberge told reporters in Quebec City, meaning "we '
        'are ready."',
        "Jean-François Roberge",
        "Nous sommes",
        id="hyphenated-given-name-french-quote",
    ),
    case(
        'Chief Wilton Bearspaw of the Stoney Nakoda Nation said the agreement was "long overdue."',
        "Wilton Bearspaw",
        id="chief-of-nation-partial",
    ),
    case(
        '"We were not consulted," said Grand Chief Mary Okimaw, who represents 49 First Nations '
        "in northern Ontario.",
        "Mary Okimaw",
        id="grand-chief-who-represents",
    ),
    case(
        '"The numbers speak for themselves," Conservative finance critic Jasraj Hallan said in '
        "question period.",
        "Jasraj Hallan",
        id="critic-in-question-period",
    ),
    case(
        '"I have been doing this for 30 years," said Lise Gagnon, 58, a nurse at the Jewish '
        "General Hospital in Montreal.",
        "Lise Gagnon",
        id="name-age-role-hospital-city",
    ),
    case(
        '"It\'s just not sustainable," Halifax Regional Police Const. Amy Doucette said.',
        "Amy Doucette",
        id="police-const-abbreviation",
    ),
    case(
        'Hollis\'s lawyer, Ann Lee, said her client was "innocent."',
        "Ann Lee",
        id="possessive-lawyer-appositive-name",
    ),
    case(
        '"It\'s a scam," said Bob, a retiree who declined to give his last name.',
        "Bob",
        id="given-name-only-declined-surname",
    ),
    case(
        'Hollis, in a rare interview, said the job had "taken its toll."',
        "Hollis",
        id="in-rare-interview-aside",
    ),
    case(
        'Her mother, Jane, said: "She was a light in our lives."',
        "Jane",
        id="her-mother-given-name",
    ),
    case(
        'Crown prosecutor Dana Wells argued the sentence should be "significant."',
        "Dana Wells",
        id="crown-prosecutor-argued",
    ),
    case(
        'Defence lawyer Tom Ng said his client would "vigorously defend" himself.',
        "Tom Ng",
        id="defence-lawyer-said",
    ),
    case(
        'Tom Reyes, responding to Ana Ruiz, said the plan was "sound."',
        "Tom Reyes",
        id="responding-to-other-aside",
    ),
    case(
        'Ruiz\'s spokesperson, Dan Cole, said the mayor was "not available."',
        "Dan Cole",
        id="possessive-spokesperson-appositive",
    ),
    case(
        'Ana Ruiz, whose father Tom Reyes founded the company, said she was "proud."',
        "Ana Ruiz",
        id="whose-clause-with-other-name",
    ),
    case(
        "In Brussels, European Commission trade spokesman Bernd Rainer said the EU was "
        '"following developments closely" and would respond "proportionately" if exporters '
        "were hit.",
        "Bernd Rainer",
        quote="proportionately",
        id="body-and-modified-role-before-name",
    ),
    case(
        'Another analyst, Nadia Ferreira of Tidewater Capital, wrote that the cuts were "smaller '
        'than we feared".',
        "Nadia Ferreira",
        id="name-of-firm-between-commas",
    ),
    case(
        'Its lender, Bank of America, said the plan was "a mess".', "Bank of America", id="body-of"
    ),
    case(
        "The head of the delegation, Dariusz Wendel, accused the council of adding "
        '"hundreds of names" to its list.',
        "Dariusz Wendel",
        id="description-then-name-in-commas-opens-sentence",
    ),
    case(
        "Pieter Vandermolen, a former Dutch Davis Cup player, said he could not watch.\n\n"
        '"I went and stood in the corridor," the Dutchman said.',
        "Pieter Vandermolen",
        id="long-appositive-role-gives-nationality",
    ),
    case(
        "Sen. Raymond Culp, R-Ohio, who sits on the Foreign Relations Committee, said allies "
        'should be "shamed, not coaxed."',
        "Raymond Culp",
        id="party-state-tag-then-who-clause",
    ),
    case(
        "Simon Brackenbury spoke first.\n\nAde Daramola, Labour's candidate in Darlington, "
        "said voters were focused on the NHS.\n\n'People are not talking about Westminster "
        "games,' he said.",
        "Ade Daramola",
        id="possessive-role-appositive-makes-a-person",
    ),
    case(
        "Linda Cho, the chief executive of Northgate Logistics, a subsidiary of the Ferris"
        ' Group, said the deal was "transformational".',
        "Linda Cho",
        id="role-of-body-then-body-appositive",
    ),
    case(
        "The victim's widow, Joanne Pike, 58, of Harlow, Essex, said in a statement:"
        ' "Justice has been done."',
        "Joanne Pike",
        id="town-and-county-after-age",
    ),
    case(
        'A spokesman for the Ministry of Defence, Tom Harris, said: "We do not comment."',
        "Tom Harris",
        id="name-after-body-of-place-is-no-county",
    ),
    case(
        "Her chief opponent, state Treasurer David Okafor, a former Marine who has put $9"
        ' million into the race, dismissed the criticism as "recycled talking points."',
        "David Okafor",
        id="description-then-modified-title-name",
    ),
    case(
        "Ms. Kessler, a former state attorney general who has described the practice as"
        ' "the privacy fight of this decade," did not comment.',
        None,
        id="state-before-a-role-is-no-verb",
    ),
    case(
        "Curtis Hale of Tennessee, the majority leader, emerged from a meeting and told"
        ' reporters that the vote was "postponed."',
        "Curtis Hale",
        id="person-of-state-then-and-told",
    ),
    case(
        '"By putting it on the ballot, we ask what society they want," state Sen. Jason'
        " Holsman said.",
        "Jason Holsman",
        id="state-senator-after-quote",
    ),
    case(
        'A former colleague, retired barrister Ann-Marie Tollett, QC, said: "She was fearless."',
        "Ann-Marie Tollett",
        id="honours-after-name",
    ),
    case(
        "Marisol Gutierrez of the University of California, San Francisco, said she worried"
        ' it would be prescribed "far too widely."',
        "Marisol Gutierrez",
        id="campus-after-institution-of-place",
    ),
    case(
        "Gavin Rhodes, the lawyer representing the family of Patrick Moone, who died in"
        ' custody in 2021, said: "The family want the truth."',
        "Gavin Rhodes",
        id="relative-clause-of-the-roles-object",
    ),
    case(
        "The woman who found the baby, a 41-year-old cleaner named Rosa Pinto, said:"
        ' "At first I thought it was a doll."',
        "Rosa Pinto",
        id="description-named-name",
    ),
    case(
        '"They know the difference," said Whitcomb, 58.\n\nHer chief opponent, state'
        " Treasurer David Okafor, a former Marine and auto-parts executive who has put $9"
        ' million of his own money into the race, dismissed it as "recycled talking points."',
        "David Okafor",
        quote="recycled",
        id="description-then-titled-name-then-long-appositive",
    ),
    case(
        "His team director, Anke Schröder, was more blunt. She said the team had made"
        ' mistakes.\n\n"We will look at everything tonight," she said.',
        "Anke Schröder",
        quote="tonight",
        id="role-then-name-in-commas-unknown-given-name",
    ),
    case(
        'Her lawyer, the veteran barrister Tom Hale, said: "We will appeal."',
        "Tom Hale",
        id="appositive-name-after-describing-words",
    ),
    case(
        "Hartfield's new signing, the 19-year-old Brazilian forward Thiago Lemos, said:"
        ' "This is a dream."',
        "Thiago Lemos",
        id="appositive-name-after-age-nationality-and-role",
    ),
    case(
        "The club's new signing — the 19-year-old Brazilian forward Thiago Lemos, for whom"
        ' Hartfield paid £40 million on Tuesday — said: "This is a dream."',
        "Thiago Lemos",
        id="dashed-aside-name-after-describing-words",
    ),
    case(
        'Her sister, a friend of Tom Hale, said: "We will appeal."',
        "Her sister",
        id="appositive-name-inside-a-prepositional-phrase-is-not-the-speaker",
    ),
    case(
        "Another woman in the shelter, who gave her name only as Sunita, said the food was"
        ' "enough, and hot".',
        "Sunita",
        id="relative-clause-giving-the-name-a-source-goes-by",
    ),
    case(
        "Brendan Tully spoke first. Kestrel Foods managing director Anita Moyes, giving"
        " evidence after Mr Tully, said her company had 'absolutely no interest' in it.",
        "Anita Moyes",
        id="a-participle-aside-naming-another-is-no-appositive-name",
    ),
    case(
        "The bill passed. The shadow housing secretary, Richard Penhaligon, accused her of"
        " 'bulldozing democracy' and said the bill was 'written in Whitehall'.",
        "Richard Penhaligon",
        quote="written in Whitehall",
        id="a-noun-before-a-lower-case-title-is-part-of-the-subject",
    ),
    case(
        "Two officials confirmed the change. One of them, a senior alliance official,"
        ' described the change as "a provocation dressed up as a typo."',
        "a senior alliance official",
        id="one-of-them-then-a-description-speaks-as-the-description",
    ),
    case(
        'One of the officials, a senior diplomat, said the plan was "dead."',
        "a senior diplomat",
        id="one-of-the-officials-is-not-the-officials",
    ),
    case(
        "Lead author Aroha Ngata (Ngāti Porou), a senior research fellow at the University "
        'of Otago, Wellington, said the results were "about as clear as research ever gets".',
        "Aroha Ngata",
        id="name-with-parenthesis-before-appositive-and-place",
    ),
    case(
        "The Show-Me Educators Association chapter in Pine Hollow said in a letter that the "
        'schedule had been "a lifeline for recruitment."',
        "The Show-Me Educators Association chapter in Pine Hollow",
        id="a-bodys-branch-in-a-town-speaks-not-the-town",
    ),
    case(
        "A Republican strategist who has worked on House races in Arizona, speaking on the "
        'condition of anonymity, said the two candidates were "within a point or two."',
        "A Republican strategist",
        id="a-place-inside-a-relative-clause-before-an-aside-is-no-speaker",
    ),
    case(
        "Reeve Donna Kowalchuk of Birch Lake County said council wants two more officers.\n\n"
        '"People pay for policing and deserve a response," the reeve said.',
        "Donna Kowalchuk",
        quote="People pay",
        id="rural-municipal-title-reeve-resolves-the-reeve",
    ),
    case(
        "Zoltan Okafor, a millwright, has worked at the mill since he was 19.\n\n"
        '"My father worked there too," the millwright said.',
        "Zoltan Okafor",
        quote="My father",
        id="trade-noun-in-an-apposition-resolves-the-tradesman",
    ),
    case(
        "Hana Kowalski, 52, a nurse at the clinic, who has also advised the health board, "
        'told the inquiry: "We asked for more staff every week."',
        "Hana Kowalski",
        quote="We asked",
        id="name-age-role-and-who-clause-before-the-verb",
    ),
    case(
        "The tanker turned back 40 miles from the port, said a naval officer familiar with "
        'the patrol, describing the move as "a warning, not a breakdown".',
        "a naval officer familiar with the patrol",
        quote="a warning",
        id="participle-after-an-inverted-cue-goes-on-from-its-speaker",
    ),
    case(
        "Dale Whitcombe has worked for the co-op since he was 20.\n\n"
        '"My father climbed these poles," the 58-year-old lineman said.',
        "Dale Whitcombe",
        quote="My father climbed",
        id="age-first-given-in-a-second-reference-with-a-role",
    ),
    case(
        "The province will admit fewer students than it had promised, Education Minister Carla "
        "Dunne announced Friday, cutting the target to 1,900 and calling the change "
        '"a pause, not a retreat."',
        "Carla Dunne",
        quote="a pause, not a retreat",
        id="participles-after-a-cue-clause-ending-in-a-day",
    ),
    case(
        "The rally was cut short when protesters interrupted the speech, shouting "
        '"Not in our name!"',
        "protesters",
        quote="Not in our name",
        id="participle-after-a-when-clause-is-its-subject-s",
    ),
    case(
        '"The glacier gives nothing back," said mountain guide Anders Kjellberg.',
        "Anders Kjellberg",
        quote="The glacier",
        id="inverted-cue-with-a-trade-noun-before-the-name",
    ),
    case(
        '"It is the best thing the council has done," said Hugo Barr, a teacher. Across the '
        'road, retired bus driver Alan Coombes, 71, was less keen: "I cannot get my car out."',
        "Alan Coombes",
        quote="I cannot get my car out",
        id="adjective-and-trade-before-a-name-then-a-colon",
    ),
    case(
        "\u201cWe think a subscription is absurd,\u201d Tidewell co-founder and CEO Marisol "
        "Etxeberria said on stage.",
        "Marisol Etxeberria",
        id="two-offices-joined-before-a-name",
    ),
    case(
        "Not everyone is celebrating. Wendel Tillotson, the mayor of Silverbank, said "
        "residents had been told little.\n\n"
        '"Nobody here is against reconciliation," the mayor said.',
        "Wendel Tillotson",
        quote="reconciliation",
        id="office-in-appositive-shows-person",
    ),
    case(
        "Gordon Tillotson, mayor of the District of Silverbank, said residents had been "
        "told little about the treaty.\n\n"
        '"People just want to know if they can still launch a boat," the mayor said.',
        "Gordon Tillotson",
        quote="launch a boat",
        id="office-without-article-in-appositive",
    ),
    case(
        "The city's general manager of planning, Bartholomew Petrakis, told council that "
        'capacity would be reviewed.\n\n"If the pipe cannot take it, the permit does not get '
        'issued," the general manager said.',
        "Bartholomew Petrakis",
        quote="pipe cannot",
        id="office-of-field-before-name",
    ),
    case(
        "Cpl. Danielle Thibert, a spokesperson for the RCMP, said officers had searched the "
        'area.\n\n"We are asking anyone who drove the highway to check their dashcam," the '
        "corporal said.",
        "Danielle Thibert",
        quote="dashcam",
        id="abbreviated-rank-then-rank-word",
    ),
    case(
        "The territory's Minister of Community Services, Lucy Angnatuk, said in the "
        "legislature that the government would help.\n\n\"This is not only one city's "
        'problem," the minister said.',
        "Lucy Angnatuk",
        quote="not only one",
        id="office-title-then-comma-said",
    ),
]

# --- 3. frames -------------------------------------------------------------------

FRAMES = [
    case(
        "A hospital trust in the south-west presided over a 'culture of fear' in which staff "
        "were discouraged from raising concerns about patient safety, according to a damning "
        "report published on Thursday.",
        None,
        id="according-to-a-report-far-from-the-quote",
    ),
    case(
        'In other words, explained CBS moderator Dana Reyes: "What does that have to do with '
        'donations?"',
        "Dana Reyes",
        id="inverted-verb-before-colon-quote",
    ),
    case(
        'Jane Okafor runs the bakery. Added Okafor: "We are not going anywhere."',
        "Jane Okafor",
        id="capitalised-inverted-verb-opens-sentence",
    ),
    case(
        'Said one trader: "This is awful."',
        "one trader",
        id="inverted-verb-with-unnamed-subject",
    ),
    case(
        'Told of the verdict, Tom Lee said: "Good."',
        "Tom Lee",
        id="listener-participle-is-not-an-inverted-cue",
    ),
    case(
        'The firm grew fast. "It was a conflict," according to a separate 2011 memo.',
        None,
        id="according-to-dated-memo",
    ),
    case(
        'The firm grew fast. "It was a conflict," according to a June 2011 memo.',
        None,
        id="according-to-month-and-year-memo",
    ),
    case(
        '"We have been dedicated," according to a memo that Dana Band wrote to the board.',
        None,
        id="according-to-memo-with-relative-clause",
    ),
    case(
        '"We have been dedicated," according to a memo Dana Band wrote.',
        None,
        id="according-to-memo-with-contact-clause",
    ),
    case(
        '"Crime is down," according to a police report.',
        None,
        id="according-to-organisation-report",
    ),
    case(
        '"Crime is down," a police report said.',
        "a police report",
        id="document-head-noun-is-not-the-verb",
    ),
    case(
        '"We disagree," reporters were told on Monday.',
        None,
        id="the-listeners-of-a-passive-cue",
    ),
    case(
        '"We disagree," reporters were told by a spokesman.',
        "a spokesman",
        id="the-agent-of-a-passive-cue",
    ),
    case(
        'Senator Jim Hale\'s response was blunt: "We are not done."',
        "Jim Hale",
        id="someones-words-introduced-by-a-colon",
    ),
    case(
        'Senator Jim Hale\'s message to the government was simple: "See you in court."',
        "Jim Hale",
        id="someones-message-to-someone-introduced-by-a-colon",
    ),
    case(
        'Jim Hale\'s message to voters who doubted him over the long summer: "We are not done."',
        None,
        id="a-long-sentence-about-someones-words-is-no-introduction",
    ),
    case(
        "Ortega argued that a mayor who dodges questions cannot lead, while Vidal said the"
        ' "stakes are too high" for that.',
        "Vidal",
        id="second-clause-after-while-has-its-own-speaker",
    ),
    case(
        'The campaign sent reporters a link with one line: "THIS IS NOT OK."',
        None,
        id="capitals-after-a-colon-are-a-sentence-not-a-title",
    ),
    case(
        'Dana Whitlock delivered a defense of "rural values," saying the county embodied "grit."',
        "Dana Whitlock",
        "rural values",
        id="participle-after-quote-has-no-inverted-subject",
    ),
    case(
        "Tuesday at the college, after winning Summit in the primary, Sen. Dana Whitlock (R-Ohio),"
        ' said, "We are going all the way."',
        "Dana Whitlock",
        id="party-state-parenthesis-then-comma-said",
    ),
    case(
        "Mayor Ann Cole on Monday signed an order to close the pier, while Tom Reyes, the"
        ' harbour chief, proposed they "wait and see" instead.',
        "Tom Reyes",
        id="while-clause-has-its-own-subject",
    ),
    case(
        'Mayor Ann Cole sent what has been described as a "volunteer army" to the county.',
        None,
        id="passive-naming-frame-has-no-speaker",
    ),
    case(
        "The agency has warned for months that it is short of cash, and Rosa Vidal said the"
        ' stopgap "measures" could not last.',
        "Rosa Vidal",
        id="second-clause-after-and-has-its-own-speaker",
    ),
    case(
        'The new schedule was announced on Monday as a "temporary measure."',
        None,
        id="agentless-passive-names-no-speaker",
    ),
    case(
        'Fact-checkers looked into Ortega\'s claim that crime had "doubled in a year."',
        "Ortega",
        id="possessive-claim-that",
    ),
    case(
        'Lena Ford spoke first. Ford\'s promise that the budget would be "balanced by spring"'
        " drew applause.",
        "Lena Ford",
        id="possessive-surname-promise-that",
    ),
    case(
        'Grant said Ortega\'s claim that taxes would fall was "plainly absurd."',
        "Grant",
        id="speech-verb-beats-possessive-claim",
    ),
    case(
        'The city\'s claim that the water is "perfectly safe" was disputed.',
        None,
        id="a-description-s-claim-names-no-one",
    ),
    case(
        'Tom Reyes said he was "on the fence" until Ortiz said she would run.',
        "Tom Reyes",
        id="mixed-before-subordinate-clause-with-other-speaker",
    ),
    case(
        'Tom Reyes says he was "kind of undecided" until Lena Ortiz announced her support.',
        "Tom Reyes",
        id="mixed-until-clause-names-someone-else",
    ),
    case(
        'Mayor Lena Ortiz defended the budget on Tuesday, saying the cuts were "painful '
        'but necessary."',
        "Lena Ortiz",
        id="mixed-participle-after-main-clause",
    ),
    case(
        'Premier Anne Clarke mounted a spirited defence of "rural values," saying the '
        'region embodied the "heart of the province."',
        "Anne Clarke",
        quote="heart of the province",
        id="mixed-participle-after-earlier-quote",
    ),
    case(
        'Councillor Raj Patel called the proposal "a gift to developers" and said it '
        'would "gut the neighbourhood."',
        "Raj Patel",
        quote="gut the neighbourhood",
        id="mixed-second-verb-of-one-subject",
    ),
    case(
        "There were sharper jabs, such as when Dorsey mocked Ruiz on trade and called him "
        '"a career politician."',
        "Dorsey",
        id="coordinated-verb-clause-subject",
    ),
    case(
        'The premier\'s office said in a statement that the decision was "final".',
        "The premier's office",
        id="office-statement-that",
    ),
    case(
        'In an interview with CBC News, Dr. Theresa Tam said: "Vaccines work."',
        "Theresa Tam",
        id="in-an-interview-with",
    ),
    case(
        'Opposition Leader Pierre Poilievre called the budget "a disaster for families".',
        "Pierre Poilievre",
        id="leader-called-partial",
    ),
    case(
        'Police described the suspect as "armed and dangerous".',
        "Police",
        id="police-described-as",
    ),
    case(
        'According to the union, the offer was "an insult to workers".',
        "the union",
        id="according-to-first",
    ),
    case(
        '"We\'ll see," shrugged Coach Dave Tippett.',
        "Dave Tippett",
        id="shrugged-inverted",
    ),
    case(
        'Asked if he would apologize, Ford said: "For what?"',
        "Ford",
        id="asked-if-said",
    ),
    case(
        '"Let me be clear," said the prime minister. "We will act."',
        "the prime minister",
        id="inverted-description",
    ),
    case(
        'Hartley was quoted as saying: "We have nothing to hide."',
        "Hartley",
        id="quoted-as-saying-colon",
    ),
    case(
        'Jane Hartley was quoted by the Globe as saying the plan was "a disaster".',
        "Jane Hartley",
        id="quoted-by-paper-as-saying",
    ),
    case(
        'Dorsey was described by colleagues as "relentless".',
        "colleagues",
        id="described-by-as",
    ),
    case(
        'In a statement, the company said: "We regret the error."',
        "the company",
        id="in-a-statement-first",
    ),
    case(
        '"We regret the error," the company said in a statement.',
        "the company",
        id="said-in-a-statement",
    ),
    case(
        '"We will not be intimidated," Prime Minister Mark Halvorsen wrote on X.',
        "Mark Halvorsen",
        id="wrote-on-x",
    ),
    case(
        'Halvorsen wrote on X: "We will not be intimidated."',
        "Halvorsen",
        id="wrote-on-x-colon",
    ),
    case(
        'In a post on Facebook, Diane Whitfield wrote: "Thank you all for the kind words."',
        "Diane Whitfield",
        id="in-a-post-wrote",
    ),
    case(
        '"Best day ever," Whitfield posted on Instagram.',
        "Whitfield",
        id="posted-on-instagram",
    ),
    case(
        'Asked whether she would run again, Carla Ruiz replied: "Not this time."',
        "Carla Ruiz",
        id="asked-replied",
    ),
    case(
        'Asked about the delay, the minister said: "These things take time."',
        "the minister",
        id="asked-minister-said",
    ),
    case(
        '"Staff were overwhelmed," according to a report released on Monday.',
        None,
        id="according-to-report",
    ),
    case(
        '"Staff were overwhelmed," according to a report by the auditor general.',
        "the auditor general",
        id="according-to-a-report-by-its-author",
    ),
    case(
        '"Do not discuss this outside the team," according to a memo obtained by The '
        "Associated Press.",
        None,
        id="according-to-memo",
    ),
    case('"The suspect fled on foot," according to police.', "police", id="according-to-police"),
    case(
        '"We expect a full recovery," according to Tom Reedy, a spokesman for the hospital.',
        "Tom Reedy",
        id="according-to-name-role",
    ),
    case(
        '"I was not consulted," Halvorsen told CBC News in an interview.',
        "Halvorsen",
        id="told-outlet-interview",
    ),
    case(
        'Halvorsen told reporters the plan was "dead on arrival".',
        "Halvorsen",
        id="told-reporters-partial",
    ),
    case(
        'Halvorsen said in an email that the plan was "dead on arrival".',
        "Halvorsen",
        id="said-in-email-that",
    ),
    case('"We are done here," tweeted Halvorsen.', "Halvorsen", id="tweeted-inverted"),
    case(
        'Halvorsen, asked about the delay, said: "These things take time."',
        "Halvorsen",
        id="name-asked-comma-said",
    ),
    case(
        'Halvorsen, in a statement, said the decision was "deeply disappointing".',
        "Halvorsen",
        id="name-in-a-statement-said",
    ),
    case(
        'The minister called the plan "reckless and cruel".',
        "The minister",
        id="called-partial",
    ),
    case(
        '"We have the votes," Diane Whitfield told Reuters by phone.',
        "Diane Whitfield",
        id="reuters-by-phone",
    ),
    case(
        '"We have the votes," Whitfield said Tuesday, adding that a deal was close.',
        "Whitfield",
        id="ap-weekday-adding",
    ),
    case(
        '"We are ready," Whitfield said. "We have been ready for months."',
        "Whitfield",
        quote="ready for months",
        id="split-sentence-after-cue",
    ),
    case(
        '"We are ready," Whitfield said, "and we have been for months."',
        "Whitfield",
        quote="and we have",
        id="split-mid-sentence",
    ),
    case(
        'Whitfield fumed: "This is a witch hunt."',
        "Whitfield",
        id="tabloid-fumed",
    ),
    case(
        '"I was in tears," the star gushed.',
        "the star",
        id="tabloid-the-star",
    ),
    case(
        'A source told The Sun: "They have not spoken in weeks."',
        "A source",
        id="tabloid-source-told-paper",
    ),
    # A document that is the subject of the cue is credited as the news writes it; only
    # "according to" a document names no one (see according-to-report).
    case(
        'The report said the agency had been "chronically underfunded" for a decade.',
        "The report",
        id="report-said-document",
    ),
    case(
        'Councillor Dana Price says her "old friend" Mark Okafor ran "a clean and honest race."',
        "Dana Price",
        quote="clean and honest",
        id="second-partial-after-named-object",
    ),
    case(
        'In a ruling that Judge Omar Haddad called "careless," Lena Brandt vowed to keep '
        'fighting "for as long as it takes."',
        "Lena Brandt",
        quote="as long as it takes",
        id="new-clause-after-quoted-word",
    ),
    case(
        'About 63 percent said the delay was "justified" in the end.',
        None,
        id="speech-verb-keeps-short-quote",
    ),
    case(
        'Reyes has increasingly decried the issue of "systemic neglect" in speeches.',
        "Reyes",
        id="adverb-between-subject-and-verb",
    ),
    case(
        "Critics say the rules favour landlords, which the board strongly denies — "
        '"why would we do that?" asked Ana Ruiz, the board\'s chair.',
        "Ana Ruiz",
        id="question-then-asked-beats-earlier-verb",
    ),
    case(
        'That would mean a "summer of misery" for the mayor before the vote, forcing her to '
        "fight on two fronts, said Dana Kim, a pollster in Halifax.",
        "Dana Kim",
        id="sentence-final-inverted-cue-after-participle-clause",
    ),
    case(
        "Halifax was on everyone's mind at the parade, with many marchers and spectators "
        'chanting "We are Halifax" and "Disarm hate."',
        "many marchers and spectators",
        quote="We are Halifax",
        id="with-absolute-coordinated-subject",
    ),
    case(
        "The council debated how the city responds to crime, with Councillor Ana Ruiz telling "
        'reporters she saw the police chief as "directly responsible" for the delays.',
        "Ana Ruiz",
        id="with-absolute-named-subject-over-earlier-verb",
    ),
    case(
        'After Judge Ruiz said some students might do better at "less demanding schools," '
        'Ortiz said: "I do not like what she said."',
        "Judge Ruiz",
        quote="less demanding schools",
        id="cue-with-colon-introduces-the-next-quote",
    ),
    case(
        'In 2019, under what Mr. Hale called "the old model," the Pine Ridge Golf Club, a '
        "private course near the lake, charged a $50,000 fee.",
        "Hale",
        id="what-speaker-called-beats-later-verb",
    ),
    case(
        'Calling the budget "reckless and cruel," Ana Ruiz voted against it on Tuesday.',
        "Ana Ruiz",
        id="opening-participle-phrase-ends-with-quote",
    ),
    case(
        'Citing "safety concerns," the city of Moncton closed the bridge.',
        "the city of Moncton",
        id="opening-citing-phrase-ends-with-quote",
    ),
    case(
        '"We are confident in the outcome," a statement from the company read.',
        "the company",
        id="document-subject-read-after-quote",
    ),
    case(
        '"We are confident in the outcome," read a statement from Halvorsen Foods.',
        "Halvorsen Foods",
        id="read-then-document-subject",
    ),
    case(
        'A letter from the school board read: "Classes will resume on Monday."',
        "the school board",
        id="document-subject-read-before-quote",
    ),
    case(
        '"No left turn," the sign read.',
        None,
        id="sign-read-is-speech-with-no-speaker",
    ),
    case(
        'Premier Dave Hollis was quoted as saying the deal was "dead in the water."',
        "Dave Hollis",
        id="quoted-as-saying-partial",
    ),
    case(
        'In a statement, the Ontario Ministry of Health said it was "reviewing the findings."',
        "the Ontario Ministry of Health",
        id="in-a-statement-comma-org",
    ),
    case(
        'Mayor Jen Ito wrote on X that the closure was "the right call."',
        "Jen Ito",
        id="wrote-on-x-that-partial",
    ),
    case(
        '"We did it," Ito wrote in a Facebook post on Sunday.', "Ito", id="wrote-in-facebook-post"
    ),
    case(
        '"Is the plan dead?" a reporter asked. "Not at all," Hollis replied.',
        "Hollis",
        "Not at all",
        id="reporter-asked-replied",
    ),
    case(
        'According to a police report, the suspect shouted "I will be back" as he fled.',
        "the suspect",
        id="according-to-report-suspect-shouted",
    ),
    case(
        "The province's auditor general, in a report released Tuesday, described the program as "
        '"poorly managed."',
        "auditor general",
        id="auditor-in-report-described",
    ),
    case(
        '"We expect delays," the agency said in a news release.',
        "the agency",
        id="said-in-news-release",
    ),
    case(
        'Asked whether she would run again, Hollis said: "Never say never."',
        "Hollis",
        id="asked-whether-then-said",
    ),
    case(
        'When asked about the strike, Ito replied, "We will negotiate in good faith."',
        "Ito",
        id="when-asked-replied",
    ),
    case(
        '"This changes everything," Ito posted on Instagram.',
        "Ito",
        id="posted-on-instagram-inverted-order",
    ),
    case(
        'According to court documents, the company called the lawsuit "frivolous."',
        "the company",
        id="according-to-docs-company-called",
    ),
    case(
        '"Nobody is above the law," the judge wrote in her decision.',
        "the judge",
        id="judge-wrote-decision",
    ),
    case(
        '"We want our park back," reads a petition signed by more than 2,000 residents.',
        "a petition",
        id="reads-petition-signed",
    ),
    case(
        'Hollis\'s office said in an emailed statement that the premier was "focused on results."',
        "Hollis's office",
        id="office-said-emailed-statement",
    ),
    case(
        '"We regret any inconvenience," the company said in a statement posted to its website.',
        "the company",
        id="statement-posted-website",
    ),
    case(
        'Asked if he would resign, Hollis said, "Absolutely not."', "Hollis", id="asked-if-resign"
    ),
    case(
        'In an interview with CTV News, Ito described the situation as "dire."',
        "Ito",
        id="in-interview-described-as",
    ),
    case(
        'Ito, speaking to reporters in Ottawa, called the plan "dead on arrival."',
        "Ito",
        id="speaking-to-reporters-aside",
    ),
    case(
        'The report warned that the system was "at a breaking point."',
        "The report",
        id="report-warned",
    ),
    case('"It\'s time," Ito tweeted Tuesday morning.', "Ito", id="tweeted-morning"),
    case(
        '"We are looking into it," RCMP Cpl. Dan Berg wrote in an email to Global News.',
        "Dan Berg",
        id="rcmp-wrote-email-outlet",
    ),
    case(
        '"We are heartbroken," the family said in a statement released through the RCMP.',
        "the family",
        id="family-statement-through-rcmp",
    ),
    case(
        '"Ottawa is broken," Poilievre told a rally in Toronto, to cheers.',
        "Poilievre",
        id="told-rally-to-cheers",
    ),
    case(
        '"We will fight this," Ford vowed at a news conference on Monday, adding that the '
        'province would "use every tool."',
        "Ford",
        "every tool",
        id="adding-that-partial",
    ),
    case(
        'Ford, asked about the report, said he had "no regrets."',
        "Ford",
        id="comma-asked-aside-said",
    ),
    case(
        '"Why now?" asked Liberal MP Anita Singh.', "Anita Singh", id="question-asked-inverted-mp"
    ),
    case(
        '"Unacceptable," was how one paramedic described the wait times.',
        "one paramedic",
        id="was-how-described",
    ),
    case('Ford\'s response: "We are not backing down."', "Ford", id="possessive-response-colon"),
    case(
        'Writing on Instagram, Kelly Marsh said: "I am so grateful."',
        "Kelly Marsh",
        id="writing-on-instagram-opening",
    ),
    case(
        'Kelly Marsh took to Twitter to slam the decision: "Shameful."',
        "Kelly Marsh",
        id="took-to-twitter-to-slam",
    ),
    case(
        'Marsh later deleted the tweet, which read: "You will regret this."',
        None,
        id="deleted-tweet-which-read",
    ),
    case(
        'Asked about Hollis\'s comments, Ito said: "He is entitled to his opinion."',
        "Ito",
        id="asked-about-someone-else-comments",
    ),
    case('Responding to Hollis, Ito wrote: "Facts matter."', "Ito", id="responding-to-other-wrote"),
    case(
        'Hollis thanked the volunteers, saying "you made this happen."',
        "Hollis",
        id="thanked-saying",
    ),
    case(
        'In response, the company said it would "review the matter."',
        "the company",
        id="in-response-company-said",
    ),
    case(
        '"Get out," the man yelled at the officers, according to the police report.',
        "the man",
        id="yelled-then-according-to-report",
    ),
    case(
        'The statement added: "We will co-operate fully with investigators."',
        "The statement",
        id="statement-added-colon",
    ),
    case(
        'In a video posted to social media, Ito said she was "heartbroken."',
        "Ito",
        id="in-video-posted-said",
    ),
    case('"Are you serious?" Ito shot back.', "Ito", id="shot-back"),
    case('"Next question," Hollis snapped.', "Hollis", id="snapped"),
    case(
        '"If they cross that line, we will walk out," Delia Marsh threatened.',
        "Delia Marsh",
        id="threatened",
    ),
    case('"Nothing has been decided," Okoro emphasised.', "Okoro", id="emphasised-british"),
    case(
        '"We are going nowhere," the shop steward hollered at the gates.',
        "the shop steward",
        id="hollered-described",
    ),
    case(
        '"Call it ten years, maybe more," Rivas estimated.',
        "Rivas",
        id="estimated",
    ),
    case(
        '"Everyone knows who wrote that memo," Pell sneered.',
        "Pell",
        id="sneered",
    ),
    case(
        'Respondents are asked to disclose: "Where were you born?"',
        "Respondents",
        id="colon-disclose",
    ),
    case('"We will see," Hollis said with a shrug.', "Hollis", id="said-with-shrug"),
    case(
        '"I am sorry," Hollis told the court before sentencing.',
        "Hollis",
        id="told-court-before-sentencing",
    ),
    case(
        'Ruiz\'s comments came after Tom Reyes said the plan was "reckless."',
        "Tom Reyes",
        id="comments-came-after-other-said",
    ),
    case(
        'In a letter to Ana Ruiz, Tom Reyes wrote: "I disagree."',
        "Tom Reyes",
        id="in-letter-to-other-wrote",
    ),
    case(
        'Ana Ruiz quoted Tom Reyes as saying the plan was "sound."',
        "Tom Reyes",
        id="quoted-other-as-saying",
    ),
    case(
        'Tom Reyes was criticized by Ana Ruiz for his "reckless" remarks.',
        "Ana Ruiz",
        id="criticized-by-other",
    ),
    case(
        'The remark drew a sharp rebuke from Ana Ruiz, who called it "beneath the office."',
        "Ana Ruiz",
        id="rebuke-from-who-called",
    ),
    case(
        'The mayor\'s office said in a statement that the allegations were "baseless."',
        "The mayor's office",
        id="office-statement-that-partial",
    ),
    case(
        '"It is over," said Ana Ruiz, reading from a prepared statement.',
        "Ana Ruiz",
        id="reading-from-statement-is-the-reader",
    ),
    case(
        'Reading from a prepared statement, Ana Ruiz said: "I am stepping down."',
        "Ana Ruiz",
        id="reading-opening-phrase",
    ),
    case(
        'The Globe quoted him as saying the plan was "dead."',
        None,
        id="paper-quoted-him-is-not-the-paper",
    ),
    case(
        'In the words of one analyst, the deal is "a house of cards."',
        "one analyst",
        id="in-the-words-of",
    ),
    case(
        '"I think so, yes," was Tom Hale\'s response.',
        "Tom Hale",
        id="was-someones-response",
    ),
    case(
        '"No," was Ann Ruiz\'s answer when asked if she would resign.',
        "Ann Ruiz",
        id="was-someones-answer",
    ),
    case(
        '"We got it wrong, and I am sorry," Mayor Ana Ruiz apologised on Tuesday.',
        "Ana Ruiz",
        id="an-apology-is-a-cue",
    ),
    case(
        '"Frankly, I was terrified," Tom Hale confided.',
        "Tom Hale",
        id="a-confidence-is-a-cue",
    ),
    case(
        '"It might be too late for that," the coach allowed.',
        "the coach",
        id="allowed-as-conceded",
    ),
    case(
        '"Running a city is not like running a company," Ana Ruiz reflected.',
        "Ana Ruiz",
        id="a-reflection-is-a-cue",
    ),
    case(
        '"Please, just bring him home," his mother, Rosa Diaz, implored.',
        "Rosa Diaz",
        id="an-imploring-mother",
    ),
    case(
        'Protesters interrupted the speech, shouting "Shame!"',
        "Protesters",
        id="interrupted-shouting",
        quote="Shame",
    ),
    case(
        '"The evidence is thin," according to a court filing by state attorney Dave Marsh.',
        "Dave Marsh",
        id="according-to-a-filing-by-someone",
    ),
    case(
        '"We will not pay," according to a letter to the council from Mayor Ana Ruiz.',
        "Ana Ruiz",
        id="according-to-a-letter-to-someone-from-someone",
    ),
    case(
        '"Sales fell," according to a statement from the company on Tuesday.',
        "the company",
        id="according-to-a-statement-from-a-body",
    ),
    case(
        '"Sales fell," according to a memo seen by Reuters.',
        None,
        id="a-memo-seen-by-an-agency-is-not-the-agencys-words",
    ),
    case('"Try again," Ms. Cole prodded.', "Cole", id="unlisted-verb-after-comma"),
    case(
        'Greg Hall sat back. "Not a chance," he grumbled quietly.',
        "Greg Hall",
        id="unlisted-verb-adverb",
    ),
    case('"Fine," Mayor Tom Reid pledged.', "Tom Reid", id="pledged"),
    case('Lena Moss runs the bakery. "That is a lie," she huffed.', "Lena Moss", id="huffed"),
    case(
        "The Ontario Ministry of Health said in a statement that it is working with"
        ' hospitals.\n\n"We will continue to work closely with the hospital," the statement'
        " read.",
        "Ontario Ministry of Health",
        id="statement-of-a-body-said-in-a-statement",
    ),
    case(
        "Officers were called at 1:40 p.m., police said in a news release.\n\n"
        '"Officers located a victim," the release said.',
        "police",
        quote="victim",
        id="the-release-of-police-said-in-a-release",
    ),
    case(
        '"We had three brief conversations," Fox News said in a statement.\n\n"We could not'
        ' engage in a quid pro quo," the statement said.',
        "Fox News",
        quote="quid",
        id="the-statement-of-a-body-after-its-quote",
    ),
    case(
        '"See you at the top," texted Jordan Mabry to his brother hours before the climb.',
        "Jordan Mabry",
        id="texted-inverted",
    ),
    case(
        'Reporters asked Imogen Shaw if she was worried about the polls. "Not yet," came'
        " the reply.",
        "Imogen Shaw",
        id="answer-after-a-question-put-to-someone",
    ),
    case(
        "Mayor Joan Estrada has not responded. The Daily Courier reported on Sunday that she"
        ' had described the scheme as "a vanity project" at a private dinner.',
        "Joan Estrada",
        id="label-inside-a-reported-clause",
    ),
    case(
        "Garth Wells told the tribunal that his supervisor, Jim Hooper, had called him"
        ' "a coward" in front of the crew.',
        "Jim Hooper",
        id="called-him-inside-told-that",
    ),
    case(
        'Rep. Steve Israel said Clinton called on members to be "closely coordinated."',
        "Steve Israel",
        id="called-on-labels-nothing",
    ),
    case(
        '"Every city needs a park like this." So says Fenella Brook, who has walked her'
        " dogs here for thirty years.",
        "Fenella Brook",
        id="so-says-after-the-quote",
    ),
    case(
        '"We will win." That was how the campaign began.',
        None,
        id="that-was-how-without-put-it",
    ),
    case(
        "The Prairie Harvest Food Bank said in its most recent annual report that visits"
        ' were up.\n\n"More working families than ever are coming through our doors," the'
        " report said.",
        "Prairie Harvest Food Bank",
        quote="families",
        id="the-report-of-a-body-said-in-its-report",
    ),
    case(
        'Maya Dorsett\'s claim that the plan was "economic vandalism" drew a sharp response'
        ' from Finance Minister Ravi Chandra: "That is the language of someone with no plan."',
        "Ravi Chandra",
        quote="language",
        id="speech-noun-from-a-speaker-before-a-colon",
    ),
    case(
        'Tom Hale wrote to the council. The letter brought an angry reply from Ann Cole: "That'
        ' is nonsense."',
        "Ann Cole",
        id="reply-from-a-speaker-before-a-colon",
    ),
    case(
        'Klein privately described Reyes-Whitman as "a walking press release" during a donor'
        " dinner this summer, according to two people who were there.",
        "Klein",
        id="according-to-witnesses-passes-on-the-sentences-speaker",
    ),
    case(
        'On Monday, Trump said he was "happy to see" that Khan had won, according to The New'
        " York Times.",
        "The New York Times",
        id="according-to-an-outlet-keeps-the-outlet",
    ),
    case(
        '"We had about ten minutes. Grabbed the dog."\n\nThat was how Jo Brennan, a nurse at'
        " Lismore Base Hospital, described her family's exit at 3am.",
        "Jo Brennan",
        id="that-was-how-in-the-next-paragraph-with-an-appositive",
    ),
    case(
        '"It was close." That was how Carmen Ruiz won the seat.',
        None,
        id="that-was-how-without-a-verb-of-saying",
    ),
    case(
        "Federation president Jackson Kibet Tuwei spoke on Monday, and Tuwei's statement"
        ' added: "Our athletes must know."',
        "Jackson Kibet Tuwei",
        id="a-named-persons-statement-is-their-words",
    ),
    case(
        "The report, written by former judge Eleanor Shaw, concluded that the force was"
        ' "institutionally defensive".',
        "Eleanor Shaw",
        id="a-report-written-by-its-author-after-a-comma",
    ),
    case(
        "Minister Toby Marchetti spoke in Lismore. His message to anyone thinking of driving"
        ' through floodwater was blunt: "If it is flooded, forget it."',
        "Toby Marchetti",
        id="his-message-to-a-long-addressee-was-blunt",
    ),
    case(
        '"She could hear one flat tenor in a choir of eighty."\n\nThose are the words of Rhodri'
        " Llewelyn-Bowen, who sang bass in the choir for 42 years.",
        "Rhodri Llewelyn-Bowen",
        id="those-are-the-words-of-in-the-next-paragraph",
    ),
    case(
        "In the final days of the race, Evelyn Marsh made what her advisers described as the"
        " closing argument of her campaign, casting the choice as one between"
        ' "grievance and grit."',
        "Evelyn Marsh",
        id="a-free-relative-cue-speaks-only-inside-it",
    ),
    case(
        "Kelsey Arnaud, who was shopping with her toddler, said she was leaning toward Dwyer"
        " because of abortion rights, an issue on which Grant Ellsworth has said he would"
        ' "leave it to the states."',
        "Grant Ellsworth",
        id="a-relative-clause-after-a-preposition-has-its-own-speaker",
    ),
    case(
        'Shares of Kestrel Homes fell 6 per cent.\n\n"Housing is the canary here," he said.'
        " That was how Rohan Iyer, a portfolio manager at Northgate Asset Management, summed up"
        " the day.",
        "Rohan Iyer",
        id="a-frame-after-a-pronoun-cue-names-him",
    ),
    case(
        'Shares of Kestrel Homes fell 6 per cent.\n\n"Housing is the canary here," he said.'
        " The market fell.",
        None,
        id="a-pronoun-cue-with-no-one-to-mean-stays-blank",
    ),
    case(
        "Shopkeepers predicted ruin and one newspaper columnist called the mayor "
        '"the most dangerous woman in the province."',
        "one newspaper columnist",
        id="coordinate-clause-without-comma-has-its-own-speaker",
    ),
    case(
        '"Everyone agrees on the problem, and then the money question gets sent to a '
        'committee." That was the verdict of Nadia Sabbagh, a water policy researcher.',
        "Nadia Sabbagh",
        id="that-was-the-verdict-of-names-the-speaker",
    ),
    case(
        '"People are going to be nervous for a while." The words came from Councilmember '
        "Helen Marquardt, who represents the district.",
        "Helen Marquardt",
        id="the-words-came-from-names-the-speaker",
    ),
    case(
        'The county sheriff was blunt: "We do not have the deputies."',
        "The county sheriff",
        quote="We do not have",
        id="described-person-then-a-short-clause-and-a-colon",
    ),
    case(
        "A lesson from the flood: 'Build higher, or do not build.'",
        None,
        quote="Build higher",
        id="a-thing-before-a-colon-speaks-no-words",
    ),
    case(
        "Mayor Lena Voss met the company on Friday.\n\n"
        '"A promise is nice. A cheque would be nicer." That was Voss\'s reply when the '
        "minister's letter was read to her.",
        "Lena Voss",
        quote="A promise is nice",
        id="that-was-name-s-reply-after-the-quotation",
    ),
    case(
        '"If the board thinks —" Nadia Osei began, before the chair cut across her.',
        "Nadia Osei",
        quote="If the board thinks",
        id="quotation-broken-off-by-a-dash-then-subject-and-irregular-verb",
    ),
    case(
        "According to the club's minutes, treasurer Mairead Quinlan told members the club was "
        '"two bad months from insolvency".',
        "Mairead Quinlan",
        quote="two bad months",
        id="named-cue-after-an-according-to-source-is-the-quote-s",
    ),
    case(
        "Former attorney general Walt Brennigan spoke on Tuesday.\n\nBrennigan criticized the "
        "mayor's use of a private phone, which a state investigation said was \u201cplainly "
        "reckless\u201d but not criminal.",
        "a state investigation",
        id="relative-clause-investigation-said",
    ),
    case(
        'Governor Ada Voss told donors her team was "the best in the business," according '
        "to a recording of the remarks obtained by the Herald.",
        None,  # the governor speaks, the recording is evidence: blank, never "a recording"
        id="according-to-a-recording-is-evidence-not-a-speaker",
    ),
    case(
        "The ad concludes with footage of Brant Okafor saying at a rally last week, \u201cI never "
        "read the bill.\u201d",
        "Brant Okafor",
        id="participle-of-the-person-shown",
    ),
    case(
        "A video posted online shows Mayor Lise Ambrose telling the crowd, \u201cWe will "
        "rebuild every house.\u201d",
        "Lise Ambrose",
        id="participle-after-verb-shows-name",
    ),
    case(
        "The campaign denied the report, with manager Teodor Hask taking to social media to "
        "call the reporter \u201ca fantasist.\u201d",
        "Teodor Hask",
        id="infinitive-under-absolute-participle",
    ),
    case(
        "Amaka Okafor has asked for every file to be released, even the ones the ministry "
        "now says are \u201cstrictly confidential.\u201d",
        "the ministry",
        id="contact-relative-clause-says-are",
    ),
    case(
        "\u201cCount the ballots again,\u201d came shouts from the crowd, as the chair "
        "banged her gavel.",
        "the crowd",
        id="came-shouts-from-the-crowd",
    ),
    case(
        "\u201cAbsolutely not,\u201d came the reply from Councillor Ines Varga.",
        "Ines Varga",
        id="came-the-reply-from-a-name",
    ),
    case(
        "\u201cShame!\u201d came the cry from the back of the hall.",
        None,
        id="came-the-cry-from-a-place",
    ),
    case(
        'At a private dinner, Haldane told donors that he was "not going to fold in week '
        'two," according to two senators who were at the table.',
        "Haldane",
        id="according-to-senators-who-heard-it",
    ),
    case(
        "According to an update from the Peace Valley Emergency Partnership, which runs "
        'evacuation services in the area, evacuees had been "placed in hotels and the arena."',
        "Peace Valley Emergency Partnership",
        quote="placed in hotels",
        id="according-to-an-update-from-a-body",
    ),
]

# --- 4. context --------------------------------------------------------------------

CONTEXT = [
    case(
        "Brenda Pullman, 58, checked her ticket. Her husband Keith Pullman was at work.\n\n"
        "Speaking to the Mirror, the gran-of-four said: 'I thought I had read it wrong.'",
        "Brenda Pullman",
        id="tabloid-kin-epithet-refers-back-by-gender",
    ),
    case(
        "Tom Reid, 41, was at work.\n\n'I ran outside,' the mother-of-two said.",
        "the mother-of-two",
        id="kin-epithet-with-no-one-of-its-gender-stays-a-description",
    ),
    case(
        "Brenda Pullman, 58, checked her ticket at lunch. Her colleague Janice Greenhalgh, 61, "
        "was with her.\n\nSpeaking to the Mirror, the 58-year-old said: 'I thought I had read "
        "it wrong.'",
        "Brenda Pullman",
        id="the-age-refers-back-to-the-person-given-it",
    ),
    case(
        "Hannah Whitmore, 34, said the family had been told nothing. 'We felt like the "
        "problem,' she said.\n\nA midwife who worked at the hospital until 2022, and who asked "
        "not to be named, told the Guardian that staff were afraid.\n\n'You learned very "
        "quickly,' she said.",
        "A midwife",
        quote="You learned",
        id="she-after-a-described-occupation-is-not-the-earlier-named-woman",
    ),
    case(
        "Brenda Pullman, 58, checked her ticket at lunch. Her colleague Janice Greenhalgh, 61, "
        "said she had to hold her hand.\n\nBrenda said she had no plans to quit. 'What would I "
        "do all day?' she laughed.",
        "Brenda Pullman",
        quote="What would I do",
        id="given-name-alone-refers-to-the-person-named-in-full",
    ),
    case(
        "Brenda Pullman won the draw. Headteacher Martin Okoro said the school was 'buzzing'."
        "\n\nAsked what she would buy first, Brenda did not hesitate. 'A new pair of work "
        "shoes,' she said.",
        "Brenda Pullman",
        quote="A new pair",
        id="she-never-goes-to-a-titled-man",
    ),
    case(
        'Quotable.\n\n"It needs to stop."\n\n-Michelle Marsh, Philadelphia.',
        "Michelle Marsh",
        id="signature-line-after-a-quote-paragraph",
    ),
    case(
        '"We will win," he said.\n\n- Ann Lee contributed to this report.',
        None,
        id="contributor-line-after-a-cued-quote-signs-nothing",
    ),
    case(
        "Hundreds of protesters gathered outside the legislature on Saturday. "
        '"We will not be silent," they chanted.',
        "Hundreds of protesters",
        id="they-after-a-counted-group",
    ),
    case(
        'Mayor Ann Lee spoke first. "We will fight," she said.\n\n(Reed\'s spokeswoman '
        'challenged the claim that Reed had ever "attacked" Lee, and said he "respects her '
        'work.")',
        "Reed's spokeswoman",
        quote="attacked",
        id="parenthesised-paragraph-has-its-own-subject",
    ),
    case(
        '"He was kind," his sister, Angela Roy, told CTV News.\n\n'
        'A neighbour said the family had lived there for decades. "They kept to themselves," '
        "she said.",
        "A neighbour",
        quote="kept to themselves",
        id="she-after-an-unnamed-neighbour-is-the-neighbour",
    ),
    case(
        '"It was loud," Tom Hale said.\n\nOne local woman said the car was speeding. '
        '"It came out of nowhere," she said.',
        "One local woman",
        quote="out of nowhere",
        id="she-after-one-local-woman",
    ),
    case(
        '"It was loud," Tom Hale said.\n\nA woman said the car was speeding. '
        '"It came out of nowhere," he said.',
        "Tom Hale",
        quote="out of nowhere",
        id="he-after-a-woman-is-not-the-woman",
    ),
    case(
        "Tomas Reyes, a 61-year-old farmer, lost his barn in the flood.\n\n"
        '"I lost everything," the farmer said.',
        "Tomas Reyes",
        id="the-role-an-appositive-gave",
    ),
    case(
        "Nadia Okafor, the party leader, spoke in Burnaby.\n\n"
        '"We will not support it," the party leader told reporters.',
        "Nadia Okafor",
        id="the-title-an-appositive-gave",
    ),
    case(
        "Sarah Chen, a nurse at the city hospital, worked 14 hours.\n\n"
        '"We are exhausted," Chen said. "But we keep going," the nurse added.',
        "Sarah Chen",
        quote="keep going",
        id="the-role-before-a-preposition",
    ),
    case(
        "Sen. Casey Reyes met Sen. Jordan Ortiz on Monday. Ortiz praised herself for the "
        'outcome. He said, "It is a disaster."',
        "Casey Reyes",
        id="he-skips-person-shown-female-by-herself",
    ),
    case(
        "Sen. Casey Reyes met Sen. Jordan Ortiz on Monday. Reyes thanked his staff. She "
        'said, "It is a disaster."',
        "Jordan Ortiz",
        id="she-skips-person-shown-male-by-his",
    ),
    case(
        'Mr. Reyes met with Lena Ortiz and her staff on Monday. He called the plan "a disaster."',
        "Reyes",
        id="he-honorific-surname-only",
    ),
    case(
        'Mr. Reyes met with Ms. Ortiz on Monday. She said the plan was "a disaster."',
        "Ortiz",
        id="she-honorific-second-person",
    ),
    case(
        'Chairwoman Pat Reyes met Sam Ortiz on Monday. She called the plan "a disaster."',
        "Pat Reyes",
        id="she-gendered-title",
    ),
    case(
        'Tom Reyes met with Lena Ortiz on Monday. She said the plan was "a disaster."',
        "Lena Ortiz",
        id="she-skips-male-subject",
    ),
    case(
        'Premier Wab Kinew toured the flooded town on Sunday.\n\n"We will be '
        'here for as long as it takes," he said.',
        "Wab Kinew",
        id="he-next-paragraph-titled",
    ),
    case(
        'Sarah Oduya and her brother Daniel were trapped for hours.\n\n"I '
        'thought we would die," Sarah said.',
        "Sarah Oduya",
        id="given-name-cue-joins-full-name",
    ),
    case(
        'Elena Petrova told the court she had been threatened.\n\n"I was afraid for my life."',
        "Elena Petrova",
        id="quote-paragraph-after-told",
    ),
    case(
        "Liberal Leader Mark Holm and Conservative Leader Janet Pryce traded "
        'barbs on Monday. "He has no plan," Pryce said. "None."',
        "Janet Pryce",
        quote="None",
        id="split-after-named-cue",
    ),
    case(
        'The minister, Karina Gould, defended the program. "It works," she said.',
        "Karina Gould",
        id="she-after-appositive-name",
    ),
    case(
        'Tom Reyes spoke to his lawyer, Ann Vickers, after the hearing. "We '
        'will appeal," she said.',
        "Ann Vickers",
        id="she-skips-the-man",
    ),
    case(
        'Residents packed the hall on Tuesday night.\n\n"We want answers," they chanted.',
        "Residents",
        id="they-plural-subject",
    ),
    case(
        "Michael Chong asked why the report was delayed. Later, he said: "
        '"Canadians deserve better."',
        "Michael Chong",
        id="later-he-said-colon",
    ),
    case(
        "Mayor John Tilley said the city would cut spending next year.\n\n"
        '"We cannot keep raising taxes."',
        "John Tilley",
        id="quote-paragraph-after-said",
    ),
    case(
        "Maria Lopez listened to the question and looked down.\n\n"
        'Then, after a pause: "I do not know."',
        "Maria Lopez",
        id="then-after-a-pause",
    ),
    case(
        'Maria Lopez listened to the question and looked down. Then, after a pause: "No."',
        "Maria Lopez",
        id="then-after-a-pause-in-the-same-paragraph",
    ),
    case(
        "Prime Minister Justin Trudeau spoke in Ottawa on Tuesday about the new tariffs.\n\n"
        'Nonetheless, she told Tracy she was "very disappointed" with the outcome.',
        None,
        id="she-after-paragraph-about-a-man",
    ),
    case(
        'Mark Carney met Melanie Joly on Monday. "We are aligned," she said.',
        "Melanie Joly",
        id="she-picks-the-woman",
    ),
    case(
        'Mark Carney met Melanie Joly on Monday. "We are aligned," he said.',
        "Mark Carney",
        id="he-picks-the-man",
    ),
    case(
        'Premier Doug Fordham arrived an hour late. "We will get it done," he said.',
        "Doug Fordham",
        id="he-after-titled-name",
    ),
    case('"It is over," he said.', None, id="pronoun-without-antecedent"),
    case(
        'Anna Whitlock spoke first. "We are done negotiating," they said.',
        None,
        id="they-cannot-be-one-woman",
    ),
    case(
        "Former health minister Jane Philpott resigned on Monday. Later, she told "
        'reporters: "I could not stay."',
        "Jane Philpott",
        id="later-she-told",
    ),
    case(
        "Sarah Hillman said the council would vote next week.\n\n"
        '"It is time to decide," she added.',
        "Sarah Hillman",
        id="she-added-next-paragraph",
    ),
    case(
        "The storm knocked out power to 20,000 homes overnight.\n\n"
        '"It was terrifying, the whole house shook."',
        None,
        id="quote-paragraph-after-narrative",
    ),
    case(
        'Lee said: "We have waited long enough. We want answers.\n\n"The city owes us that much."',
        "Lee",
        quote="owes us",
        id="quotation-over-two-paragraphs",
    ),
    case(
        'George Tanaka, speaking at Queen\'s Park, said: "We will not back down."',
        "George Tanaka",
        id="participle-phrase-between",
    ),
    case(
        'Kevin Marsh and his wife, Ellen, lost their home in the fire. "We have nothing '
        'left," she said.',
        "Ellen",
        id="she-picks-the-wife",
    ),
    case(
        "Senator Ruth Adebayo was asked about the bill.\n\n"
        '"I haven\'t read it," she said. "Nobody has."',
        "Ruth Adebayo",
        quote="Nobody",
        id="split-after-pronoun-cue",
    ),
    case(
        'Robert Klein spoke to Tracy Morgan outside. "I am sorry," she told him.',
        "Tracy Morgan",
        id="she-told-him",
    ),
    case(
        "Mayor Luc Ouellet opened the market at dawn.\n\n"
        "Geneviève Tremblay, who runs the bakery next door, was less sure. "
        '"We lose customers every week," she said.',
        "Geneviève Tremblay",
        id="she-accented-given-name",
    ),
    case(
        "Tshepo Mokoena, 41, has worked at the clinic since 2009.\n\n"
        '"The ward is full every night," she said.',
        "Tshepo Mokoena",
        id="she-after-name-with-age",
    ),
    case(
        "Kiran Sandhu has coached the team for a decade.\n\n"
        '"We train in the dark all winter," she said.',
        "Kiran Sandhu",
        id="she-given-name-either-gender",
    ),
    case(
        'Mayor Luc Ouellet opened the market at dawn.\n\n"We lose customers every week," she said.',
        None,
        id="she-after-only-a-man",
    ),
    case(
        'Nurse Amanda Ross has worked nights for a decade.\n\n"We are exhausted," she said.',
        "Amanda Ross",
        id="she-after-capitalised-role-opening-sentence",
    ),
    case(
        "Dana Whitford's son was hurt in the crash.\n\n"
        'Her husband, Omar, was at work. "We got the call at noon," he said.',
        "Omar",
        id="he-picks-the-husband-named-alone",
    ),
    case(
        "Mayor Ana Ruiz won a third term in 2022.\n\n"
        '"Nobody in this town trusts the council any more."',
        None,
        id="quote-paragraph-after-narrative-about-person",
    ),
    case(
        "Mayor Ana Ruiz warned of more delays on the bridge.\n\n"
        '"We will finish it by spring, whatever it takes."',
        "Ana Ruiz",
        id="quote-paragraph-after-speech-verb",
    ),
    case(
        "Sen. Kelly Marsh faces a close race this fall. The Republican incumbent said her "
        'record speaks for itself.\n\n"I was at every event," she said.',
        "Kelly Marsh",
        id="she-after-the-party-incumbent",
    ),
    case(
        "Ana Ruiz spoke first at the hall. Then Tracy Bell, the council clerk, read the "
        'motion.\n\nNonetheless, she told Tracy she was "very disappointed" with the vote.',
        "Ana Ruiz",
        id="she-is-not-the-woman-she-told",
    ),
    case(
        "In describing fellow billionaire Donald Marsh, Mark Cuban said he lacks curiosity."
        '\n\n"You have to be able to adapt," he said of Marsh.',
        "Mark Cuban",
        id="he-is-not-the-man-he-spoke-of",
    ),
    case(
        "Mayor Tom Brandt sat down with radio host Mike Kowalski on Monday.\n\n"
        '"Mayor, you promised a new arena," he asked Brandt. "Where is it?"',
        "Mike Kowalski",
        id="he-is-not-the-man-he-asked",
    ),
    case(
        "Senator Ana Ruiz was more careful than her colleagues. Though she called the "
        'bank\'s conduct "outrageous," Ruiz stopped short of calling for a break-up.',
        "Ana Ruiz",
        id="she-in-an-opening-clause-means-the-subject-after-it",
    ),
    case(
        "Donald Tramp held a rally in Ohio. Frank Lutz, a pollster, watched it on Monday.\n\n"
        'The campaign felt "bloodless and overly intellectual" next to the appeals of Mr. '
        "Tramp, he said.",
        "Frank Lutz",
        id="he-closing-the-sentence-is-not-the-man-it-speaks-of",
    ),
    case(
        "Donald Tramp held a rally in Ohio. Frank Lutz, a pollster, watched it on Monday.\n\n"
        'When Tramp took the stage, he said: "We will win Ohio."',
        "Donald Tramp",
        id="he-after-an-opening-clause-may-be-its-subject",
    ),
    case(
        'Mayor Ana Ruiz isn\'t rattled by the losses — in fact, she said they "humanize" her.',
        "Ana Ruiz",
        id="she-after-a-dash-may-be-the-subject-before-it",
    ),
    case(
        "Mayor Tom Brandt sat down with radio host Mike Kowalski on Monday.\n\n"
        '"You will have to ask the council," Kowalski said.\n\n'
        '"Yes, ask the council," he responded.',
        "Tom Brandt",
        quote="Yes, ask",
        id="he-responding-is-not-the-man-he-answers",
    ),
    case(
        "Senator Ana Ruiz sat down with host Rachel Maddox.\n\n"
        '"Is it out of the question?" Maddox asked Ruiz.\n\n"Absolutely not," she said.',
        "Ana Ruiz",
        quote="Absolutely",
        id="she-answering-a-question-put-to-her",
    ),
    case(
        "Mayor Tom Brandt spoke to a packed hall, with Mike Kowalski in the front row.\n\n"
        '"Who would build an arena with no roof?" Brandt asked.\n\n"Nobody would," he said.',
        "Tom Brandt",
        quote="Nobody",
        id="he-after-his-own-question",
    ),
    case(
        "Mayor Tom Brandt sat down with radio host Mike Kowalski on Monday.\n\n"
        '"Would the arena be negotiable?" Kowalski asked.\n\n'
        '"I would say this," he answered. "We will work it out."',
        "Tom Brandt",
        quote="I would say",
        id="he-answering-the-host-who-asked",
    ),
    case(
        '"We will cut taxes," Premier Ann Cole said.\n\n'
        '"Would it be negotiable?" Dana Kim pressed. "Maybe for some families?"',
        "Dana Kim",
        quote="Would it be negotiable",
        id="question-with-unknown-cue-is-its-subjects",
    ),
    case(
        "The march was peaceful, and most protesters went home early.\n\n"
        'Protesters chanted "No more cuts" outside the hall.\n\n"We will be back," he said.',
        None,
        quote="We will be back",
        id="he-is-not-a-plural-noun-opening-a-sentence",
    ),
    case(
        "Ohio Gov. Tom Welch won his home state on Tuesday.\n\nThe Ohio governor beat back a "
        "challenge from Donald Marsh in the primary. He is one of three candidates left.\n\n"
        '"The campaign goes on," he told a crowd.',
        "Tom Welch",
        id="he-after-a-described-subject",
    ),
    case(
        'Mayor Tom Reyes opened the meeting. "We are broke," Reyes said.\n\nCouncillor Kiran '
        'Sandhu said she would vote against the budget. "It is a bad deal," Sandhu said.\n\n'
        '"We have no choice," he said.',
        "Tom Reyes",
        quote="no choice",
        id="he-skips-a-person-shown-female-by-she",
    ),
    case(
        "Mayor Ana Ruiz spoke first.\n\nEswar Prasad, a professor of economics at Cornell "
        'University, said the plan would fail.\n\n"Many people have their heads in the sand," '
        "he said.",
        "Eswar Prasad",
        id="he-after-unknown-given-name-with-role-appositive",
    ),
    case(
        "Mayor Ana Ruiz spoke first. The plan was criticised by economist Eswar Prasad on "
        'Monday.\n\n"It will fail," he said.',
        "Eswar Prasad",
        id="he-after-unknown-given-name-with-role-before",
    ),
    case(
        '"We will win," Donald Tramp said.\n\nWhen Mr. Tramp tried to defend his remarks on '
        'China, Mr. Kasick forcefully differed.\n\n"I think the government was wrong," he said.',
        "Kasick",
        quote="government was wrong",
        id="he-means-the-main-clause-subject-not-a-speaker-in-passing",
    ),
    case(
        "Senate Majority Leader Mitch McConnell has been slow to act.\n\nMcConnell spokesman "
        "Don Stewart wouldn't say when the Senate will vote.\n\n"
        '"I don\'t have any announcements yet," he said.',
        "Don Stewart",
        id="he-means-the-subject-not-the-name-modifying-it",
    ),
    case(
        '"We will win," Donald Tramp said.\n\nIn engaging Tramp, Sen. Ted Cruise also sought '
        'to temper his tone.\n\n"One concern I have with Donald is his language," he said.',
        "Ted Cruise",
        quote="One concern",
        id="he-is-not-the-man-his-quotation-speaks-of",
    ),
    case(
        'Sen. Ted Cruise drew small crowds in Iowa. "Those are small towns," Eric Woolson said.'
        "\n\nThe good news for Cruise, Woolson said, is that he will draw cameras. "
        '"He\'ll still get coverage," he said.',
        "Eric Woolson",
        quote="still get coverage",
        id="he-is-not-the-man-named-in-his-quotation",
    ),
    case(
        'Tom Hale and Bill Ortiz met on Monday. "We disagree," he said.',
        None,
        id="he-after-two-men-joined-by-and-is-blank",
    ),
    case(
        "Sens. Jon Tessier (D-Mont.) and David Vitale (R-La.) raised the prospect of breaking "
        'up the bank.\n\n"Every time you say that, you give ammunition to critics," he said.',
        None,
        id="he-after-two-titled-senators-joined-by-and-is-blank",
    ),
    case(
        'The Liberals and the NDP reached a deal on Monday. "We have a deal," they said.',
        "The Liberals and the NDP",
        id="they-after-coordinated-groups-is-both",
    ),
    case(
        'Protesters and police clashed on Monday. "We will be back," they said.',
        None,
        id="they-after-groups-joined-by-and-is-never-the-first-alone",
    ),
    case(
        'Mayor Jen Ito told council on Tuesday that the budget was balanced.\n\n"We did not '
        'raise taxes, and we will not," she said.',
        "Jen Ito",
        id="she-said-next-paragraph",
    ),
    case(
        'Premier Dave Hollis said Monday the province would appeal the ruling.\n\n"We believe '
        'the court got this wrong. We will be in Ottawa next week."',
        "Dave Hollis",
        id="quote-paragraph-after-said-monday",
    ),
    case(
        'Ito spoke to reporters after the vote.\n\n"It was a long night."',
        None,
        id="quote-paragraph-after-narrative-no-speech",
    ),
    case(
        'The storm knocked out power to 40,000 homes.\n\n"Crews are working around the clock," '
        "Hydro Ottawa spokesperson Ann Vale said.",
        "Ann Vale",
        id="named-cue-after-narrative",
    ),
    case(
        'Hollis paused, then added: "I am not going anywhere."',
        "Hollis",
        id="paused-then-added-colon",
    ),
    case(
        'Ana Ruiz and her husband, Tom, lost everything in the fire.\n\n"We got out with the '
        'clothes on our backs," he said.',
        "Tom",
        id="he-picks-the-husband",
    ),
    case(
        '"We are ready," Ito said. "We have been ready for months."',
        "Ito",
        "been ready",
        id="second-sentence-same-paragraph",
    ),
    case(
        "Dr. Helen Park said the spread was slowing.\n\nPark, who leads the province's response "
        'team, added: "We are not out of the woods."',
        "Helen Park",
        id="who-clause-added-colon",
    ),
    case(
        'Councillor Rita Baptiste has opposed the tower from the start.\n\n"It is too tall, too '
        'close and too soon," she told the meeting.',
        "Rita Baptiste",
        id="she-told-the-meeting-next-paragraph",
    ),
    case(
        'Premier Dave Hollis told reporters the deal was done.\n\n"Signed, sealed and delivered."',
        "Dave Hollis",
        id="bare-quote-paragraph-after-told",
    ),
    case(
        'Hollis and Ito met for an hour on Monday.\n\n"It was productive," Ito said afterwards.',
        "Ito",
        id="named-after-two-people",
    ),
    case(
        '"We are not there yet," Ito said.\n\nShe added that talks would resume '
        'Friday.\n\n"There is goodwill on both sides."',
        "Ito",
        "goodwill",
        id="quote-after-she-added-paragraph",
    ),
    case(
        'The ruling came down Friday.\n\n"This is a victory for every tenant in the city."',
        None,
        id="quote-after-event-paragraph-no-speaker",
    ),
    case(
        "Teodor Vasko is a retired army captain from Halifax.\n\n"
        "Vasko, 33, explained why he would not back Premier Dan Marsh.\n\n"
        '"He has no plan for veterans," he said.',
        "Teodor Vasko",
        id="he-means-the-surname-an-age-showed-to-be-a-person",
    ),
    case(
        "Councillor Dev Anand spoke after the vote on Tuesday.\n\n"
        'Mayor Tom Hale "has done nothing for this city," he said.',
        "Dev Anand",
        id="he-is-not-the-subject-his-quotation-finishes",
    ),
    case(
        "Professor Ian Walsh has studied the province's elections for decades.\n\n"
        'In 2015, when Premier Rob Dunn cut school funding, "the districts were desperate," '
        "he said.",
        "Ian Walsh",
        id="he-is-not-the-man-of-the-clause-his-quotation-completes",
    ),
    case(
        "Mayor Tom Hale won the by-election last year. Ian Walsh, a pollster, says the "
        'numbers are falling.\n\n"I do not think the honeymoon" -- which Hale has enjoyed '
        'for a year -- "is going to last," he says.',
        "Ian Walsh",
        quote="is going to last",
        id="he-is-not-the-man-of-an-aside-inside-his-quotation",
    ),
    case(
        "Foreign ministry spokesman Chen Bo rejected the claims on Monday.\n"
        'Critics should offer evidence and not use words like "maybe" and "perhaps", he '
        "told reporters.",
        "Chen Bo",
        quote="perhaps",
        id="he-closing-a-paraphrase-is-not-its-subject",
    ),
    case(
        "Mayor Paul Dorsey is running again.\n\n"
        "Dorsey's pollster, Ivan Petrak, says the race is close. "
        '"People are tired of the council," he says.',
        "Ivan Petrak",
        id="he-means-the-appositive-subject-not-its-possessor",
    ),
    case(
        'Mayor Ann Lyle spoke first. "We need help," Texas said in a filing.\n\n'
        '"We are ready," he said.',
        None,
        quote="We are ready",
        id="he-is-not-a-state-that-spoke",
    ),
    case(
        'Ann Lyle spoke. "Everyone will pay," Critics said.\n\n"We are ready," he said.',
        None,
        quote="We are ready",
        id="he-is-not-a-plural-noun-that-spoke",
    ),
    case(
        "Senator Ann Lyle spoke at the rally.\n\n"
        "Lyle campaign communications director Joan Pell acknowledged that the senator "
        'misspoke. "She did not have a video in mind," she said.',
        "Joan Pell",
        id="she-means-the-subject-not-the-name-of-her-campaign",
    ),
    case(
        "Gov. Peter Lowe opened the debate on drugs.\n\n"
        "The moderators moved on. The crowd grew restless. The room was hot. Questions "
        "turned to the economy. Then came a question on roads. The next topic was schools. "
        "Then came health care.\n\n"
        "Dan Marsh added that he would expand treatment. He also said he was working with "
        "the province on a new law. The governor claimed that crime had fallen 20 percent."
        '\n\n"This is a disease," he said.',
        "Dan Marsh",
        id="he-after-a-description-is-not-the-one-it-fitted-long-ago",
    ),
    case(
        "Sen. Tom Hale is making the case that he can defeat Premier Dan Marsh.\n\n"
        "Hale is outlining his plans on jobs. He says that if voters want the old politics, "
        '"you have a very good candidate, but it is not Tom Hale."',
        None,
        id="he-naming-himself-is-not-a-man-named-in-passing",
    ),
    case(
        "Ben Ortiz was subpoenaed in May.\n\n"
        "A lawyer for Ortiz, Mark Dunne, said his client was ready to testify.\n\n"
        '"My client already answered every question," he said.',
        "Mark Dunne",
        id="he-means-the-name-in-apposition-to-a-role-for-someone",
    ),
    case(
        "Teodor Vasko, 61, has run the food bank for a decade. He opened a second site in "
        "May.\n\nOn Friday, Vasko showed the new site to Premier Dan Marsh.\n\n"
        '"We need more space," he said.',
        "Teodor Vasko",
        id="he-opening-the-next-sentence-shows-the-gender-of-a-name",
    ),
    case(
        'Tom Vasko met Premier Dan Marsh at the food bank on Friday.\n\n"We need more '
        'space," he said.',
        "Tom Vasko",
        id="he-means-the-subject-of-met-not-the-man-met",
    ),
    case(
        "Labor Secretary Tom Perez toured the plant on Monday.\n\n"
        '"Jobs come first," Obama\'s Cabinet said in a statement. The room was full.\n\n'
        '"I am ambivalent about the term," he says.',
        "Tom Perez",
        quote="ambivalent",
        id="he-is-not-a-possessive-phrase-that-spoke",
    ),
    case(
        "Carla Ruiz runs the family bakery on Main Street. Her husband, Marco Ruiz, bakes "
        "the bread.\n\nThe landlord, Diane Marsh, raised the rent in May. Ruiz says the "
        'increase will close the shop.\n\n"We cannot keep paying this," she said.',
        "Carla Ruiz",
        id="she-means-the-woman-of-a-surname-her-husband-shares",
    ),
    case(
        "Sen. Ann Lyle is running for a second term.\n\nKiran Ortiz, who leads the "
        "tenants' union, spoke after the vote. Ortiz believes the Lyle campaign took renters "
        'for granted. "They have a big problem," she said.',
        "Kiran Ortiz",
        id="she-is-not-the-name-of-a-campaign",
    ),
    case(
        "Sen. Lindsey Hale spoke at the rally on Monday. He called the plan reckless.\n\n"
        '"This is not who we are," he said.',
        "Lindsey Hale",
        id="he-after-a-given-name-men-and-women-share",
    ),
    case(
        "Former premier Jean Tremblay toured the plant in Trois-Rivieres.\n\n"
        '"We must protect these jobs," he said.',
        "Jean Tremblay",
        id="he-after-a-french-given-name",
    ),
    case(
        "Premier Dan Marsh defended the budget on Monday.\n\nTeodora Vance, political "
        "science professor at Dalhousie University, described the plan as a gamble.\n\n"
        '"If he is wrong, the province pays," she said.',
        "Teodora Vance",
        id="she-means-a-name-given-a-role-without-an-article",
    ),
    case(
        '"The plan is reckless," Okafor said of Premier Dan Marsh.\n\n'
        '"It will cost us dearly," he added.',
        "Okafor",
        quote="cost us",
        id="he-added-means-the-last-speaker-not-the-man-spoken-of",
    ),
    case(
        'Ifechukwu Okafor runs the shelter on Main Street. "We are full every night," Okafor '
        'said after meeting Premier Dan Marsh.\n\n"We need more beds," he said.',
        "Ifechukwu Okafor",
        quote="more beds",
        id="he-means-the-last-speaker-of-unknown-gender-not-the-man-met",
    ),
    case(
        "Wojtek Wrona, 44, owns the bakery. Wrona told Mayor Dan Marsh the rent was too "
        'high.\n\n"We cannot survive," he said.',
        "Wojtek Wrona",
        id="he-means-a-subject-of-unknown-gender-not-the-man-told",
    ),
    case(
        "Luis Ortega said the parade was a relief. He and his partner came because they "
        'wanted to show that "they cannot scare us back into hiding."',
        None,
        id="he-and-his-partner-are-not-he-alone",
    ),
    case(
        'Anders Holm spoke at the rally. "Nobody wins," he said.',
        "Anders Holm",
        id="he-after-a-scandinavian-given-name",
    ),
    case(
        'Gurdeep Sandhu runs a trucking firm in Surrey.\n\n"The rules keep changing," he said.',
        "Gurdeep Sandhu",
        id="he-after-a-punjabi-given-name-across-paragraphs",
    ),
    case(
        'Thuy Nguyen opened the bakery in 2009. "It was a risk," she said.',
        "Thuy Nguyen",
        id="she-after-a-vietnamese-given-name",
    ),
    case(
        "In a video posted to the town's Facebook page, Mayor Gord Halloran urged residents "
        'to leave.\n\n"Please do not wait. Pack what you need and go."',
        "Gord Halloran",
        id="introductory-phrase-before-previous-paragraph-subject",
    ),
    case(
        "Asked whether now is a good time to buy, Sabrina Kowalski laughed.\n\n"
        '"Nobody knows. Not even the banks."',
        "Sabrina Kowalski",
        id="asked-clause-before-previous-paragraph-subject",
    ),
    case(
        "Sterling Brown, the union's president, said members would vote.\n\n"
        '"We are ready for a long fight."',
        "Sterling Brown",
        id="participle-like-given-name-opens-subject",
    ),
    case(
        'Superior Court Justice Rosa Hart wrote that the class raised "common issues."\n\n'
        '"Parents are unlikely to sue alone," the judge wrote.',
        "Rosa Hart",
        quote="Parents are unlikely",
        id="the-judge-for-a-justice",
    ),
    case(
        "Substitute Chidi Okafor headed home a corner.\n\n"
        '"I told the gaffer at halftime," the 22-year-old said.',
        "Chidi Okafor",
        id="sports-role-before-name-then-age",
    ),
    case(
        "Tory Ann Pryce was third.\n\nPryce, the Tory, said the vote had doubled.\n\n"
        '"We were written off," she told the BBC.',
        "Ann Pryce",
        id="party-label-before-name",
    ),
    case(
        "Carol Doerr poured coffee.\n\nAt the counter, a woman in nursing scrubs, finishing a "
        'night shift, said she was voting on health care. "I see what people pay for '
        'insulin," she said.',
        "a woman in nursing scrubs",
        id="pronoun-after-introductory-phrase-and-described-subject",
    ),
    case(
        "The Malian diplomat Amadou Keita said talks went well.\n\nA European diplomat, "
        "speaking on condition of anonymity, said the EU had given ground. "
        '"We gave up the stick to keep the carrot," the diplomat said.',
        "A European diplomat",
        id="role-word-after-unnamed-person-of-that-role",
    ),
    case(
        'Agriculture Minister Jane Doyle spoke first.\n\n"We made the case," the Minister said.',
        "Jane Doyle",
        id="capitalised-role-after-the",
    ),
    case(
        "Taoiseach Declan Fitzmaurice rejected the claims.\n\nAsked whether he would meet "
        'the protesters, the Taoiseach said: "My door is always open."',
        "Declan Fitzmaurice",
        id="the-taoiseach",
    ),
    case(
        "Commuter Huong Tran, 34, said she would believe it when she saw it.\n\n"
        '"They promised us a new station," the mother of two said.',
        "Huong Tran",
        id="kin-epithet-unhyphenated",
    ),
    case(
        "Special counsel Alicia Montrose said the inquiry went on. Asked whether Gov. Kathleen "
        'Dorsey-Park had been interviewed, she said, "I am not going to comment."',
        "Alicia Montrose",
        id="asked-clause-with-title-abbreviation",
    ),
    case(
        "Liberal candidate Gordon Whitlock finished second, and Conservative Aleksander "
        "Petrov was third.\n\nPetrov said his party had nearly doubled its vote.\n\n"
        '"We were written off in this riding," he told CTV News.',
        "Aleksander Petrov",
        id="party-adjective-before-full-name",
    ),
    case(
        'Judicial Watch said the email was "a smoking gun".', "Judicial Watch", id="adjective-org"
    ),
    case(
        "Education Minister Bernard Giguere urged both sides to reach a deal. In a statement "
        'posted to social media Sunday night, he wrote:\n\n"Every day out of school is a day '
        'of learning lost."',
        "Bernard Giguere",
        id="participle-in-introductory-phrase-is-no-cue",
    ),
    case(
        "Midfielder Quentin Aubry signed on Monday. Aubry, a French midfielder, scored twice."
        '\n\n"That is too much," the Frenchman said.',
        "Quentin Aubry",
        id="nationality-noun-for-appositive-adjective",
    ),
    case(
        "Gerald Whitby was found on Friday. Whitby, 79, was cold but alert.\n\n"
        '"I thought I was late for my shift," the 79-year-old said.',
        "Gerald Whitby",
        id="age-after-surname-alone",
    ),
    case(
        "Carla Ybarra and her husband, Desmond Ybarra, lived in one of the flats.\n\n"
        '"It had the baby pictures on it," her husband said.',
        "Desmond Ybarra",
        id="possessive-kin-second-reference",
    ),
    case(
        "Mia Cole won. Cole's coach, Pieter Vandermolen, said he had been too nervous to "
        'watch.\n\n"She had everything to lose," the coach said.',
        "Pieter Vandermolen",
        id="possessive-role-before-name-in-commas",
    ),
    case(
        'Assistant District Attorney Dana Pike told the jury the case was clear.\n\n"He knew," '
        "the prosecutor said.",
        "Dana Pike",
        id="prosecutor-for-a-district-attorney",
    ),
    case(
        'Chief Financial Officer Ann Cole said margins fell.\n\n"We expect a rebound," the CFO '
        "said.",
        "Ann Cole",
        id="acronym-for-an-office",
    ),
    case(
        "Jonty Halliwell took five wickets. Halliwell, 22, who made his debut last summer, was "
        "named player of the match.\n\n'It's a dream, to be honest,' the youngster said.",
        "Jonty Halliwell",
        id="epithet-for-the-one-person-just-named",
    ),
    case(
        "Omar Reyes was arrested on Monday. Neighbours described a quiet street.\n\n"
        '"I think it is a hate crime," the man said.',
        "the man",
        id="the-man-is-no-epithet-for-the-named",
    ),
    case(
        "The Harwell Farmers' Union has opposed the scheme since 2020. "
        '"It will bankrupt small farms," it said in a statement.',
        "Harwell Farmers' Union",
        id="it-said-after-organisation-subject",
    ),
    case(
        'Northgate Holdings Inc. cut its forecast. It said: "Demand has not recovered."',
        "Northgate Holdings Inc.",
        id="it-said-opening-sentence-after-organisation",
    ),
    case(
        'Marta Lindqvist reported a loss on Tuesday. "We are disappointed," it said.',
        None,
        id="it-said-after-person-subject-is-blank",
    ),
    case(
        'Acme Corp.\'s shares fell sharply. "We are disappointed," it said.',
        None,
        id="it-said-after-organisation-possessive-is-blank",
    ),
    case(
        'Rescuers worked through the night. "We could hear voices under the concrete," they said.',
        "Rescuers",
        id="they-said-after-plural-role-subject",
    ),
    case(
        'Investigators combed the site for a week. "Nothing was left to chance," they said.',
        "Investigators",
        id="they-said-after-regular-plural-of-role",
    ),
    case(
        "Officers arrested Dylan Marsh and his brother, Craig. "
        '"We are innocent," they shouted as they were led away.',
        None,
        id="they-after-subject-and-object-pair-is-blank",
    ),
    case(
        "Paramedics reached the flats at dawn.\n\nBy noon, dozens of tenants had gathered "
        'outside, angry at what they called "a total failure" by the council.',
        None,
        id="they-after-other-group-named-since-is-blank",
    ),
    case(
        'QUOTE OF THE DAY: "If you want to know what a senator thinks, watch what they do." '
        "— a Democratic senator, speaking to Playbook on background.",
        "a Democratic senator",
        id="signature-line-described-person-after-label",
    ),
    case(
        '"We will rebuild every school." — a senior aid official in Kabul',
        "a senior aid official",
        id="signature-line-described-person",
    ),
    case(
        'Douglas Band wrote a memo. It describes how Band helped run what he called "a cash '
        'machine."',
        "Douglas Band",
        id="nearer-cue-over-its-it",
    ),
    case(
        "Gerald Whitby was found on Friday. Florence Whitby, his wife of 58 years, spoke to "
        'reporters. She said he had been restless.\n\n"He kept his boots by the door," the '
        "79-year-old said.",
        "Florence Whitby",
        id="age-for-the-person-named-two-sentences-back",
    ),
    case(
        "Bill Millis, a businessman, said the campaign had lost its way.\n\nA new campaign"
        ' manager, he said, could set a new tone. "It could have been handled differently,"'
        " he added.",
        "Bill Millis",
        id="parenthetical-cue-subject-is-not-speaker",
    ),
    case(
        "Another parent, Tomás Villarreal, said he took his daughters to be vaccinated.\n\n"
        '"I saw it and I did not need to read anything else," he said.',
        "Tomás Villarreal",
        id="accented-given-name-shows-gender",
    ),
    case(
        "Outside the courthouse, Tyler's mother, Carla Ashkewe, read a statement to"
        ' reporters.\n\n"My son was 17. He came to this city to go to school.\n\n"He should'
        ' be alive today."',
        "Carla Ashkewe",
        quote="alive",
        id="read-a-statement-then-monologue",
    ),
    case(
        'Obama spoke about the contributions of Muslims.\n\n"Obama said in his speech that'
        ' Muslims are our sports heroes. Which sport?"',
        None,
        id="quote-naming-previous-subject-is-not-theirs",
    ),
    case(
        "Soula Karras, 54, runs the bakery with her brother Nick Karras. Paula Fletcher-Ng"
        ' said rents are rising. "It is hard," she said.\n\nNick has talked about a smaller'
        ' operation; Soula says she wants to sleep in.\n\n"Ask me in January," she said.',
        "Soula Karras",
        quote="January",
        id="relatives-told-apart-by-given-name",
    ),
    case(
        "Among the people in line was Efthimia Doukas, 81, who said she has bought bread"
        ' there for years.\n\n"Where will I go now?" she said.',
        "Efthimia Doukas",
        id="unknown-given-name-said-she",
    ),
    case(
        "Sam Ortiz scored twice on Saturday.\n\nAfterwards he was asked about the second"
        ' goal. Then, after a pause: "Honestly? Luck."',
        "Sam Ortiz",
        id="afterwards-he-then-after-a-pause",
    ),
    case(
        "Ken Abara and his daughter, Tola, opened the bakery in 1998. Since her father's"
        ' stroke, she has run it alone. "Some mornings I still set out two aprons," she said.',
        "Tola",
        id="kin-apposed-given-name-not-listed",
    ),
    case(
        "Tom Aldridge, the MP for Leeds, spoke. One senior Labour MP, who asked not to be"
        ' named, said that would not be enough.\n\n"A review is what you offer when you have'
        ' decided to ignore people," the MP said.',
        "one senior Labour MP",
        id="the-mp-after-an-unnamed-mp",
    ),
    case(
        'Carl Mease found Darren Hock, 23, lying in the road. Hock died at the scene. "I held'
        ' his hand until the ambulance came," he said.',
        "Carl Mease",
        id="he-never-the-man-who-just-died",
    ),
    case(
        "Actor John Smith died on Monday at 85.\n\nHe was born in Leeds. He moved to London"
        ' in 1960. He made 40 films.\n\n"I never wanted to retire," he said in 2015.',
        "John Smith",
        id="obituary-quotes-the-dead-from-before",
    ),
    case(
        "Welsh winger Tom Pryce-Evans and Irish full-back Conor Dunleavy were both sent off"
        ' in the second half. "The referee lost control," said the Irishman.',
        "Conor Dunleavy",
        id="nationality-noun-refers-to-the-person-of-that-nationality",
    ),
    case(
        "Irish full-back Conor Dunleavy and Welsh winger Tom Pryce-Evans were both sent off"
        ' in the second half. "The referee lost control," said the Welshman.',
        "Tom Pryce-Evans",
        id="nationality-noun-passes-over-a-later-person-of-another-nationality",
    ),
    case(
        'Thiago Lemos scored twice in the second half. "I am happy," the Brazilian said.',
        "Thiago Lemos",
        id="nationality-noun-for-the-one-person-just-named",
    ),
    case(
        'Irish full-back Conor Dunleavy was sent off. "The referee lost control," said the'
        " full-back.",
        "Conor Dunleavy",
        id="hyphenated-role-before-a-name-refers-back",
    ),
    case(
        "Both Ines Harlow and Maud Ferrante stood for the leadership in 2019. The latter lost"
        ' by eleven votes. "I learned more from losing than from winning," she said.',
        "Maud Ferrante",
        id="the-latter-is-the-second-of-the-pair-and-the-next-she",
    ),
    case(
        'Tom Hale and Maud Ferrante met on Monday. "We agreed on nothing," the former said.',
        "Tom Hale",
        id="the-former-is-the-first-of-the-pair",
    ),
    case(
        'Tom Hale met the former senator Ann Cole on Monday. "We agreed on nothing," said'
        " the former senator.",
        "Ann Cole",
        id="the-former-before-a-role-is-an-adjective",
    ),
    case(
        "Judge Rhiannon ap Dafydd heard the case. Defence lawyer Harriet Bamford-Lowe said he"
        ' was sorry. But the judge said she had seen little remorse. "You wrote a letter," she'
        " told him.",
        "Rhiannon ap Dafydd",
        id="the-judge-after-an-opening-adverb-is-the-next-she",
    ),
    case(
        "Justice Anne Ward heard the petition. Counsel Maria Hale argued for the trust. The"
        ' judge, however, was not persuaded. "Why was police protection needed?" she asked.',
        "Anne Ward",
        id="the-judge-stands-for-a-justice",
    ),
    case(
        "Waterford manager Ciarán de Paor was jubilant. The Limerick manager, who has won four"
        ' titles, was gracious in defeat. "Waterford were better," the Limerick manager said.',
        "the Limerick manager",
        id="a-description-of-another-county-is-not-the-manager-named",
    ),
    case(
        "Republican vice-presidential nominee Janine Kowalczyk spoke in Ohio. Later, in"
        ' Pittsburgh, the Democratic nominee added: "My mother taught fourth grade."',
        "the Democratic nominee",
        id="a-description-of-another-party-is-not-the-nominee-named",
    ),
    case(
        'Texas Rep. Mike McCaul spoke on Wednesday. "This will continue," the Republican'
        " lawmaker told Fox News.",
        "Mike McCaul",
        id="a-party-modifier-fits-a-state-modifier",
    ),
    case(
        "Inspector Kerryn Papadopoulos spoke first. Kai's mother, Lan, who sat beside the"
        ' inspector, struggled to speak. "Please just call," she said.',
        "Lan",
        id="kin-of-a-named-owner-gives-a-given-name",
    ),
    case(
        'Evelyn Marsh sat down with host Maria Pike on Sunday.\n\n"Do you regret saying that?"'
        ' Pike asked.\n\n"No. I regret that the clip got cut off," she said.',
        "Evelyn Marsh",
        quote="clip",
        id="an-answer-to-a-question-put-to-you-is-not-the-askers",
    ),
    case(
        '"Who would do that?" Trump asked.\n\n"Nobody," he said.',
        "Trump",
        quote="Nobody",
        id="a-question-without-you-may-be-answered-by-its-asker",
    ),
    case(
        "Council leader Councillor Anwar Hussain opened the debate. Conservative councillor"
        ' Graham Ackroyd, who represents the rural Scammonden ward, spoke next. "The rubbish'
        ' does not disappear," the Scammonden councillor said.',
        "Graham Ackroyd",
        id="a-place-modifier-fits-a-party-modifier",
    ),
    case(
        'Her campaign later put out a statement saying she had "laid out a clear vision" and'
        ' that Farrand had offered "nothing but slogans and attacks."',
        "Her campaign",
        quote="slogans",
        id="a-second-that-clause-of-the-report-is-the-reporters",
    ),
    case(
        'Smith said the plan was "dead," and that Jones had called it "a disaster."',
        "Jones",
        quote="disaster",
        id="a-second-that-clause-labelling-is-its-subjects",
    ),
    case(
        "Evelyn Marsh spoke. A college student near the front raised his hand and said 212."
        '\n\n"Two hundred twelve! That is more than my first campaign," she said.',
        "Evelyn Marsh",
        quote="Two hundred",
        id="a-description-whose-possessive-shows-another-gender",
    ),
    case(
        "Ms. Brandt has countered with ads on abortion rights, featuring a Tucson"
        " obstetrician, Dr. Hannah Cortez, who says Mr. Castaneda's position would \"put"
        ' politicians in the exam room."',
        "Hannah Cortez",
        id="a-relative-clauses-speech-verb-ends-the-scan-back",
    ),
    case(
        'Orrin said it would co-operate with the investigation. "That is a feature, not a'
        ' flaw," the company said in a statement.',
        "Orrin",
        id="a-name-that-said-it-would-is-a-body-the-company-stands-for",
    ),
    case(
        'Tom Hale spoke. Hale said it would rain. "No," the company said.',
        "the company",
        id="a-persons-surname-that-said-it-is-no-company",
    ),
    case(
        'Ottilie Brandt runs the firm. Brandt said she understood the skepticism. "Trust is'
        ' earned quarter by quarter," she said.',
        "Ottilie Brandt",
        quote="Trust",
        id="a-surname-that-said-she-shows-the-full-name-a-persons",
    ),
    case(
        "Sable CEO Jordan Mbeki took a swipe at Aerin on X shortly after the announcement:"
        '\n\n"Estimating blood pressure from a finger is hard."',
        "Jordan Mbeki",
        id="a-sentence-closing-its-paragraph-with-a-colon-introduces-the-quote",
    ),
    case(
        'Transcript as follows:\n\n"We are reviewing the decision."',
        None,
        id="a-colon-after-one-capitalised-word-introduces-no-one",
    ),
    case(
        'Rep. Katie Hill spoke. The Capitol Hill staffers left. Hill said she was tired. "We'
        ' are done," she said.',
        "Katie Hill",
        quote="done",
        id="a-surname-that-said-she-belongs-to-the-person-named-with-it",
    ),
    case(
        "Crews found heavy smoke, according to a news release from the Canton Township Fire"
        ' Department.\n\n"Upon arrival, crews learned that all occupants had been accounted'
        ' for," the release said.',
        "Canton Township Fire Department",
        id="the-release-from-a-department",
    ),
    case(
        "The boy was found, according to a statement from Sheriff Dwayne Colley.\n\n"
        '"The child was alert," the statement said.',
        "Dwayne Colley",
        id="the-statement-from-a-sheriff",
    ),
    case(
        "Emma Halvorsen scored the winner.\n\nHer father, coach Greg Halvorsen, has led the"
        ' program for 14 seasons.\n\n"I have been trying to be her coach," her father said.',
        "Greg Halvorsen",
        id="kin-word-before-a-role-and-name",
    ),
    case(
        "Coach Greg Halvorsen watched.\n\nThe Falcons wore warmup shirts with"
        ' "Bluff Tough" printed on the back, a phrase the coach said came from a player.\n\n'
        '"She is a nurse now," he said.',
        "Greg Halvorsen",
        quote="nurse",
        id="a-team-in-the-plural-is-not-he",
    ),
    case(
        'Mr Zulkifli suffered a fractured hip. He now walks with a stick.\n\n"I feel like a'
        ' burden to my family," he said.\n\nOutside court, his daughter, Madam Siti Rohana'
        " Zulkifli, 29, said the family was relieved.",
        "Zulkifli",
        id="madam-is-a-female-honorific",
    ),
    case(
        "Justice Sara Valli passed the order on a petition filed by a resident.\n\n"
        'In her judgment, the judge wrote that the temple was "a public temple".\n\n'
        '"A practice does not become sacred merely because it is old.\n\n'
        '"The rope of the chariot does not know the caste of the hand that holds it.\n\n'
        '"It is the duty of the State to ensure that every devotee can take part."\n\n'
        "Appearing for the petitioner, senior counsel Ruth Meyer argued that her client had"
        ' been "pushed away from the ropes" during the festival.\n\n"These people ask for no'
        ' privilege," she submitted.\n\nCounsel for the trustees, Kumar Bala, contended that'
        ' the procession had "always been organised by specific families".\n\n'
        'The judge, however, was not persuaded. "If nobody is excluded, why was police'
        ' protection needed?" she asked.',
        "Sara Valli",
        quote="police protection",
        id="the-judge-kept-in-mind-by-the-same-description",
    ),
    case(
        "Evelyn Marsh spoke on the morning show.\n\nHost Jordan Pike pressed Marsh on a line"
        ' from a fundraiser.\n\n"Do you regret saying that?" Pike asked.\n\n"No. I regret that'
        ' the clip got cut off," she said.\n\n"The thing about Dale," she went on, "is that he'
        ' thinks volume is a policy."',
        "Evelyn Marsh",
        quote="The thing about Dale",
        id="she-went-on-is-still-the-one-answering",
    ),
    case(
        "An executive at a large national carrier, who asked not to be named, said the"
        ' category was "getting crowded fast."\n\n"Everybody\'s demo looks the same. What we'
        ' ask is: show me the denials."',
        "An executive at a large national carrier",
        quote="demo looks the same",
        id="an-unnamed-source-goes-on-in-the-next-paragraph",
    ),
    case(
        "A neighbor who asked not to be named said she heard six shots.\n\n"
        '"I got down on the floor with my kids."',
        "A neighbor",
        quote="floor with my kids",
        id="an-unnamed-subject-goes-on-in-the-next-paragraph",
    ),
    case(
        'Tom Hale sat in the press room.\n\n"Tom, is this the best day of your career?" a'
        ' reporter asked.\n\n"So far. There is a semi-final in three weeks."',
        "Tom Hale",
        quote="So far",
        id="an-answer-is-not-the-unnamed-askers",
    ),
    case(
        'Tom Hale sat in the press room.\n\n"Tom, is this the best day of your career?" a'
        ' reporter asked.\n\n"So far," the Waterford captain replied.',
        "the Waterford captain",
        quote="So far",
        id="a-captain-is-a-role-after-a-capitalised-modifier",
    ),
    case(
        'A spokesperson for the agency said the reopening "could make it easier for families'
        ' to visit."\n\nThe opposition was skeptical. Senator Paola Ruiz said the government'
        ' had acted "without a single guarantee."\n\n"The armed groups are not going away,"'
        ' the senator said.\n\nBack on the bridge, the president turned to reporters. "This'
        ' bridge was built in 1962," he said.',
        None,
        quote="built in 1962",
        id="an-unnamed-subject-paragraphs-back-is-no-he",
    ),
    case(
        'Prime Minister Etienne Marchal defended the reform. Critics said it was "a'
        ' disgrace." Senator Paul Roy said he would vote no.\n\nAsked on Tuesday whether he'
        " would force the reform through, the prime minister declined to rule it out."
        ' "Every tool in the constitution is legitimate," he said.',
        "Etienne Marchal",
        quote="Every tool",
        id="the-description-opening-a-main-clause-is-who-he-means",
    ),
    case(
        "Opposition leader Cllr Sunita Rajan said the council had erred.\n\n"
        "'They could have signed this,' the Labour councillor said.",
        "Sunita Rajan",
        id="the-councillor-after-cllr-without-a-full-stop",
    ),
    case(
        "The words belong to Tamsin Hocking, 29, a surf instructor who has run lessons on"
        " the beach for eight years.\n\nHocking, meanwhile, has started posting alerts.\n\n"
        "'I shouldn't have to be the one doing this,' said the instructor, who has organised"
        " a protest.",
        "Tamsin Hocking",
        id="the-instructor-after-an-appositive-with-a-relative-clause",
    ),
    case(
        "Arthur Pike refused to take his seat as the chamber erupted.\n\n"
        '"Order! Sit down, Mr Pike," the Speaker said.\n\n'
        '"I will not sit down while my constituents are being lied to."',
        None,
        quote="I will not sit down",
        id="a-reply-to-someone-called-by-name-is-not-the-callers",
    ),
    case(
        "Phil Garraway, the club's owner, agreed to take questions for ten minutes.\n\n"
        'Q: "Is the club for sale?"\n\nA: "Everything is for sale at the right price."\n\n'
        'Q: "Is there a right price?"\n\nA: "Not yet."',
        "Phil Garraway",
        quote="Not yet",
        id="an-interview-answer-is-the-interviewees",
    ),
    case(
        "Phil Garraway, the club's owner, agreed to take questions for ten minutes.\n\n"
        'Q: "Is the club for sale?"\n\nA: "Everything is for sale at the right price."\n\n'
        'Q: "Is there a right price?"\n\nA: "Not yet."',
        None,
        quote="Is there a right price",
        id="an-interview-question-is-no-one-named",
    ),
    case(
        'Residents say their wells have run dry.\n\n"We have had to drill our well twice since'
        ' 2019," one rancher told the committee. "The second time cost us $40,000." The'
        " rancher, Maria Nunez, said her family had raised cattle in the valley for decades.",
        "Maria Nunez",
        quote="drill our well",
        id="an-unnamed-speaker-named-a-little-later",
    ),
    case(
        "Lucia Tarrant, a partner at Holbrook & Tarrant, said Rao had mentored dozens of"
        ' engineers.\n\n"She tore apart your drawings," Lucia Tarrant said.\n\nHolbrook &'
        " Tarrant said in a statement that it would establish a scholarship in her name at the"
        ' New Jersey Institute of Coastal Engineering. "Her barriers protect people," the firm'
        " said.",
        "Holbrook & Tarrant",
        quote="Her barriers",
        id="a-firm-with-an-ampersand-is-the-firm-though-a-partner-shares-its-name",
    ),
    case(
        'Harmon Valley Health said it decided to disclose the change. "We believe patients'
        ' deserve to know," the health system said in a statement.',
        "Harmon Valley Health",
        id="the-health-system-is-the-body-named-before",
    ),
    case(
        "A Government Accountability Office report released last year found problems.\n\n"
        'In a 2013 memo, the agency suggested that the program end because "there are no'
        ' safeguards."',
        "the agency",
        id="a-body-named-as-a-modifier-is-no-subject",
    ),
    case(
        '"We are draining aquifers," said Sen. Elena Vasquez, D-Tucson, who chairs the'
        ' committee.\n\nSen. Roy Larkin called the measure "a water grab."\n\nVasquez, 38, shot'
        ' back. "I will take that as a compliment," the Tucson Democrat said.',
        "Elena Vasquez",
        quote="compliment",
        id="a-party-tag-gives-the-place-and-party-a-description-uses",
    ),
    case(
        "Gov. Jim Hale, a Republican, vetoed the bill. Sen. Ann Ruiz, R-Wis., objected.\n\n"
        '"It is a mistake," the Ohio Republican said.',
        "the Ohio Republican",
        id="a-place-no-one-has-keeps-the-description-as-written",
    ),
    case(
        "The bill passed. The Illinois Association of School Boards, which supported the"
        ' bill, urged quick action.\n\n"Districts are waiting."',
        "Illinois Association of School Boards",
        id="a-body-subject-goes-on-in-the-next-paragraph",
    ),
    case(
        'The Greater Milwaukee Hospitality Council opposed the idea. "We are still recovering."',
        "Greater Milwaukee Hospitality Council",
        id="a-body-subject-goes-on-in-the-next-sentence",
    ),
    case(
        "Rafael Anselmo won the tournament on Sunday. At the news conference, Anselmo was"
        " asked what he would do with the winner's check.\n\n\"Have you thought about what you"
        ' will buy?" a reporter asked.\n\n"A car for my mom. She has been driving the same one'
        ' for years."',
        "Rafael Anselmo",
        quote="A car for my mom",
        id="the-answer-to-a-reporters-question-is-the-one-asked",
    ),
    case(
        "The measure was sponsored by Councilmember Brent Olafsen, who represents the downtown"
        ' district.\n\n"I have had owners cry in my office," Brent Olafsen said.\n\nCouncil'
        ' President Amy Takahashi said it was "a floor."\n\n"This is not the end of the'
        ' conversation," the downtown councilmember said.',
        "Brent Olafsen",
        quote="end of the conversation",
        id="a-councilmember-is-a-title-and-a-role",
    ),
    case(
        "Desmond Achterberg refereed 340 games before he retired. Tonight he is the"
        ' headliner.\n\n"Same job, really," he says. "You walk out, and everyone has already'
        ' decided."\n\nHis act is built on his career: the penalties and the abuse. He is'
        ' careful not to name the managers. Mostly.\n\n"I gave a penalty against one famous'
        ' club" - he says, grinning - "and their manager came into my dressing room."',
        "Desmond Achterberg",
        quote="I gave a penalty",
        id="a-run-of-sentences-about-him-keeps-him-in-reach",
    ),
    case(
        "Dr. Michael Grant, an endocrinologist at Dalton State, was cautious. Elena Ferrer, the"
        ' lead author, laughed.\n\nThe endocrinologist was less conflicted. "I eat at six. My'
        ' kids think I am a hundred years old."',
        "Michael Grant",
        id="the-endocrinologist-is-a-role",
    ),
    case(
        "Hong Pham, who owns Pham's Nail Spa on Commerce Street, said her business was broken"
        ' into three times. Thieves took a cash register.\n\n"A space heater. Who steals a'
        ' space heater?" she said.',
        "Hong Pham",
        id="a-name-that-said-her-after-a-relative-clause-is-a-person",
    ),
    case(
        "Ozark Valley Electric Cooperative crews restored power to 4,000 homes.\n\nThe"
        ' cooperative said in a news release that customers should report outages "by phone'
        ' or through the app rather than by calling 911."',
        "Ozark Valley Electric Cooperative",
        id="the-cooperative-speaks-not-that-customers",
    ),
    case(
        "Javier Montalban in Brussels and Harriet Coombe in London\n\nThe European Commission"
        " has opened a formal investigation into Orrin.\n\nIn a formal notice, the commission"
        " said it had 'concerns that the integration may deprive customers of a choice'.",
        "European Commission",
        id="the-commission-is-named-within-its-line",
    ),
    case(
        "Scientists at the Northern Reef Research Institute surveyed the reef.\n\nDivers"
        " photographed the reef along fixed transects.\n\nThe institute said in its report"
        ' that the pattern was "consistent with a reef that remains resilient."',
        "Northern Reef Research Institute",
        id="the-institute-and-not-divers",
    ),
    case(
        "Hamid Farouqi, a night clerk at the store, was killed in 2019.\n\nThe store's current"
        " night clerk, who started a year after the killing, said he thinks about Farouqi most"
        ' nights. "Everybody tells me a story about him," the clerk said.',
        "the clerk",
        id="the-clerk-introduced-by-a-possessive-is-not-the-one-named-before",
    ),
    case(
        "Patient groups welcomed the results. The Migraine Alliance said the trial showed"
        ' that migraine was "finally being taken seriously."\n\nOne trial participant, a'
        ' 41-year-old teacher from Bergen, said she had been skeptical. "I had tried'
        ' everything," she said.',
        "One trial participant",
        quote="I had tried everything",
        id="an-alliance-is-a-body-and-no-she",
    ),
    case(
        "On the picket line, a crane operator of 22 years held a flask of tea. He said he had"
        ' voted for the strike reluctantly.\n\n"I have a mortgage and two kids. Nobody walks'
        ' out for fun," he said. The crane operator, Neil Bradbury, said the mood was firm.',
        "Neil Bradbury",
        quote="mortgage",
        id="an-unnamed-speaker-named-later-with-a-modifier",
    ),
    case(
        'Moscow dismissed the report. "This is yet another fabrication," the foreign ministry'
        " said.",
        "the foreign ministry",
        id="the-foreign-ministry-is-not-the-capital",
    ),
    case(
        "Drummer Augie Falcone, another bandmate, remembered a 1982 tour. Falcone said the "
        'night summed up the man.\n\n"He played that rented horn like he owned it."',
        "Augie Falcone",
        id="a-surname-that-said-something-makes-the-full-name-a-person",
    ),
    case(
        "Goldman Sachs raised its forecast on Monday.\n\n"
        '"We see a soft landing," the bank wrote in a note.',
        "Goldman Sachs",
        id="a-body-named-by-its-first-word-is-no-person",
    ),
    case(
        '"I saw the ball well," Mateo Arroyo said.\n\n'
        "Asked whether he planned to tease his brother, Mateo shook his head.\n\n"
        '"Not tonight. Maybe at Thanksgiving."',
        "Mateo Arroyo",
        quote="Not tonight",
        id="a-quote-paragraph-answers-the-question-the-paragraph-before-put",
    ),
    case(
        'Coach Harlan Pruett was blunt. "We did not defend," Pruett said.\n\n'
        'Another reporter pressed him on the first half. "Was that effort or execution?" the '
        'reporter asked.\n\n"Both. Next question."',
        "Harlan Pruett",
        quote="Both",
        id="a-reporters-question-is-answered-by-the-person-last-quoted",
    ),
    case(
        "Sheriff Marlon Tuttle recorded a video message for residents on Friday morning.\n\n"
        '"If you do not have to drive, please do not drive."',
        "Marlon Tuttle",
        id="a-paragraph-after-a-recorded-message-is-the-message",
    ),
    case(
        'Sen. Ann Cole released a statement on Friday.\n\n"We are saddened by the loss."',
        "Ann Cole",
        id="a-paragraph-after-a-released-statement-is-the-statement",
    ),
    case(
        "Residents should boil water for one minute, according to the county health "
        'department. "If you are not sure whether your water is safe, treat it as if it is '
        'not," according to guidance the department posted on its website.',
        None,
        quote="If you are not sure",
        id="a-quote-naming-its-own-source-takes-no-speaker-from-the-sentence-before",
    ),
    case(
        "Picket lines went up shortly after midnight, as workers waved signs reading "
        '"Fair Share Now" and drivers honked.',
        "workers",
        id="a-sign-reading-is-its-holders-not-the-sentence-openers",
    ),
    case(
        '"Sales fell 6%," Lorraine Mbeki, the chief executive, said.\n\n'
        '"Where is that gap coming from?" asked Brendan Tolliver, an analyst at Harwick '
        'Securities.\n\n"Mostly from the builder channel."',
        "Lorraine Mbeki",
        quote="Mostly",
        id="the-answer-to-a-named-askers-question-is-not-the-askers",
    ),
    case(
        "Marcus Bell, a former Air Force general, told senators he would review the budget.\n\n"
        '"Yes, senator. Without exception," Bell replied.\n\n'
        "Sen. Dana Ruiz turned to housing on bases. "
        '"How will you fix the barracks?" Dana Ruiz asked.\n\n'
        '"Start with the mould. Then the heating."',
        "Marcus Bell",
        quote="Start with the mould",
        id="answer-to-a-named-asker-goes-to-whoever-answered-last",
    ),
    case(
        'Quenby Mallory said the bakery would close in May. "The rent beat us," she said.',
        "Quenby Mallory",
        quote="The rent beat us",
        id="unlisted-given-name-before-a-surname-that-is-also-a-given-name",
    ),
    case(
        'Trish Mallory said the shop would close. "Thank you for every coffee," she wrote.',
        "Trish Mallory",
        quote="Thank you",
        id="diminutive-given-name-shows-a-person-for-her-pronoun",
    ),
    case(
        "The ferry will resume sailings by April, officials said on Tuesday. "
        '"The ramp is safe for cars," they said in a briefing.',
        "officials",
        quote="The ramp is safe",
        id="they-after-a-plural-cue-closing-the-sentence-with-a-day",
    ),
    case(
        "The Department of Transport said it had no plans to reopen the branch line. "
        'Asked about the petition, it said: "We will respond in due course."',
        "Department of Transport",
        quote="We will respond",
        id="it-after-an-asked-opening-is-the-body-of-the-sentence-before",
    ),
    case(
        "Crown attorney Renata Holm questioned Amira Castell for most of the morning.\n\n"
        "Holm asked Castell whether she had seen the driver's face. "
        'She said she had seen it "for a second, maybe two."',
        "Amira Castell",
        quote="for a second",
        id="answer-after-a-reported-question-is-the-one-asked",
    ),
    case(
        "Gavin and Priya Holloway had saved for eight years for the trip.\n\n"
        '"We got as far as the gate," they said.',
        "Gavin and Priya Holloway",
        quote="We got as far",
        id="they-after-a-couple-opening-the-sentence-before",
    ),
    case(
        "Host Lena Park spoke with the novelist Tomas Brandt on stage.\n\n"
        "Park asked him what the war had taught him.\n\n"
        '"That nobody wins the peace," he said.',
        "Tomas Brandt",
        quote="nobody wins the peace",
        id="answer-after-asked-him-is-the-one-asked",
    ),
    case(
        "Retired docker Harold Penhale remembers the last ship to leave the yard.\n\n"
        "'We stood on the quay and nobody said a word.\n\n"
        "'Then somebody started singing, and we all joined in.'",
        "Harold Penhale",
        quote="We stood on the quay",
        id="british-single-marks-only-quotation-after-a-paragraph-about-its-speaker",
    ),
    case(
        "The council's leader declined to be interviewed, but the council issued a short "
        'statement. "We are reviewing the findings carefully," it said.',
        "the council",
        quote="We are reviewing",
        id="it-after-a-body-in-the-sentence-s-coordinate-clause",
    ),
    case(
        "The hustings ended badly.\n\n"
        '"You voted to close the ward," Nerys Pryce told her opponent.\n\n'
        '"I voted for the budget. There is a difference," Owen Tallis replied.\n\n'
        '"Not to the families who lost it."',
        "Nerys Pryce",
        quote="Not to the families",
        id="uncued-rejoinder-after-a-reply-is-the-first-speaker-s",
    ),
    case(
        "Outside City Hall, the Tenants First Coalition, which says it speaks for 4,000 "
        "renters, said the ruling was \u201ca betrayal of every family on the list\u201d.",
        "Tenants First Coalition",
        id="opening-preposition-phrase-is-no-subject",
    ),
    case(
        "Responding, the party's deputy leader, Ama Kwarteng-Ellis, described the claim as "
        "\u201cnonsense from start to finish\u201d.",
        "Ama Kwarteng-Ellis",
        id="opening-participle-alone-is-no-name",
    ),
    case(
        "Speaking on BBC Radio Leeds, the union's regional organiser, Carl Pennock, said "
        "staff were \u201cexhausted and angry\u201d.",
        "Carl Pennock",
        id="programme-in-opening-participle-phrase",
    ),
    case(
        "Opposition Leader Dana Whitfield said the budget was built on guesswork.\n\n"
        "\u201cEvery family will pay for this,\u201d the Opposition Leader said.",
        "Dana Whitfield",
        id="capitalised-office-after-its-holder",
    ),
    case(
        "Sir Colin Prowse, the MP for Wealdmoor, is leading the rebellion. Nadia Ferrante, "
        "who won Harrowgate West in July, backs the minister.\n\n\u201cWe were elected to "
        "build,\u201d the Harrowgate West MP said.",
        "the Harrowgate West MP",
        id="capitalised-office-of-another-seat",
    ),
    case(
        "Officials based in Ottawa said the plan was \u201cdead on arrival.\u201d",
        "Officials",
        id="past-participle-place-is-not-the-subject",
    ),
    case(
        "Merrow On Budget Cuts: \u2018We Will Not Close One Library\u2019\n\nBy Staff\n\nThe "
        "city council met on Tuesday to vote on the budget.",
        "Merrow",
        id="headline-speaker-on-a-topic",
    ),
    case(
        "Union Organizer Says Sen. Carla Fenwick Has Gone \u2018Full Lobbyist\u2019\n\nThe "
        "31-year-old organizer is betting on turnout in the spring primary.",
        None,
        id="title-case-says-is-the-verb-not-the-name-after",
    ),
    case(
        "Cross-examining, Rupert Vance KC asked the witness, Dr Ilse Marwick: \u2018Were the "
        "forms ever signed while you were away?\u2019\n\n\u2018Not that I recall,\u2019 the "
        "doctor replied.\n\n\u2018Not that you recall. Is that the same as no?\u2019\n\n\u2018It "
        "is the same as no.\u2019",
        "Ilse Marwick",
        "It is the same as no",
        id="uncued-answer-to-an-uncued-question",
    ),
    case(
        "Odile Vantongeren-Beck won the primary in 2021.\n\nThe Vantongeren-Beck campaign sent "
        'supporters a fund-raising email. "We beat the machine once," the email read.',
        "the email",
        id="a-name-modifying-campaign-is-not-the-person",
    ),
    case(
        "Critics of the plan spoke first, said Dana Whitcombe, who chairs the board. On "
        'Tuesday, Mayor Ruth Okonjo endorsed it, citing its "careful costing," "sound '
        'phasing" and its reach.',
        "Ruth Okonjo",
        "sound phasing",
        id="quoted-list-after-a-comma-keeps-its-cue",
    ),
    case(
        '"I have shopped there for years," said Mary Whitacre, 71.\n\n'
        "Inside, a store cashier who asked not to be named said staff had learned of the "
        'deal from a text message at 6 a.m. "Everybody is asking the same thing," she said.',
        "a store cashier",
        quote="Everybody",
        id="time-before-quote-ends-sentence",
    ),
    case(
        "Gwendolyn Sauvage, 71, lives across the street. Jeremias Marchetti, the defense "
        "attorney, questioned her for an hour on Wednesday.\n\n"
        '"I do not need glasses to see headlights," she said.',
        "Gwendolyn Sauvage",
        quote="headlights",
        id="less-common-given-name-gender",
    ),
    case(
        "Defense attorney Leopold Marchetti asked the witness about the car.\n\n"
        '"So it could have been anybody\'s car," the lawyer said.',
        "Leopold Marchetti",
        quote="anybody",
        id="lawyer-for-attorney",
    ),
    case(
        "Marjorie Boutin, 67, drove her husband to the hospital with chest pains in March. "
        "He had a heart attack in the waiting room.\n\n"
        '"If that door had been locked, I would be a widow," the 67-year-old grandmother said.',
        "Marjorie Boutin",
        quote="widow",
        id="age-before-epithet-names-her",
    ),
    case(
        "Ernie Labrecque moved to the lake after he retired. Labrecque said the smoke this "
        'summer had been the worst in years.\n\n"I have never seen it like this," the retired '
        "logger said.",
        "Ernie Labrecque",
        quote="never seen",
        id="new-role-in-second-reference-after-speaking",
    ),
    case(
        "Hollis Brandauer was asked about police violence during the debate.\n\n"
        '"Cases of excessive force have been exposed for years," the moderator said.',
        "the moderator",
        quote="excessive force",
        id="role-of-someone-else-after-a-person-asked",
    ),
    case(
        "Janice Oolakta, the city's director of public works, told council the reservoir "
        "held about 60 per cent of what it normally holds.\n\n"
        '"We cannot pump our way out of a summer with no rain," the public works director said.',
        "Janice Oolakta",
        quote="pump our way",
        id="new-role-after-an-aside-and-told",
    ),
    case(
        "In Tokyo, Defense Minister Hayato Kurobane told reporters the missile had landed "
        'outside the zone. "This is a serious threat," he said.\n\n'
        "A military official said the flight pattern suggested the North could evade "
        'defenses. "It pulled up, then dived," he said.',
        "A military official",
        quote="pulled up",
        id="pronoun-chain-broken-by-unnamed-speaker",
    ),
    case(
        'Captain Eleuterio Banlaoi told reporters in Manila. "You can see the water hit the '
        'wheelhouse," he said.\n\nA crewman told a radio station that the jet of water had '
        'thrown him against a rail. "I thought we would capsize," he said.',
        "A crewman",
        quote="capsize",
        id="crewman-unnamed-speaker",
    ),
    case(
        "Spokeswoman Madison Kerrigan-Hale said the tariffs would bring jobs home.\n\n"
        "A U.S. trade official, who was not authorized to speak publicly, said Washington "
        'was open to exemptions. "A deal is possible here," the official said.',
        "the official",
        quote="deal is possible",
        id="unnamed-official-with-initials-introduced",
    ),
    case(
        "The winchman, Lewis Grisewood, is a former paratrooper who has done the job for "
        'nine years.\n\n"You do not get a lot of time over a ridge like that," the winchman said.',
        "Lewis Grisewood",
        quote="over a ridge",
        id="description-named-in-apposition-earlier",
    ),
    case(
        "The clerk, Hamid Farouk, had worked the overnight shift for six years.\n\n"
        "The store's current night clerk, who started a year after the killing, said he "
        'thinks about Farouk most nights. "I never met him," the clerk said.',
        "The store's current night clerk",
        quote="never met him",
        id="description-named-earlier-then-someone-new",
    ),
    case(
        "Evelyn Magnard turned 100 on Sunday, surrounded by four generations of her family "
        'at the legion hall.\n\n"I never expected to see this many people," the centenarian said.',
        "Evelyn Magnard",
        quote="this many people",
        id="centenarian-epithet",
    ),
    case(
        '"I have never had a lease longer than 12 months."\n\nThat was how Carmen Dizaro, a '
        "tenant organizer, began her deputation to council on Tuesday.",
        "Carmen Dizaro",
        quote="lease longer",
        id="that-was-how-name-began-her-speech",
    ),
]

# --- 5. web-page debris ------------------------------------------------------------

DEBRIS = [
    case(
        'Premier Doug Ford said the province "will not back down."\n\nREAD MORE:\n\n'
        "'We are at a breaking point': Bus drivers describe long shifts",
        NOT_QUOTE,
        quote="breaking point",
        id="headline-under-a-label-line-with-a-colon",
    ),
    case('Tags: "housing crisis", "rent control"', NOT_QUOTE, id="tags-line"),
    case('Don’t miss: "The 10 best patios in Ottawa this summer"', NOT_QUOTE, id="dont-miss-line"),
    case(
        "Mayor Ann Ruiz says she will fight the plan.\n\nRelated Stories\n"
        "'We are not done,' Ruiz says after council vote\n"
        "Province's bike lane law faces court challenge",
        NOT_QUOTE,
        quote="We are not done",
        id="a-headline-listed-under-related-stories",
    ),
    case(
        "Mayor Ann Ruiz says she will fight the plan.\n\nRead more\n"
        "Province's bike lane law faces court challenge\n"
        '• "Bike lanes save lives," advocates say',
        NOT_QUOTE,
        quote="Bike lanes",
        id="a-bulleted-headline-further-down-the-list",
    ),
    case(
        "Related Stories\nProvince's bike lane law faces court challenge\n\n"
        'The mayor spoke on Monday. "We are not done," Mayor Ann Ruiz said.',
        "Ann Ruiz",
        quote="We are not done",
        id="the-article-after-the-list-is-the-article",
    ),
    case(
        'By Sarah Chen\n\nThe road has been closed since Monday.\n\n"It is a disaster," she said.',
        None,
        id="she-is-not-the-reporter-of-the-byline",
    ),
    case(
        "Tom Hale was charged on Monday.\n\n— Sarah Chen (@sarahchen) December 1, 2026\n\n"
        '"We will appeal," she said.',
        None,
        id="she-is-not-the-author-of-an-embedded-post",
    ),
    case(
        'By Monday, Ann Ruiz had resigned.\n\n"It is over," she said.',
        "Ann Ruiz",
        id="a-sentence-opening-with-by-is-no-byline",
    ),
    case(
        'HOME | NEWS | CANADA | "Ottawa unveils housing plan"\n\nThe plan was unveiled on Monday.',
        NOT_QUOTE,
        id="a-breadcrumb-line",
    ),
    case(
        'Sports | Weather | Traffic | "Leafs fans react to loss"\n\n"It hurts," one fan said.',
        NOT_QUOTE,
        id="a-menu-line",
    ),
    case(
        'The vote was 5 | 4 in favour, and Mayor Ann Ruiz said "we won | fair and square."',
        "Ann Ruiz",
        id="bars-inside-a-sentence-are-no-menu",
    ),
    case(
        'Protesters hold a sign that reads "Stop the cuts" outside the legislature on Monday. '
        "(Evan Mitsui/CBC)",
        NOT_QUOTE,
        id="caption-ending-in-credit",
    ),
    case(
        "Click to play video: 'Ottawa announces \"new measures\" for renters'",
        NOT_QUOTE,
        id="click-to-play-video",
    ),
    case(
        '"It is close," Smith said of the poll (CNN/ORC)',
        "Smith",
        id="poll-credit-is-not-a-caption",
    ),
    case(
        'WATCH | "I lost everything": Flood victims speak out',
        NOT_QUOTE,
        id="watch-pipe-line",
    ),
    case(
        'RELATED: Council votes to ban "renovictions"',
        NOT_QUOTE,
        id="related-scare-word",
    ),
    case(
        "READ MORE: 'We will fight this': Residents vow to block pipeline",
        NOT_QUOTE,
        id="read-more-single-quotes",
    ),
    case(
        'Photo: Premier Danielle Smith says "Alberta first" at rally. (Jeff '
        "McIntosh/The Canadian Press)",
        NOT_QUOTE,
        id="photo-label-caption",
    ),
    case(
        'The Canadian Press\nPublished Jan. 5, 2024 3:45 p.m. EST\n\n"We are '
        'ready," said Diane Whitfield.',
        "Diane Whitfield",
        id="quote-after-agency-timestamp",
    ),
    case(
        'READ MORE: Mayor says "no new taxes" in this year\'s budget',
        NOT_QUOTE,
        id="read-more-line",
    ),
    case('WATCH: "We will rebuild," mayor vows after flood', NOT_QUOTE, id="watch-line"),
    case(
        'RELATED: "A perfect storm": how the housing crisis grew',
        NOT_QUOTE,
        id="related-line",
    ),
    case('LISTEN: "It was a miracle," survivor says', NOT_QUOTE, id="listen-line"),
    case(
        'Supporters hold signs reading "Stop the cuts" at a rally in Toronto on Saturday. '
        "(Photo: Dana Kim/The Canadian Press)",
        NOT_QUOTE,
        id="photo-caption-credit",
    ),
    case(
        'Also on Newsline: "The best of the week" in pictures',
        NOT_QUOTE,
        id="also-on-line",
    ),
    case(
        'READ MORE:\n\n"We are ready," said Diane Whitfield.',
        "Diane Whitfield",
        id="quote-after-label-line",
    ),
    case(
        "By Dana Kim | Published 3:45 p.m. ET Jan. 5, 2024\n\n"
        '"We are ready," said Diane Whitfield.',
        "Diane Whitfield",
        id="quote-after-byline",
    ),
    case(
        '"We will fight this," Mayor Ana Ruiz said.\n\n'
        "Story continues below advertisement\n\n"
        '"And we will win."',
        "Ana Ruiz",
        quote="we will win",
        id="furniture-line-between-speaker-and-her-next-paragraph",
    ),
    case(
        '"It is a big step," Ruiz said.\n\n'
        "(Photo by Dana Kim/The Canadian Press)\n\n"
        '"We are proud of it."',
        "Ruiz",
        quote="proud of it",
        id="photo-credit-between-speaker-and-her-next-paragraph",
    ),
    case(
        "The council met on Monday.\n\n"
        "Story continues below advertisement\n\n"
        '"We are proud of it."',
        None,
        quote="proud of it",
        id="furniture-line-after-paragraph-without-speech",
    ),
    case(
        'VIDEO: "I just ran," witness describes escape',
        NOT_QUOTE,
        id="video-line",
    ),
    case(
        "Premier Doug Fordham speaks at a news conference in Toronto on Monday. "
        '"We will not back down," he said. THE CANADIAN PRESS/Dana Kim',
        NOT_QUOTE,
        id="caption-with-agency-credit",
    ),
    case(
        'Click here to subscribe to "The Morning Brief" newsletter.',
        NOT_QUOTE,
        id="subscribe-line",
    ),
    case(
        'ADVERTISEMENT\n\n"We are ready," said Diane Whitfield.',
        "Diane Whitfield",
        id="quote-after-advertisement",
    ),
    case(
        'READ MORE: Ottawa mayor calls budget "balanced"\n\nMayor Jen Ito said on Tuesday that '
        "taxes would not rise.",
        NOT_QUOTE,
        "balanced",
        id="read-more-headline-quote",
    ),
    case(
        'WATCH: Premier says deal is "close"\n\nPremier Dave Hollis said talks continue.',
        NOT_QUOTE,
        "close",
        id="watch-headline-quote",
    ),
    case(
        'RELATED: "It\'s a mess": Residents react to flooding',
        NOT_QUOTE,
        "mess",
        id="related-quote-first",
    ),
    case(
        'Firefighters battle a blaze on Main Street on Monday. (Jane Doe/CBC)\n\n"It spread '
        'fast," said Chief Dan Morrow.',
        "Dan Morrow",
        "spread fast",
        id="caption-credit-then-quote",
    ),
    case(
        'By Jane Doe, The Canadian Press\nPosted Jan 5, 2026 10:14 am EST\n\n"We are ready," '
        "said Mayor Jen Ito.",
        "Jen Ito",
        id="byline-timestamp-then-quote",
    ),
    case(
        'Sign up for our newsletter: "The Morning Brief"',
        NOT_QUOTE,
        "Morning Brief",
        id="newsletter-signup",
    ),
    case(
        'Also on Global News: "We were terrified": Survivors describe crash',
        NOT_QUOTE,
        "terrified",
        id="also-on-site",
    ),
    case(
        'LISTEN | "We need more nurses," says Ontario nurses\' union head',
        NOT_QUOTE,
        "nurses",
        id="listen-pipe",
    ),
    case(
        'Trending Now: "Worst winter in decades" predicted for Prairies',
        NOT_QUOTE,
        "Worst winter",
        id="trending-now",
    ),
    case(
        'Click here to read "The Long Road Home," our series on housing.',
        NOT_QUOTE,
        "Long Road Home",
        id="click-here-series",
    ),
    case(
        'Story continues below advertisement\n\n"We need help now," said Mayor Dan Kovacs.',
        "Dan Kovacs",
        id="story-continues-below-ad",
    ),
    case(
        'Share this item on Facebook\n\n"It\'s about time," said Ruth Ames.',
        "Ruth Ames",
        id="share-item-line",
    ),
    case(
        'Video: "Devastating": Wildfire destroys homes near Kelowna',
        NOT_QUOTE,
        "Devastating",
        id="video-label-headline",
    ),
    case(
        'Photo: A firefighter works near "the hot zone" on Tuesday. (Getty Images)',
        NOT_QUOTE,
        "hot zone",
        id="photo-caption-getty",
    ),
    case(
        'Image: Protesters hold a "Stop the Sale" sign outside the legislature.',
        NOT_QUOTE,
        "Stop the Sale",
        id="image-caption-label",
    ),
    case(
        'Photo by Jane Ruiz\n\n"We lost everything," said Tom Baker, whose home burned.',
        "Tom Baker",
        id="photo-by-line-then-quote",
    ),
    case(
        'ADVERTISEMENT\n\n"It is a relief," said Tom Baker.',
        "Tom Baker",
        id="advertisement-line-then-quote",
    ),
    case(
        'Related Stories\n"Nobody told us": Tenants blindsided by rent hike\n\n"We found out on '
        'Facebook," said tenant Ana Silva.',
        "Ana Silva",
        "Facebook",
        id="related-stories-block",
    ),
    case(
        'Copyright 2026 The Associated Press. All rights reserved.\n\n"We are ready," Ito said.',
        "Ito",
        id="copyright-line-then-quote",
    ),
    case(
        'Updated: 3:45 p.m. ET\n\n"We are ready," Ito said.',
        "Ito",
        id="updated-timestamp-then-quote",
    ),
    case(
        'BREAKING NEWS: "We are leaving the coalition tonight."',
        None,
        id="capitals-label-colon-is-no-speaker",
    ),
    case(
        'QUOTE OF THE DAY: "Never waste a good crisis."',
        None,
        id="capitals-label-of-the-day-is-no-speaker",
    ),
    case(
        'Image caption, Protesters hold a banner reading "Hands off our NHS"\n\nThe march was'
        " peaceful.",
        NOT_QUOTE,
        id="bbc-image-caption-comma",
    ),
    case(
        'Click here to read "How the heist unfolded", our full investigation.',
        NOT_QUOTE,
        id="click-here-link-line",
    ),
    case(
        'Updated at 18.04 BST: adds "no comment" from Downing Street',
        NOT_QUOTE,
        id="update-timestamp-line",
    ),
    case(
        '"Six months sober today. Thank you for sticking with me"\n\nA post shared by Tilly'
        " Vance (@tillyvance)",
        "Tilly Vance",
        id="instagram-embed-credit-signs-the-post",
    ),
    case(
        "About an hour into the hearing, a protester in the back of the room stood and "
        'shouted, "No more wars for profit!"',
        "a protester",
        id="an-opening-phrase-of-time-is-no-speaker",
    ),
    case(
        'Minutes later, the senator stood and shouted, "No more wars!"',
        "the senator",
        id="minutes-later-opens-a-phrase-not-a-name",
    ),
    case(
        "WASHINGTON, June 12 (Crestline News) — The Federal Reserve left its benchmark rate "
        "unchanged on Wednesday, saying it needed “greater confidence” that inflation was "
        "moving toward its goal.",
        "Federal Reserve",
        id="a-wire-dateline-with-date-and-agency-is-no-speaker",
    ),
    case(
        "The count ended at 4 a.m., she said.\n\n"
        'Also on Fen & Fell: "The last ferryman of Loch Ard"',
        NOT_QUOTE,
        quote="The last ferryman",
        id="also-on-a-site-whose-name-holds-an-ampersand",
    ),
    case(
        'In this article: "The first call" · "Eleven minutes"\n\nResponse times rose again.',
        NOT_QUOTE,
        quote="Eleven minutes",
        id="in-this-article-contents-line",
    ),
    case(
        'Opinion | "Why I am voting no on Thursday", by Alastair Pengelly\n\nPolls open at 7.',
        NOT_QUOTE,
        quote="Why I am voting",
        id="opinion-label-with-a-bar",
    ),
    case(
        "Kochi, Aug 9 (PTI) The High Court on Friday sought the state's reply on a plea, "
        'observing that flood relief "cannot wait for paperwork".',
        "The High Court",
        id="agency-dateline-without-a-dash",
    ),
    case(
        'NEW DELHI: The ministry on Monday rejected the report, calling it "baseless and '
        'mischievous".',
        "The ministry",
        id="dateline-with-a-colon",
    ),
    case(
        "Wynne Aldous, 71, fled with her cat.\n\n'It came over the ridge like a train,' Mrs "
        "Aldous told reporters.\n\nWhat is left of a house on Quarry Road, Tembley. Picture: "
        "Coast Wire / Darcy Pettigrew\n\n'Fifty years we were in that house,' she said.",
        "Wynne Aldous",
        "Fifty years",
        id="photographer-in-a-picture-credit-is-no-antecedent",
    ),
]

# --- 6. not speech -----------------------------------------------------------------

NOT_SPEECH = [
    case(
        'Officials have stopped using the phrase "hundred-year flood," Denise Arsenault said.',
        Skip("term"),
        id="a-short-term-stays-a-term-beside-a-cue",
    ),
    case(
        'The likely culprit is a phenomenon called "differential nonresponse." Polls miss it.',
        Skip("term"),
        id="a-thing-called-names-it",
    ),
    case(
        "Wright, a close aide, coined the term ''bimbo eruptions'' in describing the rumours.",
        Skip("term"),
        id="term-coined",
    ),
    case(
        'She maneuvered around the charged term, "radical Islam," which critics want used.',
        Skip("term"),
        id="term-after-a-comma",
    ),
    case(
        'He had one word for the deal: "disgusting."',
        None,
        id="a-word-given-after-a-colon-is-speech",
    ),
    case(
        'He wrote an op-ed titled "Why Ontario needs nuclear" for the Toronto Star last year.',
        Skip("title"),
        id="sentence-case-title-after-titled",
    ),
    case(
        'He wrote in his column, "We must act now."',
        None,
        id="words-after-a-work-noun-and-comma-are-speech",
    ),
    case(
        '"The Morning Show" host Jeff McArthur asked the mayor about the plan.',
        Skip("title"),
        id="a-show-named-before-its-host",
    ),
    case(
        'The party launched a "Stronger Together" campaign on Monday.',
        Skip("title"),
        id="a-campaign-named-before-the-noun",
    ),
    case(
        '"We are ready" said Jeff McArthur on Monday.',
        "Jeff McArthur",
        id="speech-missing-its-comma-before-said",
    ),
    case(
        'Her novel "The Quiet Hours" won the Giller Prize.',
        Skip("title"),
        id="novel-title",
    ),
    case(
        'Wayne "The Great One" Gretzky attended the game.',
        Skip("nickname"),
        id="nickname-inside-name-2",
    ),
    case(
        'The so-called "tiny homes" will house 50 people.',
        Skip("term"),
        id="so-called-plural",
    ),
    case(
        'The so-called "freedom convoy" arrived in Ottawa on Friday.',
        Skip("term"),
        id="so-called",
    ),
    case(
        'She appeared on "Meet the Press" on Sunday.',
        Skip("title"),
        id="tv-show-title",
    ),
    case(
        'His memoir, "A Long Way Home", sold a million copies.',
        Skip("title"),
        id="memoir-title",
    ),
    case(
        'Tickets for the film "Oppenheimer" sold out.',
        Skip("title"),
        id="one-word-film-title",
    ),
    case(
        'Dwayne "The Rock" Johnson hosted the show.',
        Skip("nickname"),
        id="nickname-inside-name",
    ),
    case(
        'The man known as "El Chapo" was extradited in 2017.',
        Skip("nickname"),
        id="known-as-nickname",
    ),
    case(
        'He used the word "unprecedented" four times in the speech.',
        Skip("term"),
        id="word-as-word",
    ),
    case(
        'The term "affordable housing" means different things to different people.',
        Skip("term"),
        id="term-as-term",
    ),
    case(
        'The "reforms" left thousands without coverage.',
        Skip("scare_quote"),
        id="scare-quote",
    ),
    case(
        'Critics dubbed the plan "Fordcare".',
        Skip("nickname"),
        id="dubbed-nickname",
    ),
    case(
        'The ship, "Northern Star", docked in Halifax.',
        Skip("title"),
        id="ship-name-title-case",
    ),
    case(
        'Her song "Blue Water" topped the charts.',
        Skip("title"),
        id="song-title",
    ),
    case(
        'Speaking on CTV\'s "Question Period," Reyes said the report was false.',
        Skip("title"),
        id="programme-after-broadcaster-possessive",
    ),
    case(
        'The fee was $2 million, according to "Man of the Hour," a book by Tom Reyes.',
        Skip("title"),
        id="title-then-work-noun-appositive",
    ),
    case(
        '"We did not expect that," she wrote in her memoir, "Hard Roads."',
        Skip("title"),
        quote="Hard Roads",
        id="memoir-title-after-cue",
    ),
    case(
        'The 30-second spot, titled "Reckless," features a newspaper report on the mayor.',
        Skip("title"),
        id="one-word-title-after-titled",
    ),
    case(
        'Ruiz, who goes by "Annie," said she was relieved.',
        Skip("nickname"),
        id="nickname-after-goes-by",
    ),
    case(
        'He was known to friends as "Bud."',
        Skip("nickname"),
        id="nickname-known-to-friends-as",
    ),
    case(
        'Ana Ruiz, the city\'s "chief happiness officer," said morale was up.',
        Skip("title"),
        id="quoted-role-in-appositive",
    ),
    case(
        'Tom Reyes, a self-described "news junkie," spoke first.',
        Skip("title"),
        id="self-described-term-in-appositive",
    ),
    case(
        'In a memo, Ortiz called the firm "Bill Clinton Inc." and left.',
        "Ortiz",
        id="called-thing-title-case-is-speech",
    ),
    case(
        'The levy is what critics called "The Big Grab."',
        "critics",
        id="what-speaker-called-title-case-is-speech",
    ),
    case(
        'Ortiz called his new memoir "The Long Road Home."',
        Skip("title"),
        id="called-work-noun-stays-title",
    ),
    case(
        'The so-called "freedom convoy" arrived in Ottawa in late January.',
        Skip("term"),
        id="so-called-convoy",
    ),
    case(
        'Her new book, "Northern Lights," comes out in May.',
        Skip("title"),
        id="book-title-appositive",
    ),
    case(
        'Tickets for "Hamilton" sold out within an hour.',
        Skip("title"),
        id="musical-title-no-work-noun",
    ),
    case(
        'The word "unprecedented" appears 14 times in the report.',
        Skip("term"),
        id="word-appears-in-report",
    ),
    case(
        'Locals call the intersection "Malfunction Junction."',
        Skip("title"),
        id="locals-call-place",
    ),
    case(
        'He watched "Hockey Night in Canada" every Saturday.',
        Skip("title"),
        id="tv-show-title-case",
    ),
    case(
        'Police said the man, known on the street as "Shorty," was 41.',
        Skip("nickname"),
        id="known-on-street-as",
    ),
    case(
        'The term "carbon tax" polls badly in rural ridings.',
        Skip("term"),
        id="term-polls-badly",
    ),
    case('The plan has been criticized as a "cash grab."', None, id="passive-criticized-as-blank"),
    case(
        'Residents of the "Bridle Path" enclave objected.',
        Skip("title"),
        id="place-name-title-case",
    ),
    case(
        'She starred in "The Last Winter," a 2019 film shot in Yukon.',
        Skip("title"),
        id="film-title-then-work-noun",
    ),
    case(
        'The "Made in Canada" label will be required on all dairy products.',
        Skip("title"),
        id="label-title-case",
    ),
    case('They sang "O Canada" before the game.', Skip("title"), id="anthem-sang"),
    case(
        'The ministry launched its "Buy Local" campaign on Monday.',
        Skip("title"),
        id="campaign-name-title-case",
    ),
    case('Ottawa\'s "ArriveCAN" app cost $54 million.', Skip("title"), id="app-name-one-word"),
    case('The band played "Bohemian Rhapsody" as an encore.', Skip("title"), id="song-played"),
    case('The episode, titled "Ice Road," airs Sunday.', Skip("title"), id="episode-titled"),
    case(
        'Critics have dubbed the project the "bridge to nowhere."',
        "Critics",
        id="dubbed-project-lower-case-is-speech",
    ),
    case(
        'The so-called "pink tax" adds up over a lifetime.',
        Skip("term"),
        id="so-called-pink-tax",
    ),
    case(
        'The team, nicknamed the "Comeback Kids," won again.', Skip("nickname"), id="nicknamed-team"
    ),
    case('He signed off every letter with "Cheers."', None, id="signed-off-with-is-speech-blank"),
    case(
        'The "Jane Doe" in the case has not been identified.',
        Skip("title"),
        id="jane-doe-placeholder",
    ),
    case('Police are calling it a "targeted" attack.', "Police", id="police-calling-it-is-police"),
    case(
        'The acronym "NIMBY" stands for "not in my backyard."',
        Skip("title"),
        "NIMBY",
        id="acronym-stands-for",
    ),
    case(
        'What exactly counts as "affordable" housing remains unclear.',
        Skip("scare_quote"),
        id="counts-as-term",
    ),
    case(
        'She wrote the bestseller "The Quiet Year" in 2011.',
        Skip("title"),
        id="wrote-the-bestseller",
    ),
    case('The film "Ice Fishing" premiered at TIFF.', Skip("title"), id="film-premiered"),
    case(
        'The letters "RIP" were spray-painted on the wall.',
        Skip("title"),
        id="letters-spray-painted",
    ),
    case('The hashtag "#NotMyPremier" trended on Tuesday.', Skip("term"), id="hashtag-trended"),
    case(
        'More than 8 million people applied for the "Canada Emergency Response Benefit."',
        Skip("title"),
        id="program-name-title-case-stop-inside",
    ),
    case(
        'Poilievre\'s "Axe the Tax" slogan has been everywhere.',
        Skip("title"),
        id="slogan-title-case",
    ),
    case(
        'The Leafs\' "Core Four" have never won a playoff series.',
        Skip("title"),
        id="team-nickname-possessive",
    ),
    case(
        'He watched every episode of "Schitt\'s Creek" twice.',
        Skip("title"),
        id="sitcom-possessive-inside",
    ),
    case(
        "Secretary of State Caroline Nakamura pressed allies to speed up deliveries to the "
        'Baltic states, warning that delays were "an invitation to miscalculation."',
        "Caroline Nakamura",
        id="plural-noun-after-proper-adjective-is-no-verb",
    ),
    case(
        'Harlow & Finch lowered its rating on the stock to "neutral" from "outperform".',
        NOT_QUOTE,
        quote="neutral",
        id="an-analysts-rating-is-a-label",
    ),
    case(
        'She rates the stock "overweight."',
        NOT_QUOTE,
        id="a-rating-the-analyst-gives-is-a-label",
    ),
    case(
        'Lumenfold\'s main product, which it calls "Ledgerline," listens to recorded calls.',
        NOT_QUOTE,
        id="a-name-a-relative-clause-gives-a-thing",
    ),
    case(
        'Falk said the company would focus on a new product, code-named "Lantern," which uses AI.',
        NOT_QUOTE,
        id="a-code-name-after-a-comma",
    ),
    case(
        'Vaccination rates are falling. The threshold for what epidemiologists call "herd'
        ' immunity" against the disease is about 95%.',
        Skip("term"),
        id="what-a-field-calls-names-a-term",
    ),
    case(
        'Dr. Ruth Ames spoke on Monday. The cuts fund what she calls "a war on nurses."',
        "Ruth Ames",
        id="what-she-calls-quotes-her",
    ),
    case(
        'Alistair MacPhee, 79, read the new book twice and pronounces its boats "about right."',
        "Alistair MacPhee",
        id="a-person-who-reads-a-book-is-no-document-speaking",
    ),
    case(
        'Needless to say, the "fact-checkers" at the usual outlets were silent on Monday.',
        None,
        id="needless-to-say-is-no-cue",
    ),
    case(
        "The latest Lakeshore College survey, released Monday, showed the mayor at 44 per cent "
        "and her rival at 41, with leads for each in the two “swing ward” districts.",
        NOT_QUOTE,
        id="term-in-a-sentence-about-a-named-body-s-survey",
    ),
    case(
        'What family doctors call "rostering" has left thousands without a physician.',
        NOT_QUOTE,
        id="field-term-with-a-modifier-before-the-plural",
    ),
    case(
        "The plan would allow homes on what housing campaigners call the 'brown fringe'.",
        NOT_QUOTE,
        id="field-term-with-the-before-the-mark",
    ),
    case(
        'Teammates called him "Moose," for his size and his patience.',
        Skip("nickname"),
        quote="Moose",
        id="name-a-plural-subject-calls-someone-is-a-nickname",
    ),
    case(
        'Critics called him "a fraud" after the vote.',
        "Critics",
        quote="a fraud",
        id="words-a-plural-subject-calls-someone-are-theirs",
    ),
    case(
        "'We're selling the herd to save the farm': Drought forces ranchers to sell\n\n"
        "By Ann Lee\n\nRanchers in the southwest are selling cows they bred for years.",
        None,
        quote="We're selling the herd",
        id="headline-thing-after-the-colon-is-no-speaker",
    ),
    case(
        'Marit Oyelaran-Fisk said the tool, known inside the company as "TriageOne," only '
        "flags claims for review.",
        NOT_QUOTE,
        id="known-inside-the-company-as-a-name",
    ),
    case(
        "A club banner reading \u201cWe believe in you, Marsh\u201d hung over the home end at "
        "full time.",
        None,
        id="banner-reading-after-a-modifier-names-no-one",
    ),
    case(
        "Trelawny-Voss, who friends still call \u2018Bunty\u2019, says the support of her "
        "family keeps her going.",
        Skip("nickname"),
        id="nickname-in-a-who-clause",
    ),
]

# --- 7. speakers are people, described people, organisations or groups ---------------

SPEAKERS = [
    case(
        "The report, titled 'Listening Too Late', said senior managers had 'repeatedly "
        "minimised' warnings from midwives.",
        None,
        quote="repeatedly minimised",
        id="said-then-a-clause-subject-is-not-an-inverted-speaker",
    ),
    case(
        'A review in the Courier, headlined "A Museum With Good Rice," called the dining room '
        '"frozen in amber."',
        None,
        quote="frozen in amber",
        id="a-naming-verb-object-after-a-title-is-no-speaker",
    ),
    case(
        '"The ceasefire is holding," said army spokesman Lt.-Col. Avi Ronen.',
        "Avi Ronen",
        id="hyphenated-military-title-is-not-a-name",
    ),
    case(
        'Locals have dubbed the road "death alley".\n\nShe said of her son: "He was my world."',
        None,
        id="a-capitalised-group-is-no-woman",
        quote="my world",
    ),
    case(
        'Residents said the road was "a death trap."',
        "Residents",
        id="residents-opening-a-sentence-are-a-group",
    ),
    case(
        'In a tweet, the MP wrote: "Shocking news from my constituency tonight."',
        "the MP",
        id="an-office-in-capitals-after-the",
    ),
    case(
        '"We had a strong year," the CEO told analysts.',
        "the CEO",
        id="the-ceo",
    ),
    case(
        'Sen. Ann Cole of Maine said the bill was "a disgrace."',
        "Ann Cole",
        id="titled-person-of-a-state-is-the-person",
    ),
    case(
        '"We are disheartened," said House Speaker Paul D. Ryan of Wisconsin.',
        "Paul D. Ryan",
        id="office-initial-and-state",
    ),
    case(
        'Sen. Ann Cole of Maine, the party leader, said the bill was "a disgrace."',
        "Ann Cole",
        id="titled-person-of-a-state-before-an-appositive",
    ),
    case(
        'Bank of America said the deal was "a mistake."',
        "Bank of America",
        id="a-body-keeps-its-of",
    ),
    case(
        'Minister of Finance Bill Morneau said the budget was "prudent."',
        "Bill Morneau",
        id="office-of-a-department-then-the-person",
    ),
    case(
        'The mood soured when House Speaker Paul Ryan lamented the "disheartened" campaign.',
        "Paul Ryan",
        id="a-clause-before-the-office-is-no-role",
    ),
    case(
        'Understated Perez rarely raises his voice. "We will see," Perez said.',
        "Perez",
        id="participle-opening-the-sentence-is-no-given-name",
    ),
    case(
        '"We will see," Understated Perez said.',
        "Perez",
        id="participle-opening-the-cue-subject-is-no-given-name",
    ),
    case(
        'Neither Cruz nor Rubio came to the dinner. "It is over," Cruz said.',
        "Cruz",
        id="neither-is-no-given-name",
    ),
    case(
        'Clearly Perez was wrong. "We will see," Perez said.',
        "Perez",
        id="sentence-adverb-is-no-given-name",
    ),
    case(
        'Posted 9:30 PMChris Christie spoke in Iowa. "We will win," Christie said.',
        "Chris Christie",
        id="time-glued-to-a-name-is-no-part-of-it",
    ),
    case(
        'However, the senator said the vote was "a sham".',
        "the senator",
        id="however-the-senator",
    ),
    case(
        'Both leaders said they were "committed to peace".',
        "Both leaders",
        id="both-leaders",
    ),
    case(
        'Others said the deal was "long overdue".',
        "Others",
        id="others-group",
    ),
    case(
        'Critics call the policy "catch and release".',
        "Critics",
        id="critics-call",
    ),
    case(
        'Nonetheless, the premier said the deal was "fair to everyone".',
        "the premier",
        id="sentence-adverb-opening",
    ),
    case('Still, "we have work to do," Kowalski said.', "Kowalski", id="still-then-quote"),
    case(
        'Ortega told the crowd he had been "blunt" and "stubborn" in his home state of Iowa.',
        "Ortega",
        "stubborn",
        id="preposition-object-is-no-speaker",
    ),
    case(
        '"Both of them worry me," Dale Porter, 30, of Raleigh, N.C., who was among those'
        " polled, said in an interview.",
        "Dale Porter",
        id="age-town-state-and-who-clause",
    ),
    case(
        '"It is a mess," Lena Ford, a nurse from Sumter, South Carolina, said.',
        "Lena Ford",
        id="role-from-town-and-state",
    ),
    case(
        '"It is a mess," Lena Ford of Sumter said.',
        "Lena Ford",
        id="person-of-town-before-verb",
    ),
    case(
        '"It is a mess," said Lena Ford of Sumter.',
        "Lena Ford",
        id="person-of-town-after-verb",
    ),
    case(
        'Lena Ford of Sumter, S.C., said the count was "a mess."',
        "Lena Ford",
        id="person-of-town-state-reported",
    ),
    case(
        '"It is a mess," a nurse in Worcester, Mass., told reporters.',
        "a nurse in Worcester",
        id="described-source-in-town-state",
    ),
    case(
        'The mill stands idle, its shabby state "a warning to every town."',
        None,
        id="possessive-adjective-noun-is-no-cue",
    ),
    case(
        '"We will not move," the local residents say.',
        "the local residents",
        id="plural-source-with-bare-verb",
    ),
    case(
        'A neighbour called her "the kindest person on the street" in a Facebook post.',
        "A neighbour",
        id="in-a-post-is-no-speaker",
    ),
    case(
        'Meanwhile, "the clock is ticking," Jones said.',
        "Jones",
        id="meanwhile-then-quote",
    ),
    case(
        'Indeed, "nobody expected this," said Rita Lindqvist.',
        "Rita Lindqvist",
        id="indeed-then-quote",
    ),
    case('One called it "a betrayal of trust".', None, id="one-alone"),
    case('Many called the decision "long overdue".', None, id="many-alone"),
    case('Some said the vote was "rigged from the start".', None, id="some-alone"),
    case('Both described the talks as "productive and frank".', None, id="both-alone"),
    case(
        'The big banks called the new rules "unworkable in practice".',
        "The big banks",
        id="the-big-banks",
    ),
    case(
        'The new rules are "a mess from top to bottom," said Jane Roemer.',
        "Jane Roemer",
        id="the-new-rules-then-name",
    ),
    case(
        'However, he said the report was "deeply flawed".',
        None,
        id="however-pronoun-no-antecedent",
    ),
    case(
        'Each of the candidates promised "real change" for the region.',
        "the candidates",
        id="each-of-the-candidates",
    ),
    case(
        'Every "yes" vote counts, organizers said.',
        Skip("scare_quote"),
        id="every-quoted-word",
    ),
    case(
        'The Ministry of Health said the outbreak was "under control".',
        "The Ministry of Health",
        id="ministry-organisation",
    ),
    case(
        '"We are reviewing the footage," the Toronto Police Service said.',
        "the Toronto Police Service",
        id="police-service-organisation",
    ),
    case(
        'Perhaps, "the worst is behind us," Lindqvist said.',
        "Lindqvist",
        id="perhaps-then-quote",
    ),
    case(
        'Fans loudly reprised the mocking chant "Not again!" as the teams left the field.',
        None,
        id="adjective-then-speech-noun",
    ),
    case(
        'The move drew an angry reply "within minutes," the union said.',
        "the union",
        id="adjective-then-reply-noun",
    ),
    case(
        '"We were never told," a father of 2 said outside the school.',
        "a father of 2",
        id="counted-described-source-digits",
    ),
    case(
        '"Everyone is scared," one of the older tenants told us.',
        "one of the older tenants",
        id="speech-verb-after-comma-is-not-scare-quote",
    ),
    case(
        '"It\'s over," a senior official who spoke on condition of anonymity told Reuters.',
        "a senior official",
        id="who-clause-between-unnamed-source-and-verb",
    ),
    case(
        '"We lost everything," said a 54-year-old baker who asked not to be named.',
        "a 54-year-old baker",
        id="inverted-aged-described-source",
    ),
    case(
        "Posted by Tom ReyesFlagShareLikeReply at 9:30 PM\n\n"
        '"We expect a decision tonight," Reyes FlagShareLikeReply said.',
        None,
        id="glued-page-furniture-is-no-name",
    ),
    case(
        "Questions linger over many details of the Halifax attack, including whether police "
        'issued a "stand down" order.',
        Skip("scare_quote"),
        id="name-before-bare-noun-is-no-cue",
    ),
    case(
        'A spokeswoman for the Ortiz brand - a small family business pitched as "the home of '
        'fair fashion" - noted that staff get paid leave.',
        None,
        id="brand-as-noun-after-name-is-no-cue",
    ),
    case(
        'Nonetheless, the mayor said the plan was "on track."',
        "the mayor",
        id="nonetheless-the-mayor",
    ),
    case(
        'Every councillor said the vote was "a mistake."',
        "Every councillor",
        id="every-councillor-whole-phrase",
    ),
    case('"It is not fair," another said.', None, id="another-alone"),
    case(
        '"This is over," the big banks said in a joint statement.',
        "the big banks",
        id="big-banks-joint",
    ),
    case('READ MORE\n\n"We are ready," Ito said.', "Ito", id="read-more-line-then-cue"),
    case(
        'Still, Hollis insisted the deal was "the best we could get."',
        "Hollis",
        id="still-then-name",
    ),
    case(
        "Jane Kowalczyk, 54, a nurse, said staff learned of it from a memo.\n\n"
        '"It never came back," the nurse said.',
        "Jane Kowalczyk",
        id="role-after-age-refers-back",
    ),
    case(
        '"We like it loud," said winger Luc Mathieu.\n\nThe Pikes play Sunday.\n\n'
        '"It is fun," the winger said.',
        "Luc Mathieu",
        quote="It is fun",
        id="role-before-name-refers-back",
    ),
    case(
        "Emergency operations director Harold Vance said crews were ready.\n\n"
        '"We are on it," the director added.',
        "Harold Vance",
        id="role-phrase-before-name-refers-back",
    ),
    case(
        'One commuter, Maria Lopez, said she was late twice.\n\n"It was terrifying," she said.',
        "Maria Lopez",
        id="described-then-named-pronoun",
    ),
    case(
        "One commuter, Tasha Bell, said she was late twice.\n\n"
        '"It is getting ridiculous," she said.',
        "Tasha Bell",
        id="described-then-named-pronoun-less-common-name",
    ),
    case(
        "Council voted to delay the review, a move one councillor called "
        '"kicking the can down the road."',
        "one councillor",
        id="a-move-described-person-called",
    ),
    case(
        'Council voted to delay the review, a move critics called "kicking the can down the road."',
        "critics",
        id="a-move-group-called-not-a-move-critics",
    ),
    case(
        "Promoter Marcus Devlin said the tour would go ahead.\n\n"
        "'Every date is going ahead,' he said.",
        "Marcus Devlin",
        id="occupation-before-name-is-no-name",
    ),
    case(
        "Andrei Voss spoke on Monday. The agency quoted him as saying the vote had been "
        '"free, fair and transparent".',
        "Andrei Voss",
        id="quoted-him-as-saying",
    ),
    case(
        "\u2018It is a foul,\u2019 Neil Barraclough said.\n\n"
        "\u2018I will be told to keep quiet.\u2019",
        "Neil Barraclough",
        quote="keep quiet",
        id="british-single-quote-paragraph-goes-on",
    ),
    case(
        '"It is a foul," Neil Barraclough said.\n\n\u2018A fight to the end.\u2019\n\n'
        "The match resumed.",
        None,
        quote="A fight",
        id="single-quoted-subhead-in-double-quote-article",
    ),
    case(
        "Fire Chief Ramon Delgado said crews worked through the night.\n\n"
        'Dion Walker said he did not think twice. "She\'s family too," he said.',
        "Dion Walker",
        id="name-before-speech-verb-is-a-person-of-unknown-gender",
    ),
    case(
        "Nadia Rahman sat in the front row.\n\n"
        'Asked by Ms Achebe how she felt, she said: "Sick to my stomach."',
        "Nadia Rahman",
        id="asked-by-someone-is-not-who-answers",
    ),
    case(
        'Ann Ruiz spoke first. Asked about Maria Lopez, she said: "I have nothing to add."',
        "Ann Ruiz",
        id="asked-about-someone-is-not-who-answers",
    ),
    case(
        "'I just stopped thinking': Wilk stuns Varga in Paris final\n\n"
        "Tomasz Wilk beat Ivan Varga on Sunday.",
        "Tomasz Wilk",
        id="headline-quote-colon-then-subject",
    ),
    case(
        "'Stay curious': Elmvale woman turns 105\n\nDorothy Pearce turned 105 on Monday.",
        Skip("scare_quote"),
        id="headline-quote-colon-then-place-is-no-speaker",
    ),
    case(
        "The plan was backed by the Castlegate Chamber of Commerce, whose chair, "
        'Philip Osei-Bonsu, wrote that critics were "stuck in the past."',
        "Philip Osei-Bonsu",
        id="whose-role-name-appositive-speaks",
    ),
    case(
        "Captain Rob Tennant made 77 on Saturday.\n\n'He deserves every run,' the skipper said.",
        "Rob Tennant",
        id="skipper-refers-back-to-captain",
    ),
    case(
        'Sen. Ana Ortiz voted against the bill.\n\n"It is a bad bill," the lawmaker said.',
        "Ana Ortiz",
        id="lawmaker-refers-back-to-senator",
    ),
    case(
        '"We finally got a break," said incident commander Luis Arredondo.',
        "Luis Arredondo",
        id="two-word-role-before-name-inverted",
    ),
    case(
        '"We finally got a break," said park landscaper Luis Arredondo.',
        "Luis Arredondo",
        id="occupation-by-ending-before-name-inverted",
    ),
    case(
        "Former mayor Tom Pike endorsed Sarah Lynde on Monday.\n\n"
        '"She has the grit for it," the mayor said.',
        "Tom Pike",
        id="former-title-before-name-refers-back",
    ),
    case(
        "Ex-premier Ralph Gorman endorsed Sarah Lynde on Monday.\n\n"
        '"She has the grit for it," the former premier said.',
        "Ralph Gorman",
        id="ex-title-refers-back-as-former",
    ),
    case(
        "Tom Pike, the former mayor, endorsed Sarah Lynde on Monday.\n\n"
        '"She has the grit for it," the former mayor said.',
        "Tom Pike",
        id="title-appositive-refers-back",
    ),
    case(
        "Chief Wilma Red Sky of the Oak Lake First Nation said the band would "
        '"fight this in court."',
        "Wilma Red Sky",
        id="first-nation-place-after-name",
    ),
    case(
        '"It was a mess," according to a report released Thursday by the Westfield school board.',
        "the Westfield school board",
        id="according-to-report-released-day-by-body",
    ),
    case(
        "Leon Bakshi, a lawyer for Maritza Olmos, the former finance clerk accused of "
        'embezzlement, said his client "will be vindicated."',
        "Leon Bakshi",
        id="name-role-for-client-client-appositive-said",
    ),
    case(
        "Theo Marchetti, the son of the restaurant's owner, who was working the grill that "
        'night, said he "smelled smoke first."',
        "Theo Marchetti",
        id="name-role-of-someone-relative-clause-said",
    ),
    case(
        'Union members voted 89 per cent in favour. "We are ready to walk," they said.',
        "Union members",
        id="they-after-modified-plural-subject",
    ),
    case(
        "Gabriel Stone, 45, and his daughter Mina, 17, were first in line.\n\n"
        '"We slept in the car," she said.',
        "Mina",
        id="kin-word-then-given-name-no-comma",
    ),
    case(
        'Viktor Borodin spoke after the vote. In Borodin\'s words, the plan is "dead on arrival."',
        "Viktor Borodin",
        id="in-someones-words",
    ),
    case(
        "Tom Reyes, a retired mill worker, left at 2 a.m.\n\n"
        '"I drove out in my slippers," the 71-year-old said.',
        "Tom Reyes",
        id="age-first-given-in-second-reference",
    ),
    case(
        'Tom Reyes, 58, left at 2 a.m.\n\n"I drove out in my slippers," the 71-year-old said.',
        "the 71-year-old",
        id="age-second-reference-not-someone-of-another-age",
    ),
    case(
        "Union president Kurt Halvorsen said in a statement that officers act fast.\n\n"
        '"We will support the process fully," the statement said.',
        "Kurt Halvorsen",
        id="the-statement-speaks-for-who-issued-it",
    ),
    case(
        'The company issued a statement on Friday.\n\n"We regret the error," the statement said.',
        "the statement",
        id="the-statement-of-no-named-person-as-written",
    ),
    case(
        "In an email, a spokesperson for the city, Daniel Oyelowo, said the ministry "
        '"is aware of the study."',
        "Daniel Oyelowo",
        id="opening-phrase-then-role-then-name-appositive",
    ),
    case(
        'Known across the league as "Iron Mike," Dolan won four titles. He said he was '
        'tired.\n\n"I am tired," he said.',
        None,
        quote="I am tired",
        id="opening-participle-is-no-name",
    ),
    case(
        "Sophie Marchetti, 11, read a letter to the board.\n\n"
        '"Please don\'t take it away," she read.',
        "Sophie Marchetti",
        id="person-reading-aloud-speaks",
    ),
    case(
        '"We will rebuild," Cole read from a prepared statement.',
        "Cole",
        id="name-read-from-a-statement",
    ),
    case(
        'Shoppers at a grocery store this week described prices as "ridiculous."',
        "Shoppers at a grocery store",
        id="time-between-subject-and-verb",
    ),
    case(
        'The museum issued a report this month charging the group with "crimes against humanity."',
        "The museum",
        id="time-before-participle-of-issued-document",
    ),
    case(
        "Owner Rollande Gagnon opened the diner in 1979. Her daughter, Josée "
        "Gagnon-Whitfield, manages it.\n\nGagnon-Whitfield said the family had one "
        'condition. "Same soup," she said.',
        "Josée Gagnon-Whitfield",
        id="hyphenated-surname-holding-another-surname",
    ),
    case('"We are ready," Omar al-Rashid said.', "Omar al-Rashid", id="hyphened-particle-surname"),
    case(
        'Omar al-Rashid said: "The talks are over."',
        "Omar al-Rashid",
        id="hyphened-particle-surname-before-colon",
    ),
    case(
        'Omar al-Rashid said the talks were "useful".',
        "Omar al-Rashid",
        id="hyphened-particle-surname-reported",
    ),
    case(
        '"No comment," Karim el-Masri told reporters.',
        "Karim el-Masri",
        id="hyphened-particle-surname-told",
    ),
    case(
        '"We are ready," said Omar al-Rashid.',
        "al-Rashid",  # "Omar" alone would lose the surname
        id="hyphened-particle-surname-inverted",
    ),
    case(
        'Omar al-Rashid flew in on Monday. "We are ready," al-Rashid said.',
        "Omar al-Rashid",
        id="hyphened-particle-surname-alone-later",
    ),
    case(
        '"This is a historic day," said Secretary of State for Health Jane Farrow-Doyle.',
        "Jane Farrow-Doyle",
        id="office-with-of-and-for-inverted",
    ),
    case(
        'Secretary of State for Health Jane Doe said: "We will act."',
        "Jane Doe",
        id="office-with-of-and-for-before-colon",
    ),
    case(
        "Deputy Chief Constable of West Arden Police Martin Oyelaran said officers had been "
        '"stretched to breaking point".',
        "Martin Oyelaran",
        id="office-of-a-force-then-name",
    ),
    case(
        'Minister of Foreign Affairs Ingrid Solberg-Haas said the deal was "a good one".',
        "Ingrid Solberg-Haas",
        id="office-of-title-word-then-name",
    ),
    case(
        'Manitoba\'s Transportation Minister, Claire Desjardins-Okafor, said "the roads are safe".',
        "Claire Desjardins-Okafor",
        id="capitalised-office-then-name-in-commas",
    ),
    case(
        'Coach Lisa Dunn said the 5\'10" guard was "the best shooter I\'ve ever coached".',
        "Lisa Dunn",
        id="height-with-inch-mark-before-quote",
    ),
    case('"We have to move on," others said.', None, id="others-said"),
    case(
        'That led Ada Okafor to call the offer "very generous," a nod to the mayor '
        "acknowledging that the city had moved.",
        "Ada Okafor",
        id="nod-to-someone-is-no-speaker",
    ),
    case(
        'The water board issued a "do not consume" advisory for the east end on Tuesday.',
        Skip("scare_quote"),
        id="label-before-noun-unnamed-subject",
    ),
    case(
        'Provincial front-runner Dana Whitlock defended her deputy as a "very decent man" '
        "on Tuesday.",
        "Dana Whitlock",
        id="front-runner-role",
    ),
    case(
        '"We are in it to win," said Conservative leadership hopeful Marc Belair.',
        "Marc Belair",
        id="hopeful-role",
    ),
    case('"It\'s terrible," some told CBC News.', None, id="some-told"),
    case(
        '"We are safe," most of the residents said.',
        "most of the residents",
        id="most-of-the-residents",
    ),
    case('Later that day, Ito said: "We will rebuild."', "Ito", id="later-that-day-name"),
    case(
        'Meanwhile, a spokesperson for Hollis said the premier was "disappointed."',
        "a spokesperson",
        id="meanwhile-spokesperson",
    ),
    case('Indeed, critics called it "a gift to developers."', "critics", id="indeed-critics"),
    case(
        'Kelly Marsh went on Twitter to say: "Shameful."',
        "Kelly Marsh",
        id="given-name-ending-ly-is-no-adverb",
    ),
    case(
        'Sterling Ortiz, the club\'s captain, said the loss was "embarrassing."',
        "Sterling Ortiz",
        id="given-name-ending-ing-is-no-participle",
    ),
    case('"I never said that," Hollis said of the claim.', "Hollis", id="said-of-the-claim"),
    case(
        '"Not true," the Hollis campaign responded.', "the Hollis campaign", id="campaign-responded"
    ),
    case(
        '"It\'s a disgrace," fumed opposition critic Sam Oduya.',
        "Sam Oduya",
        id="fumed-inverted-role-name",
    ),
    case(
        '"We will win," Liberal candidate Amir Khan told supporters at his campaign office in '
        "Mississauga.",
        "Amir Khan",
        id="candidate-told-supporters-place",
    ),
    case(
        'Everyone in the room agreed the plan was "a good first step."',
        None,
        id="everyone-in-the-room-blank",
    ),
    case(
        'Nobody from the ministry would say whether the plan was "on hold."',
        None,
        id="nobody-from-ministry-blank",
    ),
    case(
        '"This is the end of an era," longtime resident Marg O\'Brien, 91, said.',
        "Marg O'Brien",
        id="apostrophe-surname-age",
    ),
    case(
        '"We are done," the Raptors\' coach said.',
        "the Raptors' coach",
        id="plural-possessive-role",
    ),
    case(
        '"It was a mistake," Ana Ruiz said of Tom Reyes\'s vote.',
        "Ana Ruiz",
        id="said-of-other-person",
    ),
    case(
        'Ana Ruiz told Tom Reyes that his plan was "half-baked."', "Ana Ruiz", id="told-other-that"
    ),
    case('Ana Ruiz accused Tom Reyes of "lying to voters."', "Ana Ruiz", id="accused-other-of"),
    case(
        '"You should be ashamed," Ana Ruiz told Tom Reyes.', "Ana Ruiz", id="told-other-after-quote"
    ),
    case(
        '"We agree with the minister," Ana Ruiz said, echoing Tom Reyes.',
        "Ana Ruiz",
        id="said-echoing-other",
    ),
    case(
        'Tom Reyes praised Ana Ruiz, whom he called "a true public servant."',
        "Tom Reyes",
        id="whom-he-called",
    ),
    case(
        'Ana Ruiz said Tom Reyes had promised her "a fair hearing."',
        "Ana Ruiz",
        id="said-other-had-promised",
    ),
    case(
        'McDonald\'s said it would "review the matter urgently".',
        "McDonald's",
        id="possessive-business-said-reported",
    ),
    case(
        'McDonald\'s said: "We are reviewing the matter urgently."',
        "McDonald's",
        id="possessive-business-said-colon",
    ),
    case(
        '"We apologise to every customer affected," Sainsbury\'s said.',
        "Sainsbury's",
        id="possessive-business-after-quote",
    ),
    case('There\'s said to be "a real problem" at the plant.', None, id="theres-said-no-one"),
    case(
        'Critics say Ana Ruiz\'s repeated claims of a "stolen vote" went unanswered.',
        "Critics",
        id="possessive-before-adjectival-past-form",
    ),
    case(
        '"We will respond," Russia said.\n\n"It is a lie," he said.',
        None,
        quote="lie",
        id="he-never-means-a-nation",
    ),
    case(
        '"We will respond," North Korea said in a statement.',
        "North Korea",
        id="nation-speaks-for-its-government",
    ),
    case(
        'Rep. Steve Israel spoke first. "We will respond," Israel said.',
        "Steve Israel",
        id="surname-that-is-a-nation",
    ),
    case(
        '"I heard the crowd," Tom King said.',
        "Tom King",
        id="surname-that-is-a-title-keeps-given-name",
    ),
    case(
        "Northfield State led by nine late in regulation.\n\n"
        '"We handled that press all year," he said.',
        None,
        id="school-named-state-is-no-person",
    ),
    case(
        "Forward Eli Kuznetsov added 18 points.\n\nKuznetsov said he could not watch.\n\n"
        '"I heard the crowd," he said.',
        "Eli Kuznetsov",
        id="sports-role-before-name",
    ),
    case(
        'Airbnb said in a statement that it supports "clear and fair rules".\n\n"We'
        ' encourage the town to work with its hosts," the company said.',
        "Airbnb",
        quote="encourage",
        id="the-company-after-a-company-said",
    ),
    case(
        'John Smith runs a bakery. Smith said sales fell.\n\n"It is hard," the company said.',
        "the company",
        id="the-company-is-no-person-named-before",
    ),
    case(
        "Local employers such as Monsanto opposed the bill.\n\n"
        '"We call on other businesses to join us," the company said.',
        "the company",
        id="the-company-not-from-an-object",
    ),
    case(
        'Every file will be checked, federal prosecutors said. "No stone will be left'
        ' unturned," they added.',
        "federal prosecutors",
        id="they-after-plural-closing-cue",
    ),
    case(
        'Every file will be checked, the mayor said. "No stone will be left unturned," they added.',
        None,
        id="they-never-a-singular-closing-cue",
    ),
    case(
        'Sir Keir Starmer spoke first. "We will act," Sir Keir said.',
        "Keir Starmer",
        id="sir-and-given-name",
    ),
    case(
        'Sen. Bill Cavanaugh, R-W.Va., left. "No pipeline, no deal," the West Virginia'
        " Republican said.",
        "the West Virginia Republican",
        id="place-and-party-description-kept-whole",
    ),
    case(
        'Harlow Mills said on Thursday that it would close its Bradwell plant. "This was a'
        ' painful decision," it said.',
        "Harlow Mills",
        id="it-said-after-a-body-called-it",
    ),
    case(
        "The Midnight Ferns pulled out of the tour on Friday. The band said on its website:"
        ' "Tonight\'s show is cancelled."',
        "Midnight Ferns",
        id="the-band-said-after-the-band",
    ),
    case(
        "Xcel Energy, the state's largest utility, said it had shut off power. In a"
        ' statement, the company said it would "work closely with fire officials."',
        "Xcel Energy",
        id="the-company-after-a-body-and-its-appositive",
    ),
    case(
        'Union Minister for Railways R. K. Sharma said the line would be "complete by March".',
        "R. K. Sharma",
        id="office-for-a-body-then-initials",
    ),
    case(
        'Deputy Public Prosecutor Nur Aisyah binte Hassan said the offence was "deliberate".',
        "Nur Aisyah binte Hassan",
        id="malay-particle-inside-a-name",
    ),
    case(
        "Predictably, the Cobb Ledger editorial board, which endorsed Boone last month, called"
        ' the forum "a substantive exchange."',
        "the Cobb Ledger editorial board",
        id="opening-adverb-before-a-comma-is-no-name",
    ),
    case(
        "UPDATE, 4:40 p.m.: The Brackett campaign has put out a statement calling the remarks"
        ' "the most revealing thing she has said."',
        None,
        id="live-blog-label-is-no-speaker",
    ),
    case(
        "Marsh's Georgia state director, Jasmine Pollard, said turnout was strong. \"The lines"
        ' are our voters," she said.',
        "Jasmine Pollard",
        quote="lines",
        id="region-after-an-owner-is-no-person",
    ),
    case(
        "Ex-Marsh Aide's Tell-All: 'We Treated Iowa Like a Hostage Situation'\n\nA former top"
        " aide has written a book.",
        NOT_QUOTE,
        id="headline-of-a-possessed-thing-names-no-speaker",
    ),
    case(
        'Chatterly, which is owned by a US company, said it was "disappointed" by the decision.',
        "Chatterly",
        id="a-name-ending-in-ly-before-which-is-no-adverb",
    ),
    case(
        "Love Island's Chloe-Mae Brannigan has opened up about her health. \"I was hiding it"
        ' from everyone," she said.',
        "Chloe-Mae Brannigan",
        id="hyphenated-given-name-of-two-given-names",
    ),
    case(
        'Bundjalung elder Aunty Marlene Kapeen, 71, sat with her grandchildren. "She is'
        ' angry this time," Aunty Marlene said.',
        "Marlene Kapeen",
        id="aunty-and-a-given-name-is-the-elder-named-in-full",
    ),
    case(
        'The National Grid Corporation of the Philippines said all lines were "unavailable".',
        "The National Grid Corporation of the Philippines",
        id="a-body-of-the-place-is-not-the-place",
    ),
    case(
        "The Senate grilled officials of the Department of Agriculture (DA) over a rice deal."
        ' After the hearing, the DA said it "welcomes the Senate inquiry".',
        "Department of Agriculture",
        id="an-acronym-the-article-defines-names-the-body-in-full",
    ),
    case(
        "A reader emailed me during the debate with a line I wish I'd written: \"She has an"
        ' answer for everything."',
        None,
        id="a-contracted-first-person-pronoun-is-no-name",
    ),
    case(
        'Trump, who has said he wants to be a "neutral" broker, spoke on Monday.',
        "Trump",
        id="a-rating-word-without-a-rating-is-speech",
    ),
    case(
        "In an email to plant supervisors in March, Boyden's vice president of quality,"
        ' Marguerite Fassbinder, wrote that "paperwork is not a formality".',
        "Marguerite Fassbinder",
        id="a-month-before-an-appositive-is-no-name",
    ),
    case(
        "Shares of Harbor & Pine fell 3% after the home-goods retailer's chief financial"
        ' officer said that demand had "not yet found a floor."',
        "the home-goods retailer's chief financial officer",
        id="an-owners-modifier-stays-in-the-description",
    ),
    case(
        "In its resignation letter, the accounting firm Pruett Hadley LLP told the board that"
        ' it was "no longer able to rely on management."',
        "the accounting firm Pruett Hadley LLP",
        id="a-company-suffix-makes-a-body",
    ),
    case(
        '"The quarter itself was fine," Harlow & Finch analyst Priyanka Oduya wrote in a note'
        " to clients.",
        "Priyanka Oduya",
        id="a-firm-with-an-ampersand-before-a-role-and-name",
    ),
    case(
        'Marbury & Klein said: "We will appeal."',
        "Marbury & Klein",
        id="a-firm-with-an-ampersand-is-one-body",
    ),
    case(
        "Counsel for the trustees, K. Balasubramanian, contended that the procession was"
        ' traditional. "It is tradition," Balasubramanian said.',
        "K. Balasubramanian",
        id="an-initial-opens-the-name-it-is-no-title",
    ),
    case(
        "Evelyn Marsh spoke on the morning show.\n\nHost Jordan Pike pressed Marsh on a line."
        '\n\n"Do you regret saying that?" Pike asked.',
        "Jordan Pike",
        id="a-role-opening-the-sentence-before-a-unisex-given-name",
    ),
    case(
        "Marine geologist Kwabena Osei spent 140 days at sea. He spoke to Lucy Brennan."
        "\n\nBRENNAN: How do you map something three miles underwater?\n\n"
        'OSEI: "Slowly. You send sound down."',
        "Kwabena Osei",
        id="a-transcript-label-in-capitals-is-the-surname",
    ),
    case(
        'The shelter reopened on Monday.\n\nUPDATE: "We are still waiting," police said.',
        "police",
        id="a-page-label-in-capitals-is-still-no-one",
    ),
    case(
        'The board said that customers should report outages "by phone rather than by'
        ' calling 911."',
        "The board",
        id="that-before-a-plural-is-no-determiner",
    ),
    case(
        "The shift follows pressure from Saltmarsh Partners, an activist investor.\n\n"
        'Saltmarsh said in a statement that the plan was "a meaningful step."\n\nBrandt'
        ' rejected that. She said the firm had "a genuine advantage."',
        "Saltmarsh",
        quote="a meaningful step",
        id="a-body-s-short-name-is-the-body",
    ),
    case(
        "Born in 1940, Mr. Otis Marr began playing at 11. By 25 he led his own sextet, which "
        "recorded for the Bluebird Lane label.\n\n"
        '"I didn\'t write it," he told Jazz Horizons magazine in 1998.\n\n'
        "The Bluebird Lane label, which reissued his catalog in 2015, said in a statement "
        'that Mr. Marr had been "a gentleman to the end."',
        "Otis Marr",
        quote="write it",
        id="a-record-label-is-no-he",
    ),
    case(
        'Broadmoor Television said in a statement that she had made "every one of us better."',
        "Broadmoor Television",
        id="a-television-company-speaks-as-a-body",
    ),
    case(
        '"We just want the truth," Tamara Fenwick said.\n\n'
        "A spectator said she had been coming to see Fenwick for years. "
        '"Every year I say I am going to run it," she said.',
        "A spectator",
        quote="Every year",
        id="she-means-the-described-subject-who-spoke-of-herself-before-the-name",
    ),
    case(
        '"We want the truth," Tamara Fenwick said.\n\n'
        'A reporter asked Fenwick whether she would run. "I will not," she said.',
        "Tamara Fenwick",
        quote="I will not",
        id="she-after-a-named-object-before-the-pronoun-is-the-name",
    ),
    case(
        "The Texas attorney general’s office said it had opened an inquiry. It said it would "
        "examine whether Ledgerly had notified residents “within the time required by state law.”",
        "The Texas attorney general’s office",
        id="it-said-after-a-described-body-is-that-body",
    ),
    case(
        "The plan said it would help. It said it would examine whether residents were told "
        "“within the time required by state law.”",
        None,
        id="it-said-after-a-thing-stays-blank",
    ),
    case(
        'Children train free. Adults pay $30 a month, "or whatever they have got that week."'
        "\n\nThe fighter is the best hope for a title. "
        '"Miss Del does not yell," the 19-year-old says between rounds.',
        "the 19-year-old",
        quote="Miss Del",
        id="a-plural-noun-opening-a-sentence-is-no-person-a-description-means",
    ),
    case(
        "Northway Airlines and Prairie Air said on Monday they had agreed to merge.\n\n"
        "A Prairie Air flight attendant, who asked not to be named, said employees had learned "
        "of the deal by email. “People are excited and terrified in about equal measure,” she "
        "said.\n\nShares of Prairie Air jumped 29 per cent.",
        "A Prairie Air flight attendant",
        id="a-name-inside-the-description-does-not-take-the-pronoun",
    ),
    case(
        "“Our members told the company exactly what they needed. So tonight we walk,” District "
        "88 President Carla Benavides told reporters outside the union hall.",
        "Carla Benavides",
        id="a-number-inside-an-office-before-the-name",
    ),
    case(
        '"I have shopped here for years," said Delores Whitaker, 71.\n\n'
        "Inside, a Brightway cashier who asked not to be named said employees had learned of "
        'the deal. "Everybody is asking the same thing," she said.',
        "a Brightway cashier",
        quote="Everybody",
        id="one-word-opening-before-a-described-subject",
    ),
    case(
        "Harvest Lane and Brightway agree to grocery merger\n\n"
        "Shares of Brightway rose 22%.\n\n"
        'A cashier who asked not to be named said the news came by text. "We are worried," she '
        "said.",
        "A cashier",
        quote="worried",
        id="a-headlines-plural-verb-makes-no-person-of-a-firm",
    ),
    case(
        "The Centers for Disease Control and Prevention said in a statement that it was “in "
        "close contact with Texas officials.”",
        "Centers for Disease Control and Prevention",
        id="a-body-whose-name-joins-two-words-with-and",
    ),
    case(
        "The Office of the Chief Coroner said in a statement that organizations are "
        '"asked to respond within six months."',
        "The Office of the Chief Coroner",
        id="an-office-named-for-its-holder-is-a-body",
    ),
    case(
        "Ivanka Trump runs the brand.\n\n"
        "G-III did not respond to The Washington Post's repeated requests for comment. One "
        "employee provided a document that she identified as the benefits plan.\n\n"
        '"I think parental leave is enormously important," Trump told Business Insider.',
        "Ivanka Trump",
        quote="parental leave",
        id="a-possessive-before-a-verb-form-makes-no-person",
    ),
    case(
        '"It was painful," Dutch Fisheries Minister Maarten van der Zijl told reporters.\n\n'
        "Spain's fisheries minister, Luis Ortega, said the outcome was balanced. "
        '"We defended jobs," Ortega said.\n\n'
        '"Our message to the fleet is simple," the Dutch minister said.',
        "Maarten van der Zijl",
        quote="Our message",
        id="a-description-goes-to-the-person-given-all-its-words-before-a-nearer-one",
    ),
    case(
        '"We will win this seat," the Oregon Democrat said. "It is close," she added.',
        None,
        quote="It is close",
        id="party-word-after-a-place-is-no-surname",
    ),
    case(
        "Mayor says new bylaw has 'gutted' the village's main street\n\n"
        "Staff writer\n\n"
        "Mayor Lorna Baptiste said on Monday the village will cap short-term rentals.",
        "Lorna Baptiste",
        quote="gutted",
        id="headline-bare-office-is-its-one-holder-in-the-story",
    ),
    case(
        "Quarry firm swings to loss, but CEO says 'the worst is over'\n\n"
        "Granite Ridge chief executive Tomasz Wilk said prices had bottomed out.",
        "Tomasz Wilk",
        quote="the worst is over",
        id="headline-ceo-is-the-chief-executive-named-below",
    ),
    case(
        "Police Chief Ana Brook spoke on Friday.\n\n"
        'Police say they have "enough officers" for the parade.',
        "Police",
        quote="enough officers",
        id="police-say-is-the-force-not-its-chief",
    ),
    case(
        "The Harbour Street label, which reissued his records in 2015, said in a statement "
        'that he had been "a gentleman to the end."',
        "The Harbour Street label",
        quote="a gentleman",
        id="record-label-speaks-though-label-is-also-a-verb",
    ),
    case(
        '"The patrol came under fire and returned it," the Ruritanian army said on Sunday.',
        "the Ruritanian army",
        quote="The patrol came under fire",
        id="nationality-before-an-army-is-the-army",
    ),
    case(
        "Janine Corrigan made an emotional appeal at the police station.\n\n"
        '"Just ring me, love," she pleaded.',
        "Janine Corrigan",
        quote="Just ring me",
        id="pronoun-after-a-common-given-name-with-no-cue",
    ),
    case(
        'The union took note of the offer, writing: "We recognise the movement on pay."',
        "The union",
        quote="We recognise",
        id="a-body-and-its-verb-before-a-speech-noun",
    ),
    case(
        "\u201cNobody is touching your pension,\u201d said Halina Wrzesniak, a spokeswoman "
        "for the fund.\n\nOdalys Brennan-Voss, who teaches public finance at the "
        "university, said nothing in the plan would touch existing pensions. \u201cRead it "
        "twice and you won\u2019t find the word cut,\u201d she said.",
        "Odalys Brennan-Voss",
        "Read it twice",
        id="who-clause-shows-a-person-for-she",
    ),
    case(
        "Council Speaker Marta Quiroga opened the meeting.\n\nCouncillor Edith Lorne sat "
        "alone by the window. Ms. Quiroga welcomed her back, and Ms. Lorne said afterward "
        "that she had \u201cno appetite for a walkout.\u201d\n\n\u201cI'll vote no, and I'll do "
        "it from my seat,\u201d she said.",
        "Edith Lorne",
        "I'll vote no",
        id="she-after-the-last-cued-speaker-of-two",
    ),
    case(
        "Ravn Holtedahl, a former Marine, entered the race in May.\n\nAppearing on a morning "
        'show on Wednesday, the former Marine said he welcomed "any help we can get" but '
        "would run his own race.",
        "Ravn Holtedahl",
        id="the-former-marine-is-a-role",
    ),
    case(
        "In a statement, Lotus Crest Hospitals said it had added 40 beds.\n\nThe Minister of "
        "State for Health, Shri Devraj Malhotra, said central teams would be sent. \u201cThe "
        "Centre will support the states,\u201d he said.",
        "Devraj Malhotra",
        id="shri-is-an-honorific",
    ),
    case(
        "Dr Anil Kulkarni, head of paediatrics, said wards were full. \u201cCome early,\u201d Dr "
        "Kulkarni said.\n\nVaikunth Deshmane, "
        "whose nine-year-old daughter was admitted on Monday, said the family had waited "
        "five hours.\n\n\u201cThey put her on a bench in the corridor,\u201d he told reporters.",
        "Vaikunth Deshmane",
        "bench in the corridor",
        id="whose-kin-shows-a-person",
    ),
    case(
        "\u2018I couldn\u2019t watch the last kick,\u2019 Tadhg Moriarty said.\n\nAsked whether "
        "the goal from Cathal Brennock before half-time was the turning point, the Kilbrack "
        "manager shook his head.\n\n\u2018The last ten minutes won it,\u2019 he said.\n\nHe "
        "dedicated the win to the late club chairman Seamus Brennock.",
        "Tadhg Moriarty",
        "last ten minutes",
        id="another-given-name-before-a-shared-surname",
    ),
    case(
        "Independent TD Fiachra Ruddle later told reporters that rural customers paid the "
        'highest standing charges. "Nobody out here is against jobs," he said.',
        "Fiachra Ruddle",
        id="td-is-a-title",
    ),
    case(
        "Speaking on RTÉ's Drivetime Ireland, the Minister for Housing, Dónal Ó Ceallaigh, "
        "was asked by presenter Sinéad Breathnach whether the scheme would be extended. "
        '"It\'s a yes, with conditions," he replied.',
        "Dónal Ó Ceallaigh",
        id="programme-named-for-a-place-is-no-person",
    ),
    case(
        "The Minister for Agriculture, Senan Ó Briain, said the scheme would be extended. "
        '"It\'s a yes, with conditions," he said.',
        "Senan Ó Briain",
        id="office-of-a-field-before-a-name",
    ),
]

# --- 8. typography -----------------------------------------------------------------

TYPOGRAPHY = [
    case(
        "Tom Ferris, the chair, said the report raised 'serious questions' about oversight. "
        "'How many more reports do we need?' he said.",
        "Tom Ferris",
        quote="How many more",
        id="british-single-quote-after-a-plural-then-a-lower-case-word",
    ),
    case(
        "''Voters will not settle for 'We will bomb them,''' said Senator Ann Cole of Ohio.",
        "Ann Cole",
        id="doubled-apostrophes-close-a-nested-quote",
    ),
    case(
        "« We are ready », said Mayor Valérie Plamondon.",
        "Valérie Plamondon",
        id="guillemets-french-spacing",
    ),
    case(
        "«\u00a0We are ready\u00a0», said Mayor Valérie Plamondon.",
        "Valérie Plamondon",
        id="guillemets-no-break-spaces",
    ),
    case(
        "«\u202fWe are ready\u202f», said Mayor Valérie Plamondon.",
        "Valérie Plamondon",
        id="guillemets-narrow-no-break-spaces",
    ),
    case(
        "The mayor said: «We are ready.»",
        "The mayor",
        id="guillemets-after-colon",
    ),
    case("„We are ready,“ said Olaf Brandt.", "Olaf Brandt", id="low-high-double"),
    case("‚We are ready,‘ said Olaf Brandt.", "Olaf Brandt", id="low-high-single"),
    case("″We are ready,″ said Ann Leclair.", "Ann Leclair", id="double-primes"),
    case("''We are ready,'' said Ann Leclair.", "Ann Leclair", id="doubled-apostrophes"),
    case("``We are ready,'' said Ann Leclair.", "Ann Leclair", id="backticks-and-apostrophes"),
    case("“We are ready,” said Ann Leclair.", "Ann Leclair", id="curly-double"),
    case("'We are ready,' said Ann Leclair.", "Ann Leclair", id="straight-single-british"),
    case(
        "“She told me, ‘Go home,’ and I did,” said Ann Leclair.",
        "Ann Leclair",
        id="nested-single-in-double",
    ),
    case("Leclair: ‘We will not back down’", "Leclair", id="headline-colon-single"),
    case(
        "‘We will not back down,’ Ann Leclair told the BBC.",
        "Ann Leclair",
        id="curly-single-told",
    ),
    case("»We are ready,« said Ann Leclair.", "Ann Leclair", id="guillemets-pointing-in"),
    case(
        "Ann Leclair called the plan »a good start« on Monday.",
        "Ann Leclair",
        id="guillemets-pointing-in-partial",
    ),
    case("Ann Leclair said: ›We are ready.‹", "Ann Leclair", id="single-guillemets-pointing-in"),
    case(
        "Home » News » Politics\n\nAnn Leclair said on Monday that the plan was »a good start«.",
        "Ann Leclair",
        "good start",
        id="breadcrumb-arrows-open-no-quote",
    ),
    case("«We are ready,» said Ann Leclair.", "Ann Leclair", id="guillemets-no-spaces-inverted"),
    case("“We are ready,“ said Ann Leclair.", "Ann Leclair", id="two-opening-curly-marks"),
    case("”We are ready,” said Ann Leclair.", "Ann Leclair", id="two-closing-curly-marks"),
    case("Ann Leclair said the plan was ‘a good start’.", "Ann Leclair", id="curly-single-partial"),
    case(
        "Ann Leclair said the plan was ″a good start″.", "Ann Leclair", id="double-primes-partial"
    ),
    case("Leclair: »We are ready«", "Leclair", id="headline-guillemets-pointing-in"),
    case(
        "„Meine Mutter sagte immer: ‚Der Fluss kommt zurück.‘“ said Greta Lindner, standing "
        "in her flooded cellar.",
        "Greta Lindner",
        quote="Meine Mutter",
        id="german-nested-single-closing-right-before-the-double",
    ),
    case(
        "Senator Hollis Brandvold questioned Marit Oyelaran-Fisk. The exchange, in part:\n\n"
        'BRANDVOLD: "How many claims did the tool deny last year?"\n\n'
        'OYELARAN-FISK: "I would have to get you the exact number, senator."',
        "Marit Oyelaran-Fisk",
        "exact number",
        id="transcript-label-double-barrelled-surname",
    ),
]

ALL_FAMILIES = {
    "unnamed": UNNAMED,
    "appositives": APPOSITIVES,
    "frames": FRAMES,
    "context": CONTEXT,
    "debris": DEBRIS,
    "not-speech": NOT_SPEECH,
    "speakers": SPEAKERS,
    "typography": TYPOGRAPHY,
}


@pytest.mark.parametrize(("text", "expected", "quote"), UNNAMED)
def test_battery_unnamed_and_described_sources(text: str, expected: Any, quote: str) -> None:
    check(text, expected, quote)


@pytest.mark.parametrize(("text", "expected", "quote"), APPOSITIVES)
def test_battery_appositives_and_clauses(text: str, expected: Any, quote: str) -> None:
    check(text, expected, quote)


@pytest.mark.parametrize(("text", "expected", "quote"), FRAMES)
def test_battery_frames(text: str, expected: Any, quote: str) -> None:
    check(text, expected, quote)


@pytest.mark.parametrize(("text", "expected", "quote"), CONTEXT)
def test_battery_context(text: str, expected: Any, quote: str) -> None:
    check(text, expected, quote)


@pytest.mark.parametrize(("text", "expected", "quote"), DEBRIS)
def test_battery_web_debris(text: str, expected: Any, quote: str) -> None:
    check(text, expected, quote)


@pytest.mark.parametrize(("text", "expected", "quote"), NOT_SPEECH)
def test_battery_not_speech(text: str, expected: Any, quote: str) -> None:
    check(text, expected, quote)


@pytest.mark.parametrize(("text", "expected", "quote"), SPEAKERS)
def test_battery_speakers_are_not_junk(text: str, expected: Any, quote: str) -> None:
    check(text, expected, quote)


@pytest.mark.parametrize(("text", "expected", "quote"), TYPOGRAPHY)
def test_battery_typography(text: str, expected: Any, quote: str) -> None:
    check(text, expected, quote)


def test_battery_covers_every_family_with_enough_cases() -> None:
    sizes = {family: len(cases) for family, cases in ALL_FAMILIES.items()}
    assert min(sizes.values()) >= 10, sizes
    assert sum(sizes.values()) >= 120, sizes
