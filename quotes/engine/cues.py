"""Speech verbs and who speaks through them: a verb's cue phrase and its subject."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from operator import attrgetter

from quotes.engine.analysis import Token
from quotes.engine.grammar import CLAUSE_BREAK, Mention, named_for_owner
from quotes.engine.subjects import IntroducedSubjects
from quotes.engine.windows import (
    ABSOLUTE_REACH,
    CUE_CLAUSES,
    CUE_REACH,
    DOCUMENT_REACH,
    SPEAKER_VERB_TRAILING,
)

# What a pronoun stands for when it is a person's: "she read" is someone reading aloud.
PERSON_PRONOUNS = ("male", "female", "plural")

_token_start = attrgetter("start")


def _clause_comma(tokens: list[Token], j: int) -> bool:
    """Whether the token at `j` is a comma between clauses, not one inside a number."""
    if tokens[j].text != ",":
        return False
    return not (
        0 < j < len(tokens) - 1 and tokens[j - 1].text.isdigit() and tokens[j + 1].text.isdigit()
    )


def _dated_tail(tail: list[Token], *when: frozenset[str]) -> bool:
    """Whether the words after a cue's verb to the end of its clause say only when
    ("announced Friday", "said on Tuesday morning,"), of the words `when` lists."""
    return all(token.text == "," or any(token.lower in words for words in when) for token in tail)


class DocumentSubjects(IntroducedSubjects):
    """The document or written thing a verb of reading gives the words of ("a statement
    from the company read")."""

    def document_subject(self, tokens: list[Token], k: int) -> tuple[Mention, int] | None:
        """The document or written thing whose words the verb at `k` gives, and its first
        token: before the verb ("a statement from the company read", "a welcome message on
        the website reads", `"…," it read`) or, with nothing before it, after
        (`"…," read a statement from …`). None for any other subject: a person who reads
        is not quoting."""
        if k > 0 and tokens[k - 1].lower == "it":
            return Mention(tokens[k - 1].start, tokens[k - 1].end, "pronoun"), k - 1
        if (
            k > 0
            and tokens[k - 1].text not in ",—–-"
            and tokens[k - 1].text not in self.quote_chars
        ):
            head = self._document_head(tokens, range(k - 1, max(-1, k - 1 - DOCUMENT_REACH), -1))
            if head is None:
                return None
            first = self._document_start(tokens, head)
            return Mention(tokens[first].start, tokens[k - 1].end, "nominal"), first
        if k > 1 and tokens[k - 2].text not in self.quote_chars:
            return None  # "Alistair MacPhee, 79, read the new book": a person who reads
        after = k + 1
        if after >= len(tokens) or not (
            tokens[after].lower in self.lexicon.determiners or tokens[after].possessive
        ):
            return None
        head = self._document_head(tokens, range(after, min(len(tokens), after + 4)))
        if head is None:
            return None
        last = head
        while last + 1 < len(tokens) and last - head < DOCUMENT_REACH:
            following = tokens[last + 1]
            if not (following.text[0].isalnum() or self.abbreviation(tokens[last])):
                break  # "read a statement from Acme Corp.": the phrase ends at the comma
            if following.text.islower() and following.text.endswith("ed"):
                break  # "reads a petition signed by …": a clause of its own follows
            last += 1
        if tokens[last].text == ".":
            last -= 1
        return Mention(tokens[after].start, tokens[last].end, "nominal"), after

    def _document_head(self, tokens: list[Token], indexes: range) -> int | None:
        """The last token at `indexes` that names a document or a written thing, read only
        across the words of one noun phrase and its prepositional phrases: walking back
        from the verb, the phrase's head ("a welcome message on the website")."""
        lexicon = self.lexicon
        head = None
        for i in indexes:
            token = tokens[i]
            lower = token.lower
            if lower in lexicon.written_nouns or lower in lexicon.source_nouns:
                head = i
            elif (
                not token.text[0].isalnum()
                or lower in lexicon.pronouns
                or lower in lexicon.relative_pronouns
                or lower in lexicon.conjunctions
                or (token.text.islower() and lower in lexicon.all_verbs)
            ):
                break  # "Smith said the …", "which she read": another subject
        return head

    def _document_start(self, tokens: list[Token], head: int) -> int:
        """Where the phrase headed by the document at `head` starts: at its determiner or
        possessive, a few words back ("a welcome message", "the company's statement")."""
        for i in range(head, max(-1, head - 4), -1):
            if tokens[i].lower in self.lexicon.determiners or (i < head and tokens[i].possessive):
                if i > 0 and tokens[i - 1].lower in self.lexicon.determiners:
                    return i - 1  # "the company's statement"
                return i
            if i < head and not tokens[i].text[0].isalnum():
                return i + 1
        return head


class NounsOrVerbs(DocumentSubjects):
    """Whether a word the verb lists know is a noun where it stands: "a call", "the
    caustic chant", "the Baltic states,", or a verb after a business named in the
    possessive ("McDonald's said")."""

    def _owner_spoke(self, tokens: list[Token], k: int, lemma: str) -> bool:
        """Whether a possessive before the verb at `k` is its subject: a business named in
        the possessive ("McDonald's said", "Sainsbury's warned"), before a past form that
        is no noun (where "Trump's claims" and "Acme's warning" are nouns)."""
        text = tokens[k].text
        if text == lemma or text.endswith(("s", "ing")):
            return False
        following = tokens[k + 1] if k + 1 < len(tokens) else None
        if (
            text.endswith(("ed", "en"))
            and following is not None
            and following.text.isalpha()
            and following.text.islower()
            and following.lower not in self.lexicon.function_words
            and following.lower not in self.lexicon.determiners
            and following.lower not in self.lexicon.object_prepositions
            and following.lower not in self.lexicon.place_prepositions
            and following.lower != "that"
        ):
            return False  # "Trump's repeated calls", "Smith's written reply": an adjective
        return named_for_owner(tokens, k - 1, self.lexicon)

    def _described_noun(self, tokens: list[Token], k: int, bare: bool) -> bool:
        """Whether the word at `k` (a verb's `bare` form or not) follows a determiner and one
        or two modifiers, as a noun does ("the caustic chant", "its decrepit state"); a role
        or source noun there is a subject ("the official said", "the general told")."""
        for marker in (k - 2, k - 3):
            if marker < 0:
                return False
            if tokens[marker].lower in self.lexicon.noun_markers:
                between = tokens[marker + 1 : k]
                if all(self._modifier(t.text, bare) for t in between):
                    return True
                # "to the Baltic states, warning": a plural noun with nothing after it, where
                # a verb would have its object or clause
                plural = not bare and tokens[k].text.endswith("s") and tokens[k].lower != "says"
                closed = k + 1 < len(tokens) and tokens[k + 1].text in ",.;"
                return plural and closed and all(self._noun_modifier(t) for t in between)
        return False

    def _noun_modifier(self, token: Token) -> bool:
        """A proper adjective that may modify a plural noun and is no subject itself ("the
        Baltic states"): not a title, a body ("the Kremlin adds.") or a plural ("the
        Democrats")."""
        word = token.lower
        return (
            token.text.isalpha()
            and token.capitalised
            and not word.endswith("s")
            and word not in self.lexicon.titles
            and not self.is_source_noun(word)
        )

    def _modifier(self, word: str, bare_verb: bool) -> bool:
        """Whether `word` can describe the noun after it: an adjective by its ending, or,
        before a verb's bare form ("state", "post"), any word but a noun that could be the
        subject ("the residents say", "the police say")."""
        if bare_verb and word.isalpha() and word[0].isupper() and not word.endswith("s"):
            # "the Benghazi attack", "the NDP claim": a name before a noun; a plural name
            # is a subject ("the Democrats say")
            return word.lower() not in self.lexicon.titles
        if not (word.isalpha() and word.islower()):
            return False
        if word in self.lexicon.roles or word in self.lexicon.titles or self.is_source_noun(word):
            return False
        if word.endswith(self.lexicon.modifier_endings):
            return True
        return bare_verb and not word.endswith("s") and word not in self.lexicon.function_words


class SpeechVerbs(NounsOrVerbs):
    """Speech verbs on tokens: a verb's lemma, one word or two, where its cue phrase ends,
    and the subject an absolute participle brings ("with many marchers chanting")."""

    def cue_lemma(self, tokens: list[Token], k: int, partial: bool = False) -> str | None:
        """The lemma of the speech verb at `k`, one word or two ("shot back")."""
        text = tokens[k].text
        verbs = self.lexicon.all_verbs if partial else self.lexicon.speech_verbs
        lemma = verbs.get(text)
        if lemma is None and k == 0 and text.istitle() and text.lower() in verbs:
            # "Added Smith: "…"": a verb opens the sentence only before its own subject
            inverted = self._inverted_before_quote(tokens, 0) is not None
            return verbs[text.lower()] if inverted else None
        if lemma is not None:
            if k > 0 and (
                tokens[k - 1].lower in self.lexicon.noun_markers
                or (tokens[k - 1].possessive and not self._owner_spoke(tokens, k, lemma))
            ):
                return None  # "a call", "his response", "Trump's claims": a noun, not a verb
            if self._described_noun(tokens, k, bare=lemma == text):
                return None  # "the caustic chant", "an emotional plea": a noun again
            if lemma == text and self._before_title(tokens, k):
                return None  # "state Treasurer David Okafor": a title's modifier
            return lemma if text.islower() else None
        if text in self.lexicon.document_verbs and (
            self.document_subject(tokens, k) is not None or (k > 0 and self._reader(tokens[k - 1]))
        ):
            # "the statement read", "a sign reads"; "she read", "Cole read from a statement":
            # a person reading words aloud speaks them
            return self.lexicon.document_verbs[text]
        if text in self.phrasal_heads and k + 1 < len(tokens):
            return self.lexicon.phrasal_verbs.get((text, tokens[k + 1].lower))
        return None

    def _before_title(self, tokens: list[Token], k: int) -> bool:
        """Whether a title or a role follows the word at `k` ("state Sen.", "state
        Treasurer", "state attorney general", "state officials")."""
        if k + 1 >= len(tokens):
            return False
        title = tokens[k + 1].lower
        lexicon = self.lexicon
        return title in lexicon.titles or title + "." in lexicon.titles or title in lexicon.roles

    def _reader(self, token: Token) -> bool:
        """Whether the word before a reading verb is a person reading aloud: a pronoun for
        one or a name."""
        gender = self.lexicon.pronouns.get(token.lower)
        return gender in PERSON_PRONOUNS or (self.is_name_word(token) and not token.text.isupper())

    def _inverted_before_quote(self, tokens: list[Token], k: int) -> Mention | None:
        """`Added Smith: "…"`, `In other words, explained moderator Nancy Cordes: "…"`: a
        verb opening its clause, whose subject follows it and runs to the comma or colon
        that introduces the quote."""
        token = tokens[k]
        if (
            len(tokens) < k + 3
            or tokens[-1].text not in ",:"
            or token.text.endswith("ing")
            or self.verb_lemma(token, lower=True)
            in self.lexicon.listener_verbs  # "Told reporters:"
            or (k > 0 and tokens[k - 1].text not in ",;")
        ):
            return None
        found = self.subject_after(tokens, k + 1)
        if found is None or found[0].end != tokens[-2].end:
            return None
        return found[0]

    def verb_lemma(self, token: Token, partial: bool = False, lower: bool = False) -> str | None:
        """The lemma of a lower-case speech verb token (of any speech verb token, `lower`)."""
        if not (lower or token.text.islower()):
            return None
        verbs = self.lexicon.all_verbs if partial else self.lexicon.speech_verbs
        return verbs.get(token.lower)

    def cue_phrase_end(self, tokens: list[Token], verb_index: int) -> int:
        """Where the cue phrase ends: the verb and its object, up to punctuation.

        Only verbs that take a listener ("told a news conference", "asked
        reporters") keep the words after them; "said on Thursday" is just "said".
        """
        verb = tokens[verb_index]
        end = verb.end
        if self.lexicon.speech_verbs.get(verb.text) not in self.lexicon.listener_verbs:
            return end
        lexicon = self.lexicon
        for n, token in enumerate(tokens[verb_index + 1 : verb_index + 5]):
            if not token.text[0].isalnum() or token.lower in lexicon.cue_stops:
                break
            if n > 0 and token.text.islower() and self._ends_listener(token.lower):
                # "told reporters it was", "told Global News the premier", "told reporters
                # as she emerged": the listener ends, a clause begins
                break
            if token.lower not in lexicon.name_connectors:
                end = token.end  # never ending on "of": "asked the former secretary of"
        return end

    def _ends_listener(self, word: str) -> bool:
        """Whether a lower-case word after a listener ends the cue phrase."""
        lexicon = self.lexicon
        if word in lexicon.name_connectors:
            return False  # "told Chris Cuomo of CNN", "told an audience of academics"
        return (
            word in lexicon.pronouns
            or word in lexicon.determiners
            or word in lexicon.function_words
            or word in lexicon.subordinators
            or word in lexicon.object_prepositions
            or word in lexicon.head_prepositions
        )

    def absolute_subject(self, tokens: list[Token], k: int) -> Mention | None:
        """`…, with many marchers and spectators chanting "…"`: the phrase between "with" and
        the participle at `k` is its subject, whoever the sentence is about."""
        if not tokens[k].text.endswith("ing") or not tokens[k].text.islower():
            return None
        w = k - 1
        while w >= 0 and k - w <= ABSOLUTE_REACH and tokens[w].lower != "with":
            word = tokens[w]
            if word.text in CLAUSE_BREAK or word.text == "," or word.text in self.quote_chars:
                return None
            if word.text.islower() and word.lower in self.lexicon.all_verbs:
                return None
            w -= 1
        if w < 0 or tokens[w].lower != "with" or w + 1 >= k:
            return None
        inner = self.noun_phrase_ending(tokens, k - 1)
        if inner is not None and inner[1] == w + 1:
            return inner[0]
        first, last = tokens[w + 1], tokens[k - 1]
        coordinated = any(t.lower in self.lexicon.conjunctions for t in tokens[w + 2 : k - 1])
        if coordinated and (first.capitalised or first.lower in self.lexicon.determiners):
            # "many marchers and spectators", "Smith and his aides": a group speaks
            return Mention(first.start, last.end, "nominal")
        return None

    def _absolute_infinitive(self, tokens: list[Token], to: int) -> Mention | None:
        """The subject of an absolute participle that governs the infinitive whose "to" is
        at `to` ("…, with Lewandowski taking to Twitter to call Fields "…""): the one who
        takes to Twitter calls; None when no such participle stands shortly before."""
        for j in range(to - 1, max(-1, to - ABSOLUTE_REACH), -1):
            word = tokens[j]
            if word.text in CLAUSE_BREAK or word.text == ",":
                return None
            if word.text.islower() and word.text.endswith("ing"):
                return self.absolute_subject(tokens, j)
        return None


class PassiveFrames(SpeechVerbs):
    """Who speaks in a passive frame around a verb ("was quoted as saying", "described by
    colleagues as")."""

    def agentless_passive(self, tokens: list[Token], k: int) -> bool:
        """Whether the verb at `k` is a passive participle with no "by" after it ("was
        announced", "were told"): its subject is what was said or who heard it."""
        return (
            k >= 1
            and tokens[k - 1].lower in self.lexicon.passive_auxiliaries
            and tokens[k].text.endswith(("ed", "said", "told"))
            and not (k + 1 < len(tokens) and tokens[k + 1].lower == "by")
        )

    def passive_frame_subject(self, tokens: list[Token], k: int) -> Mention | None:
        """The speaker of a passive frame around the verb at `k`.

        "Hartley was quoted (by the Globe) as saying …" → Hartley, whose words they are;
        "Dorsey was described by colleagues as …" → colleagues, who chose the words.
        """
        q = self.quoted_as_saying(tokens, k)
        if q is not None:
            passive = q > 0 and tokens[q - 1].lower in self.lexicon.passive_auxiliaries
            if not passive and q + 1 < k - 1 and tokens[q + 1].lower != "by":
                # "Ruiz quoted Reyes as saying …", "The agency quoted him as saying …": the
                # one quoted speaks
                if q + 2 == k - 1 and tokens[q + 1].lower in self.lexicon.object_pronouns:
                    return Mention(tokens[q + 1].start, tokens[q + 1].end, "pronoun")
                quoted = self.noun_phrase_ending(tokens, k - 2)
                return quoted[0] if quoted is not None and quoted[1] == q + 1 else None
            found = self.subject_before(tokens, q)
            return found[0] if found is not None else None
        if (
            k >= 1
            and k + 2 < len(tokens)
            and tokens[k - 1].lower in self.lexicon.passive_auxiliaries
            and tokens[k + 1].lower == "by"
        ):
            found = self.subject_after(tokens, k + 2)
            return found[0] if found is not None else None
        return None

    def quoted_as_saying(self, tokens: list[Token], k: int) -> int | None:
        """Where "quoted" stands in its clause when the verb at `k` is the "saying" of
        "quoted … as saying", or None."""
        if tokens[k].lower != "saying" or k < 2 or tokens[k - 1].lower != "as":
            return None
        for q in range(k - 2, max(-1, k - 10), -1):
            if tokens[q].lower == "quoted":
                return q
            if tokens[q].text in CLAUSE_BREAK or tokens[q].text == ",":
                break
        return None

    def introduces(self, tokens: list[Token], k: int) -> bool:
        """Whether the speech verb at `k` introduces the quote after a few words and a comma
        or colon (`Smith boasted, "…"`, `she told reporters: "…"`)."""
        trailing = tokens[k + 1 :]
        return (
            bool(trailing)
            and len(trailing) <= SPEAKER_VERB_TRAILING
            and trailing[-1].text in ",:"
            and tokens[k].text in self.lexicon.speech_verbs
            # a participle's subject is read from afar ("…, while chanting, "…""): weaker
            and not tokens[k].text.endswith("ing")
            and all(t.text not in self.quote_chars for t in trailing)
        )

    def cue_clause_before(self, tokens: list[Token], k: int) -> tuple[Mention, int] | None:
        """The speaker of a cue clause set off by a comma before the participle at `k`,
        over a participle clause or two between: ", said a Western official, describing
        …", ", Minister Ana Ruiz announced Friday, lowering the target and calling …"."""
        end = k
        for _ in range(CUE_CLAUSES):
            j = end - 2 if tokens[end - 1].text == "," else end - 1  # past the clause's own
            while j > 0 and end - j <= CUE_REACH and not _clause_comma(tokens, j):
                j -= 1
            if j <= 0 or not _clause_comma(tokens, j) or j + 1 >= end:
                return None
            first = tokens[j + 1]
            if self._finite_speech_verb(first):
                found = self.subject_after(tokens, j + 2)  # ", said a Western official,"
                return found if found is not None and found[0].end <= tokens[end].start else None
            for m in range(j + 2, end):
                if self._finite_speech_verb(tokens[m]):
                    if first.lower in self.lexicon.subordinators or not _dated_tail(
                        tokens[m + 1 : end],
                        self.lexicon.calendar_words,
                        self.lexicon.time_nouns,
                        self.lexicon.place_prepositions,
                    ):
                        return None  # "when protesters interrupted her, shouting": not a cue's
                    found = self.subject_before(tokens, m)  # ", Ana Ruiz announced Friday,"
                    return found if found is not None and found[1] > j else None
            if not first.text.endswith("ing"):
                return None  # only a participle's clause is passed over
            end = j + 1
        return None

    def _finite_speech_verb(self, token: Token) -> bool:
        """A speech verb that can end a cue clause ("said", "announced"), no participle."""
        return token.lower in self.lexicon.speech_verbs and not token.text.endswith("ing")

    def _participle_speaker(
        self, tokens: list[Token], k: int, head: Callable[[], list[Token] | None] | None
    ) -> tuple[Mention, int] | None:
        """Who speaks through a participle with no subject of its own: the main clause's
        subject ("The senator calmed his supporters, saying …"), unless a cue clause set off
        before it names another ("…, said a Western official, describing the move as …")."""
        return self.cue_clause_before(tokens, k) or self.subject_at_start(
            self._opening_of(tokens, k, head)
        )

    def _opening_of(
        self, tokens: list[Token], k: int, head: Callable[[], list[Token] | None] | None
    ) -> list[Token]:
        """The sentence's opening, where its subject stands: the head given, or the first
        tokens of `tokens`."""
        opening = head() if head is not None else None
        return opening if opening is not None else self.opening(tokens, k)


class Cues(PassiveFrames):
    """Who speaks through a speech verb: its subject, before or after it, or the
    sentence's for a participle ("The senator calmed his supporters, saying …")."""

    def cue_subject(
        self, tokens: list[Token], k: int, head: Callable[[], list[Token] | None] | None = None
    ) -> Mention | None:
        """Who speaks through the verb at `k`: its subject, or the sentence's for a participle.

        `head` gives the sentence's opening when `tokens` start after an earlier quote of it:
        the sentence's subject is read there, not in the words after that quote.
        """
        if tokens[k].text in self.lexicon.document_verbs and not tokens[k].text.endswith("ing"):
            document = self.document_subject(tokens, k)
            return document[0] if document is not None else None
        framed = self.passive_frame_subject(tokens, k) or self.absolute_subject(tokens, k)
        if framed is not None:
            return framed
        if self.quoted_as_saying(tokens, k) is not None:
            return None  # "The paper quoted him as saying": not the paper; no one named
        if self.agentless_passive(tokens, k):
            return None  # "the name was announced …": what was said, not who said it
        token = tokens[k]
        found = self.subject_before(tokens, k)
        if found is None and (inverted := self._inverted_before_quote(tokens, k)) is not None:
            return inverted
        if found is None and k > 1 and tokens[k - 1].lower == "to":
            governing = tokens[k - 2]
            if (
                governing.text.isalpha()
                and governing.text.islower()
                and governing.lower.endswith("ed")
            ):
                found = self.subject_before(tokens, k - 2)  # "Smith was prompted to say"
        if found is None and k > 1 and tokens[k - 1].lower == "to":
            if (absolute := self._absolute_infinitive(tokens, k - 1)) is not None:
                return absolute  # "with Lewandowski taking to Twitter to call Fields "…""
            found = self.subject_at_start(self.opening(tokens, k - 1))  # "The email went on to say"
            if found is not None and found[0].end == tokens[k - 2].end:
                found = None  # "Needless to say, …": no verb between, so no subject
        participle = token.text.endswith("ing") and k > 0 and tokens[k - 1].text == ","
        if participle and (found is None or found[0].kind == "nominal"):
            found = self._participle_speaker(tokens, k, head) or found
        if (
            found is not None
            and token.text.endswith("ing")
            and found[0].kind == "nominal"
            # right before the participle: "a defiant Trump is insisting" is a subject
            and tokens[k - 1].end == found[0].end
            and (tokens[found[1]].lower in ("a", "an") or self._thing_before(tokens, k))
        ):
            # "issued a statement saying": the statement's issuer speaks; "opened the
            # meeting saying": a thing the subject acts on does not speak
            found = None
        before = k - 1
        while before > 0 and tokens[before].lower in self.lexicon.function_words:
            before -= 1  # "and repeatedly says"
        if found is None and (
            token.text.endswith("ing") or (before >= 0 and tokens[before].lower in ("and", ","))
        ):
            found = self._participle_subject(tokens, k, head)
            if found is None and before >= 0 and tokens[before].lower == "and":
                found = self.clause_subject(tokens, before)
        return found[0] if found is not None else None

    def _participle_subject(
        self, tokens: list[Token], k: int, head: Callable[[], list[Token] | None] | None
    ) -> tuple[Mention, int] | None:
        """Who speaks through a participle or a verb after "and" at `k` with no subject of
        its own: the sentence's subject ("…, calling it", "…, and emphasized"), or, after a
        written thing, the subject of the verb it is the object of ("…, as workers waved
        signs reading")."""
        if k < 3 or tokens[k - 1].lower not in self.lexicon.written_nouns:
            return self._participle_speaker(tokens, k, head)
        verb = k - 2
        if tokens[verb - 1].lower in self.lexicon.determiners and tokens[verb].text.islower():
            return None  # "A fan banner reading '…' was unfurled": the banner's words
        while verb > 0 and tokens[verb].lower in self.lexicon.determiners:
            verb -= 1  # "held up a sign reading"
        lower = verb > 0 and tokens[verb].text.islower()
        holders = self.subject_before(tokens, verb) if lower else None
        return holders or self.subject_at_start(self._opening_of(tokens, k, head))

    def _thing_before(self, tokens: list[Token], k: int) -> bool:
        """Whether the word before the participle at `k` is a plain noun that names no one
        who can speak ("the debate", "the meeting"), rather than a role, a group or a person
        ("the crowd", "the senator", "the woman")."""
        word = tokens[k - 1].lower
        return (
            tokens[k - 1].text.isalpha()
            and tokens[k - 1].text.islower()
            and not self.is_source_noun(word)
            and word not in self.lexicon.person_nouns
            and word not in self.lexicon.kin_words
            and not word.endswith("s")
        )

    def opens_coordinate_clause(self, tokens: list[Token], subject: Mention, k: int) -> bool:
        """Whether `subject`, of the verb at `k`, follows ", and", ", but" or another clause
        conjunction: it opens a clause of its own, so no verb before it speaks for this
        quote."""
        # the last token before the verb that starts at or before the subject, found by
        # bisection: a walk back from the verb made a long run of verbs quadratic
        first = max(0, bisect_right(tokens, subject.start, hi=max(k, 0), key=_token_start) - 1)
        return (
            first >= 2
            and tokens[first].start == subject.start
            and tokens[first - 1].lower in self.lexicon.clause_conjunctions
            and (tokens[first - 2].text == "," or self._ends_clause_object(tokens, first - 2))
        )

    def _ends_clause_object(self, tokens: list[Token], i: int) -> bool:
        """Whether the token at `i`, before a conjunction, closes an earlier clause with a
        verb of its own ("Shopkeepers predicted ruin and one columnist said"), rather than
        being a noun joined to the next one ("the mayor and one columnist said")."""
        return any(self.cue_lemma(tokens, j) is not None for j in range(max(0, i - 3), i))

    def quantifier_subject(self, tokens: list[Token], k: int, main: int) -> bool:
        """Whether the verb at `k` has a quantifier alone for subject: "Many called", "Both
        described", "Some said" at the start of the main clause."""
        return (
            k >= 1
            and k - 1 == main
            and (
                tokens[k - 1].lower in self.lexicon.not_speakers
                or tokens[k - 1].lower in self.lexicon.determiners
            )
            and tokens[k - 1].lower not in self.lexicon.pronouns
        )
