"""Speakers a name run names: a person by their fullest name, a body, a headline's subject."""

from __future__ import annotations

from quotes.engine.grammar import Mention, owner_name
from quotes.engine.speakers.nominals import Nominals
from quotes.engine.speakers.person import NameRun, speaker_record
from quotes.engine.speakers.sources import SourceChecks
from quotes.records import Span, Speaker


class NamedSpeakers:
    """Resolves a name mention's run to the person, body or group it names."""

    def __init__(self, index: SourceChecks, nominals: Nominals) -> None:
        self.index = index
        self.text = self.index.text
        self.lexicon = self.index.lexicon
        self.nominals = nominals

    def speaker(self, mention: Mention, span: Span, role: str | None) -> Speaker | None:
        """The speaker the name run of `mention` (its text `span`) names, with `role` from
        the rule that found it."""
        run = self.index.split_run(mention.start, mention.end)
        if run is None:
            return None
        if len(run.words) == 1 and run.words[0].isupper():
            # `OSEI: "…"`: a transcript's label, the surname of someone named in full
            surname = run.words[0].title()
            if surname in self.index.by_surname:
                run = run._replace(name=surname, words=(surname,))
        if self._office_holder_alone(run):
            return self._body(mention, span, role)  # "The Office of the Chief Coroner"
        subject = self.index.narrative.headline_subject(run)
        if subject is None and self._office_of(run):
            if not self.index.organisation_words.isdisjoint(run.title.split()):
                # "The National Grid Corporation of the Philippines": a body, in full
                return self._body(mention, span, role)
            # "the chief executive of Vantor Media": the office speaks, as written; the
            # name is the body it belongs to, not the person who holds it
            subject, run = mention.end, run._replace(name_start=mention.start)
        if subject is not None:
            # "Black Lawmakers Rip Donald Trump As A 'Disgusting Fraud'": the words before
            # the headline's verb speak, not a person named "… Rip Donald Trump"
            span = self.index.span(run.name_start, subject)
            return speaker_record(
                name=span.text,
                kind=self.nominals.nominal_kind(span.text),
                role=role,
                mention=span,
                resolution="explicit",
            )
        if self.named_for_owner(run.words, mention):
            # "McDonald's said": a business named in the possessive, its name as written
            name = self.text[mention.start : mention.end]
            self.index.groups.add(mention.start, name)
            return speaker_record(
                name=name, kind="group", role=role, mention=span, resolution="explicit"
            )
        if (
            self.index.is_organisation(run)
            or self.names_place(run.words)
            or "&" in run.name  # "Marbury & Klein": a firm
            # "Saltmarsh said" after "Saltmarsh Partners", unless someone is so called
            or (self.index.body_short(run) and not self.someones_surname(run.words[0]))
        ):
            return self._body(mention, span, role)
        canonical = self.index.known.titled_canonical(run, mention.start)
        person = self.index.people.get(canonical)
        role = role or (run.title if self.index.is_role(run.title) else None)
        if person is not None:
            if role and person.add_role(role):
                self.index.index_role(person)
            role = role or (person.roles[0] if person.roles else None)
        return speaker_record(
            name=canonical, kind="person", role=role or None, mention=span, resolution="explicit"
        )

    def _body(self, mention: Mention, span: Span, role: str | None) -> Speaker:
        """A body named by the mention's words as written."""
        name = self.text[mention.start : mention.end]
        self.index.groups.add(mention.start, name)
        return speaker_record(
            name=name, kind="group", role=role, mention=span, resolution="explicit"
        )

    def _office_holder_alone(self, run: NameRun) -> bool:
        """Whether a run is a role's word alone after a body's title: a body named for
        its office ("The Office of the Chief Coroner"), no person."""
        organisations = self.index.organisation_words
        return (
            len(run.words) == 1
            and run.words[0].lower() in self.lexicon.roles
            and not organisations.isdisjoint(run.title.split())
        )

    def _office_of(self, run: NameRun) -> bool:
        """Whether a run's title ends with a preposition ("director of", "spokesman for",
        "Corporation of the")."""
        words = run.title.lower().split()[-2:] if run.title else []
        if words and words[-1] == "the":
            words.pop()
        return bool(words) and (words[-1] == "of" or words[-1] in self.lexicon.head_prepositions)

    def named_for_owner(self, words: tuple[str, ...], mention: Mention) -> bool:
        """Whether a cue's subject is one word in the possessive ("McDonald's said"): a
        business named for its founder, unless the article names a person so called
        ("Trump's said" is Trump has said)."""
        if len(words) != 1 or not owner_name(self.text[mention.start : mention.end], self.lexicon):
            return False
        stem = words[0][:-2]
        person = self.index.people.get(stem)
        titled = person is not None and (person.gender is not None or bool(person.roles))
        return not titled and not self.someones_surname(stem)

    def names_place(self, words: tuple[str, ...]) -> bool:
        """Whether a run is a nation or capital ("Russia said"), not the surname of a
        person the article names ("Rep. Steve Israel … Israel said")."""
        return self.index.is_place(words) and not self.someones_surname(words[-1])

    def someones_surname(self, word: str) -> bool:
        """Whether the article names a person with `word` for surname ("Tom Farmer"), rather
        than a run that only ends with it ("Congressional Republicans")."""
        return any(
            self.index.has_given_name_or_title(full)
            for _, full in self.index.by_surname.get(word, ())
        )
