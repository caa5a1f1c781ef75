"""The emulated site through a real pcscd: the same clinic session, the card served to vpcd."""

from __future__ import annotations

from kiosk.emulator.demo_home import copy_demo_home
from kiosk.emulator.slots import PcscSlot
from kiosk.emulator.world import EmulatedWorld
from kiosk.flows.names import ScreenName as S
from kiosk.flows.reasons import Reason


def test_a_clinic_session_through_pcscd(template, shared_engine, private_pcscd, tmp_path):
    slot = PcscSlot(tmp_path / "slot", lab=private_pcscd)
    world = EmulatedWorld(copy_demo_home(template, tmp_path / "home"), shared_engine, slot=slot)
    try:
        clinic = world.clinic("1310000001")
        world.insert("yamada-hanako")
        clinic.card_placed()
        # The tray camera still reads the printed face, so face is offered with the PIN.
        assert clinic.screen.details["methods"] == ("face", "pin")
        clinic.choose_pin()
        clinic.enter_pin("0000")
        assert clinic.screen.reason is Reason.WRONG_PIN
        clinic.enter_pin("1234")
        assert clinic.screen.name == S.CONSENT
        world.remove()
        clinic.card_removed()
        assert (clinic.screen.name, clinic.screen.reason) == (S.STANDBY, Reason.CARD_REMOVED)
        assert world.pin_tries_left("yamada-hanako") == 3  # the served card saved its counter
        world.insert("transit-card")  # a card made on the spot is served from a scratch file
        clinic.card_placed()
        assert clinic.screen.reason is Reason.NOT_MY_NUMBER_CARD
    finally:
        world.close()
