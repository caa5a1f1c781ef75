"""The clinic reception flow: what the shipped scenarios cannot script.

The main paths of every persona run as scenario files (tests/scenarios); here are the
failures of devices and services, interruptions, and what is left behind after a session.
"""

from __future__ import annotations

import logging

import numpy as np
import pytest
from sqlalchemy import update

from hw.camera import MAX_BAD_FRAMES_IN_A_ROW, BadFrameError, CameraUnavailableError
from hw.fake_camera import FakeCamera
from hw.reader import ReaderUnavailableError
from kiosk.eligibility.certificates import find_certificate
from kiosk.eligibility.records import Lookup, Validity
from kiosk.flows import screens as sc
from kiosk.flows.card_flow import Devices
from kiosk.flows.clinic import ClinicFlow
from kiosk.flows.names import ScreenName as S
from kiosk.flows.reasons import NextStep, Reason
from kiosk.storage.database import DatabaseError
from kiosk.storage.models import Person

CLINIC = "1310000001"


@pytest.fixture
def clinic(world):
    flow = world.clinic(CLINIC)
    flow.screens = []
    flow.add_listener(flow.screens.append)
    return flow


def place(world, flow, persona="yamada-hanako"):
    world.insert(persona)
    flow.card_placed()


def pin_to_consent(world, flow, persona="yamada-hanako", pin="1234"):
    place(world, flow, persona)
    flow.choose_pin()
    flow.enter_pin(pin)


@pytest.mark.parametrize(("validity", "reason"), [
    (Validity.NO_COVERAGE, Reason.NO_COVERAGE),
    (Validity.SEVERAL_MATCHES, Reason.SEVERAL_MATCHES),
])
def test_lookup_outcomes_no_demo_card_reaches(world, clinic, monkeypatch, validity, reason):
    monkeypatch.setattr(world.service, "lookup", lambda der, terminal: Lookup(validity, "x"))
    pin_to_consent(world, clinic)
    clinic.consent_all()
    clinic.choose_prescription("paper")
    assert (clinic.screen.name, clinic.screen.reason) == (S.RESULT, reason)
    assert clinic.screen.next_steps == (NextStep.STAFF,)
    record = world.service.receptions(CLINIC)[0]
    assert (record.validity, record.outcome) == (int(validity), "completed")
    assert reason.value in record.warnings


def test_the_eligibility_system_failing_shows_a_system_error_then_standby(world, clinic,
                                                                         monkeypatch):
    def unavailable(*args, **kwargs):
        raise DatabaseError("the eligibility database cannot be reached; nothing was written")

    monkeypatch.setattr(world.service, "registration_status", unavailable)
    pin_to_consent(world, clinic)
    assert (clinic.screen.name, clinic.screen.reason) == (S.SYSTEM_ERROR, Reason.SYSTEM_ERROR)
    world.remove()
    clinic.card_removed()
    assert clinic.screen.name == S.STANDBY and clinic.screen.reason is None


def test_a_failing_reader_is_a_reader_error_for_staff(world, clinic, monkeypatch):
    def unplugged():
        raise ReaderUnavailableError("the reader is gone")

    monkeypatch.setattr(world.reader, "connect", unplugged)
    place(world, clinic)
    assert (clinic.screen.name, clinic.screen.reason) == (S.CARD_PROBLEM, Reason.READER_ERROR)
    assert clinic.screen.next_steps == (NextStep.STAFF,)


def test_a_camera_lost_mid_capture_falls_back_to_the_pin(world, clinic):
    grey = np.full((480, 640, 3), 128, np.uint8)
    clinic.devices.open_camera = lambda: FakeCamera(
        [grey, grey, CameraUnavailableError("unplugged")], clock=world.clock)
    place(world, clinic)
    clinic.choose_face()
    assert (clinic.screen.name, clinic.screen.reason) == (S.FACE_FAILED,
                                                          Reason.CAMERA_UNAVAILABLE)
    assert "pin" in clinic.screen.details["methods"]
    clinic.choose_pin()
    assert clinic.screen.name == S.PIN_ENTRY


def test_a_camera_sending_only_garbage_falls_back_to_the_pin(world, clinic):
    torn = [BadFrameError("torn frame")] * MAX_BAD_FRAMES_IN_A_ROW
    clinic.devices.open_camera = lambda: FakeCamera(torn, clock=world.clock)
    place(world, clinic)
    clinic.choose_face()
    assert (clinic.screen.name, clinic.screen.reason) == (S.FACE_FAILED,
                                                          Reason.CAMERA_UNAVAILABLE)
    assert "pin" in clinic.screen.details["methods"]


def test_the_card_leaving_during_face_capture_stops_it(world, clinic):
    def pull_on_first_guidance(screen):
        if screen.name == S.FACE_CAPTURE and screen.details["guidance"] is not None:
            world.remove()
            clinic.interrupt()  # what the terminal's card watcher does

    world.camera.choose("nobody")
    clinic.add_listener(pull_on_first_guidance)
    place(world, clinic)
    clinic.choose_face()
    assert (clinic.screen.name, clinic.screen.reason) == (S.STANDBY, Reason.CARD_REMOVED)
    assert not clinic.devices.verifier.has_reference
    assert world.service.receptions(CLINIC) == []


def test_live_guidance_follows_the_camera(world, clinic):
    world.camera.choose("dark")
    place(world, clinic)
    clinic.choose_face()
    guidance = [s.details["guidance"] for s in clinic.screens if s.name == S.FACE_CAPTURE]
    assert guidance[0] is None and "too_dark" in guidance
    assert clinic.screen.details["detail"] == "too_dark"


def test_without_a_card_face_scanner_only_the_pin_is_offered(world):
    flow = ClinicFlow(Devices(world.reader, None, world.camera.open_camera,
                              world.devices().verifier),
                      world.service, world.clinic(CLINIC).terminal,
                      world.service.facility_settings(CLINIC), world.clock)
    place(world, flow)
    assert flow.screen.details["methods"] == ("pin",)


def test_a_card_swapped_before_the_pin_ends_the_session(world, clinic):
    place(world, clinic, "yamada-hanako")
    clinic.choose_pin()
    world.remove()  # swapped faster than the watcher noticed
    world.insert("yamada-hina")
    clinic.enter_pin("1102")
    assert (clinic.screen.name, clinic.screen.reason) == (S.STANDBY, Reason.CARD_REMOVED)
    assert world.service.receptions(CLINIC) == []


def test_nothing_personal_is_left_after_a_session_and_the_pin_is_never_logged(
        world, clinic, caplog):
    caplog.set_level(logging.DEBUG)
    pin_to_consent(world, clinic)
    clinic.consent_all()
    clinic.choose_prescription("electronic")
    assert clinic.screen.reason is Reason.VALID
    world.remove()
    clinic.card_removed()
    assert clinic.screen == sc.Standby(facility_name="みなと内科クリニック")
    assert clinic._card is None and clinic._method is None and clinic._consents == ()
    assert not clinic.devices.verifier.has_reference
    assert "1234" not in caplog.text
    assert all("1234" not in repr(dict(s.details)) for s in clinic.screens)
    # What the patient saw never named them: names and numbers are for the staff screen.
    assert all("山田" not in repr(dict(s.details)) for s in clinic.screens)


def test_inputs_on_the_wrong_screen_are_ignored(world, clinic):
    clinic.enter_pin("1234")
    clinic.consent_all()
    assert clinic.screen.name == S.STANDBY and clinic.screens == []
    place(world, clinic)
    with pytest.raises(ValueError, match="prescription"):
        pin_to_consent_then_bad_prescription(world, clinic)


def pin_to_consent_then_bad_prescription(world, clinic):
    clinic.choose_pin()
    clinic.enter_pin("1234")
    clinic.consent_all()
    clinic.choose_prescription("fax")


def test_registration_is_not_offered_when_no_insurer_filed_the_holder(world, clinic):
    with world.database.session() as session, session.begin():
        code = find_certificate(session, world.certificate_of("sasaki-sho")).individual_code
        session.execute(update(Person).where(Person.individual_code == code)
                        .values(individual_code="nobody"))
    pin_to_consent(world, clinic, "sasaki-sho", "2468")
    assert (clinic.screen.name, clinic.screen.reason) == (S.RESULT, Reason.NO_INSURANCE_RECORD)
    assert clinic.screen.next_steps == (NextStep.INSURER,)
    record = world.service.receptions(CLINIC)[0]
    assert (record.outcome, record.warnings) == ("registration_failed", ("no_insurance_record",))


def test_registration_waits_for_the_terms_to_be_agreed(world, clinic):
    pin_to_consent(world, clinic, "sasaki-sho", "2468")
    clinic.accept_registration()
    assert clinic.screen.name == S.REGISTRATION_TERMS
    assert clinic.screen.details["identity"] == "pin"
    assert not world.is_registered("sasaki-sho")
    clinic.consent_all()  # not on this screen: ignored
    assert clinic.screen.name == S.REGISTRATION_TERMS
    clinic.agree_registration()
    assert (clinic.screen.name, clinic.screen.details["registered_now"]) == (S.CONSENT, True)
    assert world.is_registered("sasaki-sho")
