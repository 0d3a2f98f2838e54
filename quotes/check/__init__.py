"""The attribution coverage check for newsroom CI (`quotes check`).

The report formats live here, apart from the check itself, so that the command line can
offer them without loading the engine.
"""

from enum import StrEnum


class CheckFormat(StrEnum):
    text = "text"
    github = "github"
    json = "json"
    junit = "junit"
