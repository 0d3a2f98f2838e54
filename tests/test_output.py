"""Tests for atomic writes in quotes.output."""

from __future__ import annotations

import os
from pathlib import Path
from typing import IO

import pytest

from quotes.errors import OutputError
from quotes.writers.atomic import prepare_folder, write_atomically, write_text_atomically


class Interrupted(Exception):
    """Stands in for Ctrl-C or a crash in the middle of a write."""


def test_write_atomically_replaces_file(tmp_path: Path) -> None:
    path = write_text_atomically(tmp_path / "a.json", "old")
    write_text_atomically(path, "new")
    assert path.read_text() == "new"


def test_write_atomically_interrupted_keeps_old_file(tmp_path: Path) -> None:
    path = write_text_atomically(tmp_path / "a.json", "old")

    def half(stream: IO[bytes]) -> None:
        stream.write(b"half of the new")
        raise Interrupted

    with pytest.raises(Interrupted):
        write_atomically(path, half)
    assert path.read_text() == "old"


def test_write_atomically_interrupted_leaves_no_temporary_file(tmp_path: Path) -> None:
    def fail(stream: IO[bytes]) -> None:
        raise Interrupted

    with pytest.raises(Interrupted):
        write_atomically(tmp_path / "a.json", fail)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere")
def test_prepare_folder_unwritable_raises_output_error(tmp_path: Path) -> None:
    tmp_path.chmod(0o500)
    try:
        with pytest.raises(OutputError, match="permission denied"):
            prepare_folder(tmp_path / "exports")
    finally:
        tmp_path.chmod(0o700)


def test_prepare_folder_file_in_the_way_raises_output_error(tmp_path: Path) -> None:
    (tmp_path / "exports").write_text("not a folder")
    with pytest.raises(OutputError, match="exports: cannot write there"):
        prepare_folder(tmp_path / "exports")
