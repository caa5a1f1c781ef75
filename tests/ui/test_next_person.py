"""What one person chose for reading ends with them: the next person starts plain."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton

from kiosk.flows.base import FAREWELL_S
from kiosk.flows.names import ScreenName as S


def chosen_languages(window) -> list[str]:
    """The language buttons marked as chosen."""
    return [button.objectName().removeprefix("top_language_")
            for button in window.top_bar.findChildren(QPushButton)
            if button.objectName().startswith("top_language_") and button.isChecked()]


def test_larger_text_contrast_and_voice_end_with_the_session(clinic):
    # The sentences grow the most (the title grows less, to leave them the room).
    text = clinic.window.host.text
    normal = text.font().pointSizeF()
    clinic.place("yamada-hanako")
    clinic.wait_for(S.CHOOSE_METHOD)
    for option in ("option_large_text", "option_high_contrast", "option_voice"):
        clinic.click(option)
    clinic.qtbot.waitUntil(lambda: text.font().pointSizeF() > normal * 1.3)
    assert clinic.window.voice.enabled and "#000000" in clinic.window.styleSheet()
    clinic.click("action_choose_pin")
    clinic.wait_for(S.PIN_ENTRY)
    assert clinic.window.large_text, "the options hold for the whole session"

    clinic.take_card()
    clinic.wait_for(S.STANDBY)
    bar = clinic.window.top_bar
    assert not (bar.large_text.isChecked() or bar.high_contrast.isChecked()
                or bar.voice.isChecked())
    assert not (clinic.window.large_text or clinic.window.high_contrast
                or clinic.window.voice.enabled)
    assert "#000000" not in clinic.window.styleSheet()
    clinic.qtbot.waitUntil(lambda: text.font().pointSizeF() == normal)


def test_a_phone_keeps_its_owners_choice(portal):
    portal.click("option_large_text")
    portal.click("action_show_status")
    portal.wait_for(S.PLACE_CARD)
    portal.place("yamada-hanako")
    portal.qtbot.waitUntil(lambda: portal.screen.name != S.PLACE_CARD, timeout=20_000)
    portal.take_card()
    portal.wait_for(S.MENU)
    assert portal.window.large_text and portal.window.top_bar.large_text.isChecked()


def test_the_language_on_screen_is_marked(clinic):
    assert chosen_languages(clinic.window) == ["ja"]
    clinic.place("yamada-hanako")
    clinic.wait_for(S.CHOOSE_METHOD)
    clinic.click("top_language_ko")
    clinic.qtbot.waitUntil(lambda: clinic.screen.language == "ko")
    assert chosen_languages(clinic.window) == ["ko"]
    clinic.take_card()
    clinic.wait_for(S.STANDBY)
    assert chosen_languages(clinic.window) == ["ko"]  # "card removed", in Korean
    clinic.world.clock.advance(FAREWELL_S)
    clinic.qtbot.waitUntil(lambda: clinic.screen.language == "ja", timeout=5000)
    assert chosen_languages(clinic.window) == ["ja"]
