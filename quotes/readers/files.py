"""Reading articles from files, folders, stdin and JSONL corpora. The text is never altered."""

from __future__ import annotations

import json
import os
import re
import stat
import sys
import warnings
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

import regex

from quotes.errors import InputError, InputWarning
from quotes.readers.markdown import read_text_article
from quotes.readers.metadata import metadata_from_fields
from quotes.records import Article

# Loading articles ----------------------------------------------------------------------------

MAX_BYTES = 256 * 1024 * 1024
"""Largest input document, in bytes; a larger file is refused rather than read."""

_DOCUMENT_SUFFIXES = frozenset({".txt", ".md", ".markdown"})
_HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
# An HTML page opens with one of these, after any byte order mark, white space and comments.
_HTML_START = regex.compile(
    rb"\A(?:\xef\xbb\xbf)?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b",
    regex.I | regex.S,
)
_CORPUS_SUFFIX = ".jsonl"

Report = Callable[[InputError], None]

# UTF-32 LE must be tried before UTF-16 LE: its byte order mark starts with UTF-16 LE's.
_BYTE_ORDER_MARKS: tuple[tuple[bytes, str, str], ...] = (
    (b"\xff\xfe\x00\x00", "utf-32-le", "UTF-32 LE"),
    (b"\x00\x00\xfe\xff", "utf-32-be", "UTF-32 BE"),
    (b"\xef\xbb\xbf", "utf-8", "UTF-8"),
    (b"\xff\xfe", "utf-16-le", "UTF-16 LE"),
    (b"\xfe\xff", "utf-16-be", "UTF-16 BE"),
)

# Tab, line feed, vertical tab, form feed and carriage return are layout, not binary data.
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F])
_CONTROL_BYTE = regex.compile(rb"[\x00-\x08\x0e-\x1f\x7f]")
_CONTROL_CHAR = regex.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_ASCII_BYTES = bytes(range(0x80))
_SURROGATE = regex.compile(r"[\ud800-\udfff]")

# Real text has the odd stray control character; binary data has about one byte in ten.
_MAX_CONTROL_SHARE = 0.02


# A page named .html may be a fragment without <html>; one with no tag at all is text.
_HAS_TAG = re.compile(rb"<(?:[A-Za-z][A-Za-z0-9]*|/[A-Za-z]|!--)")


def is_url(name: str) -> bool:
    """True when `name` is an http:// or https:// address rather than a path."""
    return name.lower().startswith(("http://", "https://"))


def _looks_like_html(data: bytes) -> bool:
    """True when `data` starts the way an HTML page does, whatever the file is called."""
    return bool(_HTML_START.match(data[:4096]))


def _mib(size: int) -> str:
    """`size` bytes in MiB, rounded up so that anything over the limit shows as over it."""
    tenths = -(-size * 10 // 2**20)
    return f"{tenths / 10:g} MiB"


def _too_large(name: str, size: int | None) -> InputError:
    """The error for an input over MAX_BYTES; `size` is None when it was never measured."""
    limit = _mib(MAX_BYTES)
    problem = f"over the {limit} limit" if size is None else f"{_mib(size)}; the limit is {limit}"
    return InputError(f"{name}: too large ({problem}); split it into smaller files")


def _binary_at(data: bytes) -> int | None:
    """Offset of the byte that shows `data` is binary, or None when it may be text."""
    nul = data.find(b"\x00")
    if nul >= 0:
        return nul
    controls = len(data) - len(data.translate(None, _CONTROL_BYTES))
    if controls and controls > _MAX_CONTROL_SHARE * len(data):
        match = _CONTROL_BYTE.search(data)
        return match.start() if match else None
    return None


def _binary_char_at(text: str) -> int | None:
    """Index of the character that shows `text` is binary, or None when it may be text."""
    nul = text.find("\x00")
    if nul >= 0:
        return nul
    controls = len(_CONTROL_CHAR.findall(text))
    if controls and controls > _MAX_CONTROL_SHARE * len(text):
        match = _CONTROL_CHAR.search(text)
        return match.start() if match else None
    return None


def _mostly_utf8(data: bytes) -> bool:
    """True when `data` holds more valid multi-byte UTF-8 characters than invalid bytes."""
    # Counted from lengths rather than per character so that 50 MB stays fast.
    valid = data.decode("utf-8", "ignore")
    high_bytes = len(data.translate(None, _ASCII_BYTES))
    ascii_count = len(data) - high_bytes
    multibyte_chars = len(valid) - ascii_count
    invalid_bytes = high_bytes - (len(valid.encode("utf-8")) - ascii_count)
    return multibyte_chars > invalid_bytes


def _decode_with_bom(data: bytes, bom: bytes, codec: str, label: str, name: str) -> str:
    """The text after the byte order mark `bom`, which must be valid `codec` throughout."""
    body = data[len(bom) :]
    if codec == "utf-8":
        at = _binary_at(body)
        if at is not None:
            raise InputError(f"{name}: not text (binary data at byte {len(bom) + at})")
    try:
        text = body.decode(codec)
    except UnicodeDecodeError as error:
        raise InputError(
            f"{name}: starts with a {label} byte order mark, but the bytes at offset "
            f"{len(bom) + error.start} are not {label} ({error.reason}); save it as UTF-8"
        ) from error
    if codec != "utf-8":
        at = _binary_char_at(text)
        if at is not None:
            offset = len(bom) + len(text[:at].encode(codec))
            raise InputError(f"{name}: not text (binary data at byte {offset})")
    return text


def _utf16_order(data: bytes) -> str | None:
    """ "LE" or "BE" when `data` looks like UTF-16 text without a byte order mark, else None.

    Latin-script UTF-16 is every other byte zero: at odd offsets for little-endian, even
    ones for big-endian. Binary data has zeros scattered over both.
    """
    sample = data[: 1 << 16]
    even, odd = sample[0::2], sample[1::2]
    if len(odd) < 2:
        return None
    even_zeros, odd_zeros = even.count(0), odd.count(0)
    if odd_zeros > 0.6 * len(odd) and even_zeros < 0.05 * len(even):
        return "LE"
    if even_zeros > 0.6 * len(even) and odd_zeros < 0.05 * len(odd):
        return "BE"
    return None


def _decode_plain(data: bytes, name: str) -> str:
    """`data` as UTF-8, or as cp1252 when it is not UTF-8 and not mostly UTF-8 either."""
    at = _binary_at(data)
    if at is not None:
        order = _utf16_order(data)
        if order is not None:
            raise InputError(
                f"{name}: looks like UTF-16 {order} without a byte-order mark; save it as UTF-8"
            )
        raise InputError(f"{name}: not text (binary data at byte {at})")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        utf8_error = error
    # One stray byte in a UTF-8 file would otherwise turn every curly quote into mojibake.
    if _mostly_utf8(data):
        bad = utf8_error.start
        raise InputError(
            f"{name}: byte 0x{data[bad]:02x} at offset {bad} is not UTF-8, but the rest of the "
            "file is (mixed encodings?); fix that byte or save the file as UTF-8"
        ) from utf8_error
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as error:
        raise InputError(
            f"{name}: cannot decode byte 0x{data[error.start]:02x} at offset {error.start} "
            "as UTF-8 or cp1252; save it as UTF-8"
        ) from error


def decode_bytes(data: bytes, name: str) -> str:
    """The text stored in `data`, decoded without any normalisation; `name` labels errors."""
    if len(data) > MAX_BYTES:
        raise _too_large(name, len(data))
    if not data:
        raise InputError(f"{name}: empty file")
    for bom, codec, label in _BYTE_ORDER_MARKS:
        if data.startswith(bom):
            text = _decode_with_bom(data, bom, codec, label, name)
            break
    else:
        text = _decode_plain(data, name)
    if not text:
        raise InputError(f"{name}: empty file (only a byte order mark)")
    if text.isspace():
        raise InputError(f"{name}: empty file (only white space)")
    return text


def article_from_text(text: str, id: str = "text") -> Article:
    """An article holding `text` unchanged, for text that is already decoded."""
    if not isinstance(text, str):
        raise InputError(
            f"{id}: text must be str, not {type(text).__name__}; decode bytes with decode_bytes"
        )
    return Article(id=id, text=text)


def _read_error(name: str, error: OSError) -> InputError:
    """The one-line error for an OSError met while reading `name`."""
    if isinstance(error, FileNotFoundError):
        return InputError(f"{name}: no such file or folder")
    if isinstance(error, PermissionError):
        return InputError(f"{name}: cannot read it (permission denied); check its permissions")
    if isinstance(error, IsADirectoryError):
        return InputError(f"{name}: is a folder, not a file")
    return InputError(f"{name}: cannot read it ({error.strerror or error})")


def _read_limited(stream: BinaryIO, name: str, size: int | None) -> bytes:
    """All of `stream`, which must hold at most MAX_BYTES; a known `size` is checked first."""
    if size is not None and size > MAX_BYTES:
        raise _too_large(name, size)
    data = stream.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise _too_large(name, None)
    return data


def _read_file(path: Path, name: str) -> bytes:
    """The bytes of the file at `path`; a named pipe is read only if something writes to it."""
    try:
        # stat never blocks, where opening a named pipe waits for a writer, maybe forever.
        mode = os.stat(path).st_mode
        if stat.S_ISFIFO(mode):
            return _read_pipe(path, name)
        if not stat.S_ISREG(mode) and not stat.S_ISDIR(mode):
            raise InputError(f"{name}: not a regular file (a device or socket); skipped")
        with path.open("rb") as stream:
            return _read_limited(stream, name, os.fstat(stream.fileno()).st_size)
    except OSError as error:
        raise _read_error(name, error) from error


def _read_pipe(path: Path, name: str) -> bytes:
    """What a writer already attached to the named pipe at `path` sends, to its end."""
    # Opened without blocking, so that a pipe nobody writes to reads as empty at once;
    # then made blocking, so that a live writer (`quotes extract <(curl …)`) is waited for.
    handle = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    os.set_blocking(handle, True)
    with os.fdopen(handle, "rb") as stream:
        data = _read_limited(stream, name, None)
    if not data:
        raise InputError(f"{name}: a named pipe with nothing written to it; skipped")
    return data


def _read_stdin() -> bytes:
    """The bytes waiting on standard input."""
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:
        raise InputError("stdin: not available as bytes; pass a file name instead of -")
    try:
        return _read_limited(stream, "stdin", None)
    except OSError as error:
        raise _read_error("stdin", error) from error


def _folder_documents(
    root: Path, name: str, report: Report, warn: Callable[[str], None]
) -> list[Path]:
    """The articles and corpora under `root`, recursively, in sorted order.

    Files are picked by extension, and files of other extensions by their first bytes (a
    saved web page); every other file is reported as skipped, with the reason. Links to
    folders are not followed (one could lead back up the tree), and each is named.
    """

    def walk_error(error: OSError) -> None:
        report(_read_error(str(error.filename or name), error))

    found: list[Path] = []
    skipped: list[tuple[Path, str]] = []
    wanted = {*_DOCUMENT_SUFFIXES, *_HTML_SUFFIXES, ".docx", _CORPUS_SUFFIX}
    for folder, subfolders, files in os.walk(root, onerror=walk_error):
        # Hidden entries are tool state (.git, .ipynb_checkpoints), never articles.
        subfolders[:] = [sub for sub in subfolders if not sub.startswith(".")]
        for sub in sorted(subfolders):
            if os.path.islink(os.path.join(folder, sub)):
                warn(
                    f"{os.path.join(folder, sub)}: a link to a folder, not followed; "
                    "name it on the command line to read it"
                )
        for file in files:
            path = Path(folder, file)
            if file.startswith("."):
                continue
            reason = None if path.suffix.lower() in wanted else _not_an_article(path)
            if reason is None:
                found.append(path)
            else:
                skipped.append((path, reason))
    for path, reason in sorted(skipped, key=lambda item: item[0].relative_to(root).parts):
        report(InputWarning(f"{path}: skipped, {reason}"))
    if not found:
        report(InputError(f"{name}: no {_ARTICLE_KINDS} files in this folder"))
    return sorted(found, key=lambda path: path.relative_to(root).parts)


_ARTICLE_KINDS = ".txt, .md, .html, .docx or .jsonl"
# The first bytes of files that are often found beside articles, and what they are.
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF (save its text as .txt to read it)"),
    (b"\x89PNG", "an image"),
    (b"\xff\xd8\xff", "an image"),
    (b"GIF8", "an image"),
    (b"PK\x03\x04", "a zip archive, not a .docx"),
)


def _not_an_article(path: Path) -> str | None:
    """Why the file at `path`, of an extension articles do not have, is skipped; None for a
    saved web page, which is read."""
    try:
        # Opening a named pipe would wait for a writer: only regular files are looked into.
        if not stat.S_ISREG(os.stat(path).st_mode):
            return "not a regular file"
        with path.open("rb") as stream:
            head = stream.read(4096)
    except OSError as error:
        return f"cannot read it ({error.strerror or error})"
    if _looks_like_html(head):
        return None
    for signature, kind in _SIGNATURES:
        if head.startswith(signature):
            return kind
    if _binary_at(head) is not None:
        return "binary data"
    kind = path.suffix or "no extension"
    return f"not an article ({kind}; articles are {_ARTICLE_KINDS})"


def _json_type(value: object) -> str:
    """The JSON name of the type of a parsed JSON `value`, with its article."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    return "an array" if isinstance(value, list) else "an object"


def _corpus_record(line: bytes, name: str, number: int, report: Report) -> Article:
    """The article in line `number` of the corpus `name`."""
    where = f"{name}:{number}"
    try:
        raw = line.decode("utf-8")
    except UnicodeDecodeError as error:
        raise InputError(
            f"{where}: not UTF-8 (byte 0x{line[error.start]:02x} at offset {error.start} "
            "of the line); save the corpus as UTF-8"
        ) from error
    try:
        # Without the line break, a column past the end of the line means "cut short".
        record = json.loads(raw.rstrip("\r\n"))
    except json.JSONDecodeError as error:
        raise InputError(
            f"{where}: not valid JSON ({error.msg} at column {error.pos + 1})"
        ) from error
    except (ValueError, RecursionError) as error:
        raise InputError(f"{where}: not valid JSON ({error})") from error
    if not isinstance(record, dict):
        raise InputError(f'{where}: not a JSON object with "id" and "text"')
    fields: dict[str, str] = {}
    for key in ("id", "text"):
        if key not in record:
            raise InputError(f'{where}: "{key}" is missing; each line needs "id" and "text"')
        value = record[key]
        if not isinstance(value, str):
            raise InputError(f'{where}: "{key}" must be a string, not {_json_type(value)}')
        if not value or value.isspace():
            raise InputError(f'{where}: "{key}" is empty')
        # A lone surrogate from a \ud800 escape cannot be written out again later.
        match = _SURROGATE.search(value)
        if match:
            raise InputError(
                f'{where}: "{key}" holds an unpaired surrogate (\\u{ord(match[0]):04x}) '
                f"at character {match.start()}"
            )
        fields[key] = value
    metadata = metadata_from_fields(record, where, report)
    return Article(id=fields["id"], path=name, line=number, metadata=metadata, text=fields["text"])


def _skip_rest_of_line(stream: BinaryIO) -> None:
    """Reads `stream` up to and including the next line break, in bounded chunks."""
    while True:
        chunk = stream.readline(1 << 20)
        if not chunk or chunk.endswith(b"\n"):
            return


READ_CHUNK = 1 << 20
"""How much of a line one read asks for: readline(n) with n in the hundreds of megabytes
took four times as long per line as with one megabyte."""


def _read_line(stream: BinaryIO) -> bytes:
    """The next line of `stream` with its line break, cut after MAX_BYTES + 1 bytes."""
    first = min(READ_CHUNK, MAX_BYTES + 1)
    line = stream.readline(first)
    if len(line) < first or line.endswith(b"\n"):
        return line
    chunks, size = [line], len(line)
    while size <= MAX_BYTES:
        chunk = stream.readline(min(READ_CHUNK, MAX_BYTES + 1 - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
        if chunk.endswith(b"\n"):
            break
    return b"".join(chunks)


def _corpus_articles(path: Path, name: str, report: Report) -> Iterator[Found]:
    """The articles of a JSON Lines corpus file, read one line at a time."""
    try:
        stream = path.open("rb")
    except OSError as error:
        report(_read_error(name, error))
        return
    with stream:
        yield from _corpus_found(stream, name, report)


def _corpus_found(stream: BinaryIO, name: str, report: Report) -> Iterator[Found]:
    """The articles of a JSON Lines corpus open as `stream`, each with its `corpus:line`."""
    number = 0
    while True:
        try:
            line = _read_line(stream)
        except OSError as error:
            report(_read_error(name, error))
            return
        if not line:
            return
        number += 1
        if number == 1:
            if line.startswith(b"\xef\xbb\xbf"):
                line = line[3:]
            elif line.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")):
                report(InputError(f"{name}: JSON Lines must be UTF-8, not UTF-16 or UTF-32"))
                return
        if len(line) > MAX_BYTES:
            _skip_rest_of_line(stream)
            report(_too_large(f"{name}:{number}", None))
            continue
        if not line.strip():
            continue
        try:
            article = _corpus_record(line, name, number, report)
        except InputError as error:
            report(error)
            continue
        yield article, f"{name}:{number}"


Found = tuple[Article, str]
"""An article and where it was read: a file's name, or `corpus:line` for a corpus record."""


def _path_articles(
    given: str | Path, report: Report, warn: Callable[[str], None]
) -> Iterator[Found]:
    """The articles that one command-line path stands for, each with where it was read."""
    name = str(given)
    if name == "-":
        try:
            data = _read_stdin()
            if _looks_like_html(data):
                from quotes.readers.html import read_html

                yield read_html(data, "stdin", "stdin", None, report), name
                return
            text = decode_bytes(data, "stdin")
        except InputError as error:
            report(error)
            return
        yield Article(id="stdin", path=name, text=text), name
        return
    if not name:
        report(InputError("an empty path was given; name a file or folder"))
        return
    if is_url(name):
        from quotes.readers.web import fetch_article  # the network code loads only for URLs

        try:
            yield fetch_article(name, report), name
        except InputError as error:
            report(error)
        return
    path = Path(given)
    if path.is_dir():
        for found in _folder_documents(path, name, report, warn):
            # Its path within the folder given, so that posts/a/index.md and posts/b/index.md
            # stay two articles; the suffix is left out, as a file's own id leaves it out.
            relative = found.relative_to(path).with_suffix("").as_posix()
            yield from _file_articles(found, str(found), report, relative)
        return
    yield from _file_articles(path, name, report, path.stem)


def _file_articles(path: Path, name: str, report: Report, id: str) -> Iterator[Found]:
    """The articles in one file: a corpus when it ends in .jsonl, otherwise one article `id`."""
    if path.suffix.lower() == _CORPUS_SUFFIX:
        yield from _corpus_articles(path, name, report)
        return
    try:
        data = _read_file(path, name)
        suffix = path.suffix.lower()
        if suffix == ".docx":
            from quotes.readers.docx import read_docx

            yield read_docx(data, name, id, report), name
            return
        if _looks_like_html(data) or (suffix in _HTML_SUFFIXES and _HAS_TAG.search(data)):
            from quotes.readers.html import read_html  # lxml and trafilatura load only for pages

            yield read_html(data, name, id, None, report), name
            return
        text = decode_bytes(data, name)
    except InputError as error:
        report(error)
        return
    yield read_text_article(text, id, name, suffix, report), name


class _Identities:
    """Keeps article ids unique in one load: a repeated id gets `#2`, `#3`, with a warning.

    The later article is kept rather than dropped or merged: it is a different text that
    happens to share an id, and its number depends only on the order of the inputs, so a
    re-run over the same inputs gives it the same id.
    """

    def __init__(self, warn: Callable[[str], None]) -> None:
        self.warn = warn
        self.first_seen: dict[str, str] = {}
        # The next number to try per repeated id, so that 10,000 repeats stay linear.
        self.next_number: dict[str, int] = {}
        # Each file read, by its real path, with the command-line argument that read it.
        self.files: dict[str, int] = {}
        self.real_paths: dict[str, str] = {}
        self.repeated: set[str] = set()

    def unique(self, article: Article, where: str, given: int) -> Article | None:
        """`article` with an id not used before in this load; None for a file read twice.

        `given` numbers the command-line argument the article came from: a file (or a
        corpus) that an earlier argument already read is skipped, with one warning.
        """
        if article.path and article.path != "-":
            file = self.real_paths.get(article.path)
            if file is None:  # once per file: a corpus's records all name the same one
                file = self.real_paths[article.path] = os.path.realpath(article.path)
            if self.files.setdefault(file, given) != given:
                if file not in self.repeated:
                    self.repeated.add(file)
                    self.warn(f"{article.path}: given more than once; read once")
                return None
        id = article.id
        if id not in self.first_seen:
            self.first_seen[id] = where
            return article
        number = self.next_number.get(id, 2)
        while f"{id}#{number}" in self.first_seen:
            number += 1
        self.next_number[id] = number + 1
        renamed = f"{id}#{number}"
        self.first_seen[renamed] = where
        self.warn(
            f"{where}: id {id!r} is already used by {self.first_seen[id]}; "
            f"this article is kept as {renamed!r}"
        )
        return article._replace(id=renamed)


def warn_by_default(message: str) -> None:
    """The default for warnings: Python's warnings, which the library's callers can filter."""
    warnings.warn(message, stacklevel=3)


def load_documents(
    paths: Iterable[str | Path],
    on_error: Callable[[InputError], None] | None = None,
    on_warning: Callable[[str], None] = warn_by_default,
) -> Iterator[Article]:
    """Articles from files, folders, JSON Lines corpora and `-` (stdin), in the order given.

    Without `on_error` the first InputError is raised; with it, each error is passed to
    `on_error` and loading goes on with the next document. An `InputWarning` (a date that
    cannot be read, a file in a folder that is not an article) goes to `on_warning`.

    An article's id is unique within one call: a file given directly is known by its name
    without the suffix, a file in a folder by its path within that folder (`a/index`), a
    corpus record by its "id". A later article with an id already used keeps its text under
    `id#2` (`#3`, …), reported to `on_warning`; a file given twice is read once.
    """

    def report(error: InputError) -> None:
        if isinstance(error, InputWarning):  # the article still loads, or a file is skipped
            on_warning(str(error))
            return
        if on_error is None:
            raise error
        on_error(error)

    # A lone path would otherwise be iterated character by character.
    identities = _Identities(on_warning)
    for number, given in enumerate([paths] if isinstance(paths, str | Path) else paths):
        for article, where in _path_articles(given, report, on_warning):
            unique = identities.unique(article, where, number)
            if unique is not None:
                yield unique


def corpus_articles(
    stream: BinaryIO,
    name: str,
    on_error: Callable[[InputError], None],
    on_warning: Callable[[str], None] = warn_by_default,
) -> Iterator[Article]:
    """The articles of a JSON Lines corpus open as `stream`, as `load_documents` gives them.

    `name` labels the articles' `path` and the errors, which go to `on_error` one by one
    while reading goes on; repeated ids become `id#2` as in `load_documents`. Any binary
    stream will do: a file, a decompressing reader, or a remote file opened with fsspec.
    """

    def report(error: InputError) -> None:
        if isinstance(error, InputWarning):  # the article still loads
            on_warning(str(error))
        else:
            on_error(error)

    identities = _Identities(on_warning)
    for article, where in _corpus_found(stream, name, report):
        unique = identities.unique(article, where, 0)
        if unique is not None:
            yield unique
