"""Speaker resolution: one identity per person per document; the package's public names."""

# A mention found by an attribution rule becomes a `Speaker`: titles are split off as the
# role, a surname becomes the fullest name the article gives that person, and a pronoun
# becomes the person it most plausibly refers to. The modules are layers, lowest first as
# tests/test_architecture.py lists them (SPEAKER_LAYERS); `SpeakerResolver` is the top.

from quotes.engine.speakers.mention_sets import AntecedentIndex, MentionSet
from quotes.engine.speakers.person import Person, speaker_record
from quotes.engine.speakers.resolver import SpeakerResolver

__all__ = ["AntecedentIndex", "MentionSet", "Person", "SpeakerResolver", "speaker_record"]
