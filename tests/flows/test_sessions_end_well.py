"""Every session ends where it should: the card left behind, the countdown, a reader outage,
a face model past its deadline, and a stalled flow replaced by a new one."""

from __future__ import annotations

import operator
import time

import pytest

from kiosk.face import FaceModelTimeout
from kiosk.flows.names import ScreenName as S
from kiosk.flows.reasons import Reason

CLINIC = "1310000001"  # timeout 60 s, warning 15 s


@pytest.fixture
def clinic(world):
    flow = world.clinic(CLINIC)
    flow.screens = []
    flow.add_listener(flow.screens.append)
    return flow


def to_consent(world, flow, persona="yamada-hanako", pin="1234"):
    world.insert(persona)
    flow.card_placed()
    flow.choose_pin()
    flow.enter_pin(pin)
    assert flow.screen.name == S.CONSENT


def test_after_a_timeout_standby_asks_for_the_card_left_on_the_reader(world, clinic):
    to_consent(world, clinic)
    world.clock.advance(61)
    clinic.tick()
    assert (clinic.screen.name, clinic.screen.reason) == (S.STANDBY, Reason.TIMED_OUT)
    assert clinic.screen.details["take_card"] is True
    world.clock.advance(600)
    clinic.tick()  # standby never times out: it keeps asking
    assert clinic.screen.details["take_card"] is True
    world.remove()
    clinic.card_removed()
    assert clinic.screen.name == S.STANDBY
    assert clinic.screen.details["take_card"] is False
    assert clinic.screen.reason is None


def test_a_card_taken_before_the_timeout_leaves_plain_standby(world, clinic):
    to_consent(world, clinic)
    clinic.cancel()
    world.remove()
    clinic.card_removed()
    assert (clinic.screen.name, dict(clinic.screen.details)) == (
        S.STANDBY, {"facility_name": "みなと内科クリニック", "take_card": False})


def test_the_inactivity_warning_counts_down(world, clinic):
    to_consent(world, clinic)
    world.clock.advance(45)
    clinic.tick()
    seconds = [clinic.screen.details["seconds_left"]]
    for _ in range(4):
        world.clock.advance(1)
        clinic.tick()
        seconds.append(clinic.screen.details["seconds_left"])
    assert seconds == [15, 14, 13, 12, 11]
    clinic.touch()
    assert clinic.screen.name == S.CONSENT


def test_a_reader_outage_ends_the_session_and_says_so_until_it_is_back(world, clinic):
    to_consent(world, clinic)
    clinic.reader_failed()
    assert (clinic.screen.name, clinic.screen.reason) == (S.OUT_OF_SERVICE, Reason.READER_ERROR)
    record = world.service.receptions(CLINIC)[0]
    assert (record.identity_method, record.outcome) == ("pin", "abandoned")
    world.remove()
    clinic.card_removed()
    clinic.card_placed()
    world.clock.advance(600)
    clinic.tick()
    assert clinic.screen.name == S.OUT_OF_SERVICE  # nothing but the reader ends it
    clinic.reader_restored()
    assert clinic.screen.name == S.STANDBY
    world.insert("yamada-hanako")
    clinic.card_placed()
    assert clinic.screen.name == S.CHOOSE_METHOD


def test_a_face_model_past_its_deadline_gives_the_system_error_and_a_record(
        world, clinic, monkeypatch):
    engine = world.engine
    engine.warm_up()
    monkeypatch.setattr(engine, "call_timeout_s", 1e-6)
    world.insert("yamada-hanako")
    clinic.card_placed()
    clinic.choose_face()
    assert (clinic.screen.name, clinic.screen.reason) == (S.SYSTEM_ERROR, Reason.SYSTEM_ERROR)
    record = world.service.receptions(CLINIC)[0]
    assert (record.identity_method, record.outcome, record.warnings) == (
        "none", "system_error", ("face_model_timeout",))
    monkeypatch.undo()
    world.remove()
    clinic.card_removed()
    assert clinic.screen.name == S.STANDBY
    world.insert("yamada-hanako")
    clinic.card_placed()
    clinic.choose_face()  # the next patient is served
    assert clinic.screen.name == S.CONSENT


def test_a_model_call_past_its_deadline_restarts_the_model_and_the_next_call_runs(world):
    engine = world.engine
    restarts = engine.restarts
    with pytest.raises(FaceModelTimeout):
        engine.run(time.sleep, 30, timeout=0.2)  # stuck far past its deadline
    assert engine.run(operator.add, 40, 2) == 42  # in a new process, within its deadline
    assert engine.restarts == restarts + 1 and not engine.loaded


def test_a_flow_replacing_a_stalled_one_records_it_and_waits_for_the_card(world, clinic):
    to_consent(world, clinic)
    clinic.abandon()
    successor = world.clinic(CLINIC)
    successor.recover_after_stall()
    assert (successor.screen.name, successor.screen.reason) == (S.SYSTEM_ERROR,
                                                                Reason.SYSTEM_ERROR)
    record = world.service.receptions(CLINIC)[0]
    assert (record.identity_method, record.outcome, record.warnings) == (
        "none", "system_error", ("terminal_stalled",))
    world.remove()
    successor.card_removed()
    assert successor.screen.name == S.STANDBY


def test_an_abandoned_flow_never_touches_the_next_patients_card(world, clinic):
    world.insert("yamada-hanako")
    clinic.card_placed()
    clinic.choose_pin()
    clinic.abandon()  # stalled at the PIN pad; a new flow serves the terminal
    successor = world.clinic(CLINIC)
    world.remove()
    successor.card_removed()
    world.insert("sasaki-sho")
    successor.card_placed()
    successor.choose_pin()
    tries = world.pin_tries_left("sasaki-sho")
    # The stalled call returns at last, and the old flow goes on with the PIN it was given:
    # it must not reach the card now on the reader.
    clinic.enter_pin("0000")
    assert clinic.screen.name == S.STANDBY
    clinic.card_removed()
    assert world.pin_tries_left("sasaki-sho") == tries
    successor.enter_pin("2468")  # the card is still powered for the new flow
    assert successor.screen.name == S.REGISTRATION_OFFER
