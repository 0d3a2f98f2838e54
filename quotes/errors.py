"""Errors the library raises; the CLI turns each into one line on stderr."""


class QuotesError(Exception):
    """Base class for every error `quotes` reports to its user."""


class InputError(QuotesError):
    """An input file or text that cannot be read as an article."""


class GoldFormatError(QuotesError):
    """A gold annotation file that does not follow the documented format."""


class LexiconError(QuotesError):
    """A lexicon data file that is empty, duplicated or malformed."""


class OutputError(QuotesError):
    """An output path that cannot be written."""


class ConfigError(QuotesError):
    """A `[tool.quotes]` table in pyproject.toml that is not valid."""


class StoreError(QuotesError):
    """A quote database that is missing, not SQLite, too new, or cannot be written."""


class QueryError(QuotesError):
    """A search query that is not valid FTS5 query syntax."""


class DependencyError(QuotesError):
    """An optional dependency that the chosen feature needs is not installed."""


class InputWarning(InputError):
    """Something in an input that is kept but may be wrong (an unreadable date); never fatal."""
