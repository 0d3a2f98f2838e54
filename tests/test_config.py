"""Tests for the [tool.quotes] table: finding it, validating it, and exclude patterns."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotes.config import Config, find_config, glob_pattern, load_config
from quotes.errors import ConfigError


def write(path: Path, text: str) -> Path:
    """Writes `text` to `path`, creating folders, and returns the path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# Finding the file -----------------------------------------------------------------------------


def test_find_config_walks_up_from_a_subfolder(tmp_path: Path) -> None:
    pyproject = write(tmp_path / "pyproject.toml", "[tool.quotes]\n")
    start = tmp_path / "articles" / "2024"
    start.mkdir(parents=True)
    assert find_config(start) == pyproject.resolve()


def test_find_config_takes_the_nearest_file(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", "")
    inner = write(tmp_path / "desk" / "pyproject.toml", "")
    assert find_config(tmp_path / "desk") == inner.resolve()


def test_find_config_stops_at_the_repository_root(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", "[tool.quotes]\nmin-coverage = 0.5\n")
    (tmp_path / "repo" / ".git").mkdir(parents=True)
    assert find_config(tmp_path / "repo") is None


def test_load_config_without_a_file_gives_defaults(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    assert load_config(tmp_path) == Config()


def test_load_config_without_the_table_gives_defaults(tmp_path: Path) -> None:
    pyproject = write(tmp_path / "pyproject.toml", "[project]\nname = 'paper'\n")
    assert load_config(tmp_path) == Config(path=pyproject.resolve())


def test_load_config_reads_every_key(tmp_path: Path) -> None:
    pyproject = write(
        tmp_path / "pyproject.toml",
        "[tool.quotes]\n"
        "min-coverage = 0.9\n"
        'exclude = ["drafts/", "*.wire.md"]\n'
        'extra-speech-verbs = ["quipped"]\n',
    )
    assert load_config(tmp_path) == Config(
        path=pyproject.resolve(),
        min_coverage=0.9,
        exclude=("drafts/", "*.wire.md"),
        extra_speech_verbs=("quipped",),
    )


def test_load_config_accepts_an_integer_minimum(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", "[tool.quotes]\nmin-coverage = 1\n")
    assert load_config(tmp_path).min_coverage == 1.0


# Validation -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("table", "message"),
    [
        pytest.param(
            "min-coverage = 'high'",
            "[tool.quotes] min-coverage must be a number from 0 to 1, not 'high'",
            id="minimum-string",
        ),
        pytest.param(
            "min-coverage = true",
            "[tool.quotes] min-coverage must be a number from 0 to 1, not True",
            id="minimum-boolean",
        ),
        pytest.param(
            "min-coverage = nan",
            "[tool.quotes] min-coverage must be a number from 0 to 1, not nan",
            id="minimum-nan",
        ),
        pytest.param(
            "min-coverage = 80",
            "[tool.quotes] min-coverage must be from 0 to 1, not 80 (for 80% write 0.8)",
            id="minimum-percent",
        ),
        pytest.param(
            "min-coverage = -0.5",
            "[tool.quotes] min-coverage must be from 0 to 1, not -0.5",
            id="minimum-negative",
        ),
        pytest.param(
            "exclude = 'drafts/'",
            "[tool.quotes] exclude must be a list of strings",
            id="exclude-not-list",
        ),
        pytest.param(
            "exclude = ['drafts/', 3]",
            "[tool.quotes] exclude must hold non-empty strings, not 3",
            id="exclude-number",
        ),
        pytest.param(
            "extra-speech-verbs = ['piped up']",
            "[tool.quotes] extra-speech-verbs entry 'piped up' is not a single word",
            id="verb-two-words",
        ),
        pytest.param(
            "min_coverage = 0.5",
            "[tool.quotes] has unknown key 'min_coverage'; did you mean 'min-coverage'?",
            id="underscore-key",
        ),
        pytest.param(
            "threshold = 0.5",
            "[tool.quotes] has unknown key 'threshold'; "
            "known keys: min-coverage, exclude, extra-speech-verbs",
            id="unknown-key",
        ),
    ],
)
def test_load_config_rejects_bad_values_naming_the_file(
    tmp_path: Path, table: str, message: str
) -> None:
    pyproject = write(tmp_path / "pyproject.toml", f"[tool.quotes]\n{table}\n")
    with pytest.raises(ConfigError) as caught:
        load_config(tmp_path)
    assert str(caught.value) == f"{pyproject.resolve()}: {message}"


def test_load_config_rejects_invalid_toml_naming_the_file(tmp_path: Path) -> None:
    pyproject = write(tmp_path / "pyproject.toml", "[tool.quotes\n")
    with pytest.raises(ConfigError, match="not valid TOML") as caught:
        load_config(tmp_path)
    assert str(caught.value).startswith(f"{pyproject.resolve()}: not valid TOML (")


def test_load_config_rejects_a_quotes_key_that_is_not_a_table(tmp_path: Path) -> None:
    pyproject = write(tmp_path / "pyproject.toml", "[tool]\nquotes = 1\n")
    with pytest.raises(ConfigError) as caught:
        load_config(tmp_path)
    assert str(caught.value) == f"{pyproject.resolve()}: [tool.quotes] must be a table"


# Exclude patterns -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pattern", "path", "expected"),
    [
        pytest.param("drafts/", "drafts/a.md", True, id="folder-trailing-slash"),
        pytest.param("drafts", "desk/drafts/a.md", True, id="folder-at-any-depth"),
        pytest.param("/drafts", "desk/drafts/a.md", False, id="anchored-folder"),
        pytest.param("*.wire.md", "2024/05/ap.wire.md", True, id="suffix-at-any-depth"),
        pytest.param("desk/*.md", "desk/a.md", True, id="star-in-folder"),
        pytest.param("desk/*", "desk/old/a.md", True, id="star-matches-folder-then-all-in-it"),
        pytest.param("desk/*.txt", "desk/old/a.md", False, id="star-does-not-cross-slash"),
        pytest.param("desk/**/*.md", "desk/a/b/c.md", True, id="double-star-crosses-folders"),
        pytest.param("desk/**/*.md", "desk/c.md", True, id="double-star-matches-none"),
        pytest.param("a?.md", "ab.md", True, id="question-mark"),
        pytest.param("a.md", "a.mdx", False, id="whole-name"),
        pytest.param("a+b.md", "a+b.md", True, id="regex-characters-literal"),
    ],
)
def test_glob_pattern_matches_like_gitignore(pattern: str, path: str, expected: bool) -> None:
    assert bool(glob_pattern(pattern).fullmatch(path)) is expected


def test_config_excludes_relative_to_the_config_folder(tmp_path: Path) -> None:
    config = Config(path=tmp_path / "pyproject.toml", exclude=("/drafts",))
    assert config.excludes(tmp_path / "drafts" / "a.md")


def test_config_excludes_nothing_without_patterns(tmp_path: Path) -> None:
    assert not Config(path=tmp_path / "pyproject.toml").excludes(tmp_path / "a.md")
