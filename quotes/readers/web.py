"""Articles fetched from http:// and https:// URLs: a page is read as HTML, with a time limit,
a size limit and one error line when it cannot be."""

from __future__ import annotations

import http.client
import urllib.error
import urllib.request
from email.message import Message

from quotes.errors import InputError
from quotes.readers.html import MAX_HTML_BYTES, read_html
from quotes.readers.metadata import Warn
from quotes.records import Article

FETCH_TIMEOUT = 20.0
"""Seconds to wait for a server to connect or send more of a page."""

USER_AGENT = "quotes/0.1 (quote attribution for fact-checking)"
_PAGE_TYPES = frozenset({"text/html", "application/xhtml+xml"})


def fetch_article(url: str, warn: Warn, timeout: float | None = None) -> Article:
    """The article at `url`: the page fetched and read as HTML; one InputError when it cannot."""
    try:
        request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    except ValueError as error:  # an address urllib cannot parse ("http://[bad")
        raise InputError(f"{url}: not a valid address ({error})") from None
    limit = FETCH_TIMEOUT if timeout is None else timeout
    try:
        with urllib.request.urlopen(request, timeout=limit) as response:
            final_url = response.geturl()
            headers: Message = response.headers
            _check_type(url, headers.get_content_type())
            data = response.read(MAX_HTML_BYTES + 1)
            missing = response.length  # what Content-Length promised and did not arrive
            if missing and len(data) <= MAX_HTML_BYTES:
                raise InputError(
                    f"{url}: the connection closed {missing} bytes before the end of the page"
                )
    except urllib.error.HTTPError as error:
        raise InputError(f"{url}: the server answered HTTP {error.code} {error.reason}") from None
    except urllib.error.URLError as error:
        raise InputError(f"{url}: cannot fetch it ({_reason(error.reason, limit)})") from None
    except TimeoutError as error:
        raise InputError(f"{url}: cannot fetch it ({_reason(error, limit)})") from None
    except (OSError, ValueError, http.client.HTTPException) as error:
        # HTTPException: an address with spaces, a connection cut mid-page (IncompleteRead)
        raise InputError(f"{url}: cannot fetch it ({error})") from None
    if len(data) > MAX_HTML_BYTES:
        raise InputError(f"{url}: page too large (over {MAX_HTML_BYTES // 2**20} MiB, the limit)")
    return read_html(data, url, url, final_url, warn, encoding=headers.get_content_charset())


def _check_type(url: str, content_type: str) -> None:
    """Refuses what is not a web page, naming what it is instead."""
    if content_type in _PAGE_TYPES:
        return
    if content_type == "application/pdf":
        raise InputError(f"{url}: is a PDF, not a web page; save its text and pass that file")
    raise InputError(f"{url}: is {content_type}, not a web page")


def _reason(reason: object, timeout: float) -> str:
    """A short cause for a failed fetch."""
    if isinstance(reason, TimeoutError):
        return f"no answer within {timeout:g} s"
    if isinstance(reason, OSError) and reason.strerror:
        return reason.strerror.lower()
    return str(reason)
