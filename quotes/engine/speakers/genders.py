"""The genders of people no title or given name shows, from the words the article uses of them."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from quotes.engine.speakers.known import KnownPeople
from quotes.engine.speakers.words import PLAIN_WORD
from quotes.engine.windows import GENDER_REACH


class GenderWords:
    """Works out genders from gendered words ("his", "herself") after a person's name."""

    def __init__(self, known: KnownPeople) -> None:
        self.known = known
        self.forms = known.forms
        self.analysis = self.forms.analysis
        self.text = self.forms.text
        self.lexicon = self.forms.lexicon
        self.sentences = self.forms.sentences
        self.sentence_starts = self.forms.sentence_starts

    def genders_from_words(self) -> None:
        """The gender of people no title or given name shows, from what the article says of
        them: "Ortiz praised herself", "Reyes thanked his staff". Only a sentence's first
        name counts, and only up to the next name; a person shown as both stays unknown."""
        if not self.lexicon.gender_words:
            return
        shown: dict[str, set[str]] = {}
        first_in_sentence: set[int] = set()
        last_sentence = -1
        for i, (m_start, _m_end, _name) in enumerate(self.known.mentions):
            index = bisect_right(self.sentence_starts, m_start) - 1
            if index != last_sentence:
                first_in_sentence.add(i)
                last_sentence = index
        for i, (_m_start, m_end, name) in enumerate(self.known.mentions):
            person = self.known.people.get(name)
            if person is not None and person.gender is None:
                gender = self.reported_pronoun(m_end, self.next_mention(i, m_end))
                if gender is not None:
                    shown.setdefault(name, set()).add(gender)
        for i in first_in_sentence:
            m_start, m_end, name = self.known.mentions[i]
            person = self.known.people.get(name)
            if person is None or person.gender is not None:
                continue
            index = bisect_right(self.sentence_starts, m_start) - 1
            end = self.sentences[index][1] if index >= 0 else len(self.text)
            # the next name after this one: "Kiran Sandhu" also holds the mention "Sandhu"
            following = bisect_left(self.known.mentions, (m_end,), i + 1)
            if following < len(self.known.mentions):
                end = min(end, self.known.mentions[following][0])
            gender = self.gender_word(m_end, min(end, m_end + GENDER_REACH))
            if (
                gender is None
                and end == self.sentences[index][1]
                and index + 1 < len(self.sentences)
            ):
                # "Ana Ruiz is a retired captain. But on Thursday, she spoke out …": the only
                # person a sentence names is the "he" or "she" opening the next one
                start, next_end = self.sentences[index + 1]
                if following < len(self.known.mentions):
                    next_end = min(next_end, self.known.mentions[following][0])
                if self.same_paragraph(m_start, start):
                    gender = self.gender_word(start, min(next_end, start + GENDER_REACH))
            if gender is not None:
                shown.setdefault(name, set()).add(gender)
        for name, genders in shown.items():
            if len(genders) == 1:
                self.known.people[name].gender = next(iter(genders))

    def next_mention(self, i: int, end: int) -> int:
        """Where the mention after the `i`-th (which ends at `end`) starts, or the text's end."""
        following = bisect_left(self.known.mentions, (end,), i + 1)
        if following < len(self.known.mentions):
            return self.known.mentions[following][0]
        return len(self.text)

    def reported_pronoun(self, start: int, end: int) -> str | None:
        """The gender of "he" or "she" opening what a person reports, right after their
        speech verb ("Soula says she wants …", "Doukas, 81, who said she has bought …"):
        news writes the speaker so, whatever else the sentence holds."""
        words = PLAIN_WORD.finditer(self.text, start, min(end, start + GENDER_REACH))
        for word in words:
            if self.analysis.in_quote(word.start()):
                return None
            if word.group().lower() in self.lexicon.speech_verbs:
                following = next(words, None)
                if following is None:
                    return None
                gender = self.lexicon.pronouns.get(following.group().lower())
                return gender if gender in ("male", "female") else None
        return None

    def gender_word(self, start: int, end: int) -> str | None:
        """The gender the first gender word ("his", "herself") from `start` to `end` shows,
        reading no further than a quotation."""
        words = self.lexicon.gender_words
        for word in PLAIN_WORD.finditer(self.text, start, end):
            if self.analysis.in_quote(word.start()):
                return None
            gender = words.get(word.group().lower())
            if gender is not None:
                return gender
        return None

    def same_paragraph(self, first: int, second: int) -> bool:
        """Whether two offsets lie in one paragraph."""
        starts = self.analysis.paragraph_starts
        return bisect_right(starts, first) == bisect_right(starts, second)
