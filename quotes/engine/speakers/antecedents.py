"""Who a pronoun, a description or a sentence stands for: the people mentioned before it."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

import regex

from quotes.engine.analysis import DocumentAnalysis
from quotes.engine.grammar import Mention
from quotes.engine.speakers.descriptions import Descriptions
from quotes.engine.speakers.mention_sets import AntecedentIndex, MentionSet
from quotes.engine.speakers.person import speaker_record
from quotes.engine.speakers.words import (
    AND_AFTER,
    APPOSITIVE_AFTER,
    CLAUSE_BOUNDARY,
    CLAUSE_CHARACTERS,
    CLAUSE_END,
    COORDINATE_GROUP,
    COORDINATION_CHARACTERS,
    DESCRIBED_OPENING_WORDS,
    DESCRIBED_SUBJECT,
    EXCLUDED_SKIPS,
    FINAL_CUE,
    GIVEN_NAME_WORD,
    GROUP_WORDS,
    LETTER,
    MODIFIER_WORDS,
    NARRATIVE_END,
    NEXT_WORDS,
    NEXT_WORDS_RUN,
    NOUN_AFTER,
    PARENTHESIS,
    PLAIN_WORD,
    POSSESSIVE_AFTER,
    POSSESSIVE_INSIDE,
    POSSESSIVE_S,
    PUT_TO,
    QUOTE_TO_CUE,
    QUOTED_CHARACTERS,
    QUOTED_NAME_WORD,
    REPORTED_BEFORE,
    SENTENCE_END_BEFORE,
    SENTENCE_INDENT,
    SHORT_WORD,
    WORD,
    filler_words,
    person_heads,
)
from quotes.engine.windows import OWN_CLAUSE_CHARACTERS, PLURAL_SENTENCES, PRONOUN_SENTENCES
from quotes.records import Span, Speaker


class Antecedents(Descriptions):
    """Who a pronoun, a description ("the senator") or a sentence stands for: the
    people mentioned before it."""

    def __init__(self, analysis: DocumentAnalysis, explicit_names: list[Mention]) -> None:
        super().__init__(analysis, explicit_names)
        self.groups: list[tuple[int, str]] = []
        # pronoun gender → the mentions indexed as its possible antecedents (person_before)
        self._antecedent_index: dict[str | None, AntecedentIndex] = {}
        self._by_given_name: dict[str, set[str]] | None = None  # see _given_name_index
        self.filler = filler_words(self.lexicon)
        self._add_described_subjects()

    def _add_described_subjects(self) -> None:
        """Adds, as mentions, the definite descriptions that open a sentence and stand for a
        person named before ("The Ohio governor beat back …" after "Ohio
        Gov. John Kasich"): news writes a second reference so, and a pronoun after it
        means that person, not a name in passing in the same sentence."""
        if not self.people:
            return
        # the words of everyone's roles, read at the first description met: one whose head
        # is none of them stands for no one
        heads: set[str] | None = None
        described: list[tuple[int, int, str]] = []
        text = self.text
        starts = self.sentence_starts
        at = text.find("The ")
        while at >= 0:
            # "The" opening a sentence (found by `str.find`, a pass in C over the text)
            opening, at = at, text.find("The ", at + 4)
            index = bisect_right(starts, opening) - 1
            if (
                index < 0
                or opening - starts[index] > SENTENCE_INDENT
                or text[starts[index] : opening].strip()
            ):
                continue
            end = self.sentences[index][1]
            match = DESCRIBED_SUBJECT.match(text, opening, end)
            if match is None or self.analysis.in_quote(match.start(1)):
                continue
            # the description ends at its last title or role word ("The Ohio governor")
            words = list(WORD.finditer(text, match.start(1), match.end()))
            for k in range(len(words) - 1, 0, -1):
                head = words[k].group().lower()
                if head in self.lexicon.titles or head in self.lexicon.roles:
                    if heads is None:
                        heads = {w for p in self.people.values() for w in self._role_words(p)}
                    if head not in heads:
                        break
                    phrase = text[match.start(1) : words[k].end()]
                    found = self.described_mention(phrase, match.start(1))
                    if (
                        found is not None
                        # "The governor claimed …" pages after a governor was last named
                        # means someone the writer has in mind, not that governor
                        and bisect_right(starts, found[0]) - 1 >= index - PRONOUN_SENTENCES
                        and self._fits_description(found[2], words[1:k])
                    ):
                        described.append((match.start(1), words[k].end(), found[2]))
                    break
        if described:
            self.mentions = sorted([*self.mentions, *described])

    def _fits_description(self, name: str, modifiers: list[re.Match[str]]) -> bool:
        """Whether the capitalised words of a description ("The Wisconsin Republican") are
        all among the person's roles: "Wisconsin" must show in them, not only "Republican"."""
        roles = self._role_words(self.people[name])
        return all(
            word.group().lower() in roles for word in modifiers if word.group()[:1].isupper()
        )

    def resolve_pronoun(self, mention: Mention, span: Span) -> tuple[Speaker | None, bool]:
        """A pronoun becomes the first compatible person of the nearest sentence naming one."""
        pronoun = span.text.lower()
        gender = self.lexicon.pronouns.get(pronoun)
        if gender == "plural":
            group = self.group_before(mention.start)
            if group is None:
                return None, False
            return speaker_record(
                name=group, kind="group", mention=span, resolution="pronoun"
            ), False
        if gender not in ("male", "female"):
            return None, False
        if AND_AFTER.match(self.text, mention.end):
            return None, False  # "He and his partner came …": two speak, not he alone
        excluded = self._named_after(mention) | self._answered(mention)
        in_quote = self._named_in_quote(mention) - excluded
        found = self.person_before(mention.start, gender, excluded | in_quote)
        if found is not None and in_quote and not self._recently_cued(found[0], mention.start):
            # the quotation names the person "he" would mean ('"… it's not Bernie Sanders,"
            # he says' after a paragraph on Sanders): a speaker may name himself, and
            # someone less salient is no safer a guess than a blank; the previous speaker
            # is ('"Rubio won," Hannity said. … "Rubio apologized," he said')
            first = self.person_before(mention.start, gender, excluded)
            if first is not None and first[0] in in_quote:
                return None, False
        if found is None:
            return None, False
        name, ambiguous = found
        person = self.people.get(name)
        if person is None and name.split()[0].lower() in self.lexicon.singular_determiners:
            # a description the pronoun stands for: "A neighbour said … she said"
            return speaker_record(
                name=name, kind="unnamed", mention=span, resolution="pronoun"
            ), ambiguous
        role = person.roles[0] if person and person.roles else None
        return speaker_record(
            name=name, kind="person", role=role, mention=span, resolution="pronoun"
        ), ambiguous

    def group_before(self, offset: int) -> str | None:
        """The group "they" at `offset` stands for: the nearest group credited with a quote,
        or the plural subject of a sentence ("Residents packed the hall."), within a few
        sentences; never one from far back in the article."""
        index = bisect_right(self.sentence_starts, offset) - 1
        floor = self.sentences[max(0, index - PLURAL_SENTENCES)][0] if index >= 0 else 0
        best: tuple[int, str] | None = None
        for start, name in reversed(self.groups):
            if start < floor:
                break  # groups come in text order: the rest are further back
            if start < offset:
                best = (start, name)
                break
        for i in range(index, max(-1, index - PLURAL_SENTENCES - 1), -1):
            start, end = self.sentences[i]
            match = self.patterns.plural_subject.match(self.text, start, min(end, offset))
            if match is not None and match.group(2).lower() in self.lexicon.roles:
                if best is None or match.start(1) > best[0]:
                    best = (match.start(1), self._with_coordinate(match, min(end, offset)))
                break
        return best[1] or None if best else None

    def _with_coordinate(self, match: regex.Match[str], end: int) -> str:
        """A sentence's plural subject with the group "and" joins to it ("The Liberals and
        the NDP reached a deal": "they" are both), or "" when what follows "and" is no
        group of its own ("Protesters and police clashed"): never only the first."""
        text = self.text
        joined = AND_AFTER.match(text, match.end(1), end)
        if joined is None:
            return match.group(1)
        other = COORDINATE_GROUP.match(text, joined.end(), end)
        if other is not None:
            return text[match.start(1) : other.end()]
        # "Residents and business owners packed …": lower-case words up to a plural noun
        # that a verb follows
        words = list(NEXT_WORDS_RUN.finditer(text, joined.end() - 1, end))[: GROUP_WORDS + 1]
        for k, word in enumerate(words[:-1]):
            following = words[k + 1].group(1)
            if word.group(1).endswith("s") and self._verb_like(following):
                return text[match.start(1) : word.end()]
        return ""

    def _verb_like(self, word: str) -> bool:
        """Whether a lower-case word may be the verb after a subject: a past form ("packed"),
        a verb the lexicon knows, or an auxiliary or adverb before one ("have", "also")."""
        lexicon = self.lexicon
        return word.endswith("ed") or word in lexicon.all_verbs or word in lexicon.function_words

    def person_before(
        self, offset: int, gender: str | None, excluded: frozenset[str] = frozenset()
    ) -> tuple[str, bool] | None:
        """The person a pronoun at `offset` refers to, and whether another fits as well;
        never one of `excluded`, the people the pronoun cannot mean.

        Each question is a few look-ups in the mentions indexed for `gender`, so that a
        sentence of many names and many "he said" stays linear.
        """
        index = bisect_right(self.sentence_starts, offset) - 1
        recent = self._recent_speaker(offset, index, gender)
        if recent is not None and recent not in excluded:
            return recent, False
        antecedents = self._antecedents(gender)
        mentions = self.mentions
        for i in range(index, max(-1, index - PRONOUN_SENTENCES), -1):
            start, end = self.sentences[i]
            limit = min(end, offset)
            lo = bisect_right(mentions, (start, -1, ""))
            hi = bisect_left(mentions, (limit,))
            first = self._first_allowed(antecedents.fitting, lo, hi, excluded)
            described = self._described_subject(start, limit, gender)
            if described is not None and first >= hi:
                # "A neighbour said the family kept to itself. "…," she said": the unnamed
                # person the sentence is about, not a name from paragraphs before (with a
                # name beside it, "A reporter asked Sanders … He replied", the name decides)
                return described[1], False
            if first >= hi or self._opens_with_pronoun(start, mentions[first][0], gender):
                # none fits, or "He's one of three left after Rubio quit": "he" goes further
                continue
            best = self._best_in_sentence(start, limit, (lo, hi), excluded, antecedents)
            if self._coordinated(best, excluded, antecedents):
                return None  # "Tom Hale and Bill Ortiz met. … he said": either may be meant
            return antecedents.names[best], antecedents.fitting.names_differ(first, hi)
        return None

    def _described_subject(
        self, start: int, limit: int, gender: str | None
    ) -> tuple[int, str] | None:
        """The unnamed person whose description opens the main clause of the sentence at
        `start` ("A neighbour", "One 54-year-old witness"), if a pronoun of `gender` can
        mean them: where it starts, and its words."""
        opening = self._main_clause_start(start, limit)
        words = PLAIN_WORD.finditer(self.text, opening, limit)
        word = next(words, None)
        openers = self.lexicon.discourse_openers
        while word is not None and word.group().lower().strip(",") in openers:
            word = next(words, None)
        if word is None:
            return None
        match = self.patterns.described_person.match(self.text, word.start(), limit)
        if match is None or self.analysis.in_quote(match.start(1)):
            return None
        end = match.end(1)
        heads = person_heads(self.lexicon)
        following = PLAIN_WORD.match(self.text, end + 1, limit)
        while (
            following is not None and self.text[end] == " " and following.group().lower() in heads
        ):
            end = following.end()  # "One local woman": the description runs on to its last noun
            following = PLAIN_WORD.match(self.text, end + 1, limit)
        head = self.text[match.start(1) : end].split()[-1].lower()
        shown = self.lexicon.kin_words.get(head) or self.lexicon.gendered_titles.get(head)
        shown = shown or self.lexicon.gendered_nouns.get(head)
        if shown in ("male", "female") and gender is not None and shown != gender:
            return None  # "A woman said … he said": someone else
        return match.start(1), self.text[match.start(1) : end]

    def _best_in_sentence(
        self,
        start: int,
        limit: int,
        bounds: tuple[int, int],
        excluded: frozenset[str],
        antecedents: AntecedentIndex,
    ) -> int:
        """The index of the likeliest antecedent among the mentions from `bounds[0]` to
        `bounds[1]` of the sentence at `start`, one of which fits."""
        lo, hi = bounds
        mentions = self.mentions
        # the main clause's subject is the likeliest; then a speaker named by a cue rather
        # than a name in passing, even one whose gender the article does not show ('"…,"
        # Okafor said of Premier Dan Marsh. / "…," he added'), the main clause's names
        # rather than those of an opening "When …," clause, and someone known to be "he"
        # or "she" rather than a name of unknown gender
        main_start = self._main_clause_start(start, limit)
        main = max(lo, bisect_left(mentions, (main_start,)))
        subject = self._subject_of(main_start, main, hi, excluded, antecedents)
        if subject is not None:
            return subject
        preferred = (
            (antecedents.known_speaker, lo),
            (antecedents.speaker, lo),
            (antecedents.known, main),
            (antecedents.known, lo),
            (antecedents.speaker, lo),
            (antecedents.fitting, main),
        )
        return next(
            (
                k
                for k in (self._first_allowed(s, at, hi, excluded) for s, at in preferred)
                if k < hi
            ),
            self._first_allowed(antecedents.fitting, lo, hi, excluded),
        )

    def _coordinated(self, k: int, excluded: frozenset[str], antecedents: AntecedentIndex) -> bool:
        """Whether the mention at index `k` is joined by "and" or "or" to the name of another
        person the pronoun may mean ("Tom Hale and Bill Ortiz", "Sens. Jon Tester (D-Mont.)
        and David Vitter"): both are as salient, and the pronoun tells them apart no more."""
        mentions = self.mentions
        name = mentions[k][2]
        # the whole name: "Tom Hale" also holds the mention "Hale"
        before, after = k - 1, k + 1
        start, end = mentions[k][0], mentions[k][1]
        while before >= 0 and mentions[before][2] == name and mentions[before][1] >= start:
            start = min(start, mentions[before][0])
            before -= 1
        while after < len(mentions) and mentions[after][2] == name and mentions[after][0] <= end:
            end = max(end, mentions[after][1])
            after += 1
        return any(
            0 <= j < len(mentions)
            and mentions[j][2] != name
            and mentions[j][2] not in excluded
            and antecedents.fitting.first(j) == j
            and self._joined(*sorted(((start, end), mentions[j][:2])))
            for j in (before, after)
        )

    def _joined(self, first: tuple[int, int], second: tuple[int, int]) -> bool:
        """Whether two names are joined by "and", "or" or "&", with only titles, roles and
        parentheses between, neither of them a possessive ("Hale and Ortiz's lawyer")."""
        text = self.text
        if (
            second[0] - first[1] > COORDINATION_CHARACTERS
            or POSSESSIVE_AFTER.match(text, first[1])
            or POSSESSIVE_AFTER.match(text, second[1])
        ):
            return False
        words = PARENTHESIS.sub(" ", text[first[1] : second[0]]).replace(",", " ").lower().split()
        lexicon = self.lexicon
        return words[:1] in (["and"], ["or"], ["&"]) and all(
            w in lexicon.titles or w in lexicon.roles for w in words[1:]
        )

    def _subject_of(
        self,
        clause_start: int,
        lo: int,
        hi: int,
        excluded: frozenset[str],
        antecedents: AntecedentIndex,
    ) -> int | None:
        """The index of the mention that is the subject of the main clause starting at
        `clause_start` ("Fox News host Sean Hannity indicated …"), if it may be the
        pronoun's: the most salient person of a sentence is its subject."""
        text = self.text
        modified_at = -1  # where the name modifying the next one starts
        for k in range(lo, min(hi, lo + EXCLUDED_SKIPS)):
            m_start, m_end, _ = self.mentions[k]
            if k > lo and m_start < self.mentions[k - 1][1]:
                continue  # "Hannity" inside "Sean Hannity": the whole name was read
            lead_start = modified_at if modified_at >= 0 else m_start
            modified_at = -1
            comma = text.rfind(",", clause_start, lead_start)
            lead = text[max(clause_start, comma + 1) : lead_start]
            if not self._name_lead(lead):
                continue
            if self._modifies_next(k, hi):
                # "Minnesota state delegate Mary Susan", "Lyle campaign communications
                # director Joan Pell": the name after heads the phrase this one opens
                modified_at = lead_start
                continue
            if POSSESSIVE_AFTER.match(text, m_end):
                continue  # "Trump's plan"
            opens = comma < 0 or self._described_opening(clause_start, comma)
            if not self._verb_may_follow(self._past_appositive(m_end) if opens else m_end):
                continue  # "…, Rubio and Cruz", "the South Carolina congressman"
            # a subject of unknown gender ("Republican", "Minnesota") is left to the
            # preferences below, where a person known to fit comes first; one an age or a
            # role showed to be a person ("Tomasz Wrona, 44, … Wrona told Mayor Dan Marsh")
            # is the subject all the same
            name = antecedents.names[k]
            if name in excluded or antecedents.fitting.first(k) != k:
                return None
            if antecedents.known.first(k) != k and name.rsplit(None, 1)[-1] not in (
                self.shown_surnames
            ):
                return None
            return k
        return None

    def _past_appositive(self, at: int) -> int:
        """Where the verb of a name opening its clause and ending at `at` may stand: after an
        appositive ("Dorsey, a former union leader, has", "Groberg, 33, opened") or after
        the comma closing the name's own appositive ("Dorsey's pollster, Ivan Petrak,
        says"); never before a relative clause's "who", which is no verb."""
        match = APPOSITIVE_AFTER.match(self.text, at)
        if match is None:
            return at
        after = NEXT_WORDS.match(self.text, match.end())
        if after is not None and after.group(1) in self.lexicon.relative_pronouns:
            return at
        return match.end()

    def _described_opening(self, start: int, comma: int) -> bool:
        """Whether the words from `start` to a comma describe someone by a role ("Dorsey's
        pollster", "An attorney for Pagliano", "Carson's longtime friend and adviser"), so
        that the name in apposition after the comma is the clause's subject."""
        words = self.text[start:comma].split()
        if not 2 <= len(words) <= DESCRIBED_OPENING_WORDS:
            return False
        lexicon = self.lexicon
        opening = words[0].lower() in lexicon.determiners or POSSESSIVE_S.search(words[0])
        return bool(opening) and any(word.lower().strip(",") in lexicon.roles for word in words[1:])

    def _modifies_next(self, k: int, hi: int) -> bool:
        """Whether the mention at index `k` modifies the name after it ("Minnesota state
        delegate Mary Susan", "Fox News host Sean Hannity"): a few words, the last a role."""
        end = self.mentions[k][1]
        after = bisect_left(self.mentions, (end,), k + 1, hi)  # past "Hannity" in "Sean Hannity"
        if after >= hi:
            return False
        bridge = self.text[end : self.mentions[after][0]]
        words = bridge.split()
        return (
            "," not in bridge
            and len(words) <= MODIFIER_WORDS
            and (
                not words
                or words[-1].lower().rstrip(".") in self.lexicon.roles
                or words[-1].lower() in self.lexicon.titles
            )
            and not any(self._no_modifier_word(word) for word in words)
        )

    def _no_modifier_word(self, word: str) -> bool:
        """Whether a word between two names shows that the first is no modifier of the
        second: a verb or a function word ("Vasko met Premier Dan Marsh", "Hale and Gov.
        Ortiz"), where a modifier's words are nouns ("campaign communications director")."""
        lower = word.lower()
        lexicon = self.lexicon
        if lower in lexicon.roles or lower.rstrip(".") in lexicon.titles or lower in lexicon.titles:
            return False
        return (
            len(lower) <= SHORT_WORD
            or lower.endswith("ed")
            or lower in lexicon.all_verbs
            or lower in lexicon.function_words
        )

    def _verb_may_follow(self, at: int) -> bool:
        """Whether the word after a name may be its verb or an adverb before it ("Hannity
        indicated", "Pence on Thursday blamed"): a lower-case word that is no noun of a
        person, role or body and no conjunction (a list, or a name modifying a noun)."""
        after = NEXT_WORDS.match(self.text, at)
        if after is None:
            return False
        word = after.group(1)
        lexicon = self.lexicon
        return not (
            word in lexicon.roles
            or word in lexicon.person_nouns
            or word in lexicon.organisation_words
            or word in lexicon.conjunctions
        )

    def _name_lead(self, lead: str) -> bool:
        """Whether the words before a name are only its title, role and determiner ("Fox News
        host", "former Gov.", "But the"): the name heads its phrase."""
        lexicon = self.lexicon
        for word in PLAIN_WORD.finditer(lead):
            lower = word.group().lower()
            if not (
                (
                    word.group()[0].isupper()
                    and lower not in self.filler
                    and lower not in lexicon.subordinators
                )
                or lower in lexicon.titles
                or lower in lexicon.roles
                or lower in lexicon.determiners
                or lower in lexicon.discourse_openers
            ):
                return False
        return True

    def _first_allowed(self, picked: MentionSet, lo: int, hi: int, excluded: frozenset[str]) -> int:
        """The first picked mention from `lo` (before `hi`) naming no one `excluded`, or `hi`.

        An excluded person named many times in a row ends the search after a few of them:
        the pronoun then looks no further back, and stays linear."""
        k = picked.first(lo)
        if not excluded:
            return min(k, hi)
        for _ in range(EXCLUDED_SKIPS):
            if k >= hi or self.mentions[k][2] not in excluded:
                return min(k, hi)
            k = picked.first(k + 1)
        return hi

    def _named_after(self, mention: Mention) -> frozenset[str]:
        """The people a subject pronoun's own clause names after it ("she told Tracy", "he
        asked Trump", "he said Reyes was wrong"): the pronoun cannot mean them.

        The clause ends at its first comma, colon or dash: a name further on may stand in
        an appositive or a relative clause ("he said, according to Uzi Arad, Mr.
        Netanyahu's adviser"). A possessive or a name after "the" modifies a noun ("the
        Carson campaign", "Reyes's plan") and may well be the pronoun's own. A cue closing
        its sentence excludes the people of the reported words before it, too."""
        index = bisect_right(self.sentence_starts, mention.start) - 1
        end = self.sentences[index][1] if index >= 0 else len(self.text)
        end = min(end, mention.end + OWN_CLAUSE_CHARACTERS)  # bounded: linear in the text
        stop = CLAUSE_END.search(self.text, mention.end, end)
        end = stop.start() if stop else end
        lo = bisect_left(self.mentions, (mention.end,))
        hi = min(bisect_left(self.mentions, (end,)), lo + EXCLUDED_SKIPS)
        text = self.text
        named = self._heads(lo, hi) | self._reported_before(mention, index, end, lo)
        # "she told Tracy": a given name alone names the person the article gave it to
        end = min(end, mention.end + CLAUSE_CHARACTERS)
        for word in GIVEN_NAME_WORD.finditer(text, mention.end, end):
            if not POSSESSIVE_AFTER.match(text, word.end()):
                named |= self._given_name_index().get(word.group(), set())
        return frozenset(named)

    def _answered(self, mention: Mention) -> frozenset[str]:
        """The person whose words a pronoun's quotation answers, whom the pronoun cannot
        mean: after '"…?" Hannity pressed Trump.', the reply '"…," he said' is not
        Hannity's. A reply verb says so ('"…," she responded'), or a question put to someone
        named in the paragraph before; a question alone may be the speaker's own ('"Who
        would do that?" Trump asked. / "Nobody," he said.')."""
        quoted = self.analysis.quoted
        k = bisect_right(self.analysis.quoted_starts, mention.start) - 1
        if k >= 0 and QUOTE_TO_CUE.fullmatch(self.text, quoted[k][1], mention.start) is None:
            k += 1  # 'He replied: "…"': the quotation follows its cue
        if k <= 0 or k >= len(quoted):
            return frozenset()
        starts = self.analysis.paragraph_starts
        paragraph = bisect_right(starts, quoted[k][0]) - 1
        previous = bisect_right(starts, quoted[k - 1][0]) - 1
        reply = self._replies(mention.end)
        if not (reply and previous == paragraph) and previous != paragraph - 1:
            return frozenset()
        asker = self._cued_near(quoted[k - 1], self.analysis.paragraphs[previous])
        if asker is None:
            return frozenset()
        question = previous == paragraph - 1 and self._put_to_someone(asker, quoted[k - 1])
        return frozenset({asker[2]}) if reply or question else frozenset()

    def _named_in_quote(self, mention: Mention) -> frozenset[str]:
        """The people a pronoun's own quotation names ('"Rubio won tonight," he said', '"Bryan
        asserted his rights," he said'): speakers say "I", not their own name, so the
        pronoun means someone else. The quotation is the one its cue closes or opens."""
        quoted = self.analysis.quoted
        k = bisect_right(self.analysis.quoted_starts, mention.start) - 1
        if k < 0 or QUOTE_TO_CUE.fullmatch(self.text, quoted[k][1], mention.start) is None:
            k += 1  # 'He said: "…"': the quotation after the cue, in the same sentence
            index = bisect_right(self.sentence_starts, mention.start) - 1
            end = self.sentences[index][1] if index >= 0 else len(self.text)
            if k >= len(quoted) or quoted[k][0] > end:
                return frozenset()
        start, end = quoted[k]
        named: set[str] = set()
        text = self.text
        for word in QUOTED_NAME_WORD.finditer(text, start, min(end, start + QUOTED_CHARACTERS)):
            named |= self._people_called(POSSESSIVE_S.sub("", word.group()), word.start())
        return frozenset(named)

    def _people_called(self, word: str, at: int) -> set[str]:
        """The people a capitalised word in a quotation may name: the person of that surname
        nearest to `at`, a person known by that word alone, or those with that given name."""
        if word.lower() in self.filler:
            return set()  # "Will they …", "Both sides …": a common word opening a sentence
        if word in self.by_surname:
            return {self.canonical((word,), at)}
        if word in self.people:
            return {word}
        return self._given_name_index().get(word, set())

    def _replies(self, at: int) -> bool:
        """Whether the words after `at` are a reply verb ("answered", "shot back")."""
        words = NEXT_WORDS.match(self.text, at)
        if words is None:
            return False
        lexicon = self.lexicon
        first, second = words.group(1), words.group(2)
        lemma = lexicon.speech_verbs.get(first) or lexicon.phrasal_verbs.get((first, second or ""))
        return lemma in lexicon.reply_verbs

    def _cued_near(
        self, quote: tuple[int, int], paragraph: tuple[int, int]
    ) -> tuple[int, int, str] | None:
        """The person a cue names for `quote` in its paragraph: the first named after it,
        else the last named before it."""
        start, end = quote
        after = bisect_left(self.mentions, (end,))
        for mention in self.mentions[after : after + EXCLUDED_SKIPS]:
            if mention[0] >= paragraph[1]:
                break
            if mention[0] in self.speaker_starts:
                return mention
        before = bisect_left(self.mentions, (start,))
        for mention in reversed(self.mentions[max(0, before - EXCLUDED_SKIPS) : before]):
            if mention[0] < paragraph[0]:
                break
            if mention[0] in self.speaker_starts:
                return mention
        return None

    def _put_to_someone(self, asker: tuple[int, int, str], quote: tuple[int, int]) -> bool:
        """Whether `quote` is a question its asker put to someone named ("Boyle asked
        Trump", "Hannity pressed Mr. Trump")."""
        start, end = quote
        if "?" not in self.text[max(start, end - 3) : end]:
            return False
        k = bisect_left(self.mentions, (asker[1],))
        if k >= len(self.mentions):
            return False
        return PUT_TO.fullmatch(self.text, asker[1], self.mentions[k][0]) is not None

    def _reported_before(self, mention: Mention, index: int, end: int, lo: int) -> set[str]:
        """The people named in the reported words before a sentence's closing cue ("Trump's
        plan would fail, he said."): they are spoken about, not speaking.

        The words start after the last dash or semicolon, and after an opening clause of
        their own ("When Trump spoke, he said." may mean him). `end` is where the pronoun's
        clause ends, and `lo` the index of the first mention after it."""
        text = self.text
        sentence_start = self.sentences[index][0] if index >= 0 else 0
        if self._quotation_continues(mention.start, sentence_start):
            # 'Rubio "apologized many times," he said', 'When Obama offered …, "states
            # needed it," he said': narrative words before a quotation its cue closes are
            # part of what was said, whatever clause they open
            first = bisect_left(self.mentions, (sentence_start,))
            before = bisect_left(self.mentions, (mention.start,))
            return self._heads(max(first, lo - EXCLUDED_SKIPS), before)
        comma = REPORTED_BEFORE.search(text, max(sentence_start, mention.start - 3), mention.start)
        if (
            comma is None
            or text[comma.start() - 1 : comma.start()] in self.closing_marks
            or FINAL_CUE.match(text, mention.end, end) is None
        ):
            return set()
        boundary = CLAUSE_BOUNDARY.search(text[sentence_start : comma.start()])
        start = sentence_start + (boundary.end() if boundary else 0)
        start = self._main_clause_start(start, comma.end())
        first = bisect_left(self.mentions, (start,))
        before = bisect_left(self.mentions, (comma.start(),))
        return self._heads(max(first, lo - EXCLUDED_SKIPS), before)

    def _quotation_continues(self, at: int, sentence_start: int) -> bool:
        """Whether the pronoun at `at` is the cue right after a quotation that carries on
        the narrative words before it in its sentence, so that those words are part of what
        was said: the quotation is their predicate ('Rubio "apologized," he said'), the main
        clause after their opening clause ('When Obama offered …, "states needed it," he
        said'), or it resumes after an aside ('"…" -- that Dorsey is … -- "…," he says');
        or a comma after its closing mark ends a paraphrase ('… words like "maybe", he
        told reporters'). Words that introduce a quotation are the writer's, and their
        subject often the speaker ('Reyes scolded him: "…," she said', 'Ruiz called it
        "a disgrace," she said')."""
        quoted = self.analysis.quoted
        k = bisect_right(self.analysis.quoted_starts, at) - 1
        if (
            k < 0
            or QUOTE_TO_CUE.fullmatch(self.text, quoted[k][1], at) is None
            or bisect_right(self.analysis.quoted_starts, sentence_start) > k
        ):
            return False
        text = self.text
        opening = quoted[k][0]
        if (
            LETTER.search(text, sentence_start, opening) is None
            # "… refugees. ''You'd have to be insane,'' he said": a quotation that opens a
            # sentence of its own, where the sentence splitter did not cut
            or SENTENCE_END_BEFORE.search(text, sentence_start, opening) is not None
        ):
            return False
        if "," in text[quoted[k][1] : at]:
            return True  # the comma outside the closing mark: a paraphrase ends
        before = NARRATIVE_END.search(text, sentence_start, opening)
        if before is None:
            return False
        if before.group(1) in (",", "-", "—", "–"):
            return True
        last = bisect_left(self.mentions, (before.end(1),)) - 1
        word = before.group(1).lower()
        return self.lexicon.pronouns.get(word) in ("male", "female", "plural") or (
            last >= 0 and self.mentions[last][1] == before.end(1)
        )

    def _heads(self, lo: int, hi: int) -> set[str]:
        """The people the mentions from index `lo` to `hi` name as a noun phrase's head: a
        possessive or a name after "the" modifies a noun ("the Carson campaign", "Reyes's
        plan"), and may well be a pronoun's own."""
        text = self.text
        return {
            name
            for start, stop_at, name in self.mentions[lo:hi]
            if not POSSESSIVE_AFTER.match(text, stop_at)
            and text[max(0, start - 4) : start].lower() != "the "
        }

    def _given_name_index(self) -> dict[str, set[str]]:
        """Each given name that opens a known person's full name → those people."""
        if self._by_given_name is None:
            self._by_given_name = {}
            for name in self.people:
                first, _, rest = name.partition(" ")
                if rest and first.lower() in self.lexicon.given_names:
                    self._by_given_name.setdefault(first, set()).add(name)
        return self._by_given_name

    def _recently_cued(self, name: str, offset: int) -> bool:
        """Whether a cue named `name` as a speaker in the sentence of `offset` or the two
        before it."""
        index = bisect_right(self.sentence_starts, offset) - 1
        floor = self.sentences[max(0, index - 2)][0] if index >= 0 else 0
        lo = bisect_left(self.mentions, (floor,))
        hi = bisect_left(self.mentions, (offset,))
        return any(
            m_name == name and m_start in self.speaker_starts
            for m_start, _, m_name in self.mentions[lo:hi]
        )

    def _recent_speaker(self, offset: int, index: int, gender: str | None) -> str | None:
        """The speaker a cue named in this sentence or the one before, when that person is
        known to be `gender` and is the only fitting person named there."""
        floor = self.sentences[max(0, index - 1)][0]
        lo = bisect_right(self.mentions, (floor, -1, ""))
        hi = bisect_left(self.mentions, (offset,))
        antecedents = self._antecedents(gender)
        speaker = antecedents.sure_speaker.last(hi)
        if speaker < lo or antecedents.person.names_differ(antecedents.person.first(lo), hi):
            return None
        return antecedents.names[speaker]

    def _antecedents(self, gender: str | None) -> AntecedentIndex:
        """The document's mentions indexed as antecedents of a pronoun of `gender`."""
        found = self._antecedent_index.get(gender)
        if found is None:
            found = self._antecedent_index[gender] = AntecedentIndex(
                self.mentions,
                self.people,
                self.speaker_starts,
                gender,
                self._no_one_names(),
                self._shared_surnames(),
                self._modifier_mentions(),
            )
        return found

    def _modifier_mentions(self) -> list[bool]:
        """For each mention, whether it is a name modifying a noun after "the" ("the Clinton
        campaign", "the Trump administration"): the body is spoken of, and "he" or "she"
        after it is not the person named."""
        text = self.text
        return [
            text[max(0, start - 4) : start] == "the " and NOUN_AFTER.match(text, end) is not None
            for start, end, _ in self.mentions
        ]

    def _shared_surnames(self) -> dict[int, list[str]]:
        """The index of each mention by a surname alone that several people of the article
        share ("Clinton": Bill and Hillary Clinton), with those people."""
        shared: dict[int, list[str]] = {}
        for k, (start, end, name) in enumerate(self.mentions):
            word = self.text[start:end]
            if " " in word or word not in self.by_surname:
                continue
            if k and self.mentions[k - 1][1] > start:
                continue  # "Clinton" inside "Hillary Rodham Clinton": the full name tells
            _, names = self.fullest_names((word,))
            people = [other for other in dict.fromkeys(names) if other in self.people]
            if len(people) < 2:
                continue
            # only the one the article introduces first, whom it is about: "Fiorina" after
            # "her husband, Frank Fiorina" still means Carly Fiorina, but "Clinton" in a
            # piece on Hillary Clinton never becomes a Bill Clinton named later
            main = min(self.by_surname[word])[1]
            if main != name and main in people:
                shared[k] = [main]
        return shared

    def _no_one_names(self) -> frozenset[str]:
        """The "people" of unknown gender whose name is a place, a plural noun or a
        possessive phrase ("South Carolina", "Critics", "Obama's Cabinet"): a cue may make
        them a speaker, but "he" or "she" never stands for them."""
        lexicon = self.lexicon
        return frozenset(
            name
            for name, person in self.people.items()
            if person.gender is None
            and (
                name.lower() in lexicon.regions
                or POSSESSIVE_INSIDE.search(name) is not None  # "Obama's Cabinet"
                or (
                    " " not in name
                    and name.endswith("s")
                    and (name.lower() in lexicon.roles or name[:-1].lower() in lexicon.roles)
                )
                or name.lower() in self.filler
            )
        )

    def _opens_with_pronoun(self, start: int, before: int, gender: str | None) -> bool:
        """Whether the sentence at `start` has a pronoun of `gender` as its subject, ahead
        of the first name in it (at `before`)."""
        for word in PLAIN_WORD.finditer(self.text, start, before):
            lower = word.group().lower().strip(".")
            if lower in self.lexicon.discourse_openers:
                continue
            lower = lower.split("'")[0].split("’")[0]  # "He's"
            return gender is not None and self.lexicon.pronouns.get(lower) == gender
        return False

    def _main_clause_start(self, start: int, end: int) -> int:
        """Where the main clause begins: after an opening subordinate clause and its comma."""
        match = self.patterns.subordinate_opening.match(self.text, start, end)
        return match.end() if match else start

    def sentence_subject(self, sentence: tuple[int, int]) -> Speaker | None:
        """The person a sentence is about: its opening pronoun or name ("But he regretted…")."""
        start, end = sentence
        # "When Wallace died, President Clinton released a statement": the main clause's
        start = self._main_clause_start(start, end)
        openers = self.lexicon.discourse_openers
        # only the first words matter: read them lazily, however long the sentence
        words = PLAIN_WORD.finditer(self.text, start, end)
        word = next(words, None)
        while word is not None and word.group().lower().strip(",") in openers:
            word = next(words, None)
        if word is None:
            return None
        at = word.start()
        if self.lexicon.pronouns.get(word.group().lower()) in ("male", "female"):
            speaker, _ = self.resolve_pronoun(
                Mention(at, at + len(word.group()), "pronoun"),
                self.span(at, at + len(word.group())),
            )
            return speaker._replace(resolution="context") if speaker else None
        first = bisect_left(self.mentions, (at,))  # the first mention from `at` on
        for m_start, m_end, name in self.mentions[first : first + 1]:
            if m_start < end:
                if m_start - at > 40:
                    return None
                return speaker_record(
                    name=name,
                    kind="person",
                    role=self.people[name].roles[0]
                    if self.people.get(name) and self.people[name].roles
                    else None,
                    mention=self.span(m_start, m_end),
                    resolution="context",
                )
        return None
