"""Staff type the facility password on the kiosk's own keys: a touch screen has no keyboard."""

from __future__ import annotations

from kiosk.flows.names import ScreenName as S
from kiosk.flows.reasons import Reason

STAFF_PASSWORD = "minato-staff-2026"


def key_name(character: str) -> str:
    return f"password_key_{ord(character.lower()):x}"


def type_on_keys(clinic, text: str) -> None:
    """Touch a key per character (the shift key for a capital), then OK."""
    field = clinic.window.host.password
    for character in text:
        if character.isupper() != field.shift.isChecked() and character.isalpha():
            clinic.click("password_shift")
        clinic.click(key_name(character))
    clinic.click("staff_password_ok")


def to_staff_password(clinic) -> None:
    clinic.place("yamada-hanako")
    clinic.wait_for(S.CHOOSE_METHOD)
    clinic.click("action_ask_staff")
    clinic.wait_for(S.STAFF_PASSWORD)


def test_staff_confirm_by_touching_the_keys(clinic):
    to_staff_password(clinic)
    type_on_keys(clinic, STAFF_PASSWORD)
    clinic.wait_for(S.CONSENT)


def test_a_wrong_password_leaves_nothing_typed_and_capitals_are_typed_with_shift(clinic):
    to_staff_password(clinic)
    field = clinic.window.host.password
    clinic.click("password_shift")
    clinic.click(key_name("m"))
    assert field.edit.text() == "M"
    clinic.click("password_shift")
    clinic.click(key_name("m"))
    clinic.click(key_name("-"))
    clinic.click(key_name("2"))
    assert field.edit.text() == "Mm-2"
    clinic.click("staff_password_backspace")
    assert field.edit.text() == "Mm-"
    clinic.click("staff_password_ok")
    clinic.qtbot.waitUntil(lambda: clinic.screen.reason is Reason.WRONG_STAFF_PASSWORD)
    assert field.edit.text() == "" and not field.shift.isChecked()
    type_on_keys(clinic, STAFF_PASSWORD)
    clinic.wait_for(S.CONSENT)


def test_the_keys_are_touch_targets(clinic):
    to_staff_password(clinic)
    field = clinic.window.host.password
    clinic.qtbot.waitUntil(field.isVisible)
    keys = [*field.findChildren(type(field.shift)), field.ok_key, field.back_key]
    assert keys and all(key.height() >= 60 for key in keys if key.isVisible())
