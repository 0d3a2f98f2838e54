"""What quotes keeps between runs (quotes.caching): where, and compiled regex patterns that
match as freshly compiled ones do."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest
import regex

from quotes.caching import PatternKeeper, cache_folder, keep_compiled_patterns

ROOT = Path(__file__).resolve().parents[1]

# Patterns of the kinds the engine compiles: classes of properties, flags, a reverse search,
# named lists, a look-behind; and text to run them over.
PATTERNS = [
    (r"(?<![\p{L}'’\-])\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)+", 0, {}),
    (r"(?i)\b(?:said|told|asked)\b", 0, {}),
    (r"(?ri)\b(?:why|when)\.$", 0, {}),
    (r"\L<titles>\s+\p{Lu}\p{L}+", 0, {"titles": ["Sen.", "Gov.", "Dr."]}),
    (r"\L<titles>\s+\p{Lu}\p{L}+", 0, {"titles": ["Mr."]}),
    (r"[.!?]+[”’)\]]*\s+(?=[“‘(]?[\p{Lu}\p{N}])", regex.IGNORECASE, {}),
]
TEXT = (
    "“We will act,” Sen. Chuck Schumer said. Gov. Ana Ruiz of New York, dubbed "
    "“the fixer,” told reporters: “No.” Mr. Lee asked Dr. Zoë O’Brien-Smith why."
)


def matches(pattern: regex.Pattern[str]) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m[0]) for m in pattern.finditer(TEXT)]


def compile_all(keeper: PatternKeeper) -> list[regex.Pattern[str]]:
    return [keeper.compile(source, flags, **lists) for source, flags, lists in PATTERNS]


def test_caching_kept_patterns_match_as_fresh_ones_do(tmp_path: Path) -> None:
    path = tmp_path / "patterns.pickle"
    first = PatternKeeper(path)
    fresh = compile_all(first)
    first.save()
    again = PatternKeeper(path)
    assert len(again.kept) == len(PATTERNS)
    kept = compile_all(again)
    assert all(a is b for a, b in zip(kept, again.kept.values(), strict=True))
    for old, new in zip(fresh, kept, strict=True):
        assert (new.pattern, new.flags) == (old.pattern, old.flags)
        assert new.named_lists == old.named_lists
        assert matches(new) == matches(old)
    assert [len(matches(p)) for p in kept] == [3, 3, 1, 3, 1, 6]


def test_caching_named_lists_are_part_of_what_is_kept(tmp_path: Path) -> None:
    keeper = PatternKeeper(tmp_path / "patterns.pickle")
    senators, misters = compile_all(keeper)[3:5]
    assert senators is not misters
    assert [m[0] for m in senators.finditer(TEXT)] == ["Sen. Chuck", "Gov. Ana", "Dr. Zoë"]


def test_caching_saves_only_when_something_new_was_compiled(tmp_path: Path) -> None:
    path = tmp_path / "patterns.pickle"
    keeper = PatternKeeper(path)
    compile_all(keeper)
    keeper.save()
    written = path.stat().st_mtime_ns
    os.utime(path, ns=(0, 0))
    unchanged = PatternKeeper(path)
    compile_all(unchanged)
    unchanged.save()
    assert path.stat().st_mtime_ns == 0 != written


@pytest.mark.parametrize(
    "content",
    [b"", b"\x80\x05 damaged", pickle.dumps({"not": "patterns"}), pickle.dumps([1, 2])],
    ids=["empty", "damaged", "other-data", "not-a-mapping"],
)
def test_caching_unusable_file_is_compiled_again(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "patterns.pickle"
    path.write_bytes(content)
    keeper = PatternKeeper(path)
    assert [matches(p) for p in compile_all(keeper)] == [
        matches(regex.compile(source, flags, **lists)) for source, flags, lists in PATTERNS
    ]


class Planted:
    """What a tampered file could make pickle call, were anything but patterns loaded."""

    def __reduce__(self) -> tuple[object, tuple[str]]:
        return (os.system, ("touch planted",))


def test_caching_file_never_loads_anything_but_patterns(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "patterns.pickle"
    path.write_bytes(pickle.dumps({"key": Planted()}))
    monkeypatch.chdir(tmp_path)
    assert PatternKeeper(path).kept == {}
    assert not (tmp_path / "planted").exists()


def test_caching_folder_follows_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QUOTES_CACHE_DIR", "/somewhere/quotes-cache")
    assert cache_folder() == Path("/somewhere/quotes-cache")
    monkeypatch.setenv("QUOTES_CACHE_DIR", "")
    assert cache_folder() is None
    monkeypatch.delenv("QUOTES_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", "/xdg")
    assert cache_folder() == Path("/xdg/quotes")
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", "/home/editor")
    assert cache_folder() == Path("/home/editor/.cache/quotes")
    monkeypatch.setattr(os.path, "expanduser", lambda path: path)  # no home to be found
    assert cache_folder() is None


def test_caching_switched_off_leaves_regex_compile_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QUOTES_CACHE_DIR", "")
    original = regex.compile
    keep_compiled_patterns()
    assert regex.compile is original


def test_caching_a_run_with_kept_patterns_prints_the_same(tmp_path: Path) -> None:
    # the first run compiles and keeps the patterns, the second takes them from the file
    environment = {**os.environ, "QUOTES_CACHE_DIR": str(tmp_path)}
    environment.pop("PYTHONDONTWRITEBYTECODE", None)
    runs = [
        subprocess.run(
            [sys.executable, "-m", "quotes", "extract", "seeds/reuters-nato-russia.txt"],
            capture_output=True,
            cwd=ROOT,
            env=environment,
            check=True,
        )
        for _ in range(2)
    ]
    assert runs[0].stdout == runs[1].stdout and runs[0].stdout.count(b'"speaker"') > 5
    assert len(list(tmp_path.glob("patterns-*.pickle"))) == 1
