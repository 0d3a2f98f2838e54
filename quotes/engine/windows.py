"""How far the engine looks around a quote: every window size in one place, with its reason.

Attribution sits next to the quote, so every search is bounded; bounded searches also
keep extraction linear in the length of a document. Sizes in tokens unless named
otherwise.
"""

from __future__ import annotations

# Characters read after a closing mark for its cue: enough for a cue with a long
# relative clause ("…," said Jane Doe, who has led the union since 2009 and …).
AFTER_QUOTE_CHARACTERS = 240
# Characters of a subject pronoun's own clause read for the people it cannot mean ("she
# told Tracy …"): a clause running on further without a comma names no one it is about.
OWN_CLAUSE_CHARACTERS = 320
# Tokens between the quote and its cue's verb: further away, a verb is another clause's.
CUE_REACH = 14
# Tokens of a document's phrase read for its head noun ("a welcome message on the
# website read"): a noun phrase and a prepositional phrase or two.
DOCUMENT_REACH = 8
# Tokens after the quote in which "according to X" still credits it.
ACCORDING_TO_REACH = 16
# Tokens inside a parenthesis read past ("Rep. John Mica (R-Fla.) said").
PARENTHESIS_REACH = 8
# Tokens after a verb within which the sentence must end for `Clinton said.` to be a
# short cue, not the start of new reported speech.
SHORT_CUE_REACH = 6
# Tokens after a verb that may still belong to its cue phrase ("told reporters on Tuesday").
CUE_PHRASE_REACH = 12
# Plain words allowed between a quote and its speaker ('"…," as Cruz said').
BETWEEN_QUOTE_AND_SPEAKER = 3
# Tokens after a cue verb for `Clinton said: "…"`: more, and the quote is reported speech.
SPEAKER_VERB_TRAILING = 6
# Tokens of a dateline ("DECATUR, Ill. —", "WASHINGTON, June 12 (Reuters) —") before its dash.
DATELINE_REACH = 12
# Tokens of an opening clause or phrase before the main clause's comma.
INTRODUCTION_REACH = 30
# Tokens of an introductory phrase searched for the comma before a sentence's subject.
SUBJECT_INTRODUCTION_REACH = 15
# The same after an opening participle ("Asked about …,", "Pressed on …,"), whose phrase
# may hold a whole clause.
PARTICIPLE_INTRODUCTION_REACH = 30
# Tokens of a subject's name, role or noun run ("Hillary Clinton campaign spokesman Glen
# Caplin"): longer, and the run is no longer one noun phrase.
SUBJECT_WORDS = 10
# Tokens of an office read back from "for" or "of" for its title word ("Deputy Chief
# Constable of West Arden Police"): longer, and the capitals are a headline's.
OFFICE_TOKENS = 8
# Words of an unnamed subject a describing word extends: "The retired surgeon".
DESCRIBED_SUBJECT_WORDS = 3
# Tokens of a sentence's opening that `subject_at_start` reads, and how many more after the
# words it steps over: a verb deep in a long sentence need not copy all before it.
OPENING_TOKENS = 16
OPENING_TAIL = 24
# Words of a Title Case headline that can open with its speaker.
HEADLINE_WORDS = 20
# Words between someone's words and the colon that introduces them ("Hale's message was
# simple:"); more is a sentence about the words, not an introduction.
INTRODUCING_WORDS = 3
# Words of a phrase saying to whom the words went ("message to the government was simple:",
# "message to anyone thinking of driving through floodwater was blunt:"), not counted
# among the introducing words.
ADDRESSEE_WORDS = 8
# Words of a description of an unnamed source ("a 54-year-old retired fisherman").
DESCRIPTION_WORDS = 4
# Characters before a full stop searched for an abbreviation ("Sen.", "U.S.").
ABBREVIATION_CHARACTERS = 12
# Characters before a quote read for "dubbed", "the book", "called": the cue words of titles
# and nicknames stand just before the mark.
WORDS_BEFORE_CHARACTERS = 60
# Characters either side of a quote searched for names (Dwayne "The Rock" Johnson).
NICKNAME_NAME_CHARACTERS = 20
# Characters of a lead-in before a paragraph's quotation ("Then, after a pause:").
LEAD_IN_CHARACTERS = 60
# Words of a quote short enough to be a scare quote or a term when no speaker is found.
SHORT_QUOTE_WORDS = 4
# Sentences "they" looks back for the group it stands for.
PLURAL_SENTENCES = 3
# Characters read for a plural subject or body and its speech verb: closing a sentence
# (", federal prosecutors said.") or before a document's noun ("police said in a news
# release"); a bounded look keeps long sentences linear.
GROUP_CUE_CHARACTERS = 60
# Characters between a sentence's plural subject and a "they" read for other people it may
# mean; a subject further back is too far to tell.
GROUP_REACH_CHARACTERS = 2000
# Sentences "the company said" looks back for the organisation it stands for.
ORGANISATION_SENTENCES = 3
# Sentences back in which "the institute" finds the body whose name ends with its noun
# ("the Northern Reef Research Institute"): the name itself says which, so further back.
NAMED_BODY_SENTENCES = 12
# Characters after a name read for their death ("Ann Lee, 23, of Leeds, was killed").
DEATH_REACH = 80
# Sentences before a pronoun in which a person's death rules them out as "he" or "she".
DEATH_SENTENCES = 2
# Sentences a pronoun looks back for the person it stands for.
PRONOUN_SENTENCES = 6
# Sentences a pronoun may look back at most when the sentences between open with the same
# pronoun ("He is careful not to name them. … "…," he says"): a feature's run of "he".
PRONOUN_CHAIN_SENTENCES = 18
# Sentences before a pronoun's own in which an unnamed person described as a sentence's
# subject ("A neighbour said …") may be what the pronoun means.
DESCRIBED_SUBJECT_SENTENCES = 3
# Characters after an unnamed speaker's words in which the article may name them ("…,"
# one rancher told the committee. … The rancher, Maria Nuñez, said): a paragraph or two.
LATER_NAMING_CHARACTERS = 600
# Sentences back in which the same description ("the judge wrote …") keeps a person named
# long before in mind for a description opening a sentence: a court story's quotes of the
# judge may run for paragraphs between.
DESCRIPTION_CHAIN_SENTENCES = 12
# Sentences back, besides its own, that "the latter" looks for the pair it picks from: the
# pair is named just before ("Both Harlow and Ferrante stood. The latter lost").
PAIR_SENTENCES = 1
# Characters of an opening subordinate clause ("When Trump suggested …, Rubio said").
SUBORDINATE_CLAUSE_CHARACTERS = 120
# Characters an opening clause or introductory phrase spans at most, with its opener, comma
# and the word after it: the end of any search for one.
INTRODUCTION_CHARACTERS = SUBORDINATE_CLAUSE_CHARACTERS + 80
# Characters after a sentence's first name searched for a word showing that person's gender
# ("Ortiz praised herself"): further on, "his" or "herself" is likelier someone else's.
GENDER_REACH = 60
# Characters of a sentence's opening read for its subject when a quote later in it needs
# the sentence's subject ("Doe defended "…," saying …"): bounded, so a long sentence of
# many quotes stays linear.
SUBJECT_OPENING_CHARACTERS = 300
# Characters of a stretch of narrative whose tokens are read once and shared by every rule
# window in it; a longer stretch is read window by window, so that memory stays bounded.
SHARED_TOKENS_CHARACTERS = 20_000
# Tokens from a participle back to the "with" that gives it its own subject ("with many
# marchers and spectators chanting"): the subject phrase is short.
ABSOLUTE_REACH = 8
# Characters read back from an opening mark for `what Hedge called "…"`: a short subject.
WHAT_CUE_CHARACTERS = 60
# Characters after a question's closing mark read for its own short cue ("Hannity pressed.").
QUESTION_CUE_CHARACTERS = 40
# Characters after a quote that closes an opening participle's phrase ("Calling the plan
# "reckless," Smith …") read for the main clause's subject.
OPENING_PHRASE_SUBJECT_CHARACTERS = 80
# Characters before a quotation's opening marks read for the last word or sentence end of
# the narrative before it: both stand right before the marks, and reading from the
# sentence's start instead made a long sentence of many quotes cost quadratic time.
NARRATIVE_TAIL_CHARACTERS = 80
# Characters either side of a capitalised word searched for its lower-case form: a long
# article's common words recur well within this, and searching all of a huge input for
# every capitalised word would cost time growing with the square of its length.
COMMON_WORD_CHARACTERS = 50_000

# How far back a second reference ("the diplomat said") looks for an unnamed person of its
# role introduced since the named one ("A European diplomat, …, said"): a few sentences,
# bounded so that one enormous sentence stays linear.
INTRODUCED_SINCE_CHARACTERS = 2_000
# Characters after a quoted rating read for a word showing it is one ('a "sell" rating').
RATING_AFTER_CHARACTERS = 16
# Paragraphs back a reporter's question looks for the person last quoted, who answers it
# ('"…," Pruett said. / Another reporter pressed him. "…?" the reporter asked. / "Both."'):
# a press conference's answers come from the person it is about.
ANSWERER_PARAGRAPHS = 3
# Tokens read back from a phrase after a preposition for the relative pronoun of the clause
# holding it ("who has worked on House races in Arizona"): a short clause, no further.
RELATIVE_OBJECT_REACH = 12
# Characters after a quotation's closing mark read for a source phrase that opens right
# there ('"…," according to guidance the department posted'): the longest phrase and its
# comma fit well within this.
SOURCE_AFTER_CHARACTERS = 40
# Clauses set off by commas that a participle is read back over to the cue whose speaker
# it goes on from (", Ruiz announced Friday, lowering the target and calling it …").
CUE_CLAUSES = 2
