"""Tests for URLs, served from a local HTTP server on 127.0.0.1: nothing leaves the machine."""

from __future__ import annotations

import contextlib
import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from typer.testing import CliRunner

from quotes import load_documents
from quotes.cli import app
from quotes.readers import web

PAGE = (Path(__file__).parent / "fixtures" / "provenance" / "bridge.html").read_bytes()
NO_TEXT = b"<html><body><nav><a href='/'>Home</a></nav></body></html>"

# path -> (status, content type, body); /slow answers after the client has given up.
ROUTES: dict[str, tuple[int, str, bytes]] = {
    "/news/elm-street-bridge": (200, "text/html; charset=utf-8", PAGE),
    "/report.pdf": (200, "application/pdf", b"%PDF-1.7\n"),
    "/nav-only": (200, "text/html", NO_TEXT),
    "/huge": (200, "text/html", b"<html><body><p>" + b"word " * (4 * 1024 * 1024)),
}


class Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path == "/slow":
            time.sleep(2)
        if self.path == "/moved":
            self.send_response(301)
            self.send_header("Location", "/news/elm-street-bridge")
            self.end_headers()
            return
        status, content_type, body = ROUTES.get(self.path, (404, "text/html", b"gone"))
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        # The client may stop reading at its size limit.
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: the tests read what the client reports."""


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_url_is_fetched_and_read_as_a_web_page(server: str) -> None:
    (article,) = load_documents([f"{server}/news/elm-street-bridge"])
    assert article.metadata is not None
    assert article.metadata.url == "https://ledger.example/news/2024/03/05/elm-street-bridge"
    assert article.text.startswith("Mayor vows to rebuild Elm Street bridge")
    assert article.path == f"{server}/news/elm-street-bridge"


def test_url_without_a_canonical_link_keeps_the_address_fetched(server: str) -> None:
    ROUTES["/plain"] = (
        200,
        "text/html",
        b"<html><body><article><p>"
        + b"The council met on Monday and voted for the plan after a debate. " * 4
        + b"</p></article></body></html>",
    )
    (article,) = load_documents([f"{server}/plain"])
    assert article.metadata is not None and article.metadata.url == f"{server}/plain"


@pytest.mark.parametrize(
    ("path", "message"),
    [
        pytest.param("/missing", "the server answered HTTP 404 Not Found", id="404"),
        pytest.param(
            "/report.pdf", "is a PDF, not a web page; save its text and pass that file", id="pdf"
        ),
        pytest.param("/nav-only", "no article text found in this page", id="no-text"),
        pytest.param("/huge", "page too large (over 10 MiB, the limit)", id="20-mb"),
        pytest.param("/slow", "cannot fetch it (no answer within 0.5 s)", id="timeout"),
    ],
)
def test_a_url_that_cannot_be_read_is_one_line_and_the_run_goes_on(
    server: str, path: str, message: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(web, "FETCH_TIMEOUT", 0.5)
    good = f"{server}/moved"
    result = CliRunner().invoke(app, ["extract", f"{server}{path}", good, "--format", "jsonl"])
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == f"Error: {server}{path}: {message}"
    assert json.loads(result.stdout)["metadata"]["outlet"] == "The Riverton Ledger"


def test_a_server_that_is_not_there_is_one_line() -> None:
    with pytest.raises(Exception, match=r"^http://127\.0\.0\.1:9/: cannot fetch it \(") as caught:
        list(load_documents(["http://127.0.0.1:9/"]))
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize("command", ["export", "check", "index"])
def test_every_reading_command_takes_urls(server: str, command: str, tmp_path: Path) -> None:
    url = f"{server}/news/elm-street-bridge"
    extra = {
        "export": ["--out", str(tmp_path / "out"), "--format", "json"],
        "check": [],
        "index": ["--db", str(tmp_path / "q.db")],
    }[command]
    result = CliRunner().invoke(app, [command, url, *extra])
    assert result.exit_code == 0, result.output
