"""Lets `python -m quotes` run the command line."""

from .cli import main

main()
