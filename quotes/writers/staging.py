"""Switching a whole export into its folder, so that it is seen old or new, never mixed.

An export is written in full into a staging folder inside the output folder. Writing
the staging folder's manifest, the list of every file written, is the commit point:
  - before it, the output folder is untouched, and a run that is interrupted leaves only
    an uncommitted staging folder, which the next export deletes;
  - after it, each staged file is renamed over its old version, the files that the
    previous export wrote and this one did not are deleted, and the manifest is renamed
    into the output folder last. Every step can be done again, so a run interrupted
    during the switch is finished by the next export before it starts its own.

Only files listed in the previous export's manifest are ever deleted, never through a
symbolic link, so a user's own files in the output folder survive.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from quotes.errors import OutputError
from quotes.writers.atomic import describe, write_text_atomically

MANIFEST = ".quotes-manifest.json"
"""The list of files the last export wrote, relative to the output folder."""

STAGING = ".quotes-staging"
"""The folder inside the output folder that an export is written into before the switch."""

_MANIFEST_FORMAT = 1

# What write_atomically leaves when killed: `.<name>.<8 random characters>.tmp`.
_TEMPORARY = re.compile(r"\..+\.[A-Za-z0-9_]{8}\.tmp")


def _read_manifest(path: Path) -> list[str]:
    """The files listed in the manifest at `path`; none when it is missing or not ours."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    files = data.get("files") if isinstance(data, dict) else None
    if not isinstance(files, list):
        return []
    return [name for name in files if isinstance(name, str) and _is_inside(name)]


def _is_inside(relative: str) -> bool:
    """Whether `relative` names a file below the output folder (no `..`, not absolute)."""
    parts = Path(relative).parts
    return bool(parts) and not Path(relative).is_absolute() and ".." not in parts


def _behind_link(out: Path, relative: str) -> bool:
    """Whether the way from `out` to `relative` passes through a symbolic link."""
    path = out
    for part in Path(relative).parts:
        path = path / part
        if path.is_symlink():
            return True
    return False


def _remove_file(out: Path, relative: str) -> None:
    """Deletes out/relative if it is a regular file reached without following a link."""
    if _behind_link(out, relative):
        return
    path = out / relative
    if path.is_file():
        path.unlink()


def _remove_empty_folders(out: Path, relatives: Iterable[str]) -> None:
    """Removes the folders of deleted files that are left empty, deepest first."""
    folders = {parent for name in relatives for parent in Path(name).parents if parent.parts}
    for folder in sorted(folders, key=lambda f: len(f.parts), reverse=True):
        path = out / folder
        if not path.is_symlink() and path.is_dir() and not any(path.iterdir()):
            path.rmdir()


def _switch(out: Path, staging: Path) -> None:
    """Moves a committed staging folder's files into `out`; safe to run again after a kill."""
    new = _read_manifest(staging / MANIFEST)
    old = _read_manifest(out / MANIFEST)
    for relative in new:
        source = staging / relative
        if os.path.lexists(source):
            target = out / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(source, target)
    gone = sorted(set(old) - set(new))
    for relative in gone:
        _remove_file(out, relative)
    _remove_empty_folders(out, gone)
    os.replace(staging / MANIFEST, out / MANIFEST)
    shutil.rmtree(staging)


def _remove_temporaries(folder: Path) -> None:
    """Deletes the half-written temporary files that killed writers left in `folder`."""
    if folder.is_symlink() or not folder.is_dir():
        return
    for path in folder.iterdir():
        if _TEMPORARY.fullmatch(path.name) and not path.is_symlink() and path.is_file():
            path.unlink()


def recover(out: Path) -> None:
    """Finishes an interrupted switch into `out`, or discards an uncommitted staging folder."""
    staging = out / STAGING
    try:
        if staging.is_symlink():
            staging.unlink()
        elif staging.is_dir():
            if (staging / MANIFEST).is_file():
                _switch(out, staging)
            else:
                shutil.rmtree(staging)
        # The output folder and the folders in it, where exports before manifests wrote too.
        _remove_temporaries(out)
        for folder in out.iterdir():
            _remove_temporaries(folder)
    except OSError as error:
        raise OutputError(f"{out}: cannot tidy it up ({describe(error)})") from error


@contextmanager
def exclusive(out: Path) -> Iterator[None]:
    """Holds `out` for one export: a second export into it waits rather than tidying away
    the first one's staging folder. Locks the folder itself, so it leaves no file behind."""
    try:
        import fcntl
    except ImportError:  # Windows: no advisory locks; exports into one folder must not overlap
        yield
        return
    try:
        handle = os.open(out, os.O_RDONLY)
    except OSError as error:
        raise OutputError(f"{out}: cannot write there ({describe(error)})") from error
    try:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield
    finally:
        os.close(handle)  # closing releases the lock


def begin(out: Path) -> Path:
    """A new, empty staging folder in `out`, after finishing or discarding an older one."""
    recover(out)
    staging = out / STAGING
    try:
        staging.mkdir()
    except OSError as error:
        raise OutputError(f"{out}: cannot write there ({describe(error)})") from error
    return staging


def abandon(staging: Path) -> None:
    """Deletes a staging folder that will not be committed; the output folder is unchanged."""
    shutil.rmtree(staging, ignore_errors=True)


def _relatives(staging: Path, written: Iterable[Path]) -> list[str]:
    """The staged files `written`, relative to the staging folder, each once, sorted."""
    return sorted({path.relative_to(staging).as_posix() for path in written})


def foreign_files(out: Path, staging: Path, written: Iterable[Path]) -> list[Path]:
    """The places in `out` that the staged files would replace though no earlier export wrote
    them there: a user's own quotes.json, or a folder in the way. Replacing them would lose
    the user's data, so the export asks first."""
    ours = set(_read_manifest(out / MANIFEST))
    relatives = _relatives(staging, written)
    return [out / name for name in relatives if name not in ours and os.path.lexists(out / name)]


def exported_files(out: Path) -> list[str]:
    """The files the last export into `out` wrote, relative to it."""
    return _read_manifest(out / MANIFEST)


def commit(
    out: Path, staging: Path, written: Iterable[Path], kept: Iterable[str] = ()
) -> list[Path]:
    """Switches the staged files into `out` as one set; returns their final paths.

    `kept` are files of the last export (relative to `out`) that stay as they are, listed in
    the new manifest though not written again.
    """
    relatives = _relatives(staging, written)
    manifest = {"format": _MANIFEST_FORMAT, "files": sorted({*relatives, *kept})}
    # The commit point: from here on, an interrupted run is finished, not discarded.
    write_text_atomically(staging / MANIFEST, json.dumps(manifest, indent=2) + "\n")
    try:
        _switch(out, staging)
    except OSError as error:
        raise OutputError(f"{out}: cannot move the new files in ({describe(error)})") from error
    return [out / relative for relative in relatives]
