"""The emulated camera: a live person blinks and moves, a print is rigid, and the rest."""

from __future__ import annotations

import itertools
from pathlib import Path

import face_recognition
import numpy as np
import pytest
from PIL import Image

from hw.camera import CameraTimeoutError, CameraUnavailableError
from hw.emulated_camera import EmulatedCamera
from hw.fake_camera import FakeClock

PHOTO = Path(__file__).resolve().parents[3] / "assets/faces/london/030/neutral.jpg"
FPS = 15


def _frames(mode, count, photo=PHOTO, seed=0):
    clock = FakeClock()  # frames come as fast as they are made, not at 15 per second
    camera = EmulatedCamera(mode, photo, seed=seed, fps=FPS, clock=clock, sleep=clock.sleep)
    camera.open()
    try:
        return [camera.capture().image for _ in range(count)]
    finally:
        camera.close()


def _landmarks(frames):
    """68 points per frame, and the face height; the face is found once, in the first frame."""
    (top, right, bottom, left), = face_recognition.face_locations(frames[0])
    pad = (bottom - top) // 10  # the face moves a little: a roomier box for every frame
    box = (top - pad, right + pad, bottom + pad, left - pad)
    marks = [face_recognition.face_landmarks(frame, [box])[0] for frame in frames]
    return marks, bottom - top


def _eye_aspect_ratio(marks):
    ratios = []
    for name in ("left_eye", "right_eye"):
        p = np.array(marks[name], float)
        ratios.append((np.linalg.norm(p[1] - p[5]) + np.linalg.norm(p[2] - p[4]))
                      / (2 * np.linalg.norm(p[0] - p[3])))
    return sum(ratios) / 2


def _similarity_residual(a, b):
    """RMS distance left after the best rotation, scale and shift maps points a onto b."""
    za, zb = a @ (1, 1j), b @ (1, 1j)
    design = np.stack((za, np.ones_like(za)), axis=1)
    fit, *_ = np.linalg.lstsq(design, zb, rcond=None)
    return float(np.sqrt(np.mean(np.abs(design @ fit - zb) ** 2)))


def _points(marks):
    return np.array([point for name in marks for point in marks[name]], float)


@pytest.fixture(scope="module")
def live():
    frames = _frames("live", 6 * FPS)  # six seconds
    marks, face_height = _landmarks(frames)
    return frames, marks, face_height


@pytest.fixture(scope="module")
def printed():
    frames = _frames("printed", 2 * FPS)
    marks, face_height = _landmarks(frames)
    return frames, marks, face_height


def _nonrigid(marks, face_height, gap):
    """Per pair of frames `gap` apart, both with open eyes: residual over face height."""
    ratios = [_eye_aspect_ratio(m) for m in marks]
    points = [_points(m) for m in marks]
    return [_similarity_residual(points[i], points[i + gap]) / face_height
            for i in range(len(points) - gap) if min(ratios[i], ratios[i + gap]) > 0.25]


def test_a_live_face_is_a_third_of_the_frame_and_changes_every_frame(live):
    frames, _, face_height = live
    assert frames[0].shape == (480, 640, 3)
    assert 0.25 < face_height / 480 < 0.4
    assert all(np.any(a != b) for a, b in itertools.pairwise(frames))


def test_a_live_face_blinks_within_six_seconds(live):
    _, marks, _ = live
    ratios = [_eye_aspect_ratio(m) for m in marks]
    assert np.median(ratios) > 0.25
    assert min(ratios) < 0.15


def test_a_print_never_blinks_and_moves_only_as_one_rigid_sheet(printed, live):
    _, marks, face_height = printed
    assert min(_eye_aspect_ratio(m) for m in marks) > 0.25
    steps = [_similarity_residual(_points(a), _points(b)) for a, b in itertools.pairwise(marks)]
    assert max(steps) < 0.015 * face_height  # landmark jitter only
    # A live face changes shape as well (not counting blinks); a print does not.
    assert max(_nonrigid(live[1], live[2], 8)) > 1.5 * max(_nonrigid(marks, face_height, 8))


def test_nobody_shows_no_face():
    assert all(not face_recognition.face_locations(f) for f in _frames("nobody", 2, None))


def test_a_dark_room_is_dark():
    assert all(frame.mean() < 40 for frame in _frames("dark", 5))


def test_two_people_show_two_faces():
    assert [len(face_recognition.face_locations(f)) for f in _frames("two", 2)] == [2, 2]


def test_the_same_seed_gives_the_same_frames():
    first, again, other = (_frames("live", 3, seed=seed) for seed in (4, 4, 5))
    assert all(np.array_equal(a, b) for a, b in zip(first, again, strict=True))
    assert not np.array_equal(first[2], other[2])


def test_frames_are_paced_at_the_frame_rate():
    clock = FakeClock(10.0)
    camera = EmulatedCamera("nobody", None, fps=20, clock=clock, sleep=clock.sleep)
    with pytest.raises(CameraUnavailableError, match="not open"):
        camera.capture()
    camera.open()
    assert [camera.capture().timestamp for _ in range(3)] == pytest.approx([10.0, 10.05, 10.1])
    with pytest.raises(CameraTimeoutError):
        camera.capture(timeout=0.01)
    camera.close()
    camera.close()


def test_bad_modes_and_photos_are_refused(tmp_path):
    with pytest.raises(ValueError, match="known: live, printed"):
        EmulatedCamera("sleepy", PHOTO)
    with pytest.raises(ValueError, match="needs the photo"):
        EmulatedCamera("printed", None)
    with pytest.raises(CameraUnavailableError, match="cannot read the photo"):
        EmulatedCamera("live", tmp_path / "absent.jpg").open()
    blank = tmp_path / "wall.png"
    Image.new("RGB", (200, 200), (180, 170, 160)).save(blank)
    with pytest.raises(CameraUnavailableError, match="no face found"):
        EmulatedCamera("live", blank).open()
