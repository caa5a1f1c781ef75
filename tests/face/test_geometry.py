"""Landmark measures: eye opening, head pose, and what a rigid move leaves behind."""

from __future__ import annotations

import math

import numpy as np
import pytest

from kiosk.face import geometry


@pytest.fixture(scope="module")
def landmarks(engine, photos) -> np.ndarray:
    return engine.find_faces(photos.probe("001"))[0].landmarks


def _similarity(points: np.ndarray, degrees: float, scale: float, shift: tuple) -> np.ndarray:
    angle = math.radians(degrees)
    rotation = np.array([[math.cos(angle), -math.sin(angle)], [math.sin(angle), math.cos(angle)]])
    return scale * points @ rotation.T + np.array(shift)


def test_a_frontal_photo_reads_level_and_straight(landmarks):
    assert abs(geometry.roll_degrees(landmarks)) < 5
    assert abs(geometry.yaw_ratio(landmarks)) < 0.1
    assert 0.2 < geometry.eye_aspect_ratio(landmarks) < 0.45


def test_roll_follows_the_eye_line_and_yaw_ignores_it(landmarks):
    before = geometry.roll_degrees(landmarks)
    turned = _similarity(landmarks, 20, 1.0, (0, 0))
    assert geometry.roll_degrees(turned) == pytest.approx(before + 20, abs=0.01)
    assert geometry.yaw_ratio(turned) == pytest.approx(geometry.yaw_ratio(landmarks), abs=1e-6)


def test_nose_moved_sideways_reads_as_a_turned_head(landmarks):
    turned = landmarks.copy()
    turned[27:36, 0] += 0.3 * geometry.eye_distance(landmarks)
    change = geometry.yaw_ratio(turned) - geometry.yaw_ratio(landmarks)
    assert change == pytest.approx(0.3, abs=0.02)


def test_closing_the_eyes_lowers_the_eye_opening(landmarks):
    shut = landmarks.copy()
    for eye in (geometry.RIGHT_EYE, geometry.LEFT_EYE):
        points = shut[eye]
        points[:, 1] = points[[0, 3], 1].mean()
        shut[eye] = points
    assert geometry.eye_aspect_ratio(shut) < 0.05


def test_a_rigid_move_leaves_no_residual_and_a_smile_does(landmarks):
    moved = _similarity(landmarks, 7, 1.2, (30, -12))
    assert geometry.non_rigid_residual(landmarks, moved) < 1e-9
    smiling = moved.copy()
    smiling[48:68, 1] += 0.15 * geometry.eye_distance(moved)  # the mouth drops
    assert geometry.non_rigid_residual(landmarks, smiling) > 0.03


def test_a_mirror_image_is_not_a_rigid_move(landmarks):
    mirrored = landmarks * np.array([-1.0, 1.0])
    assert geometry.non_rigid_residual(landmarks, mirrored) > 0.05
