"""The clinic reader's face capture: preparing first, progress, 中止 during capture, and
認証しました after a match (the flow alone; tests/ui drive it through the real worker)."""

from __future__ import annotations

import pytest

from kiosk.flows import inputs as ev
from kiosk.flows import screens as sc
from kiosk.flows.names import ScreenName as S
from kiosk.flows.reasons import Reason

CLINIC = "1310000001"


@pytest.fixture
def clinic(world):
    flow = world.clinic(CLINIC)
    flow.screens = []
    flow.add_listener(flow.screens.append)
    world.insert("yamada-hanako")
    flow.card_placed()
    return flow


def captures(flow):
    return [s for s in flow.screens if s.name == S.FACE_CAPTURE]


def test_the_capture_screen_says_it_is_preparing_until_capture_starts(clinic):
    clinic.choose_face()
    first, *rest = captures(clinic)
    assert first.details["preparing"] and first.details["progress"] == 0.0
    assert rest and not any(s.details["preparing"] for s in rest)


def test_progress_fills_as_good_frames_come_then_the_match_says_so(world, clinic):
    clinic.choose_face()
    progress = [s.details["progress"] for s in captures(clinic)]
    assert progress == sorted(progress) and progress[-1] == 1.0
    names = [s.name for s in clinic.screens]
    matched = names.index(S.FACE_MATCHED)
    assert names[matched - 1] == S.FACE_CAPTURE
    assert S.CONSENT in names[matched:]
    assert clinic.screen.name == S.CONSENT


def test_the_screen_asks_for_a_blink_while_the_face_has_not_blinked(clinic):
    clinic.choose_face()
    guidance = [s.details["guidance"] for s in captures(clinic)]
    asked = guidance.index(sc.BLINK_GUIDANCE)
    assert sc.BLINK_GUIDANCE not in guidance[:asked] and clinic.screen.name == S.CONSENT


def test_stopping_during_capture_returns_to_the_choice_of_method(world, clinic):
    def stop_once_capturing(screen):
        if screen.name == S.FACE_CAPTURE and not screen.details["preparing"]:
            clinic.preempt(ev.StopFace())  # what the terminal does when 中止 is touched

    world.camera.choose("nobody")  # no verdict would come before the time budget
    clinic.add_listener(stop_once_capturing)
    clinic.choose_face()
    assert clinic.screen.name == S.CHOOSE_METHOD
    assert clinic.screen.details["face_attempts_left"] == 2  # a stopped attempt is not counted
    assert not any(s.name == S.FACE_FAILED for s in clinic.screens)
    assert world.service.receptions(CLINIC) == []
    # The 中止 input itself arrives afterwards, on the method screen: it is ignored there.
    clinic.handle(ev.StopFace())
    assert clinic.screen.name == S.CHOOSE_METHOD


def test_stopping_lasts_for_one_attempt_only(world, clinic):
    stops = []

    def stop_first_attempt(screen):
        if screen.name == S.FACE_CAPTURE and not screen.details["preparing"] and not stops:
            stops.append(screen)
            clinic.preempt(ev.StopFace())

    clinic.add_listener(stop_first_attempt)
    clinic.choose_face()
    assert clinic.screen.name == S.CHOOSE_METHOD
    clinic.choose_face()
    assert clinic.screen.name == S.CONSENT


def test_a_card_removed_wins_over_a_stop(world, clinic):
    def pull_and_stop(screen):
        if screen.name == S.FACE_CAPTURE and not screen.details["preparing"]:
            world.remove()
            clinic.interrupt()
            clinic.preempt(ev.StopFace())

    world.camera.choose("nobody")
    clinic.add_listener(pull_and_stop)
    clinic.choose_face()
    assert (clinic.screen.name, clinic.screen.reason) == (S.STANDBY, Reason.CARD_REMOVED)
