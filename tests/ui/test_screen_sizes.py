"""Every screen, in every language, fits its terminal: 1024x768 at reception, a phone's 390."""

from __future__ import annotations

from dataclasses import replace

import pytest

from kiosk.eligibility.settings import LANGUAGES
from ui.kiosk_window import SIZES
from ui.sample_screens import TERMINALS, samples
from ui.screenshots import close_window, open_window, show


@pytest.mark.parametrize("terminal", TERMINALS)
def test_every_screen_fits_the_terminal_in_every_language(qapp, terminal):
    width, height = SIZES[terminal]
    window = open_window(terminal)
    too_big = []
    try:
        for sample in samples(terminal):
            for language in LANGUAGES:
                show(window, replace(sample.screen, language=language))
                hint = window.minimumSizeHint()
                if hint.width() > width or hint.height() > height:
                    too_big.append(f"{sample.stem}-{language}: {hint.width()}x{hint.height()}")
    finally:
        close_window(window)
    assert too_big == [], f"screens larger than {width}x{height}: {too_big}"
