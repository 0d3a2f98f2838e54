"""The `[tool.quotes]` table of the nearest pyproject.toml: project settings for every command."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from quotes.engine.lexicon import ENTRY
from quotes.errors import ConfigError

CONFIG_FILE = "pyproject.toml"

KNOWN_KEYS = ("min-coverage", "exclude", "extra-speech-verbs")
"""Every key `[tool.quotes]` may hold; any other is reported, since a typo would be silent."""


@dataclass(frozen=True)
class Config:
    """Settings read from `[tool.quotes]`; `path` is None when no file was found."""

    path: Path | None = None
    min_coverage: float | None = None
    exclude: tuple[str, ...] = ()
    extra_speech_verbs: tuple[str, ...] = ()

    @property
    def root(self) -> Path | None:
        """The folder that `exclude` patterns are relative to."""
        return self.path.parent if self.path else None

    def excludes(self, path: Path) -> bool:
        """Whether an `exclude` pattern matches `path`, taken relative to the config's folder."""
        if not self.exclude:
            return False
        relative = path.resolve()
        if self.root is not None and relative.is_relative_to(self.root):
            relative = relative.relative_to(self.root)
        else:
            relative = path
        name = relative.as_posix()
        return any(glob_pattern(pattern).fullmatch(name) for pattern in self.exclude)


@cache
def glob_pattern(glob: str) -> re.Pattern[str]:
    """`glob` as a regex over '/'-separated relative paths, in the manner of .gitignore.

    `*` and `?` stay within one folder name and `**` crosses folders. A pattern with no
    '/' but a trailing one matches at any depth; one that names a folder matches all in it.
    """
    anchored = "/" in glob.rstrip("/")
    body = glob.strip("/")
    parts = [] if anchored else ["(?:.*/)?"]
    i = 0
    while i < len(body):
        if body.startswith("**/", i):
            parts.append("(?:.*/)?")
            i += 3
        elif body.startswith("**", i):
            parts.append(".*")
            i += 2
        else:
            parts.append({"*": "[^/]*", "?": "[^/]"}.get(body[i], re.escape(body[i])))
            i += 1
    return re.compile("".join(parts) + "(?:/.*)?", re.DOTALL)


def find_config(start: Path) -> Path | None:
    """The nearest pyproject.toml in `start` or above, not looking past a repository root."""
    start = start.resolve()
    for folder in (start, *start.parents):
        candidate = folder / CONFIG_FILE
        if candidate.is_file():
            return candidate
        # A checkout's root bounds the search: a pyproject.toml above it belongs to someone else.
        if (folder / ".git").exists():
            return None
    return None


def load_config(start: Path) -> Config:
    """The settings in the nearest pyproject.toml above `start`; defaults when there is none."""
    path = find_config(start)
    if path is None:
        return Config()
    import tomllib  # here: a folder with no pyproject.toml need not load the TOML parser

    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise ConfigError(f"{path}: cannot read it ({error.strerror or error})") from error
    except UnicodeDecodeError as error:
        raise ConfigError(f"{path}: not UTF-8 (at byte {error.start}); save it as UTF-8") from error
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: not valid TOML ({error})") from error
    tool = data.get("tool")
    table = tool.get("quotes") if isinstance(tool, dict) else None
    if table is None:
        return Config(path=path)
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: [tool.quotes] must be a table")
    return parse_config(table, path)


def parse_config(table: dict[str, Any], path: Path) -> Config:
    """The validated settings of one `[tool.quotes]` table read from `path`."""
    for key in table:
        if key not in KNOWN_KEYS:
            dashed = key.replace("_", "-")
            if dashed in KNOWN_KEYS:
                fix = f"did you mean {dashed!r}?"
            else:
                fix = "known keys: " + ", ".join(KNOWN_KEYS)
            raise ConfigError(f"{path}: [tool.quotes] has unknown key {key!r}; {fix}")
    return Config(
        path=path,
        min_coverage=_fraction(table.get("min-coverage"), path),
        exclude=_strings(table, "exclude", path),
        extra_speech_verbs=_verbs(table, path),
    )


def _fraction(value: object, path: Path) -> float | None:
    """`min-coverage` as a float between 0 and 1."""
    if value is None:
        return None
    # TOML booleans are Python ints; `min-coverage = true` is a mistake, not 1.
    if isinstance(value, bool) or not isinstance(value, int | float) or math.isnan(value):
        raise ConfigError(
            f"{path}: [tool.quotes] min-coverage must be a number from 0 to 1, not {value!r}"
        )
    if not 0 <= value <= 1:
        hint = f" (for {value}% write {value / 100:g})" if 1 < value <= 100 else ""
        raise ConfigError(
            f"{path}: [tool.quotes] min-coverage must be from 0 to 1, not {value:g}{hint}"
        )
    return float(value)


def _strings(table: dict[str, Any], key: str, path: Path) -> tuple[str, ...]:
    """A list of non-empty strings under `key`."""
    value = table.get(key, [])
    if not isinstance(value, list):
        raise ConfigError(f"{path}: [tool.quotes] {key} must be a list of strings")
    for item in value:
        if not isinstance(item, str) or not item.strip():
            raise ConfigError(
                f"{path}: [tool.quotes] {key} must hold non-empty strings, not {item!r}"
            )
    return tuple(value)


def _verbs(table: dict[str, Any], path: Path) -> tuple[str, ...]:
    """`extra-speech-verbs`, each a lower-case word the lexicon accepts."""
    verbs = _strings(table, "extra-speech-verbs", path)
    for verb in verbs:
        if not ENTRY.fullmatch(verb.strip().lower()):
            raise ConfigError(
                f"{path}: [tool.quotes] extra-speech-verbs entry {verb!r} is not a single word"
            )
    return verbs
