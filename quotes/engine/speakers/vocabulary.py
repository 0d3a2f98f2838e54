"""What speaker resolution builds once per lexicon: word patterns, word sets and caches."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

import regex

from quotes.engine.lexicon import Lexicon, alternation
from quotes.engine.windows import SUBORDINATE_CLAUSE_CHARACTERS


@dataclass(frozen=True, slots=True)
class WordPatterns:
    """Patterns built once per lexicon from its word lists."""

    honorifics: regex.Pattern[str]
    male_honorific: regex.Pattern[str]
    female_honorific: regex.Pattern[str]
    leading_determiner: regex.Pattern[str]
    # "When Trump suggested …, Rubio fired back": the clause before the comma is subordinate.
    subordinate_opening: regex.Pattern[str]
    # "Speaking to supporters in Regina, Moe said …", "In a video posted Sunday, the mayor
    # urged …": an introductory phrase, up to a comma before a capital, a pronoun or a
    # determiner.
    introductory_phrase: regex.Pattern[str]
    # A sentence opening with a plural group: "Residents packed …", "The protesters said …".
    plural_subject: regex.Pattern[str]
    # A relative pronoun inside a role: "baker whose shop burned down".
    relative_clause: regex.Pattern[str]
    # A byline: "By Sarah Chen", "Reporting by Tom Hale and Ann Ruiz".
    byline: regex.Pattern[str]
    # A picture's credit up to a name after it: "Picture: NCA NewsWire / ", "(Photo: ".
    photo_credit: regex.Pattern[str]
    # An unnamed person opening a sentence: "A neighbour said …", "One witness, who …,".
    described_person: regex.Pattern[str]
    # A person described by their kin to someone named: "Gerald Orme's widow sat …".
    kin_of_name: regex.Pattern[str]
    # After a document, the words that name who it is from: an optional participle ("filed",
    # "issued"), an optional addressee ("to Facebook") and "from" or "by".
    author_link: regex.Pattern[str]
    # The author phrase after them: up to a comma, colon, bracket, quotation mark, or a word
    # that opens a clause or a time ("from the company on Tuesday").
    author_phrase: regex.Pattern[str]


def capitalised(words: frozenset[str]) -> str:
    """A regex group of `words` as they open a sentence: capitalised."""
    return alternation(word.capitalize() for word in words)


@cache
def kin_order(lexicon: Lexicon) -> dict[str, int]:
    """Each kin word's place in the lexicon's order."""
    return {word: k for k, word in enumerate(lexicon.kin_words)}


@cache
def kin_word_reach(lexicon: Lexicon) -> int:
    """How far back from a comma a kin word and the blank before it reach."""
    return 1 + max((len(word) for word in lexicon.kin_words), default=0)


@cache
def person_heads(lexicon: Lexicon) -> frozenset[str]:
    """Nouns for one person: roles, kin and plain person nouns, less plurals of others."""
    nouns = lexicon.roles | lexicon.person_nouns | lexicon.kin_words.keys()
    return frozenset(
        noun
        for noun in nouns - lexicon.plural_nouns
        if not (noun.endswith("s") and noun[:-1] in nouns)
    )


@cache
def word_patterns(lexicon: Lexicon) -> WordPatterns:
    """The patterns of `lexicon`'s honorifics, determiners and subordinators."""
    honorifics = lexicon.honorifics
    male = [word for word, gender in honorifics.items() if gender == "male"]
    female = [word for word, gender in honorifics.items() if gender == "female"]
    subordinators = alternation(word.capitalize() for word in lexicon.subordinators)
    author = [word for word, link in lexicon.author_links.items() if link == "author"]
    addressee = [word for word, link in lexicon.author_links.items() if link == "addressee"]
    return WordPatterns(
        honorifics=regex.compile(rf"(?i)^(?:{alternation(honorifics)}\.?\s*)+$"),
        male_honorific=regex.compile(rf"\b{alternation(male)}\b"),
        female_honorific=regex.compile(rf"\b{alternation(female)}\b"),
        leading_determiner=regex.compile(rf"(?i)^{alternation(lexicon.leading_determiners)}\s+"),
        plural_subject=regex.compile(
            rf"\s*(?:{capitalised(lexicon.plural_subject_openers)},?\s+)?"
            rf"((?:{capitalised(lexicon.plural_subject_determiners)}\s+)?"
            # a noun modifying the plural head: "Union members", "Hospital workers"
            rf"(?:\p{{L}}+\s+)?(\p{{L}}+s))\b(?!['’])"
        ),
        subordinate_opening=regex.compile(
            rf"\s*{subordinators}\b[^,.;:]{{1,{SUBORDINATE_CLAUSE_CHARACTERS}}},"
        ),
        introductory_phrase=regex.compile(
            rf"\s*(?P<opener>{capitalised(lexicon.introduction_openers)}|\p{{Lu}}\p{{Ll}}{{2,}}(?:ing|ed)(?=\s\p{{Ll}}))"
            rf"\s[^,.;:!?\"“”\n]{{1,{SUBORDINATE_CLAUSE_CHARACTERS}}}?,\s+"
            rf"(?=\p{{Lu}}|(?:{alternation([*lexicon.pronouns, *lexicon.describing_determiners])})"
            r"\b)"
        ),
        relative_clause=regex.compile(rf"\s(?:{alternation(lexicon.relative_pronouns)})\b"),
        byline=regex.compile(rf"\s*(?i:{alternation(lexicon.byline_openers)})\s+\p{{Lu}}"),
        photo_credit=regex.compile(
            rf"(?i:\b(?:{alternation(lexicon.depiction_nouns)})(?:\s+credit)?\s*:)[^.!?:\n]*$"
        ),
        described_person=regex.compile(
            rf"\s*((?i:{alternation(lexicon.singular_determiners)})\s+"
            rf"(?:[\p{{L}}\d'’-]+\s+){{0,3}}?(?i:{alternation(person_heads(lexicon))}))(?![\p{{L}}'’-])"
        ),
        kin_of_name=regex.compile(
            rf"\s*(\p{{Lu}}[\p{{L}}'’-]*(?:\s+\p{{Lu}}[\p{{L}}'’-]*){{0,3}}['’]s\s+"
            rf"(?:{alternation(lexicon.kin_words)}))(?![\p{{L}}'’-])"
        ),
        author_link=regex.compile(
            rf",?\s+(?:(?P<participle>\p{{Ll}}+)\s+)?(?:{alternation(addressee)}\s+[^,.;:]{{1,40}}?\s+)?"
            rf"{alternation(author)}\s+(?=\S)"
        ),
        author_phrase=regex.compile(
            rf"(?:(?!\s+{alternation(lexicon.author_stops)}\s)[^,;:()\"“”])+"
        ),
    )


# Titles whose gender is remembered across documents (bounded for a huge archive).
TITLE_GENDERS = 4096


@lru_cache(maxsize=TITLE_GENDERS)
def title_gender(lexicon: Lexicon, title: str) -> str | None:
    """The gender a title shows ("Mrs.", "Congresswoman"), if any; titles recur across
    documents, so each is read once."""
    lower = title.lower()
    patterns = word_patterns(lexicon)
    if patterns.male_honorific.search(lower):
        return "male"
    if patterns.female_honorific.search(lower):
        return "female"
    # "Congresswoman Ortiz", "Sen. and Chairman Reyes": the last gendered word decides
    for word in reversed(lower.split()):
        gender = lexicon.gendered_titles.get(word.strip(".,"))
        if gender is not None:
            return gender
    return None


# Run text → (name offset in the run, name, title, name words), or None: see `split_run`.
RunSplit = tuple[int, str, str, tuple[str, ...]] | None


SPLIT_CACHE_SIZE = 50_000


UNSEEN: RunSplit = (-1, "", "", ())


UNCHECKED = "\0"  # no name: see `SourceChecks.person_name`


@cache
def leading_words(lexicon: Lexicon) -> frozenset[str]:
    """Words that open a capitalised run without being part of a name: determiners,
    pronouns, sentence openers, quantifiers and adverbs ("Neither", "Only", "Even"),
    conjunctions, subordinators and speech verbs' inflected forms ("Added Smith"); a given
    name or a word that opens names ("Will", "May", "New") stays in the name."""
    words = (
        lexicon.determiners
        | lexicon.pronouns.keys()
        | lexicon.sentence_openers
        | lexicon.not_speakers
        | lexicon.function_words
        | lexicon.subject_adverbs
        | lexicon.conjunctions
        | lexicon.subordinators
        # a speech verb's inflected form opening the run: "Added Smith: "…"", "Says Trump"
        | {form for form, lemma in lexicon.speech_verbs.items() if form != lemma}
    )
    return frozenset(words - lexicon.given_names.keys() - lexicon.name_like_words)


@cache
def run_splits(lexicon: Lexicon) -> dict[str, RunSplit]:
    """The splits of capitalised runs already seen with `lexicon`, in any document."""
    return {}


@cache
def name_checks(lexicon: Lexicon) -> tuple[dict[str, bool], dict[str, str | None]]:
    """What `SpeakerResolver` found of speaker names already checked with `lexicon`, in any
    document: whether each is a fragment, and the name a person so named goes by."""
    return {}, {}


@cache
def opener_words(lexicon: Lexicon) -> frozenset[str]:
    """Words that open a phrase without naming anyone ("The", "Other", "Every"), with
    `not_speakers`: determiners, pronouns and sentence openers. Once per lexicon."""
    return frozenset(lexicon.determiners | lexicon.pronouns.keys() | lexicon.sentence_openers)


@cache
def filler_words(lexicon: Lexicon) -> frozenset[str]:
    """Words that name no one on their own: quantifiers, sentence adverbs, determiners,
    pronouns and other function words. Once per lexicon."""
    return frozenset(
        lexicon.not_speakers
        | lexicon.determiners
        | lexicon.function_words
        | lexicon.sentence_openers
        | lexicon.pronouns.keys()
    )


@cache
def capitalised_forms(words: frozenset[str]) -> frozenset[str]:
    """Each word as it stands in a name: capitalised, upper case, or as listed."""
    forms = {form for word in words for form in (word, word.capitalize(), word.upper())}
    return frozenset(forms | {form.rstrip(".") for form in forms})


# Role words whose introduction patterns are kept (bounded for a huge archive).
ROLE_INTRODUCTIONS = 1024


@lru_cache(maxsize=ROLE_INTRODUCTIONS)
def introduction_of(lexicon: Lexicon, head: str) -> regex.Pattern[str]:
    """An unnamed person introduced by a role word: "a European diplomat", "one official",
    "a U.S. trade official", "one senior Labour MP", "The store's current night clerk" (up
    to three modifiers; the word in any case), with no name in apposition after it or
    after its field ("The city's general manager of planning, Bartholomew Petrescu,")."""
    return regex.compile(
        # not after a comma: ", a nurse," or ", the city's director" describes the name before it
        rf"(?<![\p{{L}}'’-]|,\s|,\s(?i:the)\s)(?i:{alternation(lexicon.singular_determiners)}|"
        rf"(?:(?i:the)\s+)?\p{{L}}+['’]s)\s+"
        rf"(?:(?:[\p{{L}}\d'’-]+|(?:\p{{Lu}}\.)+)\s+){{0,3}}?(?i:{regex.escape(head)})(?![\p{{L}}'’-])"
        rf"(?![^,.;:\n]{{0,60}},\s+\p{{Lu}}\p{{Ll}}+\s+\p{{Lu}})"
    )


@cache
def death_pattern(lexicon: Lexicon) -> regex.Pattern[str]:
    """A person's death told right after their name, an appositive between: "Hock died",
    "Ann Lee, 23, was killed"."""
    return regex.compile(
        rf"(?:,[^,.\n]{{1,60}},)?\s+{alternation(lexicon.death_phrases)}(?![\p{{L}}])"
    )
