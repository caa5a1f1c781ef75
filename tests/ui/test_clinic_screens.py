"""The clinic reception's screens, touched as a patient touches them."""

from __future__ import annotations

from kiosk.flows.names import ScreenName as S
from kiosk.flows.reasons import Reason


def test_pin_path_by_touch_from_card_to_result(clinic):
    clinic.place("yamada-hanako")
    clinic.wait_for(S.CHOOSE_METHOD)
    clinic.click("action_choose_pin")
    clinic.wait_for(S.PIN_ENTRY)
    clinic.type_pin("1234")
    clinic.wait_for(S.CONSENT)
    clinic.click("action_consent_all")
    clinic.wait_for(S.PRESCRIPTION)
    clinic.click("action_choose_prescription_electronic")
    clinic.wait_for(S.RESULT)
    assert clinic.screen.reason is Reason.VALID
    assert clinic.window.host.title.text() == "受付が完了しました"
    clinic.take_card()
    clinic.wait_for(S.STANDBY)
