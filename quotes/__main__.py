"""Lets `python -m quotes` run the command line."""

from quotes.cli import main

main()
