"""Writing output files atomically, so an interrupted export leaves the old file intact."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO

from quotes.errors import OutputError


def _umask() -> int:
    """The process umask, which mkstemp's private 0600 mode would otherwise ignore."""
    mask = os.umask(0)
    os.umask(mask)
    return mask


FILE_MODE = 0o666 & ~_umask()


def describe(error: OSError) -> str:
    """A short reason for an OSError, without the path Python repeats in it."""
    if isinstance(error, PermissionError):
        return "permission denied; choose another --out or fix its permissions"
    if isinstance(error, FileExistsError | NotADirectoryError):
        return "a file is in the way; choose another --out"
    return error.strerror or str(error)


def prepare_folder(folder: Path) -> Path:
    """Creates `folder` if needed and checks that files can be written in it."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as error:
        raise OutputError(f"{folder}: cannot write there ({describe(error)})") from error
    return folder


def write_atomically(path: Path, writer: Callable[[IO[bytes]], None]) -> Path:
    """Calls `writer` on a temporary file beside `path`, then renames it over `path`."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(
            dir=path.parent, prefix=f".{path.name}.", suffix=".tmp"
        )
    except OSError as error:
        raise OutputError(f"{path}: cannot write it ({describe(error)})") from error
    try:
        with os.fdopen(handle, "wb") as stream:
            writer(stream)
        os.chmod(temporary, FILE_MODE)
        os.replace(temporary, path)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise OutputError(f"{path}: cannot write it ({describe(error)})") from error
    except BaseException:
        # Interrupted (Ctrl-C) or a bug: the old file stays; the half-written one goes.
        Path(temporary).unlink(missing_ok=True)
        raise
    return path


def write_text_atomically(path: Path, text: str) -> Path:
    """Writes `text` as UTF-8 to `path` atomically."""

    def write(stream: IO[bytes]) -> None:
        stream.write(text.encode("utf-8"))

    return write_atomically(path, write)
