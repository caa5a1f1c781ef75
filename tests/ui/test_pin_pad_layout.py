"""The PIN pad is a uniform keypad, and the sentences above it (the tries left) show whole."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPushButton

from kiosk.eligibility.settings import LANGUAGES
from kiosk.flows import screens as sc
from kiosk.flows.reasons import Reason
from ui.application import application
from ui.screenshots import close_window, open_window, show

KEYS = [f"pin_key_{digit}" for digit in "0123456789"] + ["pin_clear", "pin_ok"]


@pytest.mark.parametrize("terminal", ["clinic", "booth", "portal"])
def test_every_key_is_as_wide_as_the_others_and_tall_enough_to_touch(terminal):
    application()
    window = open_window(terminal)
    show(window, sc.PinEntry(reason=Reason.WRONG_PIN, tries_left=2))
    keys = [window.findChild(QPushButton, name) for name in KEYS]
    widths = [key.width() for key in keys]
    assert max(widths) - min(widths) <= 2, dict(zip(KEYS, widths, strict=True))
    assert min(key.height() for key in keys) >= 60
    close_window(window)


@pytest.mark.parametrize("terminal", ["clinic", "booth", "portal"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_tries_left_show_whole_with_no_scroll_bar(terminal, language):
    application()
    window = open_window(terminal)
    show(window, sc.PinEntry(reason=Reason.WRONG_PIN, tries_left=2, language=language))
    area = window.host.text_area
    assert not area.verticalScrollBar().isVisible(), "the sentences are cut off"
    assert window.host.text.height() <= area.viewport().height()
    close_window(window)
