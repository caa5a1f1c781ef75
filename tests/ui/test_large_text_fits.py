"""文字を大きく keeps every screen inside its terminal's screen (1024×768, a phone's 390×844):
the window never grows past it, and is back at its size when the option is off."""

from __future__ import annotations

import pytest

from ui.application import application
from ui.kiosk_window import SIZES
from ui.sample_screens import TERMINALS, samples
from ui.screenshots import close_window, open_window, settle, show


def show_large(window, screen) -> None:
    """Show `screen` with larger text on (a shared terminal turns it off at standby, for
    the next person: switched on again here, as that person would)."""
    show(window, screen)
    if not window.large_text:
        window._set_options(large_text=True, high_contrast=False, voice=False)
        settle(application())
        window.resize(*SIZES[window.terminal])
        settle(application())


@pytest.mark.parametrize("terminal", TERMINALS)
@pytest.mark.parametrize("language", ["ja", "en"])
def test_no_screen_grows_the_window_with_larger_text(terminal, language):
    application()
    window = open_window(terminal)
    window.translations.switch(language)
    window._set_options(large_text=True, high_contrast=False, voice=False)
    grown = []
    for sample in samples(terminal):
        show_large(window, sample.in_language(language))
        assert window.large_text
        width, height = SIZES[terminal]
        if window.width() > width or window.height() > height:
            grown.append((sample.stem, window.width(), window.height()))
    window._set_options(large_text=False, high_contrast=False, voice=False)
    show(window, samples(terminal)[0].in_language(language))
    assert (window.width(), window.height()) == SIZES[terminal]
    close_window(window)
    assert grown == []
