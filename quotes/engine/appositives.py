"""Phrases set off by commas beside a name: relative clauses and appositives."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache

from quotes.engine.analysis import Token
from quotes.engine.grammar import CLAUSE_BREAK, Mention
from quotes.engine.inverted import InvertedSubjects
from quotes.engine.windows import PARENTHESIS_REACH, RELATIVE_OBJECT_REACH


# AP's party and state tag after a lawmaker's name: "R-Ohio", "D-Calif.", "I-Vt."
@cache
def longest_phrase(phrases: frozenset[str]) -> int:
    """How many words the longest of `phrases` has."""
    return max((phrase.count(" ") + 1 for phrase in phrases), default=0)


PARTY_TAG = re.compile(r"[A-Z]-[A-Z][A-Za-z.]*")


def placed_town(tokens: list[Token], town: int, given_names: Mapping[str, str]) -> bool:
    """Whether the town ending at token `town` is placed by "of" or "from" (", of Harlow,",
    "the University of California,"): the capitalised words after it name its county,
    state or campus ("Joanne Pike, 58, of Harlow, Essex, said", "…, San Francisco,
    said"), whatever they are, unless a given name opens them."""
    k = town
    while k > 0 and tokens[k].capitalised and tokens[k].lower not in given_names:
        k -= 1
    return (
        k >= 1
        and tokens[k].lower in ("of", "from")
        and (tokens[k - 1].text == "," or tokens[k - 1].capitalised)
    )


def _participle_opening(segment: list[Token]) -> bool:
    """Whether an appositive opens with a present participle ("giving evidence after …",
    "speaking for …"): a clause about the name before it, not a name of its own."""
    return bool(segment) and segment[0].text.islower() and segment[0].lower.endswith("ing")


def _partitive_before(
    tokens: list[Token], j: int, one: frozenset[str], counts: frozenset[str]
) -> bool:
    """Whether the phrase before the comma at `j` picks some out of a group ("One of them",
    "one of the officials", "Two of the protesters"): the description in apposition after it
    is who speaks."""
    for k in range(j - 1, max(0, j - 5), -1):
        if tokens[k].lower == "of":
            return tokens[k - 1].lower in one or tokens[k - 1].lower in counts
    return False


def clause_of_object(
    tokens: list[Token], first: int, relative_pronouns: frozenset[str]
) -> int | None:
    """Where the relative pronoun stands whose clause holds the phrase at `first` as a
    preposition's object ("who has worked on House races in Arizona"), or None."""
    if first < 3 or not tokens[first - 1].text.islower():
        return None  # the phrase follows a lower-case word: a preposition or a verb
    for k in range(first - 2, max(0, first - RELATIVE_OBJECT_REACH), -1):
        if tokens[k].lower in relative_pronouns:
            return k
        if not tokens[k].text[0].isalnum():
            return None  # a comma or a mark ends the search: no clause of this phrase
    return None


def skip_parenthesis(tokens: list[Token], close: int) -> int:
    """The index before the "(" that matches the ")" at `close`, or `close` if none is near."""
    for i in range(close - 1, max(-1, close - PARENTHESIS_REACH), -1):
        if tokens[i].text == "(":
            return i - 1
    return close


def before_region(
    tokens: list[Token], comma: int, regions: frozenset[str], given_names: Mapping[str, str]
) -> int:
    """The comma before a place appositive's region, or `comma` itself: in "Ann Cole,
    30, of Raleigh, N.C., said" the state belongs to the town, so the appositive to
    read ends at the comma after "Raleigh"."""
    j = comma - 1
    if j > 0 and tokens[j].text == ".":
        j -= 1  # "N.C." and "Calif." keep their full stop apart
    for width in (1, 2):
        first = j - width + 1
        if first < 2 or not tokens[first].capitalised:
            continue
        region = " ".join(t.lower for t in tokens[first : j + 1])
        town = tokens[first - 2]
        if (
            (
                region in regions
                or (
                    tokens[first].lower not in given_names
                    and placed_town(tokens, first - 2, given_names)
                )
            )
            and tokens[first - 1].text == ","
            and (town.capitalised and town.text[0].isalpha())
        ):
            return first - 1
    return comma


class RelativeClauses(InvertedSubjects):
    """The subject a relative clause describes: "Swanson, who is a pastor, said",
    "… Governor Ann Walsh, who called it …"; and where a clause or appositive before a
    verb really ends ("Ann Cole, 30, of Raleigh, N.C., said")."""

    def relative_comma(self, tokens: list[Token], comma: int) -> int | None:
        """The comma before the "who"/"which" of a relative clause ending at `comma`."""
        for i in range(comma - 1, max(0, comma - 30), -1):
            token = tokens[i]
            if token.text in CLAUSE_BREAK or token.text in self.quote_chars:
                return None
            if (
                token.text == ","
                and i + 1 < comma
                and tokens[i + 1].lower in self.lexicon.relative_pronouns
            ):
                return i
        return None

    def relative_clause_subject(
        self, tokens: list[Token], comma: int
    ) -> tuple[Mention, int] | None:
        """`Swanson, who is a pastor in Elizabeth, Colorado, slammed`: the subject is Swanson."""
        i = self.relative_comma(tokens, comma)
        if i is None:
            return None
        if tokens[i + 1].lower == "whose":
            named = self.noun_phrase_ending(tokens, comma - 1)
            if named is not None and named[0].kind == "name" and tokens[named[1] - 1].text == ",":
                # "The union, whose president, Jane Doe, said": the one the clause names
                return named
        antecedent = self.noun_phrase_ending(tokens, i - 1)
        if antecedent is not None and tokens[i + 1].lower != "which":
            inside = self.preposition_before(tokens, antecedent[1])
            if inside is None and tokens[antecedent[1]].text[:1].islower():
                inside = antecedent[1]  # "the family of Patrick Moone": a description
            if inside is not None and antecedent[0].kind == "name":
                # "Gavin Rhodes, the lawyer for the family of Patrick Moone, who died …,
                # said": the clause is the object's; the name the role describes speaks
                described = self._name_before_described(tokens, inside)
                if described is not None:
                    return described
            # "An official with the RCMP, who …, said": the person, not the body they are with
            return self._postmodified_head(tokens, antecedent) or antecedent
        if antecedent is not None and tokens[i + 1].lower == "which":
            # "Anna Kovacs, the president of the Council, which represents …, said":
            # the body is a role's; the name the role belongs to speaks
            return self._name_before_role(tokens, antecedent[1], i - 1) or antecedent
        return antecedent

    def preposition_before(self, tokens: list[Token], first: int) -> int | None:
        """The preposition before the phrase starting at `first` ("at the center"), as
        stands before no subject, or None."""
        before = first - 1
        while before >= 0 and tokens[before].lower in self.lexicon.determiners:
            before -= 1
        if before >= 0 and tokens[before].lower in self.lexicon.object_prepositions:
            return before
        return None

    def _postmodified_head(
        self, tokens: list[Token], phrase: tuple[Mention, int]
    ) -> tuple[Mention, int] | None:
        """The phrase that `phrase` is the prepositional object of, to its end: "An official
        with the RCMP"; a name keeps to itself ("Ann Cole of the RCMP" is Ann Cole)."""
        preposition = self.preposition_before(tokens, phrase[1])
        if preposition is None:
            return None
        head = self.noun_phrase_ending(tokens, preposition - 1)
        if head is None or head[0].kind == "name":
            return head
        return Mention(head[0].start, phrase[0].end, "nominal"), head[1]

    def _name_before_role(
        self, tokens: list[Token], first: int, last: int
    ) -> tuple[Mention, int] | None:
        """The name before `, <role of …>`, a role that ends with the phrase from token
        `first` to token `last`."""
        for c in range(first - 1, max(0, first - 12), -1):
            if tokens[c].text in CLAUSE_BREAK or tokens[c].text in self.quote_chars:
                return None
            if tokens[c].text == ",":
                if c == 0 or not self.opens_role(tokens, c + 1):
                    return None
                name = self.noun_phrase_ending(tokens, c - 1)
                if name is None or name[0].kind != "name":
                    return None
                role = Mention(
                    name[0].start, name[0].end, "name", tokens[c + 1].start, tokens[last].end
                )
                return role, name[1]
        return None

    def relative_antecedent(self, tokens: list[Token], i: int) -> tuple[Mention, int] | None:
        """`… Governor Ann Walsh, who called it "…"`: a relative "who" or "which" after a
        comma speaks for the phrase before the comma."""
        if i < 2 or tokens[i].lower not in ("who", "which") or tokens[i - 1].text != ",":
            return None
        last = i - 2
        if not self.is_name_word(tokens[last]):
            return self.noun_phrase_ending(tokens, last)
        # the name alone, not a phrase it closes ("a reply from Mayor Ann Walsh")
        first = self.name_run_before(tokens, last)
        before = first - 1
        if (
            before > 0
            and tokens[before].lower in ("and", "or")
            and self.is_name_word(tokens[before - 1])
        ):
            before = self.name_run_before(tokens, before - 1) - 1  # "to Bill Ruiz and Ann Lee"
        if before > 0 and tokens[before].lower in ("the", "a", "an"):
            before -= 1
        if before >= 0 and tokens[before].lower in self.lexicon.object_prepositions:
            # "Ana Ruiz, a professor at the University of Leeds, who": the appositive's name
            return self._name_before_described(tokens, before)
        return Mention(
            tokens[first].start, tokens[last].end, self.kind_of(tokens, first, last)
        ), first

    def _name_before_described(
        self, tokens: list[Token], inside: int
    ) -> tuple[Mention, int] | None:
        """The name before the comma that opens the role phrase holding `inside`."""
        k = inside
        while k > 0 and tokens[k].text != "," and inside - k < 16:
            if tokens[k].text in CLAUSE_BREAK or tokens[k].text in self.quote_chars:
                return None
            k -= 1
        if k < 1 or tokens[k].text != "," or not self.opens_role(tokens, k + 1):
            return None
        earlier = self.noun_phrase_ending(tokens, k - 1)
        return earlier if earlier is not None and earlier[0].kind == "name" else None


class AppositiveParts(RelativeClauses):
    """The parts of an appositive: where it opens, whether its words give a role, and the
    name before it ("Giovanni Maria Vian, the editor of …, L'Osservatore Romano, said")."""

    def _names_a_person(self, tokens: list[Token], first: int, last: int) -> bool:
        """Whether tokens `first`..`last` name a person: a given name and a surname ("Ann
        Cole"), or a titled name ("Sen. Ann Cole", "House Speaker Paul D. Ryan", "Sen.
        Schumer"); not a body ("Bank of America")."""
        words = [t for t in tokens[first : last + 1] if t.text != "."]
        if len(words) < 2 or not all(t.capitalised for t in words):
            return False
        lexicon = self.lexicon
        return any(
            t.lower in lexicon.given_names
            or t.lower in lexicon.titles
            or t.lower + "." in lexicon.titles
            for t in words[:-1]
        )

    def _placed_in_segment(
        self, tokens: list[Token], j: int, comma: int
    ) -> tuple[Mention, int] | None:
        """The person opening the segment between the commas at `j` and `comma` when a
        place or body placed by "of" or "from" ends it: "Nadia Ferreira of Tidewater
        Capital"."""
        place = self.noun_phrase_ending(tokens, comma - 1)
        if place is None or place[0].kind != "name" or place[1] < j + 3:
            return None
        if tokens[place[1] - 1].lower not in ("of", "from"):
            return None
        person = self.noun_phrase_ending(tokens, place[1] - 2)
        if person is None or person[1] != j + 1:
            return None
        return person if self._names_a_person(tokens, person[1], place[1] - 2) else None

    def _name_in_appositive(
        self,
        tokens: list[Token],
        j: int,
        comma: int,
        mention: Mention,
        outer: tuple[Mention, int] | None,
    ) -> tuple[Mention, int] | None:
        """The speaker when the words between the commas are a name (`mention`): a name
        before it and its role, the name alone, or the name after its role."""
        earlier = self._name_before_appositive(tokens, j, comma)
        if earlier is not None:
            return earlier
        if outer is None:
            return mention, j + 1
        outer_words = tokens[outer[1] : j]
        if any(t.text.islower() for t in outer_words) or (
            self._office_word(outer_words[-1]) and not self._office_word(tokens[comma - 1])
        ):
            # "its ambassador to NATO, Dmitry Rogozin, told", "Manitoba's Transportation
            # Minister, Claire Doe, said": the role comes first
            return (
                Mention(
                    mention.start,
                    mention.end,
                    "name",
                    tokens[outer[1]].start,
                    tokens[j - 1].end,
                ),
                outer[1],
            )
        return None

    def _office_word(self, token: Token) -> bool:
        """Whether a word is a title or a role ("Minister", "spokesman"), that ends an
        office rather than a name."""
        return token.lower in self.lexicon.titles or token.lower in self.lexicon.roles

    def _appositive_opening(self, tokens: list[Token], comma: int) -> int | None:
        """The index of the comma or clause break before the one at `comma` (-1 if none),
        or None when a quotation mark comes first."""
        j = comma - 1
        while j >= 0 and (
            (tokens[j].text != "," and tokens[j].text not in CLAUSE_BREAK)
            # "a physician at St. Michael's Hospital", "Ann Cole, D-Calif., said": the full
            # stop of an abbreviation
            or (tokens[j].text == "." and j > 0 and self.abbreviation(tokens[j - 1]))
        ):
            if tokens[j].text in self.quote_chars:
                return None
            j -= 1
        return j

    def _no_role(self, segment: list[Token]) -> bool:
        """Whether the words between two commas after a name say where the person is from
        ("of Ashton"), how or where they spoke ("however", "exasperated", "in a statement",
        "speaking to reporters") or what they did ("who has led the team"), not what they
        are."""
        if not segment:
            return False
        first = segment[0]
        if self.opens_no_role(first):
            return True
        return (
            len(segment) == 1
            and first.text.islower()
            and not self.is_source_noun(first.lower)
            and first.lower not in self.lexicon.titles
        )

    def _titles_name(self, segment: list[Token], n: int) -> bool:
        """Whether the title at `n` opens the segment and a name follows it ("Mr. Smith
        released …"): a clause's subject, not a description of the name before the comma."""
        following = n + 1
        if following < len(segment) and segment[following].text == ".":
            following += 1
        return n == 0 and following < len(segment) and self.is_name_word(segment[following])

    def _name_before_appositive(
        self, tokens: list[Token], j: int, comma: int
    ) -> tuple[Mention, int] | None:
        """`Giovanni Maria Vian, the editor of the Vatican's newspaper, L'Osservatore Romano,
        said`: a name, its role, and the role's own name; the first name speaks."""
        k = j - 1
        while k >= 0 and tokens[k].text != "," and j - k < 16:
            if tokens[k].text in CLAUSE_BREAK or tokens[k].text in self.quote_chars:
                return None
            k -= 1
        if k < 1 or tokens[k].text != "," or not self.opens_role(tokens, k + 1):
            return None
        if any(
            t.lower in self.lexicon.relative_pronouns or t.lower == "that"
            for t in tokens[k + 1 : j]
        ):
            return None  # "Russia, a country that the nominee, Mitt Romney, called": a clause
        earlier = self.noun_phrase_ending(tokens, k - 1)
        if earlier is None or earlier[0].kind != "name":
            return None
        head = earlier[0]
        role = Mention(head.start, head.end, "name", tokens[k + 1].start, tokens[comma - 1].end)
        return role, earlier[1]


class CommaSegments(AppositiveParts):
    """What stands around a segment set off by commas: a town's region ("of Harlow,
    Essex,"), an age or honours after a name ("John Smeaton, 54,", "Tollett, QC,"), a
    title's modifiers or "named" before a name, or a lone word ("Another, a nurse …,")."""

    def described_name(self, tokens: list[Token], j: int, comma: int) -> int | None:
        """Where a person's name starts when words describing the person come before it in
        the segment between the commas at `j` and `comma`: "state Treasurer David Okafor",
        "former Gov. Ann Cole", "the veteran barrister Tom Hale", "the 19-year-old
        Brazilian forward Thiago Lemos"; None for any other segment."""
        if comma - j < 4 or not self.ends_person_name(tokens, comma - 1):
            return None
        n = comma - 1
        while n > j + 1 and (tokens[n - 1].capitalised or tokens[n - 1].text == "."):
            n -= 1
        described = tokens[j + 1 : n]
        if not described or comma - n < 2 or not described[-1].text.islower():
            return None
        lexicon = self.lexicon
        if described[0].lower in lexicon.leading_determiners:
            described = described[1:]
        titled = tokens[n].lower in lexicon.titles or tokens[n].lower + "." in lexicon.titles
        last = described[-1].lower if described else ""
        # a role just before the name ("the forward Thiago Lemos"), or the name's own title
        if not (titled or last in lexicon.roles or last in lexicon.title_modifiers):
            return None
        # "the wife of Tom Hale", "a lawyer for Ann Cole": the name is someone else's
        not_describing = lexicon.function_words | lexicon.conjunctions | lexicon.head_prepositions
        for token in described:
            if not (token.capitalised or token.possessive) and (
                token.lower in not_describing
                or token.lower in lexicon.object_prepositions
                or not token.text.replace("-", "").isalnum()
            ):
                return None
        return n

    def described_in_aside(
        self, tokens: list[Token], first: int, end: int
    ) -> tuple[Mention, int] | None:
        """The name after the words describing a person that open an aside, tokens `first`
        up to `end`, read to its first comma ("— the 19-year-old Brazilian forward Thiago
        Lemos, for whom … —")."""
        first_end = next((k for k in range(first, end) if tokens[k].text == ","), end)
        named = self.described_name(tokens, first - 1, first_end)
        if named is None:
            return None
        return Mention(tokens[named].start, tokens[first_end - 1].end, "name"), named

    def named_at_end(self, tokens: list[Token], j: int, comma: int) -> tuple[Mention, int] | None:
        """The name that "named" or "called" gives at the end of the segment between the
        commas at `j` and `comma` ("a 41-year-old cleaner named Rosa Pinto")."""
        for k in range(comma - 2, j, -1):
            if not (tokens[k + 1].capitalised or tokens[k + 1].text == "."):
                return None
            if self._gives_name(tokens, j, k):
                # "a teacher, who gave her name only as Jennifer,": a given name will do
                return Mention(tokens[k + 1].start, tokens[comma - 1].end, "name"), k + 1
            if tokens[k].lower in self.lexicon.naming_verbs:
                if not self.ends_person_name(tokens, comma - 1):
                    return None
                return Mention(tokens[k + 1].start, tokens[comma - 1].end, "name"), k + 1
        return None

    def _gives_name(self, tokens: list[Token], j: int, k: int) -> bool:
        """Whether a phrase giving a source's name ("gave her name only as") ends at token
        `k`, after the comma at `j`."""
        phrases = self.lexicon.name_giving_phrases
        return any(
            " ".join(t.lower for t in tokens[k - n + 1 : k + 1]) in phrases
            for n in range(2, min(longest_phrase(phrases), k - j) + 1)
        )

    def honours(self, segment: list[Token]) -> bool:
        """Whether the words between two commas are letters or honours after a name ("QC",
        "MP", "Jr.")."""
        words = [t.lower for t in segment if t.text != "."]
        return bool(words) and all(word in self.lexicon.postnominals for word in words)

    def _lone_word_subject(
        self, tokens: list[Token], j: int, inner: tuple[Mention, int] | None
    ) -> tuple[Mention, int] | None:
        """The subject when one word stands before the comma at `j`: a pronoun ("She, too,
        said"), or "Another" or "One" whose description follows ("Another, a nurse from
        Leeds, said": the description speaks)."""
        word = tokens[j - 1] if j > 0 else None
        if word is None:
            return None
        if word.lower in self.lexicon.pronouns and word.lower != "it":
            return Mention(word.start, word.end, "pronoun"), j - 1
        if (
            word.lower in self.lexicon.singular_determiners
            and inner is not None
            and inner[0].kind == "nominal"
            and inner[1] == j + 1
        ):
            return inner
        return None

    def _aged_name(self, tokens: list[Token], j: int, comma: int) -> tuple[Mention, int] | None:
        """`John Smeaton, 54, a local baker, said`: the name before an age, with the role
        between the commas at `j` and `comma`; None if no age stands before `j`."""
        if j > 2 and tokens[j - 1].text.isdigit() and tokens[j - 2].text == ",":
            aged = self.noun_phrase_ending(tokens, j - 3)
            if aged is not None and aged[0].kind == "name":
                if self._no_role(tokens[j + 1 : comma]):
                    return aged  # "Ann Cole, 59, of Ashton, said": an age and a place
                role = Mention(
                    aged[0].start, aged[0].end, "name", tokens[j + 1].start, tokens[comma - 1].end
                )
                return role, aged[1]
        return None

    def _named_before(
        self, tokens: list[Token], phrase: tuple[Mention, int]
    ) -> tuple[Mention, int]:
        """The name a description is itself the appositive of: "Leon Bakshi, a lawyer for
        Maritza Olmos, the former clerk, said" and "Theo Marchetti, the son of the owner,
        who …, said" name Bakshi and Marchetti; the description otherwise."""
        first = phrase[1]
        if first < 2 or tokens[first - 1].text != ",":
            return phrase
        # "Sen. Raymond Culp, R-Ohio, who …, said": AP's party and state tag is no name
        tag = PARTY_TAG.fullmatch(tokens[first].text) is not None
        # "Linda Cho, the chief executive of Northgate, a subsidiary of …, said": a
        # description that ends with a body's name describes the name before it too
        described = tokens[first].text[:1].islower()
        if phrase[0].kind != "nominal" and not tag and not described:
            return phrase
        last = first - 2
        if tokens[last].text == ")":
            last = skip_parenthesis(tokens, last)  # "Aroha Ngata (Ngāti Porou), a …, said"
        if tokens[last].text.isdigit() and last >= 2 and tokens[last - 1].text == ",":
            last -= 2  # "Sunita Rao, 47, a lawyer for the families, who …, told": an age
        named = self.noun_phrase_ending(tokens, last)
        return named if named is not None and named[0].kind == "name" else phrase


class Appositives(CommaSegments):
    """The subject a comma brings in: an appositive ("Rogozin, its ambassador, said") or a
    relative clause ("Swanson, who is a pastor, said")."""

    def appositive_subject(self, tokens: list[Token], comma: int) -> tuple[Mention, int] | None:
        """`NAME, a spokesman, said` or `its ambassador, Dmitry Rogozin, told`."""
        j = self._appositive_opening(tokens, comma)
        if j is None:
            return None
        if j >= 0 and tokens[j].text == ",":
            named = self.named_at_end(tokens, j, comma)
            if named is not None:
                return named  # "…, a 41-year-old cleaner named Rosa Pinto, said": she speaks
        who = self.relative_comma(tokens, comma)
        if who is not None:
            placed = self.placed_person(
                tokens,
                before_region(tokens, who, self.lexicon.regions, self.lexicon.given_names) - 1,
            )
            if placed is not None:
                return placed  # "Ann Cole, 30, of Raleigh, N.C., who …, said"
        relative = self.relative_clause_subject(tokens, comma)
        if relative is not None:
            return self._named_before(tokens, relative)
        if j < 0 or tokens[j].text != "," or comma - j > 16:
            # a name and appositive at the start of the window: "Clinton, attending …,"
            return None
        described = self.noun_phrase_ending(tokens, comma - 1)
        lexicon = self.lexicon
        if (
            described
            and described[1] == j + 1
            and _partitive_before(tokens, j, lexicon.singular_determiners, lexicon.count_words)
        ):
            return described  # "One of them, a senior alliance official, described …"
        found = self._between_commas(tokens, j, comma)
        if found is not None and self.preposition_before(tokens, found[1]) is not None:
            # "Van Jackson, a professor at the center, a think tank, said": the center is
            # the object inside the first appositive, the name before that speaks; "In an
            # email, a spokesperson for the city, Dan Oyelowo, said": no name before it
            earlier = self.appositive_subject(tokens, j)
            if earlier is not None and earlier[0].kind == "name":
                return earlier
            return self._named_before(tokens, found)
        return self._named_before(tokens, found) if found is not None else None

    def placed_person(self, tokens: list[Token], last: int) -> tuple[Mention, int] | None:
        """The person a place phrase ending at token `last` locates: "Ann Cole of Raleigh"
        and "Ann Cole, 30, of Raleigh" name Ann Cole, not the town."""
        place = self.noun_phrase_ending(tokens, last)
        if place is None or place[0].kind != "name" or place[1] < 2:
            return None
        preposition = tokens[place[1] - 1]
        if preposition.lower not in ("of", "from"):
            return None
        if tokens[place[1] - 2].text == ",":
            if last + 1 >= len(tokens) or tokens[last + 1].text != ",":
                return None
            return self.appositive_subject(tokens, last + 1)
        person = self.noun_phrase_ending(tokens, place[1] - 2)
        if person is None or not self._names_a_person(tokens, person[1], place[1] - 2):
            return None
        return person

    def _between_commas(
        self, tokens: list[Token], j: int, comma: int
    ) -> tuple[Mention, int] | None:
        """The subject of `OUTER, SEGMENT, said`, the commas at `j` and `comma`: a name and
        its role, either way round, or a clause whose own subject speaks."""
        inner = self.noun_phrase_ending(tokens, comma - 1)
        outer = self._outer_phrase(tokens, j)
        aged = self._aged_name(tokens, j, comma)
        if aged is not None:
            return aged
        segment = tokens[j + 1 : comma]
        if outer is not None and self.honours(segment):
            return outer  # "Ann-Marie Tollett, QC, said": letters after the name
        if outer is not None and outer[0].kind == "name" and _participle_opening(segment):
            return outer  # "director Anita Moyes, giving evidence after Mr Tully, said"
        inner_is_name = (
            inner is not None
            and inner[1] == j + 1
            and all(
                t.capitalised or t.lower in self.lexicon.particles or t.text == "." for t in segment
            )
        )
        if not inner_is_name:
            described = self.described_name(tokens, j, comma)
            if described is not None:
                inner = Mention(tokens[described].start, tokens[comma - 1].end, "name"), described
                inner_is_name = True
        if not inner_is_name and inner is not None:
            # "Another analyst, Nadia Ferreira of Tidewater Capital, wrote": a person placed
            # by "of" is the name between the commas, not the firm
            placed = self._placed_in_segment(tokens, j, comma)
            if placed is not None:
                inner, inner_is_name = placed, True
        if inner_is_name and inner is not None:
            named = self._name_in_appositive(tokens, j, comma, inner[0], outer)
            if named is not None:
                return named
        if outer is not None and any(t.lower in self.lexicon.all_verbs for t in segment):
            return outer  # "Rogozin, told a news conference, calling it": a clause, no role
        describes = outer is not None and any(
            t.possessive
            or t.lower in self.lexicon.roles
            or (t.lower in self.lexicon.titles and not self._titles_name(segment, n))
            for n, t in enumerate(segment[:4])
        )
        if segment and self.is_name_word(segment[0]) and not inner_is_name and not describes:
            # "…, Trump aimed his criticism at Obama, saying": a clause whose subject speaks
            return self.subject_at_start(segment)
        if outer is not None and all(t.text.isdigit() for t in segment):
            return outer  # "Ramos, 58, told": an age, not a role
        if outer is not None and self._no_role(segment):
            return outer  # "Bush, however, said", "Ann Cole, of Ashton, Md., said"
        if outer is not None:
            mention, first = outer
            role = Mention(
                mention.start, mention.end, mention.kind, tokens[j + 1].start, tokens[comma - 1].end
            )
            return role, first
        return self._lone_word_subject(tokens, j, inner)

    def _outer_phrase(self, tokens: list[Token], j: int) -> tuple[Mention, int] | None:
        """The phrase before the comma at `j`: a person placed by "of" or "from" ("Sen.
        Chuck Schumer of New York, the party's leader, said"), or the phrase itself."""
        last = j - 1
        if last > 0 and tokens[last].text == ")":
            last = skip_parenthesis(tokens, last)  # "Aroha Ngata (Ngāti Porou), a …, said"
        outer = self.noun_phrase_ending(tokens, last) if last >= 0 else None
        if (
            outer is not None
            and outer[0].kind == "name"
            and outer[1] >= 2
            and tokens[outer[1] - 1].lower in ("of", "from")
        ):
            outer = self.placed_person(tokens, last) or outer
        relative = (
            None
            if outer is None
            else clause_of_object(tokens, outer[1], self.lexicon.relative_pronouns)
        )
        if relative is not None:
            # "A strategist who has worked on House races in Arizona, speaking …, said":
            # the place is the relative clause's; the person it describes speaks
            return self.noun_phrase_ending(tokens, relative - 1) or outer
        return outer
