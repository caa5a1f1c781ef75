"""Signs of life from landmarks: a blink, or motion a flat picture cannot make."""

from __future__ import annotations

import numpy as np
import pytest

from kiosk.face import geometry
from kiosk.face.liveness import LivenessLimits, LivenessTracker, blinked


@pytest.fixture(scope="module")
def landmarks(engine, photos) -> np.ndarray:
    return engine.find_faces(photos.probe("019"))[0].landmarks


def test_a_blink_is_a_drop_with_open_eyes_before_and_after():
    assert blinked([0.30, 0.31, 0.12, 0.30], drop=0.25)
    assert not blinked([0.30, 0.31, 0.12], drop=0.25)  # not reopened yet
    assert not blinked([0.12, 0.30, 0.31], drop=0.25)  # never seen open before
    assert not blinked([0.30, 0.28, 0.29, 0.31], drop=0.25)  # landmark noise


def _photo_moves(landmarks: np.ndarray, count: int, seed: int = 1) -> list[np.ndarray]:
    """The landmarks of a photo turned, scaled and shifted by hand, with pixel noise."""
    rng = np.random.default_rng(seed)
    frames = []
    for _ in range(count):
        angle = np.radians(rng.uniform(-5, 5))
        rotation = np.array([[np.cos(angle), -np.sin(angle)], [np.sin(angle), np.cos(angle)]])
        moved = rng.uniform(0.9, 1.1) * landmarks @ rotation.T + rng.uniform(-20, 20, 2)
        frames.append(moved + rng.normal(0, 0.5, moved.shape))
    return frames


def test_a_photo_moved_about_shows_no_life(landmarks):
    tracker = LivenessTracker(LivenessLimits())
    for frame in _photo_moves(landmarks, 20):
        tracker.add(frame)
    evidence = tracker.evidence()
    assert not evidence.blink and not evidence.shown
    assert evidence.motion < LivenessLimits().min_motion / 2


def test_a_blink_among_rigid_moves_shows_life(landmarks):
    frames = _photo_moves(landmarks, 10)
    for eye in (geometry.RIGHT_EYE, geometry.LEFT_EYE):
        points = frames[5][eye]
        points[[1, 2, 4, 5], 1] = points[[0, 3], 1].mean()  # lids meet
        frames[5][eye] = points
    tracker = LivenessTracker(LivenessLimits())
    for frame in frames:
        tracker.add(frame)
    assert tracker.evidence().blink and tracker.evidence().shown


def test_a_large_change_of_expression_shows_life(landmarks):
    frames = _photo_moves(landmarks, 6)
    frames[-1][48:68, 1] += 0.3 * geometry.eye_distance(frames[-1])  # the jaw drops
    tracker = LivenessTracker(LivenessLimits())
    for frame in frames:
        tracker.add(frame)
    assert not tracker.evidence().blink and tracker.evidence().shown


def test_clear_forgets_everything(landmarks):
    tracker = LivenessTracker(LivenessLimits())
    for frame in _photo_moves(landmarks, 3):
        tracker.add(frame)
    tracker.clear()
    assert tracker.evidence().motion == 0 and not tracker.evidence().blink


def _blinking(landmarks: np.ndarray) -> list[np.ndarray]:
    frames = _photo_moves(landmarks, 8)
    for eye in (geometry.RIGHT_EYE, geometry.LEFT_EYE):
        points = frames[4][eye]
        points[[1, 2, 4, 5], 1] = points[[0, 3], 1].mean()
        frames[4][eye] = points
    return frames


def test_a_blink_on_a_screen_is_no_life(landmarks):
    limits = LivenessLimits()
    tracker = LivenessTracker(limits)
    for index, frame in enumerate(_blinking(landmarks)):
        tracker.add(frame, limits.screen_pattern + 5 if index in (2, 6) else 8.0)
    evidence = tracker.evidence()
    assert evidence.blink and evidence.screen and not evidence.shown


def test_one_odd_frame_with_a_grid_does_not_refuse_a_live_face(landmarks):
    limits = LivenessLimits()
    tracker = LivenessTracker(limits)
    for index, frame in enumerate(_blinking(landmarks)):
        tracker.add(frame, limits.screen_pattern + 5 if index == 2 else 8.0)
    assert tracker.evidence().shown and not tracker.evidence().screen
