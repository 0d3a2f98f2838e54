"""Tests for decoding and loading articles in quotes.text."""

from __future__ import annotations

import io
import json
import sys
import time
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from quotes.errors import InputError
from quotes.models import Article
from quotes.readers import files as text_module
from quotes.readers.files import article_from_text, decode_bytes, load_documents

SAID = "“We will win,” she said.\r\nThen she left.\n"


def write(path: Path, data: bytes | str) -> Path:
    """Writes `data` to `path`, creating folders, and returns the path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def collect(paths: list[str | Path]) -> tuple[list[Article], list[str]]:
    """The articles loaded from `paths` and the messages of the errors met on the way."""
    errors: list[InputError] = []
    articles = list(load_documents(paths, on_error=errors.append))
    return articles, [str(error) for error in errors]


# decode_bytes ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        pytest.param(SAID.encode("utf-8"), SAID, id="utf-8"),
        pytest.param(b"\xef\xbb\xbf" + SAID.encode("utf-8"), SAID, id="utf-8-bom"),
        pytest.param(b"\xff\xfe" + SAID.encode("utf-16-le"), SAID, id="utf-16-le-bom"),
        pytest.param(b"\xfe\xff" + SAID.encode("utf-16-be"), SAID, id="utf-16-be-bom"),
        pytest.param(b"\xff\xfe\x00\x00" + SAID.encode("utf-32-le"), SAID, id="utf-32-le-bom"),
        pytest.param(b"\x00\x00\xfe\xff" + SAID.encode("utf-32-be"), SAID, id="utf-32-be-bom"),
        pytest.param(b"\x93We will win,\x94 she said.", "“We will win,” she said.", id="cp1252"),
        pytest.param(b"caf\xe9 \x96 \x80 5", "café – € 5", id="cp1252-latin"),
    ],
)
def test_decode_bytes_decodes_encoding(data: bytes, expected: str) -> None:
    assert decode_bytes(data, "a.txt") == expected


@pytest.mark.parametrize(
    ("data", "message"),
    [
        pytest.param(
            b"abc \x81 def",
            "b.txt: cannot decode byte 0x81 at offset 4 as UTF-8 or cp1252; save it as UTF-8",
            id="undecodable",
        ),
        pytest.param(
            b"Hello world\x00\x01\x02",
            "b.txt: not text (binary data at byte 11)",
            id="binary-nul",
        ),
        pytest.param(
            b"ab\x01\x02\x03\x04cd",
            "b.txt: not text (binary data at byte 2)",
            id="binary-controls",
        ),
        pytest.param(
            b"\xff\xfeH\x00\x00\x00\x01\x00",
            "b.txt: not text (binary data at byte 4)",
            id="binary-utf-16",
        ),
        pytest.param(b"", "b.txt: empty file", id="empty"),
        pytest.param(b" \r\n\t\n", "b.txt: empty file (only white space)", id="white-space"),
        pytest.param(b"\xef\xbb\xbf", "b.txt: empty file (only a byte order mark)", id="bom-only"),
        pytest.param(
            b"\xff\xfeH\x00i",
            "b.txt: starts with a UTF-16 LE byte order mark, but the bytes at offset 4 are not "
            "UTF-16 LE (truncated data); save it as UTF-8",
            id="utf-16-truncated",
        ),
        pytest.param(
            b"\xef\xbb\xbfab\x93",
            "b.txt: starts with a UTF-8 byte order mark, but the bytes at offset 5 are not "
            "UTF-8 (invalid start byte); save it as UTF-8",
            id="utf-8-bom-invalid",
        ),
        pytest.param(
            "“We will win,” she said.".encode() + b"\xa0",
            "b.txt: byte 0xa0 at offset 28 is not UTF-8, but the rest of the file is "
            "(mixed encodings?); fix that byte or save the file as UTF-8",
            id="mostly-utf-8",
        ),
    ],
)
def test_decode_bytes_rejects_with_message(data: bytes, message: str) -> None:
    with pytest.raises(InputError) as caught:
        decode_bytes(data, "b.txt")
    assert str(caught.value) == message


def test_decode_bytes_keeps_line_breaks() -> None:
    assert decode_bytes(b"one\r\ntwo\rthree\n", "a.txt") == "one\r\ntwo\rthree\n"


def test_decode_bytes_allows_stray_control_character() -> None:
    data = b"A long article. " * 10 + b"\x0cPage two.\x1a"
    assert decode_bytes(data, "a.txt") == data.decode("ascii")


def test_decode_bytes_rejects_too_large(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(text_module, "MAX_BYTES", 2**20)
    with pytest.raises(InputError, match=r"^big\.txt: too large \(1\.1 MiB; the limit is 1 MiB\)"):
        decode_bytes(b"x" * (2**20 + 2**16), "big.txt")


@given(
    st.text(
        alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufeff")
        | st.sampled_from("\t\n\r\x0b\x0c")
    )
)
def test_decode_bytes_round_trips_utf8(text: str) -> None:
    # Control characters may make text look binary and a leading U+FEFF is a byte order mark.
    assume(text and not text.isspace())
    assert decode_bytes(text.encode("utf-8"), "a.txt") == text


# article_from_text --------------------------------------------------------------------------


def test_article_from_text_keeps_text() -> None:
    article = article_from_text(SAID, id="wire-1")
    assert (article.id, article.path, article.text) == ("wire-1", None, SAID)


def test_article_from_text_defaults_id() -> None:
    assert article_from_text("Hi.").id == "text"


def test_article_from_text_rejects_bytes() -> None:
    with pytest.raises(InputError, match="decode_bytes"):
        article_from_text(b"Hi.")  # type: ignore[arg-type]


# load_documents: files ------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["story.txt", "story.md", "story.TXT", "story.html"])
def test_load_documents_reads_file(tmp_path: Path, name: str) -> None:
    path = write(tmp_path / name, SAID)
    [article] = load_documents([str(path)])
    assert (article.id, article.path, article.text) == ("story", str(path), SAID)


def test_load_documents_keeps_crlf(tmp_path: Path) -> None:
    path = write(tmp_path / "crlf.txt", b"\xef\xbb\xbfLine one.\r\nLine two.\r\n")
    [article] = load_documents([path])
    assert article.text == "Line one.\r\nLine two.\r\n"


def test_load_documents_accepts_single_path(tmp_path: Path) -> None:
    path = write(tmp_path / "one.txt", SAID)
    assert [article.id for article in load_documents(str(path))] == ["one"]  # type: ignore[arg-type]


def test_load_documents_keeps_given_order(tmp_path: Path) -> None:
    paths = [write(tmp_path / name, SAID) for name in ("b.txt", "a.txt", "c.md")]
    assert [article.id for article in load_documents(paths)] == ["b", "a", "c"]


def test_load_documents_reports_missing_file(tmp_path: Path) -> None:
    missing = str(tmp_path / "nope.txt")
    with pytest.raises(InputError) as caught:
        list(load_documents([missing]))
    assert str(caught.value) == f"{missing}: no such file or folder"


def test_load_documents_reports_unreadable_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path / "locked.txt", SAID)

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied", str(path))

    # Simulated, because chmod does not stop root, who may run the tests.
    monkeypatch.setattr(Path, "open", refuse)
    with pytest.raises(InputError, match=r"locked\.txt: cannot read it \(permission denied\)"):
        list(load_documents([path]))


def test_load_documents_reports_too_large_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(text_module, "MAX_BYTES", 2**20)
    path = write(tmp_path / "big.txt", b"x" * 3 * 2**20)
    with pytest.raises(InputError, match=r"big\.txt: too large \(3 MiB; the limit is 1 MiB\)"):
        list(load_documents([path]))


def test_load_documents_raises_first_error_without_on_error(tmp_path: Path) -> None:
    good = write(tmp_path / "good.txt", SAID)
    empty = write(tmp_path / "empty.txt", b"")
    loaded = load_documents([good, empty, good])
    assert next(loaded).id == "good"
    with pytest.raises(InputError, match=r"empty\.txt: empty file"):
        next(loaded)


def test_load_documents_continues_after_error_with_on_error(tmp_path: Path) -> None:
    paths = [
        write(tmp_path / "good.txt", SAID),
        write(tmp_path / "binary.txt", b"GIF89a\x00\x01"),
        tmp_path / "missing.txt",
        write(tmp_path / "also.md", SAID),
    ]
    articles, errors = collect(paths)
    assert [article.id for article in articles] == ["good", "also"]
    assert errors == [
        f"{paths[1]}: not text (binary data at byte 6)",
        f"{paths[2]}: no such file or folder",
    ]


def test_load_documents_reads_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"\x93Hi,\x94 he said.\r\n")))
    [article] = load_documents(["-"])
    assert (article.id, article.path, article.text) == ("stdin", "-", "“Hi,” he said.\r\n")


def test_load_documents_reports_empty_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"")))
    with pytest.raises(InputError, match=r"^stdin: empty file$"):
        list(load_documents(["-"]))


@pytest.mark.parametrize("encoding", ["utf-8", "cp1252"])
def test_load_documents_loads_50mb_file(tmp_path: Path, encoding: str) -> None:
    paragraph = "“We will not back down,” the minister told reporters on Tuesday.\r\n"
    data = paragraph.encode(encoding) * (50 * 2**20 // len(paragraph.encode(encoding)))
    path = write(tmp_path / "huge.txt", data)
    started = time.perf_counter()
    [article] = load_documents([path])
    elapsed = time.perf_counter() - started
    assert len(article.text) == len(data.decode(encoding))
    assert article.text.startswith(paragraph + paragraph)
    # Generous: a quadratic step would take minutes, a linear one well under a second.
    assert elapsed < 15


# load_documents: folders ----------------------------------------------------------------------


def test_load_documents_recurses_folder_in_sorted_order(tmp_path: Path) -> None:
    root = tmp_path / "news"
    for relative in ("b.txt", "a/z.md", "a/b/c.txt", "a.txt", "c/notes.csv", "A.txt"):
        write(root / relative, f"Text of {relative}.")
    articles = list(load_documents([root]))
    assert [Path(article.path).relative_to(root).as_posix() for article in articles] == [
        "A.txt",
        "a/b/c.txt",
        "a/z.md",
        "a.txt",
        "b.txt",
    ]
    assert articles[1].text == "Text of a/b/c.txt."


def test_load_documents_reads_corpus_in_folder(tmp_path: Path) -> None:
    write(tmp_path / "d" / "corpus.jsonl", '{"id": "r1", "text": "One."}\n')
    write(tmp_path / "d" / "e.txt", "Two.")
    assert [article.id for article in load_documents([tmp_path / "d"])] == ["r1", "e"]


def test_load_documents_skips_hidden_entries_in_folder(tmp_path: Path) -> None:
    write(tmp_path / ".git" / "notes.txt", "Hidden.")
    write(tmp_path / ".draft.txt", "Hidden.")
    write(tmp_path / "shown.txt", "Shown.")
    assert [article.id for article in load_documents([tmp_path])] == ["shown"]


def test_load_documents_reports_folder_without_documents(tmp_path: Path) -> None:
    write(tmp_path / "data.csv", "a,b")
    errors: list[InputError] = []
    warned: list[str] = []
    list(load_documents([tmp_path], on_error=errors.append, on_warning=warned.append))
    assert warned == [
        f"{tmp_path / 'data.csv'}: skipped, not an article (.csv; articles are .txt, .md, .html, "
        ".docx or .jsonl)"
    ]
    assert [str(e) for e in errors] == [
        f"{tmp_path}: no .txt, .md, .html, .docx or .jsonl files in this folder"
    ]


# load_documents: JSON Lines corpora -----------------------------------------------------------


def test_load_documents_reads_corpus_records(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "r1", "text": SAID, "source": "wire"}),
        "",
        "   ",
        json.dumps({"text": "“No,” he said.", "id": "r2"}, ensure_ascii=False),
    ]
    path = write(tmp_path / "corpus.jsonl", b"\xef\xbb\xbf" + "\r\n".join(lines).encode())
    articles = list(load_documents([path]))
    assert [(a.id, a.path, a.text) for a in articles] == [
        ("r1", str(path), SAID),
        ("r2", str(path), "“No,” he said."),
    ]


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        pytest.param(
            '{"id": "x", "text": ', "not valid JSON (Expecting value at column 21)", id="json"
        ),
        pytest.param('["x", "y"]', 'not a JSON object with "id" and "text"', id="array"),
        pytest.param(
            '{"text": "Hi."}', '"id" is missing; each line needs "id" and "text"', id="no-id"
        ),
        pytest.param(
            '{"id": 7, "text": "Hi."}', '"id" must be a string, not a number', id="number-id"
        ),
        pytest.param(
            '{"id": "x", "text": null}', '"text" must be a string, not null', id="null-text"
        ),
        pytest.param('{"id": "x", "text": " "}', '"text" is empty', id="empty-text"),
        pytest.param(
            '{"id": "x", "text": "a\\ud800"}',
            '"text" holds an unpaired surrogate (\\ud800) at character 1',
            id="surrogate",
        ),
        pytest.param(
            b'{"id": "x", "text": "\x93Hi\x94"}',
            "not UTF-8 (byte 0x93 at offset 21 of the line); save the corpus as UTF-8",
            id="not-utf-8",
        ),
    ],
)
def test_load_documents_reports_bad_corpus_line(
    tmp_path: Path, line: str | bytes, problem: str
) -> None:
    good = b'{"id": "ok", "text": "Fine."}\n'
    bad = line if isinstance(line, bytes) else line.encode()
    again = b'{"id": "ok2", "text": "Fine."}\n'
    path = write(tmp_path / "corpus.jsonl", good + b"\n" + bad + b"\n" + again)
    articles, errors = collect([path])
    assert [article.id for article in articles] == ["ok", "ok2"]
    assert errors == [f"{path}:3: {problem}"]


def test_load_documents_collects_every_bad_corpus_line(tmp_path: Path) -> None:
    path = write(tmp_path / "corpus.jsonl", "{\n" + '{"id": "a", "text": "A."}\n' + "nope\n")
    articles, errors = collect([path])
    assert [article.id for article in articles] == ["a"]
    assert [error.split(": ", 1)[0] for error in errors] == [f"{path}:1", f"{path}:3"]


def test_load_documents_raises_bad_corpus_line_without_on_error(tmp_path: Path) -> None:
    path = write(tmp_path / "corpus.jsonl", '{"id": "a", "text": "A."}\n' + "nope\n")
    with pytest.raises(InputError, match=r"corpus\.jsonl:2: not valid JSON"):
        list(load_documents([path]))


def test_load_documents_skips_too_long_corpus_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(text_module, "MAX_BYTES", 2**10)
    long_line = json.dumps({"id": "long", "text": "x" * 2**12})
    path = write(tmp_path / "c.jsonl", long_line + '\n{"id": "short", "text": "S."}\n')
    articles, errors = collect([path])
    assert [article.id for article in articles] == ["short"]
    assert errors == [f"{path}:1: too large (over the 0.1 MiB limit); split it into smaller files"]


@given(st.lists(st.sampled_from([b"ab", b"cdefg", b"\n", b"\r\n", b"x" * 9]), max_size=12))
def test_corpus_lines_are_read_in_chunks_as_one_read_of_the_limit_would(parts: list[bytes]) -> None:
    data = b"".join(parts)
    original = (text_module.READ_CHUNK, text_module.MAX_BYTES)
    try:
        for chunk, limit in [(4, 10), (16, 10), (5, 4)]:  # chunks smaller and larger
            text_module.READ_CHUNK, text_module.MAX_BYTES = chunk, limit
            chunked, whole = io.BytesIO(data), io.BytesIO(data)
            for _ in range(len(parts) + 1):
                assert text_module._read_line(chunked) == whole.readline(limit + 1)
    finally:
        text_module.READ_CHUNK, text_module.MAX_BYTES = original


def test_load_documents_rejects_utf16_corpus(tmp_path: Path) -> None:
    record = '{"id": "a", "text": "A."}\n'
    path = write(tmp_path / "c.jsonl", b"\xff\xfe" + record.encode("utf-16-le"))
    articles, errors = collect([path])
    assert (articles, errors) == ([], [f"{path}: JSON Lines must be UTF-8, not UTF-16 or UTF-32"])


# load_documents: article identity (issue 8) ----------------------------------------------------


def collect_warnings(paths: list[str | Path]) -> tuple[list[str], list[str]]:
    """The ids of the articles loaded from `paths` and the warnings met on the way."""
    warned: list[str] = []
    articles = list(load_documents(paths, on_error=None, on_warning=warned.append))
    return [article.id for article in articles], warned


def test_load_documents_keeps_same_file_names_in_a_folder_apart(tmp_path: Path) -> None:
    for post in ("a", "b", "c"):
        write(tmp_path / "posts" / post / "index.md", f"Post {post}.")
    ids, warned = collect_warnings([tmp_path / "posts"])
    assert ids == ["a/index", "b/index", "c/index"]
    assert warned == []


def test_load_documents_renames_a_repeated_corpus_id_with_a_warning(tmp_path: Path) -> None:
    lines = [json.dumps({"id": "x", "text": f"Text {n}."}) for n in range(3)]
    path = write(tmp_path / "corpus.jsonl", "\n".join(lines) + "\n")
    ids, warned = collect_warnings([path])
    assert ids == ["x", "x#2", "x#3"]
    assert warned[0] == (
        f"{path}:2: id 'x' is already used by {path}:1; this article is kept as 'x#2'"
    )


def test_load_documents_renames_same_stem_files_given_directly(tmp_path: Path) -> None:
    first = write(tmp_path / "a" / "index.md", "One.")
    second = write(tmp_path / "b" / "index.md", "Two.")
    ids, warned = collect_warnings([first, second])
    assert ids == ["index", "index#2"]
    assert len(warned) == 1


def test_load_documents_reads_a_file_given_twice_once(tmp_path: Path) -> None:
    path = write(tmp_path / "one.txt", "One.")
    ids, warned = collect_warnings([path, tmp_path])
    assert ids == ["one"]
    assert warned == [f"{tmp_path / 'one.txt'}: given more than once; read once"]


def test_load_documents_reads_a_corpus_given_twice_once(tmp_path: Path) -> None:
    lines = [json.dumps({"id": f"r{n}", "text": f"Text {n}."}) for n in range(3)]
    path = write(tmp_path / "corpus.jsonl", "\n".join(lines) + "\n")
    ids, warned = collect_warnings([path, path])
    assert (ids, warned) == (["r0", "r1", "r2"], [f"{path}: given more than once; read once"])


def test_load_documents_numbers_many_repeats_of_one_id(tmp_path: Path) -> None:
    lines = [json.dumps({"id": "x", "text": f"Text {n}."}) for n in range(2000)]
    path = write(tmp_path / "corpus.jsonl", "\n".join(lines) + "\n")
    ids, warned = collect_warnings([path])
    assert (len(set(ids)), ids[-1], len(warned)) == (2000, "x#2000", 1999)
