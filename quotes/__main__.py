"""Lets `python -m quotes` run the command line."""

from quotes.launcher import main

main()
