"""Tests for atomic writes in quotes.output."""

from __future__ import annotations

import os
import stat
import threading
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


def test_write_atomically_to_a_pipe_writes_through_and_keeps_the_pipe(tmp_path: Path) -> None:
    # `-o /dev/null` or a named pipe: renaming a file over it would replace the device
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(pipe.read_bytes()), daemon=True)
    reader.start()
    write_text_atomically(pipe, "through the pipe")
    reader.join(timeout=10)
    assert received == [b"through the pipe"]
    assert stat.S_ISFIFO(pipe.stat().st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pipe"]


def test_write_atomically_to_dev_null_keeps_the_device() -> None:
    write_text_atomically(Path(os.devnull), "thrown away")
    assert stat.S_ISCHR(Path(os.devnull).stat().st_mode)


def test_write_atomically_through_a_link_replaces_its_target_and_keeps_the_link(
    tmp_path: Path,
) -> None:
    target = write_text_atomically(tmp_path / "facts.json", "old")
    link = tmp_path / "latest.json"
    link.symlink_to(target)
    write_text_atomically(link, "new")
    assert link.is_symlink()
    assert target.read_text() == "new"
    assert link.read_text() == "new"
