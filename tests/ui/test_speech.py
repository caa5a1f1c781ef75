"""Voice guidance never shows as on while nothing is spoken: without a working engine, or
without a voice for the screen's language, the toggle goes back off and a notice says so in
the screen's language."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import Qt

from kiosk.flows.names import ScreenName
from kiosk.flows.screen import Screen
from ui.kiosk_window import KioskWindow
from ui.sample_screens import samples
from ui.screenshots import close_window, show
from ui.speech import VoiceGuide
from ui.top_bar import TopBar

NOTICE = "音声案内は利用できません"


@pytest.fixture
def open_kiosk(qapp):
    """Opens a kiosk window of a terminal with a voice guide, at its first screen."""
    windows = []

    def open_(voice: VoiceGuide, terminal: str = "clinic",
              language: str = "ja") -> KioskWindow:
        window = KioskWindow(terminal, voice)
        window.show()
        windows.append(window)
        show(window, samples(terminal)[0].in_language(language))
        return window

    yield open_
    for window in windows:
        close_window(window)  # also puts the application back into Japanese


def sample_of(terminal: str, name: str, language: str = "ja") -> Screen:
    """The first sample screen of `terminal` called `name`, in `language`."""
    return next(sample.in_language(language) for sample in samples(terminal)
                if sample.screen.name == name)


def touch_voice(window: KioskWindow, qtbot) -> None:
    """Touch the 音声案内 toggle."""
    qtbot.mouseClick(window.top_bar.voice, Qt.MouseButton.LeftButton)


def voice_warnings(caplog) -> list[str]:
    return [record.getMessage() for record in caplog.records if record.name == "ui.speech"]


@pytest.mark.parametrize("terminal", ["clinic", "portal"])
def test_without_an_engine_the_toggle_stays_off_and_says_why(open_kiosk, qtbot, caplog,
                                                             terminal):
    caplog.set_level(logging.WARNING, logger="ui.speech")
    voice = VoiceGuide("no-such-engine")
    window = open_kiosk(voice, terminal)
    bar = window.top_bar
    touch_voice(window, qtbot)
    assert not bar.voice.isChecked()
    assert not voice.enabled
    assert bar.voice_notice.isVisible() and bar.voice_notice.text() == NOTICE
    touch_voice(window, qtbot)  # tried again, refused again, logged once
    assert not bar.voice.isChecked() and bar.voice_notice.text() == NOTICE
    assert voice.said == []
    [warning] = voice_warnings(caplog)
    assert "no-such-engine" in warning


def test_the_notice_is_in_the_screens_language_and_goes_away(open_kiosk, qtbot, monkeypatch):
    monkeypatch.setattr(TopBar, "NOTICE_MS", 300)
    window = open_kiosk(VoiceGuide("no-such-engine"), language="en")
    notice = window.top_bar.voice_notice
    touch_voice(window, qtbot)
    assert notice.isVisible() and notice.text() == "Voice guidance is not available"
    qtbot.waitUntil(lambda: not notice.isVisible(), timeout=5000)
    assert not window.top_bar.voice.isChecked()


def test_with_a_working_engine_it_speaks(open_kiosk, qtbot):
    voice = VoiceGuide("mock")
    window = open_kiosk(voice)
    touch_voice(window, qtbot)
    assert window.top_bar.voice.isChecked() and voice.enabled
    assert voice.said == [window.view.spoken]
    assert "マイナンバーカードを置いてください。" in voice.said[0]
    assert not window.top_bar.voice_notice.isVisible()
    touch_voice(window, qtbot)  # off: the next screen is not read
    show(window, sample_of("clinic", ScreenName.PIN_ENTRY))
    assert len(voice.said) == 1


def test_a_language_without_a_voice_is_refused_not_read_in_another_voice(open_kiosk, qtbot):
    voice = VoiceGuide("mock", check_languages=True)  # Qt's mock engine has English, no Japanese
    assert voice.can_speak("en") and not voice.can_speak("ja")
    assert not voice.can_speak("fr")  # not a screen language: no voice rather than any voice
    window = open_kiosk(voice, language="en")
    touch_voice(window, qtbot)
    assert window.top_bar.voice.isChecked()
    assert voice.said == [window.view.spoken]
    show(window, sample_of("clinic", ScreenName.PIN_ENTRY, "ja"))  # the next one in Japanese
    assert not window.top_bar.voice.isChecked() and not voice.enabled
    assert window.top_bar.voice_notice.text() == NOTICE
    assert len(voice.said) == 1


def test_said_is_what_was_said(qapp):
    voice = VoiceGuide("mock")
    voice.say("カードを置いてください。", "ja")  # guidance off
    voice.enabled = True
    voice.say("", "ja")
    voice.say("カードを置いてください。", "ja")
    assert voice.said == ["カードを置いてください。"]
    refused = VoiceGuide("no-such-engine")
    refused.enabled = True
    refused.say("カードを置いてください。", "ja")
    assert refused.said == []


@pytest.mark.parametrize("terminal", ["clinic", "portal"])
def test_the_notice_has_glyphs_in_every_language(open_kiosk, qtbot, terminal):
    from kiosk.eligibility.settings import LANGUAGES
    from tests.ui.test_glyphs import glyph_problems

    window = open_kiosk(VoiceGuide("no-such-engine"), terminal)
    touch_voice(window, qtbot)
    problems, texts = [], set()
    for language in LANGUAGES:
        show(window, samples(terminal)[0].in_language(language))
        texts.add(window.top_bar.voice_notice.text())
        problems += [f"{language}: {problem}" for problem in glyph_problems(window, language)]
    assert window.top_bar.voice_notice.isVisible()
    assert len(texts) == len(LANGUAGES)  # translated into each
    assert problems == []
