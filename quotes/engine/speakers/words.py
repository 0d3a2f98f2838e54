"""The patterns and limits speaker resolution reads text with, and small text helpers."""

from __future__ import annotations

import re

import regex

from quotes.engine.analysis import DOTTED

# Simple patterns run faster in the standard library's `re` than in `regex`.
WORD = re.compile(r"\S+")


DOTTED_WORD = regex.compile(DOTTED)
# One capital and a full stop: a name's initial ("R. K. Sharma").
INITIAL = regex.compile(r"\p{Lu}\.")


# A capitalised word after a space, with its full stops ("Partners", "Corp.").
CAPITALISED_AFTER_SPACE = regex.compile(r"(?<=\s)\p{Lu}[\p{L}.]*")
WORD_JOINERS = "'’-"  # a word running on through one of these is another word


# A capitalised word in the plural ("Falcons", "Democrats"), not "Ross" or "Marcus".
PLURAL_NAME = re.compile(r"[a-z][^su']s$")
POSSESSIVE_S = re.compile(r"(?:['’]s|(?<=s)['’])$")  # "Trump's", "Sanders’"


# A byline or a post's signature is one short line.
CREDIT_LINE_CHARACTERS = 120
# A picture's credit names its photographer a few words after "Picture:" or "Photo:".
PHOTO_CREDIT_CHARACTERS = 60
# A word shaped like a given name right before a surname ("Darragh Lyster"), and how far
# back it is looked for: a given name is one short word.
WORD_BEFORE_NAME = regex.compile(r"(\p{Lu}\p{Ll}+) $")
GIVEN_NAME_CHARACTERS = 30


# "— Sarah Chen (@sarahchen) December 1, 2026": the signature under an embedded post.
POST_SIGNATURE = regex.compile(r"\s*[—–-]+\s*\p{Lu}[^\n(]{0,60}\(@\w+\)")


# An author phrase longer than this is a clause, not a name or a description.
AUTHOR_WORDS = 12


LETTER = regex.compile(r"\p{L}")


# The last word or mark of narrative before a quotation's opening marks ("Rubio", ",").
NARRATIVE_END = regex.compile(r"([\p{L}'’.]+|[,;:\-—–])[\s\p{Pi}\p{Ps}'\"`]*$")


# A sentence's end, then the opening marks of a quotation: the quotation opens a sentence.
SENTENCE_END_BEFORE = regex.compile(r"[.!?][\p{Pf}\p{Pe}'\"]*\s+[\p{Pi}\p{Ps}'\"`]*$")


POSSESSIVE_INSIDE = re.compile(r"['’]s?\s")  # "Boston's Walsh": a possessive, then a noun


# A lower-case word right after a name: the noun a name after "the" modifies.
NOUN_AFTER = re.compile(r" [a-z]")


# "FlagShareLikeReply": three or more capitalised words glued into one
GLUED_WORDS = re.compile(r"(?:[A-Z][a-z]+){3,}")


# "his wife, Ellen,", "Kai's mother, Lan,": a kin word (checked against kin_words.txt),
# then a given name alone; KIN_OWNER_CHARACTERS are read for the owner before the kin word.
KIN_OWNER_CHARACTERS = 30
KIN_OWNER = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur|[A-Z][\w-]*['’]s?)\s+$")


KIN_NAME = re.compile(r"([A-Z][a-z]+)(?=,|\s+(?:said|says|told)\b)")


# Characters of a given name read before the comma after it ("his daughter Mina, 17,").
KIN_NAME_CHARACTERS = 20
# The fewest letters of a given name the list lacks ("Tola", "Ian"): shorter words after a
# kin word are initials or abbreviations.
MIN_NAME_LETTERS = 3


# ", a political scientist", ", the Fox News anchor", ", Labour's candidate" after a name: a
# role in an appositive
ROLE_APPOSITIVE = re.compile(
    r",\s+(?:a|an|the|his|her|their|its|[A-Z][\w.&-]*['’]s)\s+((?:[\w'’.-]+\s+){0,4}[\w-]+)"
)


# ", political science professor at …": AP style drops the article before a role.
BARE_ROLE_APPOSITIVE = re.compile(r",\s+((?:[a-z][\w'’.-]*\s+){0,2}[a-z][\w-]*)\s+(?:at|of|for)\b")


# The lower-case word right before a name ("economist Eswar Prasad").
WORD_BEFORE = re.compile(r"(?<![\w'’-])([a-z]+(?:-[a-z]+)?)\s+$")
# A role or kin word set off by a comma before a name, after a possessive or "the":
# "Calloway-Tran's coach, Pieter Vandermolen", "her husband, Desmond Ybarra".
WORD_BEFORE_COMMA = re.compile(
    r"(?:\b(?i:the|his|her|their|its)|\w['’]s?)\s+(?:[a-z]+\s+)?([a-z]+(?:-[a-z]+)?),\s+$"
)
# An office of a body or field set off by a comma before a name: "the Minister for
# Agriculture, Dónal Ó Murchú", "the chief executive of Acme Corp, Ann Lee", "The city's
# general manager of planning, Bartholomew Petrescu" (the office word).
OFFICE_BEFORE_COMMA = regex.compile(
    r"(?:\b(?i:the)|\p{L}['’]s)\s+(?:\p{L}+\s+)?(\p{L}+)\s+(?:for|of)\s+"
    r"(?:the\s+)?\p{L}[\p{L}&'’ -]{0,60},\s+$"
)


# ", 41," after a name: an age, as news gives it ("Ana Ruiz, 41, said")
AGE_APPOSITIVE = re.compile(r",\s*\d{1,3},")
# A party tag after a name, its letters and place: ", D-Tucson," or " (R-Ohio)".
PARTY_TAG_AFTER = re.compile(r"(?:,\s*|\s*\()(\w{1,3})-(\w[\w. ]{0,24}?)\.?[,)]")


PLAIN_WORD = re.compile(r"(?:[^\W\d_]|['’.\-])+")


# Where a clause ends inside a sentence: the names after it are no longer the clause's own.
CLAUSE_END = re.compile(r"[,;:()—–]|\s-+\s")


# A capitalised word that may be a given name standing alone ("she told Tracy").
GIVEN_NAME_WORD = regex.compile(r"(?<![\p{L}'’])\p{Lu}\p{Ll}+(?![\p{L}'’])")


# The comma of reported words before their cue ("…, he said."), right before a pronoun.
REPORTED_BEFORE = re.compile(r",\s*$")


# A cue that closes its sentence: a verb and a few words ("he said.", "she said Tuesday.").
FINAL_CUE = re.compile(r"\s+[a-z]+(?:\s+[\w.]+){0,3}?\s*[.!?]\s*$")


# The last dash, semicolon or colon of a stretch: the reported words start after it.
CLAUSE_BOUNDARY = re.compile(r".*(?:[;:—–]|\s-+\s)", re.DOTALL)


# Between a quotation and its cue's pronoun: the closing mark and a comma ('…," he said').
QUOTE_TO_CUE = regex.compile(r"[^\p{L}\d]{0,4}")


# The one or two words after a pronoun, where its verb stands ("he shot back").
NEXT_WORDS = re.compile(r"\s+([a-z]+)(?:\s+([a-z]+))?")
# An aside set off by commas after a name, its first word in group 1: ", who owns a salon,".
COMMA_ASIDE = re.compile(r",\s+([a-z]+)\s[^,.;\n]{1,80},")


# A verb, then titles or words of a name, between an asker and the one asked ("asked
# Sen. Ted").
PUT_TO = regex.compile(r"\s+\p{Ll}+\s+(?:\p{Lu}[\p{L}.'’]*\s+){0,3}")


# Blanks before a sentence's first word that still count as its opening.
SENTENCE_INDENT = 4


# A sentence's subject that may describe a person named before: "The senator", "The Ohio
# governor", "The Democratic presidential nominee" (the head is checked against the roles).
DESCRIBED_SUBJECT = regex.compile(r"\s*([Tt]he(?:\s+[\p{L}\-]+){1,4})")


# A possessive ending right after a name ("Reyes's", "Reyes'").
POSSESSIVE_AFTER = re.compile(r"['’]s?\b")


# A time or time zone glued to the name after it on a scraped page ("9:30 PMChris Christie").
GLUED_TIME = regex.compile(r"(?:[AP]M|[ECMP][SD]?T|GMT|UTC)(?=\p{Lu}\p{Ll})")


# Letters of a capitalised participle ("Understated") that may open a sentence before a
# surname; shorter words ending so are likelier names ("Ted"). Adverbs: `ADVERB_LETTERS`.


PARTICIPLE_LETTERS = 7

# Letters of a capitalised adjective opening a run before a name ("Conservative Aleksander
# Petrov", "Liberal Anne Roy", "Federal Judge …"); shorter ones are likelier names ("Vidal").
ADJECTIVE_LETTERS = 7
# The endings of such an adjective: party labels and jurisdictions.
LABEL_ENDINGS = ("ive", "al")
# A label, a given name and a surname at least.
LABELLED_NAME_WORDS = 3
# The most words a person's name runs to ("Juan Carlos de la Vega Ruiz"): a longer
# capitalised run with "For" or "Her" in it is a Title Case headline.
NAME_WORDS_AT_MOST = 6


# A capitalised word inside a run that may be a headline's verb ("Praises", "Slams").
HEADLINE_VERB = regex.compile(r"\s+(\p{Lu}\p{Ll}+s)\b")


# A capitalised word of letters only: what most surnames are, found in one pass of the text.
UPPER_RUN = regex.compile(r"(?<!\p{L})\p{Lu}\p{L}*")


LOWER_WORD = regex.compile(r"(?<![\p{L}'’])\p{Ll}\p{L}{3}")


LOWER_ANY = regex.compile(r"(?<![\p{L}'’])\p{Ll}+")


CAPITAL_WORD = regex.compile(r"(?<![\p{L}'’])\p{Lu}\p{L}{3}")


# Mentions of people a pronoun cannot mean that its search steps over before giving up; and
# the names after a pronoun in its sentence read for them ("she told Tracy …").
EXCLUDED_SKIPS = 8


# Words between a name and the name it modifies ("Minnesota state delegate Mary Susan").
MODIFIER_WORDS = 3


# Letters of a lower-case word too short to be a modifier's noun: "met", "won", "and".
SHORT_WORD = 3


# "and" after a plural subject, and the group it joins: a capitalised name with "the"
# ("the NDP", "the Green Party") or a plural noun ("unions").
AND_AFTER = regex.compile(r"\s+(?:and|&)\s+")


AND_BEFORE = regex.compile(r"\s+(?:and|&)\s+$")


# How far before a name the "and" joining another to it is looked for.
JOINED_REACH = 6


# A name joined after "and" ends at punctuation or at the sentence's end.
JOINED_NAME_END = regex.compile(r"[\p{L}\p{M}.'’ -]+?(?=\s*(?:[,;:!?()]|\.?\s*$|\.\s))")


COORDINATE_GROUP = regex.compile(
    r"(?:[Tt]he\s+)?\p{Lu}[\p{L}.'’&-]*(?:\s+\p{Lu}[\p{L}.'’&-]*)*(?=[\s,.;:])"
)


# A plural subject and its verb closing a sentence, a day at most after them: "Every file
# will be checked, federal prosecutors said.", "…, officials said on Tuesday."
TRAILING_PLURAL_CUE = regex.compile(
    r",\s+((?:\p{Ll}+\s+){0,2}\p{Ll}+s)\s+(\p{Ll}+)(?:\s+(?:on|last|this)?\s*\p{Lu}\p{Ll}+)?\s*[.!?]\s*$"
)
# The subject and verb issuing a document just named: "police said in a news release",
# "Fox News said in a statement" (the text up to the document's noun).
ISSUING_CUE = regex.compile(
    r"(?:^|[\s,])((?:\p{Lu}[\p{L}&'’.-]*\s+){0,4}\p{L}+)\s+(\p{Ll}+)\s+in\s+(?:\p{Ll}+\s+){1,3}$"
)
# "it" or "its", a body's pronouns.
ITS = regex.compile(r"\bits?\b")
# A capitalised name opening a clause, a lower-case word after it: "The Harwell Farmers'
# Union has opposed …", "Acme Corp. reported …", "The Ministry of Health said …".
NAME_SUBJECT = regex.compile(
    r"\s*(?:[Tt]he\s+)?(\p{Lu}[\p{L}\p{M}\d&'’.-]*(?:\s+(?:of|for|and|&|\p{Lu}[\p{L}\p{M}\d&'’.-]*)){0,7})"
    r"\s+(\p{Ll}+)"
)
# The same with an appositive before its verb: "Xcel Energy, the state's largest utility,
# said …".
NAME_APPOSED_SUBJECT = regex.compile(
    r"\s*(?:[Tt]he\s+)?(\p{Lu}[\p{L}\p{M}\d&'’.-]*(?:\s+(?:of|for|and|&|\p{Lu}[\p{L}\p{M}\d&'’.-]*)){0,7})"
    r",[^,\n]{1,60},\s+(\p{Ll}+)"
)


NEXT_WORDS_RUN = regex.compile(r"\G\s+(\p{Ll}+)")


GROUP_WORDS = 3


# Characters between two names joined by "and", with their titles and parentheses ("Sens.
# Jon Tester (D-Mont.) and David Vitter (R-La.)").
COORDINATION_CHARACTERS = 60


PARENTHESIS = re.compile(r"\([^()]{0,30}\)")


# An appositive after a subject's name, up to the comma that closes it (", a former union
# leader,", ", 33,"), or that closing comma alone; short, and no sentence or quotation in it.
APPOSITIVE_AFTER = regex.compile(r",(?:[^,.;:!?\"“”()]{1,60},)?")


# Words of a description before a subject named in apposition ("Carson's longtime friend
# and adviser, Armstrong Williams, said"): a noun phrase with a short modifier.
DESCRIBED_OPENING_WORDS = 6


# Characters of a pronoun's quotation read for the names of people it speaks of.
QUOTED_CHARACTERS = 2000


# A capitalised word in a quotation, which may name someone ("Rubio", "Bryan's").
QUOTED_NAME_WORD = regex.compile(r"(?<![\p{L}'’])\p{Lu}\p{Ll}+(?:['’]s?)?(?![\p{L}'’])")


# Characters of a pronoun's clause read for a given name standing alone ("she told Tracy").
CLAUSE_CHARACTERS = 160


# Characters before a name read for a role word ("spokeswoman Ann Vale").
ROLE_WORD_CHARACTERS = 24


# Occurrences of a capitalised word's lower-case form read to tell a common word ("People")
# from a surname: a handful settle it, and the search stays bounded.
COMMON_WORD_LOOKS = 16


# Up to this many surnames are searched for one by one in `_collect_surnames` (`str.find`
# is fast); more, and one pass over the text's capitalised words keeps it linear.
FEW_SURNAMES = 24


def find_all(text: str, word: str, most: int, start: int = 0, end: int | None = None) -> list[int]:
    """Up to `most` offsets where `word` stands in `text[start:end]`."""
    found: list[int] = []
    end = len(text) if end is None else end
    at = text.find(word, start, end)
    while at >= 0 and len(found) < most:
        found.append(at)
        at = text.find(word, at + 1, end)
    return found


def unglued(word: tuple[int, str]) -> tuple[int, str]:
    """A run's first word without a time marker glued to it ("PMChris" → "Chris")."""
    start, text = word
    glued = GLUED_TIME.match(text)
    return (start + glued.end(), text[glued.end() :]) if glued else word


# A name in apposition after a description, between commas: "One commuter, Tasha Bell,".
# "A new manager, he said, could …": a pronoun's own cue set off inside the sentence, so
# the words before it are what was said, not who said it.
PARENTHETICAL_CUE = regex.compile(r",\s+(\p{L}+)\s+\p{Ll}+,")
NAME_IN_APPOSITION = regex.compile(r",\s+\p{Lu}[\p{L}'’.\-]*(?:\s+\p{Lu}[\p{L}'’.\-]*){0,3},")


# A sentence opening with a participle's clause, up to the comma before its subject:
# "Asked by Ms Achebe how she felt, ", "Pressed on the cuts, ", "Reached by phone, ".
# (a full stop only after an abbreviation: "Asked whether Gov. Dorsey-Park had been …,")
PARTICIPLE_OPENING = regex.compile(
    r"[\s\p{Pi}\p{Ps}'\"]*\p{Lu}\p{Ll}+ed\b(?:[^.;:!?\n]|(?<=\b\p{Lu}\p{Ll}{0,3})\.)*,\s*"
)


def first_word_after_openers(
    text: str, start: int, end: int, openers: frozenset[str]
) -> re.Match[str] | None:
    """The first word from `start` that is no discourse opener ("But", "Still,"), read
    lazily: only the first words matter, however long the sentence."""
    words = PLAIN_WORD.finditer(text, start, end)
    word = next(words, None)
    while word is not None and word.group().lower().strip(",") in openers:
        word = next(words, None)
    return word
