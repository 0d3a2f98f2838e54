"""Tests for word lists as data in quotes.engine.lexicon."""

from __future__ import annotations

import dataclasses
import shutil
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import pytest
import regex

import quotes.engine.lexicon as lexicon
from quotes.engine.lexicon import (
    SOURCES,
    Lexicon,
    alternation,
    languages,
    load_lexicon,
    read_lexicon,
)
from quotes.errors import LexiconError


def data_files(code: str) -> set[str]:
    """The names of the data files of one language."""
    folder = resources.files("quotes").joinpath("lexicons", code)
    return {entry.name for entry in folder.iterdir() if entry.name.endswith(".txt")}


@pytest.mark.parametrize("code", languages())
def test_lexicon_every_language_has_every_english_file(code: str) -> None:
    assert data_files("en") - data_files(code) == set()


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        pytest.param("said\nSaid\n", "test.txt:2: 'Said' is not a lower-case word", id="capital"),
        pytest.param("said\nsa(id\n", "test.txt:2: 'sa(id' is not a lower-case word", id="regex"),
        pytest.param("said\nsaid\n", "test.txt:2: 'said' is listed twice", id="duplicate"),
        pytest.param("# only a comment\n", "test.txt: the lexicon is empty", id="empty"),
    ],
)
def test_lexicon_bad_entry_names_file_and_line(text: str, problem: str) -> None:
    with pytest.raises(LexiconError) as error:
        read_lexicon("test.txt", text)
    assert str(error.value) == problem


def test_lexicon_cased_list_keeps_capitals() -> None:
    assert read_lexicon("test.txt", "Mr\nvs\n", cased=True) == [["Mr"], ["vs"]]


def test_lexicon_accepts_lower_case_letters_of_any_script() -> None:
    assert read_lexicon("test.txt", "erklären erklärte\n") == [["erklären", "erklärte"]]


def test_lexicon_alternation_matches_whole_entries_literally() -> None:
    pattern = regex.compile(rf"^{alternation(['a.k.a.', 'aka', 'known as'])}$")
    assert [bool(pattern.match(text)) for text in ("a.k.a.", "aXkXaX", "known as")] == [
        True,
        False,
        True,
    ]


def test_lexicon_extra_speech_verbs_keep_the_other_lists() -> None:
    english = load_lexicon("en")
    extended = english.with_speech_verbs(["harrumphed"])
    assert (extended.speech_verbs["harrumphed"], extended.titles) == ("harrumphed", english.titles)


def test_lexicon_languages_hold_their_own_words() -> None:
    assert (
        "sagte" in load_lexicon("de").speech_verbs,
        "sagte" in load_lexicon("en").speech_verbs,
    ) == (
        True,
        False,
    )


def test_lexicon_every_field_read_from_data_has_a_source() -> None:
    read_from_data = {field.name for field in dataclasses.fields(Lexicon) if field.init}
    assert read_from_data ^ set(SOURCES) == set()


def test_lexicon_every_data_file_is_read() -> None:
    # Files read outside `SOURCES`: marks and elisions by the language bundle, link
    # labels by the page reader.
    elsewhere = {"quotation_marks.txt", "elisions.txt", "link_labels.txt"}
    read = {source.file for source in SOURCES.values()} | elsewhere
    assert data_files("en") ^ read == set()


# Snapshots ------------------------------------------------------------------------------------


@pytest.fixture
def own_lexicons(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A copy of the shipped word lists, read in their place, with a cache folder of its own."""
    folder = tmp_path / "lexicons"
    shutil.copytree(lexicon.LEXICONS, folder)
    monkeypatch.setattr(lexicon, "LEXICONS", folder)
    monkeypatch.setenv("QUOTES_CACHE_DIR", str(tmp_path / "cache"))
    load_lexicon.cache_clear()
    yield folder
    load_lexicon.cache_clear()


def fresh(language: str = "en") -> Lexicon:
    """The lexicon loaded again, as a new run would load it."""
    load_lexicon.cache_clear()
    return load_lexicon(language)


def values(loaded: Lexicon) -> dict[str, object]:
    return {f.name: getattr(loaded, f.name) for f in dataclasses.fields(Lexicon)}


def test_lexicon_snapshot_gives_what_reading_the_lists_gives(
    own_lexicons: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    written, kept = fresh(), fresh()
    monkeypatch.setenv("QUOTES_CACHE_DIR", "")
    assert values(kept) == values(written) == values(fresh())


def test_lexicon_snapshot_spares_reading_the_lists(
    own_lexicons: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = fresh()
    assert len(list((own_lexicons.parent / "cache").glob("lexicon-*-en.marshal"))) == 1

    def unread(*args: object, **kwargs: object) -> None:
        raise AssertionError("the lists were read again")

    monkeypatch.setattr(lexicon, "read_lexicon", unread)
    assert values(fresh()) == values(first)


def test_lexicon_changed_list_is_read_again(own_lexicons: Path) -> None:
    assert "blorped" not in fresh().speech_verbs
    with (own_lexicons / "en" / "speech_verbs.txt").open("a", encoding="utf-8") as file:
        file.write("blorp blorped\n")
    assert fresh().speech_verbs["blorped"] == "blorp"


def test_lexicon_bad_list_is_reported_despite_a_snapshot(own_lexicons: Path) -> None:
    fresh()
    with (own_lexicons / "en" / "titles.txt").open("a", encoding="utf-8") as file:
        file.write("Sen(\n")
    with pytest.raises(LexiconError, match=r"titles.txt:\d+: 'Sen\(' is not a lower-case word"):
        fresh()


def test_lexicon_damaged_snapshot_is_read_again(own_lexicons: Path) -> None:
    first = fresh()
    for snapshot in (own_lexicons.parent / "cache").glob("*.marshal"):
        snapshot.write_bytes(b"\x00not a snapshot")
    assert values(fresh()) == values(first)


@pytest.mark.parametrize("cache", ["", "a-file"], ids=["switched-off", "not-a-folder"])
def test_lexicon_loads_without_a_usable_cache_folder(
    own_lexicons: Path, monkeypatch: pytest.MonkeyPatch, cache: str
) -> None:
    if cache:
        cache = str(own_lexicons.parent / cache)
        Path(cache).write_text("in the way")
    monkeypatch.setenv("QUOTES_CACHE_DIR", cache)
    assert "said" in fresh().speech_verbs
    assert not list(own_lexicons.parent.rglob("*.marshal"))


def test_lexicon_given_names_are_found_with_or_without_accents() -> None:
    names = load_lexicon("en").given_names
    assert "tomas" in names and "tomás" in names
    assert names.get("josé") == names.get("jose") == "male"
    assert "zébulonx" not in names and names.get("zébulonx") is None


@pytest.mark.parametrize(
    ("word", "gender"),
    [("chloe-mae", "female"), ("jean-pierre", "male"), ("lloyd-webber", None), ("anne-", None)],
)
def test_lexicon_two_given_names_joined_by_a_hyphen_are_one(word: str, gender: str | None) -> None:
    names = load_lexicon("en").given_names
    assert names.get(word) == gender
    assert (word in names) is (gender is not None)
