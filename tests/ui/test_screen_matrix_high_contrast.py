"""The screen matrix (test_screen_matrix.py) with 見やすい配色 (high contrast) on, switched on from
the bar as a person would: every sample screen, in all six languages, fits, shows whole
and can be touched."""

from __future__ import annotations

import pytest

from tests.ui.screen_matrix import matrix_problems, report
from ui.sample_screens import TERMINALS


@pytest.mark.parametrize("terminal", TERMINALS)
def test_every_screen_shows_whole_and_can_be_touched(qapp, terminal):
    problems = matrix_problems(terminal, "high_contrast")
    assert not problems, report(problems)
