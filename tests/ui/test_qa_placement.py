"""Where emulator mode puts the kiosk and the QA panel, for each terminal and screen."""

from __future__ import annotations

import pytest

from kiosk.terminals import TERMINALS, TerminalKind
from ui.qa.placement import FRAME, GAP, PANEL_MIN_WIDTH, Rect, place

FULL_HD = Rect(0, 0, 1920, 1080)
WITH_TASK_BAR = Rect(0, 0, 1920, 1040)


@pytest.mark.parametrize("kind", list(TerminalKind))
@pytest.mark.parametrize("screen", [FULL_HD, WITH_TASK_BAR, Rect(1920, 0, 1920, 1080)])
def test_each_terminal_and_the_panel_fit_a_full_hd_screen_side_by_side(kind, screen):
    placement = place(screen, TERMINALS[kind].window)
    assert screen.contains(placement.kiosk) and screen.contains(placement.panel)
    assert placement.kiosk.right + GAP <= placement.panel.x
    assert placement.panel.height == screen.height  # the panel may use the whole height
    assert placement.kiosk.width == TERMINALS[kind].window[0] + FRAME[0]


def test_the_reception_kiosk_leaves_the_panel_more_than_its_least_width():
    placement = place(FULL_HD, (1024, 768))
    assert placement.panel == Rect(1024 + FRAME[0] + GAP, 0,
                                   1920 - 1024 - FRAME[0] - GAP, 1080)
    assert placement.panel.width > PANEL_MIN_WIDTH


@pytest.mark.parametrize("screen", [Rect(0, 0, 1366, 768), Rect(0, 0, 1280, 1024),
                                    Rect(0, 0, 500, 700)])
def test_on_a_narrow_screen_the_panel_stays_on_it(screen):
    placement = place(screen, (1024, 768))
    assert screen.contains(placement.panel)
    assert placement.panel.right == screen.right
    assert placement.panel.width == min(PANEL_MIN_WIDTH, screen.width)
