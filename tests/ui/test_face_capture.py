"""The clinic reader's face capture through the real worker thread: 準備中 before the first
frame, 中止 during capture, and 認証しました after a match."""

from __future__ import annotations

import numpy as np
import pytest

from hw.fake_camera import FakeCamera
from kiosk.face import DecisionPolicy, FaceVerifier
from kiosk.flows.names import ScreenName as S
from tests.ui.conftest import CLINIC, start_terminal


@pytest.fixture
def endless_clinic(world, qtbot):
    """The clinic terminal with a camera that shows nobody and a verifier with no time
    budget to speak of: a capture that only 中止 (or the card) ends."""

    def build():
        flow = world.clinic(CLINIC)
        grey = np.full((480, 640, 3), 128, np.uint8)
        flow.devices.open_camera = lambda: FakeCamera([grey], loop=True, clock=world.clock)
        flow.devices.verifier = FaceVerifier(
            world.engine, DecisionPolicy(max_frames=1_000_000, time_budget_s=3600.0),
            clock=world.clock)
        return flow

    terminal = start_terminal("clinic", world, qtbot, build)
    terminal.wait_for(S.STANDBY)
    yield terminal
    terminal.app.stop()


def test_stop_during_capture_returns_to_the_choice_of_method(endless_clinic):
    clinic = endless_clinic
    frames = []
    clinic.app._relay.frame.connect(frames.append)
    clinic.place("yamada-hanako")
    clinic.wait_for(S.CHOOSE_METHOD)
    clinic.click("action_choose_face")
    clinic.qtbot.waitUntil(lambda: clinic.screen.name == S.FACE_CAPTURE
                           and not clinic.screen.details["preparing"] and len(frames) > 3,
                           timeout=20_000)
    assert clinic.app.busy_for > 0  # the worker is inside the attempt, not between inputs
    clinic.click("action_stop_face")
    clinic.wait_for(S.CHOOSE_METHOD)
    assert clinic.screen.details["face_attempts_left"] == 2
    assert not clinic.window.host.camera.has_frame  # the picture went with the screen
    clinic.qtbot.waitUntil(lambda: clinic.app.busy_for == 0, timeout=5000)
    assert clinic.window.screen_shown.name == S.CHOOSE_METHOD  # 中止 arriving late did nothing


def test_the_preview_says_preparing_before_its_first_frame(clinic):
    events = []
    clinic.app._relay.frame.connect(lambda _image: events.append("frame"))
    clinic.app.worker.screen.connect(
        lambda screen: events.append((screen.name, screen.details.get("preparing"))))
    clinic.place("yamada-hanako")
    clinic.wait_for(S.CHOOSE_METHOD)
    clinic.click("action_choose_face")
    clinic.qtbot.waitUntil(lambda: "frame" in events, timeout=20_000)
    first_frame = events.index("frame")
    assert (S.FACE_CAPTURE, True) in events[:first_frame]
    clinic.wait_for(S.CONSENT, timeout=60_000)


def test_a_match_shows_verified_before_the_next_screen(clinic):
    titles = []
    show = clinic.window.show_screen

    def spy(screen):
        show(screen)
        titles.append((screen.name, clinic.window.host.title.text(),
                       clinic.window.host.mark.name))

    clinic.app._hold._show = spy
    clinic.place("yamada-hanako")
    clinic.wait_for(S.CHOOSE_METHOD)
    clinic.click("action_choose_face")
    clinic.wait_for(S.FACE_MATCHED, timeout=60_000)
    assert clinic.window.host.title.property("success")
    clinic.wait_for(S.CONSENT, timeout=10_000)
    names = [name for name, _, _ in titles]
    # The certificate check ran while 認証しました was up: its screen was never drawn.
    assert names[-2:] == [S.FACE_MATCHED, S.CONSENT]
    assert titles[-2][1:] == ("認証しました", "success")
