"""The subject before a speech verb, the top layer of the grammar the cue scans read."""

from __future__ import annotations

from collections.abc import Callable

import regex

from quotes.engine.analysis import Token
from quotes.engine.appositives import Appositives, before_region, skip_parenthesis
from quotes.engine.grammar import CLAUSE_BREAK, Mention, named_for_owner
from quotes.engine.windows import INTRODUCTION_REACH

# Tokens read back from a verb for a "who" clause between a source and the verb.
RESTRICTIVE_CLAUSE_TOKENS = 14
# Tokens read back from a closing dash for the dash that opens the aside.
DASHED_ASIDE_TOKENS = 24
# Dashes that set off an aside between a subject and its verb ("-" doubled stands for one).
DASHES = frozenset("—–-")
# A pronoun and its auxiliary written as one word: "I'd", "we've", "she'll".
CONTRACTION = regex.compile(r"(\p{L}+)['’](?:d|ve|ll|re|m)$")


def body_name_start(
    tokens: list[Token], first: int, last: int, joins: frozenset[str], organisations: frozenset[str]
) -> int | None:
    """Where a body's name starts when the name from `first` to `last` is its last part,
    after "and": "The Centers for Disease Control and Prevention", "Rogers and Hammerstein
    Productions"; None unless an organisation word is in the name. `joins` are the
    lower-case words inside a name ("of", "for", "the")."""
    if first < 2 or tokens[first - 1].lower != "and" or not tokens[first - 2].capitalised:
        return None
    start = first - 2
    while start > 0 and (
        tokens[start - 1].capitalised
        or tokens[start - 1].lower in joins
        or tokens[start - 1].lower == "and"
    ):
        start -= 1
    while start < first and tokens[start].lower in joins:
        start += 1
    words = {token.lower for token in tokens[start : last + 1]}
    return start if not organisations.isdisjoint(words) else None


def joined_nominal(
    tokens: list[Token],
    found: tuple[Mention, int],
    phrase_ending: Callable[[list[Token], int], tuple[Mention, int] | None],
    plural_role: Callable[[Token], bool],
) -> tuple[Mention, int] | None:
    """Two descriptions joined by "and" as one subject ("Workers and retirees", "The mayor
    and the governor"), the first opening its clause; None for anything else ("predicted
    ruin and one columnist": the first is an object, the second a clause's own subject)."""
    if found[0].kind != "nominal" or found[1] < 2 or tokens[found[1] - 1].lower != "and":
        return None
    first = phrase_ending(tokens, found[1] - 2)
    # "Workers and retirees": a plural noun for people, capitalised to open the sentence
    described = first is not None and (
        first[0].kind == "nominal" or (first[1] == found[1] - 2 and plural_role(tokens[first[1]]))
    )
    if first is None or not described:
        return None
    opens = first[1] == 0 or tokens[first[1] - 1].text in (",", ";", ":")
    return (Mention(first[0].start, found[0].end, "nominal"), first[1]) if opens else None


def bare_object(
    tokens: list[Token], i: int, prepositions: frozenset[str], postmodifiers: frozenset[str]
) -> tuple[Mention, int] | None:
    """A plain noun with no determiner after a postmodifier and its preposition ("close to
    leadership", "familiar with negotiations"): the phrase it ends, as a noun phrase there,
    so that the source it modifies is found."""
    word = tokens[i]
    if not (
        i >= 3
        and word.text.isalpha()
        and word.text.islower()
        and tokens[i - 1].lower in prepositions
        and tokens[i - 2].lower in postmodifiers
    ):
        return None
    return Mention(word.start, word.end, "nominal"), i


class PhrasesBefore(Appositives):
    """The phrases a subject before a verb is read from: a restrictive clause ("a senior
    official who spoke on condition of anonymity"), a count ("a mother of three"), a wider
    phrase ("a nurse at the hospital"), the subject of a clause an "and" continues."""

    def _manner_adverb(self, tokens: list[Token], i: int) -> bool:
        """Whether the word at `i` is an adverb in -ly between a subject and its verb ("then
        loudly asked"), not a noun ("the family said", "an assembly said")."""
        word = tokens[i]
        return (
            word.text.isalpha()
            and word.text.islower()
            and len(word.text) > 4
            and word.lower.endswith("ly")
            and not self.is_source_noun(word.lower)
            and not (i > 0 and (tokens[i - 1].lower in self.lexicon.noun_markers))
            and not (i > 0 and tokens[i - 1].possessive)
            # ", alternately shouting": a participle's clause, whose subject is elsewhere
            and not (i > 0 and tokens[i - 1].text == ",")
        )

    def _counted_source(self, tokens: list[Token], i: int) -> tuple[Mention, int] | None:
        """`a mother of three said`, `a father of 2 told`: a described source ending in a
        count after "of"; the phrase before "of" names the source."""
        if (
            i < 2
            or tokens[i - 1].lower != "of"
            or not (tokens[i].text.isdigit() or tokens[i].lower in self.lexicon.count_words)
        ):
            return None
        head = self.noun_phrase_ending(tokens, i - 2)
        if head is None or head[0].kind != "nominal":
            return None
        return Mention(head[0].start, tokens[i].end, "nominal"), head[1]

    def _wider_phrase(
        self, tokens: list[Token], found: tuple[Mention, int], before: str
    ) -> tuple[Mention, int] | None:
        """The wider phrase the noun phrase `found` belongs to, `before` being the word
        before it: "a source close to the campaign", "a nurse at the hospital", "an adviser
        to the mayor", "the head of the agency"; None if it stands alone."""
        modified = found[1] >= 3 and tokens[found[1] - 2].lower in self.lexicon.postmodifiers
        if modified and before in self.lexicon.object_prepositions:
            # "a source close to the campaign said", "a person involved in the talks told":
            # the phrase is the source's; the campaign and the talks do not speak
            head = self.noun_phrase_ending(tokens, found[1] - 3)
            if head is not None and self.described(tokens, head):
                return Mention(head[0].start, found[0].end, "nominal"), head[1]
        if before in self.lexicon.place_prepositions and found[1] >= 2:
            # "a nurse at the hospital said": a described person, placed
            head = self.noun_phrase_ending(tokens, found[1] - 2)
            if (
                head is not None
                and self.described(tokens, head)
                and (
                    tokens[head[1]].lower in self.lexicon.describing_determiners
                    or (head[1] == found[1] - 2 and tokens[head[1]].lower in self.lexicon.roles)
                )
            ) or (
                # "The Show-Me Educators Association chapter in Pine Hollow said": a body's
                # branch, placed; the place does not speak
                head is not None
                and head[0].kind == "nominal"
                and tokens[found[1] - 2].lower in self.lexicon.organisation_words
            ):
                return Mention(head[0].start, found[0].end, "nominal"), head[1]
        if before == "to" and found[1] >= 2:
            # "an adviser to the mayor said": the mayor is not the speaker; the adviser is
            head = self.noun_phrase_ending(tokens, found[1] - 2)
            if head is not None and head[0].kind == "nominal" and self._speaks(tokens, found):
                return Mention(head[0].start, found[0].end, "nominal"), head[1]
        if before == "of" and found[1] >= 2:
            if (
                found[0].kind == "name"
                and tokens[found[1] - 2].lower in self.lexicon.depiction_nouns
            ):
                return None  # "footage of Trump saying": the person shown speaks
            # "the head of the agency said": the phrase before "of" is the subject
            if self._partitive(tokens, found[1] - 2):
                # "one of the younger boxers said": one of them, not all
                return Mention(tokens[found[1] - 2].start, found[0].end, "nominal"), found[1] - 2
            head = self.noun_phrase_ending(tokens, found[1] - 2)
            if head is not None:
                # "Supporters of the mayor": a capitalised group noun opening the sentence
                group = self.plural_role(tokens[head[1]]) and self.described(tokens, head)
                kind = "nominal" if group else head[0].kind
                return Mention(head[0].start, found[0].end, kind), head[1]
        return None

    def _object_of_to(self, tokens: list[Token], found: tuple[Mention, int]) -> bool:
        """Whether `found`, after "to", is the object of a noun phrase that does not speak
        ("a nod to the senator"), rather than of one that does ("an adviser to the mayor",
        "a source close to the campaign")."""
        if found[1] < 2 or self._speaks(tokens, found):
            return False
        if found[1] >= 3 and tokens[found[1] - 2].lower in self.lexicon.postmodifiers:
            return False
        return self.noun_phrase_ending(tokens, found[1] - 2) is not None

    def _speaks(self, tokens: list[Token], found: tuple[Mention, int]) -> bool:
        """Whether the noun before the preposition ahead of `found` is one that speaks."""
        word = tokens[found[1] - 2].lower
        return self.is_source_noun(word) or word in self.lexicon.person_nouns

    def _before_time(self, tokens: list[Token], i: int) -> int:
        """Where the subject ends when a time stands between it and the verb, the time
        ending at `i` ("Residents this week described", "Cole last month called")."""
        if i < 1 or not tokens[i].text.islower() or tokens[i].lower not in self.lexicon.time_nouns:
            return i
        word = tokens[i - 1]
        if word.text.isalpha() and word.text.islower() and not self.is_source_noun(word.lower):
            return i - 2
        return i

    def clause_subject(self, tokens: list[Token], conjunction: int) -> tuple[Mention, int] | None:
        """The subject of the clause an "and" at `conjunction` continues: "when Cruz knocked
        Rubio on trade and called him …" → Cruz, the first name after the clause opens."""
        start = conjunction - 1
        while start > 0 and conjunction - start < 20:
            word = tokens[start - 1]
            if (
                word.text in CLAUSE_BREAK
                or word.text == ","
                or word.lower in self.lexicon.clause_openers
            ):
                break
            start -= 1
        first = tokens[start] if start < conjunction else None
        if first is None:
            return None
        if first.lower in self.lexicon.pronouns and first.lower not in ("it", "i", "we"):
            return Mention(first.start, first.end, "pronoun"), start
        if not self.is_name_word(first):
            return None
        last = start
        while last + 1 < conjunction and (
            self.is_name_word(tokens[last + 1]) or tokens[last + 1].lower in self.lexicon.particles
        ):
            last += 1
        if last + 1 >= conjunction or tokens[last + 1].text[0].isupper():
            return None
        return self.noun_phrase_ending(tokens, last)


class RestrictiveClauses(PhrasesBefore):
    """Where a subject before its verb ends, and the subject before a clause that restricts
    it with no commas: "a senior official who spoke on condition of anonymity told", "a
    solicitor accused of fraud told"."""

    def _restrictive_clause_subject(
        self, tokens: list[Token], last: int
    ) -> tuple[Mention, int] | None:
        """`a senior official who spoke on condition of anonymity told`, `residents who
        live near the plant said`: a "who" clause with no commas between a described
        source and its verb; the phrase before "who" speaks."""
        for w in range(last, max(0, last - RESTRICTIVE_CLAUSE_TOKENS), -1):
            token = tokens[w]
            if token.text == "." and w > 0 and self.abbreviation(tokens[w - 1]):
                continue  # "who backed Mr. Ortega-Hale in the primary said"
            if token.text in CLAUSE_BREAK or token.text == "," or token.text in self.quote_chars:
                return None
            if token.lower == "who" and w == last:
                return None  # "an architect who said …": the verb is the clause's own
            if token.lower == "who" and w >= 1:
                head = self.noun_phrase_ending(tokens, w - 1)
                return head if head is not None and head[0].kind == "nominal" else None
            if w >= 1 and w < last and self._opens_reduced_clause(tokens, w):
                # "A portfolio manager at an asset manager that holds 3% of Thaba said",
                # "A solicitor accused of stealing … told": the phrase before speaks
                head = self.noun_phrase_ending(tokens, w - 1)
                noun = tokens[w - 1].lower  # "a sign that her …" is no source's clause
                speaks = noun in self.lexicon.roles or noun in self.lexicon.person_nouns
                if head is not None and head[0].kind == "nominal" and speaks:
                    before = tokens[head[1] - 1].lower if head[1] > 0 else ""
                    return self._wider_phrase(tokens, head, before) or head
        return None

    def _opens_reduced_clause(self, tokens: list[Token], w: int) -> bool:
        """Whether the token at `w` opens a clause describing the phrase before it: "that"
        ("an asset manager that holds …") or a participle and its preposition ("accused
        of", "charged with")."""
        token = tokens[w]
        if token.lower == "that":
            return True
        return (
            token.text.isalpha()
            and token.text.islower()
            and token.lower.endswith("ed")
            and tokens[w + 1].lower in self.lexicon.object_prepositions
        )

    def _subject_end(self, tokens: list[Token], verb_index: int) -> int:
        """Where a subject before the verb at `verb_index` may end: before a parenthesis
        ("Sen. Ted Cruz (R-Texas) said"), a few function words or adverbs, and a time."""
        i = verb_index - 1
        if i > 0 and tokens[i].text == ")":
            i = skip_parenthesis(tokens, i)
        skipped = 0
        while (
            i >= 0
            and (tokens[i].lower in self.lexicon.function_words or self._manner_adverb(tokens, i))
            and not (tokens[i].capitalised and tokens[i].lower in self.lexicon.name_like_words)
            and skipped < 3
        ):
            i -= 1
            skipped += 1
        if tokens[verb_index].lower.endswith("ing"):
            return i  # a participle's phrase may follow a time ("a report this month charging")
        return self._before_time(tokens, i)


class SubjectsBefore(RestrictiveClauses):
    """The subject that ends right before a verb, through appositives ("Rogozin, its
    ambassador, said") and relative clauses ("Swanson, who is a pastor, said")."""

    def subject_before(self, tokens: list[Token], verb_index: int) -> tuple[Mention, int] | None:
        """The subject that ends right before the verb at `verb_index`, and its first token."""
        i = self._subject_end(tokens, verb_index)
        if i < 0:
            return None
        token = tokens[i]
        if token.text in DASHES:
            return self._dash_subject(tokens, i)
        if token.lower in self.lexicon.pronouns:
            # "it said" too: a body the sentence before names may speak, or no one named
            return Mention(token.start, token.end, "pronoun"), i
        contracted = CONTRACTION.match(token.text)
        if contracted is not None and contracted.group(1).lower() in self.lexicon.pronouns:
            # "a line I wish I'd written": the pronoun, and its auxiliary
            return Mention(token.start, token.start + contracted.end(1), "pronoun"), i
        if i == verb_index - 1 and named_for_owner(tokens, i, self.lexicon):
            # "McDonald's said", '"…," Sainsbury's said': a business named in the possessive
            return Mention(token.start, token.end, "name"), i
        if token.text == "," and i > 1 and tokens[i - 1].text == ")":
            opened = skip_parenthesis(tokens, i - 1)
            if opened < i - 1 and opened >= 0 and self.is_name_word(tokens[opened]):
                # "Gov. John Kasich (R-Ohio), said": the comma closes the parenthesis only
                i = opened
                token = tokens[i]
        if token.text == ",":
            region = before_region(
                tokens, i, self.lexicon.regions, self.lexicon.given_names
            )  # "Ann Cole, 30, of Raleigh, N.C., said"
            appositive = self.appositive_subject(tokens, region)
            if appositive is not None or region == i:
                return appositive
            # "a woman in Worcester, Mass., told": read on as if the state were not there
            i = region - 1
            token = tokens[i]
        antecedent = self.relative_antecedent(tokens, i)
        if antecedent is not None:
            return antecedent
        counted = self._counted_source(tokens, i)
        if counted is not None:
            return counted
        found = self.noun_phrase_ending(tokens, i) or bare_object(
            tokens, i, self.lexicon.object_prepositions, self.lexicon.postmodifiers
        )
        if found is None:
            # "a senior official who spoke on condition of anonymity told"
            return self._restrictive_clause_subject(tokens, i)
        if found[1] == 0:
            return found
        if found[1] >= 3:
            # "a woman who lives near the plant said": the plant is the clause's object; the
            # phrase before "who" speaks
            restrictive = self._restrictive_clause_subject(tokens, found[1] - 1)
            if restrictive is not None:
                return restrictive
        return self._phrase_subject(tokens, found, i)

    def _dash_subject(self, tokens: list[Token], close: int) -> tuple[Mention, int] | None:
        """The subject around a dashed aside that ends at `close`: "A former candidate --
        John Smith, who lost in 2008 -- said" names Smith; "Jane Doe — a longtime critic —
        said" names Doe, before the aside."""
        dash = tokens[close].text
        end = close - 1 if close > 0 and tokens[close - 1].text == dash == "-" else close
        opened = next(
            (
                j
                for j in range(end - 1, max(-1, end - DASHED_ASIDE_TOKENS), -1)
                if tokens[j].text == dash
            ),
            None,
        )
        if opened is None or opened + 1 >= end:
            return None
        inner = opened + 1
        if opened > 0 and tokens[opened - 1].text == dash == "-":
            opened -= 1
        described = self.described_in_aside(tokens, inner, end)
        if described is not None:
            return described
        if self.is_name_word(tokens[inner]):
            last = inner
            while last + 1 < end and (
                self.is_name_word(tokens[last + 1])
                or tokens[last + 1].lower in self.lexicon.particles
            ):
                last += 1
            found = self.noun_phrase_ending(tokens, last)
            if found is not None and found[0].kind == "name" and found[1] >= inner:
                return found
        found = self.subject_before(tokens, opened) if opened > 0 else None
        if found is not None and found[1] > 0:
            before = tokens[found[1] - 1]
            if before.text == "," or before.lower in self.lexicon.object_prepositions:
                return None  # "the chief executive of Ora Media -- …": an appositive's word
        return found

    def _phrase_subject(
        self, tokens: list[Token], found: tuple[Mention, int], last: int
    ) -> tuple[Mention, int] | None:
        """The subject, given the noun phrase `found` right before the verb, its last token
        at `last`: the phrase itself, or the wider phrase it belongs to ("a nurse at the
        hospital", "the head of the agency", "Ann Cole of Raleigh", "the Office of Management
        and Budget"), or a subject further back ("Ortiz has in the past called")."""
        lexicon = self.lexicon
        if found[0].kind == "name" and tokens[found[1] - 1].lower in ("of", "from"):
            placed = self.placed_person(tokens, last)
            if placed is not None:
                return placed  # "Ann Cole of Raleigh said": the person, not the town
        if found[0].kind == "name" and tokens[found[1] - 1].lower == "and":
            joins = lexicon.name_connectors | lexicon.head_prepositions | lexicon.determiners
            body = body_name_start(tokens, found[1], last, joins, lexicon.organisation_words)
            if body is not None:
                return Mention(tokens[body].start, found[0].end, "name"), body
        joined = joined_nominal(tokens, found, self.noun_phrase_ending, self.plural_role)
        if joined is not None:
            return joined  # "Workers and retirees said", "The mayor and the governor said"
        before = tokens[found[1] - 1].lower
        if (
            found[1] >= 2
            and (before in self.lexicon.place_prepositions or before in ("in", "of", "from"))
            and tokens[found[1] - 2].lower in self.lexicon.not_speakers
            # an indefinite pronoun: everyone, anyone, none, nobody, everybody
            and tokens[found[1] - 2].lower.endswith(("one", "body"))
        ):
            # "Everyone in the room agreed", "Nobody from the ministry would say", "none of
            # the officials said": no one the reader could name, and not the room
            return None
        if (
            before in self.lexicon.place_prepositions
            and found[0].kind == "nominal"
            and found[1] >= 2
            and tokens[found[1] - 2].lower in self.lexicon.function_words
        ):
            # "Ortiz has in the past called": a phrase after a preposition is no subject;
            # the subject stands before the auxiliary
            return self.subject_before(tokens, found[1] - 1)
        participle = found[0].kind == "nominal" or tokens[found[1] - 2].lower.endswith("ed")
        if participle and found[1] >= 3 and self.after_participle(tokens, found[1]):
            # "Protesters marching through the streets chanted": the place is no speaker;
            # the noun the participle describes is
            walker = self.subject_before(tokens, found[1] - 2)
            if walker is not None:
                return walker
        if before == "to" and self._object_of_to(tokens, found):
            return None  # '"…," a nod to the senator acknowledging': an object, no one
        wider = self._wider_phrase(tokens, found, before)
        return wider if wider is not None else found


class IntroducedSubjects(SubjectsBefore):
    """The subject before a verb, never a name inside the sentence's opening phrase
    ("Outside Parliament, the Alliance, which …, said")."""

    def subject_before(self, tokens: list[Token], verb_index: int) -> tuple[Mention, int] | None:
        """The subject that ends right before the verb at `verb_index`, and its first token,
        read after a sentence's opening phrase when the phrase holds what was found."""
        found = super().subject_before(tokens, verb_index)
        if found is None or found[1] > INTRODUCTION_REACH or not self._opening_phrase(tokens[0]):
            return found  # an introduction is a few words: no longer look back
        if found[1] == 0 and tokens[0].lower not in self.lexicon.opening_participles:
            return found  # "Manning, a spokesman, said": a name, not "Reacting, …"
        comma = next((k for k in range(found[1], verb_index) if tokens[k].text == ","), -1)
        if (
            not 0 < comma < verb_index - 1
            or any(t.text == "," for t in tokens[: found[1]])
            or not self._opens_subject_at(tokens, comma + 1)  # "Retired hotelier Ann Lee, 69,"
        ):
            return found
        # "Outside Parliament, the Save Our Fields Alliance, which …, said", "Speaking on
        # Morning Ireland, the union's secretary, Declan Mulqueen, said": the phrase found
        # lies in the sentence's introduction, so the subject is read after it
        after = super().subject_before(tokens[comma + 1 :], verb_index - comma - 1)
        return None if after is None else (after[0], after[1] + comma + 1)

    def _opening_phrase(self, first: Token) -> bool:
        """Whether a sentence's capitalised first word opens a phrase that is no subject:
        a preposition ("Outside", "On") or a participle ("Speaking", "Asked")."""
        lexicon = self.lexicon
        return first.capitalised and (
            first.lower in lexicon.place_prepositions
            or first.lower in lexicon.object_prepositions
            or first.lower in lexicon.opening_participles
            or (len(first.text) > 4 and first.lower.endswith(("ing", "ed")))
        )
