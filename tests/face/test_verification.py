"""Verifications from an emulated camera: a live holder, a printed photo, nobody, the dark."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from hw.camera import MAX_BAD_FRAMES_IN_A_ROW, BadFrameError, Frame
from hw.emulated_camera import EmulatedCamera
from hw.fake_camera import FakeCamera, FakeClock
from kiosk.face import verification
from kiosk.face.decision import DecisionPolicy
from kiosk.face.messages import BLINK_PROMPT, Decision, QualityIssue, UndecidedReason
from kiosk.face.verification import FaceVerifier
from tests.face.conftest import probe_path

HOLDER = "019"
LIVE_SEED = 11  # the emulated holder blinks within the first 18 frames with this seed
LATE_BLINK_SEED = 8  # with this one no spontaneous blink is seen before 2.5 s


def _verifier(engine, photos, clock, policy: DecisionPolicy | None = None) -> FaceVerifier:
    verifier = FaceVerifier(engine, policy, clock=clock)
    verifier.load_reference(photos.chip(HOLDER))
    return verifier


def _camera(mode: str, seed: int, clock, person: str = HOLDER) -> EmulatedCamera:
    camera = EmulatedCamera(mode, probe_path(person), seed=seed, clock=clock, sleep=clock.sleep)
    camera.open()
    return camera


def _verify(engine, photos, mode: str, seed: int = 0, person: str = HOLDER,
            policy: DecisionPolicy | None = None, reports: list | None = None,
            wrap=lambda camera: camera):
    clock = FakeClock()
    verifier = _verifier(engine, photos, clock, policy)
    camera = _camera(mode, seed, clock, person)
    try:
        return verifier.verify(wrap(camera), None if reports is None else reports.append)
    finally:
        camera.close()


def test_the_live_holder_is_matched_before_the_time_runs_out(engine, photos):
    verdict = _verify(engine, photos, "live", seed=LIVE_SEED)
    assert verdict.decision is Decision.MATCH and verdict.reason is None
    assert verdict.liveness.shown
    assert verdict.good_frames >= 5 and verdict.distance <= verdict.threshold
    # Decided early, without waiting for the whole budget.
    assert verdict.frames < DecisionPolicy().max_frames


def test_a_printed_photo_of_the_holder_is_not_accepted(engine, photos):
    verdict = _verify(engine, photos, "printed")
    assert verdict.decision is Decision.UNDECIDED
    assert verdict.reason is UndecidedReason.LIVENESS_NOT_SHOWN
    assert verdict.distance <= verdict.threshold  # the face matches; only life is missing
    assert not verdict.liveness.blink and verdict.liveness.motion < verdict.liveness.min_motion


def test_someone_else_is_no_match(engine, photos):
    verdict = _verify(engine, photos, "live", person="030",
                      policy=DecisionPolicy(max_frames=8))
    assert verdict.decision is Decision.NO_MATCH
    assert verdict.distance > verdict.threshold


@pytest.mark.parametrize(("mode", "issue"), [("nobody", QualityIssue.NO_FACE),
                                             ("dark", QualityIssue.TOO_DARK),
                                             ("two", QualityIssue.MULTIPLE_FACES)])
def test_without_good_frames_it_is_undecided_with_guidance(engine, photos, mode, issue):
    reports = []
    verdict = _verify(engine, photos, mode, policy=DecisionPolicy(max_frames=10),
                      reports=reports)
    assert (verdict.decision, verdict.reason) == (Decision.UNDECIDED,
                                                  UndecidedReason.NO_GOOD_FRAMES)
    assert verdict.issues[0][0] is issue
    assert verdict.message == issue.message
    assert len(reports) == 10 and all(report.guidance == issue.message for report in reports)


def test_a_camera_that_sends_nothing_is_undecided(engine, photos):
    verifier = FaceVerifier(engine, clock=FakeClock())
    verifier.load_reference(photos.chip(HOLDER))
    camera = FakeCamera([])
    camera.open()
    verdict = verifier.verify(camera)
    assert verdict.reason is UndecidedReason.NO_FRAMES and verdict.frames == 0


def test_frames_after_the_time_budget_are_not_counted(engine, photos):
    verifier = FaceVerifier(engine, DecisionPolicy(time_budget_s=1.0))
    verifier.load_reference(photos.chip(HOLDER))
    attempt = verifier.start(started_at=100.0)
    image = np.full((480, 640, 3), 90, np.uint8)
    attempt.add(Frame(image, 100.5))
    attempt.add(Frame(image, 101.5))
    assert attempt.done
    assert attempt.verdict().frames == 1


def test_the_verdict_carries_no_image_landmarks_or_encoding(engine, photos):
    verdict = _verify(engine, photos, "printed", policy=DecisionPolicy(max_frames=6))
    for item in dataclasses.fields(verdict):
        value = getattr(verdict, item.name)
        assert not isinstance(value, np.ndarray)
        if dataclasses.is_dataclass(value):
            assert not any(isinstance(getattr(value, f.name), np.ndarray)
                           for f in dataclasses.fields(value))


def test_forget_drops_the_card_reference(engine, photos):
    verifier = FaceVerifier(engine)
    verifier.load_reference(photos.chip(HOLDER))
    assert verifier.has_reference
    verifier.forget()
    assert not verifier.has_reference
    with pytest.raises(RuntimeError, match="load_reference"):
        verifier.start()


def test_the_holder_is_asked_to_blink_once_and_matched_soon_after(engine, photos):
    # A seed whose spontaneous first blink comes late: only the prompt makes it quick.
    reports: list = []
    verdict = _verify(engine, photos, "live", seed=LATE_BLINK_SEED, reports=reports)
    assert verdict.decision is Decision.MATCH and verdict.liveness.blink
    asked = [report.asks_blink for report in reports]
    first = asked.index(True)
    assert reports[first].guidance == BLINK_PROMPT
    assert not any(asked[asked.index(False, first):])  # asked until the blink, then no more
    # The emulated person reads the prompt and blinks 0.4-0.9 s later (15 frames a second).
    assert verdict.frames <= first + 20


def test_without_the_prompt_reaching_the_person_the_late_blinker_is_not_matched_as_soon(
        engine, photos):
    clock = FakeClock()
    verifier = _verifier(engine, photos, clock)
    camera = _camera("live", LATE_BLINK_SEED, clock)
    attempt = verifier.start(clock())  # nobody passes the screen's prompt on
    while not attempt.done:
        attempt.add(camera.capture())
    camera.close()
    prompted = _verify(engine, photos, "live", seed=LATE_BLINK_SEED)
    assert attempt.verdict().frames > prompted.frames + 10


def test_a_video_of_the_holder_on_a_phone_is_not_accepted(engine, photos):
    verdict = _verify(engine, photos, "replay", seed=LATE_BLINK_SEED)
    assert (verdict.decision, verdict.reason) == (Decision.UNDECIDED,
                                                  UndecidedReason.LIVENESS_NOT_SHOWN)
    assert verdict.distance <= verdict.threshold  # the face matches; the screen shows
    assert verdict.liveness.screen and not verdict.liveness.shown


def test_someone_else_is_refused_well_before_the_time_runs_out(engine, photos):
    verdict = _verify(engine, photos, "live", person="030")
    assert verdict.decision is Decision.NO_MATCH
    assert verdict.good_frames == DecisionPolicy().no_match_frames


SPARSE_SEED = 5  # at every 5th frame, the blink asked for first falls between frames


class _Sparse:
    """The frames a slow model takes: every `every`-th of the camera's; counts the prompts."""

    def __init__(self, camera, every: int = 5):
        self._camera, self._every = camera, every
        self.prompts = 0

    def capture(self, timeout=2.0):
        for _ in range(self._every - 1):
            self._camera.capture(timeout)
        return self._camera.capture(timeout)

    def prompt(self, action):
        self.prompts += 1
        self._camera.prompt(action)


def _sparse_verify(engine, photos):
    wrapped: list[_Sparse] = []

    def sparse(camera):
        wrapped.append(_Sparse(camera))
        return wrapped[0]

    return _verify(engine, photos, "live", seed=SPARSE_SEED, wrap=sparse), wrapped[0]


def test_when_the_model_takes_few_frames_the_blink_is_asked_for_again(engine, photos,
                                                                      monkeypatch):
    verdict, camera = _sparse_verify(engine, photos)
    assert verdict.decision is Decision.MATCH
    assert camera.prompts >= 2
    # Asked only once, the same person's blink goes unseen.
    monkeypatch.setattr(verification, "REPROMPT_S", 99.0)
    verdict, camera = _sparse_verify(engine, photos)
    assert (verdict.decision, verdict.reason) == (Decision.UNDECIDED,
                                                  UndecidedReason.LIVENESS_NOT_SHOWN)
    assert camera.prompts == 1


class _Glitchy:
    """A camera that delivers a torn frame before every `every`-th good one, or only torn
    frames once `broken` is set."""

    def __init__(self, camera, every: int = 3, broken: bool = False):
        self._camera, self._every, self._broken = camera, every, broken
        self.calls = 0

    def capture(self, timeout=2.0):
        self.calls += 1
        if self._broken or self.calls % self._every == 0:
            raise BadFrameError("torn frame")
        return self._camera.capture(timeout)


def test_a_torn_frame_now_and_then_is_skipped_and_the_holder_still_matched(engine, photos):
    wrapped: list[_Glitchy] = []

    def glitchy(camera):
        wrapped.append(_Glitchy(camera))
        return wrapped[0]

    verdict = _verify(engine, photos, "live", seed=LIVE_SEED, wrap=glitchy)
    assert verdict.decision is Decision.MATCH
    assert wrapped[0].calls >= 3  # torn frames came and were skipped


def test_a_run_of_torn_frames_is_a_broken_camera(engine, photos):
    verifier = _verifier(engine, photos, FakeClock())
    broken = _Glitchy(None, broken=True)
    with pytest.raises(BadFrameError, match="torn"):
        verifier.verify(broken, None)
    assert broken.calls == MAX_BAD_FRAMES_IN_A_ROW
