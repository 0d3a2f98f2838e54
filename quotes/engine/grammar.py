"""The grammar the attribution rules read, at its base: names and noun phrases on tokens.

Layered classes, each adding one kind of phrase to the layers below it: name words and
noun phrases here, then a sentence's opening (quotes.engine.openings), the subject after
an inverted verb (quotes.engine.inverted), commas beside a name
(quotes.engine.appositives) and the subject before a verb (quotes.engine.subjects). The
speech verbs (quotes.engine.cues) and cue scans (quotes.engine.rules) build on the top.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Literal, NamedTuple

import regex

from quotes.engine.analysis import CONTRACTED_PRONOUNS, Token, particle_surname
from quotes.engine.language import Language
from quotes.engine.lexicon import Lexicon
from quotes.engine.windows import DESCRIPTION_WORDS, OFFICE_TOKENS

MentionKind = Literal["name", "pronoun", "nominal"]

# party and state, AP style: "Rep. Ann Cole, D-Calif., said"
ABBREVIATION = regex.compile(
    r"\p{Lu}|\p{Lu}\p{Ll}{1,3}|(?:\p{L}\.)+\p{L}|\p{Lu}-(?:\p{Lu}\p{Ll}{0,4}|(?:\p{L}\.)+\p{L})"
)
CLAUSE_BREAK = frozenset(".!?;:()[]")
# Tokens of a person's name read back from its surname for a given name or a title
# ("House Speaker Paul D. Ryan": Ryan, the full stop, D, Paul).
PERSON_NAME_TOKENS = 5
# Letters of a capitalised adverb that may open a sentence ("Clearly", "Predictably");
# shorter words ending in "ly" are likelier names ("Ely").
ADVERB_LETTERS = 5
# "the 43-year-old said": an age standing for the person.
AGED = re.compile(r"\d+-year-old")


def epithet_kin(word: str) -> str | None:
    """The kin word of a tabloid's epithet ("mother" of "mother-of-two", "gran" of
    "gran-of-four"), or None for any other word."""
    return word.split("-of-")[0] if "-of-" in word else None


def owner_name(word: str, lexicon: Lexicon) -> bool:
    """Whether a capitalised word in the possessive may name a business on its own
    ("McDonald's", "Sainsbury's"): no contraction, pronoun, function word, quantifier or
    sentence opener before its 's ("There's", "It's", "Someone's", "Let's", "What's")."""
    if not (word[:1].isupper() and word.endswith(("'s", "’s"))):
        return False
    stem = word[:-2].lower()
    return not (
        not stem.replace("-", "").isalpha()
        or stem in CONTRACTED_PRONOUNS
        or stem in lexicon.pronouns
        or stem in lexicon.function_words
        or stem in lexicon.determiners
        or stem in lexicon.not_speakers
        or stem in lexicon.sentence_openers
        or stem in lexicon.subordinators
        or stem.endswith(("one", "body", "thing"))  # "Someone's", "Everybody's"
    )


def named_for_owner(tokens: list[Token], i: int, lexicon: Lexicon) -> bool:
    """Whether the token at `i`, right before a verb, is one capitalised word in the
    possessive that names a business on its own ("McDonald's", "Sainsbury's"), with no
    name, title or determiner before it."""
    token = tokens[i]
    if not (token.possessive and owner_name(token.text, lexicon)):
        return False
    before = tokens[i - 1] if i > 0 else None
    if before is None:
        return True
    if not before.text[0].isalnum():
        return before.text != "."  # not "Mr. Clinton's"
    return not (before.capitalised or before.lower in lexicon.determiners)


class Mention(NamedTuple):
    """A stretch of text naming a speaker, before resolution."""

    start: int
    end: int
    kind: MentionKind
    role_start: int = -1
    role_end: int = -1


def adverb_shaped(lower: str) -> bool:
    """Whether a lower-cased word has an adverb's shape ("clearly", "predictably")."""
    return len(lower) >= ADVERB_LETTERS and lower.endswith("ly")


@cache
def _name_word_sets(lexicon: Lexicon) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The word sets `NameShapes` reads, built once per lexicon rather than per document:
    the words `subject_at_start` steps over before a sentence's subject ("Clinton,
    however"), the first words of phrasal verbs, and the words that are no part of a name."""
    subject_skips = lexicon.subject_adverbs | {","}
    phrasal_heads = frozenset(head for head, _ in lexicon.phrasal_verbs)
    not_names = (
        lexicon.determiners
        | lexicon.pronouns.keys()
        | (lexicon.function_words - lexicon.name_like_words)
        | lexicon.sentence_openers
        | lexicon.calendar_words
    ) - {"one"}
    return frozenset(subject_skips), phrasal_heads, frozenset(not_names)


class NameShapes:
    """Single tokens and short stretches of names: which words can be part of a name, where
    a person's name ends, and which lower-case connectors go on with an office.

    The lowest layer of the grammar the rules read; each layer above adds one kind of
    phrase and may use every layer below it."""

    def __init__(self, language: Language) -> None:
        lexicon = self.lexicon = language.lexicon
        self.quote_chars = language.marks.characters
        # Double marks end a rule's search; a lone ’ or ' is more often an apostrophe.
        self.double_marks = language.marks.double_characters
        self.closing_chars = language.marks.closing_characters
        self.subject_skips, self.phrasal_heads, self.not_names = _name_word_sets(lexicon)

    def is_name_word(self, token: Token) -> bool:
        """A capitalised word that can be part of a name or title ("His" and "The" cannot)."""
        return (
            ((token.capitalised and token.text[0].isalpha()) or self.particle_surname(token))
            and not token.possessive
            and token.lower not in self.not_names
        )

    def opening_adverb(self, token: Token) -> bool:
        """Whether a capitalised word is an adverb opening a sentence ("Predictably, the
        board …"), not a given name, a place or a surname ("Tilly", "Italy", "Kelly")."""
        lower = token.lower
        return (
            adverb_shaped(lower)
            and lower not in self.lexicon.given_names
            and lower not in self.lexicon.places
        )

    def particle_surname(self, token: Token) -> bool:
        """A surname behind a hyphened lower-case particle ("al-Rashid", "el-Masri")."""
        return token.text[0].islower() and particle_surname(token.text, self.lexicon.particles)

    def ends_person_name(self, tokens: list[Token], last: int) -> bool:
        """Whether a person's name ends at token `last`: a given name before the surname
        ("Ann Cole", "Paul D. Ryan") or a title ("Sen. Schumer"), so that "of" after it
        says where the person is from ("Sen. Schumer of New York"), not which office
        ("Secretary of State"). A title word last ("King") is a surname after a given name
        ("Peter T. King"), an honorific or an abbreviated title ("Mr. King", "Sen. King");
        after other titles it is one of them ("Chief Constable of West Arden Police")."""
        if not tokens[last].capitalised:
            return False
        titled = tokens[last].lower not in self.lexicon.titles
        i = last - 1
        while i >= 0 and last - i <= PERSON_NAME_TOKENS:
            token = tokens[i]
            if token.text == ".":
                i -= 1
                continue
            if token.lower in self.lexicon.titles or token.lower + "." in self.lexicon.titles:
                if titled or token.lower in self.lexicon.honorifics or tokens[i + 1].text == ".":
                    return True  # "Mr. King of Maine", "Sen. King of Maine": a person
                i -= 1
                continue
            if not token.capitalised:
                return False
            if token.lower in self.lexicon.given_names:
                return True
            i -= 1
        return False

    def continues_office(self, tokens: list[Token], i: int) -> bool:
        """Whether the lower-case connector at `i` ("for", "of") goes on with the name of
        an office, between capitalised words: "Secretary of State for Health", "Chief
        Constable of West Arden Police". The words before it hold a title word and end no
        person's name ("Sen. Tom Lee of Ohio"); "and" joins two people as often ("Ann Cole
        and Tom Lee"), and is left to the joint speakers."""
        connector = tokens[i].lower
        if (
            i == 0
            or i + 1 >= len(tokens)
            or connector not in self.lexicon.title_connectors
            or connector == "the"
            or connector in self.lexicon.conjunctions
            or not self.is_name_word(tokens[i - 1])
            or not self.is_name_word(tokens[i + 1])
            or self.ends_person_name(tokens, i - 1)
        ):
            return False
        titles = self.lexicon.titles
        for k in range(i - 1, max(-1, i - 1 - OFFICE_TOKENS), -1):
            token = tokens[k]
            if token.lower in titles:
                return True
            if not (self.is_name_word(token) or token.lower in self.lexicon.title_connectors):
                return False
        return False

    def abbreviation(self, token: Token) -> bool:
        """Whether a full stop after `token` ends an abbreviation ("St.", "Const.", "U.S")."""
        return (
            ABBREVIATION.fullmatch(token.text) is not None
            or token.lower + "." in self.lexicon.titles
        )


class NameWords(NameShapes):
    """The name or title run that ends at a token."""

    def name_run_before(self, tokens: list[Token], last: int) -> int:
        """Index of the first token of the name/title run that ends at `last`."""
        first = last
        i = last - 1
        while i >= 0:
            token = tokens[i]
            if token.text == "." and i > 0 and self.abbreviation(tokens[i - 1]):
                i -= 1  # "Sen." and "U.S." keep their full stop
                continue
            if self.is_name_word(token) or self._inside_name(tokens, i):
                first = i
            elif token.lower in self.lexicon.particles:
                first = i  # "de Hoop Scheffer"
            elif token.lower in self.lexicon.name_connectors and token.lower != "the" and i > 0:
                if not self.is_name_word(tokens[i - 1]) or self.ends_person_name(tokens, i - 1):
                    break  # "Ann Cole of Raleigh": a person, then where she is from
            elif self.continues_office(tokens, i):
                pass  # "Secretary of State for Health Jane Doe"
            elif token.text == "&" and i > 0 and self.is_name_word(tokens[i - 1]):
                pass  # "Harlow & Finch analyst Priyanka Oduya": a firm's name, a sign inside
            elif token.lower in self.lexicon.titles or token.lower in self.lexicon.roles:
                first = i  # "press secretary Josh Earnest", "frontrunner Donald Trump"
            else:
                break
            i -= 1
        return first

    def _inside_name(self, tokens: list[Token], i: int) -> bool:
        """Whether a capitalised word that opens no name ("First", "New") stands between
        the words of one: "the Oak Lake First Nation"."""
        token = tokens[i]
        return (
            i > 0
            and token.capitalised
            and token.text.isalpha()
            and not token.possessive
            and not self._joins_phrases(token.lower)
            and self.is_name_word(tokens[i - 1])
        )

    def _joins_phrases(self, word: str) -> bool:
        """Whether a word is a preposition, conjunction or determiner: in a Title Case run
        it ends one name ("CNN President On Trump"), where "First" is inside one."""
        lexicon = self.lexicon
        return (
            word in lexicon.head_prepositions
            or word in lexicon.place_prepositions
            or word in lexicon.object_prepositions
            or word in lexicon.conjunctions
            or word in lexicon.determiners
            or word in lexicon.name_connectors
        )

    def abbreviation_within(self, tokens: list[Token], at: int) -> bool:
        """Whether the full stop at `at` ends an abbreviation inside a phrase that goes on
        ("a nurse at St. Michael's Hospital"), not the sentence."""
        return (
            tokens[at].text == "."
            and at > 0
            and self.abbreviation(tokens[at - 1])
            and at + 1 < len(tokens)
            and tokens[at + 1].capitalised
        )


def verb_word(token: Token, lexicon: Lexicon) -> bool:
    """Whether a word inside a phrase is a verb: not a name's capitalised word nor a title's
    modifier ("a State Department official", "the state labour department")."""
    return (
        token.lower in lexicon.all_verbs
        and not token.capitalised
        and token.lower not in lexicon.title_modifiers
    )


def role_of(tokens: list[Token], i: int, lexicon: Lexicon) -> bool:
    """Whether "of" and a role or title stand before token `i`, the start of what the
    role is of: "head of [the union]", "director of [communications]"."""
    if i < 2 or tokens[i - 1].lower != "of":
        return False
    word = tokens[i - 2].lower
    return word in lexicon.roles or word in lexicon.titles


def joins_roles(tokens: list[Token], i: int, lexicon: Lexicon) -> bool:
    """Whether the conjunction at `i` joins two offices of one person ("chairman and chief
    executive", "co-founder and CEO"): a role or title on each side."""
    if i < 1 or i + 1 >= len(tokens):
        return False
    before, after = tokens[i - 1].lower, tokens[i + 1].lower
    offices = (lexicon.roles, lexicon.titles)
    return any(before in words for words in offices) and any(after in words for words in offices)


def verb_before_name(tokens: list[Token], determiner: int, first: int, lexicon: Lexicon) -> bool:
    """Whether the word before the name at `first` is a verb, not a role: after a singular
    determiner a plain word ending in "s" is the verb of the phrase before it ("A video
    shows Mayor Jill Ortiz telling", "the report names Ann Cole")."""
    word = tokens[first - 1]
    return (
        first - determiner >= 3
        and tokens[determiner].lower in lexicon.singular_determiners
        and word.text.isalpha()
        and word.text.islower()
        and word.lower.endswith("s")
        and not word.lower.endswith(("ss", "us", "is"))
        and word.lower not in lexicon.roles
        and word.lower not in lexicon.titles
    )


class Roles(NameWords):
    """Roles and sources on tokens: the role phrase before a name ("a senior administration
    official"), and which heads can speak."""

    def kind_of(self, tokens: list[Token], first: int, last: int) -> MentionKind:
        """A phrase ending in a capitalised word names someone or something, unless it is
        an indefinite source: "a spokeswoman for Downing Street"."""
        if tokens[first].lower in self.lexicon.singular_determiners:
            return "nominal"
        if first < last and tokens[first].lower == "the" and self._titles_only(tokens, first, last):
            return "nominal"  # "the President", "the Prime Minister": a role in house capitals
        if first + 1 < last and tokens[first + 1].lower == "of" and self.plural_role(tokens[first]):
            return "nominal"  # "Supporters of the mayor", "Critics of Mayor Reid": a group
        last_word = tokens[last]
        return "name" if last_word.capitalised or self.particle_surname(last_word) else "nominal"

    def plural_role(self, token: Token) -> bool:
        """A plural noun for people: "supporters", "critics", "members"."""
        word, lexicon = token.lower, self.lexicon
        return word in lexicon.plural_nouns or (word.endswith("s") and word[:-1] in lexicon.roles)

    def _titles_only(self, tokens: list[Token], first: int, last: int) -> bool:
        """Whether every word after `first` up to `last` is a title, a role or a word for one."""
        lexicon = self.lexicon
        return all(
            token.lower in lexicon.titles
            or token.lower in lexicon.roles
            or token.lower in lexicon.role_synonyms
            for token in tokens[first + 1 : last + 1]
        )

    def is_source_noun(self, word: str) -> bool:
        """A role, an organisation or a document: heads that can speak."""
        lexicon = self.lexicon
        return (
            word in lexicon.roles
            or word in lexicon.organisation_words
            or word in lexicon.source_nouns
            or epithet_kin(word) in lexicon.kin_words  # "mother-of-two", "gran-of-four"
        )

    def described(self, tokens: list[Token], phrase: tuple[Mention, int]) -> bool:
        """Whether a phrase describes someone rather than names them: a nominal phrase, or
        one capitalised noun for people opening a sentence ("People familiar with …",
        "Officials with the ministry")."""
        mention, first = phrase
        if mention.kind == "nominal":
            return True
        word = tokens[first]
        return (
            word.end == mention.end
            and first == 0
            and (word.lower in self.lexicon.roles or word.lower in self.lexicon.person_nouns)
        )

    def extend_role(self, tokens: list[Token], first: int) -> int:
        """Moves `first` back over a role phrase: "a senior administration official"."""
        i = first - 1
        reach = 0
        while i >= 0 and reach < 5:
            token = tokens[i]
            if role_of(tokens, i, self.lexicon):
                # "the head of the union": the role's head comes before "of"; if no phrase
                # opens before it, the phrase is what "of" governs ("the union")
                first = i if token.lower in self.lexicon.determiners else first
                i -= 2
                reach += 2
                continue
            if token.lower in self.lexicon.determiners:
                # "a move critics called", "a video shows Ortiz": the determiner is another noun's
                two = self._two_phrases(tokens, i, first)
                return first if two or verb_before_name(tokens, i, first, self.lexicon) else i
            if token.text == "." and i > 0 and self.abbreviation(tokens[i - 1]):
                i -= 1  # "a U.S. official"
                continue
            if AGED.fullmatch(token.text):
                i -= 1  # "a 61-year-old farmer"
                reach += 1
                continue
            if (
                not token.text[0].isalpha()
                or verb_word(token, self.lexicon)
                or token.lower in self.lexicon.subordinators
                or token.lower in self.lexicon.pronoun_heads  # "the ones State now says are"
                or (token.text.islower() and token.lower in self.lexicon.time_nouns)
            ):
                # "The mood soured when House Speaker Paul Ryan …": a clause before; "Earlier
                # this week Hale said": a time, no role
                break
            if token.lower in self.lexicon.conjunctions and joins_roles(tokens, i, self.lexicon):
                first = i - 1  # "co-founder and CEO Saoirse Hollinrake": one person's offices
                i -= 2
                reach += 2
                continue
            if token.lower in self.lexicon.function_words or token.possessive:
                if token.possessive:
                    # "Trump's spokeswoman Hope Hicks", "Bernie Sanders’ aide"
                    named = token.capitalised or self.particle_surname(token)
                    return self.name_run_before(tokens, i) if named else i
                break
            i -= 1
            reach += 1
        return first

    def _two_phrases(self, tokens: list[Token], determiner: int, head: int) -> bool:
        """Whether a singular determiner cannot open the phrase of a plural head, no
        preposition joining them: "a move critics" is two noun phrases ("said that customers"
        a conjunction and a phrase), where "a letter to committee members" is one."""
        lexicon = self.lexicon
        word = tokens[determiner].lower
        singular = word in lexicon.singular_determiners or word in lexicon.singular_demonstratives
        return (
            self.plural_role(tokens[head])
            and singular
            and not any(t.lower in lexicon.head_prepositions for t in tokens[determiner:head])
        )

    def opens_role(self, tokens: list[Token], i: int) -> bool:
        """Whether an appositive starts at `i`: "a spokesman", "HP's former spokesman"; not
        a phrase of how or where the person spoke (", in a statement,", ", speaking to
        reporters,") or a clause (", who has led the team,")."""
        first = tokens[i]
        if first.lower in self.lexicon.determiners:
            return True
        if self.opens_no_role(first):
            return False
        ahead = tokens[i : i + 5]
        ends = next((k for k, t in enumerate(ahead) if not t.text[0].isalnum()), len(ahead))
        return any(
            self.is_source_noun(t.lower) or t.lower in self.lexicon.titles for t in ahead[:ends]
        )

    def opens_no_role(self, first: Token) -> bool:
        """Whether a phrase after a name's comma opens with a preposition, a relative
        pronoun or a participle: a place, a manner or a clause, never a role."""
        lexicon = self.lexicon
        word = first.lower
        return (
            word in lexicon.head_prepositions
            or word in lexicon.object_prepositions
            or word in lexicon.relative_pronouns
            or (
                first.text.islower()
                and word.endswith(("ing", "ed"))  # "speaking to reporters", "quoted by …"
                and not self.is_source_noun(word)
            )
        )


def owner_determiner(tokens: list[Token], owner: int) -> int:
    """Where the phrase of the possessive at `owner` starts: at its "the" or "a", over a
    modifier or two ("the campaign's spokesman", "the home-goods retailer's chief financial
    officer"); at the owner itself when none stands there."""
    for k in range(owner - 1, max(-1, owner - 4), -1):
        if tokens[k].lower in ("the", "a"):
            return k
        if not (tokens[k].text.islower() and tokens[k].text.replace("-", "").isalpha()):
            break
    return owner


def described_source_start(tokens: list[Token], last: int, lexicon: Lexicon) -> int | None:
    """Where a described source ending in the noun at `last` starts: "one trader",
    "a 54-year-old baker", "the retired fisherman", "several residents"."""
    j = last - 1
    while j >= 0 and last - j <= DESCRIPTION_WORDS:
        word = tokens[j]
        if word.lower in lexicon.describing_determiners:
            return j
        if word.lower == "of" and j > 0 and tokens[j - 1].lower in lexicon.organisation_words:
            # "a coalition of 30 environmental charities": the body speaks, and its
            # own description is counted from its noun
            j -= 1
            last = j
            continue
        plain = word.text.replace("-", "").isalnum() and not word.capitalised
        if (
            not plain
            or word.lower in lexicon.all_verbs
            or word.lower in lexicon.function_words
            or word.lower in lexicon.sentence_openers
            or word.lower in lexicon.conjunctions
        ):
            return None
        j -= 1
    return None


class NounPhrases(Roles):
    """Noun phrases on tokens: a name, a role or a described source that can speak."""

    def noun_phrase_ending(self, tokens: list[Token], last: int) -> tuple[Mention, int] | None:
        """A name or nominal source phrase whose last token is `last`."""
        token = tokens[last]
        if token.text in (".",) and last > 0 and self.abbreviation(tokens[last - 1]):
            last -= 1
            token = tokens[last]
        if self.is_name_word(token):
            first = self.name_run_before(tokens, last)
            first = self.extend_role(tokens, first)
            if tokens[first].lower in ("the",) and first == last:
                return None
            if (
                first == last == 0
                and self.opening_adverb(token)
                and not (len(tokens) > 2 and tokens[2].lower in self.lexicon.relative_pronouns)
            ):
                # "Predictably, the editorial board …": an adverb, no name; "Chatterly,
                # which is owned by …," is a name
                return None
            return Mention(tokens[first].start, token.end, self.kind_of(tokens, first, last)), first
        if self.is_source_noun(token.lower) or (
            last > 0 and tokens[last - 1].possessive and token.text.islower()
        ):
            # "a senior official", "the campaign", "the ad's narrator": a source without a name
            first = self.extend_role(tokens, last)
            if tokens[first].possessive:
                first = owner_determiner(tokens, first)
            return Mention(tokens[first].start, token.end, "nominal"), first
        if AGED.fullmatch(token.text) or (
            token.text.isalpha()
            and token.text.islower()
            and self.may_head(token.lower, tokens[last - 1].lower if last > 0 else "")
        ):
            if last > 1 and self._heads_speaker(tokens, last - 1):
                # "The union took note", "his friends make jokes": after a body or role
                # that heads the subject, its verb
                return self.noun_phrase_ending(tokens, last - 1)
            described = described_source_start(tokens, last, self.lexicon)
            if described is not None:
                return Mention(tokens[described].start, token.end, "nominal"), described
        return None

    def after_participle(self, tokens: list[Token], first: int) -> bool:
        """Whether the phrase starting at `first` follows a participle and a preposition
        ("marching through", "standing near", "killed in"), as the object of that
        preposition."""
        preposition, participle = tokens[first - 1], tokens[first - 2]
        lexicon = self.lexicon
        if participle.lower.endswith("ed") and not (
            preposition.lower in lexicon.place_prepositions
            or preposition.lower in lexicon.object_prepositions
        ):
            return False  # "It started when Snowden tweeted": a clause, no phrase
        return (
            preposition.text.isalpha()
            and preposition.text.islower()
            and preposition.lower not in lexicon.determiners
            and participle.text.isalpha()
            and participle.text.islower()
            and participle.lower.endswith(("ing", "ed"))
            and len(participle.text) > 4
            and participle.lower not in lexicon.all_verbs
        )

    def _heads_speaker(self, tokens: list[Token], k: int) -> bool:
        """Whether the word at `k` heads a subject that ends before its verb: a body's noun
        right after "the" ("The union took note"); with another determiner it may modify
        a noun ("One news account described")."""
        definite = tokens[k - 1].lower in self.lexicon.definite_determiners
        return definite and tokens[k].lower in self.lexicon.organisation_words

    def may_head(self, word: str, previous: str = "") -> bool:
        """Whether a lower-case word can end a noun phrase naming a source: not a verb, a
        function word, a conjunction, a preposition or a relative pronoun."""
        lexicon = self.lexicon
        if word in lexicon.roles or word in lexicon.source_nouns:
            return True
        if word.endswith("ed") and previous in ("those", "the"):
            return True  # "those surveyed", "the accused": a participle as a noun
        return not (
            word.endswith(self.lexicon.adjective_endings)
            or word in lexicon.all_verbs
            or word in lexicon.function_words
            or word in lexicon.sentence_openers
            or word in lexicon.not_speakers
            or word in self.lexicon.conjunctions
            or word in self.lexicon.cue_stops
            or word in self.lexicon.place_prepositions
            or word in self.lexicon.relative_pronouns
            or word in self.lexicon.not_heads
        )

    def noun_phrase_continues(self, tokens: list[Token], i: int, determined: bool) -> bool:
        """A lower-case word inside an inverted subject: "said a local shopkeeper".

        After a determiner the phrase runs on to its head noun; otherwise only a role
        word ahead ("Clinton's top foreign policy aide") keeps it going.
        """
        word = tokens[i].lower
        if word in self.lexicon.roles or word in self.lexicon.titles:
            return True
        if determined and word in self.lexicon.source_nouns and tokens[i - 1].text[0].isalnum():
            return True  # "a police report said": a document's head noun, not the verb
        if (
            determined
            and i > 0
            and tokens[i - 1].lower in self.lexicon.noun_markers
            and word not in self.lexicon.function_words
            and word not in self.lexicon.cue_stops
        ):
            return True  # "a report by …", "the call": after "a" or "the", a noun
        if (
            word in self.lexicon.function_words
            or word in self.lexicon.all_verbs
            or word in self.lexicon.sentence_openers
            or word in self.lexicon.cue_stops
        ):
            return False
        if determined:
            return True
        if i + 1 < len(tokens) and self.is_name_word(tokens[i + 1]):
            return True  # "said pollster Frank Luntz"
        return any(
            t.lower in self.lexicon.roles
            or t.lower in self.lexicon.titles
            or self._occupation_before_name(tokens, k)
            for k, t in enumerate(tokens[i + 1 : i + 4], i + 1)
        )

    def _occupation_before_name(self, tokens: list[Token], k: int) -> bool:
        """Whether the word at `k` names an occupation by its ending ("supervisor",
        "landscaper") right before a name: "said site supervisor Luis Arredondo"."""
        word = tokens[k]
        return (
            k + 1 < len(tokens)
            and word.text.isalpha()
            and word.text.islower()
            and word.lower.endswith(self.lexicon.agent_endings)
            and self.is_name_word(tokens[k + 1])
        )
