"""At the reader: the 5th wrong staff password locks its password screen for every session
(a new card, a new flow), and the patient is asked to call staff; a grant made at the staff
screen still confirms identity."""

from __future__ import annotations

from kiosk.eligibility.service import Terminal
from kiosk.flows import inputs as ev
from kiosk.flows.names import ScreenName as S
from kiosk.flows.reasons import Reason

CLINIC = "1310000001"
PASSWORD = "minato-staff-2026"


def _to_password(world, flow):
    world.insert("yamada-hanako")
    flow.handle(ev.CardPlaced())
    flow.handle(ev.AskStaff())


def test_five_wrong_passwords_lock_the_reader_across_sessions(world):
    flow = world.clinic(CLINIC)
    _to_password(world, flow)
    for _ in range(4):
        flow.handle(ev.StaffPassword("guess"))
        assert flow.screen.reason is Reason.WRONG_STAFF_PASSWORD
    flow.handle(ev.StaffPassword("guess"))
    assert flow.screen.reason is Reason.STAFF_PASSWORD_LOCKED
    world.remove()
    flow.handle(ev.CardRemoved())
    again = world.clinic(CLINIC)  # a restarted terminal
    _to_password(world, again)
    assert again.screen.name == S.STAFF_PASSWORD
    assert again.screen.reason is Reason.STAFF_PASSWORD_LOCKED
    again.handle(ev.StaffPassword(PASSWORD))
    assert again.screen.reason is Reason.STAFF_PASSWORD_LOCKED
    assert world.service.grant_visual_confirmation(Terminal("staff-desk-1", CLINIC),
                                                   "clinic-reader-1", PASSWORD)
    again.handle(ev.Tick())
    assert again.screen.name != S.STAFF_PASSWORD
