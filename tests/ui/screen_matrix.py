"""Every sample screen of a terminal, in every language, in one reading mode: what a person
could not see, read or touch (tests/ui/screen_checks.py), one line per problem."""

from __future__ import annotations

from collections.abc import Callable

from kiosk.eligibility.settings import LANGUAGES
from tests.ui.screen_checks import (
    clipping_problems,
    scroll_bar_problems,
    size_problems,
    touch_problems,
)
from ui.application import application
from ui.kiosk_window import SIZES, KioskWindow
from ui.sample_screens import samples
from ui.screenshots import close_window, open_window, settle, show

# The bar's options a person may switch on: (文字を大きく, 見やすい配色).
MODES = {"normal": (False, False), "large_text": (True, False), "high_contrast": (False, True)}
CHECKS: tuple[Callable[[KioskWindow], list[str]], ...] = (
    size_problems, scroll_bar_problems, clipping_problems, touch_problems)


def matrix_problems(terminal: str, mode: str) -> list[str]:
    """Each sample screen of `terminal` shown in each language with `mode` on; the
    problems found, as "STEM-LANGUAGE: problem"."""
    application()
    window = open_window(terminal)
    problems = []
    try:
        for language in LANGUAGES:
            for sample in samples(terminal):
                show(window, sample.in_language(language))
                switch_on(window, mode)
                problems += [f"{sample.stem}-{language}: {problem}"
                             for check in CHECKS for problem in check(window)]
        # Switched off again, the window is back at its terminal's size.
        switch_on(window, "normal")
        problems += [f"{mode} switched off: {problem}" for problem in size_problems(window)]
    finally:
        switch_on(window, "normal")
        close_window(window)
    return problems


def switch_on(window: KioskWindow, mode: str) -> None:
    """Touch the bar's options as a person would, until `mode` is on (a shared terminal
    turns them off at standby, for the next person)."""
    large_text, high_contrast = MODES[mode]
    if (window.large_text, window.high_contrast) == (large_text, high_contrast):
        return
    window.top_bar.large_text.setChecked(large_text)
    window.top_bar.high_contrast.setChecked(high_contrast)
    assert (window.large_text, window.high_contrast) == (large_text, high_contrast)
    settle(application())
    window.resize(*SIZES[window.terminal])
    settle(application())


def report(problems: list[str], limit: int = 60) -> str:
    """The problems for an assertion message: the first `limit`, and how many in all."""
    shown = "\n".join(problems[:limit])
    more = f"\n... and {len(problems) - limit} more" if len(problems) > limit else ""
    return f"{len(problems)} problems:\n{shown}{more}"
