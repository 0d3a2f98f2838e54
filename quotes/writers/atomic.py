"""Writing output files atomically, so an interrupted export leaves the old file intact."""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from quotes.errors import OutputError


def _umask() -> int:
    """The process umask, which mkstemp's private 0600 mode would otherwise ignore."""
    mask = os.umask(0)
    os.umask(mask)
    return mask


FILE_MODE = 0o666 & ~_umask()


OUT_OPTION = "-o/--out"
"""The output option as help shows it: either spelling may be the one the user typed."""
OUTPUT_OPTION = "-o/--output"
"""The same for commands that write one file (extract, who)."""


def describe(error: OSError, option: str = OUT_OPTION) -> str:
    """A short reason for an OSError, without the path Python repeats in it; `option` is the
    command line option that named the path."""
    if isinstance(error, PermissionError):
        return f"permission denied; choose another {option} or fix its permissions"
    if isinstance(error, FileExistsError | NotADirectoryError):
        return f"a file is in the way; choose another {option}"
    return error.strerror or str(error)


def new_folders(folder: Path) -> list[Path]:
    """The folders that creating `folder` would make, deepest first."""
    missing: list[Path] = []
    for candidate in (folder, *folder.parents):
        if os.path.lexists(candidate):
            break
        missing.append(candidate)
    return missing


@contextmanager
def folders_removed_on_failure(folder: Path) -> Iterator[None]:
    """Removes the folders the body created for `folder` when it fails: a failed export or
    extract into a new folder leaves nothing behind. Only empty folders go."""
    created = new_folders(folder)
    try:
        yield
    except BaseException:
        for made in created:
            try:
                made.rmdir()
            except OSError:
                break  # not empty, or already gone: keep it and what holds it
        raise


def prepare_folder(folder: Path) -> Path:
    """Creates `folder` if needed and checks that files can be written in it."""
    with folders_removed_on_failure(folder):
        try:
            folder.mkdir(parents=True, exist_ok=True)
            with tempfile.TemporaryFile(dir=folder):
                pass
        except OSError as error:
            raise OutputError(f"{folder}: cannot write there ({describe(error)})") from error
    return folder


def write_atomically(
    path: Path, writer: Callable[[IO[bytes]], None], option: str = OUT_OPTION
) -> Path:
    """Calls `writer` on a temporary file beside `path`, then renames it over `path`; on
    failure, removes the folders it made for it. `option` names `path` in errors."""
    with folders_removed_on_failure(path.parent):
        return _write_atomically(path, writer, option)


def _write_atomically(path: Path, writer: Callable[[IO[bytes]], None], option: str) -> Path:
    # a link is followed, so the file it names is replaced and the link kept
    path = Path(os.path.realpath(path)) if path.is_symlink() else path
    if _is_stream(path):
        return _write_through(path, writer, option)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(
            dir=path.parent, prefix=f".{path.name}.", suffix=".tmp"
        )
    except OSError as error:
        raise OutputError(f"{path}: cannot write it ({describe(error, option)})") from error
    try:
        with os.fdopen(handle, "wb") as stream:
            writer(stream)
        os.chmod(temporary, FILE_MODE)
        os.replace(temporary, path)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise OutputError(f"{path}: cannot write it ({describe(error, option)})") from error
    except BaseException:
        # Interrupted (Ctrl-C) or a bug: the old file stays; the half-written one goes.
        Path(temporary).unlink(missing_ok=True)
        raise
    return path


def _is_stream(path: Path) -> bool:
    """Whether `path` is a device, a pipe or a socket (`/dev/null`, `/dev/stdout`, a FIFO):
    renaming a file over it would replace it with that file, so it is written to directly."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


def _write_through(path: Path, writer: Callable[[IO[bytes]], None], option: str) -> Path:
    """Writes to a device or pipe as it is: there is no old file to keep."""
    try:
        with path.open("wb") as stream:
            writer(stream)
    except OSError as error:
        raise OutputError(f"{path}: cannot write it ({describe(error, option)})") from error
    return path


def write_text_atomically(path: Path, text: str) -> Path:
    """Writes `text` as UTF-8 to `path` atomically."""

    def write(stream: IO[bytes]) -> None:
        stream.write(text.encode("utf-8"))

    return write_atomically(path, write)
