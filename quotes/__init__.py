"""quotes: finds quotations in news text and credits each to its speaker.

>>> from quotes import extract
>>> doc = extract('"We must act," Clinton said.')
>>> doc.quotes[0].speaker.name
'Clinton'
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from quotes.api import ExtractOptions, extract, load_documents
    from quotes.models import Article, Cue, Document, Quote, Skipped, Speaker

__version__ = "0.1.0"

# Each public name and the module that defines it. They load on first use, so that
# `quotes --help` or `from quotes import __version__` does not pay for pydantic and the
# engine's patterns (start-up time matters for pre-commit, which runs `quotes check` per commit).
_EXPORTS = {
    "Article": "quotes.models",
    "Cue": "quotes.models",
    "Document": "quotes.models",
    "ExtractOptions": "quotes.api",
    "Quote": "quotes.models",
    "Skipped": "quotes.models",
    "Speaker": "quotes.models",
    "extract": "quotes.api",
    "load_documents": "quotes.api",
}

__all__ = [
    "Article",
    "Cue",
    "Document",
    "ExtractOptions",
    "Quote",
    "Skipped",
    "Speaker",
    "__version__",
    "extract",
    "load_documents",
]


def __getattr__(name: str) -> Any:
    """Loads a public name from its module the first time it is asked for."""
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'quotes' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
