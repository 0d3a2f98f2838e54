"""What quotes keeps between runs in the user's cache folder, to start quickly.

`cache_folder()` says where: $QUOTES_CACHE_DIR, else $XDG_CACHE_HOME/quotes or
~/.cache/quotes (an empty QUOTES_CACHE_DIR keeps nothing). The engine keeps its word lists
there (`quotes.engine.lexicon`), and the command line its compiled regex patterns
(`keep_compiled_patterns`). Everything kept is rebuilt when missing, stale or damaged, and a
folder that cannot be written only means nothing is kept.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import regex

PATTERNS_FORMAT = 1
MOST_KEPT_PATTERNS = 1000
"""Past this many, the file keeps only the patterns of the run that writes it: a run uses
about a hundred, and patterns built from word lists that have since changed are never
used again."""


def cache_folder() -> Path | None:
    """Where quotes keeps what it may rebuild; None when QUOTES_CACHE_DIR is set but empty,
    or when there is no home folder to find a cache folder in."""
    chosen = os.environ.get("QUOTES_CACHE_DIR")
    if chosen is not None:
        return Path(chosen) if chosen else None
    cache_home = os.environ.get("XDG_CACHE_HOME")
    if not cache_home:
        home = os.path.expanduser("~")
        if home.startswith("~"):  # no HOME and no account entry: not "./~/.cache"
            return None
        cache_home = os.path.join(home, ".cache")
    return Path(cache_home, "quotes")


def write_whole(path: Path, data: bytes) -> None:
    """Writes `data` to `path` whole or not at all (other runs may write it at the same time);
    a folder that cannot be written is no error: the file is only a cache."""
    partial = path.with_name(f"{path.name}.{os.getpid()}.partial")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial.write_bytes(data)
        os.replace(partial, path)
    except (OSError, ValueError):
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)


# Compiled patterns ----------------------------------------------------------------------------
# The `regex` module parses and compiles a pattern in Python: the engine's hundred patterns,
# many built from the word lists, took about a fifth of a one-file run. A compiled `regex`
# pattern pickles as its compiled program, and unpickles without parsing again.

PatternKey = tuple[str, int, bool, tuple[tuple[str, tuple[str, ...]], ...], int]


class PatternKeeper:
    """`regex.compile`, taking patterns compiled by earlier runs from `path` and keeping
    the new ones it compiles for `save` to add."""

    def __init__(self, path: Path) -> None:
        import regex

        self.path = path
        self.kept = _read_patterns(path)
        self.used: dict[PatternKey, regex.Pattern[str]] = {}
        self.original: Callable[..., regex.Pattern[str]] = regex.compile

    def compile(
        self,
        pattern: Any,
        flags: int = 0,
        ignore_unused: bool = False,
        cache_pattern: bool | None = None,
        **named_lists: Any,
    ) -> regex.Pattern[str]:
        """`regex.compile(pattern, flags, ignore_unused, cache_pattern, **named_lists)`."""
        import regex

        key = _pattern_key(pattern, flags, ignore_unused, named_lists)
        if key is None:
            return self.original(pattern, flags, ignore_unused, cache_pattern, **named_lists)
        found = self.used.get(key)
        if found is None:
            found = self.kept.get(key)
        if found is None:
            found = self.original(pattern, flags, ignore_unused, cache_pattern, **named_lists)
            if found.flags & regex.LOCALE:
                return found  # a locale's patterns are compiled for it alone
        self.used[key] = found
        return found

    def save(self) -> None:
        """Keeps the patterns of this run beside those kept before, when it compiled new ones."""
        if all(key in self.kept for key in self.used):
            return
        import pickle

        everything = {**self.kept, **self.used}
        if len(everything) > MOST_KEPT_PATTERNS:
            everything = self.used
        write_whole(self.path, pickle.dumps(everything, protocol=pickle.HIGHEST_PROTOCOL))


def patterns_file() -> Path | None:
    """The file of kept patterns for this version of `regex` and of Python, if any."""
    import regex

    folder = cache_folder()
    if folder is None:
        return None
    python = f"{sys.version_info[0]}{sys.version_info[1]}"
    return folder / f"patterns-{PATTERNS_FORMAT}-regex{regex.__version__}-py{python}.pickle"


def keep_compiled_patterns() -> None:
    """Makes `regex.compile` return the pattern an earlier run compiled from the same source,
    flags and named lists with the same versions of `regex` and Python, and keep what it
    compiles anew for later runs (written when the process ends).

    For the command line only: it replaces `regex.compile` for the whole process.
    """
    import atexit

    import regex

    path = patterns_file()
    if path is None or isinstance(getattr(regex.compile, "__self__", None), PatternKeeper):
        return
    keeper = PatternKeeper(path)
    regex.compile = keeper.compile  # type: ignore[assignment]
    atexit.register(keeper.save)


def _pattern_key(
    pattern: object, flags: int, ignore_unused: bool, named_lists: dict[str, Any]
) -> PatternKey | None:
    """What a compiled pattern depends on, or None for one not to keep (not a string, or a
    named list that is not strings)."""
    import regex

    if not isinstance(pattern, str):
        return None
    try:
        lists = tuple(sorted((name, tuple(sorted(values))) for name, values in named_lists.items()))
    except TypeError:
        return None
    if not all(isinstance(value, str) for _, values in lists for value in values):
        return None
    return (pattern, int(flags), bool(ignore_unused), lists, int(regex.DEFAULT_VERSION))


def _read_patterns(path: Path) -> dict[PatternKey, regex.Pattern[str]]:
    """The patterns kept in `path`; none when it is missing, damaged or holds anything but
    compiled `regex` patterns (nothing else is ever loaded from it)."""
    import pickle

    class PatternsOnly(pickle.Unpickler):
        def find_class(self, module: str, name: str) -> Any:
            if (module, name) == ("regex._regex", "compile"):
                return super().find_class(module, name)
            raise pickle.UnpicklingError(f"{module}.{name} is no compiled pattern")

    try:
        with path.open("rb") as file:
            kept = PatternsOnly(file).load()
    except Exception:  # a damaged or foreign file is rebuilt, whatever is wrong with it
        return {}
    return kept if isinstance(kept, dict) else {}
