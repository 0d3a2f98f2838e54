"""The bodies of `extract` and `check` shared by both entry points (quotes.commands): what
they print on a terminal and how they echo."""

from __future__ import annotations

import io
import sys
from collections.abc import Callable

import pytest

import quotes.commands as commands


class Terminal(io.StringIO):
    """A stderr that says it is a terminal."""

    def isatty(self) -> bool:
        return True


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, int]]:
    """The progress counters started (label, count at the start), instead of drawing them."""
    started: list[tuple[str, int]] = []

    def start(self: commands._Progress, label: str, done: int) -> Callable[[], None]:
        started.append((label, done))
        return lambda: started.append(("advanced", 0))

    monkeypatch.setattr(commands._Progress, "start", start)
    monkeypatch.setattr(commands.SETTINGS, "quiet", False)
    return started


def on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """Makes stderr a terminal (in the test itself: pytest sets its own stderr after setup)."""
    monkeypatch.setattr(sys, "stderr", Terminal())


def test_commands_progress_is_not_shown_for_a_quick_run(
    shown: list[tuple[str, int]], monkeypatch: pytest.MonkeyPatch
) -> None:
    on_a_terminal(monkeypatch)
    with commands.progress_bar("Extracting") as advance:
        advance()
    assert shown == []


def test_commands_progress_shows_once_a_run_takes_a_while(
    shown: list[tuple[str, int]], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(commands, "PROGRESS_AFTER_SECONDS", 0.0)
    on_a_terminal(monkeypatch)
    with commands.progress_bar("Extracting") as advance:
        advance()
        advance()
    assert shown == [("Extracting", 1), ("advanced", 0)]


def test_commands_progress_is_not_shown_when_quiet(
    shown: list[tuple[str, int]], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(commands, "PROGRESS_AFTER_SECONDS", 0.0)
    monkeypatch.setattr(commands.SETTINGS, "quiet", True)
    on_a_terminal(monkeypatch)
    with commands.progress_bar("Extracting") as advance:
        advance()
    assert shown == []


@pytest.mark.parametrize("terminal", [True, False], ids=["terminal", "pipe"])
def test_commands_echo_writes_as_click_does(
    terminal: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    click = pytest.importorskip("click")
    message = "“Red \x1b[31malert\x1b[0m,” she said"
    written = []
    for echo in (commands.echo, click.echo):
        stream = Terminal() if terminal else io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
        if not terminal:
            stream.isatty = lambda: False  # type: ignore[method-assign]
        monkeypatch.setattr(sys, "stderr", stream)
        echo(message, err=True)
        stream.seek(0)
        written.append(stream.read())
    assert written[0] == written[1]
    assert ("\x1b[31m" in written[0]) is terminal


def test_commands_progress_draws_with_rich(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("rich")
    monkeypatch.setattr(commands, "PROGRESS_AFTER_SECONDS", 0.0)
    monkeypatch.setattr(commands.SETTINGS, "quiet", False)
    on_a_terminal(monkeypatch)
    with commands.progress_bar("Extracting") as advance:
        for _ in range(3):
            advance()
