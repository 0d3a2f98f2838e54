"""How often a pronoun cue resolves to the person a named cue gave.

For every quote credited by '"…," Surname said' in a gold corpus, the surname is
replaced by he/she (by the person's given name) and the article extracted again;
the figure is the share that still resolves to the same person. Writers use the
name where a pronoun would be unclear, so this is a hard test of the resolver.

    python benchmarks/pronoun_probe.py [../shared/corpus/polnear/dev.jsonl]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from quotes import extract
from quotes.engine.lexicon import default_lexicon

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "polnear" / "dev.jsonl"


def main(path: Path) -> None:
    given = default_lexicon().given_names
    probes = same = blank = 0
    with path.open(encoding="utf-8") as corpus:
        for line in corpus:
            text = json.loads(line)["text"]
            for quote in extract(text).quotes:
                speaker = quote.speaker
                if (
                    speaker is None
                    or speaker.kind != "person"
                    or speaker.resolution != "explicit"
                    or quote.rule != "quote_then_speaker_verb"
                    or " " in speaker.mention.text
                ):
                    continue
                gender = given.get(speaker.name.split()[0].lower())
                if gender not in ("male", "female"):
                    continue
                pronoun = "he" if gender == "male" else "she"
                mention = speaker.mention
                probe = text[: mention.start] + pronoun + text[mention.end :]
                again = [q for q in extract(probe).quotes if q.start == quote.start]
                if not again:
                    continue
                probes += 1
                found = again[0].speaker
                blank += found is None
                same += found is not None and found.name == speaker.name
    other = probes - same - blank
    print(
        f"{probes} pronoun probes: {same} resolved to the same person ({same / probes:.1%}),"
        f" {blank} left blank ({blank / probes:.1%}), {other} to someone else"
        f" ({other / probes:.1%})"
    )


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT)
