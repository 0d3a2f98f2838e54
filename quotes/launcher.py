"""The `quotes` command's entry point: common `extract` and `check` runs without Typer.

pre-commit runs `quotes check FILE…` once per commit, so one-file start-up is the time a user
waits. Importing Typer, click and rich and building the app cost about 50 ms of it. The
plain invocations are parsed here by hand, and run through `quotes.commands` as the Typer
app (`quotes.cli`) runs them; anything else (help, --version, other commands, an option or
value this parser does not know, anything click would report as a usage error) goes to the
Typer app untouched, so help and error messages come from one place.

What is parsed here (the global -q/--quiet first):

    extract PATH… [-f/--format table|json|jsonl|csv] [-o/--output FILE] [--with-text]
                  [-j/--jobs N] [-l/--language CODE]
    check PATH… [-f/--format text|github|json|junit] [--min-coverage X] [--strict]
                [-j/--jobs N] [-l/--language CODE]

Options may come between paths, as `--name=value` too; the last of a repeated option wins,
as with click. tests/test_launcher.py holds both paths to the same output and exit codes.
"""

from __future__ import annotations

import errno
import os
import sys
from collections.abc import Callable
from pathlib import Path

from quotes.caching import keep_compiled_patterns
from quotes.check import CheckFormat
from quotes.commands import (
    DEFAULT_LANGUAGE,
    SETTINGS,
    ExtractFormat,
    echo,
    is_ascii_encoding,
    run_check,
    run_extract,
)
from quotes.errors import QuotesError

# Each option this parser takes: its spellings, and whether it takes a value.
EXTRACT_OPTIONS = {
    "--format": ("format", True),
    "-f": ("format", True),
    "--output": ("output", True),
    "-o": ("output", True),
    "--with-text": ("with_text", False),
    "--jobs": ("jobs", True),
    "-j": ("jobs", True),
    "--language": ("language", True),
    "-l": ("language", True),
}
CHECK_OPTIONS = {
    "--format": ("format", True),
    "-f": ("format", True),
    "--min-coverage": ("min_coverage", True),
    "--strict": ("strict", False),
    "--jobs": ("jobs", True),
    "-j": ("jobs", True),
    "--language": ("language", True),
    "-l": ("language", True),
}
# Formats left to the Typer app: parquet needs pyarrow and a file, which it checks.
QUICK_EXTRACT_FORMATS = ("table", "json", "jsonl", "csv")

Options = dict[str, str | bool]
Run = Callable[[], int]


def main() -> None:
    """Runs `quotes` with the command line's arguments."""
    run = quick_run(sys.argv[1:])
    if run is None:
        from quotes.cli import main as typer_main

        typer_main()
        return
    keep_compiled_patterns()  # before the engine loads and compiles its patterns
    sys.exit(run_as_click_would(run))


def quick_run(arguments: list[str]) -> Run | None:
    """The run that `arguments` ask for, or None for the Typer app to handle them."""
    if not _plain_environment():
        return None
    quiet = False
    while arguments[:1] in (["-q"], ["--quiet"]):
        quiet, arguments = True, arguments[1:]
    command, rest = (arguments[0], arguments[1:]) if arguments else ("", [])
    if command == "extract":
        run = _extract_run(rest)
    elif command == "check":
        run = _check_run(rest)
    else:
        return None
    if run is None:
        return None
    SETTINGS.quiet = quiet
    return run


def run_as_click_would(run: Run) -> int:
    """The exit code of `run`, with Ctrl-C, a closed pipe and library errors handled as
    Typer's main loop and `quotes.cli.main` handle them."""
    try:
        try:
            return run()
        except KeyboardInterrupt:
            return 130
        except OSError as error:
            if error.errno != errno.EPIPE:
                raise
            # `quotes extract … | head`: stop quietly, and let no flush at exit complain.
            from click.utils import PacifyFlushWrapper

            sys.stdout = PacifyFlushWrapper(sys.stdout)
            sys.stderr = PacifyFlushWrapper(sys.stderr)
            return 1
    except QuotesError as error:
        echo(f"Error: {error}", err=True)
        return 1


def _plain_environment() -> bool:
    """Whether nothing asks for what only click does: shell completion, or re-encoding a
    standard stream whose encoding is ASCII (a misconfigured locale)."""
    if any(name.startswith("_") and name.endswith("_COMPLETE") for name in os.environ):
        return False
    for stream in (sys.stdout, sys.stderr):
        encoding = getattr(stream, "encoding", None)
        if encoding is None or getattr(stream, "errors", None) is None:
            return False
        if is_ascii_encoding(encoding):
            return False
    return True


def parse(arguments: list[str], known: dict[str, tuple[str, bool]]) -> tuple[list[str], Options]:
    """The paths and options in `arguments`; ValueError for anything not plainly one of the
    `known` options, a path, or `-` for standard input."""
    paths: list[str] = []
    options: Options = {}
    remaining = iter(arguments)
    for argument in remaining:
        if argument == "-" or not argument.startswith("-"):
            paths.append(argument)
            continue
        name, has_value, attached = argument.partition("=")
        if has_value and not name.startswith("--"):
            raise ValueError(argument)  # "-f=json": click reads "=json" as the value
        destination, takes_value = known.get(name, ("", False))
        if not destination:
            raise ValueError(argument)  # --help, --, an unknown option, joined short flags
        if not takes_value:
            if has_value:
                raise ValueError(argument)
            options[destination] = True
            continue
        value = attached if has_value else next(remaining, None)
        if value is None or (value.startswith("-") and value != "-"):
            raise ValueError(argument)
        options[destination] = value
    if not paths:
        raise ValueError("no paths")
    return paths, options


def _jobs(options: Options) -> int | None:
    """--jobs as click reads it (an integer of at least 1); ValueError for anything else."""
    given = options.get("jobs")
    if given is None:
        return None
    assert isinstance(given, str)
    if not (given.isascii() and given.isdigit()) or int(given) < 1:
        raise ValueError(given)
    return int(given)


def _language(options: Options) -> str:
    given = options.get("language", DEFAULT_LANGUAGE)
    assert isinstance(given, str)
    return given


def _output(options: Options) -> Path | None:
    """--output as click's Path(dir_okay=False) reads it; ValueError where it would fail."""
    given = options.get("output")
    if given is None:
        return None
    assert isinstance(given, str)
    if not given:
        raise ValueError(given)
    if os.path.exists(given) and (os.path.isdir(given) or not os.access(given, os.R_OK)):
        raise ValueError(given)
    return Path(given)


def _extract_run(arguments: list[str]) -> Run | None:
    try:
        paths, options = parse(arguments, EXTRACT_OPTIONS)
        format = options.get("format")
        if format is not None and format not in QUICK_EXTRACT_FORMATS:
            return None
        chosen = None if format is None else ExtractFormat(format)
        with_text = bool(options.get("with_text", False))
        output, jobs, language = _output(options), _jobs(options), _language(options)
    except ValueError:
        return None

    def run() -> int:
        run_extract(paths, chosen, output, with_text, jobs, language)
        return 0

    return run


def _check_run(arguments: list[str]) -> Run | None:
    try:
        paths, options = parse(arguments, CHECK_OPTIONS)
        format = options.get("format", "text")
        if format not in tuple(CheckFormat):
            return None
        chosen = CheckFormat(format)
        min_coverage = _fraction(options.get("min_coverage"))
        strict = bool(options.get("strict", False))
        jobs, language = _jobs(options), _language(options)
    except ValueError:
        return None
    return lambda: run_check(paths, min_coverage, chosen, strict, jobs, language)


def _fraction(given: str | bool | None) -> float | None:
    """--min-coverage as click reads it (a number from 0 to 1); ValueError for anything
    else, such as an exponent, "nan" or "inf", which are left to click."""
    if given is None:
        return None
    assert isinstance(given, str)
    if not given or given.strip("0123456789.") or given.count(".") > 1:
        raise ValueError(given)
    value = float(given)  # ValueError for "."
    if not 0.0 <= value <= 1.0:
        raise ValueError(given)
    return value
