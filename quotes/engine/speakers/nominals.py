"""Speakers a description names: "the senator", "a defiant Trump", "the Rev. Al Sharpton"."""

from __future__ import annotations

from quotes.engine.grammar import AGED, Mention, epithet_kin
from quotes.engine.speakers.antecedents import Antecedents
from quotes.engine.speakers.person import speaker_record
from quotes.records import Resolution, Span, Speaker, SpeakerKind


def place_described(index: Antecedents, phrase: str, at: int) -> str | None:
    """The person "the Tucson Democrat" stands for: named before, with the head word among
    their roles or party, and every capitalised word before it among their modifiers or
    roles ("Elena Vasquez, D-Tucson,"); never one merely not ruled out."""
    name = index.described_person(phrase, at)
    person = index.people.get(name) if name is not None else None
    if person is None:
        return None
    wanted = {word.lower() for word in phrase.split()[1:-1]}
    return name if wanted <= person.modifiers | index.role_words(person) else None


def office_holder(index: Antecedents, word: str) -> str | None:
    """The one person holding the office a bare word names ("CEO": the chief
    executive), if it names one."""
    lower = word.lower()
    lexicon = index.lexicon
    if (
        (lower not in lexicon.titles and lower not in lexicon.roles)
        or lower in lexicon.organisation_words  # "Police say": the force
        or lower in lexicon.title_modifiers  # "State has told lawmakers": the department
        or (lower.endswith("s") and lower[:-1] in lexicon.roles)  # "experts": several
    ):
        return None
    holders = {index.sole_holder(w) for w in (lower, *lexicon.role_synonyms.get(lower, ()))}
    holders.discard(None)
    return holders.pop() if len(holders) == 1 else None


class Nominals:
    """Resolves descriptions and roles to known people, unnamed people and groups."""

    def __init__(self, index: Antecedents) -> None:
        self.index = index
        self.text = self.index.text
        self.lexicon = self.index.lexicon
        self.patterns = self.index.patterns

    def role(self, mention: Mention) -> str | None:
        if mention.role_start < 0:
            return None
        role = self.text[mention.role_start : mention.role_end]
        role = self.patterns.leading_determiner.sub("", role)
        # "a baker whose shop burned down": the role ends where a relative clause begins
        clause = self.patterns.relative_clause.search(role)
        if clause is not None:
            role = role[: clause.start()]
        return role.strip(" ,") or None

    def nominal_kind(self, phrase: str) -> SpeakerKind:
        """One unnamed person ("a U.S. official", "Sanders’ aide") or a group ("aides")."""
        words = phrase.lower().split()
        if not words:
            return "group"
        lexicon = self.lexicon
        # "the father of three", "the spokesman for the company": the head comes before
        # its preposition
        cut = next(
            (i for i, w in enumerate(words) if i > 0 and w in lexicon.head_prepositions),
            len(words),
        )
        head = words[cut - 1]
        if "and" in words[:cut]:
            return "group"  # "the mayor and the governor": two or more speak together
        if head in lexicon.organisation_words:
            return "group"  # "a coalition of charities", "a local union": a body
        if words[0] in self.lexicon.singular_determiners:
            return "unnamed"
        if head in lexicon.plural_nouns:
            return "group"  # "people familiar with the matter"
        one_person = (
            head in lexicon.person_nouns
            or head in lexicon.kin_words
            or AGED.fullmatch(head) is not None  # "the 41-year-old"
            or epithet_kin(head) in lexicon.kin_words  # "the mother-of-two"
        )
        office = head in lexicon.roles or head in lexicon.titles  # "the mayor"
        if one_person or (office and not head.endswith("s")):
            return "unnamed"  # "the woman", "her father", "a spokesman"
        return "group"

    def unnamed(self, span: Span, role: str | None) -> Speaker:
        """The unnamed person or group a description stands for, as the text words it; a
        later "they" may mean it."""
        self.index.groups.add(span.start, span.text)
        return speaker_record(
            name=span.text,
            kind=self.nominal_kind(span.text),
            role=role,
            mention=span,
            resolution="explicit",
        )

    def person(self, name: str, role: str | None, span: Span, resolution: Resolution) -> Speaker:
        """The known person `name` as the speaker a description stands for."""
        roles = self.index.people[name].roles
        return speaker_record(
            name=name,
            kind="person",
            role=role or (roles[0] if roles else None),
            mention=span,
            resolution=resolution,
        )

    def titled_name(self, phrase: str, mention: Mention) -> Mention | None:
        """The name in "the Rev. Peter Wherry", "the Rev. Al Sharpton": "the", a title, and
        a given name and surname, all capitalised after "the"."""
        words = phrase.split()
        if (
            len(words) < 4
            or words[0].lower() != "the"
            or not all(w[0].isupper() for w in words[1:])
        ):
            return None
        title = words[1].lower()
        if title not in self.lexicon.titles and title.rstrip(".") not in self.lexicon.titles:
            return None
        if words[2].lower() not in self.lexicon.given_names:
            return None
        start = mention.start + len(words[0]) + 1
        return Mention(start, mention.end, "name", mention.role_start, mention.role_end)

    def capitalised_description(self, mention: Mention) -> Mention | None:
        """ "the Ohio Republican", "the West Virginia Democrat": "the", a place and a title
        word, all capitalised; a description of a person, as "the Florida senator" is,
        whatever the run's words would name alone."""
        text = self.index.text
        start = mention.start
        if text[start : start + 4].lower() == "the ":
            start += 4
        elif start < 4 or text[start - 4 : start].lower() != "the ":
            return None
        words = text[start : mention.end].split()
        last = words[-1].lower()
        lexicon = self.lexicon
        party = last in lexicon.party_words  # "the Tucson Democrat": any place before a party
        if len(words) < 2 or not (last in lexicon.titles or last in lexicon.roles or party):
            return None
        if words[0].lower() in lexicon.given_names:
            return None  # "the Rev. Al Sharpton" is titled_name's
        place = " ".join(words[:-1]).lower()
        if not party and place not in lexicon.regions and place not in lexicon.places:
            return None
        return Mention(start - 4, mention.end, "nominal", mention.role_start, mention.role_end)

    def capitalised_speaker(self, start: int, end: int, role: str | None) -> Speaker:
        """The speaker of a capitalised description from `start` to `end`: the person it
        describes ("the Tucson Democrat" after "Elena Vasquez, D-Tucson"), else the
        description as written ("the Ohio Republican", not a person called "Republican")."""
        span = self.index.span(start, end)
        name = place_described(self.index, span.text, start)
        if name is not None:
            return self.person(name, role, span, "context")
        return self.unnamed(span, role)

    def described_name(self, phrase: str, at: int) -> str | None:
        """The person a determiner and adjectives before a known surname describe ("a
        defiant Trump" → Donald Trump), or None."""
        words = phrase.split()
        if len(words) < 3 or words[0].lower() not in ("a", "an", "the"):
            return None
        surname = words[-1]
        if not surname[:1].isupper() or not all(w.islower() for w in words[1:-1]):
            return None
        lexicon = self.lexicon
        if any(
            w in lexicon.postmodifiers
            or w in lexicon.roles
            or w in lexicon.person_nouns
            or w in lexicon.source_nouns
            for w in words[1:-1]
        ):
            return None  # "a source close to Torres", "a lawyer for Hale": someone else
        name = self.index.canonical((surname,), at)
        return name if name in self.index.people and name != surname else None


def bare_noun(nominals: Nominals, span: Span, role: str | None, common: bool) -> Speaker | None:
    """The speaker a noun with no determiner stands for: a headline's bare office ("Mayor
    says …", "as judge brands him …") is the one person the article gives that office, if
    only one; a `common` noun otherwise the people it describes ("Residents have dubbed")."""
    holder = office_holder(nominals.index, span.text)
    if holder is not None:
        return nominals.person(holder, role, span, "context")
    return nominals.unnamed(span, role) if common else None
