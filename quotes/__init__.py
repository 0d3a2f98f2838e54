"""quotes: finds quotations in news text and credits each to its speaker.

>>> from quotes import extract
>>> doc = extract('"We must act," Clinton said.')
>>> doc.quotes[0].speaker.name
'Clinton'
"""

from quotes.engine.composer import ExtractOptions, extract
from quotes.models import Article, Cue, Document, Quote, Skipped, Speaker
from quotes.readers.files import load_documents

__version__ = "0.1.0"

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
