"""Every sample screen of every terminal, in all six languages, as most people see it: the
window fits its terminal's screen (1024×768, a phone's 390×844), no scroll bar shows, no
text is cut off and every button is a fingertip wide and high (tests/ui/screen_checks.py).

Larger text and high contrast: test_screen_matrix_large_text.py and
test_screen_matrix_high_contrast.py (apart, so that test workers share the load)."""

from __future__ import annotations

import pytest

from tests.ui.screen_matrix import matrix_problems, report
from ui.sample_screens import TERMINALS


@pytest.mark.parametrize("terminal", TERMINALS)
def test_every_screen_shows_whole_and_can_be_touched(qapp, terminal):
    problems = matrix_problems(terminal, "normal")
    assert not problems, report(problems)
