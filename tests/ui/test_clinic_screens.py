"""The clinic reception's screens, touched as a patient touches them."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton

from kiosk.flows import screens as sc
from kiosk.flows.base import FAREWELL_S
from kiosk.flows.names import ScreenName as S
from kiosk.flows.reasons import Reason


def visible_texts(window) -> str:
    """Everything a person can read on the window now."""
    widgets = [*window.findChildren(QLabel), *window.findChildren(QPushButton)]
    return "\n".join(w.text() for w in widgets if w.isVisible())


def test_pin_path_by_touch_from_card_to_result(clinic):
    clinic.place("yamada-hanako")
    clinic.wait_for(S.CHOOSE_METHOD)
    clinic.click("action_choose_pin")
    clinic.wait_for(S.PIN_ENTRY)
    clinic.type_pin("9999")
    clinic.qtbot.waitUntil(lambda: clinic.screen.reason is Reason.WRONG_PIN)
    assert "あと 2 回間違えるとロックされます。" in visible_texts(clinic.window)
    clinic.type_pin("1234")
    clinic.wait_for(S.CONSENT)
    clinic.click("action_consent_individually")
    clinic.wait_for(S.CONSENT_INDIVIDUAL)
    clinic.click("consent_medical_true")
    clinic.qtbot.waitUntil(lambda: clinic.screen.details["choices"]["medical"] is True)
    clinic.click("action_confirm_consent")
    clinic.wait_for(S.PRESCRIPTION)
    clinic.click("action_choose_prescription_electronic")
    clinic.wait_for(S.RESULT)
    assert clinic.screen.reason is Reason.VALID
    assert clinic.window.host.title.text() == "受付が完了しました"
    record = clinic.world.service.receptions("1310000001")[0]
    assert (record.identity_method, record.consents) == ("pin", ("medical",))
    clinic.take_card()
    clinic.wait_for(S.STANDBY)


def test_face_path_shows_the_camera_and_forgets_it(clinic):
    frames = []
    clinic.app._relay.frame.connect(frames.append)
    clinic.place("yamada-hanako")
    clinic.wait_for(S.CHOOSE_METHOD)
    clinic.click("action_choose_face")
    clinic.wait_for(S.CONSENT, timeout=60_000)
    assert frames, "the preview showed the camera"
    clinic.take_card()
    clinic.wait_for(S.STANDBY)
    assert clinic.window.host.special.currentWidget() is not clinic.window.host.camera


def test_card_removed_mid_flow_returns_to_standby_and_says_why(clinic):
    clinic.place("sasaki-sho")
    clinic.wait_for(S.CHOOSE_METHOD)
    clinic.click("action_choose_pin")
    clinic.wait_for(S.PIN_ENTRY)
    clinic.click("pin_key_2")  # a digit typed, then the card is pulled
    clinic.take_card()
    clinic.wait_for(S.STANDBY)
    assert clinic.screen.reason is Reason.CARD_REMOVED
    assert "カードが取り出されたため、受付を中止しました。" in visible_texts(clinic.window)
    assert clinic.window.host.pin_pad.display.text() == "○ ○ ○ ○"


def test_inactivity_warns_then_resets_with_nothing_personal_left(clinic):
    clinic.place("yamada-hanako")
    clinic.wait_for(S.CHOOSE_METHOD)
    clinic.click("action_choose_pin")
    clinic.wait_for(S.PIN_ENTRY)
    clinic.type_pin("1234")
    clinic.wait_for(S.CONSENT)
    clinic.world.clock.advance(50)  # the facility's timeout is 60 s, the warning 15 s
    clinic.wait_for(S.INACTIVITY_WARNING, timeout=5000)
    clinic.click("action_touch")
    clinic.wait_for(S.CONSENT)
    clinic.world.clock.advance(61)
    clinic.wait_for(S.STANDBY, timeout=5000)
    assert clinic.screen.reason is Reason.TIMED_OUT
    texts = visible_texts(clinic.window)
    assert "1234" not in texts and "山田" not in texts and "ヤマダ" not in texts
    # The card still lies on the reader: standby asks for it until it is taken.
    assert clinic.screen == sc.Standby(reason=Reason.TIMED_OUT,
                                       facility_name="みなと内科クリニック", take_card=True)
    assert "カードをお取りください。" in texts
    clinic.take_card()
    clinic.qtbot.waitUntil(
        lambda: clinic.screen == sc.Standby(facility_name="みなと内科クリニック"))


def test_language_switch_mid_flow_keeps_the_place(clinic):
    clinic.place("yamada-hanako")
    clinic.wait_for(S.CHOOSE_METHOD)
    clinic.click("action_choose_pin")
    clinic.wait_for(S.PIN_ENTRY)
    japanese_title = clinic.window.host.title.text()
    clinic.click("top_language_en")
    clinic.qtbot.waitUntil(lambda: clinic.screen.language == "en")
    assert clinic.screen.name == S.PIN_ENTRY
    assert clinic.window.host.title.text() != japanese_title
    clinic.type_pin("1234")
    clinic.wait_for(S.CONSENT)
    assert clinic.screen.language == "en"
    clinic.take_card()  # mid-session: told in English, then standby is the next patient's
    clinic.wait_for(S.STANDBY)
    assert (clinic.screen.reason, clinic.screen.language) == (Reason.CARD_REMOVED, "en")
    clinic.world.clock.advance(FAREWELL_S)
    clinic.qtbot.waitUntil(lambda: clinic.screen.language == "ja", timeout=5000)
    assert clinic.window.host.title.text() == "みなと内科クリニック"


def test_voice_guidance_reads_instructions_but_never_the_pin(clinic):
    clinic.click("option_voice")
    voice = clinic.window.voice
    clinic.qtbot.waitUntil(lambda: bool(voice.said))
    assert "マイナンバーカードを置いてください。" in voice.said[0]
    clinic.place("yamada-hanako")
    clinic.wait_for(S.CHOOSE_METHOD)
    clinic.click("action_choose_pin")
    clinic.wait_for(S.PIN_ENTRY)
    clinic.type_pin("1234")
    clinic.wait_for(S.CONSENT)
    assert any("暗証番号" in said for said in voice.said)
    spoken = "".join(voice.said).replace(" ", "")
    assert "1234" not in spoken


def test_large_text_and_high_contrast(clinic):
    # The sentences grow the most (the title grows less, to leave them the room).
    text = clinic.window.host.text
    normal = text.font().pointSizeF()
    clinic.click("option_large_text")
    clinic.qtbot.waitUntil(lambda: text.font().pointSizeF() > normal * 1.3)
    clinic.click("option_high_contrast")
    assert "#000000" in clinic.window.styleSheet()
